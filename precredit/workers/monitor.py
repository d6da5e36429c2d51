"""Watches the heavy task queue from the main worker: a dead or missing OCR worker is a warning in
the log and a metric, not a mystery.

An OCR or face-match activity that no OCR worker takes stays scheduled: the workflow sets no
schedule-to-start timeout, so the application waits (it is not declined), and its search attribute
`PrecreditWaitingFor` keeps saying what the workflow itself waits for. What says why it does not
move is this watcher: it asks the server who polls the heavy queue and warns while nobody does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client
from temporalio.runtime import Runtime

from precredit.config import Settings

log = logging.getLogger(__name__)

# The server lists a poller for minutes after it last polled; one that polled within a long poll
# (about 60 s) plus slack is alive.
POLLER_ALIVE_SECONDS = 75.0


@dataclass(frozen=True)
class QueueHealth:
    task_queue: str
    live_pollers: int
    seconds_since_last_poll: float | None  # None: the server has never seen a poller

    def waiting_for_ocr_worker(self, after: float) -> bool:
        return self.live_pollers == 0 and (
            self.seconds_since_last_poll is None or self.seconds_since_last_poll > after
        )


async def heavy_queue_health(client: Client, task_queue: str) -> QueueHealth:
    resp = await client.workflow_service.describe_task_queue(
        DescribeTaskQueueRequest(
            namespace=client.namespace,
            task_queue=TaskQueue(name=task_queue),
            task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
        )
    )
    now = time.time()
    ages = [now - p.last_access_time.ToSeconds() for p in resp.pollers if p.HasField("last_access_time")]
    return QueueHealth(
        task_queue=task_queue,
        live_pollers=sum(1 for age in ages if age <= POLLER_ALIVE_SECONDS),
        seconds_since_last_poll=min(ages) if ages else None,
    )


async def watch_heavy_queue(
    client: Client, settings: Settings, stop: asyncio.Event, *, every: float = 10.0
) -> None:
    """Until `stop`: logs a warning while no OCR worker polls the heavy queue, and when one is back;
    sets the gauge `precredit_heavy_queue_pollers` (the worker's Prometheus endpoint, if enabled)."""
    queue = settings.heavy_task_queue
    runtime = client.service_client.config.runtime or Runtime.default()
    gauge = runtime.metric_meter.create_gauge(
        "precredit_heavy_queue_pollers", "OCR worker pollers seen on the heavy task queue"
    ).with_additional_attributes({"task_queue": queue})
    grace = time.monotonic() + settings.ocr_start_warning_seconds  # OCR workers may start after us
    missing = False
    while not stop.is_set():
        try:
            health = await heavy_queue_health(client, queue)
        except Exception as exc:  # the server being away is the main worker's own problem
            log.debug("cannot describe task queue %s: %s", queue, exc)
        else:
            gauge.set(health.live_pollers)
            if health.waiting_for_ocr_worker(POLLER_ALIVE_SECONDS) and time.monotonic() > grace:
                last = health.seconds_since_last_poll
                log.warning(
                    "no OCR worker polls task queue %s (%s): OCR and face-match activities wait, "
                    "applications are waiting for an OCR worker, not declined; start one with "
                    "`precredit worker --queues ocr`",
                    queue,
                    "never seen" if last is None else f"last poll {last:.0f} s ago",
                )
                missing = True
            elif missing and health.live_pollers:
                log.warning("OCR worker back on task queue %s: %d poller(s)", queue, health.live_pollers)
                missing = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=every)
