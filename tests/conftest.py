"""One Temporal dev server and one time-skipping server per test session (the SDK samples' way)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import AddSearchAttributesRequest
from temporalio.testing import WorkflowEnvironment

from precredit.models import search
from precredit.security.codec import data_converter
from precredit.security.keys import KeyRing
from precredit.workers.bytecode import ensure_workflow_bytecode

BIN = Path(sys.executable).parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """The tests build thousands of workflow runs (every replay prefix is a fresh sandbox that
    imports the workflow code): with its bytecode cached, as a worker has it, none compiles it."""
    ensure_workflow_bytecode()


@pytest.fixture(scope="session")
def keyring() -> KeyRing:
    return KeyRing.generate("test-key-1")


@pytest.fixture(scope="session")
async def dev_env(keyring: KeyRing) -> AsyncIterator[WorkflowEnvironment]:
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(BIN / "temporal"),
        data_converter=data_converter(keyring),
        search_attributes=list(search.ALL),
        dev_server_extra_args=["--log-level", "error"],
    )
    yield env
    await env.shutdown()


@pytest.fixture(scope="session")
async def ts_env(keyring: KeyRing) -> AsyncIterator[WorkflowEnvironment]:
    env = await WorkflowEnvironment.start_time_skipping(
        test_server_existing_path=str(BIN / "temporal-test-server"),
        data_converter=data_converter(keyring),
    )
    # The test server knows no custom search attributes until told, like a fresh cluster.
    await env.client.operator_service.add_search_attributes(
        AddSearchAttributesRequest(
            namespace=env.client.namespace,
            search_attributes={key.name: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD for key in search.ALL},
        )
    )
    yield env
    await env.shutdown()


# Whole-stack tiers run real OCR, models and signatures for batches of applications: their own
# limit, so the 300 s default still catches a hung unit or workflow test quickly.
_LONG_TIERS = ("e2e", "faults", "topology")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(f"tests/{tier}/" in item.nodeid for tier in _LONG_TIERS):
            item.add_marker(pytest.mark.timeout(1200))
