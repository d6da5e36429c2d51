"""The buyer's signatures: a document is presented, a signature for exactly that document is
verified when it arrives (`sign_*` updates), and an unsigned document is reminded of, then expires."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import ReminderRequest, SignatureCheck, SigningDocument
    from precredit.models.decisions import Reason, Status
    from precredit.models.messages import SignatureInput, UpdateAck
    from precredit.workflows import texts

from precredit.workflows.precredit.decisions import Decisions
from precredit.workflows.precredit.state import Application
from precredit.workflows.precredit.waits import People
from precredit.workflows.primitives import Activities

DIFFERENT_DOCUMENT = "signature is for a different document than the one presented"
SignatureWait = Literal["authorisation_signature", "contract_signature"]


class Signatures:
    def __init__(
        self, app: Application, activities: Activities, people: People, decisions: Decisions
    ) -> None:
        self._app = app
        self._activities = activities
        self._people = people
        self._decisions = decisions

    def validate(self, what: SignatureWait, kind: str, inp: SignatureInput) -> None:
        app = self._app
        app.require_waiting_or_due(what)
        if app.signed.get(kind, False):
            raise ValueError(f"the {kind.replace('_', ' ')} is already signed")
        doc = app.signing.get(kind)
        # Before the wait opens the document may not be applied yet: the handler checks it then.
        if (doc is None and app.is_waiting(what)) or (doc is not None and inp.document_sha256 != doc.sha256):
            raise ValueError(DIFFERENT_DOCUMENT)

    async def accept(self, what: SignatureWait, kind: str, inp: SignatureInput) -> UpdateAck:
        app = self._app
        refusal = await app.until_waiting(what)
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        doc = app.signing[kind]
        if inp.document_sha256 != doc.sha256:
            return UpdateAck(accepted=False, message=DIFFERENT_DOCUMENT)
        result = await self._activities.run(
            acts.VERIFY_BUYER_SIGNATURE,
            SignatureCheck(
                application_id=app.req.application_id, document=doc, signature_b64=inp.signature_b64
            ),
        )
        if not result.valid:
            return UpdateAck(accepted=False, message=f"signature invalid: {result.detail}")
        if not app.is_waiting(what) and workflow.patched("signed-after-deadline-v1"):
            # The deadline passed while the provider was verifying: the application has expired.
            return UpdateAck(
                accepted=False, message="the signing deadline passed before the signature was verified"
            )
        app.signed[kind] = True
        return UpdateAck(accepted=True, message="signed")

    async def collect(
        self, doc: SigningDocument, what: SignatureWait, timeout: float, *, remind_every: float | None = None
    ) -> None:
        """Presents `doc` and waits for its signature until `timeout`, reminding the buyer every
        `remind_every` seconds; an unsigned document expires the application."""
        app = self._app
        app.signing[doc.kind] = doc
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
            signed = await self._people.wait(
                what, lambda: app.signed.get(doc.kind, False), window, deadline=deadline
            )
            if signed:
                return
            if (deadline - workflow.now()).total_seconds() <= 0.001:
                await self._decisions.decide(
                    app.step, "decline", [reason], {"reminders": str(reminders)}, Status.EXPIRED
                )
            reminders += 1
            await self._activities.run(
                acts.SEND_REMINDER,
                ReminderRequest(
                    application_id=app.req.application_id,
                    phone=app.req.applicant.phone,
                    text=texts.SIGN_REMINDER,
                    idempotency_key=f"{app.req.application_id}:{doc.kind}:reminder:{reminders}",
                ),
            )
