from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from precredit.config import DEFAULT_SANDBOX_DIR
from precredit.integrations.base import FaultInjector
from precredit.integrations.persons import PersonsRegistry
from precredit.integrations.sandbox import Sandbox

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DEFAULT_SANDBOX_DIR


@pytest.fixture(scope="session")
def persons(data_dir: Path) -> PersonsRegistry:
    return PersonsRegistry(data_dir)


@pytest.fixture
def sandbox(data_dir: Path, tmp_path: Path) -> Sandbox:
    """Fault-free providers over the shipped data, with a private outbox."""
    return Sandbox.build(data_dir=data_dir, state_dir=tmp_path, faults=FaultInjector.none(), today=TODAY)
