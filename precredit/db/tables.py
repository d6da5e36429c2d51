"""The application database: what operators, the API and reports read without asking Temporal.

Personal data is never stored in plaintext: applicants are keyed by an HMAC of their ID number and
only masked values are kept here (encrypted columns come through precredit.security).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Numeric, UniqueConstraint
from sqlmodel import JSON, Field, SQLModel


class ApplicationRow(SQLModel, table=True):
    __tablename__ = "application"

    application_id: str = Field(primary_key=True)
    workflow_id: str = Field(index=True)
    dealer_id: str = Field(index=True)
    applicant_key: str = Field(default="", index=True, description="keyed hash of the ID number")
    status: str = Field(index=True)
    step: str
    risk_band: str = ""
    offer: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime
    updated_at: datetime


class DecisionRow(SQLModel, table=True):
    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("application_id", "step", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: str = Field(index=True)
    step: str
    seq: int = 0
    verdict: str
    reason_codes: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    model_name: str = ""
    model_version: str = ""
    probability: float | None = None
    points: int | None = None
    explanations: list[Any] = Field(default_factory=list, sa_column=Column(JSON))
    decided_by: str = "system"
    decided_at: datetime


class DocumentFieldsRow(SQLModel, table=True):
    __tablename__ = "document_fields"
    __table_args__ = (UniqueConstraint("application_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: str = Field(index=True)
    kind: str
    fields_sealed: str = Field(description="encrypted JSON of the extracted fields")
    confidence: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    warnings: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    created_at: datetime


class SmsChallengeRow(SQLModel, table=True):
    __tablename__ = "sms_challenge"

    challenge_id: str = Field(primary_key=True)
    application_id: str = Field(index=True)
    purpose: str
    code_hash: str
    code_sealed: str = Field(description="encrypted code, so a retried send repeats the same code")
    attempts: int = 0
    max_attempts: int = 5
    verified: bool = False
    expires_at: datetime
    created_at: datetime


class PickupCodeRow(SQLModel, table=True):
    __tablename__ = "pickup_code"

    application_id: str = Field(primary_key=True)
    code_hash: str = Field(index=True, unique=True)
    code_sealed: str = Field(description="encrypted code, so a retried send repeats the same code")
    dealer_id: str = Field(index=True)
    attempts: int = 0
    expires_at: datetime
    redeemed_at: datetime | None = None
    created_at: datetime


class LedgerRow(SQLModel, table=True):
    """One row per approved loan's payment: the idempotency key is unique, so money moves once."""

    __tablename__ = "ledger"

    idempotency_key: str = Field(primary_key=True)
    application_id: str = Field(index=True, unique=True)
    dealer_id: str
    amount: Decimal = Field(sa_column=Column(Numeric(14, 2), nullable=False))
    channel: str = ""
    payment_id: str = ""
    status: str = Field(default="PENDING", description="PENDING | SENT | CONFIRMED | FAILED")
    created_at: datetime
    updated_at: datetime


class ApplicantRow(SQLModel, table=True):
    """The applicant's identity, encrypted under a per-applicant data key (erasure = key destroyed)."""

    __tablename__ = "applicant"

    applicant_id: str = Field(primary_key=True, description="keyed hash of the ID number")
    name_enc: str
    id_number_enc: str
    phone_enc: str
    created_at: datetime
    erased_at: datetime | None = None
