"""Step 7, pickup: a one-time pickup code is issued, and the dealer redeems it when the car leaves."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import PickupIssueRequest
    from precredit.models.decisions import Reason, Status, Step

from precredit.workflows.precredit.pipeline import Pipeline


async def pickup(p: Pipeline) -> None:
    app = p.app
    req = app.req
    issued = await p.activities.run(
        acts.ISSUE_PICKUP_CODE,
        PickupIssueRequest(
            application_id=req.application_id,
            dealer_id=req.vehicle.dealer_id,
            phone=req.applicant.phone,
            ttl_seconds=app.deadlines.pickup,
        ),
    )
    app.pickup_masked = issued.code_masked
    redeemed = await p.people.wait("pickup", lambda: app.picked_up, app.deadlines.pickup)
    if not redeemed:
        await p.decisions.decide(Step.PICKUP, "decline", [Reason.PICKUP_EXPIRED], {}, Status.EXPIRED)
    await p.decisions.decide(Step.PICKUP, "pass", [], {"dealer_id": req.vehicle.dealer_id})
