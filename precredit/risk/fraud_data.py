"""Synthetic anti-fraud training data, and the feature row built from real carrier and multi-lending data.

No public fraud data exists offline, so the anti-fraud model learns from a generator that writes down
what fraud analysts in Chinese consumer lending report. Each case is first drawn as fraud (10%) or
genuine, then its signals are drawn from that class, so the model has to learn P(fraud | signals)
from overlapping distributions rather than from a formula:

- Carrier tenure: genuine applicants mostly keep a number for years (median about 5 years), though
  a third changed number within the last three years. Fraudsters mostly apply from a SIM bought for
  the purpose (60% under 6 months); the rest use taken-over or rented long-lived numbers.
- Real-name match (the number is registered to the applicant): 96% of genuine applicants, 55% of
  fraudsters (borrowed or bought numbers).
- Carrier status: nearly always active for genuine applicants; fraud numbers are more often
  suspended or closed (10% / 5%), since they are discarded after use.
- Multi-lending (多头借贷): genuine applicants make about one credit application a quarter, spread
  out; fraud rings and loan stackers apply in bursts to many lenders at once, so the 7- and 30-day
  counts are high relative to 90 days. Lenders are 80% of applications (repeat tries at a lender).
- Age: fraud skews young (recruited 18-25 year-olds lend their identity), genuine buyers centre on 36.
- Occupation and income: fraudsters claim freelance or self-employment more often and overstate
  income (declared income about 1.5x what the occupation usually earns).

Hard rules (court dishonest-debtor list, blacklist) are not features: the workflow applies them
before the model, so the model never learns to lean on them.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from precredit.models.application import Applicant
from precredit.models.thirdparty import CarrierData, MultiLendingData
from precredit.policy.identifiers import age_on

FEATURES = [
    "carrier_tenure_months",
    "real_name_match",
    "carrier_status",
    "applications_7d",
    "applications_30d",
    "applications_90d",
    "lenders_7d",
    "lenders_30d",
    "lenders_90d",
    "age",
    "occupation",
    "monthly_income",
]
CAT_FEATURES = ["carrier_status", "occupation"]
# +1: risk may only rise with the feature; -1: only fall. Keeps explanations and bands sane.
MONOTONE = {
    "carrier_tenure_months": -1,
    "real_name_match": -1,
    "applications_7d": 1,
    "applications_30d": 1,
    "applications_90d": 1,
    "lenders_7d": 1,
    "lenders_30d": 1,
    "lenders_90d": 1,
}
FRAUD_RATE = 0.10
_OCCUPATIONS = ["civil_servant", "professional", "office_worker", "self_employed", "manual_worker", "freelancer", "retired", "unemployed"]  # fmt: skip
_GENUINE_OCC = [0.08, 0.16, 0.34, 0.14, 0.16, 0.07, 0.03, 0.02]
_FRAUD_OCC = [0.02, 0.06, 0.20, 0.24, 0.12, 0.28, 0.02, 0.06]
_MEDIAN_INCOME = {"civil_servant": 9000, "professional": 15000, "office_worker": 8000, "self_employed": 12000, "manual_worker": 5500, "freelancer": 7000, "retired": 4500, "unemployed": 1500}  # fmt: skip


def generate(n: int, seed: int) -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    fraud = rng.random(n) < FRAUD_RATE
    new_sim = fraud & (rng.random(n) < 0.6)
    changed = ~fraud & (rng.random(n) < 0.33)
    tenure = np.exp(rng.normal(np.log(60), 0.7, n))
    tenure = np.where(changed, rng.uniform(1, 36, n), tenure)
    tenure = np.where(new_sim, rng.uniform(0, 6, n), tenure).round().clip(0, 300)
    match = rng.random(n) < np.where(fraud, 0.55, 0.96)
    status_p = np.where(fraud[:, None], [0.85, 0.10, 0.05], [0.97, 0.02, 0.01])
    status = np.array(["active", "suspended", "closed"])[(rng.random(n)[:, None] > status_p.cumsum(1)).sum(1)]
    rate90 = rng.gamma(np.where(fraud, 2.0, 0.6), np.where(fraud, 3.0, 2.0))
    apps90 = rng.poisson(rate90)
    apps30 = rng.binomial(apps90, np.where(fraud, 0.7, 0.4))
    apps7 = rng.binomial(apps30, np.where(fraud, 0.5, 0.3))
    age = np.where(
        fraud & (rng.random(n) < 0.5), rng.uniform(18, 26, n), rng.normal(np.where(fraud, 30, 36), 9, n)
    )
    occ_idx = np.where(fraud, rng.choice(8, n, p=_FRAUD_OCC), rng.choice(8, n, p=_GENUINE_OCC))
    occupation = np.array(_OCCUPATIONS)[occ_idx]
    median = np.array([_MEDIAN_INCOME[o] for o in occupation])
    income = median * np.exp(rng.normal(np.where(fraud, np.log(1.5), 0), 0.45, n))
    frame = pd.DataFrame(
        {
            "carrier_tenure_months": tenure,
            "real_name_match": match.astype(int),
            "carrier_status": status,
            "applications_7d": apps7,
            "applications_30d": apps30,
            "applications_90d": apps90,
            "lenders_7d": rng.binomial(apps7, 0.8),
            "lenders_30d": rng.binomial(apps30, 0.8),
            "lenders_90d": rng.binomial(apps90, 0.8),
            "age": age.round().clip(18, 70),
            "occupation": occupation,
            "monthly_income": income.round(-2),
        }
    )
    return frame[FEATURES], pd.Series(fraud.astype(int), name="fraud")


def fraud_inputs(
    *, applicant: Applicant, carrier: CarrierData, multi_lending: MultiLendingData, today: date
) -> dict[str, object]:
    ml = multi_lending
    return {
        "carrier_tenure_months": float(carrier.tenure_months),
        "real_name_match": int(carrier.real_name_match),
        "carrier_status": carrier.status if carrier.status in ("active", "suspended", "closed") else "closed",
        "applications_7d": ml.applications_7d,
        "applications_30d": ml.applications_30d,
        "applications_90d": ml.applications_90d,
        "lenders_7d": ml.lenders_7d,
        "lenders_30d": ml.lenders_30d,
        "lenders_90d": ml.lenders_90d,
        "age": float(age_on(applicant.id_number, today)),
        "occupation": applicant.occupation,
        "monthly_income": float(applicant.monthly_income),
    }
