"""Activity calls with the pipeline's retry policy, and what every step reports: progress records,
OCR runs (an unreadable document is a finding, not a failure) and search attributes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import search
    from precredit.models.activities import OcrRequest, PersonRef, ProgressRecord
    from precredit.models.decisions import StepDecision
    from precredit.models.documents import OcrResult
    from precredit.models.proofs import HumanAction, ProofCheck, ProofVerdict, VerifiedClaim

from precredit.workflows.precredit.state import PipelineState

T = TypeVar("T")

# Activity errors of these types are business answers, never retried.
NON_RETRYABLE = ["BadInput", "BadDocument", "NotFound"]


class PipelineCalls(PipelineState):
    async def _record(self, decision: StepDecision | None) -> None:
        await self._act(
            "record_progress",
            ProgressRecord(
                application_id=self._req.application_id,
                workflow_id=workflow.info().workflow_id,
                dealer_id=self._req.vehicle.dealer_id,
                applicant=self._person(),
                status=self._status.value,
                step=self._step.value,
                risk_band=self._risk_band,
                decision=decision,
                offer=self._offer,
                at=workflow.now(),
            ),
            type(None),
        )

    def _person(self) -> PersonRef:
        a = self._req.applicant
        return PersonRef(
            application_id=self._req.application_id, name=a.name, id_number=a.id_number, phone=a.phone
        )

    async def _prove(
        self, action: HumanAction, proof: str, *, decision: str = "", claimed_subject: str = ""
    ) -> VerifiedClaim | str:
        """The verified sender of a human message, or why it is not believed (already audited by
        the activity). A message never says who sent it; its signed proof does."""
        verdict = await self._act(
            "verify_human_action",
            ProofCheck(
                proof=proof,
                action=action,
                object_id=self._req.application_id,
                decision=decision,
                claimed_subject=claimed_subject,
            ),
            ProofVerdict,
        )
        if not verdict.ok or verdict.claim is None:
            return f"not accepted: {verdict.message or verdict.refusal or 'no valid proof'}"
        return verdict.claim

    def _upsert_search(self) -> None:
        workflow.upsert_search_attributes(
            [
                search.STATUS.value_set(self._status.value),
                search.STEP.value_set(self._step.value),
                search.DEALER.value_set(self._req.vehicle.dealer_id),
                search.RISK_BAND.value_set(self._risk_band or "unscored"),
                search.WAITING_FOR.value_set(self._waiting.what if self._waiting else "none"),
            ]
        )

    async def _ocr(self, kind: str, ref: str) -> OcrResult:
        try:
            return await self._act(
                "ocr_document",
                OcrRequest(application_id=self._req.application_id, kind=kind, document_ref=ref),  # type: ignore[arg-type]
                OcrResult,
                timeout=self._input.execution.ocr_timeout if self._input else None,
                task_queue=self._input.execution.heavy_task_queue if self._input else None,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "BadDocument":
                return OcrResult(
                    kind=kind,  # type: ignore[arg-type]
                    fields={},
                    confidence={},
                    warnings=[f"unreadable document: {err.cause.message}"],
                )
            raise

    async def _act(
        self,
        name: str,
        arg: Any,
        result_type: type[T],
        *,
        timeout: float | None = None,
        give_up_after: float | None = None,
        task_queue: str | None = None,
    ) -> T:
        """`give_up_after` replaces the attempt cap by a total time (retrying hourly at most);
        `task_queue` sends CPU-heavy work to the workers sized for it (None: the workflow's queue)."""
        assert self._input is not None
        x = self._input.execution
        return await workflow.execute_activity(
            name,
            arg,
            result_type=result_type,
            task_queue=task_queue,
            start_to_close_timeout=timedelta(seconds=timeout or x.activity_timeout),
            # Heavy activities heartbeat from their worker process (activities/heartbeat.py).
            heartbeat_timeout=(
                timedelta(seconds=x.heavy_heartbeat_timeout)
                if task_queue and x.heavy_heartbeat_timeout
                else None
            ),
            schedule_to_close_timeout=timedelta(seconds=give_up_after) if give_up_after else None,
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=3600 if give_up_after else x.max_retry_interval),
                maximum_attempts=0 if give_up_after else x.max_attempts,
                non_retryable_error_types=[*NON_RETRYABLE, "DisbursementRejected"],
            ),
        )
