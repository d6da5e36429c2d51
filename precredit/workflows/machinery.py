"""The machinery under PreCreditWorkflow: activity calls with retries, human waits with deadlines,
decisions that end or continue an application, appeals, records and search attributes.

Kept apart from the steps (`steps.py`) and the public handlers (`precredit.py`) so each reads on its
own; like them it imports only temporalio, the standard library and passed-through precredit models.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NoReturn, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import search
    from precredit.models.activities import (
        OcrRequest,
        PersonRef,
        ProgressRecord,
        ReminderRequest,
        SignatureCheck,
        SignatureResult,
        SigningDocument,
        SmsChallenge,
    )
    from precredit.models.application import PreCreditInput
    from precredit.models.decisions import ModelScore, Offer, Reason, Status, Step, StepDecision, Verdict
    from precredit.models.documents import OcrResult
    from precredit.models.messages import (
        CancelRequest,
        ReviewRequest,
        SignatureInput,
        UnderwriterDecision,
        UpdateAck,
        WaitingFor,
    )
    from precredit.workflows import texts

T = TypeVar("T")

# Activity errors of these types are business answers, never retried.
NON_RETRYABLE = ["BadInput", "BadDocument", "NotFound"]


class StopApplication(Exception):
    """Ends the application early with a terminal status (internal control flow, not an error)."""

    def __init__(self, status: Status, reasons: list[str]) -> None:
        super().__init__(status.value)
        self.status = status
        self.reasons = reasons


class PipelineMachinery:
    """State and helpers shared by the steps and the handlers (no Temporal decorators here)."""

    def _init_state(self, inp: PreCreditInput) -> None:
        self._input: PreCreditInput | None = inp
        self._status = Status.RUNNING
        self._step = Step.IDENTITY
        self._waiting: WaitingFor | None = None
        self._decisions: list[StepDecision] = []
        self._reasons: list[str] = []
        self._offer: Offer | None = None
        self._risk_band = ""
        self._timestamps: dict[str, datetime] = {}
        self._step_seconds: dict[str, float] = {}
        self._human_seconds = 0.0
        self._sms_challenge: SmsChallenge | None = None
        self._sms_ok = False
        self._sms_locked = False
        self._signing: dict[str, SigningDocument] = {}
        self._signed: dict[str, bool] = {}
        self._loan_documents = inp.request.loan_documents
        self._uw_decision: UnderwriterDecision | None = None
        self._pickup_masked: str | None = None
        self._picked_up = False
        self._disbursed = False
        self._cancel: CancelRequest | None = None
        self._review_request: ReviewRequest | None = None

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

    @property
    def _req(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.request

    @property
    def _policy(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.policy

    @property
    def _deadlines(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.deadlines

    _credit_points: int = 0

    def _require_running(self) -> None:
        if self._status != Status.RUNNING:
            raise ValueError(f"application is {self._status.value}")

    def _require_waiting(self, what: str) -> None:
        self._require_running()
        if self._waiting is None or self._waiting.what != what:
            now = self._waiting.what if self._waiting else "nothing from the buyer"
            raise ValueError(f"not waiting for {what} (waiting for {now})")

    def _validate_signature(self, what: str, kind: str, inp: SignatureInput) -> None:
        self._require_waiting(what)
        doc = self._signing.get(kind)
        if doc is None or inp.document_sha256 != doc.sha256:
            raise ValueError("signature is for a different document than the one presented")

    async def _accept_signature(self, kind: str, inp: SignatureInput) -> UpdateAck:
        doc = self._signing[kind]
        result = await self._act(
            "verify_buyer_signature",
            SignatureCheck(
                application_id=self._req.application_id, document=doc, signature_b64=inp.signature_b64
            ),
            SignatureResult,
        )
        if not result.valid:
            return UpdateAck(accepted=False, message=f"signature invalid: {result.detail}")
        self._signed[kind] = True
        return UpdateAck(accepted=True, message="signed")

    async def _collect_signature(
        self, doc: SigningDocument, what: str, timeout: float, *, remind_every: float | None = None
    ) -> None:
        self._signing[doc.kind] = doc
        reason = (
            Reason.AUTHORISATION_NOT_SIGNED
            if doc.kind == "authorisation_letter"
            else Reason.CONTRACT_NOT_SIGNED
        )
        deadline = workflow.now() + timedelta(seconds=timeout)
        reminders = 0
        while True:
            remaining = (deadline - workflow.now()).total_seconds()
            window = min(remaining, remind_every) if remind_every else remaining
            signed = await self._wait_human(
                what, lambda: self._signed.get(doc.kind, False), window, deadline=deadline
            )
            if signed:
                return
            if (deadline - workflow.now()).total_seconds() <= 0.001:
                await self._decide(
                    self._step, "decline", [reason], {"reminders": str(reminders)}, Status.EXPIRED
                )
            reminders += 1
            await self._act(
                "send_reminder",
                ReminderRequest(
                    application_id=self._req.application_id,
                    phone=self._req.applicant.phone,
                    text=texts.SIGN_REMINDER,
                    idempotency_key=f"{self._req.application_id}:{doc.kind}:reminder:{reminders}",
                ),
                type(None),
            )

    async def _wait_human(
        self, what: str, done: Callable[[], bool], timeout: float, *, deadline: datetime | None = None
    ) -> bool:
        """Waits for a person with a deadline; time spent here is not counted as processing time."""
        if done():
            return True
        since = workflow.now()
        self._waiting = WaitingFor(
            what=what,  # type: ignore[arg-type]
            since=since,
            deadline=deadline or since + timedelta(seconds=timeout),
        )
        self._upsert_search()
        try:
            await workflow.wait_condition(
                lambda: done() or self._cancel is not None, timeout=timedelta(seconds=max(timeout, 0.001))
            )
        except TimeoutError:
            return False
        finally:
            self._human_seconds += (workflow.now() - since).total_seconds()
            self._waiting = None
            self._upsert_search()
        if self._cancel is not None and not done():
            self._stop_cancelled()
        return True

    async def _underwriter_review(
        self, step: Step, reasons: list[str], detail: dict[str, str], *, score: ModelScore | None = None
    ) -> None:
        await self._decide(step, "review", reasons, detail, score=score, final=False)
        self._uw_decision = None
        arrived = await self._wait_human(
            "underwriter", lambda: self._uw_decision is not None, self._deadlines.underwriter
        )
        if not arrived or self._uw_decision is None:
            await self._decide(step, "decline", [Reason.UNDERWRITER_TIMEOUT], detail, Status.EXPIRED)
        decision = self._uw_decision
        assert decision is not None
        who = f"underwriter:{decision.underwriter_id}"
        if decision.decision == "reject":
            await self._decide(
                step,
                "decline",
                [Reason.UNDERWRITER_REJECTED, *reasons],
                {"reason": decision.reason},
                decided_by=who,
            )
        await self._decide(step, "pass", [], {"reason": decision.reason}, decided_by=who)

    async def _decide(
        self,
        step: Step,
        verdict: Verdict,
        reasons: list[str],
        detail: dict[str, str] | None = None,
        status: Status = Status.DECLINED,
        *,
        score: ModelScore | None = None,
        decided_by: str = "system",
        final: bool = True,
    ) -> None:
        """Records a decision; a decline (or expiry) ends the application by raising StopApplication."""
        decision = StepDecision(
            step=step,
            verdict=verdict,
            reason_codes=[str(r) for r in reasons],
            detail=detail or {},
            score=score,
            decided_by=decided_by,
            at=workflow.now(),
        )
        self._decisions.append(decision)
        if verdict == "decline":
            self._status = status
            self._reasons = list(dict.fromkeys([*self._reasons, *decision.reason_codes]))
        await self._record(decision)
        if verdict == "decline":
            if score is not None and status == Status.DECLINED and await self._appeal(step, decision):
                return  # a person overturned the model: the step carries on as passed
            raise StopApplication(status, decision.reason_codes)

    async def _appeal(self, step: Step, decline: StepDecision) -> bool:
        """A model-based decline stays open for the appeal window; asked in time, an underwriter
        decides. Added after the first release, hence the patch marker for histories without it."""
        if not workflow.patched("appeal-window-v1") or self._deadlines.appeal_window <= 0:
            return False
        before = [r for r in self._reasons if r not in decline.reason_codes]
        asked = await self._wait_human(
            "review_request", lambda: self._review_request is not None, self._deadlines.appeal_window
        )
        if not asked or self._review_request is None:
            return False
        self._status, self._reasons = Status.RUNNING, before
        detail = {"appeal": self._review_request.reason[:200]}
        await self._underwriter_review(step, [*decline.reason_codes, "APPEAL"], detail)
        return True

    def _stop_cancelled(self) -> NoReturn:
        assert self._cancel is not None
        reason = Reason.CANCELLED_BY_BUYER if self._cancel.by == "buyer" else Reason.CANCELLED_BY_OPERATOR
        raise StopApplication(Status.CANCELLED, [reason])

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
    ) -> T:
        """`give_up_after` replaces the attempt cap by a total time (retrying hourly at most)."""
        assert self._input is not None
        x = self._input.execution
        return await workflow.execute_activity(
            name,
            arg,
            result_type=result_type,
            start_to_close_timeout=timedelta(seconds=timeout or x.activity_timeout),
            schedule_to_close_timeout=timedelta(seconds=give_up_after) if give_up_after else None,
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=3600 if give_up_after else x.max_retry_interval),
                maximum_attempts=0 if give_up_after else x.max_attempts,
                non_retryable_error_types=[*NON_RETRYABLE, "DisbursementRejected"],
            ),
        )
