"""PreCreditWorkflow: one application's seven steps, as pure orchestration.

Every external call, model, OCR run or database write is an activity (referenced by name, so this
module imports no heavy code); policy is pure functions from `precredit.policy`; buyer actions are
updates with validators, underwriter decisions a signal, and every human wait has a deadline.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        PickupRedeemRequest,
        PickupRedeemResult,
        SmsVerifyRequest,
        SmsVerifyResult,
    )
    from precredit.models.application import PreCreditInput
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.messages import (
        CancelRequest,
        DocumentsUpload,
        PickupRedemption,
        PreCreditResult,
        ReviewRequest,
        SignatureInput,
        SmsCodeInput,
        StatusView,
        UnderwriterDecision,
        UpdateAck,
    )

from precredit.workflows.machinery import StopApplication
from precredit.workflows.steps import PipelineSteps


@workflow.defn(name="PreCreditWorkflow")
class PreCreditWorkflow(PipelineSteps):
    @workflow.init
    def __init__(self, inp: PreCreditInput) -> None:
        # The input is taken here, not in run(): an update delivered with the start must see it.
        self._init_state(inp)

    @workflow.run
    async def run(self, inp: PreCreditInput) -> PreCreditResult:
        self._timestamps["started"] = workflow.now()
        steps: list[tuple[Step, Callable[[], Any]]] = [
            (Step.IDENTITY, self._identity),
            (Step.ANTI_FRAUD, self._anti_fraud),
            (Step.AUTHORISATION, self._authorisation),
            (Step.APPROVAL, self._approval),
            (Step.DOCUMENTS, self._documents),
            (Step.CONTRACT, self._contract),
            (Step.PICKUP, self._pickup),
        ]
        try:
            for step, body in steps:
                await self._run_step(step, body)
            self._status = Status.COMPLETED
        except StopApplication as stop:
            self._status = stop.status
            self._reasons = list(dict.fromkeys([*self._reasons, *stop.reasons]))
        except asyncio.CancelledError:
            self._status = Status.CANCELLED
            self._reasons.append(Reason.CANCELLED_BY_OPERATOR)
        except ActivityError as err:
            workflow.logger.error("step %s failed after retries: %s", self._step, err.cause or err)
            self._status = Status.FAILED
            self._reasons.append(Reason.TECHNICAL_FAILURE)
        self._waiting = None
        # An update handler still verifying (e.g. a signature at the deadline) finishes first.
        await workflow.wait_condition(workflow.all_handlers_finished)
        self._timestamps["finished"] = workflow.now()
        self._upsert_search()
        await self._record(None)
        return PreCreditResult(
            application_id=inp.request.application_id,
            status=self._status,
            reason_codes=self._reasons,
            decisions=self._decisions,
            offer=self._offer,
            pickup_code_masked=self._pickup_masked,
            step_seconds=self._step_seconds,
            automated_seconds=round(sum(self._step_seconds.values()), 3),
        )

    @workflow.update
    async def submit_sms_code(self, inp: SmsCodeInput) -> UpdateAck:
        assert self._sms_challenge is not None
        result = await self._act(
            "verify_sms_code",
            SmsVerifyRequest(challenge_id=self._sms_challenge.challenge_id, code=inp.code),
            SmsVerifyResult,
        )
        self._sms_ok, self._sms_locked = result.ok, result.locked
        if result.ok:
            return UpdateAck(accepted=True, message="verified")
        why = (
            "locked after too many attempts"
            if result.locked
            else "expired"
            if result.expired
            else "wrong code"
        )
        return UpdateAck(accepted=False, message=why, attempts_left=result.attempts_left)

    @submit_sms_code.validator
    def _validate_sms(self, inp: SmsCodeInput) -> None:
        self._require_waiting("sms_code")
        if not (len(inp.code) == 6 and inp.code.isdigit()):
            raise ValueError("SMS code must be exactly 6 digits")

    @workflow.update
    async def sign_authorisation(self, inp: SignatureInput) -> UpdateAck:
        return await self._accept_signature("authorisation_letter", inp)

    @sign_authorisation.validator
    def _validate_sign_authorisation(self, inp: SignatureInput) -> None:
        self._validate_signature("authorisation_signature", "authorisation_letter", inp)

    @workflow.update
    async def sign_contract(self, inp: SignatureInput) -> UpdateAck:
        return await self._accept_signature("loan_contract", inp)

    @sign_contract.validator
    def _validate_sign_contract(self, inp: SignatureInput) -> None:
        self._validate_signature("contract_signature", "loan_contract", inp)

    @workflow.update
    async def upload_documents(self, inp: DocumentsUpload) -> UpdateAck:
        self._loan_documents = self._loan_documents.merged(inp.documents)
        missing = self._loan_documents.missing()
        return UpdateAck(accepted=True, message="missing: " + ",".join(missing) if missing else "complete")

    @upload_documents.validator
    def _validate_upload(self, inp: DocumentsUpload) -> None:
        self._require_running()
        if self._step in (Step.CONTRACT, Step.PICKUP) or (
            self._step == Step.DOCUMENTS and self._waiting is None
        ):
            raise ValueError("documents were already checked; uploads are closed")
        if not any(inp.documents.model_dump().values()):
            raise ValueError("no document given")

    @workflow.update
    async def redeem_pickup(self, inp: PickupRedemption) -> UpdateAck:
        result = await self._act(
            "redeem_pickup_code",
            PickupRedeemRequest(
                application_id=self._req.application_id,
                dealer_id=inp.dealer_id,
                code=inp.code,
                max_attempts=self._policy.pickup_max_attempts,
            ),
            PickupRedeemResult,
        )
        if result.ok:
            self._picked_up = True
            return UpdateAck(accepted=True, message="car released")
        return UpdateAck(accepted=False, message=result.reason, attempts_left=result.attempts_left)

    @redeem_pickup.validator
    def _validate_redeem(self, inp: PickupRedemption) -> None:
        self._require_waiting("pickup")
        if inp.dealer_id != self._req.vehicle.dealer_id:
            raise ValueError("this pickup code belongs to another dealership")

    @workflow.update
    async def request_review(self, inp: ReviewRequest) -> UpdateAck:
        self._review_request = inp
        return UpdateAck(accepted=True, message="an underwriter will review the decision")

    @request_review.validator
    def _validate_review(self, inp: ReviewRequest) -> None:
        if self._waiting is None or self._waiting.what != "review_request":
            raise ValueError("only an automated decline can be reviewed, within its appeal window")

    @workflow.update
    async def cancel(self, inp: CancelRequest) -> UpdateAck:
        self._cancel = inp
        return UpdateAck(accepted=True, message="cancelling")

    @cancel.validator
    def _validate_cancel(self, inp: CancelRequest) -> None:
        self._require_running()
        if self._disbursed:
            raise ValueError("the loan is already paid out; cancellation needs an operator refund process")

    @workflow.signal
    def underwriter_decision(self, inp: UnderwriterDecision) -> None:
        if self._waiting is not None and self._waiting.what == "underwriter":
            self._uw_decision = inp
        else:
            workflow.logger.warning("underwriter decision ignored: no review is pending")

    @workflow.query
    def status(self) -> StatusView:
        return StatusView(
            application_id=self._req.application_id if self._input else "",
            status=self._status,
            step=self._step,
            waiting_for=self._waiting,
            decisions=self._decisions,
            reason_codes=self._reasons,
            offer=self._offer,
            risk_band=self._risk_band,
            pickup_code_masked=self._pickup_masked,
            signing_documents={k: v.sha256 for k, v in self._signing.items()},
            timestamps=self._timestamps,
            step_seconds=self._step_seconds,
        )
