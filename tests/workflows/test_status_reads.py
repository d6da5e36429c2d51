"""Status reads: from the workflow's memo, never a worker's replay, and shared among pollers.

With no workflow cache every status query replays the whole history on a worker that also runs
every application's workflow tasks. In CI (stop 20) six simulated buyers polling four times a second
kept a 2-core worker answering queries while all workflow tasks waited 18-30 s, and a good
application expired unsigned; in the issue-17 bench the main worker spent most of its CPU on them.
The workflow now keeps its status view in its memo (`PublishedView`) and readers describe the
workflow: the server answers. These tests hold that on a real server and worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from temporalio.client import (
    Client,
    DescribeWorkflowInput,
    Interceptor,
    OutboundInterceptor,
    QueryWorkflowInput,
)
from temporalio.converter import WorkflowSerializationContext
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment

from precredit.client import PreCreditClient, query_status, read_status
from precredit.config import Settings
from precredit.models.messages import StatusView
from precredit.models.views import view_from_memo
from tests import factories
from tests.workflows.buyer import Script, act
from tests.workflows.fakes import SMS_CODE, FakeWorld
from tests.workflows.test_precredit_workflow import running, start


class CountQueries(Interceptor):
    """Counts status reads: queries (a worker replays) and describes (the server answers)."""

    def __init__(self) -> None:
        self.queries = 0
        self.describes = 0

    @property
    def reads(self) -> int:
        return self.queries + self.describes

    def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
        counter = self

        class Outbound(OutboundInterceptor):
            async def query_workflow(self, input: QueryWorkflowInput) -> Any:
                counter.queries += 1
                return await super().query_workflow(input)

            async def describe_workflow(self, input: DescribeWorkflowInput) -> Any:
                counter.describes += 1
                return await super().describe_workflow(input)

        return Outbound(next)


def counting_client(env: WorkflowEnvironment, tmp_path: Path) -> tuple[PreCreditClient, CountQueries]:
    counter = CountQueries()
    raw = Client(
        env.client.service_client,
        namespace=env.client.namespace,
        data_converter=env.client.data_converter,
        interceptors=[counter],
    )
    return PreCreditClient(raw, Settings(data_dir=tmp_path, status_max_age_seconds=1.0)), counter


async def waiting_for(client: PreCreditClient, app_id: str, what: str) -> None:
    for _ in range(200):
        view = await client.status(app_id)
        if view.waiting_for is not None and view.waiting_for.what == what:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{app_id} never waited for {what}")


@asynccontextmanager
async def waiting_for_the_sms_code(env: WorkflowEnvironment, client: PreCreditClient) -> AsyncIterator[str]:
    """A running application (its worker too) that waits for the buyer's SMS code: its id."""
    world = FakeWorld(factories.request())
    async with running(env.client, world) as queue:
        await start(env.client, queue, world)
        await waiting_for(client, world.req.application_id, "sms_code")
        yield world.req.application_id


async def test_many_pollers_send_one_query_per_max_age(dev_env: WorkflowEnvironment, tmp_path: Path) -> None:
    client, counter = counting_client(dev_env, tmp_path)
    async with waiting_for_the_sms_code(dev_env, client) as app_id:

        async def poll() -> None:
            loop = asyncio.get_running_loop()
            until = loop.time() + 2.5
            while loop.time() < until:
                view = await client.status(app_id, max_age=1.0)
                assert view.waiting_for is not None and view.waiting_for.what == "sms_code"
                await asyncio.sleep(0.05)

        before = counter.reads
        await asyncio.gather(*(poll() for _ in range(20)))
        # 20 pollers x ~50 reads in 2.5 s: one read for each second that passed, plus one that
        # was in flight when a second ended. Asked every time it would be ~1,000.
        assert 1 <= counter.reads - before <= 5, counter.reads - before

        # max_age=0 (the default) always asks: callers that decide on the state read it fresh.
        before = counter.reads
        for _ in range(3):
            await client.status(app_id)
        assert counter.reads - before == 3
        assert counter.queries == 0  # no read made a worker replay the history


async def test_a_message_from_this_client_makes_the_next_read_fresh(
    dev_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    client, counter = counting_client(dev_env, tmp_path)
    async with waiting_for_the_sms_code(dev_env, client) as app_id:
        seen = await client.status(app_id, max_age=60)
        assert seen.waiting_for is not None and seen.waiting_for.what == "sms_code"

        ack = await client.submit_sms_code(app_id, SMS_CODE)
        assert ack.accepted, ack.message
        # A minute-old view would still be served, but not one asked for before our own message.
        after = await client.status(app_id, max_age=60)
        assert after.waiting_for is None or after.waiting_for.what != "sms_code", after.waiting_for

        before = counter.reads
        await client.status(app_id, max_age=60)
        assert counter.reads == before  # the fresh view above is reused

    # A failed read is never served from memory: the next read asks again.
    before = counter.reads
    for _ in range(2):
        with pytest.raises(RPCError):
            await client.status("no-such-application", max_age=60)
    assert counter.reads - before == 2


async def test_the_memo_holds_the_query_view_and_answers_with_no_worker(
    dev_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    client, counter = counting_client(dev_env, tmp_path)
    world = FakeWorld(factories.request())
    app_id = world.req.application_id
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        await waiting_for(client, app_id, "sms_code")
        queried = await query_status(handle)
        assert await read_status(handle) == queried
    # No worker polls now: a query would wait for one until it timed out. The server answers.
    before = counter.queries
    assert await asyncio.wait_for(client.status(app_id), 5) == queried
    assert counter.queries == before


async def test_a_finished_application_keeps_its_last_view_and_writes_only_changes(
    dev_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    world = FakeWorld(factories.request())
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        await act(handle, Script())
        result = await asyncio.wait_for(handle.result(), 60)
        queried = await query_status(handle)
    read = await read_status(handle)
    assert read == queried
    assert (read.status, read.reason_codes, read.pickup_code_masked) == (
        result.status, result.reason_codes, result.pickup_code_masked,
    )  # fmt: skip
    assert "finished" in read.timestamps and read.step_seconds == result.step_seconds

    # Each memo write changes at least one entry and writes only entries that changed, small
    # enough that the SDK never warns (2 KB); the entries add up to the view.
    converter = dev_env.client.data_converter.with_context(
        WorkflowSerializationContext(namespace=dev_env.client.namespace, workflow_id=handle.id)
    )
    published: dict[str, Any] = {}
    sizes: list[int] = []
    async for event in handle.fetch_history_events():
        if event.HasField("workflow_execution_started_event_attributes"):
            started = event.workflow_execution_started_event_attributes.memo.fields
            published = {k: (await converter.decode([p]))[0] for k, p in started.items()}
        if not event.HasField("workflow_properties_modified_event_attributes"):
            continue
        upserted = event.workflow_properties_modified_event_attributes.upserted_memo
        sizes.append(upserted.ByteSize())
        for key, payload in upserted.fields.items():
            value = (await converter.decode([payload]))[0] if payload.data or payload.metadata else None
            assert published.get(key) != value, f"{key} written unchanged"
            if value is None:
                del published[key]
            else:
                published[key] = value
    assert 10 < len(sizes) < 80 and max(sizes) < 2048, sizes
    assert view_from_memo(published, StatusView) == read
