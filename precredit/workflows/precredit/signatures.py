"""The buyer's signatures: a document is presented, a signature for exactly that document is
verified when it arrives (`sign_*` updates), and an unsigned document is reminded of, then expires."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        ReminderRequest,
        SignatureCheck,
        SignatureResult,
        SigningDocument,
    )
    from precredit.models.decisions import Reason, Status
    from precredit.models.messages import SignatureInput, UpdateAck
    from precredit.workflows import texts

from precredit.workflows.precredit.decisions import PipelineDecisions

DIFFERENT_DOCUMENT = "signature is for a different document than the one presented"


class PipelineSignatures(PipelineDecisions):
    def _validate_signature(self, what: str, kind: str, inp: SignatureInput) -> None:
        self._require_waiting_or_due(what)
        if self._signed.get(kind, False):
            raise ValueError(f"the {kind.replace('_', ' ')} is already signed")
        doc = self._signing.get(kind)
        # Before the wait opens the document may not be applied yet: the handler checks it then.
        if (doc is None and self._is_waiting(what)) or (
            doc is not None and inp.document_sha256 != doc.sha256
        ):
            raise ValueError(DIFFERENT_DOCUMENT)

    async def _accept_signature(self, what: str, kind: str, inp: SignatureInput) -> UpdateAck:
        refusal = await self._until_waiting(what)
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        doc = self._signing[kind]
        if inp.document_sha256 != doc.sha256:
            return UpdateAck(accepted=False, message=DIFFERENT_DOCUMENT)
        result = await self._act(
            "verify_buyer_signature",
            SignatureCheck(
                application_id=self._req.application_id, document=doc, signature_b64=inp.signature_b64
            ),
            SignatureResult,
        )
        if not result.valid:
            return UpdateAck(accepted=False, message=f"signature invalid: {result.detail}")
        if (self._waiting is None or self._waiting.what != what) and workflow.patched(
            "signed-after-deadline-v1"
        ):
            # The deadline passed while the provider was verifying: the application has expired.
            return UpdateAck(
                accepted=False, message="the signing deadline passed before the signature was verified"
            )
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
