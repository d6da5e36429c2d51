"""Temp ledger database and temp bank state per test; channels built from small configs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from precredit.activities.deps import Dependencies
from precredit.db.engine import get_engine
from precredit.funding.disburse import Disburser
from precredit.funding.reconcile import reconcile_ledger
from precredit.integrations.banks import SandboxBankChannel
from precredit.models.activities import DisbursementRequest
from precredit.models.funding import BankFaults, ChannelConfig

# 10:00 in Shanghai: inside every test channel's business hours.
NOON = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


def channel_config(name: str, **kw: object) -> ChannelConfig:
    faults = kw.pop("faults", {})
    base: dict[str, object] = {
        "name": name,
        "per_txn_limit": Decimal("500000"),
        "daily_limit": Decimal("5000000"),
        "open_hour": 8,
        "cutoff_hour": 17,
    }
    base.update(kw)
    return ChannelConfig.model_validate({**base, "faults": BankFaults.model_validate(faults)})


def request(app: str = "A1", amount: str = "150000.00") -> DisbursementRequest:
    return DisbursementRequest(
        application_id=app, dealer_id="D-001", amount=Decimal(amount), idempotency_key=f"disburse-{app}"
    )


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return get_engine(f"sqlite:///{tmp_path / 'ledger.db'}")


# The `bank` fixture: builds a sandbox channel from a name and `ChannelConfig` fields.
Bank = Callable[..., SandboxBankChannel]


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    def build(
        name: str, *, clock: Callable[[], datetime] = lambda: NOON, seed: int = 7, **kw: object
    ) -> SandboxBankChannel:
        return SandboxBankChannel(
            channel_config(name, **kw), tmp_path / "state", seed=seed, clock=clock, sleep=lambda _s: None
        )

    return build


def engine_only(engine: Engine) -> Dependencies:
    """FundingActivities' dependencies in these tests: given its channels, it reads only the engine."""
    return SimpleNamespace(engine=engine)  # type: ignore[return-value]  # a stand-in: the one field it reads


def disburser(engine: Engine, channels: list[SandboxBankChannel], **kw: Any) -> Disburser:
    """A Disburser at noon, unless `kw` gives another clock; `kw` are Disburser's own arguments."""
    kw.setdefault("clock", lambda: NOON)
    return Disburser(engine=engine, channels=channels, **kw)


def settled(channels: list[SandboxBankChannel], key: str) -> list[str]:
    return [t.channel for ch in channels for t in ch.statement() if t.idempotency_key == key and t.settled]


def assert_clean(engine: Engine, channels: list[SandboxBankChannel]) -> None:
    report = reconcile_ledger(engine=engine, channels=channels)
    assert report.ok, report.issues
