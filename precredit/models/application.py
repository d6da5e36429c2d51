"""What a frontend submits: the vehicle, the applicant, the loan asked for and document references."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from precredit.policy.identifiers import (
    ID_NUMBER_RE,
    holds_personal_number,
    id_number_valid,
    phone_valid,
    vin_valid,
)

# Han ideographs including the rare ones (extensions A to G) that ID cards print for some names.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
NAME_RE = re.compile(f"[{_HAN}A-Za-z][{_HAN}A-Za-z ·]*[{_HAN}A-Za-z]")
# The separator in minority names is U+00B7, but phone keyboards offer several look-alikes.
_NAME_DOTS = re.compile(r"\s*[·•‧∙⋅・.]\s*")
# What people type around a mobile number: a country code, spaces, hyphens, brackets.
_PHONE_NOISE = re.compile(r"[\s()\-]")
_PHONE_COUNTRY = re.compile(r"^(?:\+86|0086|86)(?=1\d{10}$)")
Money = Annotated[Decimal, Field(max_digits=14, decimal_places=2)]
DocumentRef = Annotated[str, Field(pattern=r"^doc://[0-9a-f]{64}$")]

Occupation = Literal[
    "civil_servant",
    "professional",
    "office_worker",
    "self_employed",
    "manual_worker",
    "freelancer",
    "retired",
    "unemployed",
]
Housing = Literal["own", "mortgage", "rent", "family", "dormitory"]
Education = Literal["below_high_school", "high_school", "college", "bachelor", "master_or_above"]
Industry = Literal[
    "government",
    "finance",
    "it",
    "manufacturing",
    "education",
    "healthcare",
    "retail",
    "construction",
    "logistics",
    "catering",
    "agriculture",
    "other",
]
Channel = Literal["buyer_app", "in_vehicle", "dealer_tablet"]
TERMS_MONTHS = (12, 24, 36, 48, 60)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Vehicle(Strict):
    vin: str = Field(description="17-character VIN with a valid ISO 3779 check digit")
    brand: str = Field(min_length=1, max_length=40)
    model: str = Field(min_length=1, max_length=60)
    price: Money = Field(gt=0, le=Decimal("10000000"))
    dealer_id: str = Field(pattern=r"^[A-Za-z0-9_-]{2,32}$")
    dealer_name: str = Field(min_length=1, max_length=80)

    @field_validator("vin")
    @classmethod
    def _vin(cls, value: str) -> str:
        value = value.upper()
        if not vin_valid(value):
            raise ValueError("VIN must be 17 characters (no I, O, Q) with a valid check digit")
        return value


class Applicant(Strict):
    name: str = Field(min_length=2, max_length=30)
    id_number: str = Field(description="18-character resident ID number (GB 11643)")
    phone: str = Field(description="11-digit mainland mobile number")
    occupation: Occupation
    housing: Housing
    education: Education
    industry: Industry
    monthly_income: Money = Field(ge=0, le=Decimal("10000000"))
    existing_monthly_debt: Money = Field(
        default=Decimal("0"), ge=0, le=Decimal("1000000"), description="monthly repayments, CNY"
    )

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        # NFKC folds full-width letters; then only what a resident ID card can print is allowed.
        value = unicodedata.normalize("NFKC", value).strip()
        value = re.sub(r"\s+", " ", _NAME_DOTS.sub("·", value))
        if not NAME_RE.fullmatch(value):
            raise ValueError(
                "name may contain only Chinese characters, Latin letters, spaces and the middle dot ·"
            )
        return value

    @field_validator("id_number", "phone", mode="before")
    @classmethod
    def _fold_width(cls, value: object) -> object:
        """Full-width digits (１２３) typed on a phone keyboard become ASCII before any check, and the
        spaces people put in long numbers go."""
        return re.sub(r"\s", "", unicodedata.normalize("NFKC", value)) if isinstance(value, str) else value

    @field_validator("id_number")
    @classmethod
    def _id_number(cls, value: str) -> str:
        value = value.upper()
        if not ID_NUMBER_RE.match(value):
            raise ValueError("ID number must be 17 digits followed by a digit or X")
        if not id_number_valid(value):
            raise ValueError("ID number check character or birth date is invalid")
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normalise_phone(value)


def normalise_phone(value: str) -> str:
    """Full-width digits, spaces, brackets, hyphens and a +86 prefix go; ValueError if not a mobile."""
    value = re.sub(r"\s", "", unicodedata.normalize("NFKC", value))
    value = _PHONE_COUNTRY.sub("", _PHONE_NOISE.sub("", value))
    if not phone_valid(value):
        raise ValueError("phone must be an 11-digit mainland mobile number starting 13-19")
    return value


class LoanRequest(Strict):
    amount: Money = Field(gt=0)
    term_months: int
    down_payment: Money = Field(ge=0)

    @field_validator("term_months", mode="before")
    @classmethod
    def _term_is_number(cls, value: object) -> object:
        # Lax mode would read "36" (or 36.0) as 36; a form that sends text has a bug worth seeing.
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("term_months must be a JSON integer (12, 24, 36, 48 or 60), not text")
        return value

    @field_validator("term_months")
    @classmethod
    def _term(cls, value: int) -> int:
        if value not in TERMS_MONTHS:
            raise ValueError(f"term_months must be one of {TERMS_MONTHS}")
        return value


class LoanDocuments(Strict):
    """The step-5 documents; each may arrive at start or later through the upload update."""

    purchase_contract: DocumentRef | None = None
    vehicle_invoice: DocumentRef | None = None
    insurance_policy: DocumentRef | None = None

    def missing(self) -> list[str]:
        return [k for k, v in self.model_dump().items() if v is None]

    def merged(self, other: LoanDocuments) -> LoanDocuments:
        ours = self.model_dump()
        ours.update({k: v for k, v in other.model_dump().items() if v is not None})
        return LoanDocuments(**ours)


class IdCardPhotos(Strict):
    """New photos of the ID card, sent only when step 1 asked for them (it could not read a field)."""

    id_card_front: DocumentRef | None = None
    id_card_back: DocumentRef | None = None

    def merged(self, other: IdCardPhotos) -> IdCardPhotos:
        ours = self.model_dump()
        ours.update({k: v for k, v in other.model_dump().items() if v is not None})
        return IdCardPhotos(**ours)


class IdentityDocuments(Strict):
    id_card_front: DocumentRef
    id_card_back: DocumentRef
    selfie: DocumentRef


class ApplicationRequest(Strict):
    """The body a frontend sends; documents are already in the document store."""

    application_id: str = Field(pattern=r"^[A-Za-z0-9_-]{6,64}$")
    customer_id: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9_.]{1,40}$",
        description="the frontend's account id; the funded loan is tied to this customer's repayment cards",
    )
    channel: Channel = "buyer_app"
    vehicle: Vehicle
    applicant: Applicant
    loan: LoanRequest
    identity_documents: IdentityDocuments
    loan_documents: LoanDocuments = Field(default_factory=LoanDocuments)

    @field_validator("loan")
    @classmethod
    def _figures(cls, loan: LoanRequest, info: ValidationInfo) -> LoanRequest:
        # A field validator (not a model one) so the error names `loan`; vehicle is validated first.
        vehicle = info.data.get("vehicle")
        if vehicle is not None and loan.amount + loan.down_payment > vehicle.price:
            raise ValueError("loan.amount + loan.down_payment exceeds vehicle.price")
        return loan


class ApplicationIntake(ApplicationRequest):
    """An application as a channel submits it (the API, `precredit apply`). Its id may not carry a
    phone, ID or card number: the id names the workflow and appears in plaintext in workflow ids,
    logs and audit rows, where personal data never may (and the audit trail would refuse it).
    Only intake checks this: a running application's recorded input is read back as
    `ApplicationRequest`, so no history recorded before the rule stops replaying."""

    @field_validator("application_id")
    @classmethod
    def _no_personal_numbers(cls, value: str) -> str:
        # Stricter than log masking, which spares a run after a hyphen (order-13812345678).
        if holds_personal_number(value):
            raise ValueError(
                "must not contain a phone, ID or card number: it names the application in logs and records"
            )
        return value


def take_application(raw: object) -> ApplicationRequest:
    """The request a channel sent, checked as `ApplicationIntake` (pydantic's ValidationError names
    the field), returned as the `ApplicationRequest` the workflow records: built from the checked
    values, not validated a second time."""
    intake = ApplicationIntake.model_validate(raw)
    return ApplicationRequest.model_construct(
        intake.model_fields_set, **{name: getattr(intake, name) for name in ApplicationRequest.model_fields}
    )


class Deadlines(Strict):
    """Human waits, in seconds. Production uses hours or days; tests use seconds."""

    sms_code: float = 600
    authorisation_signature: float = 1800
    underwriter: float = 86400
    documents: float = 3 * 86400
    contract_signature: float = 3 * 86400
    contract_reminder_every: float = 86400
    pickup: float = 7 * 86400
    appeal_window: float = Field(
        default=7 * 86400,
        description="after a model-based decline, how long the buyer may ask for human review",
    )


class PolicyConfig(Strict):
    """Thresholds the workflow applies; carried in the input so a past decision can be replayed."""

    credit_score_min: int = 560
    fraud_review_at: float = 0.15
    fraud_decline_at: float = 0.6
    approval_review_at: float = 0.15
    approval_decline_at: float = 0.5
    multi_lending_30d_max: int = 6
    max_dti: Decimal = Decimal("0.55")
    max_ltv: Decimal = Decimal("0.85")
    min_age: int = 18
    max_age_at_maturity: int = 65
    base_annual_rate: Decimal = Decimal("0.0588")
    document_mismatch_action: Literal["review", "decline"] = "review"
    max_document_reuploads: int = Field(
        default=2,
        ge=0,
        description="times step 5 asks the buyer for a new photo of a document it could not read, "
        "before an underwriter reads it",
    )
    lender_name: str = Field(
        default="普惠汽车金融有限公司", description="must be the policies' first beneficiary"
    )
    # 0.08 since 2026-12-01: at 0.01, 4 of 58 names with one character changed to its look-alike
    # passed (fits up to 0.060); every misread name the print bore out fitted 0.095 or more.
    name_min_fit: float = Field(
        default=0.08,
        gt=0,
        le=1,
        description="a name read off a document (ID card, contract, invoice, policy) that differs "
        "from the application's counts as the application's when the recogniser finds that name at "
        "least this likely in the print, relative to its reading (`OcrResult.claim_fit`; measured "
        "by `precredit ocr-bench --claims`)",
    )
    sms_max_attempts: int = 5
    pickup_max_attempts: int = 5
    two_underwriters_above: Decimal = Field(
        default=Decimal("300000"), description="loans above this amount need two different underwriters"
    )


class PreCreditInput(Strict):
    request: ApplicationRequest
    deadlines: Deadlines = Field(default_factory=Deadlines)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    execution: ExecutionOptions = Field(default_factory=lambda: ExecutionOptions())


class ExecutionOptions(Strict):
    """Activity timeouts and retries: infrastructure failures are retried this long before FAILED."""

    activity_timeout: float = 30
    ocr_timeout: float = 120
    max_attempts: int = 8
    max_retry_interval: float = 20
    disbursement_give_up: float = Field(
        default=3 * 86400, description="banks closed or at their daily limit: keep retrying this long"
    )
    heavy_heartbeat_timeout: float = Field(
        default=30,
        ge=0,
        description="an OCR or face-match attempt that has not heartbeated this long (its worker "
        "process died or hangs) is retried on another process, long before ocr_timeout; 0 turns it off",
    )
    heavy_task_queue: str = Field(
        default="precredit-ocr",
        min_length=1,
        description="task queue of the CPU-heavy activities (OCR, face match), served by OCR worker "
        "processes so they never hold up the workflow code and light activities on the main queue",
    )
