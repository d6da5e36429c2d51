"""What every workflow of this project is built from: calling an activity by its typed reference with
the workflow's timeouts and retry rules, waiting with a deadline, waiting for a wait to open, an SMS
code sent and checked, a human action's proof verified, and the exception that stops a workflow with
a status. `PreCreditWorkflow` and `CardBindingWorkflow` both use them, so the two follow one set of
conventions; neither has a second copy.

Only temporalio, the standard library and passed-through `precredit.models` are imported here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any, Generic, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from pydantic import BaseModel

    from precredit.models import activity_refs as acts
    from precredit.models.activities import (
        SmsChallenge,
        SmsChallengeRequest,
        SmsVerifyRequest,
        SmsVerifyResult,
    )
    from precredit.models.activity_refs import ActivityRef
    from precredit.models.proofs import ProofCheck, VerifiedClaim
    from precredit.models.views import VIEW_MEMO_PREFIX, view_memo

In = TypeVar("In")
Out = TypeVar("Out")
S = TypeVar("S", bound=Enum)


class Stop(Exception, Generic[S]):
    """Ends a workflow early with a terminal status and reason codes (control flow, not an error)."""

    def __init__(self, status: S, reasons: list[str]) -> None:
        super().__init__(str(status.value))
        self.status = status
        self.reasons = reasons


@dataclass(frozen=True)
class CallRules:
    """How a workflow calls its activities: timeouts, attempts and the error types never retried.
    `heavy_heartbeat_timeout` (0: none) applies to activities sent to another task queue, whose
    worker processes heartbeat while they compute."""

    activity_timeout: float
    max_attempts: int
    max_retry_interval: float
    non_retryable: Sequence[str]
    heavy_heartbeat_timeout: float = 0.0


class Activities:
    """Runs activities by typed reference: a wrong argument or result type fails mypy."""

    def __init__(self, rules: CallRules) -> None:
        self.rules = rules

    async def run(
        self,
        ref: ActivityRef[In, Out],
        arg: In,
        *,
        timeout: float | None = None,
        give_up_after: float | None = None,
        task_queue: str | None = None,
    ) -> Out:
        """`give_up_after` replaces the attempt cap by a total time (retrying hourly at most);
        `task_queue` sends CPU-heavy work to the workers sized for it (None: the workflow's queue)."""
        r = self.rules
        # By name, so no activity code is imported here; the data converter builds `result_type`.
        result: Out = await workflow.execute_activity(
            ref.name,
            arg,
            result_type=ref.result_type,
            task_queue=task_queue,
            start_to_close_timeout=timedelta(seconds=timeout or r.activity_timeout),
            heartbeat_timeout=(
                timedelta(seconds=r.heavy_heartbeat_timeout)
                if task_queue and r.heavy_heartbeat_timeout
                else None
            ),
            schedule_to_close_timeout=timedelta(seconds=give_up_after) if give_up_after else None,
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=3600 if give_up_after else r.max_retry_interval),
                maximum_attempts=0 if give_up_after else r.max_attempts,
                non_retryable_error_types=[str(t) for t in r.non_retryable],
            ),
        )
        return result


async def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    """Waits until `done()` or the timeout (in seconds); whether `done()` came first. Callers check
    `done()` before they open a wait, so an answer already there costs no timer."""
    try:
        await workflow.wait_condition(done, timeout=timedelta(seconds=max(timeout, 0.001)))
    except TimeoutError:
        return False
    return True


async def until_open(is_open: Callable[[], bool], moved_on: Callable[[], bool]) -> bool:
    """For a message accepted just before the wait it answers has opened (a person acts on what a
    query showed, which can run ahead of the workflow task that opens the wait): waits, with no
    command, until the wait opens or the workflow moves on. Whether it opened.

    Replay-safe without a patch: a message recorded before this existed was accepted while the wait
    was open, so this returns at once, as it does on replay."""
    if is_open():
        return True
    await workflow.wait_condition(lambda: is_open() or moved_on())
    return is_open()


class Answers:
    """Answers to waits that were taken while the wait was open and are still being checked by an
    activity (an SMS code, a pickup code). A wait whose deadline passes meanwhile lets them finish
    and counts what they found: an answer given in time counts, as it would have a moment earlier,
    and the person is never told "verified" while the workflow expires."""

    def __init__(self) -> None:
        self._checking: dict[str, int] = {}

    @contextmanager
    def checking(self, what: str) -> Iterator[None]:
        """Around a handler's check of an answer to the wait for `what`."""
        self._checking[what] = self._checking.get(what, 0) + 1
        try:
            yield
        finally:
            self._checking[what] -= 1

    async def settle(self, what: str, done: Callable[[], bool]) -> bool:
        """At the deadline of the wait for `what`: whether an answer being checked made it `done()`.
        The marker `answers-in-time-v1` is written only when there is one to wait for."""
        if not self._checking.get(what) or not workflow.patched("answers-in-time-v1"):
            return False
        await workflow.wait_condition(lambda: not self._checking.get(what))
        return done()


class SmsCode:
    """One SMS code: sent by `send`, checked by `verify` (from an update handler); `ok` and
    `locked` are what the waiting step looks at."""

    def __init__(self, activities: Activities) -> None:
        self._activities = activities
        self.challenge: SmsChallenge | None = None
        self.ok = False
        self.locked = False

    async def send(self, request: SmsChallengeRequest) -> SmsChallenge:
        self.ok = self.locked = False
        self.challenge = await self._activities.run(acts.SEND_SMS_CODE, request)
        return self.challenge

    async def verify(self, code: str, *, expiry_locks: bool) -> SmsVerifyResult:
        """Checks a code against the challenge sent; a locked challenge (too many wrong codes, or
        an expired one where `expiry_locks`) takes no more codes."""
        assert self.challenge is not None
        result = await self._activities.run(
            acts.VERIFY_SMS_CODE, SmsVerifyRequest(challenge_id=self.challenge.challenge_id, code=code)
        )
        self.ok = self.ok or result.ok
        self.locked = result.locked or (expiry_locks and result.expired)
        return result


class PublishedView:
    """Keeps what a workflow's status query answers in its memo (`view_memo`: one entry per field,
    list item or dict entry), so a reader gets it from the server (`DescribeWorkflowExecution`
    reads the run's own state) and no worker replays the history to answer a poll. With no
    workflow cache (issue 12) a query costs a whole-history replay, 0.2–0.4 s of a core per poll;
    the bench's main worker spent most of its CPU answering them (issue 17).

    An entry is written when it changes, in the activation that changed it: the memo after a
    workflow task is the view after that task, and a message's reply never outruns it. Entries
    are payloads like any other, so the codec encrypts them under the applicant's key."""

    PATCH = "status-memo-v1"  # runs recorded before views were kept publish nothing

    def __init__(self, view: Callable[[], BaseModel]) -> None:
        self._view = view
        self._on = False
        self._published: dict[str, Any] = {}
        self._latest: dict[str, Any] = {}
        self._pending: dict[str, Any] = {}
        self._keeper: asyncio.Task[None] | None = None

    def start(self) -> None:
        """At the start of `run`: publishes the view now and whenever it changes, for the life of
        the run. Entries the run was started with (`first_view_memo`) count as written."""
        self._on = workflow.patched(self.PATCH)
        if not self._on:
            return
        self._published = {k: v for k, v in workflow.memo().items() if k.startswith(VIEW_MEMO_PREFIX)}
        self.publish()
        self._keeper = asyncio.create_task(self._keep(), name="publish-view")

    def publish(self) -> None:
        """Writes the entries that changed since the last write (no command when none did); an
        entry gone from the view (a field back to None) is removed."""
        if self._on and self._changed():
            workflow.upsert_memo(self._pending)
            self._published = self._latest

    def _changed(self) -> bool:
        self._latest = view_memo(self._view())
        self._pending = {k: v for k, v in self._latest.items() if self._published.get(k) != v}
        self._pending.update({k: None for k in self._published if k not in self._latest})
        return bool(self._pending)

    async def _keep(self) -> None:
        while True:
            await workflow.wait_condition(self._changed)
            self.publish()


async def prove(activities: Activities, check: ProofCheck) -> VerifiedClaim | str:
    """The verified sender of a human message, or why it is not believed (already audited by the
    activity). A message never says who sent it; its signed proof does."""
    verdict = await activities.run(acts.VERIFY_HUMAN_ACTION, check)
    if not verdict.ok or verdict.claim is None:
        return f"not accepted: {verdict.message or verdict.refusal or 'no valid proof'}"
    return verdict.claim
