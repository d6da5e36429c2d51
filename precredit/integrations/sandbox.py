"""The sandbox set of third parties, built from Settings: what activities and the demo use.

A production deployment builds the same attributes from real adapters; activities only see the
protocols in `precredit.integrations.base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from precredit.config import Settings
from precredit.integrations.base import FaultConfig, FaultInjector
from precredit.integrations.blacklist import SandboxBlacklist
from precredit.integrations.bureau import SandboxBureau
from precredit.integrations.esign_terminal import SandboxTerminalPush
from precredit.integrations.fraud_data import SandboxCarrier, SandboxCourtList, SandboxMultiLending
from precredit.integrations.identity import SandboxIdentity
from precredit.integrations.messaging import SandboxOutbox, SandboxSms
from precredit.integrations.persons import PersonsRegistry

if TYPE_CHECKING:
    from precredit.integrations.providers import ProviderContext


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
        """`faults` defaults to the data dir's config as it is (`from_settings` applies
        `Settings.sandbox_faults`)."""
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
        faults = faults or FaultInjector(FaultConfig.load(settings.sandbox_dir, settings.sandbox_faults))
        return cls.build(
            data_dir=settings.sandbox_dir, state_dir=settings.sandbox_state_dir, faults=faults, today=today
        )


# Provider factories (Settings.providers): each sandbox third party, from the context's shared sandbox.
def identity(ctx: ProviderContext) -> SandboxIdentity:
    return ctx.sandbox().identity


def blacklist(ctx: ProviderContext) -> SandboxBlacklist:
    return ctx.sandbox().blacklist


def bureau(ctx: ProviderContext) -> SandboxBureau:
    return ctx.sandbox().bureau


def court(ctx: ProviderContext) -> SandboxCourtList:
    return ctx.sandbox().court


def carrier(ctx: ProviderContext) -> SandboxCarrier:
    return ctx.sandbox().carrier


def multi_lending(ctx: ProviderContext) -> SandboxMultiLending:
    return ctx.sandbox().multi_lending


def sms(ctx: ProviderContext) -> SandboxSms:
    return ctx.sandbox().sms


def push(ctx: ProviderContext) -> SandboxTerminalPush:
    return ctx.sandbox().push
