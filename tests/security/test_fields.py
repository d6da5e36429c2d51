from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from precredit.security.fields import FieldCipher, SubjectShreddedError
from precredit.security.keys import DecryptionError, KeyRing


def test_round_trip_and_subject_binding(engine: Engine, keyring: KeyRing) -> None:
    cipher = FieldCipher(engine, keyring)
    sealed = cipher.encrypt_field("app-1", "张三丰")
    assert "张三丰" not in sealed and sealed.startswith("v1.")
    assert cipher.decrypt_field("app-1", sealed) == "张三丰"
    assert cipher.encrypt_field("app-1", "张三丰") != sealed  # fresh nonce every time
    cipher.encrypt_field("app-2", "x")
    with pytest.raises(DecryptionError):
        cipher.decrypt_field("app-2", sealed)  # pasted into another subject's row


def test_master_key_rotation_and_rewrap(engine: Engine, keyring: KeyRing) -> None:
    sealed = FieldCipher(engine, keyring).encrypt_field("app-1", "13812345678")
    ring2 = keyring.rotated("k2")
    rotated = FieldCipher(engine, ring2)
    assert rotated.decrypt_field("app-1", sealed) == "13812345678"
    assert rotated.rewrap_all() == 1
    # After re-wrapping, the old master key can be retired entirely.
    only_new = KeyRing(keys=(ring2.keys[-1],), lookup_key=keyring.lookup_key)
    assert FieldCipher(engine, only_new).decrypt_field("app-1", sealed) == "13812345678"


def test_shredded_subject_cannot_be_decrypted_or_rewritten(engine: Engine, keyring: KeyRing) -> None:
    cipher = FieldCipher(engine, keyring)
    sealed = cipher.encrypt_field("app-1", "110101199003071234")
    kept = cipher.encrypt_field("app-2", "kept")
    assert cipher.shred_subject("app-1") is True
    with pytest.raises(SubjectShreddedError):
        cipher.decrypt_field("app-1", sealed)
    with pytest.raises(SubjectShreddedError):
        cipher.encrypt_field("app-1", "new data")
    assert cipher.shred_subject("app-1") is False
    assert cipher.decrypt_field("app-2", kept) == "kept"


def test_keyed_hash_is_stable_keyed_and_purpose_bound(engine: Engine, keyring: KeyRing) -> None:
    cipher = FieldCipher(engine, keyring)
    h = cipher.keyed_hash("110101199003071234", purpose="id_number")
    assert h == FieldCipher(engine, keyring.rotated()).keyed_hash("110101199003071234", purpose="id_number")
    assert h != cipher.keyed_hash("110101199003071234", purpose="phone")
    assert h != FieldCipher(engine, KeyRing.generate()).keyed_hash("110101199003071234", purpose="id_number")
    assert len(h) == 64
