"""`precredit apply APPLICATION.json [--simulate-buyer] [--wait] [--json]` against a running stack."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any

from precredit.cli.main import CliError
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("apply", help="submit one application (documents as file paths) to a running stack")
    p.add_argument("application", type=Path, help="APPLICATION.json (see README for the schema)")
    p.add_argument(
        "--simulate-buyer", action="store_true", help="act as the buyer (and dealer) in the sandbox"
    )
    p.add_argument("--wait", action="store_true", help="wait for the application to end")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--timeout", type=float, default=600, help="seconds to wait with --wait")
    p.set_defaults(func=lambda a: asyncio.run(_apply(a)))


def result_json(result: Any, workflow_id: str, timings: dict[str, float]) -> dict[str, Any]:
    return {
        "application_id": result.application_id,
        "workflow_id": workflow_id,
        "status": result.status.value,
        "reason_codes": result.reason_codes,
        "steps": [
            {
                "step": d.step.value,
                "verdict": d.verdict,
                "reason_codes": d.reason_codes,
                "decided_by": d.decided_by,
            }
            for d in result.decisions
        ],
        "pickup_code": result.pickup_code_masked,
        "timings": timings,
    }


async def _apply(args: argparse.Namespace) -> int:
    from temporalio.exceptions import WorkflowAlreadyStartedError
    from temporalio.service import RPCError

    from precredit.application_file import ApplicationFileError, load_application
    from precredit.client import PreCreditClient, connect, workflow_id
    from precredit.db.blobs import DocumentStore
    from precredit.demo.actors import Behaviour, Simulator

    settings = get_settings()
    try:
        request = load_application(args.application, DocumentStore.for_settings(settings))
    except ApplicationFileError as exc:
        raise CliError(f"invalid application: {exc}") from exc
    try:
        client = PreCreditClient(await connect(settings), settings)
    except RuntimeError as exc:
        raise CliError(f"cannot reach Temporal at {settings.temporal_address}: {exc}", code=3) from exc
    started = time.monotonic()
    retry = False
    try:
        await client.start(request)
    except WorkflowAlreadyStartedError as exc:
        # An exact retry (the first answer was lost) follows the application it started; the same id
        # with other content is a different application and is refused.
        if await client.submitted_request(request.application_id) != client.with_verified_customer(request):
            raise CliError(
                f"application {request.application_id} was already submitted with different content",
                code=4,
            ) from exc
        retry = True
    except RPCError as exc:
        raise CliError(f"Temporal refused the application: {exc}", code=3) from exc
    wf_id = workflow_id(request.application_id)
    if not args.wait:
        status = (await client.status(request.application_id)).status.value if retry else "RUNNING"
        brief: dict[str, object] = {
            "application_id": request.application_id,
            "workflow_id": wf_id,
            "status": status,
        }
        if retry:
            brief["already_submitted"] = True
        print(json.dumps(brief) if args.json else f"{'already submitted' if retry else 'started'} {wf_id}")
        return 0
    sim = None
    if args.simulate_buyer:
        simulator = Simulator(client, settings)
        sim = asyncio.create_task(
            simulator.drive(
                request.application_id, request.applicant.phone, request.vehicle.dealer_id, Behaviour()
            )
        )
    try:
        result = await asyncio.wait_for(client.result(request.application_id), timeout=args.timeout)
    except TimeoutError as exc:
        raise CliError(
            f"application {request.application_id} still running after {args.timeout:.0f}s", 5
        ) from exc
    finally:
        if sim is not None:
            sim.cancel()
    timings = {
        "wall_seconds": round(time.monotonic() - started, 3),
        "automated_seconds": result.automated_seconds,
    }
    timings.update({f"{k}_seconds": v for k, v in result.step_seconds.items()})
    out = result_json(result, wf_id, timings)
    if retry:
        out["already_submitted"] = True
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{wf_id}: {out['status']} {' '.join(out['reason_codes'])}")
    return 0
