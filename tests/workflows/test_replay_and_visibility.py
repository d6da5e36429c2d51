"""Determinism (replaying recorded histories), operator tooling (CLI signal) and search attributes."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from temporalio.client import Client, WorkflowHistory, WorkflowQueryFailedError
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows.buyer import Script, act, status
from tests.workflows.fakes import FakeWorld, proof_for
from tests.workflows.replay import explain, replay_every_prefix, replay_only
from tests.workflows.test_precredit_workflow import run_case, running, start

HISTORIES = Path(__file__).parent / "histories"
TEMPORAL = str(Path(sys.executable).parent / "temporal")


async def test_recorded_histories_replay_deterministically() -> None:
    """Histories recorded by earlier versions must replay on today's code (else: workflow.patched),
    cut at every workflow task boundary as a worker that lost its cache rebuilds them."""
    files = sorted(HISTORIES.glob("*.json"))
    assert files, "no recorded history to replay"
    replayer = replay_only([PreCreditWorkflow], pydantic_data_converter)
    for file in files:
        history = WorkflowHistory.from_json(file.stem, json.loads(file.read_text()))
        assert await replay_every_prefix(replayer, history) > 30


async def test_a_history_the_code_no_longer_produces_fails_at_the_first_cut_after_the_change() -> None:
    """The check can fail: a recorded history whose third scheduled activity is renamed (as if the
    code now called another one there) replays up to that point and fails at the next cut."""
    raw = json.loads((HISTORIES / "grey_zone_completed.json").read_text())
    scheduled = [e for e in raw["events"] if "activityTaskScheduledEventAttributes" in e]
    changed = scheduled[2]
    changed["activityTaskScheduledEventAttributes"]["activityType"]["name"] = "no_such_activity"
    history = WorkflowHistory.from_json("changed", raw)
    replayer = replay_only([PreCreditWorkflow], pydantic_data_converter)
    with pytest.raises(AssertionError, match=r"cut after event (\d+)") as caught:
        await replay_every_prefix(replayer, history)
    cut = re.search(r"cut after event (\d+)", str(caught.value))
    assert cut is not None and int(cut.group(1)) >= int(changed["eventId"])


async def test_fresh_history_replays_and_can_be_recorded(dev_env: WorkflowEnvironment) -> None:
    """A grey-zone history recorded today replays on today's code at every workflow task boundary;
    one that does not is reported with its events and saved (tests/workflows/replay.py)."""
    # Fake applicant data only, so this client may skip encryption and the history can be checked in.
    plain = Client(
        dev_env.client.service_client,
        namespace=dev_env.client.namespace,
        data_converter=pydantic_data_converter,
    )
    replayer = replay_only([PreCreditWorkflow], pydantic_data_converter)
    world = FakeWorld(factories.request(application_id="replay-fixture-0001"), fraud_probability=0.5)
    handle = plain.get_workflow_handle(f"precredit-{world.req.application_id}")
    try:
        await run_case_with(plain, world)
    except WorkflowQueryFailedError as err:  # the worker itself could not rebuild it, for a query
        raise explain(await handle.fetch_history(), err) from err
    history = await handle.fetch_history()
    await replay_every_prefix(replayer, history)
    if os.environ.get("PRECREDIT_RECORD_HISTORY"):
        (HISTORIES / "grey_zone_completed.json").write_text(history.to_json())


async def run_case_with(client: Client, world: FakeWorld) -> None:
    async with running(client, world) as queue:
        handle = await start(client, queue, world)
        await act(handle, Script())
        await asyncio.wait_for(handle.result(), 60)


async def test_underwriter_signal_from_temporal_cli(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), fraud_probability=0.5)
    address = dev_env.client.service_client.config.target_host
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        await act(handle, Script(underwriter=None))
        view = await status(handle)
        assert view.waiting_for is not None and view.waiting_for.what == "underwriter"
        payload = json.dumps({"underwriter_id": "uw-cli", "decision": "approve", "reason": "ok from the CLI",
                              "proof": proof_for("underwriter", "uw-cli")})  # fmt: skip
        proc = await asyncio.to_thread(
            subprocess.run,
            [TEMPORAL, "workflow", "signal", "--address", address, "--workflow-id", handle.id,
             "--name", "underwriter_decision", "--input", payload],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        await act(handle, Script())
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED"
    assert any(d.decided_by == "underwriter:uw-cli" for d in result.decisions)


async def test_search_attributes_let_operators_filter(dev_env: WorkflowEnvironment) -> None:
    declined = FakeWorld(factories.request(vehicle__dealer_id="D-SA-1"), blacklisted=True)
    await run_case(dev_env, declined)
    query = 'PrecreditDealer="D-SA-1" AND PrecreditStatus="DECLINED" AND PrecreditStep="identity"'
    for _ in range(100):  # visibility is eventually consistent
        found = [w.id async for w in dev_env.client.list_workflows(query)]
        if found:
            break
        await asyncio.sleep(0.1)
    assert found == [f"precredit-{declined.req.application_id}"]
    none = [
        w.id
        async for w in dev_env.client.list_workflows(
            'PrecreditDealer="D-SA-1" AND PrecreditStatus="COMPLETED"'
        )
    ]
    assert none == []
