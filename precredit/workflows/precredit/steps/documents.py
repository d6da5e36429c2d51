"""Step 5, documents: wait for the purchase contract, vehicle invoice and insurance policy, read
them, record their fields and cross-check them against the application."""

from __future__ import annotations

import asyncio

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import DocumentFieldsRecord
    from precredit.models.decisions import Reason, Status, Step
    from precredit.policy import documents as document_policy

from precredit.workflows.precredit.decisions import PipelineDecisions


class DocumentsStep(PipelineDecisions):
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
        if workflow.patched("documents-verdict-v1"):
            # The seller must be the application's dealer, and a field that could not be read is
            # DOCUMENT_UNREADABLE for the underwriter, not a mismatch (no new photo is asked yet).
            findings = document_policy.merge(
                findings,
                document_policy.check_sellers(
                    dealer_name=req.vehicle.dealer_name, contract=contract.fields, invoice=invoice.fields
                ),
            )
            verdict = document_policy.document_verdict(
                findings,
                uploads_so_far=0,
                max_reuploads=0,
                mismatch_action=self._policy.document_mismatch_action,
            )
            if verdict.action == "decline":
                await self._decide(Step.DOCUMENTS, "decline", verdict.reasons, verdict.detail)
            if verdict.action != "pass":
                await self._underwriter_review(Step.DOCUMENTS, verdict.reasons, verdict.detail)
            else:
                await self._decide(Step.DOCUMENTS, "pass", [], {})
            return
        detail = {"mismatches": ",".join(findings.mismatches), "unreadable": ",".join(findings.unreadable)}
        if findings.mismatches and self._policy.document_mismatch_action == "decline":
            await self._decide(Step.DOCUMENTS, "decline", [Reason.DOCUMENT_MISMATCH], detail)
        if not findings.clean:
            await self._underwriter_review(Step.DOCUMENTS, [Reason.DOCUMENT_MISMATCH], detail)
        else:
            await self._decide(Step.DOCUMENTS, "pass", [], {})
