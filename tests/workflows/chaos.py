"""Workflow-task chaos for determinism tests: the shapes a loaded machine produces, on demand.

A worker that keeps no cache replays the whole history for every workflow task; a workflow task
that fails (an exception in workflow code, the deadlock detector) or times out is retried by the
server from the full history. `ChaosInterceptor` makes chosen workflow tasks do that: the first
time (not on replay) a workflow schedules its n-th activity, starts its n-th timer or upserts its
n-th search-attribute set, the task fails or stalls. Which points are hit is decided by a RNG
seeded with the plan's seed and the point: every run of a case hits the same points, so a failing
case can be run again.

A point is spent only by a real workflow task. A status query that reaches a cacheless worker as a
legacy query is answered from a run built from the whole history, and the SDK core runs the
workflow, not replaying, on the events after the last workflow task started (issue 12's hazard,
`precredit.workers.guard`). A fault fired there fails only that query, and a point spent on it
never fails a task: a case whose every point a query reached first would test nothing (seen once,
in the fresh-clone run of 2026-11-29). `ChaosPlan.runner` marks those activations so `strike`
leaves their points for the real task that follows.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from temporalio import workflow
from temporalio.bridge.proto.workflow_activation import WorkflowActivation
from temporalio.bridge.proto.workflow_completion import WorkflowActivationCompletion
from temporalio.worker import (
    Interceptor,
    StartActivityInput,
    WorkflowInboundInterceptor,
    WorkflowInstance,
    WorkflowInterceptorClassInput,
    WorkflowOutboundInterceptor,
    WorkflowRunner,
)

from precredit.workers.guard import InstanceWrapper, Mark, RunnerWrapper, runs_ahead

Fault = Literal["fail", "stall"]


@dataclass
class ChaosPlan:
    """`rate`: the chance that a point is hit; `stall_seconds`: how long a stalled task blocks its
    thread (longer than the workflow task timeout the test starts the workflow with)."""

    seed: int = 0
    rate: float = 0.25
    faults: tuple[Fault, ...] = ("fail", "stall")
    stall_seconds: float = 1.5
    hits: list[str] = field(default_factory=list)
    spared: list[str] = field(default_factory=list)  # points a query's playback reached first
    _done: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _playback: threading.local = field(default_factory=threading.local)

    def runner(self, inner: WorkflowRunner) -> WorkflowRunner:
        """`inner`, telling this plan which activations run a query's playback of events no
        workflow task has started (the worker's thread runs the workflow code inside `activate`)."""
        return _MarkingRunner(inner, self)

    def in_playback(self) -> bool:
        return bool(getattr(self._playback, "on", False))

    def strike(self, workflow_id: str, point: str) -> Fault | None:
        """The fault for this point, once per workflow and point (a retried task is not hit again),
        and never in a query's playback (it fails only the query; the point waits for its task)."""
        key = f"{workflow_id}/{point}"
        if self.in_playback():
            with self._lock:
                self.spared.append(key)
            return None
        with self._lock:
            if key in self._done:
                return None
            self._done.add(key)
            # Seeded by the point alone, not the (unique per run) workflow id: every run of a case
            # hits the same points, so a failure can be run again and no run tests nothing by chance.
            rng = random.Random(f"{self.seed}/{point}")
            if rng.random() >= self.rate:
                return None
            fault = rng.choice(self.faults)
            self.hits.append(f"{key}:{fault}")
            return fault


class ChaosInterceptor(Interceptor):
    def __init__(self, plan: ChaosPlan) -> None:
        self.plan = plan

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        plan = self.plan

        class Inbound(WorkflowInboundInterceptor):
            def init(self, outbound: WorkflowOutboundInterceptor) -> None:
                super().init(_Outbound(outbound, plan))

        return Inbound


class _Outbound(WorkflowOutboundInterceptor):
    def __init__(self, next: WorkflowOutboundInterceptor, plan: ChaosPlan) -> None:
        super().__init__(next)
        self._plan = plan
        self._counts: dict[str, int] = {}

    def _point(self, what: str) -> None:
        n = self._counts.get(what, 0) + 1
        self._counts[what] = n
        if workflow.unsafe.is_replaying():
            return
        fault = self._plan.strike(workflow.info().workflow_id, f"{what}#{n}")
        if fault == "fail":
            raise RuntimeError(f"chaos: workflow task failed at {what}#{n}")
        if fault == "stall":
            time.sleep(self._plan.stall_seconds)  # outlives the workflow task timeout

    def start_activity(self, input: StartActivityInput) -> workflow.ActivityHandle[Any]:
        self._point(f"activity:{input.activity}")
        return super().start_activity(input)


class _MarkingRunner(RunnerWrapper):
    def __init__(self, inner: WorkflowRunner, plan: ChaosPlan) -> None:
        super().__init__(inner)
        self._plan = plan

    def wrap(self, instance: WorkflowInstance) -> WorkflowInstance:
        return _Marked(instance, self._plan)


class _Marked(InstanceWrapper):
    """Marks an activation that runs ahead of the history (the guard's signature: the history grew
    with no new workflow task started) while the workflow code runs in it."""

    def __init__(self, inner: WorkflowInstance, plan: ChaosPlan) -> None:
        super().__init__(inner)
        self._plan = plan
        self._previous: Mark | None = None

    def activate(self, act: WorkflowActivation) -> WorkflowActivationCompletion:
        playback = runs_ahead(self._previous, act)
        if not playback:
            self._previous = Mark.of(act)
        self._plan._playback.on = playback
        try:
            return self._inner.activate(act)
        finally:
            self._plan._playback.on = False
