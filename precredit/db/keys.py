"""Per-subject data keys for column encryption (crypto-shredding: delete the key, the data is gone).

A row holds the subject's data key wrapped (encrypted) by a master key from the KeyRing; shredding
keeps the row as a tombstone with no key, so "shredded" can be told apart from "never had data"."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class SubjectKey(SQLModel, table=True):
    __tablename__ = "subject_key"

    subject_id: str = Field(primary_key=True, max_length=64)
    master_key_id: str | None = Field(default=None, max_length=64)
    wrapped_key: bytes | None = None
    created_at: datetime
    shredded_at: datetime | None = None


class WorkflowSubject(SQLModel, table=True):
    """Whose personal data a workflow carries: the payload codec encrypts that workflow's payloads
    under the subject's data key, and erasure finds the subject's workflows here (written by the
    client before the workflow starts, so it exists before the first payload does)."""

    __tablename__ = "workflow_subject"

    workflow_id: str = Field(primary_key=True, max_length=128)
    subject_id: str = Field(index=True, max_length=64)
    application_id: str = Field(default="", max_length=64)
    created_at: datetime
    erased_at: datetime | None = Field(
        default=None, description="the key this workflow's payloads are under was destroyed"
    )


class SubjectDocument(SQLModel, table=True):
    """A document-store blob sealed under a subject's data key: what export lists (with digests)
    and what erasure deletes from the store."""

    __tablename__ = "subject_document"

    digest: str = Field(primary_key=True, max_length=64)
    subject_id: str = Field(primary_key=True, max_length=64)
    kind: str = Field(default="", max_length=40)
    application_id: str = Field(default="", max_length=64)
    size: int = 0
    created_at: datetime
