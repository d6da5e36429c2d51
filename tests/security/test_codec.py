from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal

import pytest
from pydantic import BaseModel
from temporalio.api.common.v1 import Payload

from precredit.config import Settings
from precredit.security.codec import (
    ENCODING,
    KEY_ID_METADATA,
    DecryptionError,
    EncryptionCodec,
    KeyRing,
    UnknownKeyError,
    data_converter,
    load_keyring,
)


class Applicant(BaseModel):
    name: str
    id_number: str
    income: Decimal
    born: date


SAMPLE = Applicant(
    name="张三丰", id_number="110101199003071234", income=Decimal("12345.67"), born=date(1990, 3, 7)
)


async def test_round_trips_pydantic_models_and_hides_plaintext(keyring: KeyRing) -> None:
    converter = data_converter(keyring)
    payloads = await converter.encode([SAMPLE])
    assert payloads[0].metadata["encoding"] == ENCODING
    assert payloads[0].metadata[KEY_ID_METADATA] == b"test-k1"
    assert b"110101199003071234" not in payloads[0].SerializeToString()
    assert await converter.decode(payloads, [Applicant]) == [SAMPLE]


async def test_rotation_decrypts_old_payloads_and_encrypts_with_the_new_key(keyring: KeyRing) -> None:
    old = await EncryptionCodec(keyring).encode([Payload(data=b"x")])
    rotated = keyring.rotated("test-k2")
    codec = EncryptionCodec(rotated)
    assert (await codec.decode(old))[0].data == b"x"
    new = await codec.encode([Payload(data=b"y")])
    assert new[0].metadata[KEY_ID_METADATA] == b"test-k2"
    with pytest.raises(UnknownKeyError):
        await EncryptionCodec(keyring).decode(new)


async def test_tampered_payload_and_unencrypted_passthrough(keyring: KeyRing) -> None:
    codec = EncryptionCodec(keyring)
    [enc] = await codec.encode([Payload(data=b"secret")])
    bad = Payload()
    bad.CopyFrom(enc)
    bad.data = enc.data[:-1] + bytes([enc.data[-1] ^ 1])
    with pytest.raises(DecryptionError):
        await codec.decode([bad])
    plain = Payload(metadata={"encoding": b"json/plain"}, data=b"1")
    assert await codec.decode([plain]) == [plain]


def test_load_keyring_from_env_and_from_generated_file(tmp_path, monkeypatch) -> None:
    k1, k2, lookup = (base64.b64encode(KeyRing.generate().keys[0][1]).decode() for _ in range(3))
    monkeypatch.setenv("PRECREDIT_ENCRYPTION_KEYS", f"old:{k1},new:{k2}")
    monkeypatch.setenv("PRECREDIT_LOOKUP_KEY", lookup)
    ring = load_keyring(Settings(data_dir=tmp_path))
    assert [kid for kid, _ in ring.keys] == ["old", "new"] and ring.active_key_id == "new"

    monkeypatch.delenv("PRECREDIT_ENCRYPTION_KEYS")
    monkeypatch.delenv("PRECREDIT_LOOKUP_KEY")
    first = load_keyring(Settings(data_dir=tmp_path))
    assert (tmp_path / "keys.json").stat().st_mode & 0o777 == 0o600
    assert load_keyring(Settings(data_dir=tmp_path)) == first


@pytest.mark.parametrize(
    "spec",
    [
        "k1:" + base64.b64encode(bytes(32)).decode(),
        "k1:" + base64.b64encode(b"changeme" * 4).decode(),
        "k1:short",
    ],
)
def test_settings_refuse_placeholder_keys(spec: str) -> None:
    with pytest.raises(ValueError, match="encryption key"):
        Settings(encryption_keys=spec)
