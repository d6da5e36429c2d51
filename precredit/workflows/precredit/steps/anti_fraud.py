"""Step 2, anti-fraud: the court's dishonest-debtor list, carrier data and multi-lending, then the
fraud model, whose grey zone goes to an underwriter. Sets the application's risk band."""

from __future__ import annotations

import asyncio

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import FraudScoreRequest
    from precredit.models.decisions import Reason, Step

from precredit.workflows.precredit.pipeline import Pipeline


async def anti_fraud(p: Pipeline) -> None:
    app, decide = p.app, p.decisions.decide
    person = app.person()
    court, carrier, lending = await asyncio.gather(
        p.activities.run(acts.CHECK_COURT_LIST, person),
        p.activities.run(acts.FETCH_CARRIER_DATA, person),
        p.activities.run(acts.FETCH_MULTI_LENDING, person),
    )
    if court.dishonest:
        app.risk_band = "high"
        await decide(
            Step.ANTI_FRAUD, "decline", [Reason.COURT_DISHONEST_DEBTOR], {"cases": str(court.case_count)}
        )
    if lending.applications_30d > app.policy.multi_lending_30d_max:
        app.risk_band = "high"
        await decide(
            Step.ANTI_FRAUD,
            "decline",
            [Reason.MULTI_LENDING],
            {"applications_30d": str(lending.applications_30d)},
        )
    score = await p.activities.run(
        acts.SCORE_FRAUD,
        FraudScoreRequest(
            applicant=app.req.applicant, carrier=carrier, multi_lending=lending, today=workflow.now().date()
        ),
    )
    detail = {"probability": f"{score.probability:.3f}"}
    if score.probability >= app.policy.fraud_decline_at:
        app.risk_band = "high"
        await decide(Step.ANTI_FRAUD, "decline", [Reason.FRAUD_SUSPECTED], detail, score=score)
        return  # reached only when a person overturned the decline on appeal
    if score.probability >= app.policy.fraud_review_at:
        app.risk_band = "medium"
        await p.decisions.underwriter_review(Step.ANTI_FRAUD, [Reason.FRAUD_SUSPECTED], detail, score=score)
    else:
        app.risk_band = app.risk_band or "low"
        await decide(Step.ANTI_FRAUD, "pass", [], detail, score=score)
