"""The seven steps of SPEC §1, each an async method that decides, asks a person or raises StopApplication."""

from __future__ import annotations

import asyncio

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        ApprovalScoreRequest,
        BureauResult,
        CreditScoreRequest,
        DisbursementRequest,
        DisbursementResult,
        DocumentFieldsRecord,
        FaceMatchRequest,
        FraudScoreRequest,
        PickupIssued,
        PickupIssueRequest,
        SigningDocument,
        SigningRequest,
        SmsChallenge,
        SmsChallengeRequest,
    )
    from precredit.models.cards import RepaymentLoan
    from precredit.models.decisions import ModelScore, Reason, Status, Step
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

from precredit.workflows.machinery import PipelineMachinery


class PipelineSteps(PipelineMachinery):
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
