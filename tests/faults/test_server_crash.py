"""kill -9 the Temporal dev server mid-batch and start it again on the same database file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from precredit.bench.processes import ProcessStack
from precredit.client import PreCreditClient
from precredit.config import Settings
from tests.faults.harness import batch_survives, start_worker

# The batch's own deadline (300 s; 330 s with a slow bureau) comes before the suite's per-test
# limit, so a batch that does not finish fails with its own message, not a timeout's stack dump.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]


async def test_server_killed_mid_batch_and_restarted(tmp_path: Path) -> None:
    async def kill_server(stack: ProcessStack, settings: Settings, client: PreCreditClient) -> None:
        stack.kill_server()
        await asyncio.sleep(3)
        await asyncio.to_thread(stack.start_server)  # same port, same --db-filename
        await asyncio.sleep(5)
        worker = stack.workers[0]
        survived = worker.process is not None and worker.process.poll() is None
        if not survived:
            stack.workers.clear()
            await start_worker(stack, settings, client)
        # The same worker process reconnects on its own; the test notes it if it had to restart it.
        print(f"worker survived the server restart: {survived}")

    await batch_survives(tmp_path / "stack", seed=31, fault=kill_server)
