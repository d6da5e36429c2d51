"""The PreCreditWorkflow class: runs the seven steps in order, times each one, and answers the
operators' messages (cancel, the underwriter's decision, the status query). The buyer's updates
are in `buyer.py`, the steps in `steps/`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from precredit.models.application import PreCreditInput
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.messages import (
        CancelRequest,
        PreCreditResult,
        StatusView,
        UnderwriterDecision,
        UpdateAck,
    )
    from precredit.models.proofs import HumanAction

from precredit.workflows.precredit.buyer import BuyerUpdates
from precredit.workflows.precredit.state import StopApplication
from precredit.workflows.precredit.steps import PipelineSteps


@workflow.defn(name="PreCreditWorkflow")
class PreCreditWorkflow(BuyerUpdates, PipelineSteps):
    @workflow.init
    def __init__(self, inp: PreCreditInput) -> None:
        # The input is taken here, not in run(): an update delivered with the start must see it.
        self._init_state(inp)

    @workflow.run
    async def run(self, inp: PreCreditInput) -> PreCreditResult:
        self._timestamps["started"] = workflow.now()
        steps: list[tuple[Step, Callable[[], Any]]] = [
            (Step.IDENTITY, self._identity),
            (Step.ANTI_FRAUD, self._anti_fraud),
            (Step.AUTHORISATION, self._authorisation),
            (Step.APPROVAL, self._approval),
            (Step.DOCUMENTS, self._documents),
            (Step.CONTRACT, self._contract),
            (Step.PICKUP, self._pickup),
        ]
        try:
            for step, body in steps:
                await self._run_step(step, body)
            self._status = Status.COMPLETED
        except StopApplication as stop:
            self._status = stop.status
            self._reasons = list(dict.fromkeys([*self._reasons, *stop.reasons]))
        except asyncio.CancelledError:
            self._status = Status.CANCELLED
            self._reasons.append(Reason.CANCELLED_BY_OPERATOR)
        except ActivityError as err:
            workflow.logger.error("step %s failed after retries: %s", self._step, err.cause or err)
            self._status = Status.FAILED
            self._reasons.append(Reason.TECHNICAL_FAILURE)
        self._waiting = None
        # An update handler still verifying (e.g. a signature at the deadline) finishes first.
        await workflow.wait_condition(workflow.all_handlers_finished)
        self._timestamps["finished"] = workflow.now()
        self._upsert_search()
        await self._record(None)
        return PreCreditResult(
            application_id=inp.request.application_id,
            status=self._status,
            reason_codes=self._reasons,
            decisions=self._decisions,
            offer=self._offer,
            pickup_code_masked=self._pickup_masked,
            step_seconds=self._step_seconds,
            automated_seconds=round(sum(self._step_seconds.values()), 3),
        )

    async def _run_step(self, step: Step, body: Callable[[], Any]) -> None:
        if self._cancel is not None:
            self._stop_cancelled()
        self._step = step
        self._upsert_search()
        started, human_before = workflow.now(), self._human_seconds
        self._timestamps[f"{step.value}_started"] = started
        try:
            await body()
        finally:
            elapsed = (workflow.now() - started).total_seconds()
            self._step_seconds[step.value] = round(
                max(0.0, elapsed - (self._human_seconds - human_before)), 3
            )
            self._timestamps[f"{step.value}_finished"] = workflow.now()

    @workflow.update
    async def cancel(self, inp: CancelRequest) -> UpdateAck:
        if workflow.patched("proven-human-actions-v1"):
            claim = await self._prove(HumanAction.CANCEL, inp.proof)
            if isinstance(claim, str):
                return UpdateAck(accepted=False, message=claim)
            # Who cancelled is the verified sender's role, not what the message says.
            inp = inp.model_copy(update={"by": "buyer" if claim.role == "applicant" else "operator"})
        self._cancel = inp
        return UpdateAck(accepted=True, message="cancelling")

    @cancel.validator
    def _validate_cancel(self, inp: CancelRequest) -> None:
        self._require_running()
        if self._disbursing or self._disbursed:
            # A payment in flight cannot be called back: once it may have left, only a refund can undo it.
            raise ValueError(
                "the loan is being or has been paid out; cancellation needs an operator refund process"
            )

    @workflow.signal
    async def underwriter_decision(self, inp: UnderwriterDecision) -> None:
        self._uw_inbox.append(inp)  # a proven review verifies it (decisions.py)
        if self._waiting is not None and self._waiting.what == "underwriter":
            self._uw_decision = inp
            return
        if self._reviewing and workflow.patched("late-review-decisions-v1"):
            # Between two waits of a review (a proof being verified): the review reads it next, or
            # audits it as too late once it has decided (_refuse_late_decisions).
            return
        workflow.logger.warning("underwriter decision ignored: no review is pending")
        if not workflow.patched("stray-decision-audit-v1"):
            return
        # Sent straight to Temporal (the API refuses it first): ignored, and the audit trail says
        # so. The sender is unverified and the message's claims are not repeated anywhere.
        await self._audit_ignored_decision("no review is pending")

    @workflow.query
    def status(self) -> StatusView:
        return StatusView(
            application_id=self._req.application_id if self._input else "",
            status=self._status,
            step=self._step,
            waiting_for=self._waiting,
            decisions=self._decisions,
            reason_codes=self._reasons,
            offer=self._offer,
            risk_band=self._risk_band,
            pickup_code_masked=self._pickup_masked,
            signing_documents={k: v.sha256 for k, v in self._signing.items()},
            timestamps=self._timestamps,
            step_seconds=self._step_seconds,
        )
