"""Shared fixtures: one key ring and one Temporal dev server (started lazily) for the whole session."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine
from temporalio.testing import WorkflowEnvironment

import precredit.db.audit
import precredit.db.keys
from precredit.security.codec import KeyRing, data_converter

TEMPORAL_CLI = Path(sys.executable).parent / "temporal"


@pytest.fixture(scope="session")
def keyring() -> KeyRing:
    return KeyRing.generate("test-k1")


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """A file database (not :memory:) so concurrent-writer tests really use separate connections."""
    engine = create_engine(
        f"sqlite:///{tmp_path / 'sec.db'}", connect_args={"check_same_thread": False, "timeout": 30}
    )
    names = (precredit.db.audit.AuditEvent.__tablename__, precredit.db.keys.SubjectKey.__tablename__)
    tables = [SQLModel.metadata.tables[n] for n in names]
    SQLModel.metadata.create_all(engine, tables=tables)
    return engine


@pytest.fixture(scope="session")
async def dev_env(keyring: KeyRing) -> AsyncIterator[WorkflowEnvironment]:
    async with await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(TEMPORAL_CLI), data_converter=data_converter(keyring)
    ) as env:
        yield env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[..., Any]], str]]:
    """Run an ASGI app with uvicorn in a thread on a free port; yields a function returning the base URL."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: Callable[..., Any]) -> str:
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=5)
