"""One row in, P(bad) and ranked explanations out, from a single SHAP call.

CatBoost's SHAP values for a row add up, with the expected value, to the raw log-odds, so one
`get_feature_importance(type="ShapValues")` call yields both the probability and each input's
push towards or away from risk; no second `predict` is needed. A blended model adds the scorecard's
per-input terms (coefficient times WoE), which are additive too: with both parts weighted as in the
blend, the explanation still sums exactly to the log-odds the probability comes from.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from catboost import Pool

from precredit.models.decisions import Explanation
from precredit.risk.reasons import CATALOGUE, message_en, message_zh
from precredit.risk.registry import LoadedModel

MIN_EXPLANATIONS = 3
MAX_EXPLANATIONS = 5


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def score_row(
    loaded: LoadedModel, row: Mapping[str, object], shown: Mapping[str, str] | None = None
) -> tuple[float, list[Explanation]]:
    """P(bad) and explanations ordered by contribution towards risk (largest push to risk first).

    At least MIN_EXPLANATIONS are returned even when fewer inputs push towards risk, so a decline
    always names its strongest reasons; further risk-raising reasons are added up to MAX.
    """
    features = loaded.spec.features
    pool = Pool([[row[f] for f in features]], cat_features=list(loaded.cat_indices), feature_names=features)
    shap = loaded.model.get_feature_importance(data=pool, type="ShapValues", thread_count=1)[0]
    w = loaded.blend_weight
    by_feature = {f: w * float(v) for f, v in zip(features, shap[:-1], strict=True)}
    logit = w * float(shap.sum())
    if loaded.scorecard is not None:
        logit += (1 - w) * loaded.scorecard.intercept
        for f, v in loaded.scorecard.contributions(row).items():
            by_feature[f] = by_feature.get(f, 0.0) + (1 - w) * v
            logit += (1 - w) * v
    probability = 1 / (1 + math.exp(-logit))
    ranked = []
    for reason in CATALOGUE[loaded.spec.name]:
        contribution = float(sum(by_feature.get(f, 0.0) for f in reason.features))
        main = reason.features[0]
        value = shown[main] if shown and main in shown else _show(row[main])
        ranked.append((contribution, reason, value, main))
    ranked.sort(key=lambda t: -t[0])
    risky = sum(1 for t in ranked if t[0] > 0)
    keep = ranked[: max(MIN_EXPLANATIONS, min(MAX_EXPLANATIONS, risky))]
    return probability, [
        Explanation(
            feature=reason.code.lower(),
            value=value,
            contribution=round(contribution, 4),
            reason_code=reason.code,
            message_zh=message_zh(reason, value, contribution),
            message_en=message_en(reason, value, contribution),
        )
        for contribution, reason, value, main in keep
    ]
