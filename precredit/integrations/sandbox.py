"""The sandbox set of third parties, built from Settings: what activities and the demo use.

A production deployment builds the same attributes from real adapters; activities only see the
protocols in `precredit.integrations.base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from precredit.config import Settings
from precredit.integrations.base import FaultConfig, FaultInjector
from precredit.integrations.blacklist import SandboxBlacklist
from precredit.integrations.bureau import SandboxBureau
from precredit.integrations.esign_terminal import SandboxTerminalPush
from precredit.integrations.fraud_data import SandboxCarrier, SandboxCourtList, SandboxMultiLending
from precredit.integrations.identity import SandboxIdentity
from precredit.integrations.messaging import SandboxOutbox, SandboxSms
from precredit.integrations.persons import PersonsRegistry


@dataclass(frozen=True)
class Sandbox:
    persons: PersonsRegistry
    identity: SandboxIdentity
    blacklist: SandboxBlacklist
    bureau: SandboxBureau
    court: SandboxCourtList
    carrier: SandboxCarrier
    multi_lending: SandboxMultiLending
    sms: SandboxSms
    push: SandboxTerminalPush
    outbox: SandboxOutbox

    @classmethod
    def build(
        cls,
        *,
        data_dir: Path,
        state_dir: Path,
        faults: FaultInjector | None = None,
        today: date | None = None,
    ) -> Sandbox:
        """`faults` defaults to the data dir's config (with PRECREDIT_SANDBOX_FAULTS applied)."""
        faults = faults or FaultInjector(FaultConfig.load(data_dir))
        persons = PersonsRegistry(data_dir)
        outbox = SandboxOutbox(state_dir)
        return cls(
            persons=persons,
            identity=SandboxIdentity(data_dir, faults, persons),
            blacklist=SandboxBlacklist(data_dir, faults),
            bureau=SandboxBureau(data_dir, faults, today=today, persons=persons),
            court=SandboxCourtList(data_dir, faults, persons),
            carrier=SandboxCarrier(data_dir, faults, persons),
            multi_lending=SandboxMultiLending(data_dir, faults, persons),
            sms=SandboxSms(outbox, faults),
            push=SandboxTerminalPush(outbox, faults),
            outbox=outbox,
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, *, faults: FaultInjector | None = None, today: date | None = None
    ) -> Sandbox:
        return cls.build(
            data_dir=settings.sandbox_dir, state_dir=settings.sandbox_state_dir, faults=faults, today=today
        )
