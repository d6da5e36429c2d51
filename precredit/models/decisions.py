"""Outcomes, steps, reason codes and the decision records each step writes."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class Step(StrEnum):
    IDENTITY = "identity"
    ANTI_FRAUD = "anti_fraud"
    AUTHORISATION = "authorisation"
    APPROVAL = "approval"
    DOCUMENTS = "documents"
    CONTRACT = "contract"
    PICKUP = "pickup"


class Status(StrEnum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    DECLINED = "DECLINED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"


class Reason(StrEnum):
    """Stable reason codes: frontends, reports and appeals key on these strings."""

    ID_MISMATCH = "ID_MISMATCH"
    ID_EXPIRED = "ID_EXPIRED"
    ID_CHECKSUM_INVALID = "ID_CHECKSUM_INVALID"
    ID_UNREADABLE = "ID_UNREADABLE"
    AGE_OUT_OF_RANGE = "AGE_OUT_OF_RANGE"
    IDENTITY_UNVERIFIED = "IDENTITY_UNVERIFIED"
    FACE_MISMATCH = "FACE_MISMATCH"
    LIVENESS_FAILED = "LIVENESS_FAILED"
    SMS_NOT_CONFIRMED = "SMS_NOT_CONFIRMED"
    BLACKLISTED = "BLACKLISTED"
    CREDIT_SCORE_LOW = "CREDIT_SCORE_LOW"
    COURT_DISHONEST_DEBTOR = "COURT_DISHONEST_DEBTOR"
    MULTI_LENDING = "MULTI_LENDING"
    CARRIER_MISMATCH = "CARRIER_MISMATCH"
    FRAUD_SUSPECTED = "FRAUD_SUSPECTED"
    AUTHORISATION_NOT_SIGNED = "AUTHORISATION_NOT_SIGNED"
    SIGNATURE_INVALID = "SIGNATURE_INVALID"
    APPROVAL_SCORE_LOW = "APPROVAL_SCORE_LOW"
    DTI_TOO_HIGH = "DTI_TOO_HIGH"
    LTV_TOO_HIGH = "LTV_TOO_HIGH"
    DOCUMENTS_NOT_UPLOADED = "DOCUMENTS_NOT_UPLOADED"
    DOCUMENT_MISMATCH = "DOCUMENT_MISMATCH"
    # A field of an uploaded document could not be read: the buyer is asked for a new photo first.
    DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE"
    # The ID card's printed birth date or sex, read with good confidence, disagrees with its number.
    ID_DATA_INCONSISTENT = "ID_DATA_INCONSISTENT"
    CONTRACT_NOT_SIGNED = "CONTRACT_NOT_SIGNED"
    UNDERWRITER_REJECTED = "UNDERWRITER_REJECTED"
    UNDERWRITER_TIMEOUT = "UNDERWRITER_TIMEOUT"
    PICKUP_EXPIRED = "PICKUP_EXPIRED"
    CANCELLED_BY_BUYER = "CANCELLED_BY_BUYER"
    CANCELLED_BY_OPERATOR = "CANCELLED_BY_OPERATOR"
    TECHNICAL_FAILURE = "TECHNICAL_FAILURE"
    DISBURSEMENT_REJECTED = "DISBURSEMENT_REJECTED"


# "reupload": step 5 asked the buyer for new photos of documents it could not read (not final).
Verdict = Literal["pass", "review", "decline", "reupload"]


class Explanation(BaseModel):
    """One contributing feature of a model decision (a SHAP value mapped to words)."""

    feature: str
    value: str
    contribution: float
    reason_code: str
    message_zh: str
    message_en: str


class ModelScore(BaseModel):
    model_name: str
    model_version: str
    probability: float = Field(description="probability of the bad outcome (default / fraud)")
    points: int | None = Field(default=None, description="score on the 300-900 scale, higher is safer")
    explanations: list[Explanation] = Field(default_factory=list)


class StepDecision(BaseModel):
    step: Step
    verdict: Verdict
    reason_codes: list[str] = Field(default_factory=list)
    detail: dict[str, str] = Field(default_factory=dict)
    score: ModelScore | None = None
    decided_by: str = "system"
    at: datetime


class Offer(BaseModel):
    amount: Decimal
    term_months: int
    annual_rate: Decimal
    monthly_payment: Decimal
    total_interest: Decimal
    dti: Decimal
    ltv: Decimal
