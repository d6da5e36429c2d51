"""PreCreditWorkflow against the real Temporal dev server, with fake activities under the real names."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from decimal import Decimal

import pytest
from temporalio import activity
from temporalio.client import Client, WorkflowHandle, WorkflowUpdateFailedError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.models.application import Deadlines, ExecutionOptions, PreCreditInput
from precredit.models.messages import (
    CancelRequest,
    PickupRedemption,
    PreCreditResult,
    SignatureInput,
    SmsCodeInput,
    UpdateAck,
    first_view_memo,
)
from precredit.models.proofs import ProofCheck, ProofVerdict
from precredit.policy.applicant import age_at_maturity
from precredit.policy.identifiers import id_check_char
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows.buyer import Script, act, status
from tests.workflows.fakes import FakeWorld, proof_for, signature_for
from tests.workflows.replay import replay_every_prefix, replay_only

FAST = Deadlines(
    sms_code=30, authorisation_signature=30, underwriter=30, documents=30,
    contract_signature=30, contract_reminder_every=30, pickup=30, appeal_window=0,
)  # fmt: skip
QUICK_RETRY = ExecutionOptions(
    activity_timeout=10, max_attempts=3, max_retry_interval=1, disbursement_give_up=6
)


@asynccontextmanager
async def running(client: Client, world: FakeWorld) -> AsyncIterator[str]:
    queue = f"tq-{uuid.uuid4().hex}"
    async with Worker(
        client, task_queue=queue, workflows=[PreCreditWorkflow], activities=world.activities(),
        **factories.workflow_cache(),
    ):  # fmt: skip
        yield queue


async def start(client: Client, queue: str, world: FakeWorld, **inp: object) -> WorkflowHandle:
    # The test's one worker serves the heavy activities too (fakes, nothing CPU-heavy).
    execution = QUICK_RETRY.model_copy(update={"heavy_task_queue": queue})
    body = PreCreditInput(request=world.req, deadlines=inp.pop("deadlines", FAST), execution=execution, **inp)
    return await client.start_workflow(
        "PreCreditWorkflow", body, id=f"precredit-{world.req.application_id}", task_queue=queue,
        result_type=PreCreditResult, memo=first_view_memo(world.req.application_id),
    )  # fmt: skip


async def run_case(
    env: WorkflowEnvironment, world: FakeWorld, script: Script | None = None
) -> PreCreditResult:
    async with running(env.client, world) as queue:
        handle = await start(env.client, queue, world)
        await act(handle, script or Script())
        return await asyncio.wait_for(handle.result(), 60)


async def test_happy_path_runs_all_seven_steps(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request())
    result = await run_case(dev_env, world)
    assert result.status == "COMPLETED", result.reason_codes
    assert [d.step.value for d in result.decisions] == [
        "identity", "anti_fraud", "authorisation", "approval", "documents", "contract", "pickup",
    ]  # fmt: skip
    assert all(d.verdict == "pass" for d in result.decisions)
    assert result.offer is not None and result.offer.monthly_payment > 0
    assert world.calls["disburse"] == 1 and world.calls["issue_pickup_code"] == 1
    assert world.calls["ocr_document"] == 5
    assert world.records[-1].status == "COMPLETED"
    assert world.calls["register_repayment_loan"] == 0  # no customer account given


async def test_funded_loan_is_tied_to_the_customers_repayment_cards(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(customer_id="cust.42"))
    result = await run_case(dev_env, world)
    assert result.status == "COMPLETED"
    assert [(loan.user_id, loan.status) for loan in world.repayment_loans] == [("cust.42", "IN_REPAYMENT")]


@pytest.mark.parametrize(
    ("knobs", "reason"),
    [
        ({"blacklisted": True}, "BLACKLISTED"),
        ({"elements_match": False}, "IDENTITY_UNVERIFIED"),
        ({"face_similarity": 0.2}, "FACE_MISMATCH"),
        ({"credit_points": 480}, "CREDIT_SCORE_LOW"),
        ({"dishonest": True}, "COURT_DISHONEST_DEBTOR"),
        ({"applications_30d": 12}, "MULTI_LENDING"),
        ({"fraud_probability": 0.95}, "FRAUD_SUSPECTED"),
        ({"approval_probability": 0.9}, "APPROVAL_SCORE_LOW"),
        ({"ocr_overrides": {"id_card_front": {"name": "李四"}}}, "ID_MISMATCH"),
        ({"ocr_overrides": {"id_card_back": {"valid_to": "2020-01-01"}}}, "ID_EXPIRED"),
        # A matching face that fails liveness (a photo of a photo) is not the applicant either.
        ({"liveness_ok": False}, "LIVENESS_FAILED"),
        # Declared no debt (3,000 a month leaves DTI under 0.55), the report shows 12,000 repaid.
        ({"bureau_monthly_repayments": Decimal("12000.00")}, "DTI_TOO_HIGH"),
    ],
)
async def test_declines_carry_their_reason(dev_env: WorkflowEnvironment, knobs: dict, reason: str) -> None:
    world = FakeWorld(factories.request(), **knobs)
    result = await run_case(dev_env, world)
    assert result.status == "DECLINED"
    assert reason in result.reason_codes
    assert world.calls["disburse"] == 0


async def test_debt_left_out_of_the_application_is_counted_from_the_credit_report(
    dev_env: WorkflowEnvironment,
) -> None:
    """Income 25,000, 90,000 over 36 months (about 2,750 a month): declaring 500 of the 12,000 the
    report shows repaid takes DTI from 0.13 to 0.59; the decline says the bureau's figure counted,
    the approval model saw that DTI, and the history replays at every task boundary."""
    req = factories.request(applicant__existing_monthly_debt=Decimal("500.00"))
    world = FakeWorld(req, bureau_monthly_repayments=Decimal("12000.00"))
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        await act(handle, Script())
        result = await asyncio.wait_for(handle.result(), 60)
        history = await handle.fetch_history()
    assert (result.status, result.reason_codes) == ("DECLINED", ["DTI_TOO_HIGH"])
    approval = next(d for d in result.decisions if d.step.value == "approval")
    assert approval.verdict == "decline"
    assert approval.detail["debt_source"] == "bureau" and approval.detail["monthly_debt"] == "12000.00"
    assert approval.detail["declared_debt"] == "500.00"
    assert Decimal(approval.detail["dti"]) > Decimal("0.55")
    assert world.approval_dtis and world.approval_dtis[0] > Decimal("0.55")
    assert world.calls["disburse"] == 0
    patches = [
        payload.data
        for e in history.events
        if e.HasField("marker_recorded_event_attributes")
        for payloads in e.marker_recorded_event_attributes.details.values()
        for payload in payloads.payloads
    ]
    assert any(b"bureau-debt-dti-v1" in data for data in patches), patches
    await replay_every_prefix(replay_only([PreCreditWorkflow], dev_env.client.data_converter), history)


@pytest.mark.parametrize(
    ("declared", "reported", "source"),
    [
        ("2000.00", "1900.00", None),  # the report shows less (a loan repaid since): declared counts
        ("2000.00", "2080.00", "bureau"),  # a little more: counted, and DTI stays far under the limit
        ("0.00", None, None),  # no figure in the report (as in histories from before it was read)
    ],
)
async def test_an_honest_applicant_passes_whichever_debt_counts(
    dev_env: WorkflowEnvironment, declared: str, reported: str | None, source: str | None
) -> None:
    req = factories.request(applicant__existing_monthly_debt=Decimal(declared))
    world = FakeWorld(req, bureau_monthly_repayments=None if reported is None else Decimal(reported))
    result = await run_case(dev_env, world)
    assert result.status == "COMPLETED", result.reason_codes
    approval = next(d for d in result.decisions if d.step.value == "approval")
    assert approval.detail.get("debt_source") == source, approval.detail
    debt = Decimal(declared)
    if source == "bureau":  # the cases where the report's figure counts all have one
        assert reported is not None
        debt = Decimal(reported)
    assert result.offer is not None
    assert result.offer.dti == ((debt + result.offer.monthly_payment) / Decimal("25000.00")).quantize(
        Decimal("0.0001")
    )


async def test_applicant_too_old_when_the_loan_ends_is_declined(dev_env: WorkflowEnvironment) -> None:
    """`max_age_at_maturity` (65): 61 today with a 60-month loan ends at 66 (or 67 in January); no
    SMS is sent."""
    today = date.today()
    born = date(today.year - 61, 1, 1) if today.month > 1 else date(today.year - 62, 1, 1)
    stem = "110105" + born.strftime("%Y%m%d") + "123"
    id_number = stem + id_check_char(stem)
    req = factories.request(applicant__id_number=id_number, loan__term_months=60)
    world = FakeWorld(req, ocr_overrides={"id_card_front": {"birth_date": born.isoformat()}})
    result = await run_case(dev_env, world)
    assert result.status == "DECLINED" and "AGE_OUT_OF_RANGE" in result.reason_codes
    identity = next(d for d in result.decisions if d.step.value == "identity")
    expected = age_at_maturity(id_number, today=date.today(), term_months=60)
    assert expected > 65 and identity.detail["age_at_maturity"] == str(expected), identity.detail
    assert world.calls["send_sms_code"] == 0


async def test_the_same_applicant_five_years_younger_passes_the_age_rule(
    dev_env: WorkflowEnvironment,
) -> None:
    """The other side of the boundary: 56 + 5 years = 61 at maturity."""
    today = date.today()
    born = date(today.year - 56, 1, 1) if today.month > 1 else date(today.year - 57, 1, 1)
    stem = "110105" + born.strftime("%Y%m%d") + "123"
    req = factories.request(applicant__id_number=stem + id_check_char(stem), loan__term_months=60)
    world = FakeWorld(req, ocr_overrides={"id_card_front": {"birth_date": born.isoformat()}})
    result = await run_case(dev_env, world)
    assert result.status == "COMPLETED", result.reason_codes


async def test_grey_zone_goes_to_underwriter_and_approval_continues(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), fraud_probability=0.5)
    result = await run_case(dev_env, world, Script(underwriter="approve"))
    assert result.status == "COMPLETED"
    fraud = [d for d in result.decisions if d.step.value == "anti_fraud"]
    assert [d.verdict for d in fraud] == ["review", "pass"]
    assert fraud[-1].decided_by == "underwriter:uw-7"


async def test_document_mismatch_rejected_by_underwriter(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(
        factories.request(), ocr_overrides={"vehicle_invoice": {"vin": factories.VIN[:-1] + "9"}}
    )
    result = await run_case(dev_env, world, Script(underwriter="reject"))
    assert result.status == "DECLINED"
    assert {"DOCUMENT_MISMATCH", "UNDERWRITER_REJECTED"} <= set(result.reason_codes)


async def test_update_validators_reject_bad_input(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request())
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        while (await status(handle)).waiting_for is None:
            await asyncio.sleep(0.05)
        with pytest.raises(WorkflowUpdateFailedError) as bad_code:
            await handle.execute_update("submit_sms_code", SmsCodeInput(code="12ab"), result_type=UpdateAck)
        assert "6 digits" in str(bad_code.value.cause)
        with pytest.raises(WorkflowUpdateFailedError) as early:
            sig = SignatureInput(document_sha256="0" * 64, signature_b64="x" * 20)
            await handle.execute_update("sign_contract", sig, result_type=UpdateAck)
        assert "not waiting for contract_signature" in str(early.value.cause)
        with pytest.raises(WorkflowUpdateFailedError):
            red = PickupRedemption(dealer_id="D001", code="ABCD-EFGH-JKMN-P")
            await handle.execute_update("redeem_pickup", red, result_type=UpdateAck)
        wrong = await handle.execute_update(
            "submit_sms_code", SmsCodeInput(code="000000"), result_type=UpdateAck
        )
        assert not wrong.accepted and wrong.attempts_left == 4
        await act(handle, Script(redeem=False))
        view = await status(handle)
        assert view.waiting_for is not None and view.waiting_for.what == "pickup"
        with pytest.raises(WorkflowUpdateFailedError) as other_dealer:
            red = PickupRedemption(dealer_id="D999", code="ABCD-EFGH-JKMN-P")
            await handle.execute_update("redeem_pickup", red, result_type=UpdateAck)
        assert "another dealership" in str(other_dealer.value.cause)
        with pytest.raises(WorkflowUpdateFailedError):
            await handle.execute_update("cancel", CancelRequest(by="buyer"), result_type=UpdateAck)
        await act(handle, Script())
        assert (await handle.result()).status == "COMPLETED"


async def test_sms_lockout_declines(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request())
    world.req_max_sms = 2
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        while (await status(handle)).waiting_for is None:
            await asyncio.sleep(0.05)
        for _ in range(2):
            await handle.execute_update("submit_sms_code", SmsCodeInput(code="000000"), result_type=UpdateAck)
        result = await asyncio.wait_for(handle.result(), 30)
    assert result.status == "DECLINED" and result.reason_codes == ["SMS_NOT_CONFIRMED"]


async def test_buyer_cancel_and_operator_cancel(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request())
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        while (await status(handle)).waiting_for is None:
            await asyncio.sleep(0.05)
        ack = await handle.execute_update(
            "cancel",
            CancelRequest(by="buyer", reason="changed my mind", proof=proof_for("applicant", "buyer")),
            result_type=UpdateAck,
        )
        assert ack.accepted
        result = await asyncio.wait_for(handle.result(), 30)
        assert result.status == "CANCELLED" and result.reason_codes == ["CANCELLED_BY_BUYER"]

        world2 = FakeWorld(factories.request())
        handle2 = await start(dev_env.client, queue, world2)
        while (await status(handle2)).waiting_for is None:
            await asyncio.sleep(0.05)
        await handle2.cancel()
        result2 = await asyncio.wait_for(handle2.result(), 30)
        assert result2.status == "CANCELLED" and result2.reason_codes == ["CANCELLED_BY_OPERATOR"]


async def test_transient_disbursement_failure_is_retried_and_pays_once(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), flaky_disburse_failures=2)
    result = await run_case(dev_env, world)
    assert result.status == "COMPLETED"
    assert world.calls["disburse"] == 3


async def test_failure_that_outlives_retries_is_failed_not_lost(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), flaky_disburse_failures=10)
    result = await run_case(dev_env, world)
    assert result.status == "FAILED" and result.reason_codes == ["TECHNICAL_FAILURE"]
    assert world.records[-1].status == "FAILED"


async def test_every_bank_rejecting_fails_with_its_own_reason(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), disburse_rejected=True)
    result = await run_case(dev_env, world)
    assert result.status == "FAILED" and result.reason_codes == ["DISBURSEMENT_REJECTED"]
    assert world.calls["disburse"] == 1  # a definite rejection is not retried


async def test_model_decline_can_be_appealed_and_overturned(dev_env: WorkflowEnvironment) -> None:
    from precredit.models.messages import ReviewRequest

    world = FakeWorld(factories.request(), credit_points=480)
    async with running(dev_env.client, world) as queue:
        handle = await start(
            dev_env.client, queue, world, deadlines=FAST.model_copy(update={"appeal_window": 60})
        )
        await act(handle, Script())
        view = await status(handle)
        while view.waiting_for is None:  # the decline is recorded before the window opens
            await asyncio.sleep(0.05)
            view = await status(handle)
        assert view.status == "DECLINED" and view.waiting_for is not None
        assert view.waiting_for.what == "review_request"
        with pytest.raises(WorkflowUpdateFailedError):
            await handle.execute_update("cancel", CancelRequest(by="buyer"), result_type=UpdateAck)
        # An appeal without the applicant's proof (sent straight to Temporal) is refused and audited;
        # the window stays open for the applicant's own.
        forged = await handle.execute_update(
            "request_review", ReviewRequest(reason="new job"), result_type=UpdateAck
        )
        assert not forged.accepted and "not accepted" in forged.message
        assert world.refusals == ["review_request"]
        view = await status(handle)
        assert view.waiting_for is not None and view.waiting_for.what == "review_request"
        app_id = world.req.application_id
        ack = await handle.execute_update(
            "request_review",
            ReviewRequest(reason="new job", proof=proof_for("applicant", app_id)),
            result_type=UpdateAck,
        )
        assert ack.accepted
        await act(handle, Script(underwriter="approve"))
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED" and result.reason_codes == []
    identity = [(d.verdict, d.decided_by) for d in result.decisions if d.step.value == "identity"]
    assert identity == [("decline", "system"), ("review", "system"), ("pass", "underwriter:uw-7")]


async def test_an_appeal_taken_in_the_window_counts_though_its_proof_ends_after_it(
    dev_env: WorkflowEnvironment,
) -> None:
    """The buyer appeals within the window; verifying the proof takes longer than the window has
    left. The appeal was taken and acknowledged, so the review must happen (the decline used to
    stand while the buyer was told an underwriter would review it)."""
    from precredit.models.messages import ReviewRequest

    world = FakeWorld(factories.request(), credit_points=480)
    inner = next(a for a in world.activities() if getattr(a, "__name__", "") == "verify_human_action")

    @activity.defn(name="verify_human_action")
    async def slow_verify(check: ProofCheck) -> ProofVerdict:
        if check.action.value == "review_request":
            await asyncio.sleep(8)  # a slow verification service; the window is 6 s
        verdict: ProofVerdict = await inner(check)
        return verdict

    activities = [
        slow_verify,
        *[a for a in world.activities() if getattr(a, "__name__", "") != "verify_human_action"],
    ]
    queue = f"tq-{uuid.uuid4().hex}"
    async with Worker(dev_env.client, task_queue=queue, workflows=[PreCreditWorkflow], activities=activities,
                      **factories.workflow_cache()):  # fmt: skip
        handle = await start(
            dev_env.client, queue, world, deadlines=FAST.model_copy(update={"appeal_window": 6})
        )
        await act(handle, Script())
        view = await status(handle)
        while view.waiting_for is None or view.waiting_for.what != "review_request":
            await asyncio.sleep(0.02)
            view = await status(handle)
        app_id = world.req.application_id
        ack = await handle.execute_update(
            "request_review",
            ReviewRequest(reason="new job", proof=proof_for("applicant", app_id)),
            result_type=UpdateAck,
        )
        assert ack.accepted, ack.message
        await act(handle, Script(underwriter="approve"))
        result = await asyncio.wait_for(handle.result(), 60)
    assert result.status == "COMPLETED", result.reason_codes
    identity = [d.verdict for d in result.decisions if d.step.value == "identity"]
    assert identity == ["decline", "review", "pass"]


async def test_review_request_outside_a_model_decline_is_rejected(dev_env: WorkflowEnvironment) -> None:
    from precredit.models.messages import ReviewRequest

    world = FakeWorld(factories.request())
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        while (await status(handle)).waiting_for is None:
            await asyncio.sleep(0.05)
        with pytest.raises(WorkflowUpdateFailedError) as err:
            await handle.execute_update("request_review", ReviewRequest(), result_type=UpdateAck)
        assert "appeal window" in str(err.value.cause)
        await handle.cancel()


async def test_cancel_is_refused_once_the_payment_may_be_under_way(dev_env: WorkflowEnvironment) -> None:
    world = FakeWorld(factories.request(), flaky_disburse_failures=2)  # the payment takes a few seconds
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        buyer = asyncio.create_task(act(handle, Script()))
        while world.calls["disburse"] == 0:
            await asyncio.sleep(0.02)
        with pytest.raises(WorkflowUpdateFailedError) as late:
            await handle.execute_update(
                "cancel",
                CancelRequest(by="buyer", reason="too late", proof=proof_for("applicant", "buyer")),
                result_type=UpdateAck,
            )
        assert "paid out" in str(late.value.cause)
        await buyer
        result = await asyncio.wait_for(handle.result(), 30)
    assert result.status == "COMPLETED" and world.calls["disburse"] == 3


async def test_uploads_close_once_the_documents_are_under_review(dev_env: WorkflowEnvironment) -> None:
    from precredit.models.messages import DocumentsUpload

    world = FakeWorld(
        factories.request(), ocr_overrides={"vehicle_invoice": {"vin": factories.VIN[:-1] + "9"}}
    )
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world)
        await act(handle, Script(underwriter=None))  # stops at the first underwriter wait
        view = await status(handle)
        assert view.step == "documents" and view.waiting_for and view.waiting_for.what == "underwriter"
        with pytest.raises(WorkflowUpdateFailedError) as closed:
            upload = DocumentsUpload(documents=world.req.loan_documents)
            await handle.execute_update("upload_documents", upload, result_type=UpdateAck)
        assert "uploads are closed" in str(closed.value.cause)
        await handle.terminate("test over")


async def test_a_signature_verified_after_the_deadline_is_not_reported_signed(
    dev_env: WorkflowEnvironment,
) -> None:
    # The window is wide enough for a loaded machine to answer in it; the check outlasts it.
    world = FakeWorld(factories.request(), verify_seconds=8)
    late = Deadlines(**{**FAST.model_dump(), "authorisation_signature": 6})
    async with running(dev_env.client, world) as queue:
        handle = await start(dev_env.client, queue, world, deadlines=late)
        await act(handle, Script(sign_authorisation=False))  # stops at the signature wait
        sha = (await status(handle)).signing_documents["authorisation_letter"]
        sig = SignatureInput(document_sha256=sha, signature_b64=signature_for(sha))
        ack = await handle.execute_update("sign_authorisation", sig, result_type=UpdateAck)
        result = await asyncio.wait_for(handle.result(), 30)
    assert result.status == "EXPIRED" and result.reason_codes == ["AUTHORISATION_NOT_SIGNED"]
    assert not ack.accepted and "deadline passed" in ack.message
