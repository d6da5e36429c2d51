"""Deterministic synthetic PBOC reports for the sandbox bureau, demos and tests.

`synth_bureau_report(seed=..., quality=..., today=...)` always returns the same dict for the same
arguments (a private `random.Random` seeded from a string, never the global generator), so the
sandbox can serve a report by applicant without storing it. The four qualities describe the
files lenders actually see:

- prime: long history (5-15 years), a mortgage and settled loans, several cards used lightly,
  every month paid on time, hardly any recent enquiries, stable job and home;
- near_prime: shorter history, a consumer loan or two, cards half used, one or two 30-day lates
  long ago, a few enquiries;
- subprime: consumer loans from several lenders, maxed cards, 30-90 day lates, something overdue
  right now (sometimes a bad debt), many enquiries in the last months, short job tenure, renting;
- thin_file: young file, no loan, at most one new card, a first enquiry or two.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

QUALITIES = ("prime", "near_prime", "subprime", "thin_file")

_BANKS = ("工商银行", "建设银行", "招商银行", "平安银行", "中国银行", "交通银行", "浦发银行", "中信银行")
_CONSUMER = ("微众银行", "马上消费金融", "招联消费金融", "捷信消费金融", "网商银行", "中银消费金融")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
_EMPLOYERS = (
    "上海某科技有限公司",
    "某市人民医院",
    "某区税务局",
    "某汽车零部件厂",
    "个体经营",
    "某物流有限公司",
)


@dataclass(frozen=True)
class _Profile:
    credit_age_years: tuple[float, float]
    loans: tuple[int, int]
    cards: tuple[int, int]
    utilisation: tuple[float, float]
    past_lates: tuple[int, int]
    late_depth: int
    current_overdue: float
    bad_debt: float
    queries_6m: tuple[int, int]
    job_years: tuple[float, float]
    residence: tuple[str, ...]


_PROFILES = {
    "prime": _Profile((5, 15), (1, 3), (2, 5), (0.03, 0.3), (0, 0), 0, 0.0, 0.0, (0, 2), (3, 15), ("own", "mortgage")),
    "near_prime": _Profile((2, 8), (1, 3), (1, 4), (0.3, 0.7), (0, 2), 1, 0.0, 0.0, (2, 5), (1, 6), ("mortgage", "rent", "family")),
    "subprime": _Profile((1, 6), (2, 5), (1, 3), (0.85, 1.0), (2, 5), 3, 1.0, 0.3, (6, 14), (0, 2), ("rent", "family", "dormitory")),
    "thin_file": _Profile((0, 0.4), (0, 0), (0, 1), (0.0, 0.3), (0, 0), 0, 0.0, 0.0, (0, 2), (0, 3), ("family", "rent", "dormitory")),
}  # fmt: skip


def _money(value: float) -> str:
    return str(Decimal(str(round(value, -1))).quantize(Decimal("0.01")))


def _months_ago(today: date, months: float) -> date:
    return today - timedelta(days=int(months * 30.44))


def _history(rng: random.Random, months_open: int, lates: int, depth: int, overdue_now: int) -> str:
    """24 months oldest-first; lates are episodes like '1' or '12' or '123', never in the last month."""
    open_months = min(24, months_open)
    hist = ["/"] * (24 - open_months) + ["N"] * open_months
    for _ in range(lates):
        length = rng.randint(1, max(1, depth))
        start = rng.randint(24 - open_months, 22 - length) if open_months > length + 2 else None
        if start is not None and all(c == "N" for c in hist[start : start + length]):
            for k in range(length):
                hist[start + k] = str(k + 1)
    for k in range(overdue_now):
        hist[23 - k] = str(overdue_now - k)
    return "".join(hist)


def _loans(
    rng: random.Random, p: _Profile, today: date, age_m: float, overdue_now: int
) -> list[dict[str, Any]]:
    count = rng.randint(*p.loans)
    loans = []
    for i in range(count):
        kind = (
            "housing" if i == 0 and p.residence[0] == "own" else rng.choice(("consumer", "consumer", "auto"))
        )
        amount = {"housing": rng.uniform(4e5, 2e6), "auto": rng.uniform(6e4, 2.5e5)}.get(
            kind, rng.uniform(5e3, 8e4)
        )
        term = {"housing": 360, "auto": 36}.get(kind, 12)
        opened = rng.uniform(3, age_m)
        settled = kind != "housing" and opened > term and rng.random() < 0.8
        paid = min(1.0, opened / term)
        now = overdue_now if i == count - 1 else 0
        bad = now and rng.random() < p.bad_debt
        institution = rng.choice(_BANKS if kind != "consumer" or rng.random() < 0.3 else _CONSUMER)
        hist = _history(rng, int(opened), rng.randint(*p.past_lates) if i < 2 else 0, p.late_depth, now)
        if settled:
            cut = rng.randint(1, 20)
            hist = hist[: 24 - cut] + "C" * cut
        monthly = amount / term * (1.4 if kind != "housing" else 1.9)
        loans.append(
            {
                "account_id": f"L{i + 1:02d}",
                "institution": institution,
                "loan_type": kind,
                "guarantee": {"housing": "mortgage", "auto": "pledge"}.get(kind, "credit"),
                "open_date": _months_ago(today, opened).isoformat(),
                "maturity_date": (_months_ago(today, opened) + timedelta(days=int(term * 30.44))).isoformat(),
                "amount": _money(amount),
                "balance": "0.00" if settled else _money(amount * (1 - paid * 0.9)),
                "monthly_payment": "0.00" if settled else _money(monthly),
                "status": "settled" if settled else ("bad_debt" if bad else ("overdue" if now else "normal")),
                "overdue_amount": _money(monthly * now) if now and not settled else "0.00",
                "overdue_terms_current": now if not settled else 0,
                "repayment_24m": "7" * 6 + hist[6:] if bad and not settled else hist,
            }
        )
    return loans


def _cards(
    rng: random.Random, p: _Profile, today: date, age_m: float, overdue_now: int
) -> list[dict[str, Any]]:
    cards = []
    for i in range(rng.randint(*p.cards)):
        limit = rng.choice((5000, 10000, 20000, 30000, 50000, 80000)) * (2 if p.late_depth == 0 else 1)
        util = rng.uniform(*p.utilisation)
        opened = rng.uniform(1, max(1.5, age_m))
        now = overdue_now if i == 0 else 0
        cards.append(
            {
                "account_id": f"C{i + 1:02d}",
                "institution": rng.choice(_BANKS),
                "open_date": _months_ago(today, opened).isoformat(),
                "credit_limit": _money(limit),
                "used_amount": _money(limit * util),
                "avg_used_6m": _money(limit * util * rng.uniform(0.8, 1.1)),
                "status": "overdue" if now else "normal",
                "overdue_amount": _money(limit * 0.05 * now) if now else "0.00",
                "repayment_24m": _history(
                    rng, int(opened), rng.randint(*p.past_lates) // 2, p.late_depth, now
                ),
            }
        )
    return cards


def _queries(rng: random.Random, p: _Profile, today: date) -> list[dict[str, Any]]:
    queries = []
    for _ in range(rng.randint(*p.queries_6m)):
        reason = rng.choice(("loan_approval", "loan_approval", "credit_card_approval"))
        queries.append({"date": (today - timedelta(days=rng.randint(1, 180))).isoformat(), "institution": rng.choice(_BANKS + _CONSUMER), "reason": reason})  # fmt: skip
    for _ in range(rng.randint(0, 3)):
        queries.append({"date": (today - timedelta(days=rng.randint(1, 720))).isoformat(), "institution": rng.choice(_BANKS), "reason": rng.choice(("post_loan_management", "self_query"))})  # fmt: skip
    return sorted(queries, key=lambda q: q["date"], reverse=True)


def synth_bureau_report(
    *, seed: int, quality: str, today: date, monthly_repayments: Decimal | None = None
) -> dict[str, Any]:
    """A realistic PBOC-style report dict for `quality` in QUALITIES; same arguments, same report.

    `monthly_repayments`: what the person really repays each month, when the caller knows it (the
    sandbox's personas do); the live loans then add up to exactly that (see `_repaying`). None keeps
    the loans the quality draws, whose payments know nothing of the person's income."""
    if quality not in _PROFILES:
        raise ValueError(f"quality must be one of {QUALITIES}, got {quality!r}")
    p = _PROFILES[quality]
    rng = random.Random(f"bureau:{quality}:{seed}")
    age_m = rng.uniform(*p.credit_age_years) * 12
    overdue_now = rng.randint(1, 3) if rng.random() < p.current_overdue else 0
    loans = _loans(rng, p, today, age_m, overdue_now)
    cards = _cards(rng, p, today, max(age_m, 2), overdue_now)
    if quality == "thin_file":
        for card in cards:
            card["open_date"] = _months_ago(today, rng.uniform(1, 5)).isoformat()
    if monthly_repayments is not None:
        _repaying(loans, monthly_repayments, random.Random(f"bureau-repayments:{seed}"), today)
    live = [a for a in loans if a["status"] != "settled"]
    return {
        "report_id": f"PBOC{today:%Y%m%d}{rng.randrange(10**10):010d}",
        "report_date": today.isoformat(),
        "query_reason": "loan_approval",
        "personal": {
            "name": rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2))),
            "id_number": "",
            "marital_status": rng.choice(
                ("married", "married", "single") if quality == "prime" else ("single", "married", "divorced")
            ),
            "education": rng.choice(
                ("bachelor", "master_or_above")
                if quality == "prime"
                else ("high_school", "college", "bachelor")
            ),
            "employer": rng.choice(_EMPLOYERS),
            "employer_since": _months_ago(today, rng.uniform(*p.job_years) * 12).isoformat(),
            "residence_status": rng.choice(p.residence),
            "residence_since": _months_ago(today, rng.uniform(0.5, 10) * 12).isoformat(),
        },
        "summary": {
            "loan_accounts": len(loans),
            "loan_accounts_open": len(live),
            "credit_card_accounts": len(cards),
            "overdue_accounts": sum(1 for a in [*loans, *cards] if a["overdue_amount"] != "0.00"),
        },
        "loans": loans,
        "credit_cards": cards,
        "queries": _queries(rng, p, today),
        "public_records": {
            "tax_arrears": 0,
            "civil_judgments": int(quality == "subprime" and rng.random() < 0.2),
            "enforcements": 0,
        },
    }


_CENT = Decimal("0.01")


def _repaying(loans: list[dict[str, Any]], monthly: Decimal, rng: random.Random, today: date) -> None:
    """Makes the live loans repay `monthly` in total, keeping the file's shape where it can: the
    live loans are scaled (amount, balance, payment and arrears together), a person who repays
    nothing has them settled, and a file without a live loan gets one consumer loan. Own generator,
    so the rest of the report is the one the quality draws."""
    live = [a for a in loans if a["status"] in ("normal", "overdue")]  # what DTI reads (bureau.py)
    if monthly <= 0:
        for a in live:
            cut = rng.randint(1, 6)
            a.update(
                status="settled", balance="0.00", monthly_payment="0.00", overdue_amount="0.00",
                overdue_terms_current=0, repayment_24m=a["repayment_24m"][: 24 - cut] + "C" * cut,
            )  # fmt: skip
        return
    if not live:
        opened = rng.uniform(2, 10)
        start = _months_ago(today, opened)
        loans.append(
            {
                "account_id": f"L{len(loans) + 1:02d}",
                "institution": rng.choice(_CONSUMER),
                "loan_type": "consumer",
                "guarantee": "credit",
                "open_date": start.isoformat(),
                "maturity_date": (start + timedelta(days=int(12 * 30.44))).isoformat(),
                "amount": str((monthly * 12 / Decimal("1.4")).quantize(_CENT)),
                "balance": str(
                    (monthly * 12 / Decimal("1.4") * (1 - Decimal(int(opened)) / 12)).quantize(_CENT)
                ),
                "monthly_payment": str(monthly.quantize(_CENT)),
                "status": "normal",
                "overdue_amount": "0.00",
                "overdue_terms_current": 0,
                "repayment_24m": _history(rng, int(opened), 0, 0, 0),
            }
        )
        return
    total = sum((Decimal(a["monthly_payment"]) for a in live), Decimal(0))
    left = monthly.quantize(_CENT)
    for i, a in enumerate(live):
        share = Decimal(a["monthly_payment"]) / total if total > 0 else Decimal(1) / len(live)
        # The last loan takes what rounding left: the total is exact to the cent.
        pay = left if i == len(live) - 1 else (monthly * share).quantize(_CENT, ROUND_DOWN)
        left -= pay
        factor = pay / Decimal(a["monthly_payment"]) if Decimal(a["monthly_payment"]) > 0 else Decimal(1)
        a["amount"] = str((Decimal(a["amount"]) * factor).quantize(_CENT))
        a["balance"] = str((Decimal(a["balance"]) * factor).quantize(_CENT))
        a["monthly_payment"] = str(pay)
        if a["overdue_terms_current"]:
            a["overdue_amount"] = str((pay * a["overdue_terms_current"]).quantize(_CENT))
