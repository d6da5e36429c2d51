"""Hold-out figures for the model cards: AUC, KS, Gini, band tables and the ROC/calibration plot."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve


def discrimination(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    """AUC, KS (max gap between the bad and good cumulative distributions) and Gini = 2*AUC - 1."""
    auc = float(roc_auc_score(y, p))
    fpr, tpr, _ = roc_curve(y, p)
    return {"auc": round(auc, 4), "ks": round(float(np.max(tpr - fpr)), 4), "gini": round(2 * auc - 1, 4)}


def band_table(y: np.ndarray, bands: np.ndarray, order: list[str]) -> list[dict[str, object]]:
    """Share of hold-out cases and their observed bad rate per band: checks that bands separate risk."""
    rows = []
    for band in order:
        mask = bands == band
        count = int(mask.sum())
        rows.append(
            {
                "band": band,
                "share": round(count / len(y), 4),
                "bad_rate": round(float(y[mask].mean()), 4) if count else None,
            }
        )
    return rows


def plot(y: np.ndarray, p: np.ndarray, *, title: str, path: Path) -> None:
    """ROC curve and a 10-bin reliability diagram side by side; Agg backend, no display needed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fpr, tpr, _ = roc_curve(y, p)
    edges = np.quantile(p, np.linspace(0, 1, 11))
    idx = np.clip(np.searchsorted(edges, p, side="right") - 1, 0, 9)
    mean_p = [p[idx == b].mean() for b in range(10) if (idx == b).any()]
    mean_y = [y[idx == b].mean() for b in range(10) if (idx == b).any()]
    fig, (roc, cal) = plt.subplots(1, 2, figsize=(9, 4))
    roc.plot(fpr, tpr, label=f"AUC {roc_auc_score(y, p):.3f}")
    roc.plot([0, 1], [0, 1], "k--", lw=0.8)
    roc.set(xlabel="false positive rate", ylabel="true positive rate", title=f"{title}: ROC (hold-out)")
    roc.legend(loc="lower right")
    cal.plot(mean_p, mean_y, "o-")
    cal.plot([0, 1], [0, 1], "k--", lw=0.8)
    cal.set(xlabel="predicted probability", ylabel="observed rate", title="calibration (deciles)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)
