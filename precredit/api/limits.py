"""Per-dealer limit on failed pickup-code entries, so a dealer account can't enumerate codes.

The code itself has 60 bits and its own 5-attempt limit in the database; this bounds how many
*different* codes one dealer may probe. Failures are rows in the shared database, so every API
replica counts the same failures: N replicas give a dealer the same budget as one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import ColumnElement, and_, delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from precredit.db.api_state import PickupFailureRow


class FailureLimiter:
    def __init__(
        self,
        engine: Engine,
        *,
        max_failures: int,
        window: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.engine = engine
        self.max_failures = max_failures
        self.window = window  # wall-clock seconds: replicas share it
        self._clock = clock

    def _in_window(self, subject: str, now: float) -> ColumnElement[bool]:
        return and_(
            col(PickupFailureRow.subject) == subject, col(PickupFailureRow.failed_at) > now - self.window
        )

    def retry_after(self, subject: str) -> float | None:
        """Seconds until the subject may try again, or None if it may try now."""
        now = self._clock()
        with Session(self.engine) as session:
            count, oldest = session.exec(
                select(func.count(), func.min(PickupFailureRow.failed_at)).where(
                    self._in_window(subject, now)
                )
            ).one()
        if count < self.max_failures or oldest is None:
            return None
        return max(1.0, float(oldest) + self.window - now)

    def record_failure(self, subject: str) -> int:
        """Records one failure; returns how many attempts are left in the window."""
        now = self._clock()
        with Session(self.engine) as session:
            # Rows that have left the window are spent: they go, so the table stays small.
            session.exec(
                delete(PickupFailureRow).where(
                    col(PickupFailureRow.subject) == subject,
                    col(PickupFailureRow.failed_at) <= now - self.window,
                )
            )
            session.add(PickupFailureRow(subject=subject, failed_at=now))
            session.commit()
            count = session.exec(select(func.count()).where(self._in_window(subject, now))).one()
        return max(0, self.max_failures - int(count))
