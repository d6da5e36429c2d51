"""The stack the benchmark (and the fault tests) drive: a dev server and worker *processes*.

Real processes rather than the embedded stack, so a worker can be killed with SIGKILL and the
scaling run measures separate interpreters, not threads sharing one GIL.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client

from precredit.stack.devserver import TemporalDevServer


def _ephemeral_ports() -> tuple[int, int]:
    """The range the kernel takes outgoing connections' local ports from."""
    try:
        low, high = (int(x) for x in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default
    return low, high


_handed_out: set[int] = set()


def free_port() -> int:
    """A free local port for a server about to be started, below the kernel's ephemeral range.

    A port from bind(0) comes from that range, so between this call and the server's own bind
    the kernel may give it to any process's outgoing connection as its local port, and the server
    dies with "address already in use" (a fault test's Temporal server did, in a full run). Below
    the range only a listening server can take a port, and the bind below checks that none has."""
    low, _ = _ephemeral_ports()
    first = 20000 if low > 21000 else 1024
    for _ in range(500):
        port = random.randrange(first, low)
        if port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port between {first} and {low}")


def precredit_bin() -> str:
    return str(Path(sys.executable).parent / "precredit")


class WorkerProcess:
    """One `precredit worker` (or any worker command) with its log in the data dir."""

    def __init__(self, cmd: list[str], env: dict[str, str], log_path: Path) -> None:
        self.cmd, self.env, self.log_path = cmd, env, log_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(self.cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def kill(self) -> None:
        """SIGKILL: the crash a fault test wants, no graceful shutdown."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 30) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ProcessStack:
    """Dev server + N worker processes sharing one data dir (keys, SQLite, documents, sandbox)."""

    def __init__(self, data_dir: Path, *, extra_env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.server = TemporalDevServer(data_dir=data_dir, port=free_port(), headless=True)
        self.extra_env = dict(extra_env or {})
        self.workers: list[WorkerProcess] = []

    @property
    def address(self) -> str:
        return self.server.address

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(PRECREDIT_DATA_DIR=str(self.data_dir), TEMPORAL_ADDRESS=self.address, **self.extra_env)
        return env

    def start_server(self) -> None:
        self.server.start()

    def kill_server(self) -> None:
        proc = self.server.process
        if proc and proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        self.server.process = None

    def start_worker(self, cmd: list[str] | None = None, *, name: str = "worker") -> WorkerProcess:
        index = len(self.workers)
        worker = WorkerProcess(
            cmd or [precredit_bin(), "worker"], self.env(), self.data_dir / f"{name}-{index}.log"
        )
        worker.start()
        self.workers.append(worker)
        return worker

    def start_main_worker(self) -> WorkerProcess:
        """Workflows and light activities only (`precredit worker --queues main`)."""
        return self.start_worker([precredit_bin(), "worker", "--queues", "main"], name="worker")

    def start_ocr_worker(self, processes: int) -> WorkerProcess:
        """The OCR worker: a supervisor and `processes` OCR processes on the heavy queue."""
        cmd = [precredit_bin(), "worker", "--queues", "ocr", "--ocr-processes", str(processes)]
        return self.start_worker(cmd, name="ocr-worker")

    def stop_workers(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()

    def close(self) -> None:
        self.stop_workers()
        self.server.stop()


async def wait_for_pollers(client: Client, task_queue: str, pids: list[int], *, timeout: float = 180) -> None:
    """Until every given worker process polls both the workflow and the activity queue.

    The SDK's default worker identity is `pid@host`, so a poller left over from a killed process
    (the server remembers pollers for a while) is not mistaken for the new one.
    """
    deadline = time.monotonic() + timeout
    wanted = {f"{pid}@" for pid in pids}
    while True:
        seen: list[set[str]] = []
        for kind in (TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY):
            resp = await client.workflow_service.describe_task_queue(
                DescribeTaskQueueRequest(
                    namespace=client.namespace, task_queue=TaskQueue(name=task_queue), task_queue_type=kind
                )
            )
            seen.append({p.identity.split("@")[0] + "@" for p in resp.pollers})
        if all(wanted <= s for s in seen):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"workers {pids} are not polling {task_queue} after {timeout:.0f}s")
        await asyncio.sleep(0.5)


async def ocr_poller_pids(client: Client, task_queue: str, supervisor: int) -> set[int]:
    """The OCR processes below `supervisor` that poll the heavy queue now."""
    from precredit.bench.cpu import descendants

    resp = await client.workflow_service.describe_task_queue(
        DescribeTaskQueueRequest(
            namespace=client.namespace,
            task_queue=TaskQueue(name=task_queue),
            task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
        )
    )
    polling = {int(p.identity.split("@")[0]) for p in resp.pollers if p.identity.split("@")[0].isdigit()}
    return polling & set(descendants(supervisor))


async def wait_for_ocr_pollers(
    client: Client,
    task_queue: str,
    supervisor: int,
    count: int,
    *,
    timeout: float = 180,
    exclude: frozenset[int] = frozenset(),
) -> set[int]:
    """Until `count` OCR processes of the OCR worker `supervisor` (other than `exclude`) poll."""
    deadline = time.monotonic() + timeout
    while True:
        pids = await ocr_poller_pids(client, task_queue, supervisor) - exclude
        if len(pids) >= count:
            return pids
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(pids)} of {count} OCR processes poll {task_queue} after {timeout:.0f}s")
        await asyncio.sleep(0.5)
