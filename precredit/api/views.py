"""What the API shows: masked views of the workflow's status and of the application's personal data.

The `status` query is the source of truth; these functions decide what each role may see of it.
Free-text details (underwriter reasons, OCR warnings) go through `mask_text`, because a person may
have typed an ID or phone number into them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from precredit.models.application import ApplicationRequest
from precredit.models.decisions import Offer, StepDecision
from precredit.models.messages import StatusView, UpdateAck, WaitingFor
from precredit.security.masking import mask_id_number, mask_name, mask_phone, mask_text


class StatusOut(BaseModel):
    application_id: str
    workflow_id: str
    status: str
    step: str
    waiting_for: WaitingFor | None = None
    decisions: list[StepDecision] = Field(default_factory=list)
    reason_codes: list[str] = Field(default_factory=list)
    offer: Offer | None = None
    risk_band: str | None = Field(default=None, description="staff only")
    pickup_code_masked: str | None = None
    signing_documents: dict[str, str] = Field(default_factory=dict)
    timestamps: dict[str, datetime] = Field(default_factory=dict)
    temporal_ui_url: str | None = Field(default=None, description="staff only")


class ActionResult(BaseModel):
    accepted: bool
    message: str = ""
    attempts_left: int | None = None


class ApplicantMasked(BaseModel):
    name: str
    id_number: str
    phone: str
    occupation: str
    housing: str
    education: str
    industry: str
    monthly_income: Decimal
    existing_monthly_debt: Decimal


class VehicleOut(BaseModel):
    vin: str
    brand: str
    model: str
    price: Decimal
    dealer_id: str
    dealer_name: str


def mask_decision(d: StepDecision) -> StepDecision:
    return d.model_copy(update={"detail": {k: mask_text(v) for k, v in d.detail.items()}})


def public_status(view: StatusView, *, workflow_id: str, staff: bool, ui_url: str | None) -> StatusOut:
    return StatusOut(
        application_id=view.application_id,
        workflow_id=workflow_id,
        status=view.status.value,
        step=view.step.value,
        waiting_for=view.waiting_for,
        decisions=[mask_decision(d) for d in view.decisions],
        reason_codes=view.reason_codes,
        offer=view.offer,
        risk_band=view.risk_band if staff else None,
        pickup_code_masked=view.pickup_code_masked,
        signing_documents=view.signing_documents,
        timestamps=view.timestamps,
        temporal_ui_url=ui_url if staff else None,
    )


def masked_applicant(req: ApplicationRequest) -> ApplicantMasked:
    a = req.applicant
    return ApplicantMasked(
        name=mask_name(a.name),
        id_number=mask_id_number(a.id_number),
        phone=mask_phone(a.phone),
        occupation=a.occupation,
        housing=a.housing,
        education=a.education,
        industry=a.industry,
        monthly_income=a.monthly_income,
        existing_monthly_debt=a.existing_monthly_debt,
    )


def vehicle_out(req: ApplicationRequest) -> VehicleOut:
    v = req.vehicle
    return VehicleOut(
        vin=v.vin,
        brand=v.brand,
        model=v.model,
        price=v.price,
        dealer_id=v.dealer_id,
        dealer_name=v.dealer_name,
    )


_NAME_FIELDS = {"name", "buyer_name", "insured_name"}
_ID_FIELDS = {"id_number", "buyer_id_number"}


def mask_document_fields(fields: dict[str, str | None]) -> dict[str, str | None]:
    """OCR fields as an underwriter sees them: people masked, the car and the money in clear
    (VINs and prices are what the cross-check is about and identify no person)."""
    out: dict[str, str | None] = {}
    for key, value in fields.items():
        if value is None:
            out[key] = None
        elif key in _NAME_FIELDS:
            out[key] = mask_name(value)
        elif key in _ID_FIELDS:
            out[key] = mask_id_number(value)
        elif key == "address":
            out[key] = value[:6] + "****" if len(value) > 6 else "****"
        else:
            out[key] = mask_text(value)
    return out


def ack_result(ack: UpdateAck) -> ActionResult:
    return ActionResult(
        accepted=ack.accepted, message=mask_text(ack.message), attempts_left=ack.attempts_left
    )


def age_seconds(since: datetime, now: datetime | None = None) -> float:
    now = now or datetime.now(UTC)
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return round(max(0.0, (now - since).total_seconds()), 1)
