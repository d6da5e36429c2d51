"""`precredit models train | report | bench`: retrain the risk models, show their cards, time them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from precredit.cli.main import CliError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    models = sub.add_parser("models", help="train, report on and benchmark the risk models")
    cmds = models.add_subparsers(dest="models_command", required=True)

    t = cmds.add_parser("train", help="retrain reproducibly (fixed seeds, stratified 30%% hold-out)")
    t.add_argument("--model", choices=["credit", "fraud", "approval"], action="append", help="default: all")
    t.add_argument(
        "--out", type=Path, default=Path("artifacts/models"), help="where the ROC/calibration PNGs go"
    )
    t.add_argument(
        "--artifacts", type=Path, default=None, help="where .cbm/.json go (default: the shipped ones)"
    )
    t.add_argument("--threads", type=int, default=2)
    t.set_defaults(func=_train)

    r = cmds.add_parser("report", help="print each model's card (version, data hash, AUC/KS/Gini, bands)")
    r.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    r.add_argument("--examples", action="store_true", help="add the example-score table")
    r.set_defaults(func=_report)

    b = cmds.add_parser("bench", help="p50/p99 latency of scoring with explanations")
    b.add_argument("--n", type=int, default=1000, help="applications per model")
    b.add_argument("--out", type=Path, default=None, help="also write the results as JSON")
    b.set_defaults(func=_bench)


def _train(args: argparse.Namespace) -> int:
    from precredit.risk import registry, training

    names = args.model or ["credit", "fraud", "approval"]
    target = args.artifacts or training.ARTIFACTS
    for name in names:
        card = training.train(name, artifacts_dir=target, plot_dir=args.out, threads=args.threads)
        h = card["holdout"]
        print(
            f"{name:9s} {card['model_version']}  AUC {h['auc']:.4f}  KS {h['ks']:.4f}  Gini {h['gini']:.4f}"
        )
        _print_repeated(card)
    print(f"models in {target}, plots in {args.out}")
    registry.reload()
    return 0


def _print_repeated(card: dict[str, Any]) -> None:
    r = card.get("holdout_repeated")
    if r:
        print(f"{'':9s} same recipe on {r['splits']} other 70/30 splits: AUC {r['auc_mean']:.4f} ± {r['auc_sd']:.4f} "
              f"(min {r['auc_min']:.4f}, max {r['auc_max']:.4f})")  # fmt: skip


def _report(args: argparse.Namespace) -> int:
    from precredit.risk import models_report

    try:
        cards: dict[str, object] = dict(models_report())
    except FileNotFoundError as exc:
        raise CliError(f"model files missing ({exc.filename}); run `precredit models train`") from exc
    if args.examples:
        from precredit.risk.bench import examples

        cards["examples"] = examples()
    if args.json:
        print(json.dumps(cards, indent=2, ensure_ascii=False))
        return 0
    for name, card in cards.items():
        if name == "examples":
            continue
        assert isinstance(card, dict)
        h = card["holdout"]
        print(f"{name:9s} {card['model_version']}  AUC {h['auc']:.4f}  KS {h['ks']:.4f}  Gini {h['gini']:.4f}  "
              f"thresholds {card['thresholds']}")  # fmt: skip
        _print_repeated(card)
    for row in cards.get("examples", []):  # type: ignore[attr-defined]  # the model cards are JSON objects
        print(
            f"  {row['model']:8s} {row['case']:45s} p={row['probability']:.3f} points={row['points']} {row['verdict']}"
        )
    return 0


def _bench(args: argparse.Namespace) -> int:
    from precredit.risk import bench

    if args.n < 10:
        raise CliError("--n must be at least 10")
    result = bench.run(args.n)
    for name, m in result["models"].items():
        print(f"{name:9s} p50 {m['p50_ms']:.2f} ms  p99 {m['p99_ms']:.2f} ms  max {m['max_ms']:.2f} ms")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0
