"""Scores through the public API with the shipped models: ranges, sanity of direction, explanations."""

from __future__ import annotations

import copy
from decimal import Decimal

import pandas as pd
import pytest
from catboost import Pool

from precredit.models.application import PolicyConfig
from precredit.models.decisions import ModelScore
from precredit.risk import samples, score_approval, score_credit, score_fraud
from precredit.risk.bench import examples
from precredit.risk.bureau import parse_bureau_report, synth_bureau_report

T = samples.TODAY


def _credit(report: dict, **applicant: object) -> ModelScore:
    return score_credit(
        applicant=samples.applicant(**applicant),
        loan=samples.loan_for(0.6),
        vehicle=samples.vehicle(),
        bureau_report=report,
        today=T,
    )


def _credit_points(report: dict) -> int:
    """The points of the credit score, which a credit score always carries."""
    points = _credit(report).points
    assert points is not None
    return points


def _approval(dti: str = "0.3", ltv: float = 0.7, points: int = 620, **applicant: object) -> ModelScore:
    return score_approval(
        applicant=samples.applicant(**applicant),
        loan=samples.loan_for(ltv),
        vehicle=samples.vehicle(),
        dti=Decimal(dti),
        ltv=Decimal(str(ltv)),
        credit_points=points,
        today=T,
    )


@pytest.mark.parametrize("row", examples(), ids=lambda r: f"{r['model']}:{r['case']}")
def test_example_cases_land_in_their_bands(row: dict) -> None:
    if row["expected"] != "either":
        assert row["verdict"] == row["expected"]


@pytest.mark.parametrize("quality", ["prime", "near_prime", "subprime", "thin_file"])
def test_credit_points_in_range_and_consistent(quality: str) -> None:
    for seed in range(10):
        s = _credit(synth_bureau_report(seed=seed, quality=quality, today=T))
        assert s.points is not None
        assert 300 <= s.points <= 900 and 0 < s.probability < 1
        assert s.model_name == "credit_score" and s.model_version


def test_prime_passes_and_subprime_fails_most_of_the_time() -> None:
    floor = PolicyConfig().credit_score_min
    prime = [_credit_points(synth_bureau_report(seed=s, quality="prime", today=T)) for s in range(30)]
    sub = [_credit_points(synth_bureau_report(seed=s, quality="subprime", today=T)) for s in range(30)]
    assert min(prime) > floor and sorted(prime)[15] > floor + 60
    assert sum(p < floor for p in sub) >= 25


def test_more_overdue_means_fewer_points() -> None:
    report = synth_bureau_report(seed=3, quality="prime", today=T)
    card = report["credit_cards"][0]
    steps = []
    for history, overdue in [("N" * 24, "0.00"), ("N" * 12 + "1" + "N" * 11, "0.00"), ("N" * 12 + "123" + "N" * 9, "0.00"), ("N" * 23 + "1", "900.00")]:  # fmt: skip
        rep = copy.deepcopy(report)
        rep["credit_cards"][0] = {**card, "repayment_24m": history, "overdue_amount": overdue}
        steps.append(_credit_points(rep))
    assert steps == sorted(steps, reverse=True) and steps[0] > steps[-1]


def test_higher_utilisation_never_helps() -> None:
    report = synth_bureau_report(seed=5, quality="prime", today=T)
    low, high = copy.deepcopy(report), copy.deepcopy(report)
    for c in high["credit_cards"]:
        c["used_amount"] = c["credit_limit"]
    assert _credit_points(high) <= _credit_points(low)


def test_fraud_rises_with_applications_and_falls_with_tenure() -> None:
    def p(tenure: int, a30: int) -> float:
        return score_fraud(
            applicant=samples.applicant(),
            carrier=samples.carrier(tenure, True),
            multi_lending=samples.lending(min(a30, 2), a30, a30 + 1),
            today=T,
        ).probability

    assert [p(12, n) for n in range(0, 10, 3)] == sorted(p(12, n) for n in range(0, 10, 3))
    assert [p(t, 3) for t in (1, 6, 24, 60)] == sorted((p(t, 3) for t in (1, 6, 24, 60)), reverse=True)


def test_approval_rises_with_dti_and_ltv_and_falls_with_points() -> None:
    dti = [_approval(dti=d).probability for d in ("0.1", "0.3", "0.5", "0.7")]
    ltv = [_approval(ltv=v).probability for v in (0.5, 0.65, 0.8, 0.9)]
    pts = [_approval(points=v).probability for v in (450, 550, 650, 750)]
    assert dti == sorted(dti) and ltv == sorted(ltv) and pts == sorted(pts, reverse=True)


def test_explanations_are_ranked_bilingual_and_at_least_three() -> None:
    scores = [
        _credit(synth_bureau_report(seed=1, quality="subprime", today=T)),
        _credit(synth_bureau_report(seed=1, quality="prime", today=T)),
        score_fraud(
            applicant=samples.applicant(),
            carrier=samples.carrier(1, False),
            multi_lending=samples.lending(5, 10, 15),
            today=T,
        ),
        _approval(dti="0.6", ltv=0.9, points=500, occupation="unemployed", monthly_income=Decimal("3000")),
    ]
    for s in scores:
        assert len(s.explanations) >= 3
        contributions = [e.contribution for e in s.explanations]
        assert contributions == sorted(contributions, reverse=True)
        for e in s.explanations:
            assert e.reason_code and e.value and e.message_en
            assert any("\u4e00" <= ch <= "\u9fff" for ch in e.message_zh)
    decline = scores[0]
    assert decline.explanations[0].contribution > 0
    assert decline.explanations[0].reason_code in {
        "CREDIT_REVOLVING_STATUS",
        "CREDIT_REPAYMENT_HISTORY",
        "OTHER_LENDERS",
    }
    assert scores[2].explanations[0].reason_code.startswith(("CARRIER", "MULTI_LENDING"))


def test_credit_explanation_adds_up_to_the_blended_log_odds() -> None:
    """Every input's push (CatBoost SHAP and scorecard term, blend-weighted) sums to the score's logit."""
    import math

    from precredit.risk import registry
    from precredit.risk.credit_mapping import credit_inputs
    from precredit.risk.explain import score_row

    loaded = registry.load("credit")
    assert loaded.scorecard is not None and 0 < loaded.blend_weight < 1
    report = synth_bureau_report(seed=4, quality="near_prime", today=T)
    row, shown = credit_inputs(
        applicant=samples.applicant(),
        loan=samples.loan_for(0.6),
        bureau=parse_bureau_report(report),
        today=T,
    )
    probability, _ = score_row(loaded, row, shown)
    frame = pd.DataFrame([row])
    assert probability == pytest.approx(float(loaded.predict_proba(frame)[0]), abs=1e-9)
    w = loaded.blend_weight
    pool = Pool(frame[loaded.spec.features], cat_features=list(loaded.cat_indices))
    shap = loaded.model.get_feature_importance(data=pool, type="ShapValues")[0]
    terms = loaded.scorecard.intercept + sum(loaded.scorecard.contributions(row).values())
    logit = w * float(shap.sum()) + (1 - w) * terms
    assert 1 / (1 + math.exp(-logit)) == pytest.approx(probability, abs=1e-9)


def test_constant_inputs_are_never_named() -> None:
    s = _credit(synth_bureau_report(seed=2, quality="near_prime", today=T))
    assert all(e.reason_code != "LOAN_PURPOSE" for e in s.explanations)
