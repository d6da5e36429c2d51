"""The benchmark's PNG: latency, light steps alone vs under load, throughput against the machine's
CPU bound, and where the CPU went."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plot_report(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    main, base, cpu = report["main"], report["baseline"], report["cpu"]
    judged = report.get("latency") or main
    fig, axes = plt.subplots(2, 2, figsize=(15, 10))

    ax = axes[0][0]
    labels = ["decision\n(1 at a time)", "automated\n(1 at a time)", "decision\n(load)", "automated\n(load)"]
    cols = [
        (judged, "decision_seconds"),
        (judged, "automated_seconds"),
        (main, "decision_seconds"),
        (main, "automated_seconds"),
    ]
    x = range(len(labels))
    for offset, q in ((-0.25, "p50"), (0, "p95"), (0.25, "p99")):
        ax.bar([i + offset for i in x], [run[key][q] for run, key in cols], width=0.25, label=q)
    ax.axhline(
        report["targets"]["decision_p95_seconds"]["target"], color="red", ls="--", lw=1,
        label="decision p95 target (1 at a time)",
    )  # fmt: skip
    ax.set_xticks(list(x), labels)
    ax.set_ylabel("seconds (human waits excluded)")
    ax.set_title(
        f"per application: 1 main worker + {main['ocr_processes']} OCR process(es); "
        f"load n={main['n']}, concurrency {report['config']['concurrency']}"
    )
    ax.legend()

    ax = axes[0][1]
    light = report.get("light_steps", {})
    steps = list(light)
    ax.bar([i - 0.2 for i in range(len(steps))], [light[s]["p95_one_at_a_time"] for s in steps],
           width=0.4, label="p95 one at a time")  # fmt: skip
    ax.bar([i + 0.2 for i in range(len(steps))], [light[s]["p95_under_load"] for s in steps],
           width=0.4, label="p95 under load")  # fmt: skip
    for i, s in enumerate(steps):
        ax.text(i + 0.2, light[s]["p95_under_load"], f"{light[s]['ratio']:.2f}x", ha="center", va="bottom")
    ax.set_xticks(range(len(steps)), steps, rotation=20)
    ax.set_ylabel("automated seconds")
    ax.set_title("light steps: p95 under load vs one at a time (target <= 2x)")
    ax.legend()

    ax = axes[1][0]
    names = ["throughput", f"CPU bound\n({cpu['cores']} cores)", "bare engine"]
    values = [main["throughput_per_minute"], cpu["bound_per_minute"], base["throughput_per_minute"]]
    ax.bar(names, values, color=["tab:blue", "tab:green", "tab:gray"])
    ax.set_yscale("log")
    ax.set_ylabel("applications (workflows) per minute, log")
    ax.set_title(
        f"throughput = {cpu['throughput_fraction_of_bound']:.0%} of the CPU bound; cores used: "
        f"ours {cpu['ours_cores']:.2f}, others {cpu['others_cores']:.2f}, idle {cpu['idle_cores']:.2f}"
    )

    ax = axes[1][1]
    by_tree = cpu["cpu_seconds_per_application_by_tree"]
    bottom = 0.0
    for name, value in by_tree.items():
        ax.bar(["CPU-seconds per application"], [value], bottom=bottom, label=f"{name} {value:.2f}")
        bottom += value
    ax.set_ylabel("CPU-seconds (kernel accounting)")
    ax.set_title("where the CPU went under load (workers = bound's denominator)")
    ax.legend()

    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
