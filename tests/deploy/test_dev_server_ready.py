"""The dev server counts as started only once its frontend serves: a client connecting the moment
`start()` returns, first or after a SIGKILL and restart on the same database, connects at once (a
fault test's client once met "Frontend is not healthy yet" in the gap after the port opened)."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest
from temporalio.client import Client

from precredit.bench.processes import ProcessStack, free_port
from precredit.stack.devserver import TemporalDevServer, port_open


async def test_started_means_serving_also_after_a_kill(tmp_path: Path) -> None:
    stack = ProcessStack(tmp_path)
    assert not stack.server.serving()  # nothing listens yet
    try:
        for _ in range(3):
            await asyncio.to_thread(stack.start_server)
            assert stack.server.serving()
            client = await Client.connect(stack.address)  # no retry around it: it must succeed now
            ns = await client.workflow_service.describe_namespace(
                DescribeNamespaceRequest(namespace="default")
            )
            assert ns.namespace_info.name == "default"
            stack.kill_server()
            assert not stack.server.serving()
    finally:
        await asyncio.to_thread(stack.close)


def test_an_open_port_is_not_a_serving_frontend(tmp_path: Path) -> None:
    """What `start()` waits for beyond the port: something listening that does not answer a
    workflow-service call (here a bare socket) is not taken for a started server."""
    server = TemporalDevServer(data_dir=tmp_path, port=free_port(), headless=True)
    with socket.socket() as listener:
        listener.bind((server.host, server.port))
        listener.listen()
        assert port_open(server.host, server.port)
        assert not server.serving()
