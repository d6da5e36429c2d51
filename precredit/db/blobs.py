"""The document store: large blobs live here and workflows carry `doc://<sha256>` references.

Content-addressed by the plaintext's SHA-256, so a retried upload is the same reference and a
reference proves its bytes; encrypted at rest (AES-GCM under the key ring, bound to the digest),
because ID card images and credit reports are personal data.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from precredit.security.keys import KeyRing

_REF = re.compile(r"^doc://([0-9a-f]{64})$")
_MAGIC = b"PCDOC1\n"


class DocumentNotFound(LookupError):
    pass


class DocumentStore:
    def __init__(self, root: Path, *, keyring: KeyRing) -> None:
        self.root = root
        self.keyring = keyring

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self._path(digest)
        if not path.exists():
            kid, blob = self.keyring.encrypt(data, context=digest.encode())
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(_MAGIC + kid.encode() + b"\n" + blob)
            tmp.replace(path)
        return f"doc://{digest}"

    def get(self, ref: str) -> bytes:
        digest = self.digest(ref)
        try:
            raw = self._path(digest).read_bytes()
        except FileNotFoundError as exc:
            raise DocumentNotFound(f"no document {ref}") from exc
        if not raw.startswith(_MAGIC):
            raise DocumentNotFound(f"document {ref} is not in the store's format")
        kid, _, blob = raw[len(_MAGIC) :].partition(b"\n")
        data = self.keyring.decrypt(kid.decode(), blob, context=digest.encode())
        if hashlib.sha256(data).hexdigest() != digest:
            raise DocumentNotFound(f"document {ref} is corrupt")
        return data

    def exists(self, ref: str) -> bool:
        return self._path(self.digest(ref)).exists()

    def discard(self, ref: str) -> None:
        """Removes a document nothing refers to (e.g. the uploads of a refused request)."""
        self._path(self.digest(ref)).unlink(missing_ok=True)

    @staticmethod
    def digest(ref: str) -> str:
        match = _REF.match(ref)
        if not match:
            raise ValueError(f"not a document reference: {ref!r}")
        return match.group(1)

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest
