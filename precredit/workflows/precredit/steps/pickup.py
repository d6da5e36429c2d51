"""Step 7, pickup: a one-time pickup code is issued, and the dealer redeems it when the car leaves."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import PickupIssued, PickupIssueRequest
    from precredit.models.decisions import Reason, Status, Step

from precredit.workflows.precredit.decisions import PipelineDecisions


class PickupStep(PipelineDecisions):
    async def _pickup(self) -> None:
        req = self._req
        issued = await self._act(
            "issue_pickup_code",
            PickupIssueRequest(
                application_id=req.application_id,
                dealer_id=req.vehicle.dealer_id,
                phone=req.applicant.phone,
                ttl_seconds=self._deadlines.pickup,
            ),
            PickupIssued,
        )
        self._pickup_masked = issued.code_masked
        redeemed = await self._wait_human("pickup", lambda: self._picked_up, self._deadlines.pickup)
        if not redeemed:
            await self._decide(Step.PICKUP, "decline", [Reason.PICKUP_EXPIRED], {}, Status.EXPIRED)
        await self._decide(Step.PICKUP, "pass", [], {"dealer_id": req.vehicle.dealer_id})
