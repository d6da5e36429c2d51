"""Step 5, documents: wait for the purchase contract, vehicle invoice and insurance policy, read
them, record their fields and cross-check them against the application. A field that could not be
read is asked for again as a new photo of that document (a few times) before an underwriter reads it."""

from __future__ import annotations

import asyncio
import dataclasses

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import DocumentFieldsRecord
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.documents import OcrResult, document_kind
    from precredit.policy import documents as document_policy

from precredit.workflows.precredit.pipeline import Pipeline


async def documents(p: Pipeline) -> None:
    app, decide = p.app, p.decisions.decide
    if app.loan_documents.missing():
        arrived = await p.people.wait(
            "documents", lambda: not app.loan_documents.missing(), app.deadlines.documents
        )
        if not arrived:
            missing = ",".join(app.loan_documents.missing())
            await decide(
                Step.DOCUMENTS,
                "decline",
                [Reason.DOCUMENTS_NOT_UPLOADED],
                {"missing": missing},
                Status.EXPIRED,
            )
    docs = app.loan_documents
    assert docs.purchase_contract and docs.vehicle_invoice and docs.insurance_policy
    read = await _read_documents(
        p,
        {
            "purchase_contract": docs.purchase_contract,
            "vehicle_invoice": docs.vehicle_invoice,
            "insurance_policy": docs.insurance_policy,
        },
    )
    if workflow.patched("documents-verdict-v1"):
        await _documents_verdict(p, read)
        return
    findings = _findings(p, read, sellers=False)
    detail = {"mismatches": ",".join(findings.mismatches), "unreadable": ",".join(findings.unreadable)}
    if findings.mismatches and app.policy.document_mismatch_action == "decline":
        await decide(Step.DOCUMENTS, "decline", [Reason.DOCUMENT_MISMATCH], detail)
    if not findings.clean:
        await p.decisions.underwriter_review(Step.DOCUMENTS, [Reason.DOCUMENT_MISMATCH], detail)
    else:
        await decide(Step.DOCUMENTS, "pass", [], {})


def _claims(p: Pipeline, kind: str) -> dict[str, str] | None:
    """The application's names a document should bear, for the reader to judge against the print
    where it reads them differently (from patch document-claims-v1 on). Numbers are left out: their
    check digits already catch a misread."""
    if not workflow.patched("document-claims-v1"):
        return None
    name = p.app.req.applicant.name
    return {
        "purchase_contract": {"buyer_name": name},
        "vehicle_invoice": {"buyer_name": name},
        "insurance_policy": {"insured_name": name, "first_beneficiary": p.app.policy.lender_name},
    }.get(kind)


async def _read_documents(p: Pipeline, refs: dict[str, str]) -> dict[str, OcrResult]:
    """Reads the documents side by side and records each one's fields, in the order given."""
    claims = {kind: _claims(p, kind) for kind in refs}
    results = await asyncio.gather(
        *(p.ocr(document_kind(kind), ref, claims[kind]) for kind, ref in refs.items())
    )
    for result in results:
        await p.activities.run(
            acts.RECORD_DOCUMENT_FIELDS,
            DocumentFieldsRecord(
                application_id=p.app.req.application_id,
                kind=result.kind,
                fields=result.fields,
                confidence=result.confidence,
                warnings=result.warnings,
            ),
        )
    return dict(zip(refs, results, strict=True))


def _findings(
    p: Pipeline, read: dict[str, OcrResult], *, sellers: bool = True
) -> document_policy.DocumentFindings:
    req, policy = p.app.req, p.app.policy
    contract, invoice = read["purchase_contract"].fields, read["vehicle_invoice"].fields
    findings = document_policy.cross_check(
        applicant=req.applicant,
        vehicle=req.vehicle,
        loan_amount=req.loan.amount,
        lender_name=policy.lender_name,
        contract=contract,
        invoice=invoice,
        policy_doc=read["insurance_policy"].fields,
        today=workflow.now().date(),
        policy=policy,
        fits={f"{kind}.{name}": fit for kind, r in read.items() for name, fit in r.claim_fit.items()},
    )
    if not sellers:
        return findings
    # The seller must be the application's dealer.
    return document_policy.merge(
        findings,
        document_policy.check_sellers(
            dealer_name=req.vehicle.dealer_name, contract=contract, invoice=invoice
        ),
    )


async def _documents_verdict(p: Pipeline, read: dict[str, OcrResult]) -> None:
    """A field that could not be read is DOCUMENT_UNREADABLE, never a mismatch: the buyer is asked
    for a new photo of that document (up to the policy's number of times, naming what could not be
    read), and only then does an underwriter read it."""
    policy = p.app.policy
    limit = policy.max_document_reuploads if workflow.patched("documents-reupload-v1") else 0
    asked = 0
    while True:
        findings = _findings(p, read)
        verdict = document_policy.document_verdict(
            findings,
            uploads_so_far=asked,
            max_reuploads=limit,
            mismatch_action=policy.document_mismatch_action,
        )
        if verdict.action != "reupload":
            break
        asked += 1
        fresh = await p.decisions.ask_for_new_photos(Step.DOCUMENTS, verdict.reupload, verdict.reasons, asked)
        if fresh is None:  # not sent in time: an underwriter reads what there is
            detail = {**verdict.detail, "new_photos": "not sent in time"}
            verdict = dataclasses.replace(verdict, action="review", detail=detail)
            break
        read = {**read, **await _read_documents(p, fresh)}
    if verdict.action == "decline":
        await p.decisions.decide(Step.DOCUMENTS, "decline", verdict.reasons, verdict.detail)
    if verdict.action != "pass":
        await p.decisions.underwriter_review(Step.DOCUMENTS, verdict.reasons, verdict.detail)
    else:
        fitted = findings.fitted  # the audit trail says which names the print bore out
        await p.decisions.decide(Step.DOCUMENTS, "pass", [], {"fitted": ",".join(fitted)} if fitted else {})
