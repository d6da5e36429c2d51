"""What every route needs, built once per app: settings, keys, database, document store, Temporal.

The Temporal client connects lazily (first use or start-up, whichever comes first) so the API can
start, and answer `/healthz`, while Temporal is still coming up; `/readyz` reports the difference.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from precredit.api.limits import FailureLimiter
from precredit.api.sessions import Sessions
from precredit.client import PreCreditClient, connect
from precredit.config import ApiOptions, Settings
from precredit.db.api_state import ensure_tables
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine
from precredit.integrations.base import SmsGateway
from precredit.integrations.providers import load_provider
from precredit.models.proofs import HumanAction
from precredit.security.assertions import ProofKeys, issue, proof_keys
from precredit.security.audit import MAC_PURPOSE, AuditTrail
from precredit.security.fields import FieldCipher
from precredit.security.keys import KeyRing, load_keyring
from precredit.security.roles import Principal, TokenDirectory
from precredit.security.subjects import SubjectKeys
from precredit.security.tokens import token_spec


class ClientHolder:
    def __init__(self, settings: Settings, client: PreCreditClient | None) -> None:
        self._settings = settings
        self._client = client
        self._lock = asyncio.Lock()

    @property
    def connected(self) -> bool:
        return self._client is not None

    async def get(self) -> PreCreditClient:
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    raw = await connect(self._settings)
                    self._client = PreCreditClient(raw, self._settings)
        return self._client


@dataclass
class ApiContext:
    settings: Settings
    keyring: KeyRing
    engine: Engine
    documents: DocumentStore
    cipher: FieldCipher
    audit: AuditTrail
    tokens: TokenDirectory
    client: ClientHolder
    pickup_limiter: FailureLimiter
    code_limiter: FailureLimiter
    sessions: Sessions
    sms: SmsGateway
    proof_keys: ProofKeys
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, settings: Settings, client: PreCreditClient | None) -> ApiContext:
        keyring = load_keyring(settings)
        engine = get_engine(settings.database)
        ensure_tables(engine)
        proof_spec = settings.proof_keys.get_secret_value() if settings.proof_keys else None
        subjects = SubjectKeys(engine, keyring)
        options = settings.api
        return cls(
            settings=settings,
            keyring=keyring,
            engine=engine,
            documents=DocumentStore(settings.documents_dir, keyring=keyring, subjects=subjects),
            cipher=FieldCipher(engine, keyring, subjects=subjects),
            audit=AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE)),
            tokens=TokenDirectory.parse(token_spec(settings)),
            client=ClientHolder(settings, client),
            pickup_limiter=FailureLimiter(
                engine, max_failures=options.pickup_failures_per_window, window=options.pickup_window_seconds
            ),
            code_limiter=FailureLimiter(
                engine, max_failures=options.pickup_failures_per_code, window=options.pickup_window_seconds
            ),
            sessions=Sessions(engine, keyring, settings.sessions),
            sms=load_provider(settings, "sms"),  # the configured gateway, like the workers'
            proof_keys=proof_keys(proof_spec, keyring),
        )

    @property
    def options(self) -> ApiOptions:
        return self.settings.api

    def temporal_ui_link(self, workflow_id: str) -> str:
        base = self.options.temporal_ui_url
        if base is None:
            host = self.settings.temporal_address.rpartition(":")[0] or "127.0.0.1"
            base = f"http://{host}:{self.settings.temporal_ui_port}"
        return f"{base.rstrip('/')}/namespaces/{self.settings.temporal_namespace}/workflows/{workflow_id}"

    def proof(
        self,
        who: Principal,
        action: HumanAction,
        object_id: str,
        *,
        decision: str = "",
        ttl: float | None = None,
    ) -> str:
        """A signed assertion for a principal this request has authenticated and authorised."""
        from datetime import timedelta

        seconds = self.settings.proof_ttl_seconds if ttl is None else ttl
        return issue(
            keys=self.proof_keys, subject=who.subject, role=who.role, action=action, object_id=object_id,
            decision=decision, ttl=timedelta(seconds=seconds),
        )  # fmt: skip

    async def audit_event(
        self, *, actor: str, action: str, application_id: str | None, **detail: Any
    ) -> None:
        """Human actions taken through the API go into the same hash-chained trail as decisions."""
        await asyncio.to_thread(
            self.audit.append, actor=actor, action=action, application_id=application_id, detail=detail
        )
