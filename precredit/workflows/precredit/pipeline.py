"""What a step works with, composed once per application: the state, activity calls, reports,
waits for people, decisions and signatures. Each part is a small object over the one `Application`
state; steps are plain functions of a `Pipeline` and return what the next step needs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import OcrRequest
    from precredit.models.application import PreCreditInput
    from precredit.models.decisions import Step
    from precredit.models.documents import DocumentKind, OcrResult
    from precredit.models.errors import PRECREDIT_NON_RETRYABLE, ErrorType

from precredit.workflows.precredit.decisions import Decisions
from precredit.workflows.precredit.records import Reports
from precredit.workflows.precredit.signatures import Signatures
from precredit.workflows.precredit.state import Application
from precredit.workflows.precredit.waits import People
from precredit.workflows.primitives import Activities, CallRules, SmsCode

T = TypeVar("T")


@dataclass(frozen=True)
class Pipeline:
    app: Application
    activities: Activities
    reports: Reports
    people: People
    decisions: Decisions
    signatures: Signatures
    sms: SmsCode

    @classmethod
    def build(cls, inp: PreCreditInput) -> Pipeline:
        app = Application.start(inp)
        x = inp.execution
        activities = Activities(
            CallRules(
                activity_timeout=x.activity_timeout,
                max_attempts=x.max_attempts,
                max_retry_interval=x.max_retry_interval,
                non_retryable=PRECREDIT_NON_RETRYABLE,
                heavy_heartbeat_timeout=x.heavy_heartbeat_timeout,
            )
        )
        reports = Reports(app, activities)
        people = People(app, reports)
        decisions = Decisions(app, activities, reports, people)
        signatures = Signatures(app, activities, people, decisions)
        return cls(app, activities, reports, people, decisions, signatures, SmsCode(activities))

    async def run_step(self, step: Step, body: Callable[[], Awaitable[T]]) -> T:
        """Runs one step, timing its processing (time spent waiting for people not counted)."""
        app = self.app
        if app.cancel is not None:
            self.people.stop_cancelled()
        app.step = step
        self.reports.upsert_search()
        started, human_before = workflow.now(), app.human_seconds
        app.timestamps[f"{step.value}_started"] = started
        try:
            return await body()
        finally:
            elapsed = (workflow.now() - started).total_seconds()
            app.step_seconds[step.value] = round(max(0.0, elapsed - (app.human_seconds - human_before)), 3)
            app.timestamps[f"{step.value}_finished"] = workflow.now()

    async def ocr(self, kind: DocumentKind, ref: str, claims: dict[str, str] | None = None) -> OcrResult:
        """Reads one document on the heavy queue; a document that cannot be read as its kind is a
        finding (an empty result with the reason), not a failure. `claims` are judged against the
        print (`OcrResult.claim_fit`)."""
        x = self.app.execution
        try:
            return await self.activities.run(
                acts.OCR_DOCUMENT,
                OcrRequest(
                    application_id=self.app.req.application_id,
                    kind=kind,
                    document_ref=ref,
                    claims=claims or {},
                ),
                timeout=x.ocr_timeout,
                task_queue=x.heavy_task_queue,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == ErrorType.BAD_DOCUMENT:
                return OcrResult(
                    kind=kind,
                    fields={},
                    confidence={},
                    warnings=[f"unreadable document: {err.cause.message}"],
                )
            raise
