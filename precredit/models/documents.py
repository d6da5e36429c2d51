"""OCR results and document references as they cross activity boundaries."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocumentKind = Literal[
    "id_card_front", "id_card_back", "vehicle_invoice", "insurance_policy", "purchase_contract"
]


DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    "id_card_front", "id_card_back", "vehicle_invoice", "insurance_policy", "purchase_contract"
)  # fmt: skip


def document_kind(kind: str) -> DocumentKind:
    """`kind` as a DocumentKind; ValueError if it is none."""
    for known in DOCUMENT_KINDS:
        if kind == known:
            return known
    raise ValueError(f"not a document kind: {kind}")


FIELDS: dict[str, tuple[str, ...]] = {
    "id_card_front": ("name", "sex", "ethnicity", "birth_date", "address", "id_number"),
    "id_card_back": ("issuing_authority", "valid_from", "valid_to"),
    "vehicle_invoice": (
        "invoice_code",
        "invoice_number",
        "issue_date",
        "buyer_name",
        "buyer_id_number",
        "brand_model",
        "vin",
        "engine_number",
        "total_price",
        "seller_name",
    ),
    "insurance_policy": (
        "policy_number",
        "insurer",
        "insured_name",
        "vin",
        "start_date",
        "end_date",
        "premium",
        "first_beneficiary",
    ),
    "purchase_contract": (
        "contract_number",
        "buyer_name",
        "buyer_id_number",
        "vin",
        "vehicle_price",
        "seller_name",
        "sign_date",
    ),
}


class OcrResult(BaseModel):
    """The `precredit ocr --json` shape: every field of the kind present, null when not trustworthy."""

    kind: DocumentKind
    fields: dict[str, str | None]
    confidence: dict[str, float]
    warnings: list[str] = Field(default_factory=list)
    engine: str = ""
    seconds: float = 0.0
    # For each value the applicant declared (`claims` of the read) that differs from what was read:
    # how likely the recogniser finds the declared value in the print, relative to its reading (1.0
    # as likely; a hesitated character ~0.1; another name below 1e-6). Absent where not judged.
    claim_fit: dict[str, float] = Field(default_factory=dict)
