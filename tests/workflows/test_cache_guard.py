"""The workflow-cache guard (`precredit.workers.guard`): it refuses exactly the activations that run
a workflow on events no workflow task has started, and nothing a real workflow task brings.

The busy-worker chaos test (`test_determinism_under_chaos.py -k busy`) runs it where the hazard
comes from, a loaded worker answering status queries through the normal queue; these tests pin
down its signature, against hand-made activations and against the SDK core itself.
"""

from __future__ import annotations

import json
from typing import Any, cast

from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.bridge.proto.workflow_activation import WorkflowActivation
from temporalio.bridge.proto.workflow_completion import WorkflowActivationCompletion
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer, WorkflowInstance
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner

from precredit.workers.guard import InstanceWrapper, Mark, runs_ahead
from precredit.workflows.precredit import PreCreditWorkflow
from tests.workflows.chaos import ChaosPlan
from tests.workflows.replay import HISTORIES, guard_of, replay_only


def activation(length: int, size: int, *jobs: str, seconds: int = 100) -> WorkflowActivation:
    act = WorkflowActivation(run_id="r", history_length=length, history_size_bytes=size)
    act.timestamp.seconds = seconds
    for job in jobs:
        getattr(act.jobs.add(), job).SetInParent()
    return act


def test_only_a_tail_without_a_task_is_refused() -> None:
    before = Mark.of(activation(16, 4000, "resolve_activity"))
    # The tail of a query's history: an activity's result, no WorkflowTaskStarted with it.
    assert runs_ahead(before, activation(20, 4000, "resolve_activity"))
    assert runs_ahead(before, activation(19, 4000, "signal_workflow"))
    assert runs_ahead(before, activation(21, 4000, "do_update"))
    # A real task: a new WorkflowTaskStarted, so a new history size.
    assert not runs_ahead(before, activation(20, 4100, "resolve_activity", seconds=101))
    # Within one task (a local activity's result): the history did not grow.
    assert not runs_ahead(before, activation(16, 4000, "resolve_activity"))
    # Answering a query or dropping the run moves nothing.
    assert not runs_ahead(before, activation(20, 4000, "query_workflow"))
    assert not runs_ahead(before, activation(20, 4000, "remove_from_cache"))
    # A run's first activation has nothing to compare with.
    assert not runs_ahead(None, activation(20, 4000, "initialize_workflow"))
    # A server that reports no sizes: the workflow time, also set only by a task's start, decides.
    assert runs_ahead(Mark.of(activation(16, 0, "resolve_activity")), activation(20, 0, "resolve_activity"))
    assert not runs_ahead(
        Mark.of(activation(16, 0, "resolve_activity")), activation(20, 0, "resolve_activity", seconds=101)
    )


def _grey_zone() -> list[HistoryEvent]:
    return list(
        WorkflowHistory.from_json(
            "g", json.loads((HISTORIES / "grey_zone_completed.json").read_text())
        ).events
    )


async def test_the_core_runs_a_history_tail_and_the_guard_refuses_it() -> None:
    """What makes a cached run go ahead, shown with the SDK core: given a history that ends with an
    activity's result and no workflow task after it (what a legacy query's history holds), the core
    activates the workflow on that result. The guard refuses that activation, once; the same history
    cut at the task boundary before it is not refused."""
    events = _grey_zone()
    started = [i for i, e in enumerate(events) if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED]
    done = next(
        i
        for i, e in enumerate(events)
        if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED and i > started[1]
    )
    boundary = max(i for i in started if i < done) + 1
    tail = WorkflowHistory("tail", events[: done + 1])
    replayer = replay_only([PreCreditWorkflow], pydantic_data_converter)
    guard = guard_of(replayer)

    await replayer.replay_workflow(WorkflowHistory("boundary", events[:boundary]))
    assert guard.refusals == 0
    await replayer.replay_workflow(tail)
    assert guard.refusals == 1, "the core did not run the tail, or the guard let it through"

    # Without the guard the core runs the tail as if a task had started (nothing refuses it).
    plain = Replayer(workflows=[PreCreditWorkflow], data_converter=pydantic_data_converter)
    assert (await plain.replay_workflow(tail, raise_on_replay_failure=False)).replay_failure is None


class _Striking(InstanceWrapper):
    """Stands in for the workflow code: starts, then reaches the same chaos point in every later
    activation (as a retried task's new events do until the point has failed a task)."""

    def __init__(self, plan: ChaosPlan) -> None:
        super().__init__(cast(WorkflowInstance, None))
        self.plan = plan
        self.faults: list[str | None] = []

    def activate(self, act: WorkflowActivation) -> WorkflowActivationCompletion:
        if act.jobs[0].WhichOneof("variant") != "initialize_workflow":
            self.faults.append(self.plan.strike("wf", "activity:score#1"))
        return WorkflowActivationCompletion(run_id=act.run_id)


def test_the_chaos_harness_spends_no_point_on_a_query_playback() -> None:
    """The chaos plan (tests/workflows/chaos.py) fires each point once. A point that a query's
    playback reached first used to be spent there, failing only the query, so a case could end
    with no failed workflow task (fresh-clone run of 2026-11-29). It now waits for the real task."""
    plan = ChaosPlan(rate=1.0, faults=("fail",))
    code = _Striking(plan)
    run = cast(Any, plan.runner(SandboxedWorkflowRunner())).wrap(code)
    run.activate(activation(16, 4000, "initialize_workflow"))  # a real task
    run.activate(activation(20, 4000, "resolve_activity"))  # a query's playback of events with no task
    run.activate(activation(20, 4100, "resolve_activity", seconds=101))  # the task for those events
    run.activate(activation(24, 4200, "resolve_activity", seconds=102))  # its retry
    assert code.faults == [None, "fail", None]
    assert plan.spared == ["wf/activity:score#1"] and plan.hits == ["wf/activity:score#1:fail"]
