"""`precredit funding reconcile|channels`: the disbursement ledger and the bank channels.

Reconciliation reads the application database and the channels' statements directly; the card
commands are in `cards_cmd`.
"""

from __future__ import annotations

import argparse
import json

from precredit.cli.main import CliError
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    funding = sub.add_parser("funding", help="disbursement ledger and bank channels").add_subparsers(
        dest="funding_cmd", required=True
    )
    rec = funding.add_parser(
        "reconcile", help="ledger vs every channel's statement; exit 1 on any difference"
    )
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(func=_reconcile)
    chans = funding.add_parser("channels", help="the configured bank channels and their rules")
    chans.add_argument("--json", action="store_true")
    chans.set_defaults(func=_channels)


def _reconcile(args: argparse.Namespace) -> int:
    from precredit.db.engine import get_engine
    from precredit.funding.reconcile import reconcile_ledger
    from precredit.integrations.providers import load_provider

    settings = get_settings()
    channels = load_provider(settings, "banks")  # the configured channels, sandbox or not
    report = reconcile_ledger(engine=get_engine(settings.database), channels=channels)
    if args.json:
        print(report.model_dump_json())
    else:
        print(
            f"ledger {report.ledger_rows} rows ({report.confirmed} confirmed), "
            f"statements {report.statement_rows} rows, {len(report.issues)} differences"
        )
        for issue in report.issues:
            print(
                f"  {issue.kind} {issue.idempotency_key} {','.join(issue.channels)} {issue.detail}".rstrip()
            )
    if not report.ok:
        kinds = sorted({i.kind for i in report.issues})
        raise CliError(f"reconciliation found {len(report.issues)} differences ({', '.join(kinds)})", code=1)
    return 0


def _channels(args: argparse.Namespace) -> int:
    from precredit.funding.config import load_channels

    channels = load_channels(get_settings().sandbox_dir)
    if args.json:
        print(json.dumps([c.model_dump(mode="json", exclude={"faults"}) for c in channels]))
        return 0
    for c in channels:
        print(
            f"{c.name:16} per-txn {c.per_txn_limit:>12} daily {c.daily_limit:>14} "
            f"hours {c.open_hour:g}-{c.cutoff_hour:g} {c.timezone} fee {c.fee_fixed}+{c.fee_rate}"
            f"{'' if c.enabled else ' (disabled)'}"
        )
    return 0
