"""Third parties chosen by configuration (SPEC §3): each `Settings.providers` entry names a factory,
the factory builds the adapter, and activities see only the protocols of `integrations.base`.

A name is `package.module:factory`, `package.module.factory`, or an entry point in the group
`precredit.providers` (so an installed adapter package can register itself). A factory takes one
`ProviderContext` and returns the adapter; docs/providers.md states each adapter's contract.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from precredit.config import ProviderConfig, Settings

if TYPE_CHECKING:
    from precredit.integrations.base import (
        BankChannel,
        Blacklist,
        Carrier,
        CourtList,
        CreditBureau,
        FaultInjector,
        IdentityRegistry,
        MultiLending,
        SmsGateway,
        TerminalPush,
    )
    from precredit.integrations.esign import EsignProvider, TimestampAuthority
    from precredit.integrations.sandbox import Sandbox

ENTRY_POINT_GROUP = "precredit.providers"
KINDS = (
    "identity", "blacklist", "bureau", "court", "carrier", "multi_lending", "sms", "push", "esign",
    "tsa", "banks",
)  # fmt: skip


class ProviderConfigError(ValueError):
    """A provider setting names nothing importable, or something that is not a factory."""


@dataclass
class ProviderContext:
    """What a factory may use: the settings, its own options and, for sandbox implementations, one
    sandbox shared by every provider built from the same context."""

    settings: Settings
    kind: str
    options: dict[str, Any] = field(default_factory=dict)
    faults: FaultInjector | None = None
    today: date | None = None
    _shared: dict[str, Any] = field(default_factory=dict)

    def sandbox(self) -> Sandbox:
        if "sandbox" not in self._shared:
            from precredit.integrations.sandbox import Sandbox

            self._shared["sandbox"] = Sandbox.from_settings(
                self.settings, faults=self.sandbox_faults(), today=self.today
            )
        sandbox: Sandbox = self._shared["sandbox"]
        return sandbox

    def sandbox_faults(self) -> FaultInjector:
        """The sandbox's fault injection (the data dir's config unless the context was given one)."""
        if "faults" not in self._shared:
            from precredit.integrations.base import FaultConfig, FaultInjector

            self._shared["faults"] = self.faults or FaultInjector(
                FaultConfig.load(self.settings.sandbox_dir, self.settings.sandbox_faults)
            )
        faults: FaultInjector = self._shared["faults"]
        return faults

    def for_kind(self, kind: str, options: dict[str, Any]) -> ProviderContext:
        return ProviderContext(self.settings, kind, options, self.faults, self.today, self._shared)

    @property
    def built_sandbox(self) -> Sandbox | None:
        return self._shared.get("sandbox")


@dataclass(frozen=True)
class Providers:
    identity: IdentityRegistry
    blacklist: Blacklist
    bureau: CreditBureau
    court: CourtList
    carrier: Carrier
    multi_lending: MultiLending
    sms: SmsGateway
    push: TerminalPush
    esign: EsignProvider
    tsa: TimestampAuthority
    banks: Sequence[BankChannel]
    sandbox: Sandbox | None = None
    """The sandbox the sandbox implementations share (its persons and outbox serve the demo and
    tests); None when no provider is a sandbox one."""


def build_providers(
    settings: Settings, *, faults: FaultInjector | None = None, today: date | None = None
) -> Providers:
    root = ProviderContext(settings, "", faults=faults, today=today)
    built = {kind: load_provider(settings, kind, context=root) for kind in KINDS}
    return Providers(**built, sandbox=root.built_sandbox)


def load_provider(settings: Settings, kind: str, *, context: ProviderContext | None = None) -> Any:
    """One provider, e.g. `load_provider(settings, "banks")` for a command that needs only banks."""
    config: ProviderConfig = settings.providers
    if kind not in KINDS:
        raise ProviderConfigError(f"unknown provider kind {kind!r}")
    name = getattr(config, kind)
    factory = resolve(name)
    base = context or ProviderContext(settings, "")
    return factory(base.for_kind(kind, dict(config.options.get(kind, {}))))


def resolve(name: str) -> Callable[[ProviderContext], Any]:
    if ":" in name:
        module_name, _, attr = name.partition(":")
    elif "." in name:
        module_name, _, attr = name.rpartition(".")
    else:
        found = entry_points(group=ENTRY_POINT_GROUP, name=name)
        if not found:
            raise ProviderConfigError(f"no entry point {name!r} in group {ENTRY_POINT_GROUP}")
        loaded = next(iter(found)).load()
        return _callable(name, loaded)
    try:
        target: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise ProviderConfigError(f"provider {name!r} cannot be imported: {exc}") from exc
    return _callable(name, target)


def _callable(name: str, target: Any) -> Callable[[ProviderContext], Any]:
    if not callable(target):
        raise ProviderConfigError(f"provider {name!r} is not a factory")
    factory: Callable[[ProviderContext], Any] = target
    return factory
