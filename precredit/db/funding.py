"""Funding and card tables: the per-channel ledger attempts next to `ledger`, bound cards, unbind
events, alerts and the loans whose repayment cards cannot go.

Card numbers are stored only as FieldCipher ciphertext (subject = the user) plus a keyed hash for
lookups and the 6+4 mask for display.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, Numeric, UniqueConstraint
from sqlmodel import Field, SQLModel


class LedgerAttemptRow(SQLModel, table=True):
    """One channel's part of a payment: SENT before the call, UNKNOWN after a timeout, then the
    channel's final word (CONFIRMED or REJECTED with its kind)."""

    __tablename__ = "ledger_attempt"
    __table_args__ = (UniqueConstraint("idempotency_key", "channel"),)

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(index=True)
    channel: str = Field(index=True)
    seq: int
    amount: Decimal = Field(sa_column=Column(Numeric(14, 2), nullable=False))
    fee: Decimal = Field(sa_column=Column(Numeric(14, 2), nullable=False))
    business_date: str = Field(index=True)
    status: str = Field(description="SENT | UNKNOWN | CONFIRMED | REJECTED")
    reject_kind: str = ""
    payment_id: str = ""
    queries: int = 0
    sends: int = 0
    created_at: datetime
    updated_at: datetime


class BankCardRow(SQLModel, table=True):
    __tablename__ = "bank_card"

    binding_id: str = Field(primary_key=True)
    user_id: str = Field(index=True)
    card_hash: str = Field(index=True, description="keyed hash of the card number")
    card_sealed: str = Field(description="FieldCipher ciphertext, subject = user_id")
    card_masked: str
    bank: str = ""
    card_type: str = ""
    repayment: bool = True
    status: str = Field(index=True, description="BOUND | UNBOUND")
    workflow_id: str
    unbind_workflow_id: str = ""
    bound_at: datetime
    unbound_at: datetime | None = None


class CardUnbindEventRow(SQLModel, table=True):
    """The sliding windows count these; one per unbound card (binding_id unique: retries add none)."""

    __tablename__ = "card_unbind_event"

    binding_id: str = Field(primary_key=True)
    user_id: str = Field(index=True)
    at: datetime = Field(index=True)


class CardAlertRow(SQLModel, table=True):
    __tablename__ = "card_alert"

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(index=True, description="user | platform")
    subject: str = Field(index=True, description="the user id, or '*' platform-wide")
    count: int
    threshold: int
    window_seconds: float
    trigger_binding_id: str = Field(index=True)
    at: datetime


class RepaymentLoanRow(SQLModel, table=True):
    __tablename__ = "repayment_loan"

    application_id: str = Field(primary_key=True)
    user_id: str = Field(index=True)
    status: str = Field(default="IN_REPAYMENT", description="IN_REPAYMENT | SETTLED")
    updated_at: datetime
