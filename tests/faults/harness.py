"""A small batch driven through a process stack that the tests break on purpose, and the checks
that every application reached its expected outcome with every side effect exactly once."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select
from temporalio.api.enums.v1 import PendingActivityState

from precredit.bench.processes import ProcessStack, WorkerProcess, wait_for_ocr_pollers, wait_for_pollers
from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine, init_db
from precredit.db.tables import LedgerRow, PickupCodeRow
from precredit.demo.actors import Behaviour, Simulator, Trace
from precredit.demo.batch import EXPECTED, Outcome, prepare
from precredit.integrations.banks import sandbox_channels
from precredit.integrations.messaging import SandboxOutbox
from precredit.models.application import ApplicationRequest, Deadlines, ExecutionOptions
from precredit.models.decisions import Status
from precredit.security.keys import load_keyring

FAULT_DEADLINES = Deadlines(
    sms_code=90, authorisation_signature=60, underwriter=90, documents=90,
    contract_signature=45, contract_reminder_every=15, pickup=300, appeal_window=3,
)  # fmt: skip
# A killed worker's activities are noticed when their start-to-close timeout passes, a killed OCR
# process's when it stops heartbeating; short ones keep each fault test within a couple of minutes,
# generous enough for OCR on a busy machine (the OCR processes heartbeat every 2 s).
FAULT_EXECUTION = ExecutionOptions(
    activity_timeout=15, ocr_timeout=90, heavy_heartbeat_timeout=15, max_attempts=12, max_retry_interval=2
)
BATCH = ("good", "blacklisted", "late_documents", "grey_zone", "never_signs", "good")


@dataclass
class Prepared:
    request: ApplicationRequest
    behaviour: Behaviour
    outcome: Outcome


def fault_settings(stack: ProcessStack) -> Settings:
    return Settings(
        data_dir=stack.data_dir,
        temporal_address=stack.address,
        deadlines=FAULT_DEADLINES,
        execution=FAULT_EXECUTION,
    )


async def start_stack(data_dir: Path, *, faults: str | None = None) -> tuple[ProcessStack, Settings]:
    env = {"PRECREDIT_DEADLINES": FAULT_DEADLINES.model_dump_json()}
    if faults is not None:
        env["PRECREDIT_SANDBOX_FAULTS"] = faults
    stack = ProcessStack(data_dir, extra_env=env)
    settings = fault_settings(stack)
    load_keyring(settings)
    init_db(get_engine(settings.database))
    await asyncio.to_thread(stack.start_server)
    return stack, settings


async def start_worker(stack: ProcessStack, settings: Settings, client: PreCreditClient) -> int:
    pid = stack.start_worker().pid
    await wait_for_pollers(client.client, settings.task_queue, [pid])
    return pid


async def start_split_workers(
    stack: ProcessStack, settings: Settings, client: PreCreditClient, *, ocr_processes: int
) -> tuple[WorkerProcess, WorkerProcess]:
    """The production topology: a main-queue worker and an OCR worker with its own processes."""
    main = stack.start_main_worker()
    await wait_for_pollers(client.client, settings.task_queue, [main.pid])
    ocr = stack.start_ocr_worker(ocr_processes)
    await wait_for_ocr_pollers(client.client, settings.heavy_task_queue, ocr.pid, ocr_processes)
    return main, ocr


async def heavy_activity_in_flight(
    client: PreCreditClient, batch: list[Prepared], *, names: set[str], timeout: float
) -> tuple[str, str, int] | None:
    """(application id, activity type, worker pid) of a heavy activity some OCR process is running
    and that has sent a heartbeat."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in batch:
            try:
                desc = await client.handle(p.request.application_id).describe()
            except Exception:
                continue
            for act in desc.raw_description.pending_activities:
                pid = act.last_worker_identity.split("@")[0]
                if (
                    act.activity_type.name in names
                    and act.state == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
                    and act.HasField("last_heartbeat_time")
                    and pid.isdigit()
                ):
                    return p.request.application_id, act.activity_type.name, int(pid)
        await asyncio.sleep(0.2)
    return None


def prepare_batch(settings: Settings, *, seed: int, profiles: tuple[str, ...] = BATCH) -> list[Prepared]:
    store = DocumentStore(settings.documents_dir, keyring=load_keyring(settings))
    out = []
    for i, profile in enumerate(profiles):
        request, behaviour = prepare(profile, index=i, seed=seed, store=store, settings=settings)
        out.append(Prepared(request, behaviour, Outcome(request.application_id, profile, EXPECTED[profile])))
    return out


async def drive_resiliently(
    client: PreCreditClient, settings: Settings, p: Prepared, *, timeout: float
) -> None:
    """Acts as the people and waits for the result, riding out a dead worker or server: any RPC
    failure is retried after a pause (a frontend would do the same), until `timeout`."""
    deadline = time.monotonic() + timeout
    req = p.request
    while True:
        try:
            await client.start(req)
            break
        except Exception as exc:
            if "already" in str(exc).lower() or time.monotonic() > deadline:
                if time.monotonic() > deadline:
                    p.outcome.error = f"start: {exc}"
                    return
                break
            await asyncio.sleep(1)

    async def act() -> None:
        # One timeline across retries: a report of an application that ended wrong shows when the
        # people saw each wait, when they acted and what failed in between (a fresh-clone run on
        # 2026-12-02 had a buyer sign 65 s into a 60 s window, with nothing to say why).
        sim, trace = Simulator(client, settings), Trace()
        p.outcome.log = trace.log
        while time.monotonic() < deadline:
            try:
                await sim.drive(
                    req.application_id, req.applicant.phone, req.vehicle.dealer_id, p.behaviour, trace
                )
                return
            except Exception as exc:
                trace.note(f"the people's simulator failed: {type(exc).__name__}: {exc}")
                await asyncio.sleep(1)

    actor = asyncio.create_task(act())
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                p.outcome.error = f"timed out after {timeout:.0f} s (last error: {p.outcome.error or 'none'})"
                return
            try:
                p.outcome.result = await asyncio.wait_for(
                    client.result(req.application_id), timeout=remaining
                )
                return
            except TimeoutError:
                p.outcome.error = f"timed out after {timeout:.0f} s (last error: {p.outcome.error or 'none'})"
                return
            except Exception as exc:
                p.outcome.error = f"{type(exc).__name__}: {exc}"
                await asyncio.sleep(1)
    finally:
        actor.cancel()


async def run_batch(
    client: PreCreditClient, settings: Settings, batch: list[Prepared], *, timeout: float = 240
) -> None:
    await asyncio.gather(*(drive_resiliently(client, settings, p, timeout=timeout) for p in batch))


async def wait_until_busy(
    client: PreCreditClient, batch: list[Prepared], *, steps: set[str], timeout: float
) -> str:
    """Until some application is in one of `steps` (so a fault hits work in flight)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in batch:
            try:
                view = await client.status(
                    p.request.application_id, max_age=client.settings.status_max_age_seconds
                )
            except Exception:
                continue
            if view.status == Status.RUNNING and view.step.value in steps:
                return f"{p.request.application_id}@{view.step.value}"
        await asyncio.sleep(0.3)
    return "timeout"


def assert_outcomes(batch: list[Prepared]) -> None:
    missed = [
        (p.outcome.profile, p.outcome.result.status.value if p.outcome.result else p.outcome.error,
         p.outcome.result.reason_codes if p.outcome.result else [], p.outcome.log)
        for p in batch if not p.outcome.as_expected
    ]  # fmt: skip
    assert not missed, missed


def assert_side_effects_once(settings: Settings, batch: list[Prepared]) -> None:
    """SMS, signing tasks, bank payments, ledger rows and pickup codes: never twice."""
    outbox = SandboxOutbox(settings.sandbox_state_dir)
    statements = [t for ch in sandbox_channels(settings) for t in ch.statement()]
    engine = get_engine(settings.database)
    with Session(engine) as db:
        ledger = {r.application_id: r for r in db.exec(select(LedgerRow)).all()}
        codes = Counter(r.application_id for r in db.exec(select(PickupCodeRow)).all())
    problems: list[str] = []
    by_phone = Counter(p.request.applicant.phone for p in batch)
    for p in batch:
        app, result = p.request.application_id, p.outcome.result
        if result is None:
            # Never reached an outcome (timed out, or the driver gave up): said with its reason.
            problems.append(f"{app}: no outcome ({p.outcome.error or 'no error recorded'})")
            continue
        completed = result.status == Status.COMPLETED
        if by_phone[p.request.applicant.phone] == 1:
            sms = Counter(m.purpose for m in outbox.messages(p.request.applicant.phone))
            if sms["credit_authorisation"] > 1:
                problems.append(f"{app}: {sms['credit_authorisation']} SMS codes")
            if sms["pickup_code"] != (1 if completed else 0):
                problems.append(f"{app}: {sms['pickup_code']} pickup SMS")
        tasks = Counter(t.document_kind for t in outbox.tasks_for(app))
        if any(n > 1 for n in tasks.values()):
            problems.append(f"{app}: signing tasks {dict(tasks)}")
        paid = [t for t in statements if t.idempotency_key == f"disburse-{app}" and t.settled]
        if len(paid) != (1 if completed else 0):
            problems.append(f"{app}: {len(paid)} settled payments ({result.status.value})")
        row = ledger.get(app)
        if completed and (row is None or row.status != "CONFIRMED"):
            problems.append(f"{app}: ledger {row.status if row else 'missing'}")
        if codes[app] != (1 if completed else 0):
            problems.append(f"{app}: {codes[app]} pickup codes")
    assert not problems, problems


Fault = Callable[[ProcessStack, Settings, PreCreditClient], Awaitable[None]]


async def batch_survives(data_dir: Path, *, seed: int, fault: Fault) -> None:
    """Runs a batch, strikes `fault` once an application is in documents/contract, and checks that
    every application still reaches its outcome with no side effect twice."""
    from precredit.client import connect

    stack, settings = await start_stack(data_dir)
    try:
        client = PreCreditClient(await connect(settings), settings)
        await start_worker(stack, settings, client)
        batch = prepare_batch(settings, seed=seed)
        runner = asyncio.create_task(run_batch(client, settings, batch))
        hit = await wait_until_busy(client, batch, steps={"documents", "contract"}, timeout=120)
        await fault(stack, settings, client)
        await asyncio.wait_for(runner, timeout=300)
        assert hit != "timeout"
        assert_side_effects_once(settings, batch)
        assert_outcomes(batch)
    finally:
        await asyncio.to_thread(stack.close)
