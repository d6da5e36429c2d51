"""Payload encryption for everything the Temporal server stores (inputs, results, signals, failures).

The server only ever sees `binary/encrypted` payloads; the key id travels in the metadata so a
worker can decrypt history written before a key rotation. Wire it into the client and worker
through `data_converter(keyring)`, and into the UI through the codec server.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from temporalio.api.common.v1 import Payload
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import DataConverter, DefaultFailureConverterWithEncodedAttributes, PayloadCodec

from precredit.security.keys import DecryptionError, KeyRing, UnknownKeyError, load_keyring

__all__ = [
    "ENCODING",
    "KEY_ID_METADATA",
    "DecryptionError",
    "EncryptionCodec",
    "KeyRing",
    "UnknownKeyError",
    "data_converter",
    "load_keyring",
]

ENCODING = b"binary/encrypted"
KEY_ID_METADATA = "encryption-key-id"
# Binds ciphertext to its use, so an encrypted payload can't be passed off as a DB field.
_CONTEXT = b"temporal-payload"


class EncryptionCodec(PayloadCodec):
    def __init__(self, keyring: KeyRing) -> None:
        self._keyring = keyring

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        # AES-GCM on a few KB is microseconds; a thread hop would cost more than it saves.
        return [self._encrypt(p) for p in payloads]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [self._decrypt(p) for p in payloads]

    def _encrypt(self, payload: Payload) -> Payload:
        key_id, blob = self._keyring.encrypt(payload.SerializeToString(), context=_CONTEXT)
        return Payload(metadata={"encoding": ENCODING, KEY_ID_METADATA: key_id.encode()}, data=blob)

    def _decrypt(self, payload: Payload) -> Payload:
        # Payloads written before encryption was switched on (or by other tools) pass through.
        if payload.metadata.get("encoding") != ENCODING:
            return payload
        key_id = payload.metadata.get(KEY_ID_METADATA, b"").decode()
        plain = Payload()
        plain.ParseFromString(self._keyring.decrypt(key_id, payload.data, context=_CONTEXT))
        return plain


def data_converter(keyring: KeyRing) -> DataConverter:
    """The pydantic converter with every payload encrypted, failure messages and stack traces included
    (by default the failure message travels in plaintext, and ours can quote applicant data)."""
    return dataclasses.replace(
        pydantic_data_converter,
        payload_codec=EncryptionCodec(keyring),
        failure_converter_class=DefaultFailureConverterWithEncodedAttributes,
    )
