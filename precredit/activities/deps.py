"""Everything activities need, built once per worker process from Settings (tests build their own)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine

if TYPE_CHECKING:
    from precredit.integrations.sandbox import Sandbox
    from precredit.security.keys import KeyRing


@dataclass
class Dependencies:
    settings: Settings
    engine: Engine
    documents: DocumentStore
    sandbox: Sandbox
    keyring: KeyRing

    @classmethod
    def from_settings(cls, settings: Settings) -> Dependencies:
        from precredit.integrations.sandbox import Sandbox
        from precredit.security.keys import load_keyring

        return cls(
            settings=settings,
            engine=get_engine(settings.database),
            documents=DocumentStore(settings.documents_dir),
            sandbox=Sandbox.from_settings(settings),
            keyring=load_keyring(settings),
        )

    def keyed_hash(self, value: str, *, purpose: str) -> str:
        """HMAC lookups: a database dump reveals neither codes nor ID numbers."""
        return self.keyring.keyed_hash(value, purpose=purpose)

    def seal(self, plaintext: bytes, *, context: str) -> str:
        """AES-GCM under the active key, bound to `context` (e.g. the application id)."""
        kid, blob = self.keyring.encrypt(plaintext, context=context.encode())
        return f"{kid}:{base64.b64encode(blob).decode()}"

    def unseal(self, sealed: str, *, context: str) -> bytes:
        kid, _, b64 = sealed.partition(":")
        return self.keyring.decrypt(kid, base64.b64decode(b64), context=context.encode())
