"""The dealer failure limit lives in the database, so API replicas share one budget per dealer."""

from __future__ import annotations

from pathlib import Path

from precredit.api.limits import FailureLimiter
from precredit.db.api_state import ensure_tables
from precredit.db.engine import get_engine


def test_replicas_share_the_limit_and_the_window_slides(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'api.db'}")
    ensure_tables(engine)
    now = [1_000_000.0]
    a, b = (FailureLimiter(engine, max_failures=3, window=60, clock=lambda: now[0]) for _ in range(2))

    assert a.record_failure("D001") == 2
    assert b.record_failure("D001") == 1  # replica b sees replica a's failure
    assert a.retry_after("D001") is None
    now[0] += 10
    assert b.record_failure("D001") == 0
    assert a.retry_after("D001") == 50  # until the first failure leaves the window
    assert b.retry_after("D002") is None  # other dealers are not affected
    now[0] += 51
    assert a.retry_after("D001") is None and b.record_failure("D001") == 1
