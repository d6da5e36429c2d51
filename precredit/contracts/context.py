"""The facts a template may print, computed once: masked identifiers, formatted money, the schedule
and the APR disclosure. Templates get strings only, so legal cannot misformat an amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from precredit.config import ContractConfig
from precredit.models.activities import DocumentTerms
from precredit.policy.loan import add_months, effective_rates, repayment_schedule
from precredit.security.masking import mask_id_number, mask_phone


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def percent(rate: Decimal) -> str:
    return f"{rate * 100:.2f}%"


def document_context(application_id: str, terms: DocumentTerms, config: ContractConfig) -> dict[str, Any]:
    applicant, vehicle, loan = terms.applicant, terms.vehicle, terms.loan
    context: dict[str, Any] = {
        "application_id": application_id,
        "contract_number": f"LC-{application_id}",
        "signed_on": terms.signed_on.isoformat(),
        "lender_name": terms.lender_name,
        "lender_registration": config.lender_registration,
        "complaints_phone": config.complaints_phone,
        "complaints_address": config.complaints_address,
        "borrower_name": applicant.name,
        "borrower_id_masked": mask_id_number(applicant.id_number),
        "borrower_phone_masked": mask_phone(applicant.phone),
        "dealer_name": vehicle.dealer_name,
        "dealer_id": vehicle.dealer_id,
        "vehicle_brand": vehicle.brand,
        "vehicle_model": vehicle.model,
        "vin": vehicle.vin,
        "price": money(vehicle.price),
        "down_payment": money(loan.down_payment),
        "amount": money(loan.amount),
        "term_months": loan.term_months,
    }
    if terms.offer is not None:
        context.update(_loan_terms(terms, config))
    return context


def _loan_terms(terms: DocumentTerms, config: ContractConfig) -> dict[str, Any]:
    offer = terms.offer
    assert offer is not None
    rows = repayment_schedule(
        offer.amount, offer.annual_rate, offer.term_months, first_due=first_due_date(terms.signed_on)
    )
    fees = sum((fee.amount for fee in config.fees), Decimal(0))
    apr, effective = effective_rates(offer.amount - fees, [row.payment for row in rows])
    paid = sum((row.payment for row in rows), Decimal(0))
    return {
        "amount": money(offer.amount),
        "term_months": offer.term_months,
        "annual_rate_pct": percent(offer.annual_rate),
        "monthly_payment": money(offer.monthly_payment),
        "total_interest": money(paid - offer.amount),
        "fees": [{"name": fee.name, "amount": money(fee.amount)} for fee in config.fees],
        "apr_pct": percent(apr),
        "effective_annual_pct": percent(effective),
        "total_cost": money(paid + fees),
        "schedule_total_payment": money(paid),
        "schedule": [
            {
                "number": row.number,
                "due": row.due.isoformat(),
                "payment": money(row.payment),
                "principal": money(row.principal),
                "interest": money(row.interest),
                "balance": money(row.balance),
            }
            for row in rows
        ],
    }


def first_due_date(signed_on: date) -> date:
    """A month after signing; a loan signed on the 29th-31st falls due on the 28th so that every
    instalment lands on the same day of the month."""
    return add_months(signed_on.replace(day=min(signed_on.day, 28)), 1)
