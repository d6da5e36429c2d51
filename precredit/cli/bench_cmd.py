"""`precredit bench [--n N] [--workers 1|2] [--out DIR]`: measures the pipeline against the bare engine.

Starts its own dev server (temp data dir) and worker processes, so it never touches `var/` or a
running stack; writes `bench.json` and `bench.png` into --out and prints the summary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from precredit.cli.main import CliError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bench", help="throughput and latency percentiles against a bare-engine baseline")
    p.add_argument("--n", type=int, default=30, help="applications per run (default 30)")
    p.add_argument("--workers", type=int, choices=(1, 2), default=1, help="worker processes of the main run")
    p.add_argument(
        "--out", type=Path, default=Path("var/bench"), help="directory for bench.json and bench.png"
    )
    p.add_argument("--concurrency", type=int, default=6, help="applications in flight (default 6)")
    p.add_argument(
        "--scaling",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run with the other worker count and report the throughput ratio (default on)",
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

    if args.n < 1 or args.concurrency < 1:
        raise CliError("--n and --concurrency must be at least 1")
    opts = BenchOptions(
        n=args.n,
        workers=args.workers,
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
    main, latency = report["main"], report["latency"]
    print(f"load run      : {main['n']} x {main['workers']} worker(s), concurrency {opts.concurrency}")
    print(f"throughput    : {main['throughput_per_minute']:.1f}/min  outcomes {main['outcomes']}")
    for label, run in (("one at a time", latency), ("under load", main)):
        for name in ("decision_seconds", "automated_seconds") if run else ():
            s = run[name]
            print(f"{label:13} {name:17}: p50 {s['p50']:.2f}  p95 {s['p95']:.2f}  p99 {s['p99']:.2f}")
    if "scaling" in report:
        print(
            f"scaling       : 2 workers / 1 worker throughput = {report['scaling']['throughput_ratio_2_over_1']}"
        )
    for name, t in report["targets"].items():
        print(
            f"target {name}: {t['value']} {t['comparison']} {t['target']} -> {'met' if t['met'] else 'NOT met'}"
        )
    print(f"wrote {args.out / 'bench.json'} and {args.out / 'bench.png'}")
    return 1 if main["unexpected"] or (latency and latency["unexpected"]) else 0
