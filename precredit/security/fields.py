"""Column encryption with per-subject data keys, so one subject's data can be erased by destroying
one key (crypto-shredding), even in backups and in columns nobody remembered to clear.

Each subject (an applicant, a card user) gets a random AES-256-GCM data key (DEK), stored wrapped
by the KeyRing's active master key in `SubjectKey` (`precredit.security.subjects`, shared with the
document store and the payload codec). Field ciphertexts are `v1.<base64>` strings and
are bound to their subject, so one row's value can't be pasted into another's.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Engine

from precredit.security.keys import NONCE_BYTES, DecryptionError, KeyRing
from precredit.security.subjects import SubjectKeys, SubjectShreddedError

__all__ = ["FieldCipher", "SubjectShreddedError"]

_PREFIX = "v1."


class FieldCipher:
    def __init__(self, engine: Engine, keyring: KeyRing, *, subjects: SubjectKeys | None = None) -> None:
        self._keyring = keyring
        self.subjects = subjects or SubjectKeys(engine, keyring)

    def encrypt_field(self, subject_id: str, plaintext: str) -> str:
        dek = self.subjects.key(subject_id, create=True)
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + AESGCM(dek).encrypt(nonce, plaintext.encode(), subject_id.encode())
        return _PREFIX + base64.urlsafe_b64encode(sealed).decode()

    def decrypt_field(self, subject_id: str, ciphertext: str) -> str:
        if not ciphertext.startswith(_PREFIX):
            raise DecryptionError("not a precredit field ciphertext")
        dek = self.subjects.key(subject_id)
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
        return self.subjects.shred(subject_id)

    def rewrap_all(self) -> int:
        """Re-wrap every data key with the active master key, so an old master key can be retired.
        Field ciphertexts are untouched. Returns how many keys moved."""
        return self.subjects.rewrap_all()
