"""Percentiles and the engine's share of a workflow, read from its history.

Orchestration cost of one workflow = the time its activities waited to be dispatched (scheduled →
started, first attempts only, so a retry's backoff is not charged to the engine) plus the time its
workflow tasks took (scheduled → completed: queueing and running the workflow code). Divided by the
number of activities, the same measure applies to the pipeline and to the bare no-op workflow, so
their ratio is the pipeline's orchestration overhead over the engine's own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in 0..100."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summary(values: Sequence[float]) -> dict[str, float | int]:
    def r(x: float) -> float:
        return round(x, 4)

    return {
        "n": len(values),
        "p50": r(percentile(values, 50)),
        "p95": r(percentile(values, 95)),
        "p99": r(percentile(values, 99)),
        "max": r(max(values)) if values else math.nan,
        "mean": r(sum(values) / len(values)) if values else math.nan,
    }


@dataclass(frozen=True)
class EngineCost:
    activities: int
    retried_activities: int
    dispatch_seconds: float
    workflow_task_seconds: float
    workflow_tasks: int
    events: int
    history_bytes: int
    activity_types: tuple[str, ...]

    @property
    def seconds(self) -> float:
        return self.dispatch_seconds + self.workflow_task_seconds

    @property
    def per_activity(self) -> float:
        return self.seconds / max(self.activities, 1)


def _t(event: HistoryEvent) -> float:
    return event.event_time.seconds + event.event_time.nanos / 1e9


def engine_cost(events: Iterable[HistoryEvent]) -> EngineCost:
    by_id: dict[int, HistoryEvent] = {}
    dispatch, wft, wft_count, activities, retried = 0.0, 0.0, 0, 0, 0
    types: list[str] = []
    count, size = 0, 0
    for ev in events:
        count += 1
        size += ev.ByteSize()
        by_id[ev.event_id] = ev
        if ev.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            activities += 1
            types.append(ev.activity_task_scheduled_event_attributes.activity_type.name)
        elif ev.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            attrs = ev.activity_task_started_event_attributes
            if attrs.attempt > 1:
                retried += 1
            else:
                dispatch += _t(ev) - _t(by_id[attrs.scheduled_event_id])
        elif ev.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            attrs_c = ev.workflow_task_completed_event_attributes
            wft += _t(ev) - _t(by_id[attrs_c.scheduled_event_id])
            wft_count += 1
    return EngineCost(
        activities=activities,
        retried_activities=retried,
        dispatch_seconds=dispatch,
        workflow_task_seconds=wft,
        workflow_tasks=wft_count,
        events=count,
        history_bytes=size,
        activity_types=tuple(types),
    )
