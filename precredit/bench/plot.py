"""The benchmark's PNG: latency distributions, per-step percentiles, throughput and engine cost."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot_report(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    main, base = report["main"], report["baseline"]
    judged = report.get("latency") or main
    fig, axes = plt.subplots(1, 3, figsize=(16, 5))

    ax = axes[0]
    labels = ["decision\n(1 at a time)", "automated\n(1 at a time)", "decision\n(load)", "automated\n(load)"]
    cols = [
        (judged, "decision_seconds"),
        (judged, "automated_seconds"),
        (main, "decision_seconds"),
        (main, "automated_seconds"),
    ]
    p50 = [run[key]["p50"] for run, key in cols]
    p95 = [run[key]["p95"] for run, key in cols]
    p99 = [run[key]["p99"] for run, key in cols]
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
    ax.set_title(f"per application ({main['workers']} worker(s); load: n={main['n']})")
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
    ratio = report["overhead"]["orchestration_ratio_p50"]
    ax.set_title(f"throughput; orchestration time = {ratio:.2f}x bare engine")

    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
