"""A scripted buyer for workflow tests: acts on what the `status` query says the workflow waits for."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from temporalio.client import WorkflowHandle

from precredit.client import read_status
from precredit.models.decisions import Status
from precredit.models.messages import (
    PickupRedemption,
    SignatureInput,
    SmsCodeInput,
    StatusView,
    UnderwriterDecision,
    UpdateAck,
)
from tests.workflows.fakes import PICKUP_CODE, SMS_CODE, proof_for, signature_for


@dataclass
class Script:
    sms: bool = True
    sign_authorisation: bool = True
    sign_contract: bool = True
    redeem: bool = True
    underwriter: str | None = "approve"
    dealer_id: str = "D001"
    seen: list[str] = field(default_factory=list)


async def status(handle: WorkflowHandle) -> StatusView:
    """The view as the API reads it: from the workflow's memo, which the server answers. (A status
    query would replay the whole history on the test's cacheless worker at every poll, and the
    buyer polls every 20-50 ms; `test_status_reads` checks that the query and the memo agree.)"""
    return await read_status(handle)


async def until_waiting(handle: WorkflowHandle, what: str, limit: float = 60.0) -> None:
    """Polls the status until the application waits for `what`: it must still be running, and
    waiting within `limit` seconds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    while loop.time() < end:
        view = await status(handle)
        if view.waiting_for is not None and view.waiting_for.what == what:
            return
        assert view.status == "RUNNING", view.reason_codes
        await asyncio.sleep(0.02)
    raise AssertionError(f"not waiting for {what} after {limit:.0f} s: {view.waiting_for}")


async def act(
    handle: WorkflowHandle,
    script: Script,
    *,
    stop_after: float = 60,
    ask: Callable[[WorkflowHandle], Awaitable[StatusView]] = status,
) -> Script:
    """Acts until the workflow ends or waits for something the script will not do; `ask` replaces
    the plain status query (e.g. one that records what it sees)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + stop_after
    done: set[str] = set()
    while loop.time() < deadline:
        view = await ask(handle)
        if view.status != Status.RUNNING:
            return script
        w = view.waiting_for
        key = f"{w.what}@{w.since.isoformat()}" if w else ""
        if w is None or key in done:
            await asyncio.sleep(0.05)
            continue
        what = w.what
        if what == "sms_code" and script.sms:
            await handle.execute_update("submit_sms_code", SmsCodeInput(code=SMS_CODE), result_type=UpdateAck)
        elif what == "authorisation_signature" and script.sign_authorisation:
            sha = view.signing_documents["authorisation_letter"]
            sig = SignatureInput(document_sha256=sha, signature_b64=signature_for(sha))
            await handle.execute_update("sign_authorisation", sig, result_type=UpdateAck)
        elif what == "contract_signature" and script.sign_contract:
            sha = view.signing_documents["loan_contract"]
            sig = SignatureInput(document_sha256=sha, signature_b64=signature_for(sha))
            await handle.execute_update("sign_contract", sig, result_type=UpdateAck)
        elif what == "underwriter" and script.underwriter:
            await handle.signal(
                "underwriter_decision",
                UnderwriterDecision(
                    underwriter_id="uw-7",
                    decision=script.underwriter,
                    reason="checked",
                    proof=proof_for("underwriter", "uw-7"),
                ),
            )
        elif what == "pickup" and script.redeem:
            red = PickupRedemption(
                dealer_id=script.dealer_id, code=PICKUP_CODE, proof=proof_for("dealer", script.dealer_id)
            )
            await handle.execute_update("redeem_pickup", red, result_type=UpdateAck)
        else:
            return script  # the script stops acting here; the deadline decides
        script.seen.append(what)
        done.add(key)
    return script
