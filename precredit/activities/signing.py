"""Steps 3 and 6: render the document from legal's template, seal it (contract), open a signing
event at the e-sign provider, push the task; later validate what the buyer signed there.

The buyer signs at the provider (PAdES, with a certificate the provider issues for that one
event), never with a key we hold. We validate the signed PDF with pyHanko against the configured
trust roots, offline, and keep it encrypted in the document store.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import third_party
from precredit.models.activities import SignatureCheck, SignatureResult, SigningDocument, SigningRequest

if TYPE_CHECKING:
    from precredit.contracts.pades import SigningMaterial

BUYER_FIELD, SEAL_FIELD = "BuyerSignature", "LenderSeal"
PREPARED_PURPOSE = "signing-request"


class SigningActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @cached_property
    def _seal(self) -> SigningMaterial:
        """The lender's e-seal: loaded on first use, so that a worker that never seals never touches
        the PKI."""
        from precredit.contracts.pades import SigningMaterial
        from precredit.contracts.pki import SandboxPki
        from precredit.integrations.esign import pki_dir

        cfg = self.deps.settings.signing
        if cfg.seal_key_file and cfg.seal_cert_file:
            material = SigningMaterial(
                key_pem=cfg.seal_key_file.read_bytes(),
                cert_pem=cfg.seal_cert_file.read_bytes(),
                chain_pem=[p.read_bytes() for p in cfg.seal_chain_files],
                trust_roots_pem=self.trust_roots(),
                crls_der=[p.read_bytes() for p in cfg.crl_files],
            )
            return material
        pki = SandboxPki.load_or_create(
            pki_dir(self.deps.settings.sandbox_state_dir), lender_name=self.deps.settings.policy.lender_name
        )
        pki.refresh_crls()
        # The TSA's roots and CRLs too: its token is validated, and embedded, along with the seal.
        roots = list(dict.fromkeys([pki.root.cert_pem, *self.trust_roots()]))
        material = SigningMaterial(
            key_pem=pki.lender.key_pem,
            cert_pem=pki.lender.cert_pem,
            chain_pem=[],
            trust_roots_pem=roots,
            crls_der=[*pki.crls_der(), *(p.read_bytes() for p in cfg.crl_files)],
        )
        return material

    def trust_roots(self) -> list[bytes]:
        configured = self.deps.settings.signing.trust_roots
        if configured:
            return [p.read_bytes() for p in configured]
        roots = [*self.deps.providers.esign.trust_roots_pem(), *self.deps.providers.tsa.trust_roots_pem()]
        return list(dict.fromkeys(roots))

    @activity.defn(name="prepare_signing_document")
    def prepare_signing_document(self, req: SigningRequest) -> SigningDocument:
        ref, data = self._prepared(req)
        digest = hashlib.sha256(data).hexdigest()
        phone = req.terms.applicant.phone if req.terms else ""
        with third_party():
            event = self.deps.providers.esign.create_event(
                application_id=req.application_id,
                kind=req.kind,
                document=data,
                phone=phone,
                idempotency_key=f"{req.application_id}:{req.kind}:{digest}",
            )
            self.deps.providers.push.push_signing_task(
                req.application_id,
                req.kind,
                digest,
                idempotency_key=f"{req.application_id}:{req.kind}:{digest}",
            )
        return SigningDocument(
            kind=req.kind, document_ref=ref, sha256=digest, signing_event_id=event.event_id
        )

    def _prepared(self, req: SigningRequest) -> tuple[str, bytes]:
        """The document for `req`: the one an earlier attempt of the same request stored, else a new
        one. A sealed PDF differs on every rendering (signing time, the TSA's token), so without
        this a retry after the e-sign call (the push failed, the worker died) would open a second
        signing event for a second copy of the same contract."""
        from sqlalchemy.exc import IntegrityError
        from sqlmodel import Session

        from precredit.db.signing import SigningPreparationRow

        key = self.deps.keyed_hash(req.model_dump_json(), purpose=PREPARED_PURPOSE)
        with Session(self.deps.engine) as session:
            row = session.get(SigningPreparationRow, key)
            if row is not None:
                try:
                    return row.document_ref, self.deps.documents.get(row.document_ref)
                except LookupError:  # erased or lost since: prepare it again
                    pass
        data = self._render(req)
        ref = self.deps.documents.put(
            data, subject=self.deps.current_subject(), kind=req.kind, application_id=req.application_id
        )
        with Session(self.deps.engine) as session:
            row = session.get(SigningPreparationRow, key)
            if row is None:
                row = SigningPreparationRow(
                    request_hash=key, application_id=req.application_id, kind=req.kind,
                    document_ref=ref, prepared_at=datetime.now(UTC),
                )  # fmt: skip
            else:
                row.document_ref, row.prepared_at = ref, datetime.now(UTC)
            session.add(row)
            try:
                session.commit()
            except IntegrityError:  # a concurrent attempt stored its document first: present that
                session.rollback()
                winner = session.get(SigningPreparationRow, key, populate_existing=True)
                assert winner is not None
                return winner.document_ref, self.deps.documents.get(winner.document_ref)
        return ref, data

    def _render(self, req: SigningRequest) -> bytes:
        """Legal's template filled in, with empty signature fields; a contract sealed by the lender."""
        from precredit.contracts import pades
        from precredit.contracts.context import document_context
        from precredit.contracts.render import render_markup, render_pdf

        if req.terms is None:  # a workflow started before templates: its lines as the body
            markup = "\n\n".join(
                [f"# {req.title}", *req.lines, f"[[signature:{BUYER_FIELD}|签名 Signature]]"]
            )
            if req.lender_seal:
                markup += f"\n\n[[signature:{SEAL_FIELD}|贷款人电子签章 Lender e-seal]]"
        else:
            context = document_context(req.application_id, req.terms, self.deps.settings.contract)
            markup = render_markup(req.kind, context)
        rendered = render_pdf(markup, title=req.title)
        data = pades.add_signature_fields(rendered.pdf, rendered.signature_boxes)
        if req.lender_seal:
            material = self._seal
            with third_party():
                timestamper = self.deps.providers.tsa.timestamper()
            data = pades.sign_field(
                data,
                field_name=SEAL_FIELD,
                material=material,
                timestamper=timestamper,
                reason=f"{self.deps.settings.policy.lender_name} 电子签章 / lender e-seal",
            )
        return data

    @activity.defn(name="verify_buyer_signature")
    def verify_buyer_signature(self, req: SignatureCheck) -> SignatureResult:
        doc = req.document
        if doc.signing_event_id is None:
            return self._rejected(
                req, "this document has no e-sign event: detached signatures are not accepted"
            )
        with third_party():
            signed = self.deps.providers.esign.signed_document(doc.signing_event_id)
        if signed is None:
            return self._rejected(req, "the buyer has not signed at the e-sign provider yet")
        detail = self.check_signed(signed, doc)
        if detail:
            return self._rejected(req, detail)
        ref = self.deps.documents.put(
            signed,
            subject=self.deps.current_subject(),
            kind=f"signed_{doc.kind}",
            application_id=req.application_id,
        )
        self.deps.audit_event(
            actor="buyer",
            action=f"buyer.signed.{doc.kind}",
            application_id=req.application_id,
            document_sha256=doc.sha256,
            signed_document_sha256=hashlib.sha256(signed).hexdigest(),
            signing_event_id=doc.signing_event_id,
        )
        return SignatureResult(valid=True, signed_document_ref=ref)

    def check_signed(self, signed: bytes, doc: SigningDocument) -> str:
        """Empty if `signed` is the presented document plus the buyer's valid PAdES signature (and
        the lender's seal on a contract); else why not."""
        from precredit.contracts import pades

        original = self.deps.documents.get(doc.document_ref)
        if not signed.startswith(original):
            return "the signed PDF is not an update of the document presented"
        report = pades.validate(signed, trust_roots_pem=self.trust_roots())
        if not report.has_dss:
            return "no validation data embedded (not PAdES-LT)"
        fields = {s.field: s for s in report.signatures}
        expected = {BUYER_FIELD, SEAL_FIELD} if doc.kind == "loan_contract" else {BUYER_FIELD}
        if set(fields) != expected:
            return f"expected signatures {sorted(expected)}, found {sorted(fields)}"
        for sig in report.signatures:
            if not sig.ok:
                return f"{sig.field} does not validate: {sig.detail}"
        buyer = fields[BUYER_FIELD]
        if f"Common Name: {doc.signing_event_id}" not in buyer.signer:
            return "the buyer's certificate was not issued for this signing event"
        if buyer.signed_revision_length <= len(original):
            return "the buyer's signature does not cover the document presented"
        seal = fields.get(SEAL_FIELD)
        if seal is not None and seal.signed_revision_length > len(original):
            return "the lender's seal was added after the document was presented"
        return ""

    def _rejected(self, req: SignatureCheck, detail: str) -> SignatureResult:
        from precredit.security.masking import mask_text

        self.deps.audit_event(
            actor="buyer",
            action=f"buyer.signature_rejected.{req.document.kind}",
            application_id=req.application_id,
            reason=mask_text(detail)[:300],  # pyHanko's words may hold digit runs the trail refuses
        )
        return SignatureResult(valid=False, detail=detail)
