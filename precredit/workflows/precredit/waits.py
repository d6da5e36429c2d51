"""Waiting for a person: every human wait has a deadline, is visible in the status query and the
search attributes, is not counted as processing time, and gives way to a cancellation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import NoReturn

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.decisions import Reason, Status
    from precredit.models.messages import WaitingFor, WaitingWhat

from precredit.workflows.precredit.records import Reports
from precredit.workflows.precredit.state import Application, StopApplication
from precredit.workflows.primitives import wait_until


class People:
    def __init__(self, app: Application, reports: Reports) -> None:
        self._app = app
        self._reports = reports

    async def wait(
        self,
        what: WaitingWhat,
        done: Callable[[], bool],
        timeout: float,
        *,
        deadline: datetime | None = None,
        detail: dict[str, str] | None = None,
    ) -> bool:
        """Waits for a person with a deadline; time spent here is not counted as processing time.
        `detail` tells the person (through the status query) what exactly is asked of them. Inside
        a wait held open (`hold`) for the same thing, readers keep seeing that one wait."""
        app = self._app
        if done():
            return True
        since = workflow.now()
        held = app.is_waiting(what)
        if not held:
            app.waiting = WaitingFor(
                what=what,
                since=since,
                deadline=deadline or since + timedelta(seconds=timeout),
                detail=detail or {},
            )
            self._reports.upsert_search()
        try:
            arrived = await wait_until(lambda: done() or app.cancel is not None, timeout)
            # An answer given while the wait was open but still being checked counts.
            arrived = arrived or await app.answers.settle(what, done)
            if not arrived:
                return False
        finally:
            app.human_seconds += (workflow.now() - since).total_seconds()
            if not held:
                self.release()
        if app.cancel is not None and not done():
            self.stop_cancelled()
        return True

    def hold(self, what: WaitingWhat, deadline: datetime) -> None:
        """Opens a wait that stays open across several `wait`s for `what`, until `release`: an
        underwriter review checks each decision's proof between two waits, and in that time it is
        still waiting for an underwriter (one `since`, one deadline) to every reader of the view."""
        self._app.waiting = WaitingFor(what=what, since=workflow.now(), deadline=deadline)
        self._reports.upsert_search()

    def release(self) -> None:
        """Closes the open wait, if any."""
        if self._app.waiting is not None:
            self._app.waiting = None
            self._reports.upsert_search()

    def stop_cancelled(self) -> NoReturn:
        cancel = self._app.cancel
        assert cancel is not None
        reason = Reason.CANCELLED_BY_BUYER if cancel.by == "buyer" else Reason.CANCELLED_BY_OPERATOR
        raise StopApplication(Status.CANCELLED, [reason])
