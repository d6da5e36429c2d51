"""The bare-engine baseline: one workflow running K no-op activities in a row, on its own task queue.

It uses the SDK's default data converter and a dataclass input on purpose: the baseline is the
engine alone, so the pipeline's codec, pydantic payloads and search attributes count as its
orchestration overhead rather than hiding in the baseline.

Run as a worker process: `python -m precredit.bench.noop ADDRESS TASK_QUEUE`.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from dataclasses import dataclass
from datetime import timedelta

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker

NOOP_TASK_QUEUE = "precredit-bench-noop"


@dataclass(frozen=True)
class NoopInput:
    activities: int


@activity.defn(name="bench_noop")
async def noop_activity(index: int) -> int:
    return index


@workflow.defn(name="BenchNoopWorkflow")
class NoopWorkflow:
    @workflow.run
    async def run(self, inp: NoopInput) -> int:
        for i in range(inp.activities):
            await workflow.execute_activity(
                "bench_noop", i, start_to_close_timeout=timedelta(seconds=30), result_type=int
            )
        return inp.activities


async def serve(address: str, task_queue: str) -> None:
    client = await Client.connect(address)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Worker(client, task_queue=task_queue, workflows=[NoopWorkflow], activities=[noop_activity]):
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else NOOP_TASK_QUEUE))
