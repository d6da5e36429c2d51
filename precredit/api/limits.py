"""Per-dealer limit on failed pickup-code entries, so a dealer account can't enumerate codes.

The code itself has 60 bits and its own 5-attempt limit in the database; this bounds how many
*different* codes one dealer may probe. In memory: each API replica limits on its own, which still
caps a probe at (replicas × limit) per window — far below what guessing 60 bits would need.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class FailureLimiter:
    def __init__(
        self, *, max_failures: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def retry_after(self, subject: str) -> float | None:
        """Seconds until the subject may try again, or None if it may try now."""
        recent = self._recent(subject)
        if len(recent) < self.max_failures:
            return None
        return max(1.0, recent[0] + self.window - self._clock())

    def record_failure(self, subject: str) -> int:
        """Records one failure; returns how many attempts are left in the window."""
        recent = self._recent(subject)
        recent.append(self._clock())
        return max(0, self.max_failures - len(recent))

    def _recent(self, subject: str) -> deque[float]:
        recent = self._failures.setdefault(subject, deque())
        cutoff = self._clock() - self.window
        while recent and recent[0] <= cutoff:
            recent.popleft()
        return recent
