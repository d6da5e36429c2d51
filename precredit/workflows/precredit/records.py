"""What the application tells the world as it goes: a progress record per decision (the database's
read model and audit) and the search attributes operators filter on."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models import search
    from precredit.models.activities import ProgressRecord
    from precredit.models.decisions import StepDecision

from precredit.workflows.precredit.state import Application
from precredit.workflows.primitives import Activities


class Reports:
    def __init__(self, app: Application, activities: Activities) -> None:
        self._app = app
        self._activities = activities

    async def record(self, decision: StepDecision | None) -> None:
        app = self._app
        await self._activities.run(
            acts.RECORD_PROGRESS,
            ProgressRecord(
                application_id=app.req.application_id,
                workflow_id=workflow.info().workflow_id,
                dealer_id=app.req.vehicle.dealer_id,
                applicant=app.person(),
                status=app.status.value,
                step=app.step.value,
                risk_band=app.risk_band,
                decision=decision,
                offer=app.offer,
                at=workflow.now(),
            ),
        )

    def upsert_search(self) -> None:
        app = self._app
        workflow.upsert_search_attributes(
            [
                search.STATUS.value_set(app.status.value),
                search.STEP.value_set(app.step.value),
                search.DEALER.value_set(app.req.vehicle.dealer_id),
                search.RISK_BAND.value_set(app.risk_band or "unscored"),
                search.WAITING_FOR.value_set(app.waiting.what if app.waiting else "none"),
            ]
        )
