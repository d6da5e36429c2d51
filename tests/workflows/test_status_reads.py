"""Polling readers share status queries: one per application per `status_max_age_seconds`.

With no workflow cache every status query replays the whole history on a worker that also runs
every application's workflow tasks. In CI (stop 20) six simulated buyers polling four times a second
kept a 2-core worker answering queries while all workflow tasks waited 18-30 s, and a good
application expired unsigned. These tests hold the client to its bound on a real server and worker.
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
    Interceptor,
    OutboundInterceptor,
    QueryWorkflowInput,
)
from temporalio.service import RPCError
from temporalio.testing import WorkflowEnvironment

from precredit.client import PreCreditClient
from precredit.config import Settings
from tests import factories
from tests.workflows.fakes import SMS_CODE, FakeWorld
from tests.workflows.test_precredit_workflow import running, start


class CountQueries(Interceptor):
    def __init__(self) -> None:
        self.queries = 0

    def intercept_client(self, next: OutboundInterceptor) -> OutboundInterceptor:
        counter = self

        class Outbound(OutboundInterceptor):
            async def query_workflow(self, input: QueryWorkflowInput) -> Any:
                counter.queries += 1
                return await super().query_workflow(input)

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

        before = counter.queries
        await asyncio.gather(*(poll() for _ in range(20)))
        # 20 pollers x ~50 reads in 2.5 s: one query for each second that passed, plus one that
        # was in flight when a second ended. Asked every time it would be ~1,000.
        assert 1 <= counter.queries - before <= 5, counter.queries - before

        # max_age=0 (the default) always asks: callers that decide on the state read it fresh.
        before = counter.queries
        for _ in range(3):
            await client.status(app_id)
        assert counter.queries - before == 3


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

        before = counter.queries
        await client.status(app_id, max_age=60)
        assert counter.queries == before  # the fresh view above is reused

    # A failed query is never served from memory: the next read asks again.
    before = counter.queries
    for _ in range(2):
        with pytest.raises(RPCError):
            await client.status("no-such-application", max_age=60)
    assert counter.queries - before == 2
