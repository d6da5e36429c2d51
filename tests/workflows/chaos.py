"""Workflow-task chaos for determinism tests: the shapes a loaded machine produces, on demand.

A worker that keeps no cache replays the whole history for every workflow task; a workflow task
that fails (an exception in workflow code, the deadlock detector) or times out is retried by the
server from the full history. `ChaosInterceptor` makes chosen workflow tasks do that: the first
time (not on replay) a workflow schedules its n-th activity, starts its n-th timer or upserts its
n-th search-attribute set, the task fails or stalls. Which points are hit is decided by a RNG
seeded with the plan's seed and the point: every run of a case hits the same points, so a failing
case can be run again.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from temporalio import workflow
from temporalio.worker import (
    Interceptor,
    StartActivityInput,
    WorkflowInboundInterceptor,
    WorkflowInterceptorClassInput,
    WorkflowOutboundInterceptor,
)

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
    _done: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def strike(self, workflow_id: str, point: str) -> Fault | None:
        """The fault for this point, once per workflow and point (a retried task is not hit again)."""
        key = f"{workflow_id}/{point}"
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
