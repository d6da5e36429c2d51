"""`precredit bench [--n N] [--ocr-processes K] [--out DIR]`: measures the pipeline against the
bare engine and against the machine's CPU bound.

Starts its own dev server (temp data dir) and worker processes, so it never touches `var/` or a
running stack; writes `bench.json` and `bench.png` into --out and prints the summary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from pathlib import Path

from precredit.cli.main import CliError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help="throughput and latency percentiles against a bare-engine baseline")
    p.add_argument("--n", type=int, default=30, help="applications per run (default 30)")
    p.add_argument(
        "--ocr-processes",
        type=int,
        default=os.cpu_count() or 1,
        help="OCR worker processes of the main run, beside one main-queue worker (default: the cores)",
    )
    p.add_argument(
        "--out", type=Path, default=Path("var/bench"), help="directory for bench.json and bench.png"
    )
    p.add_argument("--concurrency", type=int, default=6, help="applications in flight (default 6)")
    p.add_argument(
        "--scaling",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run with 1 OCR process and report the throughput ratio (default on)",
    )
    p.add_argument(
        "--faults",
        choices=("latency", "default", "off"),
        default="latency",
        help="sandbox faults: configured latency without failures (default), as shipped, or none",
    )
    p.add_argument(
        "--latency-n", type=int, default=8, help="applications run one at a time for latency (default 8)"
    )
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--keep-data", action="store_true", help="keep the temporary data dir (logs, databases)")
    p.set_defaults(func=_bench)


def _bench(args: argparse.Namespace) -> int:
    from precredit.bench.plot import plot_report
    from precredit.bench.runner import BenchOptions, run_bench

    if args.n < 1 or args.concurrency < 1 or args.ocr_processes < 1:
        raise CliError("--n, --concurrency and --ocr-processes must be at least 1")
    opts = BenchOptions(
        n=args.n,
        ocr_processes=args.ocr_processes,
        scaling=args.scaling,
        concurrency=args.concurrency,
        out_dir=args.out,
        seed=args.seed,
        faults=args.faults,
        keep_data=args.keep_data,
        latency_n=args.latency_n,
    )
    report = asyncio.run(run_bench(opts))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    plot_report(report, args.out / "bench.png")
    main, latency, cpu = report["main"], report["latency"], report["cpu"]
    print(
        f"load run      : {main['n']} applications, concurrency {opts.concurrency}, 1 main worker + "
        f"{main['ocr_processes']} OCR process(es)"
    )
    print(f"throughput    : {main['throughput_per_minute']:.1f}/min  outcomes {main['outcomes']}")
    print(
        f"CPU           : {cpu['cpu_seconds_per_application']:.2f} CPU-s per application (workers) -> "
        f"bound {cpu['bound_per_minute']:.1f}/min on {cpu['cores']} cores; throughput = "
        f"{cpu['throughput_fraction_of_bound']:.0%} of it (cores used: ours {cpu['ours_cores']:.2f}, "
        f"others {cpu['others_cores']:.2f}, idle {cpu['idle_cores']:.2f})"
    )
    for label, run in (("one at a time", latency), ("under load", main)):
        for name in ("decision_seconds", "automated_seconds") if run else ():
            s = run[name]
            print(f"{label:13} {name:17}: p50 {s['p50']:.2f}  p95 {s['p95']:.2f}  p99 {s['p99']:.2f}")
    for step, v in report["light_steps"].items():
        print(
            f"light step    {step:17}: p95 {v['p95_one_at_a_time']:.2f} alone, "
            f"{v['p95_under_load']:.2f} under load ({v['ratio']:.2f}x)"
        )
    for name, value in report.get("scaling", {}).items():
        if name.startswith("throughput_ratio"):
            print(f"scaling       : {name} = {value}")
    for name, t in report["targets"].items():
        print(
            f"target {name}: {t['value']} {t['comparison']} {t['target']} -> {'met' if t['met'] else 'NOT met'}"
        )
    print(f"wrote {args.out / 'bench.json'} and {args.out / 'bench.png'}")
    return 1 if main["unexpected"] or (latency and latency["unexpected"]) else 0
