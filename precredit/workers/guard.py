"""Keeps a worker's workflow cache from running a workflow ahead of its history (issues 12 and 17).

A status query that the server cannot hand to the worker's sticky queue in time (a loaded worker)
is sent through the normal task queue as a *legacy query*, with the full history read when a worker
polls it. That history can hold events that arrived after the last workflow task started: an
activity's result, a signal, an update. The SDK core (temporalio 1.35.0, `managed_run.rs`
`incoming_wft` → `new_work_from_server`) applies them to the run it caches, or to a run it builds
for the query, and activates the workflow on them before answering the query. The commands the
workflow returns are never sent (a query task cannot carry them) but stay queued in the cached run,
and the next real workflow task sends them before the commands for the events it brings. Replay
then applies those events in one activation, in the SDK's job order (signals and updates before
activity results), and the recorded history does not replay: "Activity machine does not handle
this event: UpsertWorkflowSearchAttributes" (issue 12). With no cache the run is dropped after each
task, so nothing is left queued; that is why workers kept no cache.

The activation that does this has a signature a real workflow task never has: its history grew,
but no new WorkflowTaskStarted event came with it, so `history_size_bytes` (which the core sets only
from a WorkflowTaskStarted event) is the one of the previous activation. The guard refuses such an
activation with a failed completion. The core then fails that query ("ask again") and evicts the
run; the next real workflow task rebuilds it from history, where those events belong to a task.

A run once refused answers nothing more: the core may hand it a task buffered behind the query
before it evicts it, and that task's commands would stay queued too.

What it does not fix: under heavy load (busy-worker stress runs with a cache of 1000) cached runs
still failed 3 times in 22, in the core's handling of a query and a real task for the same run (a
task that timed out and was retried on the same cached run, a query answered with a
nondeterminism error, an update rejected as unprocessed); docs/operations.md has the evidence.
Workers therefore keep no cache by default (`runner_for(0)` is the sandbox runner without the
guard, with only `RememberedContexts`, which makes the rebuild at every task cheaper). Not
tested either: a query whose history holds a task started on another worker (a new
WorkflowTaskStarted, so it passes); that activation ends where the real task ends, so what it
leaves queued is what that task records.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import temporalio.workflow
from temporalio.bridge.proto.workflow_activation import WorkflowActivation
from temporalio.bridge.proto.workflow_completion import WorkflowActivationCompletion
from temporalio.worker import WorkflowInstance, WorkflowInstanceDetails, WorkflowRunner
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner

from precredit.models.messages import QUERY_REFUSED

log = logging.getLogger(__name__)

# Jobs that do not move a workflow forward: answering a query, dropping the run.
_PASSIVE_JOBS = frozenset({"query_workflow", "remove_from_cache"})


@dataclass(frozen=True)
class Mark:
    """Where an activation stood in its history."""

    history_length: int
    history_size_bytes: int
    timestamp: tuple[int, int] | None

    @classmethod
    def of(cls, act: WorkflowActivation) -> Mark:
        time = (act.timestamp.seconds, act.timestamp.nanos) if act.HasField("timestamp") else None
        return cls(act.history_length, act.history_size_bytes, time)


def runs_ahead(previous: Mark | None, act: WorkflowActivation) -> bool:
    """Whether `act` would run the workflow on events no workflow task has started.

    `previous` is where the last activation this run was given stood. A real workflow task (sticky or not,
    replayed or new) ends at a WorkflowTaskStarted event, which sets a new `history_size_bytes`;
    activations inside one task (a local activity's result) leave `history_length` as it was.
    History that grew with neither is the tail of a legacy query's history.
    """
    if previous is None or act.history_length <= previous.history_length:
        return False
    if not any(job.WhichOneof("variant") not in _PASSIVE_JOBS for job in act.jobs):
        return False
    if act.history_size_bytes or previous.history_size_bytes:
        return act.history_size_bytes == previous.history_size_bytes
    # A server that does not report history sizes: the workflow time also comes only from a
    # task's start (or the first event), so an unchanged time is the same signature.
    now = Mark.of(act)
    return now.timestamp is not None and now.timestamp == previous.timestamp


class InstanceWrapper(WorkflowInstance):
    """A workflow instance that hands everything to `inner`; subclasses wrap `activate`."""

    def __init__(self, inner: WorkflowInstance) -> None:
        self._inner = inner

    def activate(self, act: WorkflowActivation) -> WorkflowActivationCompletion:
        return self._inner.activate(act)

    def get_serialization_context(self, command_info: Any) -> Any:
        return self._inner.get_serialization_context(command_info)

    def get_external_store_context(self, command_info: Any) -> Any:
        return self._inner.get_external_store_context(command_info)

    def get_info(self) -> temporalio.workflow.Info:
        return self._inner.get_info()

    def get_thread_id(self) -> int | None:
        return self._inner.get_thread_id()


class RunnerWrapper(WorkflowRunner):
    """A workflow runner that hands everything to `inner`, wrapping each instance it creates."""

    def __init__(self, inner: WorkflowRunner) -> None:
        self._inner = inner

    def wrap(self, instance: WorkflowInstance) -> WorkflowInstance:
        return instance

    def prepare_workflow(self, defn: temporalio.workflow._Definition) -> None:
        self._inner.prepare_workflow(defn)

    def create_instance(self, det: WorkflowInstanceDetails) -> WorkflowInstance:
        return self.wrap(self._inner.create_instance(det))

    def set_worker_level_failure_exception_types(self, types: Sequence[type[BaseException]]) -> None:
        self._inner.set_worker_level_failure_exception_types(types)


class _GuardedInstance(InstanceWrapper):
    def __init__(self, inner: WorkflowInstance, runner: QueryPlaybackGuard) -> None:
        super().__init__(inner)
        self._runner = runner
        self._previous: Mark | None = None
        self._refused = False

    def activate(self, act: WorkflowActivation) -> WorkflowActivationCompletion:
        if all(job.WhichOneof("variant") == "remove_from_cache" for job in act.jobs):
            return self._inner.activate(act)
        if self._refused:
            # The core was asked to evict this run but gave it more work first (a task buffered
            # behind the refused query): the run must not answer it, or it keeps commands the
            # history never gets. Failing it fails that task; the retry rebuilds from history.
            log.warning(
                "refused an activation of %s (run %s) at history length %d: the run was refused "
                "before and awaits eviction", self._inner.get_info().workflow_id, act.run_id, act.history_length,
            )  # fmt: skip
            return self._refuse(act)
        if runs_ahead(self._previous, act):
            self._refused = True
            self._runner.refused()
            log.warning(
                "refused an activation of %s (run %s) at history length %d: its events have no "
                "workflow task yet (previous activation at %d); the run is evicted",
                self._inner.get_info().workflow_id, act.run_id, act.history_length,
                self._previous.history_length if self._previous else 0,
            )  # fmt: skip
            return self._refuse(act)
        self._previous = Mark.of(act)
        return self._inner.activate(act)

    @staticmethod
    def _refuse(act: WorkflowActivation) -> WorkflowActivationCompletion:
        completion = WorkflowActivationCompletion(run_id=act.run_id)
        completion.failed.failure.message = QUERY_REFUSED
        return completion


class QueryPlaybackGuard(RunnerWrapper):
    """The sandboxed runner (or `inner`), refusing activations that run ahead of the history."""

    def __init__(self, inner: WorkflowRunner | None = None) -> None:
        super().__init__(inner or RememberedContexts())
        self._lock = threading.Lock()
        self.refusals = 0  # activations found running ahead (not the ones refused after them)

    def refused(self) -> None:
        with self._lock:
            self.refusals += 1

    def wrap(self, instance: WorkflowInstance) -> WorkflowInstance:
        return _GuardedInstance(instance, self)


class _RememberedContexts(InstanceWrapper):
    """Answers each payload's serialization context once per state of the workflow.

    The SDK asks the instance for the context of every payload it decodes or encodes (the codec
    needs the workflow id), and the sandboxed instance answers each ask by entering the sandbox
    (its import hooks applied and removed again): a few hundred asks per workflow task, about a
    tenth of a cacheless worker's CPU (py-spy, a fault-test batch). The answer depends only on the
    command and on the workflow's state, which changes only inside `activate`, so between two
    activations the same question has the same answer.
    """

    def __init__(self, inner: WorkflowInstance) -> None:
        super().__init__(inner)
        self._answers: dict[tuple[int, int] | None, Any] = {}

    def activate(self, act: WorkflowActivation) -> WorkflowActivationCompletion:
        self._answers.clear()
        try:
            return self._inner.activate(act)
        finally:
            self._answers.clear()

    def get_serialization_context(self, command_info: Any) -> Any:
        key = None if command_info is None else (command_info.command_type, command_info.command_seq)
        if key not in self._answers:
            self._answers[key] = self._inner.get_serialization_context(command_info)
        return self._answers[key]


class RememberedContexts(RunnerWrapper):
    """The sandboxed runner (or `inner`) with `_RememberedContexts` instances."""

    def __init__(self, inner: WorkflowRunner | None = None) -> None:
        super().__init__(inner or SandboxedWorkflowRunner())

    def wrap(self, instance: WorkflowInstance) -> WorkflowInstance:
        return _RememberedContexts(instance)


def runner_for(cache_size: int) -> WorkflowRunner:
    """The workflow runner for a worker keeping `cache_size` runs. With no cache the core drops the
    run a query was answered from, so a tail it ran leaves nothing queued: the query is answered as
    before (from the history including its tail) rather than refused."""
    return QueryPlaybackGuard() if cache_size > 0 else RememberedContexts()
