"""Latency of scoring with explanations, and the example-score table, through the public API only.

Model loading happens once before timing starts (as in a warm worker); each timed call includes
parsing, feature mapping, the SHAP call and building the ModelScore.
"""

from __future__ import annotations

import platform
import time
from decimal import Decimal
from typing import Any

import numpy as np

from precredit.models.application import PolicyConfig
from precredit.risk import samples, scoring
from precredit.risk.bureau import synth_bureau_report
from precredit.risk.specs import SPECS

QUALITIES = ("prime", "near_prime", "subprime", "thin_file")


def _calls(n: int) -> dict[str, list[Any]]:
    """n varied inputs per model, built before timing so generation is not measured."""
    today = samples.TODAY
    apps = [samples.applicant(monthly_income=Decimal(4000 + 1000 * (i % 20))) for i in range(n)]
    reports = [synth_bureau_report(seed=i, quality=QUALITIES[i % 4], today=today) for i in range(n)]
    credit = [
        lambda a=a, r=r, i=i: scoring.score_credit(
            applicant=a,
            loan=samples.loan_for(0.5 + 0.05 * (i % 8)),
            vehicle=samples.vehicle(),
            bureau_report=r,
            today=today,
        )
        for i, (a, r) in enumerate(zip(apps, reports, strict=True))
    ]
    fraud = [
        lambda a=a, i=i: scoring.score_fraud(
            applicant=a,
            carrier=samples.carrier(i % 60, i % 7 != 0),
            multi_lending=samples.lending(i % 3, i % 6, i % 11),
            today=today,
        )
        for i, a in enumerate(apps)
    ]
    approval = [
        lambda a=a, i=i: scoring.score_approval(
            applicant=a, loan=samples.loan_for(0.6), vehicle=samples.vehicle(), dti=Decimal(i % 60) / 100,
            ltv=Decimal("0.6"), credit_points=450 + i % 300, today=today,
        )
        for i, a in enumerate(apps)
    ]  # fmt: skip
    return {"credit": credit, "fraud": fraud, "approval": approval}


def run(n: int = 1000) -> dict[str, Any]:
    calls = _calls(n)
    for fns in calls.values():
        fns[0]()  # load and warm the model outside the timing
    out: dict[str, Any] = {
        "n": n,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "models": {},
    }
    for name, fns in calls.items():
        ms = []
        for fn in fns:
            start = time.perf_counter_ns()
            fn()
            ms.append((time.perf_counter_ns() - start) / 1e6)
        arr = np.array(ms)
        out["models"][name] = {
            "p50_ms": round(float(np.percentile(arr, 50)), 3),
            "p99_ms": round(float(np.percentile(arr, 99)), 3),
            "max_ms": round(float(arr.max()), 3),
            "mean_ms": round(float(arr.mean()), 3),
        }
    return out


def examples(policy: PolicyConfig | None = None) -> list[dict[str, Any]]:
    """The samples' scores and verdicts under `policy` (default thresholds unless given)."""
    policy = policy or PolicyConfig()
    rows: list[dict[str, Any]] = []
    for c in samples.CREDIT_CASES:
        report = synth_bureau_report(seed=c.seed, quality=c.quality, today=samples.TODAY)
        s = scoring.score_credit(
            applicant=c.applicant, loan=samples.loan_for(0.6), vehicle=samples.vehicle(), bureau_report=report, today=samples.TODAY
        )  # fmt: skip
        rows.append(_row("credit", c.label, c.expect, s, policy))
    for f in samples.FRAUD_CASES:
        s = scoring.score_fraud(
            applicant=samples.applicant(), carrier=f.carrier, multi_lending=f.lending, today=samples.TODAY
        )
        rows.append(_row("fraud", f.label, f.expect, s, policy))
    for a in samples.APPROVAL_CASES:
        s = scoring.score_approval(
            applicant=a.applicant, loan=samples.loan_for(a.ltv), vehicle=samples.vehicle(), dti=a.dti,
            ltv=Decimal(str(a.ltv)), credit_points=a.points, today=samples.TODAY,
        )  # fmt: skip
        rows.append(_row("approval", a.label, a.expect, s, policy))
    return rows


def _row(model: str, label: str, expect: str, score: Any, policy: PolicyConfig) -> dict[str, Any]:
    return {
        "model": model,
        "case": label,
        "probability": round(score.probability, 4),
        "points": score.points,
        "verdict": SPECS[model].band(score.probability, policy),
        "expected": expect,
        "top_reason": score.explanations[0].reason_code,
    }
