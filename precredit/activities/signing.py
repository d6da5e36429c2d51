"""Steps 3 and 6: render the document, seal it (contract), enrol the buyer, push the task, verify.

The sandbox e-sign provider (a CA and the buyer's device keystore) stands in for a licensed
e-signature service: the buyer's key lives only on the "device" (the sandbox state dir), the
provider keeps the certificate, and verification checks the chain and every byte.
"""

from __future__ import annotations

import hashlib
import json

from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import third_party
from precredit.models.activities import SignatureCheck, SignatureResult, SigningDocument, SigningRequest


class SigningActivities:
    def __init__(self, deps: Dependencies) -> None:
        from precredit.security.signing import SandboxCA

        self.deps = deps
        self.root = deps.settings.sandbox_state_dir / "esign"
        self.ca = SandboxCA.load_or_create(self.root / "ca")

    def _device(self, application_id: str) -> dict[str, str]:
        """The buyer's signing key and certificate, issued once per application after SMS verification."""
        path = self.root / "devices" / f"{application_id}.json"
        if not path.exists():
            key_pem, cert_pem = self.ca.issue_buyer_certificate(f"applicant:{application_id}")
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"key_pem": key_pem.decode(), "cert_pem": cert_pem.decode()}))
            tmp.chmod(0o600)
            tmp.replace(path)
        return dict(json.loads(path.read_text()))

    @activity.defn(name="prepare_signing_document")
    def prepare_signing_document(self, req: SigningRequest) -> SigningDocument:
        from precredit.security.documents import render_document
        from precredit.security.signing import sign

        data = render_document(req.title, req.lines)
        ref = self.deps.documents.put(
            data, subject=self.deps.current_subject(), kind=req.kind, application_id=req.application_id
        )
        seal = None
        if req.lender_seal:
            key_pem, _cert = self.ca.lender_seal()
            seal = sign(data, key_pem)
        self._device(req.application_id)
        digest = hashlib.sha256(data).hexdigest()
        with third_party():
            self.deps.sandbox.push.push_signing_task(
                req.application_id, req.kind, digest, idempotency_key=f"{req.application_id}:{req.kind}"
            )
        return SigningDocument(kind=req.kind, document_ref=ref, sha256=digest, seal_signature_b64=seal)

    @activity.defn(name="verify_buyer_signature")
    def verify_buyer_signature(self, req: SignatureCheck) -> SignatureResult:
        from precredit.security.signing import verify

        data = self.deps.documents.get(req.document.document_ref)
        cert_pem = self._device(req.application_id)["cert_pem"].encode()
        if not verify(data, req.signature_b64, cert_pem, self.ca):
            self.deps.audit_event(
                actor="buyer",
                action=f"buyer.signature_rejected.{req.document.kind}",
                application_id=req.application_id,
            )
            return SignatureResult(valid=False, detail="buyer signature does not verify")
        if req.document.seal_signature_b64 is not None:
            _key, seal_cert = self.ca.lender_seal()
            if not verify(data, req.document.seal_signature_b64, seal_cert, self.ca):
                return SignatureResult(valid=False, detail="lender seal does not verify")
        self.deps.audit_event(
            actor="buyer",
            action=f"buyer.signed.{req.document.kind}",
            application_id=req.application_id,
            document_sha256=req.document.sha256,
        )
        return SignatureResult(valid=True)
