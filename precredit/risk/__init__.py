"""Risk models: credit score (step 1), anti-fraud (step 2) and approval (step 4), with explanations.

The public functions are pure and synchronous; models load once from the shipped `artifacts/`
directory and stay cached, so an activity can call them on a thread pool without I/O per call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["models_report", "score_approval", "score_credit", "score_fraud"]

if TYPE_CHECKING:
    from precredit.risk.scoring import models_report, score_approval, score_credit, score_fraud


def __getattr__(name: str) -> Any:
    # Lazy, so `precredit.risk.bureau` (used by the sandbox bureau) does not import CatBoost.
    if name in __all__:
        from precredit.risk import scoring

        return getattr(scoring, name)
    raise AttributeError(name)
