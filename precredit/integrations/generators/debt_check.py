"""What counting the credit report's debt in DTI does to the sandbox world (`precredit sandbox dti-check`).

For each persona of the chosen profiles and each loan seed, the loan the sandbox would build for
them (`applications._vehicle_and_loan`, as calibration draws it) is decided the way the approval
step decides it: the rate-free offer feeds the approval model, the model's probability prices the
offer, and the offer's DTI is compared with `max_dti` — once over the declared debt alone, once over
the larger of that and the monthly repayments in the bureau's report. A *flip* passes the first and
fails the second. Needs the risk models (credit and approval scores).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from precredit.integrations.persons import Persona
from precredit.models.application import PolicyConfig


@dataclass(frozen=True)
class DtiCase:
    """One persona on one loan."""

    profile: str
    declared: Decimal
    bureau: Decimal
    dti_declared: Decimal
    dti_counted: Decimal

    def flipped(self, max_dti: Decimal) -> bool:
        return self.dti_declared <= max_dti < self.dti_counted


def dti_case(persona: Persona, loan_seed: int, *, today: date, policy: PolicyConfig) -> DtiCase:
    from precredit.integrations.bureau import persona_report
    from precredit.integrations.generators.calibration import sandbox_loan
    from precredit.policy import loan as loan_policy
    from precredit.risk import score_approval, score_credit
    from precredit.risk.bureau import parse_bureau_report

    applicant, loan, vehicle = sandbox_loan(persona, loan_seed, dealer_id="CHK-1")
    report = persona_report(persona, today)
    bureau = parse_bureau_report(report).loan_monthly_payment_total
    points = score_credit(applicant=applicant, loan=loan, vehicle=vehicle, bureau_report=report, today=today)
    credit_points = points.points or 0

    def offer_dti(repayments: Decimal | None) -> Decimal:
        rate_free = loan_policy.make_offer(
            applicant=applicant,
            loan=loan,
            vehicle=vehicle,
            annual_rate=policy.base_annual_rate,
            bureau_monthly_repayments=repayments,
        )
        approval = score_approval(
            applicant=applicant,
            loan=loan,
            vehicle=vehicle,
            dti=rate_free.dti,
            ltv=rate_free.ltv,
            credit_points=credit_points,
            today=today,
        )
        rate = loan_policy.annual_rate_for(
            policy=policy, credit_points=credit_points, approval_probability=approval.probability
        )
        return loan_policy.make_offer(
            applicant=applicant,
            loan=loan,
            vehicle=vehicle,
            annual_rate=rate,
            bureau_monthly_repayments=repayments,
        ).dti

    return DtiCase(
        profile=persona.profile,
        declared=persona.existing_monthly_debt,
        bureau=bureau,
        dti_declared=offer_dti(None),
        dti_counted=offer_dti(bureau),
    )


def dti_flips(
    persons: Iterable[Persona], *, loan_seeds: Iterable[int], today: date, policy: PolicyConfig
) -> dict[str, dict[str, int]]:
    """Per profile: cases, how many the bureau's debt flips to DTI_TOO_HIGH, how many fail DTI over
    the declared debt already, and how many show the bureau above the declared debt."""
    seeds = list(loan_seeds)
    out: dict[str, Counter[str]] = {}
    for persona in persons:
        for seed in seeds:
            case = dti_case(persona, seed, today=today, policy=policy)
            counts = out.setdefault(case.profile, Counter())
            counts["cases"] += 1
            counts["flipped"] += case.flipped(policy.max_dti)
            counts["over_max_declared"] += case.dti_declared > policy.max_dti
            counts["over_max_counted"] += case.dti_counted > policy.max_dti
            counts["bureau_above_declared"] += case.bureau > case.declared
    return {profile: dict(counts) for profile, counts in out.items()}
