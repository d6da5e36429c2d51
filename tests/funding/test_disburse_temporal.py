"""`disburse` as Temporal runs it: an attempt dies after the bank call, Temporal retries, the retry
resumes from the ledger; two workflows paying the same loan at once still pay once."""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy.engine import Engine
from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

with workflow.unsafe.imports_passed_through():
    from precredit.activities.funding import FundingActivities
    from precredit.models.activities import DisbursementRequest, DisbursementResult
    from tests.funding.conftest import NOON, Bank, assert_clean, engine_only, request, settled


@workflow.defn(name="PayOnce", sandboxed=False)
class PayOnce:
    @workflow.run
    async def run(self, req: DisbursementRequest) -> DisbursementResult:
        return await workflow.execute_activity(
            "disburse",
            req,
            result_type=DisbursementResult,
            start_to_close_timeout=timedelta(seconds=10),
            retry_policy=RetryPolicy(initial_interval=timedelta(milliseconds=50), maximum_attempts=10),
        )


async def test_retry_after_a_crash_and_parallel_duplicates(
    dev_env: WorkflowEnvironment, engine: Engine, bank: Bank
) -> None:
    chans = [
        bank("bank-a", fee_fixed="1", faults={"script": ["timeout_lost", "reject"]}),
        bank("bank-b", fee_fixed="2"),
    ]
    crashes: list[str] = []

    def crash_first(key: str, transfer: object) -> None:
        if not crashes:
            crashes.append(key)
            raise RuntimeError("worker lost between the bank's answer and the ledger")

    acts = FundingActivities(engine_only(engine), chans, clock=lambda: NOON, after_send=crash_first)
    queue = f"pay-{uuid.uuid4().hex}"
    with ThreadPoolExecutor(4) as pool:
        async with Worker(
            dev_env.client,
            task_queue=queue,
            workflows=[PayOnce],
            activities=[acts.disburse],
            activity_executor=pool,
        ):
            results = await asyncio.gather(
                *(
                    dev_env.client.execute_workflow(
                        PayOnce.run, request("T1"), id=f"pay-{i}-{uuid.uuid4().hex}", task_queue=queue
                    )
                    for i in range(3)
                )
            )
    assert crashes == ["disburse-T1"]
    assert {r.payment_id for r in results} == {results[0].payment_id}
    assert settled(chans, "disburse-T1") == [results[0].channel]
    assert_clean(engine, chans)
