"""CardBindingWorkflow (SPEC §2): bind a repayment card, or unbind one, as pure orchestration.

Bind: four-element verification (name, ID number, card, phone), then an SMS code entered through
the `submit_sms_code` update. Unbind: refused while the card is the only repayment card of a loan
in repayment (the workflow waits, with a deadline, for a replacement), a fresh SMS code, and for
high-risk accounts a face match and the manual `review_decision` signal. Every step writes an
audit event. Activities are referenced by name; business failures end the workflow with a status
and stable reason codes, not an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        FaceMatchRequest,
        SmsChallenge,
        SmsChallengeRequest,
        SmsVerifyRequest,
        SmsVerifyResult,
    )
    from precredit.models.cards import (
        CardAuditRecord,
        CardBinding,
        CardBindingInput,
        CardBindingResult,
        CardElementsRequest,
        CardEvent,
        CardReason,
        CardSmsInput,
        CardStatus,
        CardStoreRequest,
        CardUpdateAck,
        CardVerification,
        CardView,
        ReplacementNotice,
        ReviewDecision,
        SelfieInput,
        UnbindCheck,
        UnbindCheckRequest,
        UnbindOutcome,
        UnbindRequest,
    )
    from precredit.models.thirdparty import FaceMatch

T = TypeVar("T")
NON_RETRYABLE = ["BadInput", "NotFound", "CardAlreadyBound"]


class _End(Exception):
    def __init__(self, status: CardStatus, reasons: list[str]) -> None:
        super().__init__(status.value)
        self.status, self.reasons = status, reasons


@workflow.defn(name="CardBindingWorkflow")
class CardBindingWorkflow:
    def __init__(self) -> None:
        self._inp: CardBindingInput | None = None
        self._status = CardStatus.RUNNING
        self._step = "start"
        self._waiting: str | None = None
        self._card_masked = ""
        self._binding_id = ""
        self._risk = ""
        self._reasons: list[str] = []
        self._events: list[CardEvent] = []
        self._alerts: list[str] = []
        self._challenge: SmsChallenge | None = None
        self._sms_ok = False
        self._sms_locked = False
        self._selfie_ref: str | None = None
        self._review: ReviewDecision | None = None
        self._replacement_nudged = False

    @workflow.run
    async def run(self, inp: CardBindingInput) -> CardBindingResult:
        self._inp = inp
        self._selfie_ref = inp.selfie_ref
        wf_id = workflow.info().workflow_id
        # A binding is named after the workflow that bound it; an unbind names the binding it ends.
        self._binding_id = wf_id if inp.operation == "bind" else (inp.binding_id or "")
        try:
            await (self._bind() if inp.operation == "bind" else self._unbind())
        except _End as end:
            self._status, self._reasons = end.status, end.reasons
        except ActivityError as err:
            workflow.logger.error("card %s failed after retries: %s", inp.operation, err.cause or err)
            self._status, self._reasons = CardStatus.FAILED, [CardReason.TECHNICAL_FAILURE]
        self._waiting = None
        await self._audit(
            f"card.{inp.operation}.finished",
            {"status": self._status.value, "reasons": ",".join(self._reasons)},
        )
        return CardBindingResult(
            workflow_id=workflow.info().workflow_id,
            operation=inp.operation,
            status=self._status,
            binding_id=self._binding_id,
            card_masked=self._card_masked,
            risk=self._risk,
            reason_codes=self._reasons,
            alerts=self._alerts,
        )

    # ------------------------------------------------------------------ bind

    async def _bind(self) -> None:
        inp = self._in
        if not inp.card_number:
            raise _End(CardStatus.REJECTED, [CardReason.CARD_LENGTH_INVALID])
        await self._audit("card.bind.requested", {})
        self._step = "verify_elements"
        check = await self._act(
            "verify_card_elements",
            CardElementsRequest(
                binding_id=self._binding_id,
                user_id=inp.user_id,
                name=inp.name,
                id_number=inp.id_number,
                phone=inp.phone,
                card_number=inp.card_number,
            ),
            CardVerification,
        )
        self._card_masked = check.card_masked
        await self._audit(
            "card.bind.verified", {"ok": str(check.ok), "reason": check.reason_code or "", "bank": check.bank}
        )
        if not check.ok:
            raise _End(CardStatus.REJECTED, [check.reason_code or CardReason.ELEMENTS_MISMATCH])
        await self._confirm_sms("card_bind")
        self._step = "store"
        try:
            binding = await self._act(
                "store_card_binding",
                CardStoreRequest(
                    binding_id=self._binding_id,
                    user_id=inp.user_id,
                    workflow_id=workflow.info().workflow_id,
                    card_number=inp.card_number,
                    bank=check.bank,
                    card_type=check.card_type,
                ),
                CardBinding,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "CardAlreadyBound":
                raise _End(CardStatus.REJECTED, [CardReason.CARD_ALREADY_BOUND]) from err
            raise
        await self._audit("card.bind.bound", {"bank": binding.bank})
        self._status = CardStatus.BOUND

    # ---------------------------------------------------------------- unbind

    async def _unbind(self) -> None:
        inp = self._in
        await self._audit("card.unbind.requested", {})
        check = await self._check_unbind()
        if not check.found or check.status != "BOUND":
            raise _End(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
        if check.only_repayment_card:
            check = await self._wait_for_replacement(check)
        await self._confirm_sms("card_unbind")
        if check.risk == "high":
            await self._face_match()
            await self._manual_review()
        self._step = "unbind"
        outcome = await self._act(
            "unbind_card",
            UnbindRequest(
                binding_id=self._binding_id,
                user_id=inp.user_id,
                workflow_id=workflow.info().workflow_id,
                risk=self._risk,
            ),
            UnbindOutcome,
        )
        if not outcome.unbound:
            await self._audit("card.unbind.refused", {"reason": outcome.reason_code or ""})
            status = (
                CardStatus.BLOCKED
                if outcome.reason_code == CardReason.ONLY_REPAYMENT_CARD
                else CardStatus.REJECTED
            )
            raise _End(status, [outcome.reason_code or CardReason.CARD_NOT_BOUND])
        self._alerts = outcome.alerts
        await self._audit("card.unbind.unbound", {"alerts": str(len(outcome.alerts))})
        self._status = CardStatus.UNBOUND

    async def _check_unbind(self) -> UnbindCheck:
        self._step = "check"
        check = await self._act(
            "check_card_unbind",
            UnbindCheckRequest(
                binding_id=self._binding_id, user_id=self._in.user_id, high_risk=self._in.high_risk
            ),
            UnbindCheck,
        )
        self._card_masked, self._risk = check.card_masked, check.risk
        await self._audit(
            "card.unbind.checked",
            {
                "found": str(check.found),
                "only_repayment_card": str(check.only_repayment_card),
                "risk": check.risk,
                "risk_reasons": ",".join(check.risk_reasons),
            },
        )
        return check

    async def _wait_for_replacement(self, check: UnbindCheck) -> UnbindCheck:
        """Blocked until another repayment card is bound: recheck on each poll or on the signal."""
        d = self._in.deadlines
        deadline = workflow.now() + timedelta(seconds=d.replacement)
        while check.only_repayment_card:
            left = (deadline - workflow.now()).total_seconds()
            if left <= 0:
                raise _End(CardStatus.BLOCKED, [CardReason.ONLY_REPAYMENT_CARD])
            self._replacement_nudged = False
            await self._wait(
                "replacement_card", lambda: self._replacement_nudged, min(left, d.replacement_poll)
            )
            check = await self._check_unbind()
            if not check.found or check.status != "BOUND":
                raise _End(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
        return check

    async def _face_match(self) -> None:
        self._step = "face_match"
        if self._selfie_ref is None:
            await self._wait("selfie", lambda: self._selfie_ref is not None, self._in.deadlines.selfie)
        if self._selfie_ref is None:
            await self._audit("card.unbind.face", {"matched": "False", "reason": "no selfie"})
            raise _End(CardStatus.EXPIRED, [CardReason.FACE_NOT_PROVIDED])
        face = await self._act(
            "match_face",
            FaceMatchRequest(
                application_id=workflow.info().workflow_id,
                id_number=self._in.id_number,
                selfie_ref=self._selfie_ref,
            ),
            FaceMatch,
        )
        ok = face.matched and face.liveness_ok
        await self._audit(
            "card.unbind.face",
            {"matched": str(ok), "similarity": f"{face.similarity:.3f}", "liveness": str(face.liveness_ok)},
        )
        if not ok:
            raise _End(CardStatus.REJECTED, [CardReason.FACE_MISMATCH])

    async def _manual_review(self) -> None:
        self._step = "review"
        await self._audit("card.unbind.review_requested", {"risk": self._risk})
        await self._wait("review", lambda: self._review is not None, self._in.deadlines.review)
        review = self._review
        if review is None:
            await self._audit("card.unbind.reviewed", {"decision": "timeout"})
            raise _End(CardStatus.EXPIRED, [CardReason.REVIEW_TIMEOUT])
        await self._audit(
            "card.unbind.reviewed",
            {"decision": review.decision, "reason": review.reason},
            actor=f"reviewer:{review.reviewer_id}",
        )
        if review.decision == "reject":
            raise _End(CardStatus.REJECTED, [CardReason.REVIEW_REJECTED])

    # ------------------------------------------------------------------ SMS

    async def _confirm_sms(self, purpose: str) -> None:
        """A fresh code per workflow and purpose (the challenge id is the workflow id + purpose)."""
        inp = self._in
        self._step = "sms_code"
        self._sms_ok = self._sms_locked = False
        self._challenge = await self._act(
            "send_sms_code",
            SmsChallengeRequest(
                application_id=workflow.info().workflow_id,
                phone=inp.phone,
                purpose=purpose,
                ttl_seconds=inp.deadlines.sms_code,
                max_attempts=inp.sms_max_attempts,
            ),
            SmsChallenge,
        )
        await self._audit("card.sms.sent", {"purpose": purpose, "phone": self._challenge.phone_masked})
        await self._wait("sms_code", lambda: self._sms_ok or self._sms_locked, inp.deadlines.sms_code)
        confirmed = self._sms_ok
        await self._audit("card.sms.checked", {"purpose": purpose, "confirmed": str(confirmed)})
        if not confirmed:
            raise _End(
                CardStatus.EXPIRED if not self._sms_locked else CardStatus.REJECTED,
                [CardReason.SMS_LOCKED if self._sms_locked else CardReason.SMS_NOT_CONFIRMED],
            )

    # ------------------------------------------------------ messages

    @workflow.update
    async def submit_sms_code(self, inp: CardSmsInput) -> CardUpdateAck:
        assert self._challenge is not None
        result = await self._act(
            "verify_sms_code",
            SmsVerifyRequest(challenge_id=self._challenge.challenge_id, code=inp.code),
            SmsVerifyResult,
        )
        if result.ok:
            self._sms_ok = True
            return CardUpdateAck(accepted=True, message="code confirmed", attempts_left=result.attempts_left)
        self._sms_locked = result.locked or result.expired
        message = (
            "too many wrong codes" if result.locked else "code expired" if result.expired else "wrong code"
        )
        return CardUpdateAck(accepted=False, message=message, attempts_left=result.attempts_left)

    @submit_sms_code.validator
    def _validate_sms(self, inp: CardSmsInput) -> None:
        if self._waiting != "sms_code" or self._challenge is None or self._sms_ok or self._sms_locked:
            raise ValueError("no SMS code is awaited")
        if not (inp.code.isdigit() and len(inp.code) == 6):
            raise ValueError("the code is six digits")

    @workflow.update
    async def submit_selfie(self, inp: SelfieInput) -> CardUpdateAck:
        self._selfie_ref = inp.selfie_ref
        return CardUpdateAck(accepted=True, message="selfie received")

    @submit_selfie.validator
    def _validate_selfie(self, inp: SelfieInput) -> None:
        if self._waiting != "selfie":
            raise ValueError("no selfie is awaited")
        if not inp.selfie_ref.strip():
            raise ValueError("selfie_ref is empty")

    @workflow.signal
    def review_decision(self, decision: ReviewDecision) -> None:
        # Accepted early too: a reviewer may decide while the user is still entering the code.
        if self._review is None:
            self._review = decision

    @workflow.signal
    def replacement_bound(self, notice: ReplacementNotice) -> None:
        self._replacement_nudged = True

    @workflow.query
    def status(self) -> CardView:
        return CardView(
            workflow_id=workflow.info().workflow_id,
            operation=self._inp.operation if self._inp else "",
            status=self._status,
            step=self._step,
            waiting_for=self._waiting,
            card_masked=self._card_masked,
            binding_id=self._binding_id,
            risk=self._risk,
            reason_codes=self._reasons,
            events=self._events,
        )

    # ------------------------------------------------------------ helpers

    @property
    def _in(self) -> CardBindingInput:
        assert self._inp is not None
        return self._inp

    async def _wait(self, what: str, done: Callable[[], bool], timeout: float) -> bool:
        if done():
            return True
        self._waiting = what
        try:
            await workflow.wait_condition(done, timeout=timedelta(seconds=max(timeout, 0.001)))
            return True
        except TimeoutError:
            return False
        finally:
            self._waiting = None

    async def _audit(self, action: str, detail: dict[str, str], *, actor: str = "") -> None:
        outcome = ";".join(f"{k}={v}" for k, v in detail.items())
        self._events.append(CardEvent(step=action, outcome=outcome, at=workflow.now()))
        await self._act(
            "record_card_audit",
            CardAuditRecord(
                workflow_id=workflow.info().workflow_id,
                user_id=self._in.user_id,
                actor=actor,
                action=action,
                detail={"card": self._card_masked, "binding_id": self._binding_id, **detail},
            ),
            type(None),
        )

    async def _act(self, name: str, arg: Any, result_type: type[T]) -> T:
        x = self._in.execution
        return await workflow.execute_activity(
            name,
            arg,
            result_type=result_type,
            start_to_close_timeout=timedelta(seconds=x.activity_timeout),
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=x.max_retry_interval),
                maximum_attempts=x.max_attempts,
                non_retryable_error_types=NON_RETRYABLE,
            ),
        )
