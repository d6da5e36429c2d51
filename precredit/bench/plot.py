"""The benchmark's PNG: latency distributions, per-step percentiles, throughput and engine cost."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot_report(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    main, base = report["main"], report["baseline"]
    fig, axes = plt.subplots(1, 3, figsize=(16, 5))

    ax = axes[0]
    labels = ["decision", "automated total"]
    p50 = [main["decision_seconds"]["p50"], main["automated_seconds"]["p50"]]
    p95 = [main["decision_seconds"]["p95"], main["automated_seconds"]["p95"]]
    p99 = [main["decision_seconds"]["p99"], main["automated_seconds"]["p99"]]
    x = range(len(labels))
    for offset, values, name in ((-0.25, p50, "p50"), (0, p95, "p95"), (0.25, p99, "p99")):
        ax.bar([i + offset for i in x], values, width=0.25, label=name)
    ax.axhline(
        report["targets"]["decision_p95_seconds"]["target"],
        color="red",
        ls="--",
        lw=1,
        label="decision p95 target",
    )
    ax.set_xticks(list(x), labels)
    ax.set_ylabel("seconds (human waits excluded)")
    ax.set_title(f"per application, {main['workers']} worker(s), n={main['n']}")
    ax.legend()

    ax = axes[1]
    steps = list(main["steps"])
    ax.bar(
        [i - 0.2 for i in range(len(steps))], [main["steps"][s]["p50"] for s in steps], width=0.4, label="p50"
    )
    ax.bar(
        [i + 0.2 for i in range(len(steps))], [main["steps"][s]["p95"] for s in steps], width=0.4, label="p95"
    )
    ax.set_xticks(range(len(steps)), steps, rotation=30)
    ax.set_ylabel("automated seconds")
    ax.set_title("per step")
    ax.legend()

    ax = axes[2]
    names = [f"{w} worker(s)" for w in report["runs"]] + ["bare engine"]
    values = [r["throughput_per_minute"] for r in report["runs"].values()] + [base["throughput_per_minute"]]
    ax.bar(names, values, color=["tab:blue"] * len(report["runs"]) + ["tab:gray"])
    ax.set_yscale("log")
    ax.set_ylabel("workflows per minute (log)")
    ratio = report["overhead"]["engine_per_activity_ratio_p50"]
    ax.set_title(f"throughput; engine cost per activity = {ratio:.2f}x bare")

    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
