"""Bank channels, the ledger's states and reconciliation: the types the funding router speaks.

Channel configuration is data (the sandbox data dir's `banks.json`, or a test's own list), so a
new channel or a changed limit is a configuration change, not a code change.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class LedgerStatus(StrEnum):
    """One payment per loan: PENDING → SENT(channel) → CONFIRMED, or back to PENDING after the
    channel REJECTED it (the next channel is tried), or FAILED once every channel has rejected."""

    PENDING = "PENDING"
    SENT = "SENT"
    CONFIRMED = "CONFIRMED"
    FAILED = "FAILED"


class AttemptStatus(StrEnum):
    """One channel's part of a payment; UNKNOWN is a timeout whose outcome only a query can tell."""

    SENT = "SENT"
    UNKNOWN = "UNKNOWN"
    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"


class BankFaults(BaseModel):
    """How a sandbox channel misbehaves. `script` fixes the outcome of the first transfer calls of
    every key (then the rates draw), so tests can demand e.g. "time out having executed, then ok"."""

    model_config = ConfigDict(frozen=True)

    latency_ms: float = Field(default=0.0, ge=0)
    timeout_rate: float = Field(default=0.0, ge=0, le=1, description="unknown outcome")
    timeout_executed_share: float = Field(
        default=0.5, ge=0, le=1, description="of the timeouts, how many the bank executed anyway"
    )
    reject_rate: float = Field(default=0.0, ge=0, le=1, description="hard rejection")
    reject_kinds: list[str] = Field(default_factory=lambda: ["RISK_CONTROL"])
    query_failure_rate: float = Field(default=0.0, ge=0, le=1, description="status query unavailable")
    script: list[Literal["ok", "timeout_executed", "timeout_lost", "reject"]] = Field(default_factory=list)


class ChannelConfig(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")
    bank: str = ""
    enabled: bool = True
    per_txn_limit: Decimal = Field(gt=0)
    daily_limit: Decimal = Field(gt=0)
    open_hour: float = Field(default=0, ge=0, le=24, description="local business hours [open, cutoff)")
    cutoff_hour: float = Field(default=24, ge=0, le=24)
    timezone: str = "Asia/Shanghai"
    fee_fixed: Decimal = Decimal("0")
    fee_rate: Decimal = Field(default=Decimal("0"), ge=0, description="fraction of the amount")
    fee_max: Decimal | None = None
    priority: int = Field(default=100, description="tie-break after the fee: lower first")
    faults: BankFaults = Field(default_factory=BankFaults)


class ChannelChoice(BaseModel):
    channel: str
    fee: Decimal


class RouteSkip(BaseModel):
    channel: str
    reason: Literal["DISABLED", "REJECTED_BEFORE", "TXN_LIMIT", "DAILY_LIMIT", "CUTOFF"]


class Route(BaseModel):
    """Eligible channels best first, and why the others were left out."""

    choices: list[ChannelChoice]
    skipped: list[RouteSkip]


IssueKind = Literal[
    "MISSING_IN_CHANNEL", "MISSING_IN_LEDGER", "DUPLICATE", "AMOUNT_MISMATCH", "CHANNEL_MISMATCH"
]


class ReconciliationIssue(BaseModel):
    kind: IssueKind
    idempotency_key: str
    application_id: str = ""
    channels: list[str] = Field(default_factory=list)
    ledger_amount: Decimal | None = None
    channel_amount: Decimal | None = None
    detail: str = ""


class ReconciliationReport(BaseModel):
    ok: bool
    ledger_rows: int
    confirmed: int
    statement_rows: int
    issues: list[ReconciliationIssue]
