"""A WoE-binned logistic-regression scorecard, the classic model for German credit.

Each input is cut into coarse bins (fixed domain edges for numbers, categories with rare ones pooled),
each bin is replaced by its weight of evidence ln(share of bads / share of goods), and a logistic
regression weighs the inputs. The log-odds is then a sum of one term per input, coefficient times
WoE, which is exactly the additive explanation the reason codes need, without SHAP.

Training and scoring bin through the same per-value function (`_bin`), so they cannot disagree.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

OTHER = "__other__"


@dataclass(frozen=True)
class ScorecardSpec:
    features: list[str]
    edges: dict[str, list[float]]
    rare_share: float = 0.05
    woe_smoothing: float = 0.5
    c: float = 0.1


@dataclass(frozen=True)
class Scorecard:
    """Bins, WoE per bin and the regression; `tables[f][bin]` is the WoE, `coefs[f]` its weight."""

    edges: dict[str, list[float]]
    tables: dict[str, dict[str, float]]
    coefs: dict[str, float]
    intercept: float

    @property
    def features(self) -> list[str]:
        return list(self.coefs)

    def _bin(self, feature: str, value: object) -> str:
        if feature in self.edges:
            return str(bisect.bisect_right(self.edges[feature], float(value)))  # type: ignore[arg-type]  # binned features are numeric
        return str(value) if str(value) in self.tables[feature] else OTHER

    def woe(self, feature: str, value: object) -> float:
        return self.tables[feature].get(self._bin(feature, value), 0.0)

    def contributions(self, row: Mapping[str, object]) -> dict[str, float]:
        """Log-odds of bad per input; they add up, with `intercept`, to the scorecard's log-odds."""
        return {f: c * self.woe(f, row[f]) for f, c in self.coefs.items()}

    def logit(self, frame: pd.DataFrame) -> np.ndarray:
        out = np.full(len(frame), self.intercept)
        for f, c in self.coefs.items():
            out += c * frame[f].map(lambda v, f=f: self.woe(f, v)).to_numpy(dtype=float)
        return out

    def to_json(self) -> str:
        body = {"edges": self.edges, "tables": self.tables, "coefs": self.coefs, "intercept": self.intercept}
        return json.dumps(body, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> Scorecard:
        body = json.loads(path.read_text())
        return cls(
            edges=body["edges"], tables=body["tables"], coefs=body["coefs"], intercept=body["intercept"]
        )


def fit(spec: ScorecardSpec, x: pd.DataFrame, y: pd.Series) -> Scorecard:
    """Bins and WoE from (x, y) only, so in cross-validation they never see the validation fold."""
    bads, goods = float(y.sum()), float((1 - y).sum())
    a = spec.woe_smoothing
    tables: dict[str, dict[str, float]] = {}
    for f in spec.features:
        if f in spec.edges:
            bins = x[f].map(lambda v, f=f: str(bisect.bisect_right(spec.edges[f], float(v))))
        else:
            share = x[f].astype(str).value_counts(normalize=True)
            kept = set(share[share >= spec.rare_share].index)
            bins = x[f].astype(str).where(x[f].astype(str).isin(kept), OTHER)
        counts = (
            pd.DataFrame({"b": bins.to_numpy(), "y": y.to_numpy()}).groupby("b")["y"].agg(["sum", "count"])
        )
        tables[f] = {
            str(b): round(math.log(((bad + a) / (bads + a)) / ((n - bad + a) / (goods + a))), 6)
            for b, bad, n in zip(counts.index, counts["sum"], counts["count"], strict=True)
        }
    binned = Scorecard(
        edges=spec.edges, tables=tables, coefs=dict.fromkeys(spec.features, 1.0), intercept=0.0
    )
    woe = pd.DataFrame({f: x[f].map(lambda v, f=f: binned.woe(f, v)) for f in spec.features})
    lr = LogisticRegression(C=spec.c, max_iter=2000).fit(woe.to_numpy(), y.to_numpy())
    coefs = {f: round(float(c), 6) for f, c in zip(spec.features, lr.coef_[0], strict=True)}
    return Scorecard(
        edges=spec.edges, tables=tables, coefs=coefs, intercept=round(float(lr.intercept_[0]), 6)
    )
