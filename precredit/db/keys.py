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
