"""The document store: large blobs live here and workflows carry `doc://<sha256>` references.

Content-addressed, so a retried upload is the same reference and a reference proves its bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

_REF = re.compile(r"^doc://([0-9a-f]{64})$")


class DocumentNotFound(LookupError):
    pass


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self._path(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            tmp.replace(path)
        return f"doc://{digest}"

    def get(self, ref: str) -> bytes:
        digest = self.digest(ref)
        try:
            data = self._path(digest).read_bytes()
        except FileNotFoundError as exc:
            raise DocumentNotFound(f"no document {ref}") from exc
        if hashlib.sha256(data).hexdigest() != digest:
            raise DocumentNotFound(f"document {ref} is corrupt")
        return data

    def exists(self, ref: str) -> bool:
        return self._path(self.digest(ref)).exists()

    @staticmethod
    def digest(ref: str) -> str:
        match = _REF.match(ref)
        if not match:
            raise ValueError(f"not a document reference: {ref!r}")
        return match.group(1)

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest
