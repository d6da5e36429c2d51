"""Drives sandbox applications and the bare baseline through a process stack and measures them.

Phases, all against one dev server: per OCR process count, start one main-queue worker
(`precredit worker --queues main`) and one OCR worker with that many processes, warm them up (OCR and models load on first use; warm-up applications are not
measured), then push N applications with simulated people who answer at once (they poll the
`status` query every 0.1 s). In the first phase a latency run also pushes a few applications one
at a time, and the bare baseline runs `BenchNoopWorkflow`s with as many no-op activities as a
completed application ran, both one at a time and at the batch's concurrency, on its own queue.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from temporalio.client import Client

from precredit.bench.cpu import CpuMeter
from precredit.bench.noop import NOOP_TASK_QUEUE, NoopInput
from precredit.bench.processes import ProcessStack, wait_for_ocr_pollers, wait_for_pollers
from precredit.bench.stats import (
    HANDLER_ACTIVITIES,
    EngineCost,
    activity_intervals,
    engine_cost,
    summary,
    union_seconds,
)
from precredit.config import Settings
from precredit.models.application import Deadlines

DECISION_STEPS = ("identity", "anti_fraud", "authorisation", "approval")
# Good applicants run all seven steps; one in five uploads the loan documents late.
BENCH_MIX = ("good", "good", "good", "good", "late_documents")
BENCH_DEADLINES = Deadlines(
    sms_code=120, authorisation_signature=60, underwriter=120, documents=120,
    contract_signature=60, contract_reminder_every=30, pickup=600, appeal_window=10,
)  # fmt: skip
# Steps with no OCR or face match in them: they must not wait behind other applications' OCR.
LIGHT_STEPS = ("anti_fraud", "authorisation", "approval", "contract", "pickup")
TARGETS = {
    "decision_p95_seconds": 2.0,
    "orchestration_overhead_ratio": 1.25,
    "scaling_ratio": 1.4,
    "light_step_p95_load_over_alone": 2.0,
    "throughput_fraction_of_cpu_bound": 0.8,
}


@dataclass(frozen=True)
class BenchOptions:
    n: int = 30
    ocr_processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    scaling: bool = True
    concurrency: int = 6
    out_dir: Path = Path("var/bench")
    seed: int = 11
    faults: str = "latency"  # latency | default | off
    poll_seconds: float = 0.1
    app_timeout: float = 600
    keep_data: bool = False
    latency_n: int = 8


@dataclass
class AppRecord:
    application_id: str
    profile: str
    status: str = "ERROR"
    as_expected: bool = False
    reason_codes: list[str] = field(default_factory=list)
    decision_seconds: float | None = None
    automated_seconds: float | None = None
    step_seconds: dict[str, float] = field(default_factory=dict)
    wall_seconds: float = 0.0
    engine: EngineCost | None = None
    orchestration_seconds: float | None = None
    error: str = ""


def fault_override(sandbox_dir: Path, mode: str) -> str | None:
    """The PRECREDIT_SANDBOX_FAULTS value for a mode.

    `latency` keeps the sandbox's configured third-party latencies and removes injected failures,
    so retries' backoff does not masquerade as processing time; `default` leaves the configuration
    as shipped (2-3 % failures); `off` removes latency too.
    """
    from precredit.integrations.base import load_config

    if mode == "off":
        return "off"
    if mode == "default":
        return None
    if mode != "latency":
        raise ValueError(f"unknown faults mode {mode!r}")
    faults = load_config(sandbox_dir).get("faults", {})
    zero = {"failure_rate": 0.0, "bad_data_rate": 0.0}
    return json.dumps({"default": zero, "providers": {name: zero for name in faults.get("providers", {})}})


def bench_settings(data_dir: Path, address: str) -> Settings:
    return Settings(data_dir=data_dir, temporal_address=address, deadlines=BENCH_DEADLINES)


async def _drive(
    client: Any, settings: Settings, request: Any, behaviour: Any, rec: AppRecord, opts: BenchOptions
) -> None:
    from precredit.demo.actors import Simulator
    from precredit.demo.batch import EXPECTED

    started = time.monotonic()
    try:
        await client.start(request)
        sim = Simulator(client, settings, poll=opts.poll_seconds)
        driver = asyncio.create_task(
            sim.drive(request.application_id, request.applicant.phone, request.vehicle.dealer_id, behaviour)
        )
        try:
            result = await asyncio.wait_for(client.result(request.application_id), timeout=opts.app_timeout)
        finally:
            driver.cancel()
        rec.wall_seconds = time.monotonic() - started
        rec.status = result.status.value
        rec.reason_codes = list(result.reason_codes)
        rec.step_seconds = dict(result.step_seconds)
        rec.automated_seconds = result.automated_seconds
        if result.offer is not None and all(s in result.step_seconds for s in DECISION_STEPS):
            rec.decision_seconds = round(sum(result.step_seconds[s] for s in DECISION_STEPS), 3)
        want = EXPECTED[rec.profile]
        rec.as_expected = rec.status == want.status and (
            not want.reasons or bool(set(want.reasons) & set(rec.reason_codes))
        )
        history = await client.handle(request.application_id).fetch_history()
        rec.engine = engine_cost(history.events)
        # Orchestration = automated time not spent inside an activity: the steps' windows (from
        # the status query's timestamps) minus the union of activity run times within them.
        view = await client.status(request.application_id)
        ts = {k: v.timestamp() for k, v in view.timestamps.items()}
        windows = [
            (ts[f"{s}_started"], ts[f"{s}_finished"])
            for s in rec.step_seconds
            if f"{s}_started" in ts and f"{s}_finished" in ts
        ]
        busy = union_seconds(activity_intervals(history.events, exclude=HANDLER_ACTIVITIES), within=windows)
        rec.orchestration_seconds = round(max(0.0, result.automated_seconds - busy), 4)
    except Exception as exc:  # a benchmark reports failures instead of stopping at the first
        rec.wall_seconds = time.monotonic() - started
        rec.error = f"{type(exc).__name__}: {exc}"


async def run_applications(
    client: Any, settings: Settings, *, n: int, seed: int, opts: BenchOptions
) -> tuple[list[AppRecord], float]:
    """Renders n applications (not timed), then pushes them through; returns records and wall time."""
    from precredit.db.blobs import DocumentStore
    from precredit.demo.batch import prepare

    store = DocumentStore.for_settings(settings)
    profiles = [BENCH_MIX[i % len(BENCH_MIX)] for i in range(n)]
    prepared = await asyncio.to_thread(
        lambda: [
            prepare(p, index=i, seed=seed, store=store, settings=settings) for i, p in enumerate(profiles)
        ]
    )
    records = [AppRecord(req.application_id, p) for (req, _), p in zip(prepared, profiles, strict=True)]
    sem = asyncio.Semaphore(opts.concurrency)

    async def one(i: int) -> None:
        request, behaviour = prepared[i]
        async with sem:
            await _drive(client, settings, request, behaviour, records[i], opts)

    started = time.monotonic()
    await asyncio.gather(*(one(i) for i in range(n)))
    return records, time.monotonic() - started


async def run_baseline(
    address: str, *, n: int, activities: int, concurrency: int
) -> tuple[list[float], list[float], list[EngineCost], float]:
    bare = await Client.connect(address)
    sem = asyncio.Semaphore(concurrency)
    durations: list[float] = []
    orchestration: list[float] = []
    costs: list[EngineCost] = []

    async def one() -> None:
        async with sem:
            handle = await bare.start_workflow(
                "BenchNoopWorkflow", NoopInput(activities), id=f"bench-noop-{uuid.uuid4().hex[:12]}",
                task_queue=NOOP_TASK_QUEUE,
            )  # fmt: skip
            await handle.result()
            desc = await handle.describe()
            assert desc.close_time is not None
            duration = (desc.close_time - desc.start_time).total_seconds()
            events = list((await handle.fetch_history()).events)
            durations.append(duration)
            orchestration.append(duration - union_seconds(activity_intervals(events)))
            costs.append(engine_cost(events))

    started = time.monotonic()
    await asyncio.gather(*(one() for _ in range(n)))
    return durations, orchestration, costs, time.monotonic() - started


def _run_report(ocr_processes: int, records: list[AppRecord], wall: float) -> dict[str, Any]:
    done = [r for r in records if r.automated_seconds is not None]
    steps: dict[str, list[float]] = {}
    for r in done:
        for step, secs in r.step_seconds.items():
            steps.setdefault(step, []).append(secs)
    engines = [r.engine for r in done if r.engine is not None]
    return {
        "ocr_processes": ocr_processes,
        "n": len(records),
        "wall_seconds": round(wall, 3),
        "throughput_per_minute": round(len(done) / wall * 60, 3) if wall > 0 else 0.0,
        "outcomes": dict(Counter(r.status for r in records)),
        "unexpected": [
            {
                "application_id": r.application_id,
                "profile": r.profile,
                "status": r.status,
                "reason_codes": r.reason_codes,
                "error": r.error,
            }
            for r in records
            if not r.as_expected
        ],
        "decision_seconds": summary([r.decision_seconds for r in done if r.decision_seconds is not None]),
        "automated_seconds": summary([r.automated_seconds for r in done if r.automated_seconds is not None]),
        "wall_seconds_per_application": summary([r.wall_seconds for r in done]),
        "orchestration_seconds": summary(
            [r.orchestration_seconds for r in done if r.orchestration_seconds is not None]
        ),
        "steps": {step: summary(values) for step, values in steps.items()},
        "engine": {
            "per_activity_seconds": summary([e.per_activity for e in engines]),
            "seconds_per_application": summary([e.seconds for e in engines]),
            "activities_per_application": summary([float(e.activities) for e in engines]),
            "events_per_application": summary([float(e.events) for e in engines]),
            "history_bytes_per_application": summary([float(e.history_bytes) for e in engines]),
            "retried_activities": sum(e.retried_activities for e in engines),
        },
    }


def _target(value: float, target: float, *, at_most: bool) -> dict[str, Any]:
    met = value <= target if at_most else value >= target
    return {
        "value": round(value, 4),
        "target": target,
        "comparison": "<=" if at_most else ">=",
        "met": bool(met),
    }


async def _baseline(address: str, *, n: int, activities: int, concurrency: int) -> dict[str, Any]:
    durations, orchestration, costs, wall = await run_baseline(
        address, n=n, activities=activities, concurrency=concurrency
    )
    return {
        "n": n,
        "concurrency": concurrency,
        "activities_per_workflow": activities,
        "wall_seconds": round(wall, 3),
        "throughput_per_minute": round(n / wall * 60, 3) if wall > 0 else 0.0,
        "duration_seconds": summary(durations),
        "orchestration_seconds": summary(orchestration),
        "engine": {
            "per_activity_seconds": summary([c.per_activity for c in costs]),
            "seconds_per_workflow": summary([c.seconds for c in costs]),
        },
    }


async def run_bench(opts: BenchOptions) -> dict[str, Any]:
    from precredit.client import PreCreditClient, connect
    from precredit.db.engine import get_engine, init_db
    from precredit.security.keys import load_keyring

    # SIGTERM/SIGINT cancel the run, so the `finally` below stops the processes it started.
    main_task, loop = asyncio.current_task(), asyncio.get_running_loop()
    assert main_task is not None
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, main_task.cancel)
    data_dir = Path(tempfile.mkdtemp(prefix="precredit-bench-"))
    probe = Settings(data_dir=data_dir)
    override = fault_override(probe.sandbox_dir, opts.faults)
    extra_env = {"PRECREDIT_SANDBOX_FAULTS": override} if override is not None else {}
    stack = ProcessStack(data_dir, extra_env=extra_env)
    settings = bench_settings(data_dir, stack.address)
    load_keyring(settings)  # the workers and this process must share one generated key file
    init_db(get_engine(settings.database))
    # The configured OCR process count first (latency is measured there), then 1 for the scaling.
    counts = [opts.ocr_processes] + ([1] if opts.scaling and opts.ocr_processes != 1 else [])
    runs: dict[str, Any] = {}
    baseline: dict[str, Any] = {}
    latency: dict[str, Any] = {}
    latency_n = min(opts.n, opts.latency_n)
    started = time.time()
    load_before = os.getloadavg()
    try:
        await asyncio.to_thread(stack.start_server)
        client = PreCreditClient(await connect(settings), settings)
        noop = stack.start_worker(
            [sys.executable, "-m", "precredit.bench.noop", stack.address],
            name="noop",
        )
        await wait_for_pollers(client.client, NOOP_TASK_QUEUE, [noop.pid])
        for phase, count in enumerate(counts):
            for w in [w for w in stack.workers if w is not noop]:
                w.stop()
            stack.workers = [noop]
            main_worker = stack.start_main_worker()  # first: it creates the SQLite schema
            await wait_for_pollers(client.client, settings.task_queue, [main_worker.pid])
            ocr_worker = stack.start_ocr_worker(count)
            await wait_for_ocr_pollers(client.client, settings.heavy_task_queue, ocr_worker.pid, count)
            assert stack.server.process is not None
            meter = CpuMeter(
                trees={"main_worker": main_worker.pid, "ocr_worker": ocr_worker.pid,
                       "server": stack.server.process.pid},
                singles={"driver": os.getpid()},
            )  # fmt: skip
            warm, _ = await run_applications(
                client, settings, n=2 * count, seed=opts.seed + 100 * phase + 50, opts=opts
            )
            if not baseline:
                activities = sorted(r.engine.activities for r in warm if r.engine and r.status == "COMPLETED")
                k = activities[len(activities) // 2] if activities else 30
                baseline = await _baseline(
                    stack.address, n=opts.n, activities=k, concurrency=opts.concurrency
                )
                baseline["sequential"] = await _baseline(
                    stack.address, n=latency_n, activities=k, concurrency=1
                )
                if latency_n:  # one application at a time: latency without queueing
                    sequential = replace(opts, concurrency=1)
                    records, wall = await run_applications(
                        client, settings, n=latency_n, seed=opts.seed + 7, opts=sequential
                    )
                    latency = _run_report(count, records, wall)
            meter.start()
            records, wall = await run_applications(
                client, settings, n=opts.n, seed=opts.seed + 100 * phase, opts=opts
            )
            runs[str(count)] = _run_report(count, records, wall)
            runs[str(count)]["cpu"] = cpu_report(meter.stop(), runs[str(count)], wall)
    finally:
        await asyncio.to_thread(stack.close)
        if not opts.keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)
    main = runs[str(opts.ocr_processes)]
    # Targets are judged where they are defined: decision latency and engine overhead one
    # application at a time (no queueing behind other applications' OCR), throughput under load.
    judged = latency or main
    base_seq = baseline.get("sequential") or baseline

    def ratio(run: dict[str, Any], base: dict[str, Any], key: str = "orchestration_seconds") -> float:
        if key == "orchestration_seconds":
            return float(run[key]["p50"] / base[key]["p50"])
        return float(run["engine"][key]["p50"] / base["engine"][key]["p50"])

    overhead = ratio(judged, base_seq)
    targets: dict[str, Any] = {
        "decision_p95_seconds": _target(
            judged["decision_seconds"]["p95"], TARGETS["decision_p95_seconds"], at_most=True
        ),
        "orchestration_overhead_ratio": _target(
            overhead, TARGETS["orchestration_overhead_ratio"], at_most=True
        ),
    }
    light = light_steps(judged if latency else {}, main)
    if light:
        worst = max(v["ratio"] for v in light.values())
        targets["light_step_p95_load_over_alone"] = _target(
            worst, TARGETS["light_step_p95_load_over_alone"], at_most=True
        )
    targets["throughput_fraction_of_cpu_bound"] = _target(
        main["cpu"]["throughput_fraction_of_bound"],
        TARGETS["throughput_fraction_of_cpu_bound"],
        at_most=False,
    )
    report: dict[str, Any] = {
        "config": {
            "n": opts.n,
            "ocr_processes": opts.ocr_processes,
            "main_workers": 1,
            "scaling": opts.scaling,
            "concurrency": opts.concurrency,
            "mix": list(BENCH_MIX),
            "faults_mode": opts.faults,
            "sandbox_faults_env": override,
            "buyer_poll_seconds": opts.poll_seconds,
            "cpus": os.cpu_count(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "started_at": started,
            "duration_seconds": round(time.time() - started, 1),
            "data_dir": str(data_dir),
        },
        "latency": latency,
        "runs": runs,
        "main": main,
        "baseline": baseline,
        "overhead": {
            "orchestration_ratio_p50": round(overhead, 4),
            "orchestration_ratio_p50_under_load": round(ratio(main, baseline), 4),
            "engine_per_activity_ratio_p50": round(ratio(judged, base_seq, "per_activity_seconds"), 4),
            "engine_per_activity_ratio_p50_under_load": round(
                ratio(main, baseline, "per_activity_seconds"), 4
            ),
            "decision_p95_under_load": main["decision_seconds"]["p95"],
            "automated_vs_bare_duration_p50": round(
                judged["automated_seconds"]["p50"] / base_seq["duration_seconds"]["p50"], 3
            ),
        },
        "light_steps": light,
        "cpu": main["cpu"],
        "targets": targets,
    }
    if "1" in runs and len(runs) > 1:
        scale = main["throughput_per_minute"] / max(runs["1"]["throughput_per_minute"], 1e-9)
        report["scaling"] = {
            f"throughput_ratio_{opts.ocr_processes}_over_1_ocr_processes": round(scale, 3),
            "ocr_processes": [opts.ocr_processes, 1],
        }
        targets["scaling_ratio"] = _target(scale, TARGETS["scaling_ratio"], at_most=False)
    return report


def light_steps(alone: dict[str, Any], loaded: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Each light step's p95 one application at a time next to its p95 under load."""
    out = {}
    for step in LIGHT_STEPS:
        a, b = alone.get("steps", {}).get(step), loaded.get("steps", {}).get(step)
        if a and b and a["n"] and b["n"]:
            out[step] = {
                "p95_one_at_a_time": a["p95"],
                "p95_under_load": b["p95"],
                "ratio": round(b["p95"] / max(a["p95"], 1e-3), 3),
            }
    return out


def cpu_report(used: dict[str, float], run: dict[str, Any], wall: float) -> dict[str, Any]:
    """CPU-seconds per application from the kernel's accounting of the worker process trees, the
    machine's bound (cores / CPU-seconds per application) and the run's throughput against it.

    The bound counts the workers only (what the pipeline itself costs). On a shared machine the
    rest says how much of the machine was ours: `others_cores` is the busy time that none of this
    run's processes (workers, dev server, this driver) was charged for, per second of the run, and
    `idle_cores` what nobody used. Throughput below the bound with idle cores is the pipeline's
    own shortfall; with none idle, the others took the difference.
    """
    cores = os.cpu_count() or 1
    done = sum(run["outcomes"].values()) or 1
    workers = used["main_worker"] + used["ocr_worker"]
    ours = workers + used["server"] + used["driver"]
    per_app = workers / done
    bound = cores / per_app * 60 if per_app > 0 else float("inf")
    per_second = 1 / wall if wall > 0 else 0.0
    return {
        "cpu_seconds": used,
        "cores": cores,
        "cpu_seconds_per_application": round(per_app, 3),
        "cpu_seconds_per_application_by_tree": {
            k: round(used[k] / done, 3) for k in ("main_worker", "ocr_worker", "server", "driver")
        },
        "bound_per_minute": round(bound, 3),
        "throughput_fraction_of_bound": round(run["throughput_per_minute"] / bound, 4) if bound else 0.0,
        "ours_cores": round(ours * per_second, 3),
        "others_cores": round(max(0.0, used["machine"] - ours) * per_second, 3),
        "idle_cores": round(max(0.0, cores - used["machine"] * per_second), 3),
    }
