"""The stack under attack, as the probe reaches it: the HTTP API, the Temporal frontend (as an
attacker's plain client would), the audit trail in the application database, and the sandbox world
the probe's legitimate applicants live in (their phones are the sandbox SMS outbox).

Everything comes from `Settings`, the way the API, the workers and the CLI get it: the Temporal
address, namespace and TLS, the database URL, the configured API tokens, the proof keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select
from temporalio.api.common.v1 import Payload
from temporalio.client import Client
from temporalio.converter import DataConverter, PayloadCodec

from precredit.config import SANDBOX, Settings
from precredit.db.audit import AuditEvent
from precredit.integrations.messaging import SandboxOutbox, SmsMessage
from precredit.security.assertions import ProofKeys
from precredit.security.roles import Role


class ProbeError(Exception):
    """The probe cannot run against this target at all (one line for the operator)."""


@dataclass(frozen=True)
class ProbeConfig:
    settings: Settings
    """Temporal address/namespace/TLS, task queue, database URL, API tokens and keys of the target."""
    api_url: str
    """Base URL of the target's HTTP API, e.g. http://127.0.0.1:8000."""
    timeout: float = 600.0
    """Seconds the whole probe may take before it gives up on a victim."""
    flood: int = 30
    """OTP requests the SMS flood sends to one phone (the issue's attacker sent 30)."""


@dataclass(frozen=True)
class Credential:
    token: str
    subject: str

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def credentials(spec: str) -> dict[Role, list[Credential]]:
    """`token:role:subject,...` (PRECREDIT_API_TOKENS or the dev token file) by role."""
    out: dict[Role, list[Credential]] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        token, role, subject = [*item.split(":", 2), "", ""][:3]
        with contextlib.suppress(ValueError):
            out.setdefault(Role(role), []).append(Credential(token, subject))
    return out


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    actor: str
    action: str
    application_id: str | None
    detail: dict[str, Any]


class AuditReader:
    """Reads (never writes) the audit trail; only events after the probe started count."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.since = self.head()

    def head(self) -> int:
        with Session(self.engine) as session:
            return int(session.exec(select(func.max(AuditEvent.seq))).one() or 0)

    def events(
        self, *, action: str, application_id: str | None = None, after: int | None = None
    ) -> list[AuditRecord]:
        with Session(self.engine) as session:
            start = max(self.since, after or 0)
            query = select(AuditEvent).where(AuditEvent.seq > start, AuditEvent.action == action)
            if application_id is not None:
                query = query.where(AuditEvent.application_id == application_id)
            rows = session.exec(query.order_by(col(AuditEvent.seq))).all()
        return [AuditRecord(r.seq, r.actor, r.action, r.application_id, json.loads(r.detail)) for r in rows]

    async def wait_for(
        self,
        *,
        action: str,
        application_id: str | None = None,
        after: int | None = None,
        where: Callable[[AuditRecord], bool] = lambda _: True,
        count: int = 1,
        timeout: float = 30.0,
    ) -> list[AuditRecord]:
        """The matching events once there are `count` of them, or what there is after `timeout`: a
        workflow audits a refusal from an activity, a moment after it answered."""
        deadline = time.monotonic() + timeout
        while True:
            found = [
                e
                for e in await asyncio.to_thread(
                    self.events, action=action, application_id=application_id, after=after
                )
                if where(e)
            ]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            await asyncio.sleep(0.25)


class _PlainOut(PayloadCodec):
    """The attacker's client writes plain JSON payloads, as `temporal workflow signal --input` does;
    the probe reads the workflow's (encrypted) answers with the deployment's codec if it has one."""

    def __init__(self, reader: PayloadCodec | None) -> None:
        self.reader = reader

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return list(payloads)

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return await self.reader.decode(payloads) if self.reader else list(payloads)


def has_keys(settings: Settings) -> bool:
    """Keys come from the environment or the embedded stack's key file; never create one here."""
    from precredit.security.keys import KEY_FILE_NAME

    return settings.encryption_keys is not None or (settings.data_dir / KEY_FILE_NAME).exists()


async def attacker_client(settings: Settings) -> Client:
    from precredit.client import subject_keys, tls_config
    from precredit.security.codec import data_converter

    converter: DataConverter
    if has_keys(settings):
        real = data_converter(*subject_keys(settings))
        converter = dataclasses.replace(real, payload_codec=_PlainOut(real.payload_codec))
    else:
        from temporalio.contrib.pydantic import pydantic_data_converter

        converter = dataclasses.replace(pydantic_data_converter, payload_codec=_PlainOut(None))
    api_key = settings.temporal_api_key.get_secret_value() if settings.temporal_api_key else None
    try:
        return await Client.connect(
            settings.temporal_address,
            namespace=settings.temporal_namespace,
            data_converter=converter,
            tls=tls_config(settings),
            api_key=api_key,
        )
    except RuntimeError as exc:
        raise ProbeError(f"cannot reach Temporal at {settings.temporal_address}: {exc}") from exc


class Phones:
    """The sandbox SMS outbox: every phone the probe's applicants hold."""

    def __init__(self, outbox: SandboxOutbox) -> None:
        self.outbox = outbox

    def count(self, phone: str, purpose: str) -> int:
        return len(self.outbox.messages(phone, purpose))

    async def next_message(self, phone: str, purpose: str, *, after: int, timeout: float = 60) -> SmsMessage:
        """The newest message for `purpose` once more than `after` have arrived."""
        deadline = time.monotonic() + timeout
        while True:
            found = await asyncio.to_thread(self.outbox.messages, phone, purpose)
            if len(found) > after:
                return found[-1]
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {purpose} SMS arrived in {timeout:.0f} s")
            await asyncio.sleep(0.2)


@dataclass
class Target:
    config: ProbeConfig
    http: httpx.AsyncClient
    temporal: Client
    audit: AuditReader
    phones: Phones
    tokens: dict[Role, list[Credential]]
    proof_keys: ProofKeys | None
    """The deployment's proof keys, as the operator CLI holds them: only the proof attacks (expired,
    wrong role, replayed) need them, to mint proofs an attacker would have captured or stolen."""

    @property
    def settings(self) -> Settings:
        return self.config.settings

    def credential(self, role: Role, index: int = 0) -> Credential:
        found = self.tokens.get(role, [])
        if len(found) <= index:
            raise ProbeError(f"needs {index + 1} {role} token(s) in PRECREDIT_API_TOKENS")
        return found[index]


@contextlib.asynccontextmanager
async def open_target(config: ProbeConfig) -> AsyncIterator[Target]:
    from precredit.db.engine import get_engine
    from precredit.security.assertions import keys_for
    from precredit.security.tokens import token_spec

    settings = config.settings
    if not settings.providers.sms.startswith(SANDBOX):
        raise ProbeError(
            "the probe's applicants live in the sandbox world: PRECREDIT_PROVIDERS__SMS is not it"
        )
    if settings.api_tokens is None and not (settings.data_dir / "tokens.json").exists():
        raise ProbeError("no API tokens: set PRECREDIT_API_TOKENS, or PRECREDIT_DATA_DIR to the stack's")
    async with httpx.AsyncClient(base_url=config.api_url.rstrip("/"), timeout=60) as http:
        try:
            (await http.get("/healthz")).raise_for_status()
        except httpx.HTTPError as exc:
            raise ProbeError(f"no API answers at {config.api_url}: {exc}") from exc
        try:
            target = Target(
                config=config,
                http=http,
                temporal=await attacker_client(settings),
                audit=_audit_reader(get_engine(settings.database)),
                phones=Phones(SandboxOutbox(settings.sandbox_state_dir)),
                tokens=credentials(token_spec(settings)),
                proof_keys=keys_for(settings) if has_keys(settings) else None,
            )
        except (ValueError, OSError) as exc:  # a malformed key or token setting, an unreadable file
            raise ProbeError(f"cannot read the deployment's keys or tokens: {exc}") from exc
        yield target


def _audit_reader(engine: Engine) -> AuditReader:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return AuditReader(engine)
    except SQLAlchemyError as exc:
        raise ProbeError(f"cannot read the audit trail: {type(exc).__name__}") from exc
