"""Reproducible training: fixed seeds, a stratified 30% hold-out, parameters chosen by (repeated) 5-fold
CV on the 70% only (the hold-out is touched once, for the reported figures), then `<name>.cbm` plus a
`<name>.json` model card next to it and a ROC/calibration PNG in the plot directory. Where the spec
asks, the card also reports the chosen recipe re-fitted on other 70/30 splits (`holdout_repeated`).

A spec with a scorecard ships a log-odds blend of CatBoost and the scorecard; the blend weight is
chosen on the same out-of-fold predictions that chose CatBoost's parameters.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import catboost
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import StratifiedKFold, train_test_split

from precredit.models.application import PolicyConfig
from precredit.risk import metrics, scorecard
from precredit.risk.registry import blend
from precredit.risk.specs import SEED, SPECS, ModelSpec, points_from_probability

ARTIFACTS = Path(__file__).parent / "artifacts"
CREDIT_GRADES = ((700, "A"), (640, "B"), (580, "C"), (520, "D"), (0, "E"))


def _classifier(spec: ModelSpec, params: dict[str, float], threads: int) -> CatBoostClassifier:
    monotone = [spec.monotone.get(f, 0) for f in spec.features] if spec.monotone else None
    return CatBoostClassifier(
        **params,
        random_seed=SEED,
        thread_count=threads,
        cat_features=spec.cat_features,
        monotone_constraints=monotone,
        verbose=0,
        allow_writing_files=False,
    )


Predict = Callable[[pd.DataFrame, pd.Series, pd.DataFrame], np.ndarray]
Oof = list[tuple[np.ndarray, np.ndarray]]


def _folds(spec: ModelSpec, x: pd.DataFrame, y: pd.Series) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    for repeat in range(spec.cv_repeats):
        yield from StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED + repeat).split(x, y)


def _oof(spec: ModelSpec, x: pd.DataFrame, y: pd.Series, predict: Predict) -> Oof:
    """Log-odds on each validation fold from a model fitted on the rest."""
    return [(va, predict(x.iloc[tr], y.iloc[tr], x.iloc[va])) for tr, va in _folds(spec, x, y)]


def _mean_auc(y: pd.Series, oof: Oof) -> float:
    aucs = [metrics.discrimination(y.iloc[va].to_numpy(), raw)["auc"] for va, raw in oof]
    return round(float(np.mean(aucs)), 4)


def _boosted(spec: ModelSpec, params: dict[str, float], threads: int) -> Predict:
    def predict(x: pd.DataFrame, y: pd.Series, z: pd.DataFrame) -> np.ndarray:
        model = _classifier(spec, params, threads).fit(x[spec.features], y)
        return np.asarray(model.predict(z[spec.features], prediction_type="RawFormulaVal"))

    return predict


def _scored(spec: scorecard.ScorecardSpec) -> Predict:
    return lambda x, y, z: scorecard.fit(spec, x, y).logit(z)


def _repeated_holdout(
    spec: ModelSpec,
    frame: pd.DataFrame,
    label: pd.Series,
    params: dict[str, float],
    weight: float,
    threads: int,
) -> dict[str, Any]:
    """The chosen recipe (parameters, blend weight) re-fitted and measured on other stratified 70/30
    splits: how much the single hold-out figure owes to which rows fell into it."""
    aucs = []
    for i in range(spec.repeated_holdouts):
        x_tr, x_te, y_tr, y_te = train_test_split(
            frame, label, test_size=0.3, stratify=label, random_state=SEED + 1 + i
        )
        raw = _boosted(spec, params, threads)(x_tr, y_tr, x_te)
        if spec.scorecard is not None:
            raw = blend(raw, _scored(spec.scorecard)(x_tr, y_tr, x_te), weight)
        aucs.append(metrics.discrimination(y_te.to_numpy(), 1 / (1 + np.exp(-raw)))["auc"])
    return {
        "splits": len(aucs),
        "seeds": [SEED + 1, SEED + len(aucs)],
        "auc_mean": round(float(np.mean(aucs)), 4),
        "auc_sd": round(float(np.std(aucs, ddof=1)), 4),
        "auc_min": round(min(aucs), 4),
        "auc_max": round(max(aucs), 4),
    }


def _blend_importance(
    model: CatBoostClassifier, card: scorecard.Scorecard, weight: float, spec: ModelSpec, x: pd.DataFrame
) -> dict[str, float]:
    """Mean |log-odds contribution| per input in the blend, as a share of the total (percent)."""
    cats = [spec.features.index(c) for c in spec.cat_features]
    shap = model.get_feature_importance(
        data=catboost.Pool(x[spec.features], cat_features=cats), type="ShapValues", thread_count=1
    )[:, :-1]
    total = {f: weight * shap[:, i] for i, f in enumerate(spec.features)}
    for f, coef in card.coefs.items():
        woe = x[f].map(lambda v, f=f: card.woe(f, v)).to_numpy(dtype=float)
        total[f] = total.get(f, 0.0) + (1 - weight) * coef * woe
    mean_abs = {f: float(np.mean(np.abs(v))) for f, v in total.items()}
    norm = sum(mean_abs.values())
    return {f: round(100 * v / norm, 2) for f, v in sorted(mean_abs.items(), key=lambda t: -t[1])}


def _bands(spec: ModelSpec, y: np.ndarray, p: np.ndarray, policy: PolicyConfig) -> dict[str, Any]:
    verdicts = np.array([spec.band(float(v), policy) for v in p])
    out: dict[str, Any] = {"verdicts": metrics.band_table(y, verdicts, ["pass", "review", "decline"])}
    if spec.name == "credit":
        points = [points_from_probability(float(v)) for v in p]
        grades = np.array([next(g for floor, g in CREDIT_GRADES if pts >= floor) for pts in points])
        out["grades"] = [
            {**row, "min_points": floor}
            for row, (floor, _) in zip(
                metrics.band_table(y, grades, [g for _, g in CREDIT_GRADES]), CREDIT_GRADES, strict=True
            )
        ]
    return out


def train(
    name: str, *, artifacts_dir: Path = ARTIFACTS, plot_dir: Path | None = None, threads: int = 2
) -> dict[str, Any]:
    spec = SPECS[name]
    frame, label, data_hash = spec.load()
    x_tr, x_te, y_tr, y_te = train_test_split(frame, label, test_size=0.3, stratify=label, random_state=SEED)
    boosted_oof = [_oof(spec, x_tr, y_tr, _boosted(spec, params, threads)) for params in spec.grid]
    cv_aucs = [_mean_auc(y_tr, oof) for oof in boosted_oof]
    chosen = int(np.argmax(cv_aucs))
    best = spec.grid[chosen]
    cv = [{"params": params, "cv_auc": auc} for params, auc in zip(spec.grid, cv_aucs, strict=True)]
    model = _classifier(spec, best, threads).fit(x_tr[spec.features], y_tr)
    artifacts_dir.mkdir(parents=True, exist_ok=True)
    blended: dict[str, Any] = {}
    if spec.scorecard is None:
        p_te = model.predict_proba(x_te[spec.features])[:, 1]
        cv_auc = cv_aucs[chosen]
    else:
        scored_oof = _oof(spec, x_tr, y_tr, _scored(spec.scorecard))
        by_weight = {
            w: _mean_auc(y_tr, [(va, blend(b, s, w)) for (va, b), (_, s) in zip(boosted_oof[chosen], scored_oof, strict=True)])
            for w in spec.blend_weights
        }  # fmt: skip
        weight = max(by_weight, key=lambda w: by_weight[w])
        card_sc = scorecard.fit(spec.scorecard, x_tr, y_tr)
        sc_path = artifacts_dir / f"{name}_scorecard.json"
        sc_path.write_text(card_sc.to_json())
        raw_te = model.predict(x_te[spec.features], prediction_type="RawFormulaVal")
        p_te = 1 / (1 + np.exp(-blend(raw_te, card_sc.logit(x_te), weight)))
        cv_auc = by_weight[weight]
        blended = {
            "weight": weight,
            "cv_auc_by_weight": {str(w): a for w, a in by_weight.items()},
            "scorecard_cv_auc": by_weight[0.0] if 0.0 in by_weight else _mean_auc(y_tr, scored_oof),
            "scorecard_file": sc_path.name,
            "scorecard_sha256": hashlib.sha256(sc_path.read_bytes()).hexdigest(),
            "scorecard_coefficients": card_sc.coefs,
        }
    y_arr = y_te.to_numpy()
    model_path = artifacts_dir / f"{name}.cbm"
    model.save_model(str(model_path))
    sha = hashlib.sha256(model_path.read_bytes()).hexdigest()
    # The .cbm embeds a random model GUID, so its hash differs on every run; the version instead
    # fingerprints what the model does (its hold-out predictions) and what it learnt from.
    recipe = repr(best) + (repr(blended["weight"]) if blended else "")
    behaviour = hashlib.sha256(np.round(p_te, 9).tobytes() + data_hash.encode() + recipe.encode())
    policy = PolicyConfig()
    if blended:
        importance = _blend_importance(model, card_sc, blended["weight"], spec, x_tr)
    else:
        values = model.get_feature_importance(type="PredictionValuesChange")
        importance = {
            f: round(float(v), 2)
            for f, v in sorted(zip(spec.features, values, strict=True), key=lambda t: -t[1])
        }
    card: dict[str, Any] = {
        "name": name,
        "model_name": spec.model_name,
        "model_version": f"{spec.version}+{behaviour.hexdigest()[:10]}",
        "description": spec.description,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "catboost_version": catboost.__version__,
        "seed": SEED,
        "data_source": spec.data_source,
        "training_data_hash": data_hash,
        "rows": {"train": len(x_tr), "holdout": len(x_te)},
        "bad_rate": round(float(label.mean()), 4),
        "features": spec.features,
        "cat_features": spec.cat_features,
        "monotone": spec.monotone,
        "params": best,
        "cv_on_train": cv,
        "cv": {"folds": 5, "repeats": spec.cv_repeats, "auc": cv_auc},
        "holdout": metrics.discrimination(y_arr, p_te),
        "thresholds": spec.thresholds(policy),
        "bands": _bands(spec, y_arr, p_te, policy),
        "feature_importance": importance,
        "model_file": model_path.name,
        "model_sha256": sha,
    }
    if spec.repeated_holdouts:
        weight = blended["weight"] if blended else 1.0
        card["holdout_repeated"] = _repeated_holdout(spec, frame, label, best, weight, threads)
    if blended:
        card["blend"] = blended
    if name == "credit":
        card["score_scale"] = {"base_points": 600, "base_odds_good_bad": 4.0, "pdo": 50, "range": [300, 900]}
    (artifacts_dir / f"{name}.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    if plot_dir is not None:
        metrics.plot(y_arr, p_te, title=spec.model_name, path=plot_dir / f"{name}_roc_calibration.png")
    return card


def train_all(
    *, artifacts_dir: Path = ARTIFACTS, plot_dir: Path | None = None, threads: int = 2
) -> list[dict[str, Any]]:
    return [train(name, artifacts_dir=artifacts_dir, plot_dir=plot_dir, threads=threads) for name in SPECS]
