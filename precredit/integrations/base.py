"""Protocols every third party implements, the errors they raise and the sandbox's fault injection.

Providers are synchronous (activities call them through `asyncio.to_thread`). Errors carry
`retryable` so an activity can map them onto Temporal retries without knowing the provider.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from precredit.models.funding import ChannelConfig
from precredit.models.thirdparty import (
    BlacklistHit,
    CarrierData,
    CourtRecord,
    ElementsCheck,
    FaceMatch,
    MultiLendingData,
)


class ProviderError(Exception):
    """A third party failed to answer usefully; `retryable` tells the activity whether to retry."""

    retryable: ClassVar[bool] = True

    def __init__(self, provider: str, message: str) -> None:
        super().__init__(f"{provider}: {message}")
        self.provider = provider


class ProviderUnavailable(ProviderError):
    """Timeout, 5xx, connection reset: the same request may succeed on the next attempt."""

    retryable = True


class ProviderBadResponse(ProviderError):
    """The answer arrived but failed validation; repeating the call rarely helps, so not retried."""

    retryable = False


class IdentityRegistry(Protocol):
    def verify_elements(self, name: str, id_number: str, phone: str | None) -> ElementsCheck: ...

    def face_match(self, id_number: str, selfie: bytes) -> FaceMatch: ...


class Blacklist(Protocol):
    def check(self, id_number: str) -> BlacklistHit: ...


class CreditBureau(Protocol):
    def fetch_report(self, name: str, id_number: str) -> dict[str, Any]: ...


class CourtList(Protocol):
    def check(self, name: str, id_number: str) -> CourtRecord: ...


class Carrier(Protocol):
    def lookup(self, phone: str, name: str, id_number: str) -> CarrierData: ...


class MultiLending(Protocol):
    def query(self, id_number: str) -> MultiLendingData: ...


class SmsGateway(Protocol):
    def send(self, phone: str, text: str, *, purpose: str, idempotency_key: str) -> str: ...


SETTLED, REJECTED = "SETTLED", "REJECTED"


class BankTimeout(ProviderUnavailable):
    """No answer in time: the bank may or may not have executed the transfer. Query, never resend."""


@dataclass(frozen=True)
class Transfer:
    """A bank channel's record of one idempotency key: settled, or rejected for good."""

    payment_id: str
    channel: str
    idempotency_key: str
    amount: Decimal
    payee: str
    status: str
    reject_kind: str = ""
    business_date: str = ""

    @property
    def settled(self) -> bool:
        return self.status == SETTLED


class BankChannel(Protocol):
    """A fund-transfer channel: idempotent per key, decides a key once, answers its status when
    asked. The sandbox channels and a production adapter implement the same."""

    @property
    def name(self) -> str: ...

    @property
    def config(self) -> ChannelConfig: ...

    def transfer(self, *, idempotency_key: str, amount: Decimal, payee: str) -> Transfer: ...

    def status(self, idempotency_key: str) -> Transfer | None: ...

    def statement(self) -> list[Transfer]: ...


class TerminalPush(Protocol):
    def push_signing_task(
        self, application_id: str, document_kind: str, document_sha256: str, *, idempotency_key: str
    ) -> str: ...


@dataclass(frozen=True)
class FaultProfile:
    """How one provider misbehaves: latency in ms (uniform mean ± jitter) and failure rates."""

    latency_mean_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    failure_rate: float = 0.0
    bad_data_rate: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], base: FaultProfile | None = None) -> FaultProfile:
        base = base or cls()
        latency = data.get("latency_ms", {})
        return cls(
            latency_mean_ms=float(latency.get("mean", base.latency_mean_ms)),
            latency_jitter_ms=float(latency.get("jitter", base.latency_jitter_ms)),
            failure_rate=float(data.get("failure_rate", base.failure_rate)),
            bad_data_rate=float(data.get("bad_data_rate", base.bad_data_rate)),
        )


@dataclass(frozen=True)
class FaultConfig:
    """Per-provider fault profiles plus the seed that makes every injected fault reproducible."""

    seed: int = 0
    default: FaultProfile = FaultProfile()
    providers: Mapping[str, FaultProfile] = field(default_factory=dict)

    def for_provider(self, provider: str) -> FaultProfile:
        return self.providers.get(provider, self.default)

    @classmethod
    def none(cls) -> FaultConfig:
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FaultConfig:
        default = FaultProfile.from_dict(data.get("default", {}))
        providers = {
            name: FaultProfile.from_dict(spec, default) for name, spec in data.get("providers", {}).items()
        }
        return cls(seed=int(data.get("seed", 0)), default=default, providers=providers)

    @classmethod
    def load(cls, data_dir: Path, override: str | None = None) -> FaultConfig:
        """The data dir's `config.json` "faults", deep-merged with the JSON `override`
        (`Settings.sandbox_faults`, i.e. PRECREDIT_SANDBOX_FAULTS).

        The override "off" disables every fault, which is what unit tests of other packages want.
        """
        override = (override or "").strip()
        if faults_off(override):
            return cls.none()
        data = load_config(data_dir).get("faults", {})
        if override:
            data = _deep_merge(data, json.loads(override))
        return cls.from_dict(data)


def faults_off(override: str | None) -> bool:
    """Whether a `Settings.sandbox_faults` value switches every injected fault off."""
    return (override or "").strip().lower() in {"off", "none", "0"}


def load_config(data_dir: Path) -> dict[str, Any]:
    path = Path(data_dir) / "config.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


_attempt_override: contextvars.ContextVar[int | None] = contextvars.ContextVar("attempt", default=None)


@contextmanager
def attempt_scope(attempt: int) -> Iterator[None]:
    """Lets an activity pass Temporal's attempt number, so faults stay reproducible across workers.

    `asyncio.to_thread` copies the context, so `with attempt_scope(info.attempt): await to_thread(...)`
    reaches the provider's thread.
    """
    token = _attempt_override.set(attempt)
    try:
        yield
    finally:
        _attempt_override.reset(token)


class FaultInjector:
    """Decides latency and failures from a hash of (seed, provider, request key, attempt).

    Without an `attempt_scope` the attempt is this process's call count for the key, so a retry of
    the same request draws a fresh outcome while a rerun of the whole program repeats them all.
    """

    def __init__(self, config: FaultConfig, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self._config = config
        self._sleep = sleep
        self._attempts: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    @classmethod
    def none(cls) -> FaultInjector:
        return cls(FaultConfig.none())

    def _attempt(self, provider: str, key: str) -> int:
        explicit = _attempt_override.get()
        if explicit is not None:
            return explicit
        with self._lock:
            count = self._attempts.get((provider, key), 0) + 1
            self._attempts[(provider, key)] = count
            return count

    def before_call(self, provider: str, key: str) -> bool:
        """Sleeps the drawn latency, may raise ProviderUnavailable; True means "corrupt the answer"."""
        profile = self._config.for_provider(provider)
        attempt = self._attempt(provider, key)
        digest = hashlib.sha256(f"{self._config.seed}|{provider}|{key}|{attempt}".encode()).digest()
        rng = random.Random(digest)
        latency = profile.latency_mean_ms + profile.latency_jitter_ms * (2 * rng.random() - 1)
        if latency > 0:
            self._sleep(latency / 1000)
        if rng.random() < profile.failure_rate:
            raise ProviderUnavailable(provider, f"injected transient failure (attempt {attempt})")
        return rng.random() < profile.bad_data_rate


ModelT = TypeVar("ModelT", bound=BaseModel)


def parse_response(model: type[ModelT], raw: dict[str, Any], *, provider: str, corrupt: bool) -> ModelT:
    """Validates the provider's raw answer as a real adapter would; `corrupt` garbles it first."""
    if corrupt:
        raw = {key: (-1 if isinstance(value, bool | int) else None) for key, value in raw.items()}
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ProviderBadResponse(provider, f"invalid response: {exc.error_count()} field errors") from exc


def stable_int(*parts: object) -> int:
    """A process-independent integer from the parts (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")
