"""The CardBindingWorkflow class: runs a bind or an unbind and answers its messages (the SMS code
and selfie updates, the reviewer's and the replacement signals, the status query). Its state is one
`Card` (state.py); the steps are functions in `bind.py`, `unbind.py`, `high_risk.py` and `sms.py`."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
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

from precredit.workflows.card_binding.bind import bind
from precredit.workflows.card_binding.state import CardOps, StopCard
from precredit.workflows.card_binding.unbind import unbind
from precredit.workflows.primitives import PublishedView, until_open


@workflow.defn(name="CardBindingWorkflow")
class CardBindingWorkflow:
    @workflow.init
    def __init__(self, inp: CardBindingInput) -> None:
        self._ops = CardOps.build(inp, workflow.info().workflow_id)
        self._card = self._ops.card
        self._view = PublishedView(self.status)

    @workflow.run
    async def run(self, inp: CardBindingInput) -> CardBindingResult:
        ops, card = self._ops, self._card
        self._view.start()
        try:
            await (bind(ops) if inp.operation == "bind" else unbind(ops))
        except StopCard as end:
            card.status, card.reasons = end.status, end.reasons
        except ActivityError as err:
            workflow.logger.error("card %s failed after retries: %s", inp.operation, err.cause or err)
            card.status, card.reasons = CardStatus.FAILED, [CardReason.TECHNICAL_FAILURE]
        card.waiting = None
        await workflow.wait_condition(workflow.all_handlers_finished)  # an early SMS code is answered
        await ops.audit(
            f"card.{inp.operation}.finished",
            {"status": card.status.value, "reasons": ",".join(card.reasons)},
        )
        self._view.publish()
        return CardBindingResult(
            workflow_id=workflow.info().workflow_id,
            operation=inp.operation,
            status=card.status,
            binding_id=card.binding_id,
            card_masked=card.card_masked,
            risk=card.risk,
            reason_codes=card.reasons,
            alerts=card.alerts,
        )

    @workflow.update
    async def submit_sms_code(self, inp: CardSmsInput) -> CardUpdateAck:
        card = self._card
        # Typed before the task after the sending ran (or seen by a query ahead of it): wait for the
        # wait to open.
        if not await until_open(
            lambda: card.waiting == "sms_code",
            lambda: card.step != "sms_code" or card.status != CardStatus.RUNNING,
        ):
            return CardUpdateAck(accepted=False, message="no SMS code is awaited")
        with card.answers.checking("sms_code"):
            result = await self._ops.sms.verify(inp.code, expiry_locks=True)
        if result.ok:
            return CardUpdateAck(accepted=True, message="code confirmed", attempts_left=result.attempts_left)
        message = (
            "too many wrong codes" if result.locked else "code expired" if result.expired else "wrong code"
        )
        return CardUpdateAck(accepted=False, message=message, attempts_left=result.attempts_left)

    @submit_sms_code.validator
    def _validate_sms(self, inp: CardSmsInput) -> None:
        # In the SMS step before its wait opens, the code may be the one just sent (see the handler).
        sms = self._ops.sms
        if self._card.step != "sms_code" or sms.ok or sms.locked:
            raise ValueError("no SMS code is awaited")
        if not (inp.code.isdigit() and len(inp.code) == 6):
            raise ValueError("the code is six digits")

    @workflow.update
    async def submit_selfie(self, inp: SelfieInput) -> CardUpdateAck:
        self._card.selfie_ref = inp.selfie_ref
        return CardUpdateAck(accepted=True, message="selfie received")

    @submit_selfie.validator
    def _validate_selfie(self, inp: SelfieInput) -> None:
        if self._card.waiting != "selfie":
            raise ValueError("no selfie is awaited")
        if not inp.selfie_ref.strip():
            raise ValueError("selfie_ref is empty")

    @workflow.signal
    def review_decision(self, decision: ReviewDecision) -> None:
        # Kept even when early, but the review discards an early one: a decision taken before the
        # face match was known is not a review of it.
        card = self._card
        card.review_inbox.append(decision)  # proven one by one by the review
        if card.review is None:
            card.review = decision
            card.review_early = card.step != "review"

    @workflow.signal
    def replacement_bound(self, notice: ReplacementNotice) -> None:
        self._card.replacement_nudged = True

    @workflow.query
    def status(self) -> CardView:
        """Also kept in the memo (`PublishedView`), where readers find it without a replay."""
        card = self._card
        return CardView(
            workflow_id=workflow.info().workflow_id,
            operation=card.input.operation,
            status=card.status,
            step=card.step,
            waiting_for=card.waiting,
            card_masked=card.card_masked,
            binding_id=card.binding_id,
            risk=card.risk,
            reason_codes=card.reasons,
            events=card.events,
        )
