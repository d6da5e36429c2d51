"""Loads each shipped model (CatBoost, plus the scorecard it is blended with) and its card once per process.

CatBoost models are read-only after loading and `get_feature_importance` does not mutate them, so
one cached instance serves every activity thread.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier

from precredit.risk.scorecard import Scorecard
from precredit.risk.specs import SPECS, ModelSpec

ARTIFACTS = Path(__file__).parent / "artifacts"


@dataclass(frozen=True)
class LoadedModel:
    spec: ModelSpec
    model: CatBoostClassifier
    card: dict[str, Any]
    cat_indices: tuple[int, ...]
    scorecard: Scorecard | None = None
    # Weight of CatBoost in the log-odds blend; the scorecard gets the rest.
    blend_weight: float = 1.0

    @property
    def version(self) -> str:
        return str(self.card["model_version"])

    def predict_proba(self, frame: pd.DataFrame) -> np.ndarray:
        """P(bad) for a frame of model rows, as scoring computes it one row at a time."""
        raw = self.model.predict(frame[self.spec.features], prediction_type="RawFormulaVal")
        logit = blend(raw, self.scorecard.logit(frame) if self.scorecard else None, self.blend_weight)
        return np.asarray(1 / (1 + np.exp(-logit)))


def blend(boosted: np.ndarray, scorecard: np.ndarray | None, weight: float) -> np.ndarray:
    return boosted if scorecard is None else weight * boosted + (1 - weight) * scorecard


@functools.cache
def load(name: str) -> LoadedModel:
    spec = SPECS[name]
    card = json.loads((ARTIFACTS / f"{name}.json").read_text())
    if card["features"] != spec.features:
        raise RuntimeError(
            f"{name}.json lists other features than the code expects; run `precredit models train`"
        )
    model = CatBoostClassifier()
    model.load_model(str(ARTIFACTS / card["model_file"]))
    cats = tuple(spec.features.index(c) for c in spec.cat_features)
    blended = card.get("blend")
    if not blended:
        return LoadedModel(spec=spec, model=model, card=card, cat_indices=cats)
    return LoadedModel(
        spec=spec,
        model=model,
        card=card,
        cat_indices=cats,
        scorecard=Scorecard.load(ARTIFACTS / blended["scorecard_file"]),
        blend_weight=float(blended["weight"]),
    )


def reload() -> None:
    """Forget cached models, e.g. after training wrote new files in this process."""
    load.cache_clear()
