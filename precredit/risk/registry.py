"""Loads each shipped model and its model card once per process.

CatBoost models are read-only after loading and `get_feature_importance` does not mutate them, so
one cached instance serves every activity thread.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catboost import CatBoostClassifier

from precredit.risk.specs import SPECS, ModelSpec

ARTIFACTS = Path(__file__).parent / "artifacts"


@dataclass(frozen=True)
class LoadedModel:
    spec: ModelSpec
    model: CatBoostClassifier
    card: dict[str, Any]
    cat_indices: tuple[int, ...]

    @property
    def version(self) -> str:
        return str(self.card["model_version"])


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
    return LoadedModel(spec=spec, model=model, card=card, cat_indices=cats)


def reload() -> None:
    """Forget cached models, e.g. after training wrote new files in this process."""
    load.cache_clear()
