"""Step 3, authorisation: the buyer signs the credit-information authorisation letter."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import SigningRequest
    from precredit.models.decisions import Step
    from precredit.workflows import texts

from precredit.workflows.precredit.pipeline import Pipeline


async def authorisation(p: Pipeline) -> None:
    app = p.app
    req = app.req
    doc = await p.activities.run(
        acts.PREPARE_SIGNING_DOCUMENT,
        SigningRequest(
            application_id=req.application_id,
            kind="authorisation_letter",
            title=texts.AUTHORISATION_TITLE,
            terms=texts.document_terms(req, workflow.now().date(), lender=app.policy.lender_name),
        ),
    )
    await p.signatures.collect(doc, "authorisation_signature", app.deadlines.authorisation_signature)
    await p.decisions.decide(Step.AUTHORISATION, "pass", [], {"document_sha256": doc.sha256})
