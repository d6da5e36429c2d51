"""Step 4, approval: loan-to-value, the approval model, the rate it earns and the offer, with
debt-to-income checked on that offer (over the larger of the declared debt and the repayments the
credit report shows); the grey zone goes to an underwriter."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import ApprovalScoreRequest
    from precredit.models.decisions import ModelScore, Reason, Step
    from precredit.policy import applicant as applicant_policy
    from precredit.policy import loan

from precredit.workflows.precredit.decisions import PipelineDecisions


class ApprovalStep(PipelineDecisions):
    async def _approval(self) -> None:
        req = self._req
        reported, declared = self._bureau_monthly_repayments, req.applicant.existing_monthly_debt
        # An applicant can't declare debt away (issue 15): DTI counts the report's repayments when
        # they are larger. Runs recorded before that keep the declared debt; the marker is written
        # only where the report's figure makes a difference.
        counted = (
            reported
            if applicant_policy.debt_source(declared=declared, bureau_monthly_repayments=reported) == "bureau"
            and workflow.patched("bureau-debt-dti-v1")
            else None
        )
        debt_detail = (
            {"debt_source": "bureau", "monthly_debt": str(counted), "declared_debt": str(declared)}
            if counted is not None
            else {}
        )
        rate_free = loan.make_offer(
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            annual_rate=self._policy.base_annual_rate,
            bureau_monthly_repayments=counted,
        )
        if rate_free.ltv > self._policy.max_ltv:
            await self._decide(Step.APPROVAL, "decline", [Reason.LTV_TOO_HIGH], {"ltv": str(rate_free.ltv)})
        score = await self._act(
            "score_approval",
            ApprovalScoreRequest(
                applicant=req.applicant,
                loan=req.loan,
                vehicle=req.vehicle,
                dti=rate_free.dti,
                ltv=rate_free.ltv,
                credit_points=self._credit_points,
                today=workflow.now().date(),
            ),
            ModelScore,
        )
        rate = loan.annual_rate_for(
            policy=self._policy, credit_points=self._credit_points, approval_probability=score.probability
        )
        offer = loan.make_offer(
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            annual_rate=rate,
            bureau_monthly_repayments=counted,
        )
        detail = {
            "probability": f"{score.probability:.3f}",
            "dti": str(offer.dti),
            "ltv": str(offer.ltv),
            **debt_detail,
        }
        if offer.dti > self._policy.max_dti:
            await self._decide(Step.APPROVAL, "decline", [Reason.DTI_TOO_HIGH], detail)
        if score.probability >= self._policy.approval_decline_at:
            await self._decide(Step.APPROVAL, "decline", [Reason.APPROVAL_SCORE_LOW], detail, score=score)
            self._offer = offer  # reached only when a person overturned the decline on appeal
            return
        self._offer = offer
        if score.probability >= self._policy.approval_review_at:
            self._risk_band = "medium" if self._risk_band != "high" else self._risk_band
            await self._underwriter_review(Step.APPROVAL, [Reason.APPROVAL_SCORE_LOW], detail, score=score)
        else:
            await self._decide(Step.APPROVAL, "pass", [], detail, score=score)
