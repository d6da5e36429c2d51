"""The card workflow's state, in one object, and what its steps work with: activity calls with the
card retry rules, the audit trail, waits with a deadline and the SMS code (the primitives are shared
with PreCreditWorkflow, `precredit.workflows.primitives`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.cards import (
        CardAuditRecord,
        CardBindingInput,
        CardEvent,
        CardStatus,
        ReviewDecision,
    )
    from precredit.models.errors import CARD_NON_RETRYABLE

from precredit.workflows.primitives import Activities, Answers, CallRules, SmsCode, Stop, wait_until


class StopCard(Stop[CardStatus]):
    """Ends the operation with a status and reason codes (internal control flow, not an error)."""


@dataclass
class Card:
    """Everything the workflow knows of one bind or unbind; the status query is a view of it."""

    input: CardBindingInput
    binding_id: str
    selfie_ref: str | None
    status: CardStatus = CardStatus.RUNNING
    step: str = "start"
    waiting: str | None = None
    card_masked: str = ""
    risk: str = ""
    reasons: list[str] = field(default_factory=list)
    events: list[CardEvent] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    review: ReviewDecision | None = None
    review_inbox: list[ReviewDecision] = field(default_factory=list)  # every decision signalled
    review_early: bool = False  # the decision came before the review was requested
    replacement_nudged: bool = False
    answers: Answers = field(default_factory=Answers)  # being checked; see primitives.Answers


@dataclass(frozen=True)
class CardOps:
    """The state and the parts every card step uses."""

    card: Card
    activities: Activities
    sms: SmsCode

    @classmethod
    def build(cls, inp: CardBindingInput, workflow_id: str) -> CardOps:
        # A binding is named after the workflow that bound it; an unbind names the binding it ends.
        card = Card(
            input=inp,
            binding_id=workflow_id if inp.operation == "bind" else (inp.binding_id or ""),
            selfie_ref=inp.selfie_ref,
        )
        x = inp.execution
        activities = Activities(
            CallRules(
                activity_timeout=x.activity_timeout,
                max_attempts=x.max_attempts,
                max_retry_interval=x.max_retry_interval,
                non_retryable=CARD_NON_RETRYABLE,
            )
        )
        return cls(card, activities, SmsCode(activities))

    async def wait(self, what: str, done: Callable[[], bool], timeout: float) -> bool:
        """Waits for a person (shown as `waiting` in the status query) until `timeout` seconds."""
        if done():
            return True
        self.card.waiting = what
        try:
            # An answer given while the wait was open but still being checked counts.
            return await wait_until(done, timeout) or await self.card.answers.settle(what, done)
        finally:
            self.card.waiting = None

    async def audit(self, action: str, detail: dict[str, str], *, actor: str = "") -> None:
        card = self.card
        outcome = ";".join(f"{k}={v}" for k, v in detail.items())
        card.events.append(CardEvent(step=action, outcome=outcome, at=workflow.now()))
        await self.activities.run(
            acts.RECORD_CARD_AUDIT,
            CardAuditRecord(
                workflow_id=workflow.info().workflow_id,
                user_id=card.input.user_id,
                actor=actor,
                action=action,
                detail={"card": card.card_masked, "binding_id": card.binding_id, **detail},
            ),
        )
