"""Step 3, authorisation: the buyer signs the credit-information authorisation letter."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SigningDocument, SigningRequest
    from precredit.models.decisions import Step
    from precredit.workflows import texts

from precredit.workflows.precredit.signatures import PipelineSignatures


class AuthorisationStep(PipelineSignatures):
    async def _authorisation(self) -> None:
        req = self._req
        doc = await self._act(
            "prepare_signing_document",
            SigningRequest(
                application_id=req.application_id,
                kind="authorisation_letter",
                title=texts.AUTHORISATION_TITLE,
                terms=texts.document_terms(req, workflow.now().date(), lender=self._policy.lender_name),
            ),
            SigningDocument,
        )
        await self._collect_signature(doc, "authorisation_signature", self._deadlines.authorisation_signature)
        await self._decide(Step.AUTHORISATION, "pass", [], {"document_sha256": doc.sha256})
