"""An answer a person gives while a wait is open counts, though checking it outlasts the deadline.

The SMS code and the pickup code are checked by an activity after the update is accepted. When that
check ends after the wait's deadline, the application used to expire while the person was told
"verified" or "car released" (for the pickup code, with the car already gone). Now the wait, at its
deadline, lets the answers it took finish first. Runs on the real dev server; every history replays
at every workflow-task boundary."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

from temporalio import activity
from temporalio.client import WorkflowHandle
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.models.activities import (
    PickupRedeemRequest,
    PickupRedeemResult,
    SmsVerifyRequest,
    SmsVerifyResult,
)
from precredit.models.messages import PickupRedemption, PreCreditResult, SmsCodeInput, UpdateAck
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows.buyer import Script, act, until_waiting
from tests.workflows.fakes import PICKUP_CODE, SMS_CODE, FakeWorld, proof_for
from tests.workflows.replay import replay_every_prefix, replay_only
from tests.workflows.test_precredit_workflow import FAST, start

WINDOW = 6.0  # the wait's deadline: wide enough for a loaded machine to answer inside it
SLOW = 8.0  # seconds the check takes, so it ends after the deadline


def slowed(activities: list[Callable[..., Any]], name: str) -> list[Callable[..., Any]]:
    """`activities` with the one registered as `name` (the SMS or the pickup check) SLOW s slower."""
    inner = next(a for a in activities if getattr(a, "__name__", "") == name)

    @activity.defn(name="verify_sms_code")
    async def slow_sms(arg: SmsVerifyRequest) -> SmsVerifyResult:
        await asyncio.sleep(SLOW)
        result: SmsVerifyResult = await inner(arg)
        return result

    @activity.defn(name="redeem_pickup_code")
    async def slow_pickup(arg: PickupRedeemRequest) -> PickupRedeemResult:
        await asyncio.sleep(SLOW)
        result: PickupRedeemResult = await inner(arg)
        return result

    slow: Callable[..., Any] = slow_sms if name == "verify_sms_code" else slow_pickup
    return [slow, *(a for a in activities if a is not inner)]


async def run_with_slow_check(
    env: WorkflowEnvironment,
    world: FakeWorld,
    slow: str,
    deadlines: dict[str, float],
    answer: Callable[..., Any],
) -> tuple[UpdateAck, PreCreditResult]:
    queue = f"tq-{uuid.uuid4().hex}"
    async with Worker(
        env.client, task_queue=queue, workflows=[PreCreditWorkflow],
        activities=slowed(world.activities(), slow), **factories.workflow_cache(),
    ):  # fmt: skip
        handle = await start(env.client, queue, world, deadlines=FAST.model_copy(update=deadlines))
        ack: UpdateAck = await answer(handle)
        await act(handle, Script())
        result = await asyncio.wait_for(handle.result(), 60)
    replayer = replay_only([PreCreditWorkflow], env.client.data_converter)
    replayed = await replay_every_prefix(replayer, await handle.fetch_history())
    assert replayed > 5
    return ack, result


async def test_an_sms_code_typed_in_time_counts_though_its_check_ends_after_the_deadline(
    dev_env: WorkflowEnvironment,
) -> None:
    async def answer(handle: WorkflowHandle[Any, Any]) -> UpdateAck:
        await until_waiting(handle, "sms_code")
        ack: UpdateAck = await handle.execute_update(
            "submit_sms_code", SmsCodeInput(code=SMS_CODE), result_type=UpdateAck
        )
        return ack

    world = FakeWorld(factories.request())
    ack, result = await run_with_slow_check(dev_env, world, "verify_sms_code", {"sms_code": WINDOW}, answer)
    assert ack.accepted and ack.message == "verified"
    assert result.status == "COMPLETED", result.reason_codes  # was EXPIRED, SMS_NOT_CONFIRMED
    assert world.calls["verify_sms_code"] == 1


async def test_a_pickup_code_given_in_time_counts_though_its_check_ends_after_the_deadline(
    dev_env: WorkflowEnvironment,
) -> None:
    async def answer(handle: WorkflowHandle[Any, Any]) -> UpdateAck:
        await act(handle, Script(redeem=False))  # everything up to the pickup wait
        await until_waiting(handle, "pickup")
        redemption = PickupRedemption(dealer_id="D001", code=PICKUP_CODE, proof=proof_for("dealer", "D001"))
        ack: UpdateAck = await handle.execute_update("redeem_pickup", redemption, result_type=UpdateAck)
        return ack

    world = FakeWorld(factories.request())
    ack, result = await run_with_slow_check(dev_env, world, "redeem_pickup_code", {"pickup": WINDOW}, answer)
    assert ack.accepted and ack.message == "car released"
    assert result.status == "COMPLETED", result.reason_codes  # was EXPIRED, PICKUP_EXPIRED
    assert [d.verdict for d in result.decisions if d.step.value == "pickup"] == ["pass"]
