"""Step 1, identity: the ID card read and checked, an SMS code, three-element verification, a face
match and the blacklist, then the credit bureau report and the credit score."""

from __future__ import annotations

import asyncio
import dataclasses

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        BureauResult,
        CreditScoreRequest,
        FaceMatchRequest,
        SmsChallenge,
        SmsChallengeRequest,
    )
    from precredit.models.decisions import ModelScore, Reason, Status, Step
    from precredit.models.documents import OcrResult
    from precredit.models.thirdparty import BlacklistHit, ElementsCheck, FaceMatch
    from precredit.policy import applicant as applicant_policy
    from precredit.policy import idcard

from precredit.workflows.precredit.decisions import PipelineDecisions


class IdentityStep(PipelineDecisions):
    async def _identity(self) -> None:
        req = self._req
        docs = req.identity_documents
        front, back = await asyncio.gather(
            self._ocr("id_card_front", docs.id_card_front), self._ocr("id_card_back", docs.id_card_back)
        )
        printed_data_checked = workflow.patched("id-card-printed-data-v1")
        if printed_data_checked:
            # A printed birth date or sex read with confidence that contradicts the card's own
            # number is a possible forgery for an underwriter, not a misread to repair or decline.
            findings = self._assess_id_card(front, back)
        else:
            findings = idcard.check_id_card(
                applicant=req.applicant,
                front=front.fields,
                back=back.fields,
                front_warnings=front.warnings,
                today=workflow.now().date(),
                policy=self._policy,
            )
        if printed_data_checked and workflow.patched("id-card-reupload-v1"):
            findings = await self._new_id_card_photos(findings, front, back)
        if findings.decline:
            await self._decide(Step.IDENTITY, "decline", findings.decline, findings.notes)
        if findings.review:
            await self._underwriter_review(Step.IDENTITY, findings.review, findings.notes)
        # Rules the security review found unapplied (issue 15): age when the loan ends and liveness
        # of the selfie (and, in approval, the debt the credit report shows).
        applicant_rules = workflow.patched("applicant-rules-v1")
        if applicant_rules:
            today = workflow.now().date()
            too_old = applicant_policy.age_at_maturity_reasons(
                req.applicant.id_number, today=today, term_months=req.loan.term_months, policy=self._policy
            )
            if too_old:
                age = applicant_policy.age_at_maturity(
                    req.applicant.id_number, today=today, term_months=req.loan.term_months
                )
                await self._decide(
                    Step.IDENTITY, "decline", too_old,
                    {"age_at_maturity": str(age), "max": str(self._policy.max_age_at_maturity)},
                )  # fmt: skip

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
                task_queue=self._input.execution.heavy_task_queue if self._input else None,
            ),
            self._act("check_blacklist", person, BlacklistHit),
        )
        if not elements.matched:
            await self._decide(Step.IDENTITY, "decline", [Reason.IDENTITY_UNVERIFIED], {"elements": "3"})
        face_reasons: list[str] = (
            applicant_policy.face_reasons(face)
            if applicant_rules
            else [Reason.FACE_MISMATCH] * (not face.matched)
        )
        if face_reasons:
            notes = {"similarity": f"{face.similarity:.2f}"}
            if applicant_rules:
                notes["liveness"] = "passed" if face.liveness_ok else "failed"
            await self._decide(Step.IDENTITY, "decline", face_reasons, notes)
        if listed.listed:
            await self._decide(Step.IDENTITY, "decline", [Reason.BLACKLISTED], {"list": listed.list_name})

        bureau = await self._act("fetch_credit_report", person, BureauResult)
        self._bureau_monthly_repayments = bureau.monthly_repayments  # state only: approval decides
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

    def _assess_id_card(self, front: OcrResult, back: OcrResult) -> idcard.IdCardFindings:
        return idcard.assess_id_card(
            applicant=self._req.applicant,
            front=front.fields,
            front_confidence=front.confidence,
            back=back.fields,
            front_warnings=front.warnings,
            today=workflow.now().date(),
            policy=self._policy,
        )

    async def _new_id_card_photos(
        self, findings: idcard.IdCardFindings, front: OcrResult, back: OcrResult
    ) -> idcard.IdCardFindings:
        """A card whose only problem is a field that could not be read is photographed again (up to
        the policy's number of times) before an underwriter looks; what is read anew replaces the
        findings. A forgery signal, a checksum failure or a decline is never asked again."""
        asked = 0
        while fields := idcard.id_card_reupload(
            findings, uploads_so_far=asked, max_reuploads=self._policy.max_document_reuploads
        ):
            asked += 1
            sides = idcard.sides_of(fields)
            fresh = await self._ask_for_new_photos(Step.IDENTITY, sides, findings.review, asked)
            if fresh is None:  # not sent in time: an underwriter looks at what there is
                return dataclasses.replace(
                    findings, notes={**findings.notes, "new_photos": "not sent in time"}
                )
            read = await asyncio.gather(*(self._ocr(kind, ref) for kind, ref in fresh.items()))
            for result in read:
                front, back = (result, back) if result.kind == "id_card_front" else (front, result)
            findings = self._assess_id_card(front, back)
        return findings

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
