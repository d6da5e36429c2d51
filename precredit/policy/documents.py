"""Step 5's cross-checks: the purchase contract, invoice and policy must describe this loan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from precredit.models.application import Applicant, PolicyConfig, Vehicle
from precredit.policy.identifiers import vin_valid

PRICE_TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class DocumentFindings:
    mismatches: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

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
) -> DocumentFindings:
    """Every difference is named (`invoice.vin`, ...) so an underwriter sees what to look at."""
    mismatches: list[str] = []
    unreadable: list[str] = []

    def same(label: str, read: str | None, expected: str) -> None:
        if not read:
            unreadable.append(label)
        elif read.replace(" ", "").upper() != expected.replace(" ", "").upper():
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
        mismatches=list(dict.fromkeys(mismatches)), unreadable=list(dict.fromkeys(unreadable))
    )
