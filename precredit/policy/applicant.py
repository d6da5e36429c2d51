"""Applicant rules the first review found unapplied (issue 15): liveness of the selfie, age at the
loan's maturity, and debt-to-income over the larger of declared and reported debt. Pure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from precredit.models.application import PolicyConfig
from precredit.models.decisions import Reason
from precredit.models.thirdparty import FaceMatch
from precredit.policy.identifiers import age_on


def face_reasons(face: FaceMatch) -> list[str]:
    """Decline reasons of the identity provider's face result: a matching but replayed photo (failed
    liveness) is no more the applicant than someone else's face."""
    reasons: list[str] = []
    if not face.matched:
        reasons.append(Reason.FACE_MISMATCH)
    if not face.liveness_ok:
        reasons.append(Reason.LIVENESS_FAILED)
    return reasons


def age_at_maturity(id_number: str, *, today: date, term_months: int) -> int:
    """Whole years the applicant will have completed when the last instalment is due."""
    months = today.year * 12 + today.month - 1 + term_months
    end = date(months // 12, months % 12 + 1, 1)
    return age_on(id_number, end.replace(day=min(today.day, _days_in_month(end))))


def age_at_maturity_reasons(
    id_number: str, *, today: date, term_months: int, policy: PolicyConfig
) -> list[str]:
    if age_at_maturity(id_number, today=today, term_months=term_months) > policy.max_age_at_maturity:
        return [Reason.AGE_OUT_OF_RANGE]
    return []


def monthly_debt(*, declared: Decimal, bureau_monthly_repayments: Decimal | None) -> Decimal:
    """The debt DTI counts: what the applicant declared or what the credit report shows them
    repaying each month, whichever is larger (an applicant can't declare debt away)."""
    reported = bureau_monthly_repayments if bureau_monthly_repayments is not None else Decimal(0)
    return max(declared, reported)


def debt_source(*, declared: Decimal, bureau_monthly_repayments: Decimal | None) -> str:
    """Which figure `monthly_debt` counts: "bureau" when the credit report shows more than the
    applicant declared (the decision says so, for the underwriter and the applicant), else
    "declared"."""
    if bureau_monthly_repayments is not None and bureau_monthly_repayments > declared:
        return "bureau"
    return "declared"


def _days_in_month(first: date) -> int:
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return (nxt - first).days
