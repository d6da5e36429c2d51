"""`precredit dev` (the embedded stack until Ctrl-C) and `precredit worker` (a worker anywhere)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal

from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dev = sub.add_parser(
        "dev", help="start the embedded stack: Temporal dev server + UI, worker, codec server"
    )
    dev.add_argument("--headless", action="store_true", help="no Temporal UI")
    dev.set_defaults(func=lambda a: asyncio.run(_dev(headless=a.headless)))
    worker = sub.add_parser(
        "worker",
        help="run a worker against TEMPORAL_ADDRESS: the main queue, the OCR queue, or both",
    )
    worker.add_argument(
        "--queues",
        help="main = workflows and light activities; ocr = CPU-heavy activities in separate "
        "processes (default PRECREDIT_WORKER_QUEUES, main,ocr)",
    )
    worker.add_argument(
        "--ocr-processes",
        type=int,
        help="OCR worker processes, one engine each (default PRECREDIT_OCR_PROCESSES, the cores)",
    )
    worker.set_defaults(func=lambda a: asyncio.run(_worker(queues=a.queues, ocr_processes=a.ocr_processes)))


def _install_stop(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)


async def _dev(*, headless: bool) -> int:
    from precredit.security.masking import install_log_masking
    from precredit.stack.embedded import embedded_stack

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_masking()
    settings = get_settings()
    stop = asyncio.Event()
    _install_stop(stop)
    async with embedded_stack(settings, ui=not headless) as info:
        print(f"Temporal server : {info.temporal_address}", flush=True)
        if not headless:
            print(f"Temporal UI     : {info.ui_url}", flush=True)
        print(f"codec server    : {info.codec_url or 'already running'}", flush=True)
        if info.api_url:
            print(f"API             : {info.api_url}/docs", flush=True)
            print(
                f"consoles        : {info.api_url}/console/underwriter  {info.api_url}/console/dealer",
                flush=True,
            )
        print(f"services        : {', '.join(info.services)}  (Ctrl-C stops everything)", flush=True)
        await stop.wait()
    return 0


async def _worker(*, queues: str | None = None, ocr_processes: int | None = None) -> int:
    from precredit.cli.main import CliError
    from precredit.security.masking import install_log_masking
    from precredit.workers.heavy import OcrWorkerPool
    from precredit.workers.worker import run_worker, warm_up

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_masking()
    settings = get_settings()
    update: dict[str, object] = {}
    if queues is not None:
        update["worker_queues"] = queues
    if ocr_processes is not None:
        update["ocr_processes"] = ocr_processes
    settings = settings.model_copy(update=update)
    serve = set(settings.worker_queues.split(","))
    if not serve or not serve <= {"main", "ocr"} or settings.ocr_processes < 1:
        raise CliError("--queues takes main, ocr or main,ocr and --ocr-processes at least 1")
    stop = asyncio.Event()
    _install_stop(stop)
    jobs = []
    if "ocr" in serve:
        jobs.append(OcrWorkerPool(settings, processes=settings.ocr_processes).run(stop))
    if "main" in serve:
        warm_up(settings, ocr=False)
        jobs.append(run_worker(settings, stop=stop))
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.gather(*jobs)
    return 0
