"""The underwriter's evidence for one application, from the database: decisions with their model
scores and explanations, the OCR'd document fields (decrypted here, returned masked), and the
audit trail of who did what.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from precredit.api.context import ApiContext
from precredit.api.views import StatusOut, mask_document_fields
from precredit.db.audit import AuditEvent
from precredit.db.tables import ApplicationRow, DecisionRow, DocumentFieldsRow
from precredit.models.decisions import Offer
from precredit.security.keys import DecryptionError
from precredit.security.masking import mask_text


class DecisionOut(BaseModel):
    step: str
    seq: int
    verdict: str
    reason_codes: list[str]
    detail: dict[str, str]
    model: str = ""
    probability: float | None = None
    points: int | None = None
    explanations: list[dict[str, Any]] = Field(default_factory=list)
    decided_by: str
    decided_at: datetime


class DocumentFieldsOut(BaseModel):
    kind: str
    fields: dict[str, str | None]
    confidence: dict[str, float]
    warnings: list[str]
    readable: bool = True


class AuditOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


def decisions(ctx: ApiContext, application_id: str) -> list[DecisionOut]:
    with Session(ctx.engine) as session:
        rows = session.exec(
            select(DecisionRow)
            .where(DecisionRow.application_id == application_id)
            .order_by(col(DecisionRow.decided_at), col(DecisionRow.id))
        ).all()
    return [
        DecisionOut(
            step=r.step,
            seq=r.seq,
            verdict=r.verdict,
            reason_codes=list(r.reason_codes),
            detail={k: mask_text(str(v)) for k, v in r.detail.items()},
            model=f"{r.model_name}@{r.model_version}" if r.model_name else "",
            probability=r.probability,
            points=r.points,
            explanations=list(r.explanations),
            decided_by=r.decided_by,
            decided_at=r.decided_at,
        )
        for r in rows
    ]


def document_fields(ctx: ApiContext, application_id: str) -> list[DocumentFieldsOut]:
    with Session(ctx.engine) as session:
        app = session.get(ApplicationRow, application_id)
        rows = session.exec(
            select(DocumentFieldsRow).where(DocumentFieldsRow.application_id == application_id)
        ).all()
    out = []
    for r in rows:
        fields, readable = _unseal(ctx, app, r)
        out.append(
            DocumentFieldsOut(
                kind=r.kind,
                fields=mask_document_fields(fields),
                confidence=dict(r.confidence),
                warnings=[mask_text(str(w)) for w in r.warnings],
                readable=readable,
            )
        )
    return out


def _unseal(
    ctx: ApiContext, app: ApplicationRow | None, row: DocumentFieldsRow
) -> tuple[dict[str, str | None], bool]:
    """Fields are sealed under the applicant's data key (`v1.` field ciphertext); an erased
    (crypto-shredded) applicant or a missing key shows as unreadable, not as an error."""
    try:
        if row.fields_sealed.startswith("v1.") and app is not None and app.applicant_key:
            text = ctx.cipher.decrypt_field(app.applicant_key, row.fields_sealed)
        else:  # `kid:base64` sealed by the keyring with the application id as context
            import base64

            kid, _, b64 = row.fields_sealed.partition(":")
            text = ctx.keyring.decrypt(
                kid, base64.b64decode(b64), context=row.application_id.encode()
            ).decode()
        return json.loads(text), True
    except (DecryptionError, KeyError, LookupError, ValueError):
        return {}, False


def audit_trail(ctx: ApiContext, application_id: str) -> list[AuditOut]:
    with Session(ctx.engine) as session:
        rows = session.exec(
            select(AuditEvent)
            .where(AuditEvent.application_id == application_id)
            .order_by(col(AuditEvent.seq))
        ).all()
    return [
        AuditOut(seq=r.seq, at=r.at, actor=r.actor, action=r.action, detail=json.loads(r.detail))
        for r in rows
    ]


def application_erased(ctx: ApiContext, application_id: str) -> bool:
    """The applicant of this application was erased: its history and documents are unreadable, so
    routes answer from the database (decisions without personal data) or with 410 Gone."""
    return ctx.cipher.subjects.workflow_erased(f"precredit-{application_id}")


def status_from_database(
    ctx: ApiContext, application_id: str, *, ui_url: str | None, staff: bool = True
) -> StatusOut:
    """An erased application's status: the workflow can no longer be queried (its history is sealed
    under the destroyed key), the application row still says where it ended."""
    with Session(ctx.engine) as session:
        row = session.get(ApplicationRow, application_id)
    if row is None:
        from precredit.api.errors import not_found

        raise not_found(application_id)
    reasons = [code for d in decisions(ctx, application_id) for code in d.reason_codes]
    return StatusOut(
        application_id=application_id,
        workflow_id=row.workflow_id,
        status=row.status,
        step=row.step,
        reason_codes=list(dict.fromkeys(reasons)),
        offer=Offer.model_validate(row.offer) if row.offer else None,
        risk_band=row.risk_band if staff else None,
        temporal_ui_url=ui_url if staff else None,
    )
