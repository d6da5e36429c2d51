"""What the HTTP API keeps between requests: applicant tokens and create requests (both only as
keyed hashes), failed pickup-code entries and review votes.

Defined here, not in `precredit.api`, so the database layer registers every table without loading the
API (`precredit.db.engine.TABLE_MODULES`); `ensure_tables` lets the API and erasure create just these
on an engine that did not come from `get_engine`, which is idempotent.
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


class PickupFailureRow(SQLModel, table=True):
    """One wrong or foreign pickup code entered by a dealer; counted over a sliding window."""

    __tablename__ = "api_pickup_failure"

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(index=True, max_length=64, description="the dealer id")
    failed_at: float = Field(index=True, description="Unix time, so every database compares it alike")


class ApplicationRequestRow(SQLModel, table=True):
    """Which request created an application, as a keyed hash, so an exact retry can be recognised."""

    __tablename__ = "api_application_request"

    application_id: str = Field(primary_key=True, max_length=64)
    request_hash: str = Field(max_length=64, description="keyed HMAC of the canonical request")
    created_at: datetime


class ReviewVoteRow(SQLModel, table=True):
    """An underwriter decision the API accepted for one review (one underwriter wait, keyed by when it
    began). `seq` is part of the key, so two replicas racing for the same place can't both win."""

    __tablename__ = "api_review_vote"

    application_id: str = Field(primary_key=True, max_length=64)
    review_key: str = Field(primary_key=True, max_length=40, description="the wait's start, ISO 8601")
    seq: int = Field(primary_key=True)
    underwriter_id: str = Field(max_length=64)
    decision: str = Field(max_length=8)
    at: datetime


def ensure_tables(engine: Engine) -> None:
    names = (
        ApplicantTokenRow.__tablename__,
        PickupFailureRow.__tablename__,
        ApplicationRequestRow.__tablename__,
        ReviewVoteRow.__tablename__,
    )
    SQLModel.metadata.create_all(engine, tables=[SQLModel.metadata.tables[n] for n in names])
