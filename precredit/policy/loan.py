"""Loan arithmetic: amortised payment, debt-to-income, loan-to-value, and the offer an approval fixes."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from precredit.models.application import Applicant, LoanRequest, PolicyConfig, Vehicle
from precredit.models.decisions import Offer
from precredit.policy.applicant import monthly_debt

CENT = Decimal("0.01")


def monthly_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Equal monthly instalments (等额本息)."""
    if months <= 0:
        raise ValueError("term must be positive")
    if annual_rate == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    r = annual_rate / 12
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    if denominator <= 0:
        return Decimal("9.9999")
    return (numerator / denominator).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def annual_rate_for(*, policy: PolicyConfig, credit_points: int, approval_probability: float) -> Decimal:
    """Risk-based pricing: the base rate plus a margin that grows as the score falls."""
    margin = Decimal(max(0, 750 - credit_points)) / Decimal(10000)  # up to ~4.5 points for weak files
    margin += Decimal(str(round(approval_probability, 4))) / Decimal(20)
    return (policy.base_annual_rate + margin).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def make_offer(
    *,
    applicant: Applicant,
    loan: LoanRequest,
    vehicle: Vehicle,
    annual_rate: Decimal,
    bureau_monthly_repayments: Decimal | None = None,
) -> Offer:
    """`bureau_monthly_repayments`: what the credit report shows the applicant repaying each month;
    DTI counts it when it exceeds the declared debt (None keeps the declared figure alone, as
    applications decided before the bureau figure reached this step were)."""
    payment = monthly_payment(loan.amount, annual_rate, loan.term_months)
    debt = monthly_debt(
        declared=applicant.existing_monthly_debt, bureau_monthly_repayments=bureau_monthly_repayments
    )
    total_interest = (payment * loan.term_months - loan.amount).quantize(CENT, ROUND_HALF_UP)
    return Offer(
        amount=loan.amount,
        term_months=loan.term_months,
        annual_rate=annual_rate,
        monthly_payment=payment,
        total_interest=total_interest,
        dti=ratio(debt + payment, applicant.monthly_income),
        ltv=ratio(loan.amount, vehicle.price),
    )
