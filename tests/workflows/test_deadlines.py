"""Every human wait expires on its deadline: the time-skipping test server runs days in seconds."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
from temporalio.testing import WorkflowEnvironment

from precredit.client import query_status
from precredit.models.application import Deadlines, LoanDocuments
from precredit.policy.identifiers import id_check_char
from tests import factories
from tests.workflows.buyer import Script, act, status
from tests.workflows.fakes import FakeWorld
from tests.workflows.test_precredit_workflow import running, start

# Production-like deadlines: hours and days, which only a time-skipping server makes testable.
REAL = Deadlines(
    sms_code=600, authorisation_signature=3600, underwriter=86400, documents=3 * 86400,
    contract_signature=3 * 86400, contract_reminder_every=86400, pickup=7 * 86400, appeal_window=0,
)  # fmt: skip


async def world_on(env: WorkflowEnvironment, **knobs: Any) -> FakeWorld:
    """An applicant 35 years old on the server's clock. The time-skipping server's clock only moves
    forward and is shared by the session's tests (it stood in 2056 in one full run), and identity
    checks the applicant's age when the loan ends against that clock (`max_age_at_maturity`)."""
    now = (await env.get_current_time()).date()
    born = date(now.year - 35, 3, 7)
    stem = "110105" + born.strftime("%Y%m%d") + "123"
    req = factories.request(applicant__id_number=stem + id_check_char(stem), **knobs.pop("request", {}))
    overrides: dict[str, dict[str, str | None]] = {"id_card_front": {"birth_date": born.isoformat()}}
    return FakeWorld(req, ocr_overrides=overrides, **knobs)


@pytest.mark.parametrize(
    ("script", "knobs", "reason"),
    [
        (Script(sms=False), {}, "SMS_NOT_CONFIRMED"),
        (Script(sign_authorisation=False), {}, "AUTHORISATION_NOT_SIGNED"),
        (Script(underwriter=None), {"fraud_probability": 0.5}, "UNDERWRITER_TIMEOUT"),
        (Script(sign_contract=False), {}, "CONTRACT_NOT_SIGNED"),
        (Script(redeem=False), {}, "PICKUP_EXPIRED"),
    ],
)
async def test_human_wait_expires(
    ts_env: WorkflowEnvironment, script: Script, knobs: dict, reason: str
) -> None:
    world = await world_on(ts_env, **knobs)
    async with running(ts_env.client, world) as queue:
        handle = await start(ts_env.client, queue, world, deadlines=REAL)
        await act(handle, script)
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "EXPIRED", (result.reason_codes, result.decisions)
    assert reason in result.reason_codes
    if reason == "CONTRACT_NOT_SIGNED":
        assert world.calls["send_reminder"] == 2  # day 1 and day 2 of a three-day window
        assert world.calls["disburse"] == 0
    if reason == "PICKUP_EXPIRED":
        assert world.calls["disburse"] == 1


async def test_documents_never_uploaded_expire(ts_env: WorkflowEnvironment) -> None:
    world = await world_on(ts_env, request={"loan_documents": {}})
    async with running(ts_env.client, world) as queue:
        handle = await start(ts_env.client, queue, world, deadlines=REAL)
        await act(handle, Script())
        view = await status(handle)
        assert view.waiting_for is not None and view.waiting_for.what == "documents"
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "EXPIRED" and "DOCUMENTS_NOT_UPLOADED" in result.reason_codes


async def test_documents_uploaded_later_continue(ts_env: WorkflowEnvironment) -> None:
    from precredit.models.messages import DocumentsUpload, UpdateAck

    full = factories.request()
    world = await world_on(ts_env, request={"loan_documents": {}})
    async with running(ts_env.client, world) as queue:
        handle = await start(ts_env.client, queue, world, deadlines=REAL)
        await act(handle, Script())
        part = LoanDocuments(purchase_contract=full.loan_documents.purchase_contract)
        ack = await handle.execute_update(
            "upload_documents", DocumentsUpload(documents=part), result_type=UpdateAck
        )
        assert ack.accepted and "vehicle_invoice" in ack.message
        await handle.execute_update(
            "upload_documents", DocumentsUpload(documents=full.loan_documents), result_type=UpdateAck
        )
        await act(handle, Script())
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED"


async def test_unappealed_model_decline_closes_after_the_window(ts_env: WorkflowEnvironment) -> None:
    world = await world_on(ts_env, approval_probability=0.9)
    async with running(ts_env.client, world) as queue:
        handle = await start(
            ts_env.client, queue, world, deadlines=REAL.model_copy(update={"appeal_window": 7 * 86400})
        )
        await act(handle, Script(), ask=query_status)
        # Asked of the workflow, not read from its memo: the time-skipping server holds its clock
        # while a worker answers a query, but a read that needs no worker lets it jump the 7 days.
        view = await query_status(handle)
        assert view.waiting_for is not None and view.waiting_for.what == "review_request"
        result = await asyncio.wait_for(handle.result(), 60)
        closed = (await handle.describe()).close_time
    assert result.status == "DECLINED" and result.reason_codes == ["APPROVAL_SCORE_LOW"]
    assert closed is not None and round((closed - view.waiting_for.since).total_seconds() / 86400) == 7
