"""PreCreditWorkflow: one application's seven steps, as pure orchestration.

Every external call, model, OCR run or database write is an activity (referenced by name, so this
module imports no heavy code); policy is pure functions from `precredit.policy`; buyer actions are
updates with validators, underwriter decisions a signal, and every human wait has a deadline.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NoReturn, TypeVar

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import search
    from precredit.models.activities import (
        ApprovalScoreRequest,
        BureauResult,
        CreditScoreRequest,
        DisbursementRequest,
        DisbursementResult,
        DocumentFieldsRecord,
        FaceMatchRequest,
        FraudScoreRequest,
        OcrRequest,
        PersonRef,
        PickupIssued,
        PickupIssueRequest,
        PickupRedeemRequest,
        PickupRedeemResult,
        ProgressRecord,
        ReminderRequest,
        SignatureCheck,
        SignatureResult,
        SigningDocument,
        SigningRequest,
        SmsChallenge,
        SmsChallengeRequest,
        SmsVerifyRequest,
        SmsVerifyResult,
    )
    from precredit.models.application import PreCreditInput
    from precredit.models.cards import RepaymentLoan
    from precredit.models.decisions import ModelScore, Offer, Reason, Status, Step, StepDecision, Verdict
    from precredit.models.documents import OcrResult
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
        WaitingFor,
    )
    from precredit.models.thirdparty import (
        BlacklistHit,
        CarrierData,
        CourtRecord,
        ElementsCheck,
        FaceMatch,
        MultiLendingData,
    )
    from precredit.policy import documents as document_policy
    from precredit.policy import idcard, loan
    from precredit.workflows import texts

T = TypeVar("T")

# Activity errors of these types are business answers, never retried.
NON_RETRYABLE = ["BadInput", "BadDocument", "NotFound"]


class _Stop(Exception):
    """Ends the application early with a terminal status (internal control flow, not an error)."""

    def __init__(self, status: Status, reasons: list[str]) -> None:
        super().__init__(status.value)
        self.status = status
        self.reasons = reasons


@workflow.defn(name="PreCreditWorkflow")
class PreCreditWorkflow:
    @workflow.init
    def __init__(self, inp: PreCreditInput) -> None:
        # The input is taken here, not in run(): an update delivered with the start must see it.
        self._input: PreCreditInput | None = inp
        self._status = Status.RUNNING
        self._step = Step.IDENTITY
        self._waiting: WaitingFor | None = None
        self._decisions: list[StepDecision] = []
        self._reasons: list[str] = []
        self._offer: Offer | None = None
        self._risk_band = ""
        self._timestamps: dict[str, datetime] = {}
        self._step_seconds: dict[str, float] = {}
        self._human_seconds = 0.0
        self._sms_challenge: SmsChallenge | None = None
        self._sms_ok = False
        self._sms_locked = False
        self._signing: dict[str, SigningDocument] = {}
        self._signed: dict[str, bool] = {}
        self._buyer_signatures: dict[str, str] = {}
        self._loan_documents = inp.request.loan_documents
        self._uw_decision: UnderwriterDecision | None = None
        self._pickup_masked: str | None = None
        self._picked_up = False
        self._disbursed = False
        self._cancel: CancelRequest | None = None
        self._review_request: ReviewRequest | None = None

    # ------------------------------------------------------------------ run

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
        except _Stop as stop:
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

    async def _run_step(self, step: Step, body: Callable[[], Any]) -> None:
        if self._cancel is not None:
            self._stop_cancelled()
        self._step = step
        self._upsert_search()
        started, human_before = workflow.now(), self._human_seconds
        self._timestamps[f"{step.value}_started"] = started
        try:
            await body()
        finally:
            elapsed = (workflow.now() - started).total_seconds()
            self._step_seconds[step.value] = round(
                max(0.0, elapsed - (self._human_seconds - human_before)), 3
            )
            self._timestamps[f"{step.value}_finished"] = workflow.now()

    # ---------------------------------------------------------------- steps

    async def _identity(self) -> None:
        req = self._req
        docs = req.identity_documents
        front, back = await asyncio.gather(
            self._ocr("id_card_front", docs.id_card_front), self._ocr("id_card_back", docs.id_card_back)
        )
        findings = idcard.check_id_card(
            applicant=req.applicant,
            front=front.fields,
            back=back.fields,
            front_warnings=front.warnings,
            today=workflow.now().date(),
            policy=self._policy,
        )
        if findings.decline:
            await self._decide(Step.IDENTITY, "decline", findings.decline, findings.notes)
        if findings.review:
            await self._underwriter_review(Step.IDENTITY, findings.review, findings.notes)

        await self._confirm_sms()

        person = self._person()
        elements, face, listed = await asyncio.gather(
            self._act("verify_identity_elements", person, ElementsCheck),
            self._act(
                "match_face",
                FaceMatchRequest(
                    application_id=req.application_id,
                    id_number=req.applicant.id_number,
                    selfie_ref=docs.selfie,
                ),
                FaceMatch,
            ),
            self._act("check_blacklist", person, BlacklistHit),
        )
        if not elements.matched:
            await self._decide(Step.IDENTITY, "decline", [Reason.IDENTITY_UNVERIFIED], {"elements": "3"})
        if not face.matched:
            await self._decide(
                Step.IDENTITY, "decline", [Reason.FACE_MISMATCH], {"similarity": f"{face.similarity:.2f}"}
            )
        if listed.listed:
            await self._decide(Step.IDENTITY, "decline", [Reason.BLACKLISTED], {"list": listed.list_name})

        bureau = await self._act("fetch_credit_report", person, BureauResult)
        score = await self._act(
            "score_credit",
            CreditScoreRequest(
                application_id=req.application_id,
                applicant=req.applicant,
                loan=req.loan,
                vehicle=req.vehicle,
                bureau_ref=bureau.bureau_ref,
                today=workflow.now().date(),
            ),
            ModelScore,
        )
        self._credit_points = score.points or 0
        if self._credit_points < self._policy.credit_score_min:
            self._risk_band = "high"
            await self._decide(Step.IDENTITY, "decline", [Reason.CREDIT_SCORE_LOW], score=score)
            return  # reached only when a person overturned the decline on appeal
        await self._decide(Step.IDENTITY, "pass", [], {"points": str(score.points)}, score=score)

    async def _confirm_sms(self) -> None:
        req = self._req
        self._sms_challenge = await self._act(
            "send_sms_code",
            SmsChallengeRequest(
                application_id=req.application_id,
                phone=req.applicant.phone,
                purpose="credit_authorisation",
                ttl_seconds=self._deadlines.sms_code,
                max_attempts=self._policy.sms_max_attempts,
            ),
            SmsChallenge,
        )
        arrived = await self._wait_human(
            "sms_code", lambda: self._sms_ok or self._sms_locked, self._deadlines.sms_code
        )
        if not arrived:
            await self._decide(
                Step.IDENTITY, "decline", [Reason.SMS_NOT_CONFIRMED], {"why": "timeout"}, Status.EXPIRED
            )
        if self._sms_locked:
            await self._decide(
                Step.IDENTITY, "decline", [Reason.SMS_NOT_CONFIRMED], {"why": "too many attempts"}
            )

    async def _anti_fraud(self) -> None:
        req = self._req
        person = self._person()
        court, carrier, lending = await asyncio.gather(
            self._act("check_court_list", person, CourtRecord),
            self._act("fetch_carrier_data", person, CarrierData),
            self._act("fetch_multi_lending", person, MultiLendingData),
        )
        if court.dishonest:
            self._risk_band = "high"
            await self._decide(
                Step.ANTI_FRAUD, "decline", [Reason.COURT_DISHONEST_DEBTOR], {"cases": str(court.case_count)}
            )
        if lending.applications_30d > self._policy.multi_lending_30d_max:
            self._risk_band = "high"
            await self._decide(
                Step.ANTI_FRAUD,
                "decline",
                [Reason.MULTI_LENDING],
                {"applications_30d": str(lending.applications_30d)},
            )
        score = await self._act(
            "score_fraud",
            FraudScoreRequest(
                applicant=req.applicant, carrier=carrier, multi_lending=lending, today=workflow.now().date()
            ),
            ModelScore,
        )
        detail = {"probability": f"{score.probability:.3f}"}
        if score.probability >= self._policy.fraud_decline_at:
            self._risk_band = "high"
            await self._decide(Step.ANTI_FRAUD, "decline", [Reason.FRAUD_SUSPECTED], detail, score=score)
            return  # reached only when a person overturned the decline on appeal
        if score.probability >= self._policy.fraud_review_at:
            self._risk_band = "medium"
            await self._underwriter_review(Step.ANTI_FRAUD, [Reason.FRAUD_SUSPECTED], detail, score=score)
        else:
            self._risk_band = self._risk_band or "low"
            await self._decide(Step.ANTI_FRAUD, "pass", [], detail, score=score)

    async def _authorisation(self) -> None:
        req = self._req
        doc = await self._act(
            "prepare_signing_document",
            SigningRequest(
                application_id=req.application_id,
                kind="authorisation_letter",
                title=texts.AUTHORISATION_TITLE,
                lines=texts.authorisation_lines(req, workflow.now().date()),
            ),
            SigningDocument,
        )
        await self._collect_signature(doc, "authorisation_signature", self._deadlines.authorisation_signature)
        await self._decide(Step.AUTHORISATION, "pass", [], {"document_sha256": doc.sha256})

    async def _approval(self) -> None:
        req = self._req
        rate_free = loan.make_offer(
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            annual_rate=self._policy.base_annual_rate,
        )
        if rate_free.ltv > self._policy.max_ltv:
            await self._decide(Step.APPROVAL, "decline", [Reason.LTV_TOO_HIGH], {"ltv": str(rate_free.ltv)})
        score = await self._act(
            "score_approval",
            ApprovalScoreRequest(
                applicant=req.applicant,
                loan=req.loan,
                vehicle=req.vehicle,
                dti=rate_free.dti,
                ltv=rate_free.ltv,
                credit_points=self._credit_points,
                today=workflow.now().date(),
            ),
            ModelScore,
        )
        rate = loan.annual_rate_for(
            policy=self._policy, credit_points=self._credit_points, approval_probability=score.probability
        )
        offer = loan.make_offer(applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, annual_rate=rate)
        detail = {"probability": f"{score.probability:.3f}", "dti": str(offer.dti), "ltv": str(offer.ltv)}
        if offer.dti > self._policy.max_dti:
            await self._decide(Step.APPROVAL, "decline", [Reason.DTI_TOO_HIGH], detail)
        if score.probability >= self._policy.approval_decline_at:
            await self._decide(Step.APPROVAL, "decline", [Reason.APPROVAL_SCORE_LOW], detail, score=score)
            self._offer = offer  # reached only when a person overturned the decline on appeal
            return
        self._offer = offer
        if score.probability >= self._policy.approval_review_at:
            self._risk_band = "medium" if self._risk_band != "high" else self._risk_band
            await self._underwriter_review(Step.APPROVAL, [Reason.APPROVAL_SCORE_LOW], detail, score=score)
        else:
            await self._decide(Step.APPROVAL, "pass", [], detail, score=score)

    async def _documents(self) -> None:
        req = self._req
        if self._loan_documents.missing():
            arrived = await self._wait_human(
                "documents", lambda: not self._loan_documents.missing(), self._deadlines.documents
            )
            if not arrived:
                missing = ",".join(self._loan_documents.missing())
                await self._decide(
                    Step.DOCUMENTS,
                    "decline",
                    [Reason.DOCUMENTS_NOT_UPLOADED],
                    {"missing": missing},
                    Status.EXPIRED,
                )
        docs = self._loan_documents
        assert docs.purchase_contract and docs.vehicle_invoice and docs.insurance_policy
        contract, invoice, policy_doc = await asyncio.gather(
            self._ocr("purchase_contract", docs.purchase_contract),
            self._ocr("vehicle_invoice", docs.vehicle_invoice),
            self._ocr("insurance_policy", docs.insurance_policy),
        )
        for result in (contract, invoice, policy_doc):
            await self._act(
                "record_document_fields",
                DocumentFieldsRecord(
                    application_id=req.application_id,
                    kind=result.kind,
                    fields=result.fields,
                    confidence=result.confidence,
                    warnings=result.warnings,
                ),
                type(None),
            )
        findings = document_policy.cross_check(
            applicant=req.applicant,
            vehicle=req.vehicle,
            loan_amount=req.loan.amount,
            lender_name=self._policy.lender_name,
            contract=contract.fields,
            invoice=invoice.fields,
            policy_doc=policy_doc.fields,
            today=workflow.now().date(),
            policy=self._policy,
        )
        detail = {"mismatches": ",".join(findings.mismatches), "unreadable": ",".join(findings.unreadable)}
        if findings.mismatches and self._policy.document_mismatch_action == "decline":
            await self._decide(Step.DOCUMENTS, "decline", [Reason.DOCUMENT_MISMATCH], detail)
        if not findings.clean:
            await self._underwriter_review(Step.DOCUMENTS, [Reason.DOCUMENT_MISMATCH], detail)
        else:
            await self._decide(Step.DOCUMENTS, "pass", [], {})

    async def _contract(self) -> None:
        req = self._req
        assert self._offer is not None
        doc = await self._act(
            "prepare_signing_document",
            SigningRequest(
                application_id=req.application_id,
                kind="loan_contract",
                title=texts.CONTRACT_TITLE,
                lines=texts.contract_lines(req, self._offer, self._policy.lender_name, workflow.now().date()),
                lender_seal=True,
            ),
            SigningDocument,
        )
        await self._collect_signature(
            doc,
            "contract_signature",
            self._deadlines.contract_signature,
            remind_every=self._deadlines.contract_reminder_every,
        )
        try:
            payment = await self._act(
                "disburse",
                DisbursementRequest(
                    application_id=req.application_id,
                    dealer_id=req.vehicle.dealer_id,
                    amount=self._offer.amount,
                    idempotency_key=f"disburse-{req.application_id}",
                ),
                DisbursementResult,
                # Closed banks or spent daily limits clear overnight: retry until the give-up time.
                give_up_after=self._input.execution.disbursement_give_up if self._input else None,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "DisbursementRejected":
                await self._decide(
                    Step.CONTRACT,
                    "decline",
                    [Reason.DISBURSEMENT_REJECTED],
                    {"why": "every bank rejected"},
                    Status.FAILED,
                )
            raise
        self._disbursed = True
        if req.customer_id and workflow.patched("repayment-loan-v1"):
            # From now on the customer's repayment card cannot be unbound without a replacement.
            await self._act(
                "register_repayment_loan",
                RepaymentLoan(application_id=req.application_id, user_id=req.customer_id),
                type(None),
            )
        await self._decide(
            Step.CONTRACT, "pass", [], {"payment_id": payment.payment_id, "channel": payment.channel}
        )

    async def _pickup(self) -> None:
        req = self._req
        issued = await self._act(
            "issue_pickup_code",
            PickupIssueRequest(
                application_id=req.application_id,
                dealer_id=req.vehicle.dealer_id,
                phone=req.applicant.phone,
                ttl_seconds=self._deadlines.pickup,
            ),
            PickupIssued,
        )
        self._pickup_masked = issued.code_masked
        redeemed = await self._wait_human("pickup", lambda: self._picked_up, self._deadlines.pickup)
        if not redeemed:
            await self._decide(Step.PICKUP, "decline", [Reason.PICKUP_EXPIRED], {}, Status.EXPIRED)
        await self._decide(Step.PICKUP, "pass", [], {"dealer_id": req.vehicle.dealer_id})

    # ------------------------------------------------------- human handlers

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

    # -------------------------------------------------------------- helpers

    @property
    def _req(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.request

    @property
    def _policy(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.policy

    @property
    def _deadlines(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.deadlines

    _credit_points: int = 0

    def _require_running(self) -> None:
        if self._status != Status.RUNNING:
            raise ValueError(f"application is {self._status.value}")

    def _require_waiting(self, what: str) -> None:
        self._require_running()
        if self._waiting is None or self._waiting.what != what:
            now = self._waiting.what if self._waiting else "nothing from the buyer"
            raise ValueError(f"not waiting for {what} (waiting for {now})")

    def _validate_signature(self, what: str, kind: str, inp: SignatureInput) -> None:
        self._require_waiting(what)
        doc = self._signing.get(kind)
        if doc is None or inp.document_sha256 != doc.sha256:
            raise ValueError("signature is for a different document than the one presented")

    async def _accept_signature(self, kind: str, inp: SignatureInput) -> UpdateAck:
        doc = self._signing[kind]
        result = await self._act(
            "verify_buyer_signature",
            SignatureCheck(
                application_id=self._req.application_id, document=doc, signature_b64=inp.signature_b64
            ),
            SignatureResult,
        )
        if not result.valid:
            return UpdateAck(accepted=False, message=f"signature invalid: {result.detail}")
        self._buyer_signatures[kind] = inp.signature_b64
        self._signed[kind] = True
        return UpdateAck(accepted=True, message="signed")

    async def _collect_signature(
        self, doc: SigningDocument, what: str, timeout: float, *, remind_every: float | None = None
    ) -> None:
        self._signing[doc.kind] = doc
        reason = (
            Reason.AUTHORISATION_NOT_SIGNED
            if doc.kind == "authorisation_letter"
            else Reason.CONTRACT_NOT_SIGNED
        )
        deadline = workflow.now() + timedelta(seconds=timeout)
        reminders = 0
        while True:
            remaining = (deadline - workflow.now()).total_seconds()
            window = min(remaining, remind_every) if remind_every else remaining
            signed = await self._wait_human(
                what, lambda: self._signed.get(doc.kind, False), window, deadline=deadline
            )
            if signed:
                return
            if (deadline - workflow.now()).total_seconds() <= 0.001:
                await self._decide(
                    self._step, "decline", [reason], {"reminders": str(reminders)}, Status.EXPIRED
                )
            reminders += 1
            await self._act(
                "send_reminder",
                ReminderRequest(
                    application_id=self._req.application_id,
                    phone=self._req.applicant.phone,
                    text=texts.SIGN_REMINDER,
                    idempotency_key=f"{self._req.application_id}:{doc.kind}:reminder:{reminders}",
                ),
                type(None),
            )

    async def _wait_human(
        self, what: str, done: Callable[[], bool], timeout: float, *, deadline: datetime | None = None
    ) -> bool:
        """Waits for a person with a deadline; time spent here is not counted as processing time."""
        if done():
            return True
        since = workflow.now()
        self._waiting = WaitingFor(
            what=what,  # type: ignore[arg-type]
            since=since,
            deadline=deadline or since + timedelta(seconds=timeout),
        )
        self._upsert_search()
        try:
            await workflow.wait_condition(
                lambda: done() or self._cancel is not None, timeout=timedelta(seconds=max(timeout, 0.001))
            )
        except TimeoutError:
            return False
        finally:
            self._human_seconds += (workflow.now() - since).total_seconds()
            self._waiting = None
            self._upsert_search()
        if self._cancel is not None and not done():
            self._stop_cancelled()
        return True

    async def _underwriter_review(
        self, step: Step, reasons: list[str], detail: dict[str, str], *, score: ModelScore | None = None
    ) -> None:
        await self._decide(step, "review", reasons, detail, score=score, final=False)
        self._uw_decision = None
        arrived = await self._wait_human(
            "underwriter", lambda: self._uw_decision is not None, self._deadlines.underwriter
        )
        if not arrived or self._uw_decision is None:
            await self._decide(step, "decline", [Reason.UNDERWRITER_TIMEOUT], detail, Status.EXPIRED)
        decision = self._uw_decision
        assert decision is not None
        who = f"underwriter:{decision.underwriter_id}"
        if decision.decision == "reject":
            await self._decide(
                step,
                "decline",
                [Reason.UNDERWRITER_REJECTED, *reasons],
                {"reason": decision.reason},
                decided_by=who,
            )
        await self._decide(step, "pass", [], {"reason": decision.reason}, decided_by=who)

    async def _decide(
        self,
        step: Step,
        verdict: Verdict,
        reasons: list[str],
        detail: dict[str, str] | None = None,
        status: Status = Status.DECLINED,
        *,
        score: ModelScore | None = None,
        decided_by: str = "system",
        final: bool = True,
    ) -> None:
        """Records a decision; a decline (or expiry) ends the application by raising _Stop."""
        decision = StepDecision(
            step=step,
            verdict=verdict,
            reason_codes=[str(r) for r in reasons],
            detail=detail or {},
            score=score,
            decided_by=decided_by,
            at=workflow.now(),
        )
        self._decisions.append(decision)
        if verdict == "decline":
            self._status = status
            self._reasons = list(dict.fromkeys([*self._reasons, *decision.reason_codes]))
        await self._record(decision)
        if verdict == "decline":
            if score is not None and status == Status.DECLINED and await self._appeal(step, decision):
                return  # a person overturned the model: the step carries on as passed
            raise _Stop(status, decision.reason_codes)

    async def _appeal(self, step: Step, decline: StepDecision) -> bool:
        """A model-based decline stays open for the appeal window; asked in time, an underwriter
        decides. Added after the first release, hence the patch marker for histories without it."""
        if not workflow.patched("appeal-window-v1") or self._deadlines.appeal_window <= 0:
            return False
        before = [r for r in self._reasons if r not in decline.reason_codes]
        asked = await self._wait_human(
            "review_request", lambda: self._review_request is not None, self._deadlines.appeal_window
        )
        if not asked or self._review_request is None:
            return False
        self._status, self._reasons = Status.RUNNING, before
        detail = {"appeal": self._review_request.reason[:200]}
        await self._underwriter_review(step, [*decline.reason_codes, "APPEAL"], detail)
        return True

    def _stop_cancelled(self) -> NoReturn:
        assert self._cancel is not None
        reason = Reason.CANCELLED_BY_BUYER if self._cancel.by == "buyer" else Reason.CANCELLED_BY_OPERATOR
        raise _Stop(Status.CANCELLED, [reason])

    async def _record(self, decision: StepDecision | None) -> None:
        await self._act(
            "record_progress",
            ProgressRecord(
                application_id=self._req.application_id,
                workflow_id=workflow.info().workflow_id,
                dealer_id=self._req.vehicle.dealer_id,
                applicant=self._person(),
                status=self._status.value,
                step=self._step.value,
                risk_band=self._risk_band,
                decision=decision,
                offer=self._offer,
                at=workflow.now(),
            ),
            type(None),
        )

    def _person(self) -> PersonRef:
        a = self._req.applicant
        return PersonRef(
            application_id=self._req.application_id, name=a.name, id_number=a.id_number, phone=a.phone
        )

    def _upsert_search(self) -> None:
        workflow.upsert_search_attributes(
            [
                search.STATUS.value_set(self._status.value),
                search.STEP.value_set(self._step.value),
                search.DEALER.value_set(self._req.vehicle.dealer_id),
                search.RISK_BAND.value_set(self._risk_band or "unscored"),
                search.WAITING_FOR.value_set(self._waiting.what if self._waiting else "none"),
            ]
        )

    async def _ocr(self, kind: str, ref: str) -> OcrResult:
        try:
            return await self._act(
                "ocr_document",
                OcrRequest(application_id=self._req.application_id, kind=kind, document_ref=ref),  # type: ignore[arg-type]
                OcrResult,
                timeout=self._input.execution.ocr_timeout if self._input else None,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "BadDocument":
                return OcrResult(
                    kind=kind,  # type: ignore[arg-type]
                    fields={},
                    confidence={},
                    warnings=[f"unreadable document: {err.cause.message}"],
                )
            raise

    async def _act(
        self,
        name: str,
        arg: Any,
        result_type: type[T],
        *,
        timeout: float | None = None,
        give_up_after: float | None = None,
    ) -> T:
        """`give_up_after` replaces the attempt cap by a total time (retrying hourly at most)."""
        assert self._input is not None
        x = self._input.execution
        return await workflow.execute_activity(
            name,
            arg,
            result_type=result_type,
            start_to_close_timeout=timedelta(seconds=timeout or x.activity_timeout),
            schedule_to_close_timeout=timedelta(seconds=give_up_after) if give_up_after else None,
            retry_policy=RetryPolicy(
                initial_interval=timedelta(milliseconds=500),
                backoff_coefficient=2.0,
                maximum_interval=timedelta(seconds=3600 if give_up_after else x.max_retry_interval),
                maximum_attempts=0 if give_up_after else x.max_attempts,
                non_retryable_error_types=[*NON_RETRYABLE, "DisbursementRejected"],
            ),
        )
