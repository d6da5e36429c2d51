"""Step 4, approval: loan-to-value, the approval model, the rate it earns and the offer, with
debt-to-income checked on that offer (over the larger of the declared debt and the repayments the
credit report shows); the grey zone goes to an underwriter. Returns the offer."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import ApprovalScoreRequest
    from precredit.models.decisions import Offer, Reason, Step
    from precredit.policy import applicant as applicant_policy
    from precredit.policy import loan

from precredit.workflows.precredit.pipeline import Pipeline
from precredit.workflows.precredit.steps.identity import CreditStanding


async def approval(p: Pipeline, credit: CreditStanding) -> Offer:
    app, decide = p.app, p.decisions.decide
    req, policy = app.req, app.policy
    reported, declared = credit.bureau_monthly_repayments, req.applicant.existing_monthly_debt
    # An applicant can't declare debt away (issue 15): DTI counts the report's repayments when they
    # are larger. Runs recorded before that keep the declared debt; the marker is written only where
    # the report's figure makes a difference.
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
        annual_rate=policy.base_annual_rate,
        bureau_monthly_repayments=counted,
    )
    if rate_free.ltv > policy.max_ltv:
        await decide(Step.APPROVAL, "decline", [Reason.LTV_TOO_HIGH], {"ltv": str(rate_free.ltv)})
    score = await p.activities.run(
        acts.SCORE_APPROVAL,
        ApprovalScoreRequest(
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            dti=rate_free.dti,
            ltv=rate_free.ltv,
            credit_points=credit.points,
            today=workflow.now().date(),
        ),
    )
    rate = loan.annual_rate_for(
        policy=policy, credit_points=credit.points, approval_probability=score.probability
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
    if offer.dti > policy.max_dti:
        await decide(Step.APPROVAL, "decline", [Reason.DTI_TOO_HIGH], detail)
    if score.probability >= policy.approval_decline_at:
        await decide(Step.APPROVAL, "decline", [Reason.APPROVAL_SCORE_LOW], detail, score=score)
        app.offer = offer  # reached only when a person overturned the decline on appeal
        return offer
    app.offer = offer
    if score.probability >= policy.approval_review_at:
        app.risk_band = "medium" if app.risk_band != "high" else app.risk_band
        await p.decisions.underwriter_review(Step.APPROVAL, [Reason.APPROVAL_SCORE_LOW], detail, score=score)
    else:
        await decide(Step.APPROVAL, "pass", [], detail, score=score)
    return offer
