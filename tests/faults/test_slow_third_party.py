"""A flaky, slow credit bureau (half the calls fail, ~0.8 s each) delays applications, loses none."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from temporalio.api.enums.v1 import EventType

from precredit.client import PreCreditClient, connect
from tests.faults.harness import (
    assert_outcomes,
    assert_side_effects_once,
    prepare_batch,
    run_batch,
    start_stack,
    start_worker,
)

# The batch's own deadline (300 s; 330 s with a slow bureau) comes before the suite's per-test
# limit, so a batch that does not finish fails with its own message, not a timeout's stack dump.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]

FLAKY_BUREAU = json.dumps(
    {"providers": {"bureau": {"failure_rate": 0.5, "latency_ms": {"mean": 800, "jitter": 300}}}}
)


async def test_flaky_bureau_delays_but_loses_nothing(tmp_path: Path) -> None:
    stack, settings = await start_stack(tmp_path / "stack", faults=FLAKY_BUREAU)
    try:
        client = PreCreditClient(await connect(settings), settings)
        await start_worker(stack, settings, client)
        batch = prepare_batch(settings, seed=41)
        await asyncio.wait_for(run_batch(client, settings, batch), timeout=330)
        assert_side_effects_once(settings, batch)
        assert_outcomes(batch)
        retried = 0
        for p in batch:
            history = await client.handle(p.request.application_id).fetch_history()
            scheduled: dict[int, str] = {}
            for ev in history.events:
                if ev.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
                    scheduled[ev.event_id] = ev.activity_task_scheduled_event_attributes.activity_type.name
                elif ev.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
                    attrs = ev.activity_task_started_event_attributes
                    if scheduled.get(attrs.scheduled_event_id) == "fetch_credit_report" and attrs.attempt > 1:
                        retried += 1
        assert retried >= 1, "the injected bureau failures never forced a retry"
    finally:
        await asyncio.to_thread(stack.close)
