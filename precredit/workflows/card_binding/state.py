"""What every card step shares: the workflow's state, the control-flow exception that ends an
operation, and three primitives (an activity call with the card retry policy, an audit event, a wait
with a deadline). Activities are referenced by name, so no activity code is imported here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SmsChallenge
    from precredit.models.cards import (
        CardAuditRecord,
        CardBindingInput,
        CardEvent,
        CardStatus,
        ReviewDecision,
    )

T = TypeVar("T")
NON_RETRYABLE = ["BadInput", "NotFound", "CardAlreadyBound"]


class StopCard(Exception):
    """Ends the operation with a status and reason codes (internal control flow, not an error)."""

    def __init__(self, status: CardStatus, reasons: list[str]) -> None:
        super().__init__(status.value)
        self.status, self.reasons = status, reasons


class CardState:
    """State and primitives shared by the bind and unbind steps (no Temporal decorators here)."""

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
        self._review_inbox: list[ReviewDecision] = []  # every decision signalled, proven or not
        self._review_early = False  # the decision came before the review was requested
        self._replacement_nudged = False

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

    async def _act(self, name: str, arg: Any, result_type: type[T], *, task_queue: str | None = None) -> T:
        x = self._in.execution
        return await workflow.execute_activity(
            name,
            arg,
            result_type=result_type,
            task_queue=task_queue,
            start_to_close_timeout=timedelta(seconds=x.activity_timeout),
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=x.max_retry_interval),
                maximum_attempts=x.max_attempts,
                non_retryable_error_types=NON_RETRYABLE,
            ),
        )
