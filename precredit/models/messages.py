"""Updates, signals, queries and the workflow's result: the workflow's public contract."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from precredit.models.application import IdCardPhotos, LoanDocuments
from precredit.models.decisions import Offer, Status, Step, StepDecision
from precredit.models.views import view_memo


class SmsCodeInput(BaseModel):
    """Checked by the update validator (not here) so a bad code is a clear rejection, not a codec error."""

    code: str


class SignatureInput(BaseModel):
    """The buyer says they signed the document the signing task named: at the e-sign provider
    (`signing_event_id`, the PAdES path) or, from older clients, as a detached `signature_b64`."""

    document_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    signature_b64: str | None = Field(default=None, min_length=16, max_length=4096)
    signing_event_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9._:-]{1,100}$")

    @model_validator(mode="after")
    def _one_kind_of_signature(self) -> SignatureInput:
        if self.signature_b64 is None and self.signing_event_id is None:
            raise ValueError("either signing_event_id or signature_b64 is required")
        return self


class DocumentsUpload(BaseModel):
    """Loan documents (step 5), or new photos the application asked for: of those documents, or of
    the ID card (`id_card`, step 1)."""

    documents: LoanDocuments = Field(default_factory=LoanDocuments)
    id_card: IdCardPhotos = Field(default_factory=IdCardPhotos)

    def given(self) -> dict[str, str]:
        """Every document sent, by kind."""
        both = {**self.documents.model_dump(), **self.id_card.model_dump()}
        return {kind: ref for kind, ref in both.items() if ref}


class UnderwriterDecision(BaseModel):
    """Sent as the `underwriter_decision` signal, so the Temporal UI and CLI can send it too; `proof`
    is a decision token from the API, the console or the CLI (an empty proof decodes, for old
    histories, and is refused by `verify_human_action`)."""

    underwriter_id: str = Field(min_length=1, max_length=64)
    decision: Literal["approve", "reject"]
    reason: str = Field(default="", max_length=500)
    proof: str = Field(
        default="",
        max_length=4096,
        description="signed assertion of the sender (precredit.security.assertions)",
    )


class PickupRedemption(BaseModel):
    dealer_id: str
    code: str = Field(min_length=4, max_length=32)
    proof: str = Field(
        default="",
        max_length=4096,
        description="signed assertion of the sender (precredit.security.assertions)",
    )


class ReviewRequest(BaseModel):
    """The buyer asks a person to look again at an automated (model-based) decline."""

    reason: str = Field(default="", max_length=500)
    proof: str = Field(
        default="",
        max_length=4096,
        description="signed assertion of the sender (precredit.security.assertions)",
    )


class CancelRequest(BaseModel):
    by: Literal["buyer", "operator"] = "buyer"
    reason: str = Field(default="", max_length=500)
    proof: str = Field(
        default="",
        max_length=4096,
        description="signed assertion of the sender (precredit.security.assertions)",
    )


class UpdateAck(BaseModel):
    accepted: bool
    message: str = ""
    attempts_left: int | None = None


WaitingWhat = Literal[
    "sms_code",
    "authorisation_signature",
    "underwriter",
    "documents",
    "documents_reupload",
    "contract_signature",
    "pickup",
    "review_request",
]


class WaitingFor(BaseModel):
    what: WaitingWhat
    since: datetime
    deadline: datetime
    detail: dict[str, str] = Field(default_factory=dict)


# What a worker with a workflow cache answers a query it must not run yet (`precredit.workers.guard`):
# the query's history holds events no workflow task has started. Asking again shortly succeeds.
QUERY_REFUSED = (
    "precredit: this activation carries history events that no workflow task has started "
    "(a query through the normal task queue); the cached run is dropped and rebuilt by the next "
    "workflow task. Ask the query again."
)


class StatusView(BaseModel):
    """The `status` query: where the application is and how it got there."""

    application_id: str
    status: Status
    step: Step
    waiting_for: WaitingFor | None = None
    decisions: list[StepDecision] = Field(default_factory=list)
    reason_codes: list[str] = Field(default_factory=list)
    offer: Offer | None = None
    risk_band: str = ""
    pickup_code_masked: str | None = None
    signing_documents: dict[str, str] = Field(default_factory=dict)
    timestamps: dict[str, datetime] = Field(default_factory=dict)
    step_seconds: dict[str, float] = Field(default_factory=dict)


def first_view_memo(application_id: str) -> dict[str, Any]:
    """The memo an application starts with: its view before the workflow's first task, so a read
    right after the start finds the view and never falls back to a query."""
    return view_memo(StatusView(application_id=application_id, status=Status.RUNNING, step=Step.IDENTITY))


class PreCreditResult(BaseModel):
    application_id: str
    status: Status
    reason_codes: list[str]
    decisions: list[StepDecision]
    offer: Offer | None = None
    pickup_code_masked: str | None = None
    step_seconds: dict[str, float] = Field(default_factory=dict)
    automated_seconds: float = 0.0
