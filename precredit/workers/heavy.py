"""The OCR worker: CPU-heavy activities on their own task queue, in N separate processes.

Each process is a small Temporal worker with one OCR engine, serving only the heavy queue with at
most `ocr_max_concurrent_activities` (1) activity at a time, and ONNX Runtime / OpenCV held to
`ocr_threads` threads, so N x threads fit the cores and no process's OCR slows another's event
loop. They run at niceness `ocr_nice`, so on a machine shared with a main worker the kernel gives
the light work the CPU first and OCR whatever is left: the same throughput, no starved steps. A supervisor starts them and starts again any that dies (a `kill -9` mid-document): that
document's attempt is retried by Temporal on another process, the others never notice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess

from precredit.config import Settings

log = logging.getLogger(__name__)

RESTART_DELAY = 1.0  # a process that dies at once (bad config) is not restarted in a tight loop


def _limit_threads(threads: int) -> None:
    """Before the engine loads: BLAS/OpenMP pools and OpenCV to `threads`; RapidOCR's ONNX
    Runtime session already runs one intra-op thread (`precredit.ocr.engines`)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)
    import cv2

    cv2.setNumThreads(threads)


def heavy_process_main(settings: Settings, index: int, parent_pid: int) -> None:
    """Entry point of one OCR process (spawned, so it starts clean: no inherited threads or loops)."""
    from precredit.security.masking import install_log_masking

    logging.basicConfig(
        level=logging.INFO, format=f"%(asctime)s %(levelname)s ocr-{index}[%(process)d] %(name)s: %(message)s"
    )
    install_log_masking()
    # Below the main worker: where they share cores, a light step never waits for a document.
    os.nice(settings.ocr_nice)
    _limit_threads(settings.ocr_threads)
    from precredit.workers.worker import warm_up

    warm_up(settings, ocr=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(settings, parent_pid))


async def _serve(settings: Settings, parent_pid: int) -> None:
    from temporalio.worker import Worker

    from precredit.activities.deps import Dependencies
    from precredit.client import connect
    from precredit.workers.worker import heavy_activities

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    client = await connect(settings)
    deps = Dependencies.from_settings(settings)
    slots = settings.ocr_max_concurrent_activities
    with ThreadPoolExecutor(max_workers=slots) as executor:
        worker = Worker(
            client,
            task_queue=settings.heavy_task_queue,
            activities=heavy_activities(deps),
            activity_executor=executor,
            max_concurrent_activities=slots,
        )
        log.info("OCR worker polling %s (%d slot(s))", settings.heavy_task_queue, slots)
        async with worker:
            # An orphan (its supervisor was killed) stops instead of polling on unsupervised.
            while not stop.is_set() and os.getppid() == parent_pid:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=1.0)


class OcrWorkerPool:
    """Supervises `processes` OCR worker processes until `stop`."""

    def __init__(self, settings: Settings, *, processes: int) -> None:
        self.settings = settings
        self.count = processes
        self._ctx = multiprocessing.get_context("spawn")
        self.processes: list[BaseProcess | None] = [None] * processes
        self.restarts = 0

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes if p is not None and p.pid is not None and p.is_alive()]

    def _start(self, index: int) -> None:
        proc = self._ctx.Process(
            target=heavy_process_main,
            args=(self.settings, index, os.getpid()),
            name=f"precredit-ocr-{index}",
            daemon=False,
        )
        proc.start()
        self.processes[index] = proc
        log.info("OCR worker process %d started: pid %s", index, proc.pid)

    async def run(self, stop: asyncio.Event) -> None:
        log.info(
            "OCR worker: %d process(es) x %d thread(s) on task queue %s (%d cores)",
            self.count, self.settings.ocr_threads, self.settings.heavy_task_queue, os.cpu_count() or 1,
        )  # fmt: skip
        for index in range(self.count):
            self._start(index)
        try:
            while not stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=0.5)
                for index, proc in enumerate(self.processes):
                    if stop.is_set() or proc is None or proc.is_alive():
                        continue
                    log.warning(
                        "OCR worker process %d (pid %s) died with exit code %s; its document is "
                        "retried by Temporal; starting a new process",
                        index, proc.pid, proc.exitcode,
                    )  # fmt: skip
                    self.restarts += 1
                    await asyncio.sleep(RESTART_DELAY)
                    self._start(index)
        finally:
            await asyncio.to_thread(self.close)

    def close(self, timeout: float = 30) -> None:
        for proc in self.processes:
            if proc is not None and proc.is_alive():
                proc.terminate()
        for proc in self.processes:
            if proc is None:
                continue
            proc.join(timeout)
            if proc.is_alive():
                proc.kill()
                proc.join()
