"""Pushes signing tasks to the buyer's terminal (app, in-vehicle screen or dealer tablet).

The task names the exact document by SHA-256, so the signature the buyer returns can only be for
what they were shown. In the sandbox the task lands in the outbox, where the simulated buyer
finds it with `tasks_for(application_id)`.
"""

from __future__ import annotations

from precredit.integrations.base import FaultInjector
from precredit.integrations.messaging import SandboxOutbox, SigningTask


class SandboxTerminalPush:
    PROVIDER = "push"

    def __init__(self, outbox: SandboxOutbox, faults: FaultInjector) -> None:
        self.outbox = outbox
        self._faults = faults

    def push_signing_task(
        self, application_id: str, document_kind: str, document_sha256: str, *, idempotency_key: str
    ) -> str:
        self._faults.before_call(self.PROVIDER, idempotency_key)
        return self.outbox.record_task(
            application_id, document_kind, document_sha256, idempotency_key=idempotency_key
        )

    def tasks_for(self, application_id: str) -> list[SigningTask]:
        return self.outbox.tasks_for(application_id)
