"""Everything held about one person (PIPL art. 45), for `precredit export-applicant` and the
operator route `GET /v1/applicants/{applicant_id}/export`.

One person at a time, never a bulk dump: the applicant's identity, each application's own data
(from its workflow's start event), decisions with reason codes and explanations, the OCR'd document
fields, the documents held with their digests, card bindings and audit events. After an erase the
same export says what was erased and shows what is kept (decisions, audit), with no personal data.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from precredit.client import PreCreditClient
from precredit.db.audit import AuditEvent
from precredit.db.blobs import DocumentErased, DocumentNotFound, DocumentStore
from precredit.db.funding import BankCardRow
from precredit.db.tables import ApplicantRow, ApplicationRow, DecisionRow, DocumentFieldsRow
from precredit.models.application import PreCreditInput
from precredit.privacy import UnknownApplicant
from precredit.security.customers import card_subject
from precredit.security.fields import FieldCipher
from precredit.security.keys import DecryptionError
from precredit.security.subjects import NoSubjectKeyError, SubjectKeys, SubjectShreddedError


class DocumentHeld(BaseModel):
    digest: str
    kind: str
    application_id: str
    size: int
    stored_at: datetime
    readable: bool


class CardHeld(BaseModel):
    binding_id: str
    user_id: str
    card_number: str | None = Field(description="None once erased")
    card_masked: str
    bank: str
    status: str
    bound_at: datetime
    unbound_at: datetime | None


class ApplicationHeld(BaseModel):
    application_id: str
    workflow_id: str
    status: str
    step: str
    dealer_id: str
    risk_band: str
    offer: dict[str, Any] | None
    created_at: datetime | None
    request: dict[str, Any] | None = Field(description="what was submitted; None once erased")
    decisions: list[dict[str, Any]]
    document_fields: dict[str, dict[str, Any] | None]


class ApplicantExport(BaseModel):
    applicant_id: str
    erased: bool
    erased_at: datetime | None
    name: str | None
    id_number: str | None
    phone: str | None
    applications: list[ApplicationHeld]
    documents: list[DocumentHeld]
    cards: list[CardHeld]
    audit: list[dict[str, Any]]


class Exporter:
    def __init__(
        self,
        *,
        subjects: SubjectKeys,
        cipher: FieldCipher,
        documents: DocumentStore,
        client: PreCreditClient | None,
    ) -> None:
        self.subjects, self.cipher, self.documents, self.client = subjects, cipher, documents, client

    async def export(self, applicant_id: str) -> ApplicantExport:
        import asyncio

        out = await asyncio.to_thread(self._from_database, applicant_id)
        if self.client is not None and not out.erased:
            for app in out.applications:
                app.request = await self._request(app.workflow_id)
        return out

    def _from_database(self, applicant_id: str) -> ApplicantExport:
        status = self.subjects.status(applicant_id)
        workflows = {w.workflow_id: w for w in self.subjects.workflows_of(applicant_id)}
        with Session(self.subjects.engine) as session:
            person = session.get(ApplicantRow, applicant_id)
            if person is None and not workflows:
                raise UnknownApplicant(f"no applicant {applicant_id}")
            apps = list(
                session.exec(select(ApplicationRow).where(ApplicationRow.applicant_key == applicant_id))
            )
            app_ids = {a.application_id for a in apps} | {
                w.application_id for w in workflows.values() if w.application_id
            }
            decisions = list(
                session.exec(
                    select(DecisionRow)
                    .where(col(DecisionRow.application_id).in_(app_ids))
                    .order_by(col(DecisionRow.decided_at), col(DecisionRow.id))
                )
            )
            fields = list(
                session.exec(
                    select(DocumentFieldsRow).where(col(DocumentFieldsRow.application_id).in_(app_ids))
                )
            )
            card_wfs = [wf for wf in workflows if wf.startswith("card-")]
            cards = list(session.exec(select(BankCardRow).where(col(BankCardRow.workflow_id).in_(card_wfs))))
            audit_ids = app_ids | set(card_wfs)
            audit = list(
                session.exec(
                    select(AuditEvent)
                    .where(col(AuditEvent.application_id).in_(audit_ids))
                    .order_by(col(AuditEvent.seq))
                )
            )
        erased = (person is not None and person.erased_at is not None) or status.shredded_at is not None
        identity = self._identity(person) if person is not None and not erased else {}
        rows = {a.application_id: a for a in apps}
        held = []
        for app_id in sorted(app_ids):
            row = rows.get(app_id)
            held.append(
                ApplicationHeld(
                    application_id=app_id,
                    workflow_id=row.workflow_id if row else f"precredit-{app_id}",
                    status=row.status if row else "UNKNOWN",
                    step=row.step if row else "",
                    dealer_id=row.dealer_id if row else "",
                    risk_band=row.risk_band if row else "",
                    offer=row.offer if row else None,
                    created_at=row.created_at if row else None,
                    request=None,
                    decisions=[_decision(d) for d in decisions if d.application_id == app_id],
                    document_fields={
                        f.kind: self._fields(applicant_id, f) for f in fields if f.application_id == app_id
                    },
                )
            )
        return ApplicantExport(
            applicant_id=applicant_id,
            erased=erased,
            erased_at=person.erased_at if person else status.shredded_at,
            name=identity.get("name"),
            id_number=identity.get("id_number"),
            phone=identity.get("phone"),
            applications=held,
            documents=[self._document(d) for d in self.subjects.documents_of(applicant_id)],
            cards=[self._card(c) for c in cards],
            audit=[_audit(e) for e in audit],
        )

    def _identity(self, person: ApplicantRow) -> dict[str, str]:
        try:
            return {
                f: self.cipher.decrypt_field(person.applicant_id, getattr(person, f"{f}_enc"))
                for f in ("name", "id_number", "phone")
            }
        except (SubjectShreddedError, NoSubjectKeyError, DecryptionError):
            return {}

    def _fields(self, applicant_id: str, row: DocumentFieldsRow) -> dict[str, Any] | None:
        try:
            return dict(json.loads(self.cipher.decrypt_field(applicant_id, row.fields_sealed)))
        except (SubjectShreddedError, NoSubjectKeyError, DecryptionError):
            return None

    def _document(self, doc: Any) -> DocumentHeld:
        ref = f"doc://{doc.digest}"
        try:
            readable = self.documents.exists(ref) and bool(self.documents.get(ref))
        except (DocumentErased, DocumentNotFound, DecryptionError):
            readable = False
        return DocumentHeld(
            digest=doc.digest, kind=doc.kind, application_id=doc.application_id, size=doc.size,
            stored_at=doc.created_at, readable=readable,
        )  # fmt: skip

    def _card(self, row: BankCardRow) -> CardHeld:
        try:
            number: str | None = self.cipher.decrypt_field(card_subject(row.user_id), row.card_sealed)
        except (SubjectShreddedError, NoSubjectKeyError, DecryptionError):
            number = None
        return CardHeld(
            binding_id=row.binding_id, user_id=row.user_id, card_number=number, card_masked=row.card_masked,
            bank=row.bank, status=row.status, bound_at=row.bound_at, unbound_at=row.unbound_at,
        )  # fmt: skip

    async def _request(self, workflow_id: str) -> dict[str, Any] | None:
        """The application as submitted, from its start event (the only place it is kept whole)."""
        assert self.client is not None
        handle = self.client.client.get_workflow_handle(workflow_id)
        try:
            async for event in handle.fetch_history_events():
                payloads = event.workflow_execution_started_event_attributes.input.payloads
                if not payloads:
                    return None
                [inp] = await self.client.client.data_converter.decode(payloads, [PreCreditInput])
                return dict(inp.request.model_dump(mode="json"))
        except Exception:  # past retention, or unreadable: the export says so with None
            return None
        return None


def _decision(d: DecisionRow) -> dict[str, Any]:
    return {
        "step": d.step, "seq": d.seq, "verdict": d.verdict, "reason_codes": list(d.reason_codes),
        "detail": dict(d.detail), "model": f"{d.model_name}@{d.model_version}" if d.model_name else "",
        "probability": d.probability, "points": d.points, "explanations": list(d.explanations),
        "decided_by": d.decided_by, "decided_at": d.decided_at,
    }  # fmt: skip


def _audit(e: AuditEvent) -> dict[str, Any]:
    return {
        "seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
        "application_id": e.application_id, "detail": json.loads(e.detail),
    }  # fmt: skip
