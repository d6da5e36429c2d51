"""One row in, P(bad) and ranked explanations out, from a single SHAP call.

CatBoost's SHAP values for a row add up, with the expected value, to the raw log-odds, so one
`get_feature_importance(type="ShapValues")` call yields both the probability and each input's
push towards or away from risk; no second `predict` is needed.
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
    probability = 1 / (1 + math.exp(-float(shap.sum())))
    by_feature = dict(zip(features, shap[:-1], strict=True))
    ranked = []
    for reason in CATALOGUE[loaded.spec.name]:
        contribution = float(sum(by_feature[f] for f in reason.features))
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
