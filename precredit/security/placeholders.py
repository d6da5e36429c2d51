"""Refusing obviously unsafe secrets at configuration time, before anything is encrypted with them.

Standard library only: `precredit.config` imports this while building `Settings`.
"""

from __future__ import annotations

import base64
import binascii

_PLACEHOLDER_WORDS = (
    "changeme",
    "change-me",
    "change_me",
    "placeholder",
    "example",
    "secret",
    "xxxx",
    "todo",
)
MIN_TOKEN_LENGTH = 24


def looks_like_placeholder(text: str) -> bool:
    """Values people paste from README examples (`changeme…`, `secret-…`) or type by hand (`aaaa…`).

    Only a leading word counts: a generated random value may contain `todo` somewhere by chance.
    """
    lowered = text.strip().lower()
    return len(set(lowered)) < 6 or lowered.startswith(_PLACEHOLDER_WORDS)


def decode_key(b64: str, *, what: str) -> bytes:
    """A 256-bit key from base64; refuses wrong lengths and low-entropy keys such as all zeros."""
    try:
        key = base64.b64decode(b64.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"{what}: not valid base64") from exc
    if len(key) != 32:
        raise ValueError(f"{what}: must be 32 bytes (256 bits), got {len(key)}")
    # A random 32-byte key has ~30 distinct byte values and is almost never printable ASCII;
    # either sign means it was typed (all zeros, base64 of "changeme…"), not generated.
    if len(set(key)) < 8 or all(32 <= b < 127 for b in key):
        raise ValueError(f"{what}: looks like a placeholder, not random bytes; generate a random key")
    return key


def parse_key_list(spec: str) -> list[tuple[str, bytes]]:
    """`kid1:base64,kid2:base64` → [(kid, key)], oldest first; the last one encrypts."""
    keys: list[tuple[str, bytes]] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        kid, sep, b64 = item.partition(":")
        kid = kid.strip()
        if not sep or not kid or not b64:
            raise ValueError("encryption keys: expected 'key_id:base64key[,key_id:base64key...]'")
        keys.append((kid, decode_key(b64, what=f"encryption key {kid!r}")))
    if not keys:
        raise ValueError("encryption keys: empty")
    ids = [kid for kid, _ in keys]
    if len(set(ids)) != len(ids):
        raise ValueError("encryption keys: duplicate key id")
    return keys


def check_token(token: str) -> None:
    """Bearer tokens guard PII; a short or example token is refused rather than silently accepted."""
    if len(token) < MIN_TOKEN_LENGTH or looks_like_placeholder(token):
        raise ValueError(
            f"token {token[:4]}… is a placeholder or shorter than {MIN_TOKEN_LENGTH} characters; "
            "generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
        )
