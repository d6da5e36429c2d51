"""kill -9 of the OCR process that is reading a document: the supervisor starts another, Temporal
runs the document again, and nothing is lost or done twice."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from temporalio.api.enums.v1 import EventType, TimeoutType

from precredit.bench.cpu import descendants
from precredit.bench.processes import wait_for_ocr_pollers
from precredit.client import PreCreditClient, connect
from tests.faults.harness import (
    assert_outcomes,
    assert_side_effects_once,
    heavy_activity_in_flight,
    prepare_batch,
    run_batch,
    start_split_workers,
    start_stack,
)

# The batch's own deadline (300 s; 330 s with a slow bureau) comes before the suite's per-test
# limit, so a batch that does not finish fails with its own message, not a timeout's stack dump.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]


async def test_ocr_process_killed_mid_document(tmp_path: Path) -> None:
    stack, settings = await start_stack(tmp_path / "stack")
    try:
        client = PreCreditClient(await connect(settings), settings)
        _, ocr = await start_split_workers(stack, settings, client, ocr_processes=2)
        batch = prepare_batch(settings, seed=23)
        runner = asyncio.create_task(run_batch(client, settings, batch))
        # Running and heartbeating: the helper thread reports while the engine reads.
        hit = await heavy_activity_in_flight(client, batch, names={"ocr_document"}, timeout=120)
        assert hit is not None, "no OCR activity was ever seen running with a heartbeat"
        app, _, victim = hit
        assert victim in descendants(ocr.pid), (victim, descendants(ocr.pid))
        os.kill(victim, signal.SIGKILL)

        # The supervisor replaces the process; the OCR worker itself never went away.
        await wait_for_ocr_pollers(
            client.client, settings.heavy_task_queue, ocr.pid, 2, exclude=frozenset({victim})
        )
        assert ocr.process is not None and ocr.process.poll() is None
        await asyncio.wait_for(runner, timeout=300)

        assert_side_effects_once(settings, batch)
        assert_outcomes(batch)
        # The killed attempt really was mid-document: that application's OCR ran a second attempt.
        history = await client.handle(app).fetch_history()
        started = [
            ev.activity_task_started_event_attributes
            for ev in history.events
            if ev.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
        ]
        assert max(s.attempt for s in started) >= 2, [s.attempt for s in started]
        # ...and it was given up when its heartbeats stopped (15 s), not at the 90 s OCR timeout.
        retried = [s.last_failure for s in started if s.attempt >= 2]
        assert any(
            f.timeout_failure_info.timeout_type == TimeoutType.TIMEOUT_TYPE_HEARTBEAT for f in retried
        ), [f.message for f in retried]
        log = (stack.data_dir / "ocr-worker-1.log").read_text()
        assert f"(pid {victim}) died with exit code -9" in log
        assert victim not in descendants(ocr.pid)
    finally:
        await asyncio.to_thread(stack.close)
