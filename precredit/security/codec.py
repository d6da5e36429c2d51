"""Payload encryption for everything the Temporal server stores (inputs, results, signals, failures).

The server only ever sees `binary/encrypted` payloads; the key id travels in the metadata so a
worker can decrypt history written before a key rotation. Wire it into the client and worker
through `data_converter(keyring, subjects)`, and into the UI through the codec server.

Per-applicant keys: the SDK tells the codec which workflow a payload belongs to (its serialization
context). A workflow bound to a subject (`SubjectKeys.bind_workflow`, done by the client before the
start) has every payload sealed under that subject's data key, and the payload names it
(`encryption-key-id: subject:<id>`). Payloads of no subject stay under the global ring, and so do
payloads written before this existed: both still decode. Once the subject is erased, decoding
answers with an `ERASED` placeholder instead of failing, so the UI, the CLI and the codec server show
what happened.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from temporalio.api.common.v1 import Payload
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.converter import (
    ActivitySerializationContext,
    DataConverter,
    DefaultFailureConverterWithEncodedAttributes,
    PayloadCodec,
    SerializationContext,
    WithSerializationContext,
    WorkflowSerializationContext,
)

from precredit.security.keys import DecryptionError, KeyRing, UnknownKeyError, load_keyring

if TYPE_CHECKING:
    from precredit.security.subjects import SubjectKeys

__all__ = [
    "ENCODING",
    "ERASED_METADATA",
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
SUBJECT_KEY_PREFIX = "subject:"
WORKFLOW_METADATA = "precredit-workflow-id"
"""Plaintext on purpose: the server knows the workflow id anyway; the codec server audits by it."""
KEY_FINGERPRINT_METADATA = "precredit-key-fingerprint"
"""Which generation of the subject's key sealed it: a person erased and then applying again has a
new key, and their old payloads must still read as erased, not as tampered."""
ERASED_METADATA = "precredit-erased"
ERASED_TEXT = "personal data erased: this applicant's key was destroyed, so the payload is unreadable"
# Binds ciphertext to its use, so an encrypted payload can't be passed off as a DB field.
_CONTEXT = b"temporal-payload"


class EncryptionCodec(PayloadCodec, WithSerializationContext):
    def __init__(
        self, keyring: KeyRing, subjects: SubjectKeys | None = None, *, workflow_id: str | None = None
    ) -> None:
        self._keyring = keyring
        self.subjects = subjects
        self.workflow_id = workflow_id

    def with_context(self, context: SerializationContext) -> EncryptionCodec:
        """The SDK calls this with the workflow a payload belongs to (client, worker, activities)."""
        if (
            isinstance(context, WorkflowSerializationContext | ActivitySerializationContext)
            and context.workflow_id
        ):
            return EncryptionCodec(self._keyring, self.subjects, workflow_id=context.workflow_id)
        return self

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        # AES-GCM on a few KB is microseconds; the subject's key is one indexed read per call.
        subject = self._subject()
        if subject is None:
            return [self._encrypt(p) for p in payloads]
        assert self.subjects is not None
        dek = self.subjects.key(subject, create=True)  # SubjectShreddedError: nothing new for the erased
        return [self._encrypt_subject(p, subject, dek) for p in payloads]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        keys: dict[str, bytes | None] = {}  # one key read per subject per call
        return [self._decrypt(p, keys) for p in payloads]

    def _subject(self) -> str | None:
        if self.subjects is None or not self.workflow_id:
            return None
        return self.subjects.subject_of_workflow(self.workflow_id)

    def _encrypt(self, payload: Payload) -> Payload:
        key_id, blob = self._keyring.encrypt(payload.SerializeToString(), context=_CONTEXT)
        return Payload(metadata={"encoding": ENCODING, KEY_ID_METADATA: key_id.encode()}, data=blob)

    def _encrypt_subject(self, payload: Payload, subject: str, dek: bytes) -> Payload:
        from precredit.security.subjects import fingerprint, seal_with

        blob = seal_with(dek, subject, payload.SerializeToString(), context=_CONTEXT)
        metadata = {
            "encoding": ENCODING,
            KEY_ID_METADATA: (SUBJECT_KEY_PREFIX + subject).encode(),
            KEY_FINGERPRINT_METADATA: fingerprint(dek).encode(),
        }
        if self.workflow_id:
            metadata[WORKFLOW_METADATA] = self.workflow_id.encode()
        return Payload(metadata=metadata, data=blob)

    def _decrypt(self, payload: Payload, keys: dict[str, bytes | None]) -> Payload:
        # Payloads written before encryption was switched on (or by other tools) pass through.
        if payload.metadata.get("encoding") != ENCODING:
            return payload
        key_id = payload.metadata.get(KEY_ID_METADATA, b"").decode()
        plain = Payload()
        if key_id.startswith(SUBJECT_KEY_PREFIX):
            subject = key_id.removeprefix(SUBJECT_KEY_PREFIX)
            dek = self._subject_key(subject, keys)
            from precredit.security.subjects import SubjectKeys, fingerprint

            sealed_by = payload.metadata.get(KEY_FINGERPRINT_METADATA, b"").decode()
            if dek is None or sealed_by != fingerprint(dek):
                return erased_placeholder()

            plain.ParseFromString(SubjectKeys.open_with(dek, subject, payload.data, context=_CONTEXT))
            return plain
        plain.ParseFromString(self._keyring.decrypt(key_id, payload.data, context=_CONTEXT))
        return plain

    def _subject_key(self, subject: str, keys: dict[str, bytes | None]) -> bytes | None:
        from precredit.security.subjects import NoSubjectKeyError, SubjectShreddedError

        if subject not in keys:
            if self.subjects is None:
                raise UnknownKeyError(
                    f"{SUBJECT_KEY_PREFIX}{subject[:12]}… (this process has no subject keys)"
                )
            try:
                keys[subject] = self.subjects.key(subject)
            except SubjectShreddedError:
                keys[subject] = None
            except NoSubjectKeyError as exc:
                raise UnknownKeyError(f"{SUBJECT_KEY_PREFIX}{subject[:12]}…") from exc
        return keys[subject]


def erased_placeholder() -> Payload:
    """What an erased payload decodes to: valid JSON saying so, marked in the metadata."""
    body = json.dumps({"precredit_erased": True, "note": ERASED_TEXT}).encode()
    return Payload(metadata={"encoding": b"json/plain", ERASED_METADATA: b"true"}, data=body)


def is_erased(payload: Payload) -> bool:
    return payload.metadata.get(ERASED_METADATA) == b"true"


def data_converter(keyring: KeyRing, subjects: SubjectKeys | None = None) -> DataConverter:
    """The pydantic converter with every payload encrypted, failure messages and stack traces included
    (by default the failure message travels in plaintext, and ours can quote applicant data).
    Without `subjects` everything is under the global ring (tests, tools without the database)."""
    return dataclasses.replace(
        pydantic_data_converter,
        payload_codec=EncryptionCodec(keyring, subjects),
        failure_converter_class=DefaultFailureConverterWithEncodedAttributes,
    )
