"""Replays a history and, when it does not replay, says which events it holds.

A nondeterminism error names one event id; without the events around it a failure seen once (in CI,
under load) cannot be told apart from a change to the workflow. The failure therefore carries a
one-line-per-event listing (types and activity/timer/update/signal names, no payloads) and the
history is written as JSON under the system temp directory.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHistory
from temporalio.converter import DataConverter
from temporalio.worker import Replayer

from precredit.workers.guard import QueryPlaybackGuard

HISTORIES = Path(__file__).parent / "histories"


def replay_only(workflows: Sequence[type], data_converter: DataConverter) -> Replayer:
    """A replayer that checks determinism and nothing else, through the runner production workers
    use (`QueryPlaybackGuard`), so every replayed history also shows that the guard refuses no real
    workflow task (`replay_every_prefix` checks it at every boundary). The SDK's deadlock detector fails an
    activation that takes over 2 s of wall time, and in the full suite's process (300 000+ objects
    after the OCR tests, two cores shared with the dev server) one garbage collection inside a
    replayed activation took longer: CI failed a history that replays (stop 21, a `_DeadlockError`
    raised inside a weakref callback of the collector). A replay that truly never yields is still
    caught, by the suite's per-test timeout."""
    return Replayer(
        workflows=workflows,
        data_converter=data_converter,
        debug_mode=True,
        workflow_runner=QueryPlaybackGuard(),
    )


def guard_of(replayer: Replayer) -> QueryPlaybackGuard:
    runner = replayer.config()["workflow_runner"]
    assert isinstance(runner, QueryPlaybackGuard), "replay through replay_only"
    return runner


def describe(history: WorkflowHistory) -> str:
    lines = []
    for e in history.events:
        kind = e.WhichOneof("attributes") or ""
        attrs: Any = getattr(e, kind) if kind else None
        name = ""
        if attrs is not None:
            if hasattr(attrs, "activity_type"):
                name = attrs.activity_type.name
            elif hasattr(attrs, "timer_id"):
                name = f"timer {attrs.timer_id}"
            elif hasattr(attrs, "signal_name"):
                name = attrs.signal_name
            elif hasattr(attrs, "accepted_request"):
                name = attrs.accepted_request.input.name
            elif kind == "marker_recorded_event_attributes":
                name = attrs.marker_name
            elif kind == "workflow_task_failed_event_attributes":
                name = f"{attrs.cause} {attrs.failure.message[:160]}"
            elif kind == "workflow_task_timed_out_event_attributes":
                name = str(attrs.timeout_type)
        event_types = e.DESCRIPTOR.fields_by_name["event_type"].enum_type
        assert event_types is not None  # `event_type` is an enum field
        event_type = event_types.values_by_number[e.event_type]
        lines.append(f"{e.event_id} {event_type.name.removeprefix('EVENT_TYPE_')} {name}".rstrip())
    return "\n".join(lines)


def explain(history: WorkflowHistory, err: BaseException) -> AssertionError:
    """`err` (a failed replay, here or in the worker) with the history's events; the history saved."""
    saved = Path(tempfile.gettempdir()) / f"unreplayable-{history.workflow_id}.json"
    saved.write_text(history.to_json())
    return AssertionError(
        f"history of {history.workflow_id} does not replay: {err}\n"
        f"(saved to {saved}) events:\n{describe(history)}"
    )


async def replay_or_explain(replayer: Replayer, history: WorkflowHistory) -> None:
    try:
        await replayer.replay_workflow(history)
    except Exception as err:
        raise explain(history, err) from err


def task_boundaries(history: WorkflowHistory) -> list[int]:
    """Lengths of the prefixes that end at a workflow task boundary (a WORKFLOW_TASK_STARTED event),
    the histories a worker rebuilds a running workflow from, plus the whole history."""
    started = EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
    cuts = [i + 1 for i, e in enumerate(history.events) if e.event_type == started]
    return [*cuts, len(history.events)] if not cuts or cuts[-1] != len(history.events) else cuts


async def replay_every_prefix(replayer: Replayer, history: WorkflowHistory) -> int:
    """Replays the history cut at every workflow task boundary; returns how many were replayed.

    A worker that lost its cache rebuilds a running workflow from the history so far, so a workflow
    must replay at every boundary, not only once finished. The first prefix that does not replay
    fails with the whole history's events listed. The prefixes go through one replay worker, one
    after another (each is evicted before the next is pushed), rather than a worker each: the same
    replays at a fraction of the set-up.
    """
    cuts = task_boundaries(history)
    guard = guard_of(replayer)
    events = list(history.events)

    async def prefixes() -> AsyncIterator[WorkflowHistory]:
        for cut in cuts:
            yield WorkflowHistory(history.workflow_id, events[:cut])

    async with replayer.workflow_replay_iterator(prefixes()) as results:
        done = 0
        refused = guard.refusals
        async for result in results:
            cut = cuts[done]
            done += 1
            if result.replay_failure is not None:
                err = result.replay_failure
                raise explain(history, AssertionError(f"cut after event {cut}: {err}")) from err
            if guard.refusals != refused:
                raise explain(
                    history, AssertionError(f"cut after event {cut}: the cache guard refused a real task")
                )
    assert done == len(cuts), f"{done} of {len(cuts)} prefixes replayed"
    return len(cuts)
