"""kill -9 the only worker mid-batch, start another: nothing lost, nothing done twice."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from precredit.client import PreCreditClient, connect
from tests.faults.harness import (
    assert_outcomes,
    assert_side_effects_once,
    prepare_batch,
    run_batch,
    start_stack,
    start_worker,
    wait_until_busy,
)

pytestmark = pytest.mark.slow


async def test_worker_killed_mid_batch_and_restarted(tmp_path: Path) -> None:
    stack, settings = await start_stack(tmp_path / "stack")
    try:
        client = PreCreditClient(await connect(settings), settings)
        await start_worker(stack, settings, client)
        batch = prepare_batch(settings, seed=21)
        runner = asyncio.create_task(run_batch(client, settings, batch))
        hit = await wait_until_busy(client, batch, steps={"documents", "contract"}, timeout=120)
        stack.workers[0].kill()
        assert stack.workers[0].process is not None and stack.workers[0].process.returncode == -9
        await asyncio.sleep(2)
        await start_worker(stack, settings, client)
        await asyncio.wait_for(runner, timeout=300)
        assert hit != "timeout"
        assert_side_effects_once(settings, batch)
        assert_outcomes(batch)
    finally:
        await asyncio.to_thread(stack.close)
