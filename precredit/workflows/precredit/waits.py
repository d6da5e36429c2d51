"""Waiting for a person: every human wait has a deadline, is visible in the status query and the
search attributes, is not counted as processing time, and gives way to a cancellation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import NoReturn

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.decisions import Reason, Status
    from precredit.models.messages import WaitingFor

from precredit.workflows.precredit.calls import PipelineCalls
from precredit.workflows.precredit.state import StopApplication


class PipelineWaits(PipelineCalls):
    async def _wait_human(
        self,
        what: str,
        done: Callable[[], bool],
        timeout: float,
        *,
        deadline: datetime | None = None,
        detail: dict[str, str] | None = None,
    ) -> bool:
        """Waits for a person with a deadline; time spent here is not counted as processing time.
        `detail` tells the person (through the status query) what exactly is asked of them."""
        if done():
            return True
        since = workflow.now()
        self._waiting = WaitingFor(
            what=what,  # type: ignore[arg-type]
            since=since,
            deadline=deadline or since + timedelta(seconds=timeout),
            detail=detail or {},
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

    def _stop_cancelled(self) -> NoReturn:
        assert self._cancel is not None
        reason = Reason.CANCELLED_BY_BUYER if self._cancel.by == "buyer" else Reason.CANCELLED_BY_OPERATOR
        raise StopApplication(Status.CANCELLED, [reason])
