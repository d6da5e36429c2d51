"""Proof of who sent a human action (SPEC §1, §4): what a workflow asks the `verify_human_action`
activity and what it gets back, and the votes the four-eyes policy counts.

Workflows import these (no heavy imports here); the signing itself is `precredit.security.assertions`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class HumanAction(StrEnum):
    """Every human message that changes an application or a card; a proof names exactly one."""

    UNDERWRITER_DECISION = "underwriter_decision"
    CANCEL = "cancel"
    PICKUP_REDEEM = "pickup_redeem"
    CARD_REVIEW = "card_review"
    REVIEW_REQUEST = "review_request"


class ProofRefusal(StrEnum):
    """Why a proof was not believed: stable strings, written into the audit trail."""

    UNSIGNED = "UNSIGNED"
    MALFORMED = "MALFORMED"
    UNKNOWN_KEY = "UNKNOWN_KEY"
    BAD_SIGNATURE = "BAD_SIGNATURE"
    EXPIRED = "EXPIRED"
    NOT_YET_VALID = "NOT_YET_VALID"
    WRONG_ROLE = "WRONG_ROLE"
    WRONG_ACTION = "WRONG_ACTION"
    WRONG_OBJECT = "WRONG_OBJECT"
    WRONG_DECISION = "WRONG_DECISION"
    WRONG_SUBJECT = "WRONG_SUBJECT"
    REPLAYED = "REPLAYED"


class VerifiedClaim(BaseModel):
    """What a valid proof establishes. `principal` is the actor to record, never the message's own
    `underwriter_id` / `dealer_id` / `by`."""

    subject: str
    role: str
    action: HumanAction
    object_id: str = Field(description="application id, or card workflow id for card_review")
    decision: str = Field(default="", description="approve/reject when the proof binds one")
    nonce: str
    key_id: str
    issued_at: datetime
    expires_at: datetime

    @property
    def principal(self) -> str:
        return f"{self.role}:{self.subject}"


class ProofCheck(BaseModel):
    """Input of `verify_human_action`: the message's proof and what the workflow expects it to prove."""

    proof: str = Field(default="", max_length=4096)
    action: HumanAction
    object_id: str
    decision: str = Field(default="", description="the message's decision; the proof must bind the same")
    claimed_subject: str = Field(
        default="", description="who the message says it is from (dealer_id, ...); must match if given"
    )


class ProofVerdict(BaseModel):
    """Output of `verify_human_action`: a claim, or a refusal (already audited)."""

    ok: bool
    claim: VerifiedClaim | None = None
    refusal: ProofRefusal | None = None
    message: str = ""


class ReviewVote(BaseModel):
    """One verified underwriter decision on a review, as the four-eyes policy counts it."""

    underwriter_id: str
    decision: str = Field(pattern=r"^(approve|reject)$")


class HumanActionRefusal(BaseModel):
    """Input of `record_human_refusal`: a verified sender whose action the workflow still refused
    (a decision after the review was decided, the same underwriter's second approval, ...)."""

    object_id: str
    action: HumanAction
    principal: str = Field(description="the verified claim's principal")
    code: str = Field(pattern=r"^[A-Z_]{3,40}$", description="e.g. REVIEW_ALREADY_DECIDED, SAME_UNDERWRITER")
    message: str = Field(default="", max_length=300)
