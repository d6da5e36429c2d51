"""Reproducible generator of `persons.json` and `blacklist.json` (`precredit sandbox generate-persons`).

The output is committed; regenerate when the world should change or the risk models were retrained
(candidates are kept only if the shipped models score them as their profile intends, see
`calibration`). Same seed, reference date and models give identical files.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, get_args

from precredit.integrations.blacklist import hash_id_number, load_blacklist_key
from precredit.integrations.generators.calibration import fits_profile
from precredit.integrations.persons import Profile
from precredit.models.application import PolicyConfig
from precredit.ocr.synth.fields import REGIONS
from precredit.policy.identifiers import id_check_char
from precredit.policy.loan import add_months

DEFAULT_SEED = 20260101
REFERENCE_DATE = date(2026, 1, 1)
COUNTS = {"good": 24} | {p: 4 for p in get_args(Profile) if p != "good"}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏吕丁沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕彬鹏辉建国志海波宁浩宇欣怡涵俊晨嘉文博思雨佳琪晓东立新春梅凤丹凯翔慧颖瑞"
ETHNICITIES = ("汉",) * 14 + ("回", "满", "壮", "蒙古", "土家", "苗")
STREETS = ("人民路", "解放路", "中山路", "建设路", "和平街", "文化路", "新华街", "长江路", "幸福路", "学院路")
COMMUNITIES = ("阳光花园", "锦绣家园", "翠苑小区", "金色家园", "桂花城", "紫荆公寓", "华府小区")
PHONE_PREFIXES = {
    "中国移动": (
        "134",
        "135",
        "136",
        "137",
        "138",
        "139",
        "150",
        "151",
        "152",
        "158",
        "159",
        "182",
        "187",
        "188",
    ),
    "中国联通": ("130", "131", "132", "155", "156", "185", "186", "176"),
    "中国电信": ("133", "153", "177", "180", "181", "189", "199"),
}
INDUSTRIES = {
    "civil_servant": ("government",),
    "professional": ("finance", "it", "healthcare", "education"),
    "office_worker": ("it", "finance", "manufacturing", "retail", "logistics"),
    "self_employed": ("retail", "catering", "other"),
    "manual_worker": ("construction", "manufacturing", "logistics", "agriculture"),
    "freelancer": ("it", "other", "retail"),
}
GOOD_LIKE = ("good", "document_mismatch", "never_signs", "face_mismatch", "expired_id", "hidden_debt")


def _years_before(day: date, years: int) -> date:
    return add_months(day, -12 * years)  # 29 February falls on the 28th


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def _validity(rng: random.Random, born: date, ref: date, expired: bool) -> tuple[date, date | None]:
    """Issue and expiry dates by the ID-card law: 10 years under 26, 20 under 46, then no end."""
    if expired:
        valid_to = ref - timedelta(days=rng.randrange(30, 400))
        return _years_before(valid_to, 10), valid_to
    while True:
        issued = _between(
            rng, max(_years_before(ref, 15), _years_before(born, -16)), ref - timedelta(days=60)
        )
        age = (issued - born).days // 365
        years = 10 if age < 26 else 20 if age < 46 else 0
        if years == 0:
            return issued, None
        valid_to = _years_before(issued, -years)
        if valid_to >= _years_before(ref, -3):
            return issued, valid_to


def _counts(rng: random.Random, low: int, high: int, scale: tuple[int, int, int]) -> dict[str, int]:
    a7 = rng.randint(low, high) * scale[0] // 10
    a30 = a7 + rng.randint(low, high) * scale[1] // 10
    a90 = a30 + rng.randint(low, high) * scale[2] // 10
    lenders = [max(0, min(n, round(n * rng.uniform(0.6, 1.0)))) for n in (a7, a30, a90)]
    return {
        "applications_7d": a7,
        "applications_30d": a30,
        "applications_90d": a90,
        "lenders_7d": lenders[0],
        "lenders_30d": lenders[1],
        "lenders_90d": lenders[2],
    }


def _multi_lending(rng: random.Random, profile: str) -> dict[str, int]:
    if profile == "fraud_like":  # 7d 4-8, 30d 8-17: above PolicyConfig.multi_lending_30d_max
        return _counts(rng, 4, 8, (10, 12, 12))
    if profile == "grey_zone":  # 7d 1-2, 30d 2-5: noticeable, under the hard limit
        return _counts(rng, 1, 2, (10, 15, 20))
    if profile == "low_score":
        return _counts(rng, 0, 2, (5, 10, 15))
    return _counts(rng, 0, 1, (0, 10, 10))


def _economics(rng: random.Random, profile: str) -> dict[str, Any]:
    if profile in GOOD_LIKE or profile == "blacklisted":
        occupation = rng.choice(("civil_servant", "professional", "office_worker", "self_employed"))
        housing = rng.choice(("own", "mortgage", "own"))
        education = rng.choice(("college", "bachelor", "bachelor", "master_or_above"))
        income, debt = rng.randrange(14, 46) * 1000, rng.randrange(0, 3) * 500
    elif profile == "grey_zone":  # creditworthy enough; the doubts are in carrier and lending data
        occupation = rng.choice(("office_worker", "self_employed", "freelancer"))
        housing, education = rng.choice(("rent", "mortgage", "family")), rng.choice(("college", "bachelor"))
        income, debt = rng.randrange(12, 23) * 1000, rng.randrange(2, 6) * 500
    else:  # fraud_like, low_score, dishonest_debtor
        occupation = rng.choice(("office_worker", "freelancer", "manual_worker", "self_employed"))
        housing, education = (
            rng.choice(("rent", "family", "dormitory")),
            rng.choice(("high_school", "college")),
        )
        income, debt = rng.randrange(6, 16) * 1000, rng.randrange(1, 6) * 500
    return {
        "occupation": occupation,
        "housing": housing,
        "education": education,
        "industry": rng.choice(INDUSTRIES[occupation]),
        "monthly_income": str(Decimal(income).quantize(Decimal("0.01"))),
        "existing_monthly_debt": str(Decimal(debt).quantize(Decimal("0.01"))),
    }


def _bureau_repayments(seed: int, profile: str, income: Decimal, declared: Decimal) -> Decimal:
    """What the person really repays each month, which their credit report shows. An honest person
    declares about that: 85-105 % of it is in the report (a loan repaid since, a figure rounded up
    or down). A `hidden_debt` person declares a fraction: the report shows 5-20 points of income
    above `max_dti`, so any loan the sandbox builds for them takes the real DTI over the limit.
    Drawn from the persona's own seed, so the rest of the world draws as before."""
    rng = random.Random(f"repayments:{seed}")
    if profile == "hidden_debt":
        share = PolicyConfig().max_dti + Decimal(str(round(rng.uniform(0.05, 0.2), 3)))
        owed = income * share
    else:
        owed = declared * Decimal(str(round(rng.uniform(0.85, 1.05), 3)))
    return ((owed / 10).quantize(Decimal(1), ROUND_HALF_UP) * 10).quantize(Decimal("0.01"))


def _credit_quality(rng: random.Random, profile: str) -> str:
    if profile == "low_score":
        return "subprime"
    if profile in GOOD_LIKE or profile == "blacklisted":
        return "prime" if rng.random() < 0.8 else "near_prime"
    if profile == "grey_zone":
        return "prime"
    return "prime" if rng.random() < 0.5 else "near_prime"


def _carrier(rng: random.Random, profile: str, phone: str) -> dict[str, Any]:
    carrier = next(c for c, prefixes in PHONE_PREFIXES.items() if phone[:3] in prefixes)
    tenure = {"fraud_like": (1, 2), "grey_zone": (5, 11)}.get(profile, (24, 180))
    return {
        "carrier": carrier,
        "tenure_months": rng.randint(*tenure),
        "real_name_match": profile != "fraud_like",
        "status": "active",
    }


def _profiles(counts: dict[str, int]) -> Iterator[str]:
    for profile, count in counts.items():
        yield from [profile] * count


def _candidate(rng: random.Random, profile: str, reference_date: date) -> dict[str, Any]:
    male = rng.random() < 0.55
    age_range = (27, 34) if profile == "expired_id" else (23, 55)
    born = _between(
        rng, _years_before(reference_date, age_range[1]), _years_before(reference_date, age_range[0])
    )
    region = rng.choice(list(REGIONS))
    province, city, district = REGIONS[region]
    first17 = f"{region}{born:%Y%m%d}{rng.randrange(100):02d}{rng.choice('13579' if male else '02468')}"
    prefixes = [p for group in PHONE_PREFIXES.values() for p in group]
    phone = rng.choice(prefixes) + f"{rng.randrange(10**8):08d}"
    issued, valid_to = _validity(rng, born, reference_date, expired=profile == "expired_id")
    street = f"{rng.choice(STREETS)}{rng.randrange(1, 300)}号{rng.choice(COMMUNITIES)}{rng.randrange(1, 30)}幢{rng.randrange(1, 3)}{rng.randrange(1, 30):02d}室"
    court: dict[str, Any] = {"dishonest": False, "case_count": 0, "latest_case_date": None, "court": ""}
    if profile == "dishonest_debtor":
        court = {
            "dishonest": True,
            "case_count": rng.randint(1, 3),
            "latest_case_date": (reference_date - timedelta(days=rng.randrange(30, 700))).isoformat(),
            "court": f"{city or province}{district}人民法院",
        }
    seed = rng.randrange(10**9)
    person = {
        "seed": seed,
        "profile": profile,
        "name": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))),
        "id_number": first17 + id_check_char(first17),
        "phone": phone,
        "sex": "男" if male else "女",
        "ethnicity": rng.choice(ETHNICITIES),
        "birth_date": born.isoformat(),
        "address": f"{province}{city}{district}{street}",
        "issuing_authority": f"{city or province}公安局{district[:-1]}分局",
        "id_valid_from": issued.isoformat(),
        "id_valid_to": valid_to.isoformat() if valid_to else None,
        **_economics(rng, profile),
        "credit_quality": _credit_quality(rng, profile),
        "carrier": _carrier(rng, profile, phone),
        "multi_lending": _multi_lending(rng, profile),
        "court": court,
        "blacklisted": profile == "blacklisted",
    }
    owed = _bureau_repayments(
        seed, profile, Decimal(person["monthly_income"]), Decimal(person["existing_monthly_debt"])
    )
    keys = list(person)  # the report's figure next to the declared one, in persons.json too
    at = keys.index("existing_monthly_debt") + 1
    return (
        {k: person[k] for k in keys[:at]}
        | {"bureau_monthly_repayments": str(owed)}
        | {k: person[k] for k in keys[at:]}
    )


def generate_persons(
    *,
    seed: int = DEFAULT_SEED,
    reference_date: date = REFERENCE_DATE,
    max_tries: int = 500,
    hidden_debt: int = COUNTS["hidden_debt"],
) -> list[dict[str, Any]]:
    """Draws candidates per profile until one is unique and scores as the profile intends.

    `hidden_debt`: how many personas declare a fraction of the debt their credit report shows (the
    people DTI over the report's debt exists for); everyone else declares about what they repay."""
    rng = random.Random(seed)
    seen: set[str] = set()
    persons = []
    for profile in _profiles(COUNTS | {"hidden_debt": hidden_debt}):
        for _ in range(max_tries):
            person = _candidate(rng, profile, reference_date)
            if {person["id_number"], person["phone"]} & seen:
                continue
            if fits_profile(person, reference_date):
                break
        else:
            raise RuntimeError(f"no candidate fits profile {profile} in {max_tries} tries")
        seen |= {person["id_number"], person["phone"]}
        persons.append(person)
    return persons


def blacklist_entries(persons: list[dict[str, Any]], key: bytes, *, seed: int) -> list[dict[str, str]]:
    """Keyed hashes of the blacklisted personas, plus decoys of people outside the registry."""
    rng = random.Random(seed + 1)
    reasons = ("confirmed_fraud", "identity_theft", "loan_written_off")
    entries = [
        {"id_hash": hash_id_number(p["id_number"], key), "reason": rng.choice(reasons)}
        for p in persons
        if p["blacklisted"]
    ]
    for _ in range(40):
        first17 = f"{rng.choice(list(REGIONS))}19{rng.randrange(60, 99)}0{rng.randrange(1, 10)}1{rng.randrange(10)}{rng.randrange(1000):03d}"
        entries.append(
            {"id_hash": hash_id_number(first17 + id_check_char(first17), key), "reason": rng.choice(reasons)}
        )
    return sorted(entries, key=lambda e: e["id_hash"])


def write_world(
    data_dir: Path,
    *,
    seed: int = DEFAULT_SEED,
    reference_date: date = REFERENCE_DATE,
    hidden_debt: int = COUNTS["hidden_debt"],
) -> list[Path]:
    """Writes persons.json and blacklist.json into data_dir (whose config.json holds the HMAC key)."""
    persons = generate_persons(seed=seed, reference_date=reference_date, hidden_debt=hidden_debt)
    key = load_blacklist_key(data_dir)
    header = {"seed": seed, "reference_date": reference_date.isoformat()}
    outputs = {
        "persons.json": {**header, "persons": persons},
        "blacklist.json": {**header, "entries": blacklist_entries(persons, key, seed=seed)},
    }
    paths = []
    for name, content in outputs.items():
        path = Path(data_dir) / name
        path.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
