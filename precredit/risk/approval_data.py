"""Synthetic approval (default) training data, and the feature row built from an application.

No public auto-loan performance data exists offline, so the approval model learns from a generator
whose assumptions are written here in plain words. Applicants are drawn first (education, then an
occupation that depends on it, an industry, an age, a home that depends on age, an income that
depends on occupation and education); then a car they can plausibly afford, a down payment,
a term, their other debts and a credit score that loosely tracks income stability. Default is then
a coin flip whose log-odds add up these effects:

- DTI (all monthly repayments / income) is the strongest driver: +3.5 log-odds per 1.0 of DTI;
  past about 0.5 there is little room left for a bad month.
- LTV (loan / car price): +4 per 1.0; a small down payment means little of the buyer's own money at
  stake and a car worth less than the debt soon after purchase.
- Income: -0.8 per doubling-ish (log income); higher earners absorb shocks.
- Credit points from step 1: -1.2 per 100 points; past behaviour predicts future behaviour.
- Occupation: unemployed +1.5, freelancer +0.5, manual worker / self-employed +0.3, retired +0.2,
  civil servant -0.6, professional -0.4 (income stability).
- Housing: own -0.4, mortgage -0.2, rent +0.2, dormitory +0.3 (roots and assets).
- Education: below high school +0.4 .. master's -0.3.
- Industry: construction and catering +0.3 (cyclical, cash-paid), agriculture +0.2, government -0.4,
  healthcare and education -0.2.
- Age: under 25 +0.5, over 55 +0.3 (thin finances early, income drop near retirement).
- Term: +0.01 per month beyond 36 (longer exposure).
The base rate lands near 13%: consumer auto loans seen through a bad cycle, enough defaults to learn from.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd

from precredit.models.application import Applicant, LoanRequest, Vehicle
from precredit.policy.identifiers import age_on

FEATURES = [
    "age",
    "occupation",
    "housing",
    "education",
    "industry",
    "monthly_income",
    "loan_amount",
    "term_months",
    "down_payment_ratio",
    "dti",
    "ltv",
    "credit_points",
]
CAT_FEATURES = ["occupation", "housing", "education", "industry"]
MONOTONE = {"monthly_income": -1, "dti": 1, "ltv": 1, "down_payment_ratio": -1, "credit_points": -1}

_EDU = ["below_high_school", "high_school", "college", "bachelor", "master_or_above"]
_EDU_P = [0.08, 0.22, 0.30, 0.32, 0.08]
_EDU_EFFECT = [0.4, 0.2, 0.0, -0.2, -0.3]
_EDU_INCOME = [0.7, 0.85, 1.0, 1.25, 1.6]
_OCC = ["civil_servant", "professional", "office_worker", "self_employed", "manual_worker", "freelancer", "retired", "unemployed"]  # fmt: skip
_OCC_EFFECT = [-0.6, -0.4, 0.0, 0.3, 0.3, 0.5, 0.2, 1.5]
_OCC_INCOME = [9000, 15000, 8000, 12000, 5500, 7000, 4500, 1500]
_HOUSING = ["own", "mortgage", "rent", "family", "dormitory"]
_HOUSING_EFFECT = [-0.4, -0.2, 0.2, 0.0, 0.3]
_INDUSTRY = ["government", "finance", "it", "manufacturing", "education", "healthcare", "retail", "construction", "logistics", "catering", "agriculture", "other"]  # fmt: skip
_INDUSTRY_EFFECT = [-0.4, -0.1, 0.0, 0.0, -0.2, -0.2, 0.1, 0.3, 0.1, 0.3, 0.2, 0.1]
_TERMS = [12, 24, 36, 48, 60]


def _occupation_probs(edu: int) -> list[float]:
    """Higher education shifts people from manual and freelance work towards office and professions."""
    base = np.array([0.08, 0.12, 0.33, 0.14, 0.18, 0.09, 0.03, 0.03])
    tilt = np.array([0.4, 0.8, 0.3, 0.0, -0.7, -0.2, 0.0, -0.3]) * (edu - 2)
    p = base * np.exp(tilt)
    return list(p / p.sum())


def generate(n: int, seed: int) -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    edu = rng.choice(5, n, p=_EDU_P)
    occ = np.array([rng.choice(8, p=_occupation_probs(e)) for e in edu])
    age = rng.normal(36, 9, n).clip(20, 62).round()
    age = np.where(occ == 6, rng.uniform(55, 65, n).round(), age)
    own_p = ((age - 22) / 40).clip(0.05, 0.7)
    u = rng.random(n)
    housing = np.select(
        [u < own_p * 0.5, u < own_p, u < own_p + 0.35, u < own_p + 0.35 + 0.2], [0, 1, 2, 3], 4
    )
    industry = rng.choice(12, n)
    income = np.array(_OCC_INCOME)[occ] * np.array(_EDU_INCOME)[edu] * np.exp(rng.normal(0, 0.4, n))
    price = (income * 12 * rng.lognormal(np.log(1.4), 0.45, n)).clip(50_000, 900_000)
    ltv = rng.uniform(0.4, 0.9, n)
    amount = price * ltv
    term = rng.choice(_TERMS, n, p=[0.1, 0.2, 0.35, 0.15, 0.2])
    r = 0.0588 / 12
    payment = amount * r / (1 - (1 + r) ** -term)
    existing = income * rng.beta(1.2, 6, n)
    dti = (payment + existing) / income
    stability = -np.array(_OCC_EFFECT)[occ] + 0.5 * np.log(income / 8000)
    points = (620 + 40 * stability + rng.normal(0, 60, n)).clip(300, 900).round()
    logit = (
        -3.7
        + 3.5 * (dti - 0.35)
        + 4.0 * (ltv - 0.7)
        - 0.8 * np.log(income / 8000)
        - 0.012 * (points - 600)
        + np.array(_OCC_EFFECT)[occ]
        + np.array(_HOUSING_EFFECT)[housing]
        + np.array(_EDU_EFFECT)[edu]
        + np.array(_INDUSTRY_EFFECT)[industry]
        + np.where(age < 25, 0.5, 0.0)
        + np.where(age > 55, 0.3, 0.0)
        + 0.01 * (term - 36)
    )
    default = rng.random(n) < 1 / (1 + np.exp(-logit))
    frame = pd.DataFrame(
        {
            "age": age,
            "occupation": np.array(_OCC)[occ],
            "housing": np.array(_HOUSING)[housing],
            "education": np.array(_EDU)[edu],
            "industry": np.array(_INDUSTRY)[industry],
            "monthly_income": income.round(-2),
            "loan_amount": amount.round(-3),
            "term_months": term,
            "down_payment_ratio": (1 - ltv).round(3),
            "dti": dti.round(3),
            "ltv": ltv.round(3),
            "credit_points": points,
        }
    )
    return frame[FEATURES], pd.Series(default.astype(int), name="default")


def approval_inputs(
    *,
    applicant: Applicant,
    loan: LoanRequest,
    vehicle: Vehicle,
    dti: Decimal,
    ltv: Decimal,
    credit_points: int,
    today: date,
) -> dict[str, object]:
    return {
        "age": float(age_on(applicant.id_number, today)),
        "occupation": applicant.occupation,
        "housing": applicant.housing,
        "education": applicant.education,
        "industry": applicant.industry,
        "monthly_income": float(applicant.monthly_income),
        "loan_amount": float(loan.amount),
        "term_months": loan.term_months,
        "down_payment_ratio": float(loan.down_payment / vehicle.price),
        "dti": float(dti),
        "ltv": float(ltv),
        "credit_points": float(credit_points),
    }
