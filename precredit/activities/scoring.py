"""The three risk models, run where CatBoost may be imported: never in workflow code."""

from __future__ import annotations

import json

from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.models.activities import ApprovalScoreRequest, CreditScoreRequest, FraudScoreRequest
from precredit.models.decisions import ModelScore


class ScoringActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="score_credit")
    def score_credit(self, req: CreditScoreRequest) -> ModelScore:
        from precredit.risk import score_credit

        report = json.loads(self.deps.documents.get(req.bureau_ref))
        return score_credit(
            applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, bureau_report=report, today=req.today
        )

    @activity.defn(name="score_fraud")
    def score_fraud(self, req: FraudScoreRequest) -> ModelScore:
        from precredit.risk import score_fraud

        return score_fraud(
            applicant=req.applicant, carrier=req.carrier, multi_lending=req.multi_lending, today=req.today
        )

    @activity.defn(name="score_approval")
    def score_approval(self, req: ApprovalScoreRequest) -> ModelScore:
        from precredit.risk import score_approval

        return score_approval(
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            dti=req.dti,
            ltv=req.ltv,
            credit_points=req.credit_points,
            today=req.today,
        )
