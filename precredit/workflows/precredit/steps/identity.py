"""Step 1, identity: the ID card read and checked, an SMS code, three-element verification, a face
match and the blacklist, then the credit bureau report and the credit score."""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import CreditScoreRequest, FaceMatchRequest, SmsChallengeRequest
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.documents import OcrResult, document_kind
    from precredit.policy import applicant as applicant_policy
    from precredit.policy import idcard

from precredit.workflows.precredit.pipeline import Pipeline


@dataclass(frozen=True)
class CreditStanding:
    """What identity hands to approval: the credit score's points, and what the credit report shows
    the applicant repaying monthly (None: a history from before the bureau adapter returned it)."""

    points: int = 0
    bureau_monthly_repayments: Decimal | None = None


async def identity(p: Pipeline) -> CreditStanding:
    app, decide = p.app, p.decisions.decide
    req = app.req
    docs = req.identity_documents
    claims = _name_claim(p)
    front, back = await asyncio.gather(
        p.ocr("id_card_front", docs.id_card_front, claims), p.ocr("id_card_back", docs.id_card_back)
    )
    printed_data_checked = workflow.patched("id-card-printed-data-v1")
    if printed_data_checked:
        # A printed birth date or sex read with confidence that contradicts the card's own number
        # is a possible forgery for an underwriter, not a misread to repair or decline.
        findings = _assess_id_card(p, front, back)
    else:
        findings = idcard.check_id_card(
            applicant=req.applicant,
            front=front.fields,
            back=back.fields,
            front_warnings=front.warnings,
            today=workflow.now().date(),
            policy=app.policy,
        )
    if printed_data_checked and workflow.patched("id-card-reupload-v1"):
        findings = await _new_id_card_photos(p, findings, front, back)
    if findings.decline:
        await decide(Step.IDENTITY, "decline", findings.decline, findings.notes)
    if findings.review:
        await p.decisions.underwriter_review(Step.IDENTITY, findings.review, findings.notes)
    # Rules the security review found unapplied (issue 15): age when the loan ends and liveness of
    # the selfie (and, in approval, the debt the credit report shows).
    applicant_rules = workflow.patched("applicant-rules-v1")
    if applicant_rules:
        today = workflow.now().date()
        too_old = applicant_policy.age_at_maturity_reasons(
            req.applicant.id_number, today=today, term_months=req.loan.term_months, policy=app.policy
        )
        if too_old:
            age = applicant_policy.age_at_maturity(
                req.applicant.id_number, today=today, term_months=req.loan.term_months
            )
            await decide(
                Step.IDENTITY, "decline", too_old,
                {"age_at_maturity": str(age), "max": str(app.policy.max_age_at_maturity)},
            )  # fmt: skip

    await _confirm_sms(p)

    person = app.person()
    elements, face, listed = await asyncio.gather(
        p.activities.run(acts.VERIFY_IDENTITY_ELEMENTS, person),
        p.activities.run(
            acts.MATCH_FACE,
            FaceMatchRequest(
                application_id=req.application_id, id_number=req.applicant.id_number, selfie_ref=docs.selfie
            ),
            task_queue=app.execution.heavy_task_queue,
        ),
        p.activities.run(acts.CHECK_BLACKLIST, person),
    )
    if not elements.matched:
        await decide(Step.IDENTITY, "decline", [Reason.IDENTITY_UNVERIFIED], {"elements": "3"})
    face_reasons: list[str] = (
        applicant_policy.face_reasons(face)
        if applicant_rules
        else [Reason.FACE_MISMATCH] * (not face.matched)
    )
    if face_reasons:
        notes = {"similarity": f"{face.similarity:.2f}"}
        if applicant_rules:
            notes["liveness"] = "passed" if face.liveness_ok else "failed"
        await decide(Step.IDENTITY, "decline", face_reasons, notes)
    if listed.listed:
        await decide(Step.IDENTITY, "decline", [Reason.BLACKLISTED], {"list": listed.list_name})

    bureau = await p.activities.run(acts.FETCH_CREDIT_REPORT, person)
    score = await p.activities.run(
        acts.SCORE_CREDIT,
        CreditScoreRequest(
            application_id=req.application_id,
            applicant=req.applicant,
            loan=req.loan,
            vehicle=req.vehicle,
            bureau_ref=bureau.bureau_ref,
            today=workflow.now().date(),
        ),
    )
    standing = CreditStanding(points=score.points or 0, bureau_monthly_repayments=bureau.monthly_repayments)
    if standing.points < app.policy.credit_score_min:
        app.risk_band = "high"
        await decide(Step.IDENTITY, "decline", [Reason.CREDIT_SCORE_LOW], score=score)
        return standing  # reached only when a person overturned the decline on appeal
    detail = {"points": str(score.points)}
    if idcard.NAME_FITS_PRINT in findings.notes.get("name", ""):
        detail["name"] = findings.notes["name"]  # the audit trail says how the name was accepted
    await decide(Step.IDENTITY, "pass", [], detail, score=score)
    return standing


def _name_claim(p: Pipeline) -> dict[str, str] | None:
    """The form's name for the reader to judge against the card's print (a rare character the
    recogniser misreads is then no reason to ask again), from patch id-card-name-fit-v1 on."""
    if workflow.patched("id-card-name-fit-v1"):
        return {"name": p.app.req.applicant.name}
    return None


def _assess_id_card(p: Pipeline, front: OcrResult, back: OcrResult) -> idcard.IdCardFindings:
    # A name read unsurely that differs from the form asks for a new photo instead of declining.
    return idcard.assess_id_card(
        name_fit=front.claim_fit.get("name"),
        unsure_name_is_unreadable=workflow.patched("id-card-unsure-name-v1"),
        applicant=p.app.req.applicant,
        front=front.fields,
        front_confidence=front.confidence,
        back=back.fields,
        front_warnings=front.warnings,
        today=workflow.now().date(),
        policy=p.app.policy,
    )


async def _new_id_card_photos(
    p: Pipeline, findings: idcard.IdCardFindings, front: OcrResult, back: OcrResult
) -> idcard.IdCardFindings:
    """A card whose only problem is a field that could not be read is photographed again (up to the
    policy's number of times) before an underwriter looks; what is read anew replaces the findings.
    A forgery signal, a checksum failure or a decline is never asked again."""
    asked = 0
    while fields := idcard.id_card_reupload(
        findings, uploads_so_far=asked, max_reuploads=p.app.policy.max_document_reuploads
    ):
        asked += 1
        sides = idcard.sides_of(fields)
        fresh = await p.decisions.ask_for_new_photos(Step.IDENTITY, sides, findings.review, asked)
        if fresh is None:  # not sent in time: an underwriter looks at what there is
            return dataclasses.replace(findings, notes={**findings.notes, "new_photos": "not sent in time"})
        claims = _name_claim(p)
        read = await asyncio.gather(
            *(p.ocr(document_kind(kind), ref, claims if kind == "id_card_front" else None)
              for kind, ref in fresh.items())
        )  # fmt: skip
        for result in read:
            front, back = (result, back) if result.kind == "id_card_front" else (front, result)
        findings = _assess_id_card(p, front, back)
    return findings


async def _confirm_sms(p: Pipeline) -> None:
    app = p.app
    req = app.req
    await p.sms.send(
        SmsChallengeRequest(
            application_id=req.application_id,
            phone=req.applicant.phone,
            purpose="credit_authorisation",
            ttl_seconds=app.deadlines.sms_code,
            max_attempts=app.policy.sms_max_attempts,
        )
    )
    arrived = await p.people.wait("sms_code", lambda: p.sms.ok or p.sms.locked, app.deadlines.sms_code)
    if not arrived:
        await p.decisions.decide(
            Step.IDENTITY, "decline", [Reason.SMS_NOT_CONFIRMED], {"why": "timeout"}, Status.EXPIRED
        )
    if p.sms.locked:
        await p.decisions.decide(
            Step.IDENTITY, "decline", [Reason.SMS_NOT_CONFIRMED], {"why": "too many attempts"}
        )
