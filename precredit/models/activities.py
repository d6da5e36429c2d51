"""Inputs and outputs of activities: one model in, one model out, references instead of bytes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from precredit.models.application import Applicant, LoanRequest, Vehicle
from precredit.models.decisions import Offer, StepDecision
from precredit.models.documents import DocumentKind
from precredit.models.thirdparty import CarrierData, MultiLendingData


class OcrRequest(BaseModel):
    application_id: str
    kind: DocumentKind
    document_ref: str
    # Values the applicant declared, judged against the print where the reading differs
    # (`OcrResult.claim_fit`): the name on an ID card front.
    claims: dict[str, str] = Field(default_factory=dict)


class PersonRef(BaseModel):
    """Who a third-party check is about."""

    application_id: str
    name: str
    id_number: str
    phone: str


class FaceMatchRequest(BaseModel):
    application_id: str
    id_number: str
    selfie_ref: str


class SmsChallengeRequest(BaseModel):
    application_id: str
    phone: str
    purpose: str
    ttl_seconds: float
    max_attempts: int


class SmsChallenge(BaseModel):
    challenge_id: str
    phone_masked: str


class SmsVerifyRequest(BaseModel):
    challenge_id: str
    code: str


class SmsVerifyResult(BaseModel):
    ok: bool
    attempts_left: int
    locked: bool
    expired: bool = False


class ReminderRequest(BaseModel):
    application_id: str
    phone: str
    text: str
    idempotency_key: str


class CreditScoreRequest(BaseModel):
    application_id: str
    applicant: Applicant
    loan: LoanRequest
    vehicle: Vehicle
    bureau_ref: str
    today: date


class BureauResult(BaseModel):
    bureau_ref: str
    report_date: date
    summary: dict[str, str] = Field(default_factory=dict)
    monthly_repayments: Decimal | None = Field(
        default=None,
        description="monthly repayments of the live loans in the report; DTI takes the larger of this "
        "and the declared debt (None in histories from before it was read here)",
    )


class FraudScoreRequest(BaseModel):
    applicant: Applicant
    carrier: CarrierData
    multi_lending: MultiLendingData
    today: date


class ApprovalScoreRequest(BaseModel):
    applicant: Applicant
    loan: LoanRequest
    vehicle: Vehicle
    dti: Decimal
    ltv: Decimal
    credit_points: int
    today: date


class DocumentTerms(BaseModel):
    """What a signed document states, as data: the activity renders it from legal's template."""

    applicant: Applicant
    vehicle: Vehicle
    loan: LoanRequest
    offer: Offer | None = Field(default=None, description="the approved offer (loan contract only)")
    lender_name: str
    signed_on: date


class SigningRequest(BaseModel):
    application_id: str
    kind: str = Field(description="authorisation_letter | loan_contract")
    title: str
    lines: list[str] = Field(default_factory=list, description="legacy plain-text body (no terms)")
    terms: DocumentTerms | None = None
    lender_seal: bool = False


class SigningDocument(BaseModel):
    kind: str
    document_ref: str
    sha256: str
    seal_signature_b64: str | None = None
    signing_event_id: str | None = Field(
        default=None, description="the e-sign provider's event in which the buyer signs this document"
    )


class SignatureCheck(BaseModel):
    application_id: str
    document: SigningDocument
    signature_b64: str | None = None


class SignatureResult(BaseModel):
    valid: bool
    detail: str = ""
    signed_document_ref: str | None = Field(default=None, description="the PAdES-signed PDF, stored")


class ProgressRecord(BaseModel):
    """What the database should know after each step: the queryable copy of the workflow's state."""

    application_id: str
    workflow_id: str
    dealer_id: str
    applicant: PersonRef
    status: str
    step: str
    risk_band: str = ""
    decision: StepDecision | None = None
    offer: Offer | None = None
    at: datetime


class DocumentFieldsRecord(BaseModel):
    application_id: str
    kind: str
    fields: dict[str, str | None]
    confidence: dict[str, float]
    warnings: list[str]


class DisbursementRequest(BaseModel):
    application_id: str
    dealer_id: str
    amount: Decimal
    idempotency_key: str


class DisbursementResult(BaseModel):
    payment_id: str
    channel: str
    status: str
    amount: Decimal


class PickupIssueRequest(BaseModel):
    application_id: str
    dealer_id: str
    phone: str
    ttl_seconds: float


class PickupIssued(BaseModel):
    code_masked: str
    expires_at: datetime


class PickupRedeemRequest(BaseModel):
    application_id: str
    dealer_id: str
    code: str
    max_attempts: int


class PickupRedeemResult(BaseModel):
    ok: bool
    reason: str = ""
    attempts_left: int = 0
