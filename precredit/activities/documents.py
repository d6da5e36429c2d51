"""OCR of identity and loan documents, and storing what was read (sealed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlmodel import Session, select
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import bad_document, not_found
from precredit.activities.heartbeat import heartbeating, report_queue_wait
from precredit.db.blobs import DocumentNotFound
from precredit.db.tables import ApplicationRow, DocumentFieldsRow
from precredit.models.activities import DocumentFieldsRecord, OcrRequest
from precredit.models.documents import OcrResult


class DocumentActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="ocr_document")
    def ocr_document(self, req: OcrRequest) -> OcrResult:
        """Runs on the heavy task queue (OCR worker processes); heartbeats while it reads."""
        from precredit.ocr import OcrInputError, read_document

        report_queue_wait("ocr_document", req.application_id, self.deps.settings.ocr_start_warning_seconds)
        try:
            data = self.deps.documents.get(req.document_ref)
        except DocumentNotFound as exc:
            raise not_found(str(exc)) from exc
        try:
            with heartbeating(f"reading {req.kind}"):
                return read_document(req.kind, data, engine=self.deps.settings.ocr_engine, claims=req.claims)
        except OcrInputError as exc:
            raise bad_document(f"{req.kind}: {exc}") from exc

    @activity.defn(name="record_document_fields")
    def record_document_fields(self, rec: DocumentFieldsRecord) -> None:
        with Session(self.deps.engine) as session:
            app = session.get(ApplicationRow, rec.application_id)
            if app is None or not app.applicant_key:
                raise RuntimeError(f"application {rec.application_id} not recorded yet")  # retried
            # Under the applicant's own data key: erasing the applicant makes these unreadable too.
            sealed = self.deps.cipher.encrypt_field(
                app.applicant_key, json.dumps(rec.fields, ensure_ascii=False)
            )
            row = session.exec(
                select(DocumentFieldsRow).where(
                    DocumentFieldsRow.application_id == rec.application_id, DocumentFieldsRow.kind == rec.kind
                )
            ).first() or DocumentFieldsRow(
                application_id=rec.application_id,
                kind=rec.kind,
                fields_sealed="",
                created_at=datetime.now(UTC),
            )
            row.fields_sealed = sealed
            row.confidence = rec.confidence
            row.warnings = rec.warnings
            session.add(row)
            session.commit()
