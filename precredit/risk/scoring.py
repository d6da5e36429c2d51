"""The public scoring API the workflow activities call: pure, synchronous, models cached per process."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from precredit.models.application import Applicant, LoanRequest, Vehicle
from precredit.models.decisions import ModelScore
from precredit.models.thirdparty import CarrierData, MultiLendingData
from precredit.risk import registry
from precredit.risk.approval_data import approval_inputs
from precredit.risk.bureau import parse_bureau_report
from precredit.risk.credit_mapping import credit_inputs
from precredit.risk.explain import score_row
from precredit.risk.fraud_data import fraud_inputs
from precredit.risk.specs import SPECS, points_from_probability


def score_credit(
    *,
    applicant: Applicant,
    loan: LoanRequest,
    vehicle: Vehicle,
    bureau_report: dict[str, Any],
    today: date,
) -> ModelScore:
    """Step 1. Points on 300-900 (higher is safer); probability is P(bad). `vehicle` is accepted for
    a stable signature; the German data has no collateral column, so the car value does not enter."""
    loaded = registry.load("credit")
    bureau = parse_bureau_report(bureau_report)
    row, shown = credit_inputs(applicant=applicant, loan=loan, bureau=bureau, today=today)
    probability, explanations = score_row(loaded, row, shown)
    return ModelScore(
        model_name=loaded.spec.model_name,
        model_version=loaded.version,
        probability=round(probability, 6),
        points=points_from_probability(probability),
        explanations=explanations,
    )


def score_fraud(
    *, applicant: Applicant, carrier: CarrierData, multi_lending: MultiLendingData, today: date
) -> ModelScore:
    """Step 2. Probability is P(fraud); the workflow bands it with PolicyConfig.fraud_*_at."""
    loaded = registry.load("fraud")
    row = fraud_inputs(applicant=applicant, carrier=carrier, multi_lending=multi_lending, today=today)
    probability, explanations = score_row(loaded, row)
    return ModelScore(
        model_name=loaded.spec.model_name,
        model_version=loaded.version,
        probability=round(probability, 6),
        explanations=explanations,
    )


def score_approval(
    *,
    applicant: Applicant,
    loan: LoanRequest,
    vehicle: Vehicle,
    dti: Decimal,
    ltv: Decimal,
    credit_points: int,
    today: date,
) -> ModelScore:
    """Step 4. Probability is P(default); the workflow bands it with PolicyConfig.approval_*_at."""
    loaded = registry.load("approval")
    row = approval_inputs(
        applicant=applicant,
        loan=loan,
        vehicle=vehicle,
        dti=dti,
        ltv=ltv,
        credit_points=credit_points,
        today=today,
    )
    probability, explanations = score_row(loaded, row)
    return ModelScore(
        model_name=loaded.spec.model_name,
        model_version=loaded.version,
        probability=round(probability, 6),
        explanations=explanations,
    )


def models_report() -> dict[str, dict[str, Any]]:
    """The model card of every shipped model: version, data hash, hold-out AUC/KS/Gini, bands, importance."""
    return {name: registry.load(name).card for name in SPECS}
