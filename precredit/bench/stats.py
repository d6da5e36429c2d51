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


# Activities run by update handlers execute while the workflow waits for a person; the workflow's
# own accounting counts that time as human time, so they are left out of the busy time as well.
HANDLER_ACTIVITIES = frozenset({"verify_sms_code", "verify_buyer_signature", "redeem_pickup_code"})

Interval = tuple[float, float]


def activity_intervals(
    events: Iterable[HistoryEvent], *, exclude: frozenset[str] = frozenset()
) -> list[Interval]:
    """(started, closed) of every activity's last attempt, as epoch seconds."""
    by_id: dict[int, HistoryEvent] = {}
    out: list[Interval] = []
    closing = {
        EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: "activity_task_completed_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: "activity_task_failed_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: "activity_task_timed_out_event_attributes",
    }
    for ev in events:
        by_id[ev.event_id] = ev
        attr = closing.get(ev.event_type)
        if attr is None:
            continue
        attrs = getattr(ev, attr)
        scheduled = by_id[attrs.scheduled_event_id]
        if scheduled.activity_task_scheduled_event_attributes.activity_type.name in exclude:
            continue
        started = by_id.get(attrs.started_event_id)
        out.append((_t(started) if started else _t(scheduled), _t(ev)))
    return out


def union_seconds(intervals: Sequence[Interval], *, within: Sequence[Interval] | None = None) -> float:
    """Length of the union of `intervals`, optionally clipped to the union of `within`."""
    if within is not None:
        intervals = [
            (max(a, lo), min(b, hi)) for a, b in intervals for lo, hi in within if min(b, hi) > max(a, lo)
        ]
    total, end = 0.0, -math.inf
    for a, b in sorted(intervals):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total
