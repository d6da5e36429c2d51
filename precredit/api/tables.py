"""The API's own table: applicant tokens, stored only as keyed hashes.

Not registered in `precredit.db.engine.TABLE_MODULES` by this package (the lead owns that list);
`ensure_tables` creates it on API start-up, which is idempotent.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Field, SQLModel


class ApplicantTokenRow(SQLModel, table=True):
    __tablename__ = "api_applicant_token"

    token_hash: str = Field(primary_key=True, max_length=64, description="keyed HMAC of the token")
    application_id: str = Field(index=True, max_length=64)
    created_at: datetime
    revoked_at: datetime | None = None


def ensure_tables(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine, tables=[SQLModel.metadata.tables[ApplicantTokenRow.__tablename__]])
