"""Column encryption with per-subject data keys, so one subject's data can be erased by destroying
one key (crypto-shredding), even in backups and in columns nobody remembered to clear.

Each subject (an applicant, an application) gets a random AES-256-GCM data key (DEK), stored wrapped
by the KeyRing's active master key in `SubjectKey`. Field ciphertexts are `v1.<base64>` strings and
are bound to their subject, so one row's value can't be pasted into another's.
"""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from precredit.db.keys import SubjectKey
from precredit.security.keys import NONCE_BYTES, DecryptionError, KeyRing

_PREFIX = "v1."
_WRAP_CONTEXT = b"subject-key:"


class SubjectShreddedError(LookupError):
    """The subject's data key was destroyed: its encrypted fields are gone for good, by design."""


class FieldCipher:
    def __init__(self, engine: Engine, keyring: KeyRing) -> None:
        self._engine = engine
        self._keyring = keyring

    def encrypt_field(self, subject_id: str, plaintext: str) -> str:
        dek = self._data_key(subject_id, create=True)
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + AESGCM(dek).encrypt(nonce, plaintext.encode(), subject_id.encode())
        return _PREFIX + base64.urlsafe_b64encode(sealed).decode()

    def decrypt_field(self, subject_id: str, ciphertext: str) -> str:
        if not ciphertext.startswith(_PREFIX):
            raise DecryptionError("not a precredit field ciphertext")
        dek = self._data_key(subject_id, create=False)
        sealed = base64.urlsafe_b64decode(ciphertext.removeprefix(_PREFIX))
        try:
            return (
                AESGCM(dek).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], subject_id.encode()).decode()
            )
        except InvalidTag as exc:
            raise DecryptionError(f"field of subject {subject_id!r} failed authentication") from exc

    def keyed_hash(self, value: str, *, purpose: str) -> str:
        """For lookups on encrypted columns (e.g. `purpose="id_number"`); see `KeyRing.keyed_hash`."""
        return self._keyring.keyed_hash(value, purpose=purpose)

    def shred_subject(self, subject_id: str) -> bool:
        """Destroy the subject's data key; True if there was one. Idempotent; no undo."""
        with Session(self._engine) as session:
            row = session.get(SubjectKey, subject_id)
            if row is None:
                # Leave a tombstone so later writes can't silently create a new key for an erased subject.
                session.add(SubjectKey(subject_id=subject_id, created_at=_now(), shredded_at=_now()))
                session.commit()
                return False
            had_key = row.wrapped_key is not None
            row.wrapped_key, row.master_key_id, row.shredded_at = None, None, row.shredded_at or _now()
            session.add(row)
            session.commit()
            return had_key

    def rewrap_all(self) -> int:
        """Re-wrap every data key with the active master key, so an old master key can be retired.
        Field ciphertexts are untouched. Returns how many keys moved."""
        moved = 0
        with Session(self._engine) as session:
            for row in session.exec(select(SubjectKey).where(SubjectKey.wrapped_key.is_not(None))):  # type: ignore[union-attr]
                if row.master_key_id == self._keyring.active_key_id:
                    continue
                dek = self._unwrap(row)
                row.master_key_id, row.wrapped_key = self._wrap(row.subject_id, dek)
                session.add(row)
                moved += 1
            session.commit()
        return moved

    def _data_key(self, subject_id: str, *, create: bool) -> bytes:
        with Session(self._engine) as session:
            row = session.get(SubjectKey, subject_id)
            if row is None and create:
                row = self._create(session, subject_id)
            if row is None:
                raise KeyError(f"no data key for subject {subject_id!r}")
            return self._unwrap(row)

    def _create(self, session: Session, subject_id: str) -> SubjectKey:
        dek = AESGCM.generate_key(256)
        kid, wrapped = self._wrap(subject_id, dek)
        session.add(
            SubjectKey(subject_id=subject_id, master_key_id=kid, wrapped_key=wrapped, created_at=_now())
        )
        try:
            session.commit()
        except IntegrityError:
            # Another writer created it first: use theirs, or the ciphertexts would disagree.
            session.rollback()
        row = session.get(SubjectKey, subject_id, populate_existing=True)
        assert row is not None
        return row

    def _wrap(self, subject_id: str, dek: bytes) -> tuple[str, bytes]:
        return self._keyring.encrypt(dek, context=_WRAP_CONTEXT + subject_id.encode())

    def _unwrap(self, row: SubjectKey) -> bytes:
        if row.wrapped_key is None or row.master_key_id is None:
            raise SubjectShreddedError(f"subject {row.subject_id!r} was crypto-shredded")
        return self._keyring.decrypt(
            row.master_key_id, row.wrapped_key, context=_WRAP_CONTEXT + row.subject_id.encode()
        )


def _now() -> datetime:
    return datetime.now(UTC)
