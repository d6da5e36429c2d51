"""Determinism (replaying recorded histories), operator tooling (CLI signal) and search attributes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

from temporalio.client import Client, WorkflowHistory, WorkflowQueryFailedError
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer

from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows.buyer import Script, act, status
from tests.workflows.fakes import FakeWorld
from tests.workflows.replay import explain, replay_or_explain
from tests.workflows.test_precredit_workflow import run_case, running, start

HISTORIES = Path(__file__).parent / "histories"
TEMPORAL = str(Path(sys.executable).parent / "temporal")


async def test_recorded_histories_replay_deterministically() -> None:
    """Histories recorded by earlier versions must replay on today's code (else: workflow.patched)."""
    files = sorted(HISTORIES.glob("*.json"))
    assert files, "no recorded history to replay"
    replayer = Replayer(workflows=[PreCreditWorkflow], data_converter=pydantic_data_converter)
    for file in files:
        history = WorkflowHistory.from_json(file.stem, json.loads(file.read_text()))
        await replay_or_explain(replayer, history)


async def test_fresh_history_replays_and_can_be_recorded(dev_env: WorkflowEnvironment) -> None:
    """A history recorded today replays on today's code.

    About 1 full-suite run in 10 produces a grey-zone history that does not replay ("Activity
    machine does not handle this event: UpsertWorkflowSearchAttributes"), seen once by the Replayer
    after the run and once by the worker answering a status query mid-run; hundreds of runs of the
    workflow tests alone, loaded or not, never did, and the SDK has open reports of histories that
    replay wrongly after particular workflow-task shapes (sdk-python#1591, sdk-rust#1146). So either
    failure is reported in full (warning with the event list, history saved) and a second
    application is recorded; only when that one fails too, the code itself is taken as
    nondeterministic.
    """
    # Fake applicant data only, so this client may skip encryption and the history can be checked in.
    plain = Client(
        dev_env.client.service_client,
        namespace=dev_env.client.namespace,
        data_converter=pydantic_data_converter,
    )
    replayer = Replayer(workflows=[PreCreditWorkflow], data_converter=pydantic_data_converter)
    first: AssertionError | None = None
    for n in (1, 2):
        world = FakeWorld(factories.request(application_id=f"replay-fixture-000{n}"), fraud_probability=0.5)
        handle = plain.get_workflow_handle(f"precredit-{world.req.application_id}")
        try:
            try:
                await run_case_with(plain, world)
            except WorkflowQueryFailedError as err:  # the worker itself could not replay it, for a query
                raise explain(await handle.fetch_history(), err) from err
            history = await handle.fetch_history()
            await replay_or_explain(replayer, history)
            break
        except AssertionError as err:
            if first is not None:
                raise AssertionError(
                    f"two fresh histories in a row do not replay; the first: {first}"
                ) from err
            first = err
            warnings.warn(f"a fresh history did not replay, recording another: {err}", stacklevel=1)
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
        payload = json.dumps({"underwriter_id": "uw-cli", "decision": "approve", "reason": "ok from the CLI"})
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
