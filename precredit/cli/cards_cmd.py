"""`precredit card bind|unbind|sms|review|status|list`: repayment bank cards.

The commands drive CardBindingWorkflow on a running stack (its worker must host the workflow);
`list` reads the application database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from precredit.cli.main import CliError
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    card = sub.add_parser("card", help="bind and unbind repayment bank cards").add_subparsers(
        dest="card_cmd", required=True
    )
    for op in ("bind", "unbind"):
        p = card.add_parser(op, help=f"start a card {op} workflow")
        p.add_argument("--user", required=True, help="the user id (letters, digits, '_' and '.')")
        p.add_argument("--name", required=True)
        p.add_argument("--id-number", required=True)
        p.add_argument("--phone", required=True)
        if op == "bind":
            p.add_argument("--card", required=True, help="card number (spaces and dashes allowed)")
        else:
            p.add_argument("--binding-id", required=True, help="see `precredit card list`")
            p.add_argument("--high-risk", action="store_true", help="the account is flagged high-risk")
            p.add_argument("--selfie-ref", default=None, help="document-store ref of a selfie")
        p.add_argument(
            "--simulate-user", action="store_true", help="enter the SMS code from the sandbox outbox"
        )
        p.add_argument("--wait", action="store_true", help="wait for the workflow to end")
        p.add_argument("--timeout", type=float, default=300)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=lambda a, op=op: asyncio.run(_start(a, op)))
    sms = card.add_parser("sms", help="enter the SMS code of a card workflow")
    sms.add_argument("workflow_id")
    sms.add_argument("code")
    sms.set_defaults(func=lambda a: asyncio.run(_sms(a)))
    review = card.add_parser("review", help="send the manual review decision of a high-risk unbind")
    review.add_argument("workflow_id")
    review.add_argument("--reviewer", required=True)
    review.add_argument("--decision", required=True, choices=["approve", "reject"])
    review.add_argument("--reason", default="")
    review.set_defaults(func=lambda a: asyncio.run(_review(a)))
    status = card.add_parser("status", help="query a card workflow")
    status.add_argument("workflow_id")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=lambda a: asyncio.run(_status(a)))
    lst = card.add_parser("list", help="a user's cards (masked)")
    lst.add_argument("--user", required=True)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_list)


async def _client() -> Any:
    from precredit.client import connect

    settings = get_settings()
    try:
        return await connect(settings)
    except RuntimeError as exc:
        raise CliError(f"cannot reach Temporal at {settings.temporal_address}: {exc}", code=3) from exc


async def _start(args: argparse.Namespace, op: str) -> int:
    from pydantic import ValidationError
    from temporalio.service import RPCError

    from precredit.models.cards import CardBindingInput, CardBindingResult, CardExecution

    try:
        inp = CardBindingInput(
            operation=op,
            user_id=args.user,
            name=args.name,
            id_number=args.id_number,
            phone=args.phone,
            card_number=getattr(args, "card", None),
            binding_id=getattr(args, "binding_id", None),
            high_risk=getattr(args, "high_risk", False),
            selfie_ref=getattr(args, "selfie_ref", None),
            execution=CardExecution(heavy_task_queue=get_settings().execution.heavy_task_queue),
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        raise CliError(f"invalid {'.'.join(map(str, err['loc']))}: {err['msg']}") from exc
    client = await _client()
    from precredit.client import bind_card_workflow
    from precredit.models.cards import first_card_view_memo
    from precredit.security.customers import card_workflow_id

    wf_id = card_workflow_id(inp.user_id)

    await asyncio.to_thread(bind_card_workflow, client, wf_id, inp.id_number)
    try:
        handle = await client.start_workflow(
            "CardBindingWorkflow",
            inp,
            id=wf_id,
            task_queue=get_settings().task_queue,
            result_type=CardBindingResult,
            memo=first_card_view_memo(wf_id, inp.operation),
        )
    except RPCError as exc:
        raise CliError(f"Temporal refused the workflow: {exc}", code=3) from exc
    if args.simulate_user:
        await _simulate_sms(handle, inp.phone, f"card_{op}", args.timeout)
    if not args.wait:
        print(json.dumps({"workflow_id": wf_id, "status": "RUNNING"}) if args.json else f"started {wf_id}")
        return 0
    try:
        result = await asyncio.wait_for(handle.result(), args.timeout)
    except TimeoutError as exc:
        raise CliError(f"{wf_id} still running after {args.timeout:g}s", code=5) from exc
    if args.json:
        print(result.model_dump_json())
    else:
        print(f"{wf_id} {result.status.value} {result.card_masked} {' '.join(result.reason_codes)}".rstrip())
    return 0


async def _simulate_sms(handle: Any, phone: str, purpose: str, timeout: float) -> None:
    """Acts as the user in the sandbox: reads the code off the outbox once the workflow asks."""
    from precredit.client import read_view
    from precredit.integrations.messaging import SandboxOutbox
    from precredit.models.cards import CardSmsInput, CardUpdateAck, CardView

    outbox = SandboxOutbox(get_settings().sandbox_state_dir)

    async def wait_for_code() -> str | None:
        while True:
            view = await read_view(handle, CardView)
            if view.status != "RUNNING":
                return None
            if view.waiting_for == "sms_code":
                message = outbox.latest(phone, purpose)
                if message is not None and message.code:
                    return message.code
            await asyncio.sleep(0.2)

    code = await asyncio.wait_for(wait_for_code(), timeout)
    if code is not None:
        ack = await handle.execute_update(
            "submit_sms_code", CardSmsInput(code=code), result_type=CardUpdateAck
        )
        if not ack.accepted:
            raise CliError(f"SMS code refused: {ack.message}", code=1)


async def _sms(args: argparse.Namespace) -> int:
    from temporalio.client import WorkflowUpdateFailedError

    from precredit.models.cards import CardSmsInput, CardUpdateAck

    handle = (await _client()).get_workflow_handle(args.workflow_id)
    try:
        ack = await handle.execute_update(
            "submit_sms_code", CardSmsInput(code=args.code), result_type=CardUpdateAck
        )
    except WorkflowUpdateFailedError as exc:
        raise CliError(f"refused: {exc.cause or exc}") from exc
    print(f"{'accepted' if ack.accepted else 'refused'}: {ack.message}")
    return 0 if ack.accepted else 1


async def _review(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from precredit.models.cards import ReviewDecision
    from precredit.models.proofs import HumanAction
    from precredit.security.assertions import issue, keys_for
    from precredit.security.roles import Role

    settings = get_settings()
    proof = issue(
        keys=keys_for(settings), subject=args.reviewer, role=Role.OPERATOR, action=HumanAction.CARD_REVIEW,
        object_id=args.workflow_id, decision=args.decision, ttl=timedelta(seconds=settings.proof_ttl_seconds),
    )  # fmt: skip
    handle = (await _client()).get_workflow_handle(args.workflow_id)
    await handle.signal(
        "review_decision",
        ReviewDecision(reviewer_id=args.reviewer, decision=args.decision, reason=args.reason, proof=proof),
    )
    print(f"sent {args.decision} to {args.workflow_id}")
    return 0


async def _status(args: argparse.Namespace) -> int:
    from temporalio.service import RPCError

    from precredit.client import read_view
    from precredit.models.cards import CardView

    handle = (await _client()).get_workflow_handle(args.workflow_id)
    try:
        view = await read_view(handle, CardView)
    except RPCError as exc:
        raise CliError(f"no card workflow {args.workflow_id}: {exc}", code=4) from exc
    if args.json:
        print(view.model_dump_json())
    else:
        waiting = f" waiting for {view.waiting_for}" if view.waiting_for else ""
        print(
            f"{view.workflow_id} {view.operation} {view.status.value} at {view.step}{waiting} {view.card_masked}"
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    from precredit.activities.cards import list_cards
    from precredit.db.engine import get_engine

    cards = list_cards(get_engine(get_settings().database), args.user)
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in cards]))
    for c in [] if args.json else cards:
        print(f"{c.binding_id} {c.card_masked} {c.bank} {c.status}")
    return 0
