"""A worker remembers each payload's serialization context between activations: the codec sees
exactly the contexts it saw before, asked of the sandbox far less often."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import (
    ActivitySerializationContext,
    PayloadCodec,
    SerializationContext,
    WithSerializationContext,
    WorkflowSerializationContext,
)
from temporalio.worker import Replayer, WorkflowInstance, WorkflowRunner
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner

from precredit.workers.guard import InstanceWrapper, RememberedContexts, RunnerWrapper
from precredit.workflows.precredit import PreCreditWorkflow
from tests.workflows.replay import task_boundaries

HISTORY = Path(__file__).parent / "histories" / "grey_zone_completed.json"


class Recorder(PayloadCodec, WithSerializationContext):
    """Writes down, for every payload the worker encodes or decodes, the context it came with."""

    def __init__(self, log: list[tuple[str, str]], context: str = "none") -> None:
        self.log, self.context = log, context

    def with_context(self, context: SerializationContext) -> Recorder:
        if isinstance(context, ActivitySerializationContext):
            return Recorder(self.log, f"activity {context.workflow_id} {context.activity_type}")
        if isinstance(context, WorkflowSerializationContext):
            return Recorder(self.log, f"workflow {context.workflow_id}")
        return Recorder(self.log, repr(context))

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        self.log.extend(("encode", self.context) for _ in payloads)
        return list(payloads)

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        self.log.extend(("decode", self.context) for _ in payloads)
        return list(payloads)


class _Counted(InstanceWrapper):
    def __init__(self, inner: WorkflowInstance, runner: CountingAsks) -> None:
        super().__init__(inner)
        self._runner = runner

    def get_serialization_context(self, command_info: Any) -> Any:
        self._runner.asks += 1
        return self._inner.get_serialization_context(command_info)


class CountingAsks(RunnerWrapper):
    """Counts the context questions that reach the runner it wraps."""

    def __init__(self, inner: WorkflowRunner) -> None:
        super().__init__(inner)
        self.asks = 0

    def wrap(self, instance: WorkflowInstance) -> WorkflowInstance:
        return _Counted(instance, self)


async def replayed(runner: WorkflowRunner) -> list[tuple[str, str]]:
    log: list[tuple[str, str]] = []
    converter = dataclasses.replace(pydantic_data_converter, payload_codec=Recorder(log))
    replayer = Replayer(workflows=[PreCreditWorkflow], data_converter=converter, workflow_runner=runner)
    history = WorkflowHistory.from_json("precredit-remembered", json.loads(HISTORY.read_text()))
    events = list(history.events)
    for cut in task_boundaries(history):  # as a cacheless worker rebuilds it at every task
        await replayer.replay_workflow(WorkflowHistory(history.workflow_id, events[:cut]))
    return log


async def test_the_codec_sees_the_same_contexts_with_far_fewer_asks_of_the_sandbox() -> None:
    plain = CountingAsks(SandboxedWorkflowRunner())
    before = await replayed(plain)
    remembering = CountingAsks(SandboxedWorkflowRunner())
    after = await replayed(RememberedContexts(remembering))
    assert after == before
    kinds = {context.split()[0] for _, context in before}
    assert kinds == {"workflow", "activity"}, kinds  # both kinds of answer were exercised
    assert remembering.asks < plain.asks / 3, (remembering.asks, plain.asks)
