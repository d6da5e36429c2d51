"""Step 5's cross-checks: the purchase contract, invoice and policy must describe this loan."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from precredit.models.application import Applicant, PolicyConfig, Vehicle
from precredit.models.decisions import Reason
from precredit.policy.identifiers import vin_valid

PRICE_TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class DocumentFindings:
    mismatches: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    fitted: list[str] = field(default_factory=list)  # read differently, but the print fits the application

    @property
    def clean(self) -> bool:
        return not self.mismatches and not self.unreadable


def _amount(value: str | None) -> Decimal | None:
    if not value:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def cross_check(
    *,
    applicant: Applicant,
    vehicle: Vehicle,
    loan_amount: Decimal,
    lender_name: str,
    contract: dict[str, str | None],
    invoice: dict[str, str | None],
    policy_doc: dict[str, str | None],
    today: date,
    policy: PolicyConfig,
    fits: dict[str, float] | None = None,
) -> DocumentFindings:
    """Every difference is named (`invoice.vin`, ...) so an underwriter sees what to look at.

    `fits` (label -> `OcrResult.claim_fit` of the application's value): a name read differently
    whose print fits the application's at `policy.name_min_fit` or above is the application's (the
    recogniser hesitated over a character), and is listed in `fitted`."""
    mismatches: list[str] = []
    unreadable: list[str] = []
    fitted: list[str] = []

    def same(label: str, read: str | None, expected: str) -> None:
        if not read:
            unreadable.append(label)
        elif read.replace(" ", "").upper() != expected.replace(" ", "").upper():
            if (fits or {}).get(label, 0.0) >= policy.name_min_fit:
                fitted.append(label)
            else:
                mismatches.append(label)

    for label, doc in (
        ("purchase_contract", contract),
        ("vehicle_invoice", invoice),
        ("insurance_policy", policy_doc),
    ):
        vin = doc.get("vin")
        if vin and not vin_valid(vin):
            mismatches.append(f"{label}.vin_check_digit")
        else:
            same(f"{label}.vin", vin, vehicle.vin)
    same("purchase_contract.buyer_name", contract.get("buyer_name"), applicant.name)
    same("purchase_contract.buyer_id_number", contract.get("buyer_id_number"), applicant.id_number)
    same("vehicle_invoice.buyer_name", invoice.get("buyer_name"), applicant.name)
    same("vehicle_invoice.buyer_id_number", invoice.get("buyer_id_number"), applicant.id_number)
    same("insurance_policy.insured_name", policy_doc.get("insured_name"), applicant.name)
    same("insurance_policy.first_beneficiary", policy_doc.get("first_beneficiary"), lender_name)

    for label, value in (
        ("vehicle_invoice.total_price", invoice.get("total_price")),
        ("purchase_contract.vehicle_price", contract.get("vehicle_price")),
    ):
        amount = _amount(value)
        if amount is None:
            unreadable.append(label)
        elif abs(amount - vehicle.price) > PRICE_TOLERANCE:
            mismatches.append(label)
        elif amount > 0 and loan_amount / amount > policy.max_ltv:
            mismatches.append(f"{label}.ltv")

    start, end = _date(policy_doc.get("start_date")), _date(policy_doc.get("end_date"))
    if start is None or end is None:
        unreadable.append("insurance_policy.period")
    elif not (start <= today <= end) and not (today < start and (start - today).days <= 30):
        mismatches.append("insurance_policy.not_in_force")

    return DocumentFindings(
        mismatches=list(dict.fromkeys(mismatches)),
        unreadable=list(dict.fromkeys(unreadable)),
        fitted=list(dict.fromkeys(fitted)),
    )


# ---------------------------------------------------------------- unreadable is not mismatch

# `cross_check` names an unreadable insurance period after the period, the fields after themselves.
_FIELDS_OF = {"period": ("start_date", "end_date")}


@dataclass(frozen=True)
class DocumentVerdict:
    """What step 5 does with its findings.

    `action`: "pass"; "reupload" (ask the buyer for new photos of the documents in `reupload`);
    "review" (an underwriter looks); "decline". `reupload` maps a document kind to the fields that
    could not be read, so the request can say what to photograph again.
    """

    action: Literal["pass", "reupload", "review", "decline"]
    reasons: list[str] = field(default_factory=list)
    reupload: dict[str, list[str]] = field(default_factory=dict)
    detail: dict[str, str] = field(default_factory=dict)


def unreadable_by_document(unreadable: list[str]) -> dict[str, list[str]]:
    """`["vehicle_invoice.vin", "insurance_policy.period"]` -> {kind: [field, ...]} in order."""
    out: dict[str, list[str]] = {}
    for label in unreadable:
        kind, _, name = label.partition(".")
        for f in _FIELDS_OF.get(name, (name,)):
            out.setdefault(kind, [])
            if f not in out[kind]:
                out[kind].append(f)
    return out


def document_verdict(
    findings: DocumentFindings, *, uploads_so_far: int, max_reuploads: int, mismatch_action: str = "review"
) -> DocumentVerdict:
    """Mismatches first: a document that says something else is an underwriter's (or a decline's)
    business, whatever else is unreadable. Only unreadable fields: ask again for those documents
    while `uploads_so_far` (re-uploads already asked for) is below `max_reuploads`, then review with
    DOCUMENT_UNREADABLE, never DOCUMENT_MISMATCH."""
    detail = {"mismatches": ",".join(findings.mismatches), "unreadable": ",".join(findings.unreadable)}
    if findings.mismatches:
        reasons = [str(Reason.DOCUMENT_MISMATCH)]
        if findings.unreadable:
            reasons.append(str(Reason.DOCUMENT_UNREADABLE))
        action: Literal["review", "decline"] = "decline" if mismatch_action == "decline" else "review"
        return DocumentVerdict(action, reasons, {}, detail)
    if findings.unreadable:
        again = unreadable_by_document(findings.unreadable)
        if uploads_so_far < max_reuploads:
            return DocumentVerdict("reupload", [str(Reason.DOCUMENT_UNREADABLE)], again, detail)
        return DocumentVerdict("review", [str(Reason.DOCUMENT_UNREADABLE)], again, detail)
    return DocumentVerdict("pass")


# ---------------------------------------------------------------- the seller is the dealer

_LEGAL_FORMS = (("有限责任公司", "有限公司"),)


def same_company(a: str, b: str) -> bool:
    """Names equal once spacing, bracket width and punctuation are set aside: 有限责任公司 and
    有限公司 are the same legal form; anything else (another city, another word) is another company."""

    def norm(name: str) -> str:
        text = "".join(name.split()).replace("（", "(").replace("）", ")")
        text = re.sub(r"[·.,，。:：;；'\"“”]", "", text)
        for long, short in _LEGAL_FORMS:
            text = text.replace(long, short)
        return text.upper()

    return bool(a and b) and norm(a) == norm(b)


def check_sellers(
    *, dealer_name: str, contract: dict[str, str | None], invoice: dict[str, str | None]
) -> DocumentFindings:
    """The contract's and the invoice's seller must be the application's dealer (SPEC §1 step 5)."""
    mismatches: list[str] = []
    unreadable: list[str] = []
    for label, doc in (("purchase_contract", contract), ("vehicle_invoice", invoice)):
        seller = doc.get("seller_name")
        if not seller:
            unreadable.append(f"{label}.seller_name")
        elif not same_company(seller, dealer_name):
            mismatches.append(f"{label}.seller_name")
    return DocumentFindings(mismatches=mismatches, unreadable=unreadable)


def merge(*findings: DocumentFindings) -> DocumentFindings:
    """Several checks' findings as one, each name once, in order."""
    return DocumentFindings(
        mismatches=list(dict.fromkeys(m for f in findings for m in f.mismatches)),
        unreadable=list(dict.fromkeys(u for f in findings for u in f.unreadable)),
        fitted=list(dict.fromkeys(u for f in findings for u in f.fitted)),
    )
