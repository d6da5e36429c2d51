"""Reproducible training: fixed seeds, a stratified 30% hold-out, parameters chosen by 5-fold CV on the
70% only (the hold-out is touched once, for the reported figures), then `<name>.cbm` plus a
`<name>.json` model card next to it and a ROC/calibration PNG in the plot directory.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import catboost
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import StratifiedKFold, train_test_split

from precredit.models.application import PolicyConfig
from precredit.risk import metrics
from precredit.risk.specs import SEED, SPECS, ModelSpec, points_from_probability

ARTIFACTS = Path(__file__).parent / "artifacts"
MODEL_MAJOR = "1.0.0"
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


def _cv_auc(spec: ModelSpec, x: pd.DataFrame, y: pd.Series, params: dict[str, float], threads: int) -> float:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    aucs = []
    for tr, va in folds.split(x, y):
        model = _classifier(spec, params, threads).fit(x.iloc[tr], y.iloc[tr])
        aucs.append(
            metrics.discrimination(y.iloc[va].to_numpy(), model.predict_proba(x.iloc[va])[:, 1])["auc"]
        )
    return round(float(np.mean(aucs)), 4)


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
    cv_aucs = [_cv_auc(spec, x_tr, y_tr, params, threads) for params in spec.grid]
    best = spec.grid[int(np.argmax(cv_aucs))]
    cv = [{"params": params, "cv_auc": auc} for params, auc in zip(spec.grid, cv_aucs, strict=True)]
    model = _classifier(spec, best, threads).fit(x_tr, y_tr)
    p_te = model.predict_proba(x_te)[:, 1]
    y_arr = y_te.to_numpy()
    artifacts_dir.mkdir(parents=True, exist_ok=True)
    model_path = artifacts_dir / f"{name}.cbm"
    model.save_model(str(model_path))
    sha = hashlib.sha256(model_path.read_bytes()).hexdigest()
    # The .cbm embeds a random model GUID, so its hash differs on every run; the version instead
    # fingerprints what the model does (its hold-out predictions) and what it learnt from.
    behaviour = hashlib.sha256(np.round(p_te, 9).tobytes() + data_hash.encode() + repr(best).encode())
    policy = PolicyConfig()
    importance = model.get_feature_importance(type="PredictionValuesChange")
    card: dict[str, Any] = {
        "name": name,
        "model_name": spec.model_name,
        "model_version": f"{MODEL_MAJOR}+{behaviour.hexdigest()[:10]}",
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
        "holdout": metrics.discrimination(y_arr, p_te),
        "thresholds": spec.thresholds(policy),
        "bands": _bands(spec, y_arr, p_te, policy),
        "feature_importance": {
            f: round(float(v), 2)
            for f, v in sorted(zip(spec.features, importance, strict=True), key=lambda t: -t[1])
        },
        "model_file": model_path.name,
        "model_sha256": sha,
    }
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
