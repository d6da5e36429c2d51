"""kill -9 the only worker mid-batch, start another: nothing lost, nothing done twice."""

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


async def test_worker_killed_mid_batch_and_restarted(tmp_path: Path) -> None:
    async def kill_worker(stack: ProcessStack, settings: Settings, client: PreCreditClient) -> None:
        stack.workers[0].kill()
        assert stack.workers[0].process is not None and stack.workers[0].process.returncode == -9
        await asyncio.sleep(2)
        await start_worker(stack, settings, client)

    await batch_survives(tmp_path / "stack", seed=21, fault=kill_worker)
