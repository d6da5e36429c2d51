"""The append-only audit trail's table. Rows are written only by `precredit.security.audit.AuditTrail`,
which chains them by hash; nothing updates or deletes them (`verify` would notice)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    # Assigned by the writer, not autoincremented: a unique seq is what serialises concurrent writers.
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime
    actor: str = Field(max_length=128)
    action: str = Field(max_length=64, index=True)
    application_id: str | None = Field(default=None, max_length=64, index=True)
    detail: str = Field(description="canonical JSON, no PII")
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)
    mac: str | None = Field(default=None, max_length=64)


class AuditAnchor(SQLModel, table=True):
    """A recorded head of the chain (seq, hash), written every few events and by each verify.
    Removing the newest events leaves a valid shorter chain; an anchor past the new head, or one
    whose hash no longer matches, is how `verify` notices."""

    __tablename__ = "audit_anchor"

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    hash: str = Field(max_length=64)
    at: datetime
    mac: str | None = Field(default=None, max_length=64)
