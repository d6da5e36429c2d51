"""Everything activities need, built once per worker process from Settings (tests build their own)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine

from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine

if TYPE_CHECKING:
    from precredit.integrations.base import FaultInjector
    from precredit.integrations.providers import Providers
    from precredit.integrations.sandbox import Sandbox
    from precredit.security.audit import AuditTrail
    from precredit.security.fields import FieldCipher
    from precredit.security.keys import KeyRing
    from precredit.security.subjects import SubjectKeys


@dataclass
class Dependencies:
    settings: Settings
    engine: Engine
    documents: DocumentStore
    providers: Providers
    keyring: KeyRing
    cipher: FieldCipher
    audit: AuditTrail

    @classmethod
    def from_settings(cls, settings: Settings, *, faults: FaultInjector | None = None) -> Dependencies:
        """Third parties are whatever `settings.providers` names (the sandbox by default); `faults`
        replaces the sandbox's configured fault injection (tests pass FaultInjector.none())."""
        from precredit.integrations.providers import build_providers
        from precredit.security.audit import MAC_PURPOSE, AuditTrail
        from precredit.security.fields import FieldCipher
        from precredit.security.keys import load_keyring
        from precredit.security.subjects import SubjectKeys

        keyring = load_keyring(settings)
        engine = get_engine(settings.database)
        subjects = SubjectKeys(engine, keyring)
        return cls(
            settings=settings,
            engine=engine,
            documents=DocumentStore(settings.documents_dir, keyring=keyring, subjects=subjects),
            providers=build_providers(settings, faults=faults),
            keyring=keyring,
            cipher=FieldCipher(engine, keyring, subjects=subjects),
            audit=AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE)),
        )

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox behind the sandbox providers: its persons and outbox, for demos and tests."""
        if self.providers.sandbox is None:
            raise RuntimeError("no provider is a sandbox implementation")
        return self.providers.sandbox

    @property
    def subjects(self) -> SubjectKeys:
        return self.cipher.subjects

    def current_subject(self) -> str | None:
        """The applicant whose workflow runs this activity (bound by the client at start), so what
        the activity stores is sealed under that person's key; None outside a bound workflow."""
        from temporalio import activity

        if not activity.in_activity():
            return None
        return self.subjects.subject_of_workflow(activity.info().workflow_id or "")

    def keyed_hash(self, value: str, *, purpose: str) -> str:
        """HMAC lookups: a database dump reveals neither codes nor ID numbers."""
        return self.keyring.keyed_hash(value, purpose=purpose)

    def seal(self, plaintext: bytes, *, context: str) -> str:
        """AES-GCM under the active key, bound to `context` (e.g. the application id)."""
        import base64

        kid, blob = self.keyring.encrypt(plaintext, context=context.encode())
        return f"{kid}:{base64.b64encode(blob).decode()}"

    def unseal(self, sealed: str, *, context: str) -> bytes:
        import base64

        kid, _, b64 = sealed.partition(":")
        return self.keyring.decrypt(kid, base64.b64decode(b64), context=context.encode())

    def audit_event(self, *, actor: str, action: str, application_id: str | None, **detail: Any) -> None:
        self.audit.append(actor=actor, action=action, application_id=application_id, detail=detail)
