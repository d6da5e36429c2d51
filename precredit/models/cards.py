"""The bank-card binding workflow's messages (SPEC §2): input, updates, signal, query, activities.

Card numbers travel only inside encrypted payloads (the codec) and into activities that encrypt
them at rest; everything a person or a log sees carries the 6+4 mask.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from precredit.models.views import view_memo

USER_ID_PATTERN = r"^[A-Za-z0-9_.]{1,40}$"


class CardStatus(StrEnum):
    RUNNING = "RUNNING"
    BOUND = "BOUND"
    UNBOUND = "UNBOUND"
    REJECTED = "REJECTED"
    BLOCKED = "BLOCKED"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"


class CardReason(StrEnum):
    """Stable reason codes (API, audit and tests rely on them)."""

    CARD_LUHN_INVALID = "CARD_LUHN_INVALID"
    CARD_LENGTH_INVALID = "CARD_LENGTH_INVALID"
    CARD_BIN_UNKNOWN = "CARD_BIN_UNKNOWN"
    ELEMENTS_MISMATCH = "ELEMENTS_MISMATCH"
    CARD_ALREADY_BOUND = "CARD_ALREADY_BOUND"
    SMS_NOT_CONFIRMED = "SMS_NOT_CONFIRMED"
    SMS_LOCKED = "SMS_LOCKED"
    CARD_NOT_BOUND = "CARD_NOT_BOUND"
    ONLY_REPAYMENT_CARD = "ONLY_REPAYMENT_CARD"
    FACE_NOT_PROVIDED = "FACE_NOT_PROVIDED"
    FACE_MISMATCH = "FACE_MISMATCH"
    REVIEW_REJECTED = "REVIEW_REJECTED"
    REVIEW_TIMEOUT = "REVIEW_TIMEOUT"
    TECHNICAL_FAILURE = "TECHNICAL_FAILURE"


class CardDeadlines(BaseModel):
    """Human waits in seconds; tests use seconds, production minutes to days."""

    sms_code: float = Field(default=300, gt=0)
    selfie: float = Field(default=600, gt=0)
    review: float = Field(default=86400, gt=0)
    replacement: float = Field(default=7 * 86400, ge=0, description="0: refuse at once")
    replacement_poll: float = Field(default=3600, gt=0, description="recheck while blocked")


class CardExecution(BaseModel):
    activity_timeout: float = 30
    max_attempts: int = 8
    max_retry_interval: float = 20
    heavy_task_queue: str = Field(
        default="precredit-ocr", min_length=1, description="task queue of the face match (CPU-heavy)"
    )


class CardBindingInput(BaseModel):
    operation: Literal["bind", "unbind"]
    user_id: str = Field(pattern=USER_ID_PATTERN)
    name: str = Field(min_length=1, max_length=64)
    id_number: str = Field(min_length=15, max_length=18)
    phone: str = Field(pattern=r"^1[3-9]\d{9}$")
    card_number: str | None = Field(default=None, description="bind: the new card")
    binding_id: str | None = Field(default=None, description="unbind: which bound card")
    selfie_ref: str | None = Field(default=None, description="document-store ref for the face match")
    high_risk: bool = Field(default=False, description="the account is flagged high-risk upstream")
    requested_by: str = Field(
        default="", description="the authenticated principal who started it ('role:subject'); audit actor"
    )
    sms_max_attempts: int = Field(default=5, ge=1, le=10)
    deadlines: CardDeadlines = Field(default_factory=CardDeadlines)
    execution: CardExecution = Field(default_factory=CardExecution)


class CardSmsInput(BaseModel):
    code: str


class SelfieInput(BaseModel):
    selfie_ref: str


class ReplacementNotice(BaseModel):
    """Signal `replacement_bound`: recheck a blocked unbind now instead of at the next poll."""

    binding_id: str = ""


class ReviewDecision(BaseModel):
    """Signal `review_decision`, e.g. from `temporal workflow signal` or the review console."""

    reviewer_id: str
    decision: Literal["approve", "reject"]
    reason: str = ""
    proof: str = Field(
        default="",
        max_length=4096,
        description="signed assertion of the sender (precredit.security.assertions)",
    )


class CardUpdateAck(BaseModel):
    accepted: bool
    message: str = ""
    attempts_left: int | None = None


class CardEvent(BaseModel):
    step: str
    outcome: str
    at: datetime


class CardView(BaseModel):
    """Query `status`."""

    workflow_id: str
    operation: str
    status: CardStatus
    step: str
    waiting_for: str | None = None
    card_masked: str = ""
    binding_id: str = ""
    risk: str = ""
    reason_codes: list[str] = Field(default_factory=list)
    events: list[CardEvent] = Field(default_factory=list)


def first_card_view_memo(workflow_id: str, operation: str) -> dict[str, Any]:
    """The memo a card workflow starts with: its view before its first task (`view_memo`)."""
    return view_memo(
        CardView(workflow_id=workflow_id, operation=operation, status=CardStatus.RUNNING, step="start")
    )


class CardBindingResult(BaseModel):
    workflow_id: str
    operation: str
    status: CardStatus
    binding_id: str = ""
    card_masked: str = ""
    risk: str = ""
    reason_codes: list[str] = Field(default_factory=list)
    alerts: list[str] = Field(default_factory=list)


# ------------------------------------------------------------------ activities


class CardElementsRequest(BaseModel):
    binding_id: str
    user_id: str
    name: str
    id_number: str
    phone: str
    card_number: str


class CardVerification(BaseModel):
    ok: bool
    reason_code: str | None = None
    card_masked: str = ""
    bank: str = ""
    card_type: str = ""
    detail: str = ""


class CardStoreRequest(BaseModel):
    binding_id: str
    user_id: str
    workflow_id: str
    card_number: str
    bank: str = ""
    card_type: str = ""


class CardBinding(BaseModel):
    binding_id: str
    user_id: str
    card_masked: str
    bank: str
    status: str
    bound_at: datetime | None = None
    unbound_at: datetime | None = None
    repayment: bool = True


class UnbindCheckRequest(BaseModel):
    binding_id: str
    user_id: str
    high_risk: bool = False


class UnbindCheck(BaseModel):
    found: bool
    status: str = ""
    card_masked: str = ""
    only_repayment_card: bool = False
    loans_in_repayment: list[str] = Field(default_factory=list)
    risk: Literal["normal", "high"] = "normal"
    risk_reasons: list[str] = Field(default_factory=list)


class UnbindRequest(BaseModel):
    binding_id: str
    user_id: str
    workflow_id: str
    risk: str = "normal"


class UnbindOutcome(BaseModel):
    unbound: bool
    reason_code: str | None = None
    card_masked: str = ""
    alerts: list[str] = Field(default_factory=list)


class CardAuditRecord(BaseModel):
    workflow_id: str
    user_id: str
    actor: str = Field(default="", description="who acted; the user unless a reviewer or the system")
    action: str = Field(pattern=r"^card\.[a-z_.]+$")
    detail: dict[str, str] = Field(default_factory=dict)


class RepaymentLoan(BaseModel):
    """A loan that auto-debits the user's bound cards while it is in repayment."""

    application_id: str
    user_id: str = Field(pattern=USER_ID_PATTERN)
    status: Literal["IN_REPAYMENT", "SETTLED"] = "IN_REPAYMENT"


class BinInfo(BaseModel):
    prefix: str = Field(pattern=r"^\d{6,8}$")
    bank: str
    card_type: Literal["debit", "credit"] = "debit"
    length: int = Field(ge=16, le=19)
