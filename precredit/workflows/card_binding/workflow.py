"""The CardBindingWorkflow class: runs a bind or an unbind and answers its messages (the SMS code
and selfie updates, the reviewer's and the replacement signals, the status query)."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SmsVerifyRequest, SmsVerifyResult
    from precredit.models.cards import (
        CardBindingInput,
        CardBindingResult,
        CardReason,
        CardSmsInput,
        CardStatus,
        CardUpdateAck,
        CardView,
        ReplacementNotice,
        ReviewDecision,
        SelfieInput,
    )

from precredit.workflows.card_binding.bind import CardBind
from precredit.workflows.card_binding.state import StopCard
from precredit.workflows.card_binding.unbind import CardUnbind


@workflow.defn(name="CardBindingWorkflow")
class CardBindingWorkflow(CardBind, CardUnbind):
    @workflow.run
    async def run(self, inp: CardBindingInput) -> CardBindingResult:
        self._inp = inp
        self._selfie_ref = inp.selfie_ref
        wf_id = workflow.info().workflow_id
        # A binding is named after the workflow that bound it; an unbind names the binding it ends.
        self._binding_id = wf_id if inp.operation == "bind" else (inp.binding_id or "")
        try:
            await (self._bind() if inp.operation == "bind" else self._unbind())
        except StopCard as end:
            self._status, self._reasons = end.status, end.reasons
        except ActivityError as err:
            workflow.logger.error("card %s failed after retries: %s", inp.operation, err.cause or err)
            self._status, self._reasons = CardStatus.FAILED, [CardReason.TECHNICAL_FAILURE]
        self._waiting = None
        await workflow.wait_condition(workflow.all_handlers_finished)  # an early SMS code is answered
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

    @workflow.update
    async def submit_sms_code(self, inp: CardSmsInput) -> CardUpdateAck:
        if self._waiting != "sms_code":
            # Typed before the task after the sending ran (or seen by a query ahead of it): wait for
            # the wait to open. No command; an update recorded before this was accepted while waiting.
            await workflow.wait_condition(
                lambda: (
                    self._waiting == "sms_code"
                    or self._step != "sms_code"
                    or self._status != CardStatus.RUNNING
                )
            )
            if self._waiting != "sms_code":
                return CardUpdateAck(accepted=False, message="no SMS code is awaited")
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
        # In the SMS step before its wait opens, the code may be the one just sent (see the handler).
        if self._step != "sms_code" or self._sms_ok or self._sms_locked:
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
        # Kept even when early, but `_manual_review` discards an early one: a decision taken before
        # the face match was known is not a review of it.
        self._review_inbox.append(decision)  # proven one by one by `_proven_review`
        if self._review is None:
            self._review = decision
            self._review_early = self._step != "review"

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
