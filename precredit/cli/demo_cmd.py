"""`precredit demo`: start the stack if needed, push a mixed batch through, print what happened."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from precredit.cli.main import CliError
from precredit.config import Settings, get_settings
from precredit.models.application import Deadlines

# Simulated people answer at once; short deadlines keep the "buyer never signs" case quick. The
# contract's still leaves room for a PAdES signature at the provider and its validation on a loaded
# 2-core machine (12 s expired 3 of 20 signing buyers there).
# The appeal window gives a buyer who reads a status view up to PRECREDIT_STATUS_MAX_AGE_SECONDS
# old time to see the decline and ask (3 s missed it once on a loaded machine).
DEMO_DEADLINES = Deadlines(
    sms_code=120,
    authorisation_signature=120,
    underwriter=120,
    documents=120,
    contract_signature=45,
    contract_reminder_every=15,
    pickup=300,
    appeal_window=10,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="push a batch of sandbox applications through the embedded stack")
    p.add_argument("-n", "--count", type=int, default=20, help="applications (default 20)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--json-out", type=Path, default=None, help="also write the outcomes as JSON")
    p.add_argument("--keep-running", action="store_true", help="keep the stack up after the batch")
    p.set_defaults(func=lambda a: asyncio.run(_demo(a)))


async def _demo(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from precredit.client import PreCreditClient, connect
    from precredit.db.blobs import DocumentStore
    from precredit.demo.batch import EXPECTED, Outcome, prepare, profiles_for, run_one
    from precredit.security.masking import install_log_masking
    from precredit.stack.embedded import embedded_stack

    if args.count < 1:
        raise CliError("--count must be at least 1")
    base = get_settings()
    settings = Settings(**{**base.model_dump(), "deadlines": DEMO_DEADLINES})
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # The worker's log goes to a file so the batch's table stays readable; PII is masked there too.
    logging.basicConfig(
        filename=settings.data_dir / "demo.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_log_masking()
    console = Console(width=max(Console().width, 140))
    async with embedded_stack(settings) as info:
        if info.started_server:
            console.print(f"started the embedded stack (Temporal at {info.temporal_address})")
        client = PreCreditClient(await connect(settings), settings)
        store = DocumentStore.for_settings(settings)
        console.print(f"rendering {args.count} sandbox applications …")
        prepared = await asyncio.to_thread(
            lambda: [
                prepare(p, index=i, seed=args.seed, store=store, settings=settings)
                for i, p in enumerate(profiles_for(args.count))
            ]
        )
        sem = asyncio.Semaphore(args.concurrency)
        outcomes: list[Outcome] = []
        with Progress(
            TextColumn("[bold]applications"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar:
            task = bar.add_task("run", total=len(prepared))

            async def one(i: int, profile: str) -> None:
                request, behaviour = prepared[i]
                async with sem:
                    out = Outcome(request.application_id, profile, EXPECTED[profile])
                    outcomes.append(await run_one(client, settings, request, behaviour, out))
                bar.advance(task)

            await asyncio.gather(*(one(i, p) for i, p in enumerate(profiles_for(args.count))))
        _summary(console, outcomes, info.ui_url, info.api_url)
        if args.json_out:
            args.json_out.write_text(
                json.dumps([_as_json(o) for o in outcomes], ensure_ascii=False, indent=2)
            )
        if args.keep_running and sys.stdin.isatty():
            console.print("stack keeps running; Ctrl-C to stop")
            await asyncio.Event().wait()
    bad = [o for o in outcomes if not o.as_expected]
    return 1 if bad else 0


def _as_json(o: object) -> dict[str, object]:
    from precredit.demo.batch import Outcome

    assert isinstance(o, Outcome)
    return {
        "application_id": o.application_id,
        "profile": o.profile,
        "expected": o.expected.status,
        "status": o.result.status.value if o.result else None,
        "reason_codes": o.result.reason_codes if o.result else [],
        "automated_seconds": o.result.automated_seconds if o.result else None,
        "step_seconds": o.result.step_seconds if o.result else {},
        "wall_seconds": round(o.wall_seconds, 3),
        "as_expected": o.as_expected,
        "error": o.error,
    }


def _summary(console: object, outcomes: Sequence[object], ui_url: str | None, api_url: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    from precredit.demo.batch import Outcome

    assert isinstance(console, Console)
    rows = sorted((o for o in outcomes if isinstance(o, Outcome)), key=lambda o: o.application_id)
    table = Table(title="precredit demo batch")
    for col in ("application", "profile", "expected", "outcome", "reason codes", "auto s", "ok"):
        table.add_column(col)
    for o in rows:
        status = o.result.status.value if o.result else "ERROR"
        reasons = ", ".join(o.result.reason_codes) if o.result else o.error[:60]
        auto = f"{o.result.automated_seconds:.2f}" if o.result else "-"
        table.add_row(
            o.application_id,
            o.profile,
            o.expected.status,
            status,
            reasons,
            auto,
            "✔" if o.as_expected else "✘",
        )
    console.print(table)
    steps: dict[str, list[float]] = {}
    for o in rows:
        for step, secs in (o.result.step_seconds if o.result else {}).items():
            steps.setdefault(step, []).append(secs)
    timing = Table(title="automated seconds per step (excluding human waits)")
    for col in ("step", "n", "median", "max"):
        timing.add_column(col)
    for step, values in steps.items():
        timing.add_row(step, str(len(values)), f"{statistics.median(values):.2f}", f"{max(values):.2f}")
    console.print(timing)
    ok = sum(o.as_expected for o in rows)
    console.print(f"{ok}/{len(rows)} applications reached their expected outcome")
    if api_url:
        console.print(
            f"consoles: {api_url}/console/underwriter  {api_url}/console/dealer  (tokens in var/tokens.json)"
        )
    if ui_url:
        console.print(f"Temporal UI: {ui_url}/namespaces/default/workflows")
        console.print('  filter e.g.  PrecreditStatus="DECLINED"  or  PrecreditWaitingFor="underwriter"')
