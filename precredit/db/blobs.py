"""The document store: large blobs live here and workflows carry `doc://<sha256>` references.

Content-addressed by the plaintext's SHA-256, so a retried upload is the same reference and a
reference proves its bytes; encrypted at rest, because ID card images and credit reports are
personal data. A blob is sealed either under the global key ring (an upload nobody has claimed yet)
or under its applicant's data key (`PCDOC2`, header names the subject): the client claims an
application's uploads when it starts the workflow, and the activities write bureau reports and
signed documents under the applicant's key directly. Erasing the applicant destroys that key, and
`get` then raises `DocumentErased` (the API answers 410 Gone).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from precredit.config import Settings
    from precredit.security.keys import KeyRing
    from precredit.security.subjects import SubjectKeys

_REF = re.compile(r"^doc://([0-9a-f]{64})$")
_MAGIC = b"PCDOC1\n"
_MAGIC_SUBJECT = b"PCDOC2\n"


class DocumentNotFound(LookupError):
    pass


class DocumentErased(LookupError):
    """The document was sealed under a person's key that an erase destroyed."""


class DocumentStore:
    def __init__(self, root: Path, *, keyring: KeyRing, subjects: SubjectKeys | None = None) -> None:
        self.root = root
        self.keyring = keyring
        self.subjects = subjects

    @classmethod
    def for_settings(cls, settings: Settings) -> DocumentStore:
        """The store every process uses: the key ring plus the applicant keys in the database."""
        from precredit.db.engine import get_engine
        from precredit.security.keys import load_keyring
        from precredit.security.subjects import SubjectKeys

        keyring = load_keyring(settings)
        subjects = SubjectKeys(get_engine(settings.database), keyring)
        return cls(settings.documents_dir, keyring=keyring, subjects=subjects)

    def put(
        self, data: bytes, *, subject: str | None = None, kind: str = "", application_id: str = ""
    ) -> str:
        """Store `data`; with `subject`, sealed under that person's key (and listed for export and
        erasure). A blob already stored stays as it is unless it can no longer be read (its owner
        was erased: the same bytes arriving again are a new upload) or it is unclaimed and now has
        an owner."""
        digest = hashlib.sha256(data).hexdigest()
        path = self._path(digest)
        current = self._owner(path)
        if current is None or current == ("erased",) or (subject and current == ("global",)):
            self._write(path, digest, data, subject)
        if subject and self.subjects is not None:
            owner = self._owner(path)
            if owner == ("subject", subject):
                self.subjects.record_document(
                    digest, subject, kind=kind, application_id=application_id, size=len(data)
                )
        return f"doc://{digest}"

    def claim(self, ref: str, subject: str, *, kind: str = "", application_id: str = "") -> bool:
        """Re-seal an unclaimed upload under its applicant's key; True if the blob is now theirs.
        A blob another live applicant owns (byte-identical upload) is left with them."""
        digest = self.digest(ref)
        path = self._path(digest)
        owner = self._owner(path)
        if owner is None or owner == ("erased",):
            return False
        if owner == ("global",):
            self.put(self.get(ref), subject=subject, kind=kind, application_id=application_id)
        elif owner == ("subject", subject) and self.subjects is not None:
            self.subjects.record_document(digest, subject, kind=kind, application_id=application_id)
        return self._owner(path) == ("subject", subject)

    def get(self, ref: str) -> bytes:
        digest = self.digest(ref)
        try:
            raw = self._path(digest).read_bytes()
        except FileNotFoundError as exc:
            raise DocumentNotFound(f"no document {ref}") from exc
        if raw.startswith(_MAGIC_SUBJECT):
            data = self._open_subject(ref, digest, raw)
        elif raw.startswith(_MAGIC):
            kid, _, blob = raw[len(_MAGIC) :].partition(b"\n")
            data = self.keyring.decrypt(kid.decode(), blob, context=digest.encode())
        else:
            raise DocumentNotFound(f"document {ref} is not in the store's format")
        if hashlib.sha256(data).hexdigest() != digest:
            raise DocumentNotFound(f"document {ref} is corrupt")
        return data

    def exists(self, ref: str) -> bool:
        return self._path(self.digest(ref)).exists()

    def discard(self, ref: str) -> None:
        """Removes a document nothing refers to (e.g. the uploads of a refused request)."""
        self._path(self.digest(ref)).unlink(missing_ok=True)

    def owner(self, ref: str) -> tuple[str, ...] | None:
        """("global",), ("subject", id), ("erased",) or None when absent."""
        return self._owner(self._path(self.digest(ref)))

    def delete_if_owned(self, ref: str, subject: str) -> bool:
        """Erasure removes the (already unreadable) blob too, unless the same bytes were re-uploaded
        since and now belong to someone else."""
        path = self._path(self.digest(ref))
        header = _header_of(path)
        if header is None or header[0] != subject or self.owner(ref) != ("erased",):
            return False
        path.unlink(missing_ok=True)
        return True

    @staticmethod
    def digest(ref: str) -> str:
        match = _REF.match(ref)
        if not match:
            raise ValueError(f"not a document reference: {ref!r}")
        return match.group(1)

    def _write(self, path: Path, digest: str, data: bytes, subject: str | None) -> None:
        if subject is not None and self.subjects is not None:
            from precredit.security.subjects import fingerprint, seal_with

            dek = self.subjects.key(subject, create=True)
            blob = seal_with(dek, subject, data, context=digest.encode())
            content = _MAGIC_SUBJECT + f"{subject} {fingerprint(dek)}".encode() + b"\n" + blob
        else:
            kid, blob = self.keyring.encrypt(data, context=digest.encode())
            content = _MAGIC + kid.encode() + b"\n" + blob
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(content)
        tmp.replace(path)

    def _open_subject(self, ref: str, digest: str, raw: bytes) -> bytes:
        from precredit.security.subjects import SubjectKeys

        header, _, blob = raw[len(_MAGIC_SUBJECT) :].partition(b"\n")
        subject, _, sealed_by = header.decode().partition(" ")
        if self.subjects is None:
            raise DocumentNotFound(f"document {ref} is under an applicant key and this store has none")
        dek = self._live_key(subject, sealed_by)
        if dek is None:
            raise DocumentErased(f"document {ref} was erased with its applicant")
        return SubjectKeys.open_with(dek, subject, blob, context=digest.encode())

    def _live_key(self, subject: str, sealed_by: str) -> bytes | None:
        """The subject's key if it is the one that sealed the blob; None once that key is gone."""
        from precredit.security.subjects import NoSubjectKeyError, SubjectShreddedError, fingerprint

        assert self.subjects is not None
        try:
            dek = self.subjects.key(subject)
        except (SubjectShreddedError, NoSubjectKeyError):
            return None
        return dek if fingerprint(dek) == sealed_by else None

    def _owner(self, path: Path) -> tuple[str, ...] | None:
        if not path.exists():
            return None
        header = _header_of(path)
        if header is None:
            return ("global",)
        subject, sealed_by = header
        if self.subjects is None:
            return ("subject", subject)
        return ("subject", subject) if self._live_key(subject, sealed_by) is not None else ("erased",)

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest


def _header_of(path: Path) -> tuple[str, str] | None:
    """(subject, key fingerprint) of a blob under an applicant key; None for the global ring."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_MAGIC_SUBJECT) + 100)
    except FileNotFoundError:
        return None
    if not head.startswith(_MAGIC_SUBJECT):
        return None
    subject, _, sealed_by = head[len(_MAGIC_SUBJECT) :].partition(b"\n")[0].decode().partition(" ")
    return subject, sealed_by
