"""Four eyes / first decision wins, liveness, age at maturity and DTI over reported debt: pure policy."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from precredit.models.application import PolicyConfig
from precredit.models.proofs import ReviewVote
from precredit.models.thirdparty import FaceMatch
from precredit.policy import loan
from precredit.policy.applicant import (
    age_at_maturity,
    age_at_maturity_reasons,
    debt_source,
    face_reasons,
    monthly_debt,
)
from precredit.policy.review import approvals_needed, may_vote, review_state
from tests import factories

POLICY = PolicyConfig(two_underwriters_above=Decimal("300000"))
SMALL, LARGE = Decimal("90000"), Decimal("300000.01")


def v(who: str, decision: str) -> ReviewVote:
    return ReviewVote(underwriter_id=who, decision=decision)


def test_small_loans_need_one_underwriter_and_the_first_decision_wins() -> None:
    assert approvals_needed(SMALL, POLICY) == 1 and approvals_needed(Decimal("300000"), POLICY) == 1
    assert review_state([], amount=SMALL, policy=POLICY).outcome == "pending"
    assert may_vote([], "uw-1", amount=SMALL, policy=POLICY) is None
    done = [v("uw-1", "approve")]
    assert review_state(done, amount=SMALL, policy=POLICY).outcome == "approve"
    refused = may_vote(done, "uw-2", amount=SMALL, policy=POLICY)
    assert refused is not None and refused.code == "REVIEW_ALREADY_DECIDED"
    rejected = [v("uw-1", "reject")]
    assert review_state(rejected, amount=SMALL, policy=POLICY).outcome == "reject"
    assert may_vote(rejected, "uw-2", amount=SMALL, policy=POLICY) is not None


def test_large_loans_need_two_different_underwriters() -> None:
    assert approvals_needed(LARGE, POLICY) == 2
    one = [v("uw-1", "approve")]
    state = review_state(one, amount=LARGE, policy=POLICY)
    assert (state.outcome, state.approvers) == ("pending", ("uw-1",))
    same = may_vote(one, "uw-1", amount=LARGE, policy=POLICY)
    assert same is not None and same.code == "SAME_UNDERWRITER"
    assert may_vote(one, "uw-2", amount=LARGE, policy=POLICY) is None
    # Counted as if the same underwriter's second approval had slipped in: still not two pairs of eyes.
    assert review_state([*one, v("uw-1", "approve")], amount=LARGE, policy=POLICY).outcome == "pending"
    assert review_state([*one, v("uw-2", "approve")], amount=LARGE, policy=POLICY).outcome == "approve"
    # One reject by either ends it, even after an approval.
    assert review_state([*one, v("uw-2", "reject")], amount=LARGE, policy=POLICY).outcome == "reject"


@pytest.mark.parametrize(
    ("face", "reasons"),
    [
        (FaceMatch(similarity=0.93, matched=True, liveness_ok=True), []),
        (FaceMatch(similarity=0.99, matched=True, liveness_ok=False), ["LIVENESS_FAILED"]),
        (FaceMatch(similarity=0.2, matched=False, liveness_ok=True), ["FACE_MISMATCH"]),
        (FaceMatch(similarity=0.0, matched=False, liveness_ok=False), ["FACE_MISMATCH", "LIVENESS_FAILED"]),
    ],
)
def test_a_replayed_photo_fails_on_liveness_even_when_it_matches(face: FaceMatch, reasons: list[str]) -> None:
    assert face_reasons(face) == reasons


def test_age_at_maturity_is_applied() -> None:
    born_1962 = "11010519620307123X"  # born 1962-03-07
    today = date(2026, 11, 29)
    assert age_at_maturity(born_1962, today=today, term_months=12) == 65
    assert age_at_maturity(born_1962, today=today, term_months=60) == 69
    policy = PolicyConfig(max_age_at_maturity=65)
    assert age_at_maturity_reasons(born_1962, today=today, term_months=12, policy=policy) == []
    assert age_at_maturity_reasons(born_1962, today=today, term_months=24, policy=policy) == [
        "AGE_OUT_OF_RANGE"
    ]
    # Month ends: a 31st plus one month lands on the last day of February.
    assert age_at_maturity("110105200003011231", today=date(2025, 1, 31), term_months=1) == 24


def test_dti_counts_the_larger_of_declared_and_reported_debt() -> None:
    assert monthly_debt(declared=Decimal("500"), bureau_monthly_repayments=None) == Decimal("500")
    assert monthly_debt(declared=Decimal("500"), bureau_monthly_repayments=Decimal("4200")) == Decimal("4200")
    assert monthly_debt(declared=Decimal("5000"), bureau_monthly_repayments=Decimal("4200")) == Decimal(
        "5000"
    )
    req = factories.request()
    declared = loan.make_offer(
        applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, annual_rate=Decimal("0.06")
    )
    reported = loan.make_offer(
        applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, annual_rate=Decimal("0.06"),
        bureau_monthly_repayments=req.applicant.existing_monthly_debt + Decimal("8000"),
    )  # fmt: skip
    expected = (
        req.applicant.existing_monthly_debt + Decimal("8000") + reported.monthly_payment
    ) / req.applicant.monthly_income
    assert reported.dti == expected.quantize(Decimal("0.0001")) and reported.dti > declared.dti


@pytest.mark.parametrize(
    ("declared", "reported", "source", "counted"),
    [
        ("500", None, "declared", "500"),  # no figure from the report (histories before it was read)
        ("500", "0", "declared", "500"),  # nothing live in the report
        ("2000", "1900", "declared", "2000"),  # the report shows less: the declared figure stands
        ("2000", "2000", "declared", "2000"),  # equal: nothing for an underwriter to be told
        ("2000", "2000.01", "bureau", "2000.01"),  # a cent more counts, and the decision says why
        ("0", "12000", "bureau", "12000"),
    ],
)
def test_debt_source_names_the_figure_monthly_debt_counts(
    declared: str, reported: str | None, source: str, counted: str
) -> None:
    bureau = None if reported is None else Decimal(reported)
    assert debt_source(declared=Decimal(declared), bureau_monthly_repayments=bureau) == source
    assert monthly_debt(declared=Decimal(declared), bureau_monthly_repayments=bureau) == Decimal(counted)


def test_hidden_debt_crosses_max_dti_that_the_declared_debt_stays_under() -> None:
    """The factory applicant (25,000 a month, 90,000 over 36 months) declares 500; the report
    shows 12,000. Declared: DTI 0.13; counted: 0.59 > max_dti 0.55."""
    req = factories.request(applicant__existing_monthly_debt=Decimal("500.00"))
    policy = PolicyConfig()

    def dti(reported: Decimal | None) -> Decimal:
        return loan.make_offer(
            applicant=req.applicant, loan=req.loan, vehicle=req.vehicle,
            annual_rate=policy.base_annual_rate, bureau_monthly_repayments=reported,
        ).dti  # fmt: skip

    assert dti(None) == dti(Decimal("400")) < Decimal("0.14")
    assert dti(Decimal("12000")) > policy.max_dti >= dti(Decimal("10000"))
