"""Step 5, documents: wait for the purchase contract, vehicle invoice and insurance policy, read
them, record their fields and cross-check them against the application. A field that could not be
read is asked for again as a new photo of that document (a few times) before an underwriter reads it."""

from __future__ import annotations

import asyncio
import dataclasses

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import DocumentFieldsRecord
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.documents import OcrResult
    from precredit.policy import documents as document_policy

from precredit.workflows.precredit.decisions import PipelineDecisions


class DocumentsStep(PipelineDecisions):
    async def _documents(self) -> None:
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
        read = await self._read_documents(
            {
                "purchase_contract": docs.purchase_contract,
                "vehicle_invoice": docs.vehicle_invoice,
                "insurance_policy": docs.insurance_policy,
            }
        )
        if workflow.patched("documents-verdict-v1"):
            await self._documents_verdict(read)
            return
        findings = self._document_findings(read, sellers=False)
        detail = {"mismatches": ",".join(findings.mismatches), "unreadable": ",".join(findings.unreadable)}
        if findings.mismatches and self._policy.document_mismatch_action == "decline":
            await self._decide(Step.DOCUMENTS, "decline", [Reason.DOCUMENT_MISMATCH], detail)
        if not findings.clean:
            await self._underwriter_review(Step.DOCUMENTS, [Reason.DOCUMENT_MISMATCH], detail)
        else:
            await self._decide(Step.DOCUMENTS, "pass", [], {})

    async def _read_documents(self, refs: dict[str, str]) -> dict[str, OcrResult]:
        """Reads the documents side by side and records each one's fields, in the order given."""
        results = await asyncio.gather(*(self._ocr(kind, ref) for kind, ref in refs.items()))
        for result in results:
            await self._act(
                "record_document_fields",
                DocumentFieldsRecord(
                    application_id=self._req.application_id,
                    kind=result.kind,
                    fields=result.fields,
                    confidence=result.confidence,
                    warnings=result.warnings,
                ),
                type(None),
            )
        return dict(zip(refs, results, strict=True))

    def _document_findings(
        self, read: dict[str, OcrResult], *, sellers: bool = True
    ) -> document_policy.DocumentFindings:
        req = self._req
        contract, invoice = read["purchase_contract"].fields, read["vehicle_invoice"].fields
        findings = document_policy.cross_check(
            applicant=req.applicant,
            vehicle=req.vehicle,
            loan_amount=req.loan.amount,
            lender_name=self._policy.lender_name,
            contract=contract,
            invoice=invoice,
            policy_doc=read["insurance_policy"].fields,
            today=workflow.now().date(),
            policy=self._policy,
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

    async def _documents_verdict(self, read: dict[str, OcrResult]) -> None:
        """A field that could not be read is DOCUMENT_UNREADABLE, never a mismatch: the buyer is
        asked for a new photo of that document (up to the policy's number of times, naming what
        could not be read), and only then does an underwriter read it."""
        limit = self._policy.max_document_reuploads if workflow.patched("documents-reupload-v1") else 0
        asked = 0
        while True:
            verdict = document_policy.document_verdict(
                self._document_findings(read),
                uploads_so_far=asked,
                max_reuploads=limit,
                mismatch_action=self._policy.document_mismatch_action,
            )
            if verdict.action != "reupload":
                break
            asked += 1
            fresh = await self._ask_for_new_photos(Step.DOCUMENTS, verdict.reupload, verdict.reasons, asked)
            if fresh is None:  # not sent in time: an underwriter reads what there is
                detail = {**verdict.detail, "new_photos": "not sent in time"}
                verdict = dataclasses.replace(verdict, action="review", detail=detail)
                break
            read = {**read, **await self._read_documents(fresh)}
        if verdict.action == "decline":
            await self._decide(Step.DOCUMENTS, "decline", verdict.reasons, verdict.detail)
        if verdict.action != "pass":
            await self._underwriter_review(Step.DOCUMENTS, verdict.reasons, verdict.detail)
        else:
            await self._decide(Step.DOCUMENTS, "pass", [], {})
