"""No OCR worker at all: the application waits (it is not declined), the main worker says why,
and it goes on as soon as an OCR worker polls."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from temporalio.api.enums.v1 import PendingActivityState
from temporalio.service import RPCError, RPCStatusCode

from precredit.bench.processes import wait_for_ocr_pollers, wait_for_pollers
from precredit.client import PreCreditClient, connect
from precredit.models.decisions import Status
from tests.faults.harness import (
    assert_outcomes,
    assert_side_effects_once,
    prepare_batch,
    run_batch,
    start_stack,
)

# The batch's own deadline (300 s; 330 s with a slow bureau) comes before the suite's per-test
# limit, so a batch that does not finish fails with its own message, not a timeout's stack dump.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]


def log_text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


async def wait_for_text(path: Path, text: str, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while text not in log_text(path):
        assert time.monotonic() < deadline, f"{text!r} not in {path.name} after {timeout:.0f}s"
        await asyncio.sleep(0.5)


async def ocr_activities(client: PreCreditClient, app: str, *, timeout: float) -> list[Any]:
    """The application's pending `ocr_document` activities once both ID card sides are pending."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            pending = (await client.handle(app).describe()).raw_description.pending_activities
        except RPCError as err:
            # Not started yet: on a loaded machine the batch may still be storing the documents
            # and starting the application when the main worker's warning is already out.
            if err.status != RPCStatusCode.NOT_FOUND or time.monotonic() >= deadline:
                raise
            await asyncio.sleep(0.5)
            continue
        ocr = [a for a in pending if a.activity_type.name == "ocr_document"]
        if len(ocr) == 2 or time.monotonic() >= deadline:
            assert len(ocr) == 2, pending  # ID card front and back, both still in the queue
            return ocr
        await asyncio.sleep(0.5)


async def test_application_waits_for_an_ocr_worker(tmp_path: Path) -> None:
    stack, settings = await start_stack(tmp_path / "stack")
    stack.extra_env["PRECREDIT_OCR_START_WARNING_SECONDS"] = "1"
    try:
        client = PreCreditClient(await connect(settings), settings)
        main = stack.start_main_worker()
        await wait_for_pollers(client.client, settings.task_queue, [main.pid])
        batch = prepare_batch(settings, seed=31, profiles=("good",))
        runner = asyncio.create_task(run_batch(client, settings, batch, timeout=300))
        app = batch[0].request.application_id

        main_log = stack.data_dir / "worker-0.log"
        await wait_for_text(main_log, "no OCR worker polls task queue precredit-ocr", timeout=90)
        assert "waiting for an OCR worker, not declined" in log_text(main_log)
        # The monitor warns 10 s after the worker starts, whether or not the application has been
        # submitted by then (on a loaded machine it may not have been: seen in CI, the workflow
        # started a second after the warning). Its two reads of the ID card are what must wait.
        ocr = await ocr_activities(client, app, timeout=90)
        view = await client.status(app)
        assert view.status == Status.RUNNING and view.step.value == "identity", view
        await asyncio.sleep(2)  # and they keep waiting: not started, failed or retried
        ocr = await ocr_activities(client, app, timeout=0)
        assert all(a.state == PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED for a in ocr)
        assert all(a.attempt == 1 for a in ocr)  # waiting, not failing and retrying

        ocr_worker = stack.start_ocr_worker(1)
        await wait_for_ocr_pollers(client.client, settings.heavy_task_queue, ocr_worker.pid, 1)
        await asyncio.wait_for(runner, timeout=300)
        assert_outcomes(batch)
        assert_side_effects_once(settings, batch)
        ocr_log = log_text(stack.data_dir / "ocr-worker-1.log")
        assert f"ocr_document for {app} waited" in ocr_log and "for an OCR worker (attempt 1)" in ocr_log
        await wait_for_text(main_log, "OCR worker back on task queue precredit-ocr", timeout=60)
    finally:
        await asyncio.to_thread(stack.close)
