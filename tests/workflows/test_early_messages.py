"""A person's message that arrives in the same workflow task as the event that opens its wait.

The status query can show a wait before a workflow task has applied the event behind it (a worker
rebuilding the run answers from every event the server holds), and a fast buyer can type the SMS
code before the task that follows its sending. The message then reaches the workflow in that task,
where the SDK runs its validator before the workflow code has seen the event. That buyer must not be
refused with "not waiting for ..." (seen as a flaky test under load, issue 12's busy-worker case).

The shape is made on purpose: the contract is prepared while no workflow worker polls, so its
completion waits in history; the signature is sent; a workflow worker starts and gets both at once.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from temporalio import activity
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowUpdateStage
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.models.activities import SigningDocument, SigningRequest
from precredit.models.messages import PreCreditResult, SignatureInput, UpdateAck
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows import buyer
from tests.workflows.buyer import Script
from tests.workflows.fakes import FakeWorld, signature_for
from tests.workflows.replay import replay_every_prefix, replay_only
from tests.workflows.test_precredit_workflow import start


class GatedContract:
    """prepare_signing_document that holds the loan contract until released."""

    def __init__(self, world: FakeWorld) -> None:
        self.entered = asyncio.Event()
        self.release = asyncio.Event()
        self.doc: SigningDocument | None = None
        inner = next(
            a for a in world.activities() if getattr(a, "__name__", "") == "prepare_signing_document"
        )

        @activity.defn(name="prepare_signing_document")
        async def prepare_signing_document(r: SigningRequest) -> SigningDocument:
            doc: SigningDocument = await inner(r)
            if r.kind == "loan_contract":
                self.entered.set()
                await self.release.wait()
                self.doc = doc
            return doc

        self.activities = [
            prepare_signing_document,
            *[a for a in world.activities() if getattr(a, "__name__", "") != "prepare_signing_document"],
        ]


def completed(events: Any) -> list[int]:
    return [e.event_id for e in events if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED]


async def test_a_signature_arriving_with_its_document_is_accepted(dev_env: WorkflowEnvironment) -> None:
    # Fake applicant data only: the plain converter lets the history be replayed here.
    client = Client(dev_env.client.service_client, namespace=dev_env.client.namespace,
                    data_converter=pydantic_data_converter)  # fmt: skip
    world = FakeWorld(factories.request())
    gate = GatedContract(world)
    queue = f"tq-{uuid.uuid4().hex}"

    def workflows() -> Worker:
        return Worker(client, task_queue=queue, workflows=[PreCreditWorkflow], max_cached_workflows=0)

    async with Worker(client, task_queue=queue, activities=gate.activities):
        async with workflows():
            handle = await start(client, queue, world)
            acting = asyncio.create_task(buyer.act(handle, Script(sign_contract=False), stop_after=120))
            await asyncio.wait_for(gate.entered.wait(), 60)
            acting.cancel()
        # No workflow worker: the contract is ready, the task that would open the wait is not run.
        before = len(completed((await handle.fetch_history()).events))
        gate.release.set()
        while len(done := completed((await handle.fetch_history()).events)) == before:
            await asyncio.sleep(0.05)
        assert gate.doc is not None
        sig = SignatureInput(document_sha256=gate.doc.sha256, signature_b64=signature_for(gate.doc.sha256))
        signing = asyncio.create_task(
            handle.start_update(
                "sign_contract", sig, wait_for_stage=WorkflowUpdateStage.ACCEPTED, result_type=UpdateAck
            )
        )
        await asyncio.sleep(0.5)  # the server holds the update for the pending task
        async with workflows():
            ack = await asyncio.wait_for(signing, 60)
            assert (await ack.result()).accepted, "the buyer who signed what they were shown was refused"
            await buyer.act(handle, Script(), stop_after=120)
            result: PreCreditResult = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED", result.reason_codes

    history = await handle.fetch_history()
    events = history.events
    accepted = next(
        e.event_id for e in events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
        and e.event_id > done[-1]
    )  # fmt: skip
    started = [
        e.event_id for e in events
        if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED and done[-1] < e.event_id < accepted
    ]  # fmt: skip
    assert len(started) == 1, "the signature did not arrive in the task that applies the contract"
    await replay_every_prefix(replay_only([PreCreditWorkflow], pydantic_data_converter), history)


async def test_a_signature_for_another_document_arriving_early_is_refused(
    dev_env: WorkflowEnvironment,
) -> None:
    """The early path checks the document once the wait opens: a stale or forged digest is refused
    and the application still waits for the real signature."""
    client = dev_env.client
    world = FakeWorld(factories.request())
    gate = GatedContract(world)
    queue = f"tq-{uuid.uuid4().hex}"
    async with Worker(client, task_queue=queue, activities=gate.activities):
        async with Worker(client, task_queue=queue, workflows=[PreCreditWorkflow], max_cached_workflows=0):
            handle = await start(client, queue, world)
            acting = asyncio.create_task(buyer.act(handle, Script(sign_contract=False), stop_after=120))
            await asyncio.wait_for(gate.entered.wait(), 60)
            acting.cancel()
            sig = SignatureInput(document_sha256="0" * 64, signature_b64=signature_for("0" * 64))
            early = asyncio.create_task(handle.execute_update("sign_contract", sig, result_type=UpdateAck))
            await asyncio.sleep(0.5)
            gate.release.set()
            ack = await asyncio.wait_for(early, 60)
            assert not ack.accepted and "different document" in ack.message
            await buyer.act(handle, Script(), stop_after=120)
            result: PreCreditResult = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED", result.reason_codes
