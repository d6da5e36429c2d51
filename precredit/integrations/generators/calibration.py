"""Checks a candidate persona against the shipped risk models, so each profile ends where it should.

The models are trained elsewhere and only roughly known to the persona generator, so the generator
draws candidates and keeps the first one whose scores land clearly on the intended side of the
policy thresholds, with margins so that different loans in the demo still land there. The margins
and loan shapes here must agree with `applications._vehicle_and_loan`.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

from precredit.integrations.persons import Persona
from precredit.models.application import Applicant, LoanRequest, PolicyConfig, Vehicle
from precredit.models.thirdparty import CarrierData, MultiLendingData

POLICY = PolicyConfig()
CREDIT_MARGIN = 40
LOAN_SEEDS = tuple(range(6))
CLEAN = {
    "good",
    "blacklisted",
    "document_mismatch",
    "never_signs",
    "face_mismatch",
    "expired_id",
    "hidden_debt",
}
DTI_MARGIN = Decimal("0.05")


def sandbox_loan(
    persona: Persona, loan_seed: int, *, dealer_id: str
) -> tuple[Applicant, LoanRequest, Vehicle]:
    """The applicant, loan and vehicle the sandbox builds for `persona` from `loan_seed`."""
    from precredit.integrations.generators.applications import _vehicle_and_loan, make_vin

    rng = random.Random(loan_seed)
    (brand, model, _, wmi), price, loan_fields = _vehicle_and_loan(rng, persona)
    applicant = Applicant(
        **persona.model_dump(
            include={"name", "id_number", "phone", "occupation", "housing", "education", "industry"}
        ),
        monthly_income=persona.monthly_income,
        existing_monthly_debt=persona.existing_monthly_debt,
    )
    loan = LoanRequest.model_validate(loan_fields)
    vehicle = Vehicle(
        vin=make_vin(rng, wmi), brand=brand, model=model, price=price, dealer_id=dealer_id, dealer_name="-"
    )
    return applicant, loan, vehicle


def _scores(persona: Persona, loan_seed: int, today: date) -> dict[str, float]:
    from precredit.integrations.bureau import persona_report
    from precredit.risk import score_approval, score_credit, score_fraud

    applicant, loan, vehicle = sandbox_loan(persona, loan_seed, dealer_id="CAL-1")
    credit = score_credit(
        applicant=applicant,
        loan=loan,
        vehicle=vehicle,
        bureau_report=persona_report(persona, today),
        today=today,
    )
    fraud = score_fraud(
        applicant=applicant,
        carrier=CarrierData(**persona.carrier.model_dump()),
        multi_lending=MultiLendingData(**persona.multi_lending.model_dump()),
        today=today,
    )
    rate = POLICY.base_annual_rate / 12
    payment = loan.amount * rate / (1 - (1 + rate) ** -loan.term_months)
    dti = (payment + persona.existing_monthly_debt) / persona.monthly_income
    owed = max(persona.existing_monthly_debt, persona.bureau_monthly_repayments)
    # What DTI is once the credit report's debt counts (at the base rate: a priced offer is higher).
    dti_counted = (payment + owed) / persona.monthly_income
    approval = score_approval(
        applicant=applicant,
        loan=loan,
        vehicle=vehicle,
        dti=dti.quantize(Decimal("0.0001")),
        ltv=(loan.amount / vehicle.price).quantize(Decimal("0.0001")),
        credit_points=credit.points or 0,
        today=today,
    )
    return {
        "credit": float(credit.points or 0),
        "fraud": fraud.probability,
        "approval": approval.probability,
        "dti_counted": float(dti_counted),
    }


def _fits(profile: str, s: dict[str, float], *, margin: bool = True) -> bool:
    """Whether the scores give the profile's outcome; `margin` demands a safety distance from thresholds."""
    credit_margin, band = (CREDIT_MARGIN, 0.05) if margin else (0, 0.0)
    passes_credit = s["credit"] >= POLICY.credit_score_min + credit_margin
    if profile in CLEAN:
        # A hidden_debt person would complete on what they declare; the report's debt declines them.
        shrink = 0.5 if margin else 1.0
        dti_margin = float(DTI_MARGIN) if margin else 0.0
        max_dti = float(POLICY.max_dti)
        return (
            passes_credit
            and s["fraud"] < POLICY.fraud_review_at * shrink
            and s["approval"] < POLICY.approval_review_at * shrink
            and (
                s["dti_counted"] > max_dti + dti_margin
                if profile == "hidden_debt"
                else s["dti_counted"] <= max_dti - dti_margin
            )
        )
    if profile == "low_score":
        return s["credit"] < POLICY.credit_score_min - credit_margin
    if profile == "fraud_like":
        return passes_credit and s["fraud"] >= POLICY.fraud_decline_at + 2 * band
    if profile == "dishonest_debtor":
        return passes_credit and s["fraud"] < POLICY.fraud_review_at
    if profile == "grey_zone":
        fraud_review = POLICY.fraud_review_at + band <= s["fraud"] < POLICY.fraud_decline_at - band
        approval_review = (
            POLICY.approval_review_at + band <= s["approval"] < POLICY.approval_decline_at - band
        )
        return (
            passes_credit
            and (fraud_review or approval_review)
            and s["fraud"] < POLICY.fraud_decline_at - band
            and s["approval"] < POLICY.approval_decline_at - band
        )
    return True


def fits_profile(raw: dict[str, Any], today: date) -> bool:
    """True when the shipped models score the persona as its profile intends, for a few sample loans.

    Without the risk package (a deployment without models) every candidate fits.
    """
    try:
        import precredit.risk.scoring  # noqa: F401
    except ImportError:
        return True
    persona = Persona.model_validate(raw)
    return all(_fits(persona.profile, _scores(persona, seed, today)) for seed in LOAN_SEEDS)
