"""Loan arithmetic: amortised payment, debt-to-income, loan-to-value, and the offer an approval fixes."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
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


@dataclass(frozen=True)
class Instalment:
    """One row of the repayment schedule (还款计划表)."""

    number: int
    due: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal


def repayment_schedule(
    principal: Decimal, annual_rate: Decimal, months: int, *, first_due: date
) -> list[Instalment]:
    """Equal instalments with interest on the outstanding balance, rounded to the cent each month;
    the last instalment takes the rounding remainder so the balance ends at exactly zero."""
    payment = monthly_payment(principal, annual_rate, months)
    rate = annual_rate / 12
    balance, rows = principal, []
    for n in range(1, months + 1):
        interest = (balance * rate).quantize(CENT, ROUND_HALF_UP)
        part = balance if n == months else payment - interest
        balance -= part
        rows.append(
            Instalment(
                number=n,
                due=add_months(first_due, n - 1),
                payment=part + interest,
                principal=part,
                interest=interest,
                balance=balance,
            )
        )
    return rows


def add_months(day: date, months: int) -> date:
    """Same day of a later month, or that month's last day (a loan signed on 31 January is due on
    28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def effective_rates(net_received: Decimal, payments: list[Decimal]) -> tuple[Decimal, Decimal]:
    """(APR, effective annual rate) of what the borrower really pays: the monthly IRR of receiving
    `net_received` (the amount less up-front fees) and paying `payments`, times 12 and compounded.
    This is the disclosure a borrower compares offers by (年化利率, IRR method)."""
    if net_received <= 0 or not payments:
        raise ValueError("nothing received or nothing repaid")

    def npv(rate: Decimal) -> Decimal:
        total, factor = -net_received, Decimal(1)
        for amount in payments:
            factor /= 1 + rate
            total += amount * factor
        return total

    low, high = Decimal("-0.99"), Decimal("1")
    if npv(low) * npv(high) > 0:
        raise ValueError("no internal rate of return in range")
    for _ in range(200):  # bisection: npv falls as the rate rises
        mid = (low + high) / 2
        if npv(mid) > 0:
            low = mid
        else:
            high = mid
    monthly = (low + high) / 2
    four = Decimal("0.000001")
    return (monthly * 12).quantize(four, ROUND_HALF_UP), ((1 + monthly) ** 12 - 1).quantize(
        four, ROUND_HALF_UP
    )
