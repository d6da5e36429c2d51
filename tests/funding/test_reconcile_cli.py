"""`precredit funding reconcile`: clean after real disbursements, exit 1 naming each difference."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session

from precredit.cli.main import main
from precredit.config import Settings, get_settings
from precredit.db.engine import get_engine
from precredit.db.tables import LedgerRow
from precredit.funding.disburse import Disburser
from precredit.integrations.banks import sandbox_channels
from tests.funding.conftest import request


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PRECREDIT_SANDBOX_FAULTS", "off")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def test_reconcile_clean_then_every_difference(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = get_engine(settings.database)
    channels = sandbox_channels(settings)
    d = Disburser(engine=engine, channels=channels)
    for i in range(3):
        d.disburse(request(f"R{i}", "120000.00"))
    assert main(["funding", "reconcile", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["confirmed"] == 3

    by_name = {c.name: c for c in channels}
    with Session(engine) as s:
        r0, r1, r2 = (s.get(LedgerRow, f"disburse-R{i}") for i in range(3))
        assert r0 and r1 and r2
        other = next(n for n in by_name if n != r0.channel)
        r1.amount = Decimal("1.00")  # the ledger disagrees with the bank on the amount
        s.add(r1)
        s.commit()
        r2_channel = r2.channel
    by_name[other].transfer(
        idempotency_key="disburse-R0", amount=Decimal("120000.00"), payee="D-001"
    )  # paid twice
    by_name[r2_channel].transfer(
        idempotency_key="disburse-GHOST", amount=Decimal("5.00"), payee="D-9"
    )  # not in ledger
    assert main(["funding", "reconcile"]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("precredit: reconciliation found 3 differences")
    assert "DUPLICATE disburse-R0" in out and "AMOUNT_MISMATCH disburse-R1" in out
    assert "MISSING_IN_LEDGER disburse-GHOST" in out
    assert main(["funding", "channels", "--json"]) == 0
    assert {c["name"] for c in json.loads(capsys.readouterr().out)} == set(by_name)
