"""`precredit underwriter queue|show|decide` and `precredit pickup redeem`: people's actions from a shell."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypedDict

from precredit.cli.main import CliError
from precredit.config import get_settings

if TYPE_CHECKING:
    from precredit.client import PreCreditClient

QUEUE_QUERY = (
    'WorkflowType="PreCreditWorkflow" AND ExecutionStatus="Running" AND PrecreditWaitingFor="underwriter"'
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    uw = sub.add_parser(
        "underwriter", help="the review queue and decisions (sent as the underwriter_decision signal)"
    )
    uw_sub = uw.add_subparsers(dest="uw_command", required=True)
    queue = uw_sub.add_parser("queue", help="applications waiting for an underwriter, oldest first")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=lambda a: asyncio.run(_queue(a)))
    show = uw_sub.add_parser("show", help="an application's decisions, scores and explanations")
    show.add_argument("application_id")
    show.set_defaults(func=lambda a: asyncio.run(_show(a)))
    decide = uw_sub.add_parser("decide", help="approve or reject a pending review")
    decide.add_argument("application_id")
    decide.add_argument("decision", choices=("approve", "reject"))
    decide.add_argument("--underwriter", required=True, help="your underwriter id")
    decide.add_argument("--reason", required=True)
    decide.set_defaults(func=lambda a: asyncio.run(_decide(a)))

    pickup = sub.add_parser("pickup", help="dealer actions")
    pickup_sub = pickup.add_subparsers(dest="pickup_command", required=True)
    redeem = pickup_sub.add_parser("redeem", help="redeem a pickup code at the dealership")
    redeem.add_argument("--dealer", required=True)
    redeem.add_argument("--code", required=True)
    redeem.set_defaults(func=lambda a: asyncio.run(_redeem(a)))


async def _client() -> PreCreditClient:
    from precredit.client import PreCreditClient, connect

    settings = get_settings()
    try:
        return PreCreditClient(await connect(settings), settings)
    except RuntimeError as exc:
        raise CliError(f"cannot reach Temporal at {settings.temporal_address}: {exc}", code=3) from exc


class QueueRow(TypedDict):
    """One line of `precredit underwriter queue` (and one object of its --json list)."""

    application_id: str
    step: str
    reason_codes: list[str]
    risk_band: str
    waiting_seconds: int


async def _queue(args: argparse.Namespace) -> int:
    client = await _client()
    now = datetime.now(UTC)
    rows: list[QueueRow] = []
    async for wf in client.client.list_workflows(QUEUE_QUERY):
        app_id = wf.id.removeprefix("precredit-")
        view = await client.status(app_id)
        since = view.waiting_for.since if view.waiting_for else now
        pending = view.decisions[-1] if view.decisions else None
        rows.append(
            QueueRow(
                application_id=app_id,
                step=view.step.value,
                reason_codes=pending.reason_codes if pending else [],
                risk_band=view.risk_band,
                waiting_seconds=round((now - since).total_seconds()),
            )
        )
    rows.sort(key=lambda r: -r["waiting_seconds"])
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(
                f"{r['application_id']}  {r['step']:<12} {','.join(r['reason_codes']):<30} waiting {r['waiting_seconds']}s"
            )
    return 0


async def _show(args: argparse.Namespace) -> int:
    from temporalio.service import RPCError

    client = await _client()
    try:
        view = await client.status(args.application_id)
    except RPCError as exc:
        raise CliError(f"no application {args.application_id}: {exc.message}", code=4) from exc
    print(view.model_dump_json(indent=2, exclude={"signing_documents"}))
    return 0


async def _decide(args: argparse.Namespace) -> int:
    from temporalio.service import RPCError

    from precredit.models.messages import UnderwriterDecision
    from precredit.models.proofs import HumanAction
    from precredit.security.roles import Role

    client = await _client()
    try:
        view = await client.status(args.application_id)
    except RPCError as exc:
        raise CliError(f"no application {args.application_id}: {exc.message}", code=4) from exc
    if view.waiting_for is None or view.waiting_for.what != "underwriter":
        raise CliError(f"application {args.application_id} is not waiting for an underwriter", code=4)
    proof = client.proof(
        subject=args.underwriter, role=Role.UNDERWRITER, action=HumanAction.UNDERWRITER_DECISION,
        object_id=args.application_id, decision=args.decision,
    )  # fmt: skip
    decision = UnderwriterDecision(
        underwriter_id=args.underwriter, decision=args.decision, reason=args.reason, proof=proof
    )
    await client.underwriter_decision(args.application_id, decision)
    print(f"{args.decision} sent for {args.application_id}")
    return 0


async def _redeem(args: argparse.Namespace) -> int:
    from sqlmodel import Session, select

    from precredit.db.engine import get_engine
    from precredit.db.tables import PickupCodeRow
    from precredit.models.messages import PickupRedemption
    from precredit.models.proofs import HumanAction
    from precredit.security.codes import hash_code, normalise_pickup_code
    from precredit.security.keys import load_keyring
    from precredit.security.roles import Role

    settings = get_settings()
    canonical = normalise_pickup_code(args.code)
    if canonical is None:
        raise CliError("malformed pickup code (the check symbol does not match)", code=2)
    code_hash = hash_code(canonical, purpose="pickup", keyring=load_keyring(settings))
    with Session(get_engine(settings.database)) as session:
        row = session.exec(select(PickupCodeRow).where(PickupCodeRow.code_hash == code_hash)).first()
    if row is None or row.dealer_id != args.dealer:
        raise CliError("unknown pickup code for this dealership", code=4)
    client = await _client()
    proof = client.proof(
        subject=args.dealer, role=Role.DEALER, action=HumanAction.PICKUP_REDEEM, object_id=row.application_id
    )
    ack = await client.redeem_pickup(
        row.application_id, PickupRedemption(dealer_id=args.dealer, code=canonical, proof=proof)
    )
    if not ack.accepted:
        raise CliError(f"pickup refused: {ack.message}", code=5)
    print(f"car released for application {row.application_id}")
    return 0
