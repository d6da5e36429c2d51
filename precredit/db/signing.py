"""Documents prepared for signing: one per request, so that a retried preparation presents the
buyer the document (and the e-sign event) its first attempt made, never a second copy."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class SigningPreparationRow(SQLModel, table=True):
    __tablename__ = "signing_preparation"

    request_hash: str = Field(primary_key=True, max_length=64, description="keyed hash of the request")
    application_id: str = Field(index=True, max_length=128)
    kind: str = Field(max_length=32)
    document_ref: str = Field(max_length=80, description="doc://<sha-256 of the PDF>")
    prepared_at: datetime
