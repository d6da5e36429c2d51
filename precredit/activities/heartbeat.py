"""Heartbeats for long CPU-bound activities that have no loop of their own to heartbeat from."""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from temporalio import activity

log = logging.getLogger(__name__)


@contextmanager
def heartbeating(detail: str, *, every: float = 2.0) -> Iterator[None]:
    """Heartbeats `detail` every `every` seconds while the block runs.

    OCR is one long call into OpenCV and ONNX Runtime, so a helper thread heartbeats for it, in a
    copy of the activity's context (the SDK finds the running activity through a context
    variable). A worker process killed mid-document stops heartbeating, so a heartbeat timeout
    frees its document for another process, and an operator sees what the attempt was doing.
    """
    if not activity.in_activity():
        yield
        return
    ctx = contextvars.copy_context()
    done = threading.Event()

    def beat() -> None:
        ctx.run(activity.heartbeat, detail)
        while not done.wait(every):
            ctx.run(activity.heartbeat, detail)

    thread = threading.Thread(target=beat, name="heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def report_queue_wait(name: str, application_id: str, warn_after: float) -> float:
    """Logs how long this attempt waited in the task queue for a worker, as a warning past
    `warn_after` seconds: a slow or missing OCR worker shows in the log of the one that finally
    takes the task, next to the `no OCR worker polls` warnings of the main worker."""
    info = activity.info()
    waited = (datetime.now(UTC) - info.current_attempt_scheduled_time).total_seconds()
    if waited > warn_after:
        log.warning(
            "%s for %s waited %.0f s in task queue %s for an OCR worker (attempt %d)",
            name, application_id, waited, info.task_queue, info.attempt,
        )  # fmt: skip
    return waited
