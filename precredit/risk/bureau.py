"""The PBOC (人行征信) personal credit report as we receive it, and the features the credit model reads.

The report is a plain JSON-able dict (what the bureau adapter returns and the sandbox serves); the
pydantic models below validate it and `parse_bureau_report` reduces it to `BureauFeatures`, the
few figures that underwriting actually uses. The parser recomputes everything from the account
details and ignores the report's own `summary` block, so a summary that disagrees with the details
cannot flatter an applicant.

Repayment history follows the PBOC 24-month string, oldest month first, newest last:
`N` paid on time, `*` nothing due, `1`..`7` months overdue (7 = 180+ days), `C` settled,
`/` account not yet open, `G` ended otherwise, `D` paid by a guarantor, `Z` paid from collateral.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from precredit.risk.bureau_synth import synth_bureau_report

__all__ = ["BureauFeatures", "BureauReport", "parse_bureau_report", "synth_bureau_report"]

REPAYMENT_RE = r"^[N*1-7C/GDZ]{24}$"
LoanType = Literal["housing", "auto", "consumer", "business", "other"]
AccountStatus = Literal["normal", "overdue", "settled", "bad_debt", "transferred", "frozen", "closed"]
QueryReason = Literal[
    "loan_approval", "credit_card_approval", "guarantee_review", "post_loan_management", "self_query"
]


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PersonalInfo(_Part):
    """身份/居住/职业信息: what the bureau knows about the person, not about their accounts."""

    name: str = ""
    id_number: str = ""
    marital_status: Literal["single", "married", "divorced", "widowed", "unknown"] = "unknown"
    education: str = "unknown"
    employer: str = ""
    employer_since: date | None = None
    residence_status: Literal["own", "mortgage", "rent", "family", "dormitory", "unknown"] = "unknown"
    residence_since: date | None = None


class LoanAccount(_Part):
    """贷款明细: one loan, with its 24-month repayment string."""

    account_id: str
    institution: str
    loan_type: LoanType = "other"
    guarantee: Literal["mortgage", "pledge", "guarantee", "credit"] = "credit"
    open_date: date
    maturity_date: date | None = None
    amount: Decimal = Field(ge=0)
    balance: Decimal = Field(default=Decimal(0), ge=0)
    monthly_payment: Decimal = Field(default=Decimal(0), ge=0)
    status: AccountStatus = "normal"
    overdue_amount: Decimal = Field(default=Decimal(0), ge=0)
    overdue_terms_current: int = Field(default=0, ge=0)
    repayment_24m: str = Field(default="/" * 24, pattern=REPAYMENT_RE)


class CreditCardAccount(_Part):
    """贷记卡明细: limits and usage drive utilisation, the revolving-credit stress signal."""

    account_id: str
    institution: str
    open_date: date
    credit_limit: Decimal = Field(ge=0)
    used_amount: Decimal = Field(default=Decimal(0), ge=0)
    avg_used_6m: Decimal = Field(default=Decimal(0), ge=0)
    status: AccountStatus = "normal"
    overdue_amount: Decimal = Field(default=Decimal(0), ge=0)
    repayment_24m: str = Field(default="/" * 24, pattern=REPAYMENT_RE)


class QueryRecord(_Part):
    """查询记录: each lender's hard enquiry; many in a short time means the person is shopping for credit."""

    date: date
    institution: str
    reason: QueryReason


class PublicRecords(_Part):
    tax_arrears: int = 0
    civil_judgments: int = 0
    enforcements: int = 0


class BureauReport(_Part):
    report_id: str
    report_date: date
    personal: PersonalInfo = Field(default_factory=PersonalInfo)
    loans: list[LoanAccount] = Field(default_factory=list)
    credit_cards: list[CreditCardAccount] = Field(default_factory=list)
    queries: list[QueryRecord] = Field(default_factory=list)
    public_records: PublicRecords = Field(default_factory=PublicRecords)


class BureauFeatures(BaseModel):
    """The report reduced to what the credit model's mapping needs (see `risk.credit_features`)."""

    thin_file: bool
    credit_age_months: int
    loans_active: int
    loans_settled: int
    loans_active_other_lenders: int
    auto_loans_active: int
    cards_active: int
    loan_balance_total: Decimal
    loan_monthly_payment_total: Decimal
    card_limit_total: Decimal
    card_used_total: Decimal
    card_utilisation: float
    overdue_months_24m: int = Field(description="account-months with a 1..7 in the 24-month strings")
    overdue_accounts_24m: int
    max_overdue_level_24m: int = Field(description="0 none .. 7 = 180+ days overdue")
    current_overdue_amount: Decimal
    current_overdue_accounts: int
    bad_debt: bool = Field(description="bad debt, transferred, or a 7 in the history")
    queries_credit_1m: int
    queries_credit_3m: int
    queries_credit_6m: int
    public_records: int
    employment_years: float | None
    residence_years: float | None
    marital_status: str


_HARD_QUERIES = {"loan_approval", "credit_card_approval"}
_LIVE = {"normal", "overdue"}


def _months_between(start: date, end: date) -> int:
    return max(0, (end.year - start.year) * 12 + end.month - start.month)


def _years_since(start: date | None, end: date) -> float | None:
    return None if start is None else round(_months_between(start, end) / 12, 2)


def _overdue_levels(history: str) -> list[int]:
    return [int(c) for c in history if c.isdigit()]


def parse_bureau_report(report: dict[str, Any]) -> BureauFeatures:
    """Validates a report dict and computes the features; raises pydantic.ValidationError on bad input."""
    rep = BureauReport.model_validate(report)
    today = rep.report_date
    histories = [a.repayment_24m for a in rep.loans] + [c.repayment_24m for c in rep.credit_cards]
    levels = [_overdue_levels(h) for h in histories]
    live_loans = [a for a in rep.loans if a.status in _LIVE]
    live_cards = [c for c in rep.credit_cards if c.status in _LIVE]
    limit = sum((c.credit_limit for c in live_cards), Decimal(0))
    used = sum((c.used_amount for c in live_cards), Decimal(0))
    opened = [a.open_date for a in rep.loans] + [c.open_date for c in rep.credit_cards]
    accounts: list[LoanAccount | CreditCardAccount] = [*rep.loans, *rep.credit_cards]
    current_overdue = [a for a in accounts if a.overdue_amount > 0]

    def hard_queries(months: int) -> int:
        return sum(
            1 for q in rep.queries if q.reason in _HARD_QUERIES and _months_between(q.date, today) < months
        )

    return BureauFeatures(
        thin_file=not accounts or _months_between(min(opened), today) < 6,
        credit_age_months=_months_between(min(opened), today) if opened else 0,
        loans_active=len(live_loans),
        loans_settled=sum(1 for a in rep.loans if a.status == "settled"),
        loans_active_other_lenders=len({a.institution for a in live_loans if a.loan_type != "housing"}),
        auto_loans_active=sum(1 for a in live_loans if a.loan_type == "auto"),
        cards_active=len(live_cards),
        loan_balance_total=sum((a.balance for a in live_loans), Decimal(0)),
        loan_monthly_payment_total=sum((a.monthly_payment for a in live_loans), Decimal(0)),
        card_limit_total=limit,
        card_used_total=used,
        card_utilisation=float(used / limit) if limit > 0 else 0.0,
        overdue_months_24m=sum(len(lv) for lv in levels),
        overdue_accounts_24m=sum(1 for lv in levels if lv),
        max_overdue_level_24m=max((max(lv) for lv in levels if lv), default=0),
        current_overdue_amount=sum((a.overdue_amount for a in current_overdue), Decimal(0)),
        current_overdue_accounts=len(current_overdue),
        bad_debt=any(a.status in ("bad_debt", "transferred") for a in accounts)
        or any(7 in lv for lv in levels),
        queries_credit_1m=hard_queries(1),
        queries_credit_3m=hard_queries(3),
        queries_credit_6m=hard_queries(6),
        public_records=rep.public_records.tax_arrears
        + rep.public_records.civil_judgments
        + rep.public_records.enforcements,
        employment_years=_years_since(rep.personal.employer_since, today),
        residence_years=_years_since(rep.personal.residence_since, today),
        marital_status=rep.personal.marital_status,
    )
