"""The master keys: AES-256-GCM keys with ids (rotation) plus one stable key for keyed lookups.

Rotation without downtime: add a new key at the end of the list and restart workers one by one;
every process encrypts with the newest key and still decrypts anything written with an older id.
The lookup key does not rotate with them: keyed hashes stored in the database must stay comparable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from precredit.security.placeholders import decode_key, parse_key_list

if TYPE_CHECKING:
    from precredit.config import Settings

NONCE_BYTES = 12
KEY_FILE_NAME = "keys.json"


class UnknownKeyError(KeyError):
    """Data names a key id this process was not given: a retired key, or a misconfigured worker."""


class DecryptionError(ValueError):
    """Authentication failed: the ciphertext, its key id or its context was altered."""


@dataclass(frozen=True)
class KeyRing:
    keys: tuple[tuple[str, bytes], ...]
    """(key id, 32-byte key), oldest first; the last one encrypts."""
    lookup_key: bytes
    """Keys the HMACs of `keyed_hash`; never used to encrypt."""

    def __post_init__(self) -> None:
        if not self.keys:
            raise ValueError("KeyRing needs at least one key")
        if any(len(key) != 32 for _, key in self.keys) or len(self.lookup_key) != 32:
            raise ValueError("KeyRing keys must be 32 bytes")

    @classmethod
    def generate(cls, key_id: str | None = None) -> KeyRing:
        """A fresh ring, for tests and for the dev stack's first start."""
        return cls(
            keys=((key_id or new_key_id(), AESGCM.generate_key(256)),), lookup_key=secrets.token_bytes(32)
        )

    def rotated(self, key_id: str | None = None) -> KeyRing:
        """This ring plus a new active key; older ids still decrypt."""
        return KeyRing(
            keys=(*self.keys, (key_id or new_key_id(), AESGCM.generate_key(256))), lookup_key=self.lookup_key
        )

    @property
    def active_key_id(self) -> str:
        return self.keys[-1][0]

    def key(self, key_id: str) -> bytes:
        for kid, key in self.keys:
            if kid == key_id:
                return key
        raise UnknownKeyError(key_id)

    def encrypt(self, plaintext: bytes, *, context: bytes = b"") -> tuple[str, bytes]:
        """(key id, nonce ‖ ciphertext ‖ tag). The key id and `context` are authenticated too."""
        kid, key = self.keys[-1]
        nonce = os.urandom(NONCE_BYTES)
        return kid, nonce + AESGCM(key).encrypt(nonce, plaintext, kid.encode() + b"|" + context)

    def decrypt(self, key_id: str, blob: bytes, *, context: bytes = b"") -> bytes:
        key = self.key(key_id)
        try:
            return AESGCM(key).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], key_id.encode() + b"|" + context
            )
        except InvalidTag as exc:
            raise DecryptionError(f"authentication failed under key {key_id!r}") from exc

    def derive(self, purpose: str) -> bytes:
        """A sub-key of the lookup key per purpose, so one HMAC can't be replayed as another."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"precredit:" + purpose.encode())
        return hkdf.derive(self.lookup_key)

    def keyed_hash(self, value: str, *, purpose: str) -> str:
        """HMAC-SHA256 hex for equality lookups (e.g. find an applicant by ID number) without storing
        the value, and without letting a database dump be brute-forced offline. Callers normalise
        the value first (strip, upper-case the ID check character)."""
        return hmac.new(self.derive(purpose), value.encode(), hashlib.sha256).hexdigest()


def new_key_id() -> str:
    return time.strftime("k%Y%m%d-") + secrets.token_hex(3)


def load_keyring(settings: Settings) -> KeyRing:
    """From `PRECREDIT_ENCRYPTION_KEYS` + `PRECREDIT_LOOKUP_KEY`, else `data_dir/keys.json`.

    The file is the embedded dev stack's: generated on first use with 0600 permissions, so no key
    ever lives in the repository. Clusters pass the environment variables (from a secret store).
    """
    if settings.encryption_keys is not None:
        if settings.lookup_key is None:
            raise ValueError("PRECREDIT_ENCRYPTION_KEYS is set but PRECREDIT_LOOKUP_KEY is not")
        keys = parse_key_list(settings.encryption_keys.get_secret_value())
        lookup = decode_key(settings.lookup_key.get_secret_value(), what="PRECREDIT_LOOKUP_KEY")
        return KeyRing(keys=tuple(keys), lookup_key=lookup)
    return load_or_create_key_file(settings.data_dir / KEY_FILE_NAME)


def load_or_create_key_file(path: Path) -> KeyRing:
    if not path.exists():
        _create_key_file(path, KeyRing.generate())
    return _read_key_file(path)


def save_key_file(path: Path, ring: KeyRing) -> None:
    """Replace the file atomically (used by `precredit keys rotate`)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    _write_private(tmp, ring)
    os.replace(tmp, path)


def _create_key_file(path: Path, ring: KeyRing) -> None:
    # Worker and API may start together: write aside, then link; whoever links second reads the winner's.
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    _write_private(tmp, ring)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()


def _write_private(path: Path, ring: KeyRing) -> None:
    doc = {
        "encryption_keys": [{"id": kid, "key": base64.b64encode(key).decode()} for kid, key in ring.keys],
        "lookup_key": base64.b64encode(ring.lookup_key).decode(),
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(doc, fh, indent=2)


def _read_key_file(path: Path) -> KeyRing:
    if path.stat().st_mode & 0o077:
        raise PermissionError(f"{path} is readable by other users; chmod 600 it")
    doc = json.loads(path.read_text())
    keys = tuple(
        (item["id"], decode_key(item["key"], what=f"{path}: key {item['id']!r}"))
        for item in doc["encryption_keys"]
    )
    return KeyRing(keys=keys, lookup_key=decode_key(doc["lookup_key"], what=f"{path}: lookup_key"))
