"""Per-applicant keys in the codec and the document store, on a real SQLite database: payloads of a
bound workflow name the applicant's key, decode until the key is destroyed, then decode to the
"erased" placeholder; other applicants and the global ring are untouched; rotation keeps working."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from temporalio.api.common.v1 import Payload
from temporalio.converter import ActivitySerializationContext, WorkflowSerializationContext

from precredit.db.blobs import DocumentErased, DocumentStore
from precredit.db.engine import get_engine
from precredit.security.codec import KEY_ID_METADATA, WORKFLOW_METADATA, EncryptionCodec, is_erased
from precredit.security.keys import KeyRing
from precredit.security.subjects import SubjectKeys, SubjectShreddedError, applicant_subject

ID_A, ID_B = "110105198503071234", "11010519900101002X"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return get_engine(f"sqlite:///{tmp_path / 'p.db'}")


@pytest.fixture
def ring() -> KeyRing:
    return KeyRing.generate("g1")


def ctx(workflow_id: str) -> WorkflowSerializationContext:
    return WorkflowSerializationContext(namespace="default", workflow_id=workflow_id)


async def test_bound_workflow_payloads_use_the_applicant_key_until_erased(
    engine: Engine, ring: KeyRing
) -> None:
    subjects = SubjectKeys(engine, ring)
    a, b = applicant_subject(ring, ID_A), applicant_subject(ring, ID_B)
    subjects.bind_workflow("precredit-a1", a, application_id="a1")
    subjects.bind_workflow("precredit-b1", b, application_id="b1")
    codec = EncryptionCodec(ring, subjects)
    secret = Payload(metadata={"encoding": b"json/plain"}, data=json.dumps({"id": ID_A}).encode())

    [enc_a] = await codec.with_context(ctx("precredit-a1")).encode([secret])
    [enc_b] = await codec.with_context(ctx("precredit-b1")).encode([secret])
    activity = ActivitySerializationContext(
        namespace="default", activity_id="1", activity_type="x", activity_task_queue="q",
        workflow_id="precredit-a1", workflow_type="PreCreditWorkflow", is_local=False,
    )  # fmt: skip
    [enc_act] = await codec.with_context(activity).encode([secret])
    [enc_global] = await codec.encode([secret])  # no workflow: the global ring, as before

    assert enc_a.metadata[KEY_ID_METADATA] == f"subject:{a}".encode()
    assert enc_act.metadata[KEY_ID_METADATA] == f"subject:{a}".encode()
    assert enc_a.metadata[WORKFLOW_METADATA] == b"precredit-a1"
    assert enc_global.metadata[KEY_ID_METADATA] == b"g1"
    assert ID_A.encode() not in enc_a.SerializeToString()
    # Any process with the database decodes, with or without a context (codec server, UI).
    assert await codec.decode([enc_a, enc_b, enc_act, enc_global]) == [secret] * 4

    assert subjects.shred(a) is True
    out = await EncryptionCodec(ring, SubjectKeys(engine, ring)).decode([enc_a, enc_act, enc_b, enc_global])
    assert is_erased(out[0]) and is_erased(out[1])
    assert json.loads(out[0].data)["precredit_erased"] is True
    assert ID_A.encode() not in out[0].SerializeToString()
    assert out[2:] == [secret, secret]  # the other applicant and the global ring are untouched
    with pytest.raises(SubjectShreddedError):  # nothing new is ever written for an erased person
        await codec.with_context(ctx("precredit-a1")).encode([secret])
    assert subjects.workflow_erased("precredit-a1") and not subjects.workflow_erased("precredit-b1")

    # The same person applies again: a new key for the new workflow; the old payloads stay erased.
    subjects.bind_workflow("precredit-a2", a, application_id="a2")
    [enc_new] = await codec.with_context(ctx("precredit-a2")).encode([secret])
    old, new = await EncryptionCodec(ring, SubjectKeys(engine, ring)).decode([enc_a, enc_new])
    assert is_erased(old) and new == secret
    assert subjects.workflow_erased("precredit-a1") and not subjects.workflow_erased("precredit-a2")


def test_a_cached_key_lapses_counted_from_before_its_read(engine: Engine, ring: KeyRing) -> None:
    """A worker's copy of a key it read just as an erase committed (a read the database took 0.6 s
    to answer) lapses `cache_seconds` after the read began, not after it ended: the erase waits
    that long from its commit (`Eraser.erase`), and then no process opens the person's data."""
    subject = applicant_subject(ring, ID_A)
    eraser = SubjectKeys(engine, ring)
    eraser.key(subject, create=True)
    worker = SubjectKeys(engine, ring, cache_seconds=1.0)
    slow = threading.Event()

    def slow_key_read(conn: object, cursor: object, statement: str, *args: object) -> None:
        if slow.is_set() and statement.startswith("SELECT master_key_id, wrapped_key"):
            time.sleep(0.6)

    event.listen(engine, "before_cursor_execute", slow_key_read)
    try:
        slow.set()
        began = time.monotonic()
        worker.key(subject)  # the key, still there when the read began
        slow.clear()
        assert eraser.shred(subject) is True
        assert worker.key(subject)  # the worker's copy, until it lapses
        time.sleep(max(0.0, began + 1.05 - time.monotonic()))
        with pytest.raises(SubjectShreddedError):
            worker.key(subject)
    finally:
        event.remove(engine, "before_cursor_execute", slow_key_read)


async def test_master_key_rotation_keeps_applicant_payloads_readable(engine: Engine, ring: KeyRing) -> None:
    a = applicant_subject(ring, ID_A)
    SubjectKeys(engine, ring).bind_workflow("precredit-a1", a)
    [enc] = (
        await EncryptionCodec(ring, SubjectKeys(engine, ring))
        .with_context(ctx("precredit-a1"))
        .encode([Payload(data=b"x")])
    )
    rotated = ring.rotated("g2")
    assert SubjectKeys(engine, rotated).rewrap_all() == 1
    only_new = KeyRing(keys=(rotated.keys[-1],), lookup_key=ring.lookup_key)
    [plain] = await EncryptionCodec(only_new, SubjectKeys(engine, only_new)).decode([enc])
    assert plain.data == b"x"


def test_documents_move_under_the_applicant_key_and_go_with_it(
    engine: Engine, ring: KeyRing, tmp_path: Path
) -> None:
    subjects = SubjectKeys(engine, ring)
    store = DocumentStore(tmp_path / "docs", keyring=ring, subjects=subjects)
    a, b = applicant_subject(ring, ID_A), applicant_subject(ring, ID_B)
    subjects.bind_workflow("precredit-a1", a)
    subjects.bind_workflow("precredit-b1", b)
    selfie, other = b"\xff\xd8 selfie of A", b"\xff\xd8 selfie of B"
    ref_a, ref_b = store.put(selfie), store.put(other)  # uploads: unclaimed, global ring
    assert store.owner(ref_a) == ("global",)
    assert store.claim(ref_a, a, kind="selfie", application_id="a1")
    assert store.claim(ref_b, b, kind="selfie", application_id="b1")
    report = store.put(b'{"name": "A"}', subject=a, kind="credit_report")
    assert store.owner(ref_a) == ("subject", a) and store.get(ref_a) == selfie
    assert {d.kind for d in subjects.documents_of(a)} == {"selfie", "credit_report"}

    subjects.shred(a)
    for ref in (ref_a, report):
        with pytest.raises(DocumentErased):
            store.get(ref)
    assert store.get(ref_b) == other
    # The erased person uploads the same photo again: a new, readable blob, not a dead one.
    assert store.put(selfie) == ref_a and store.get(ref_a) == selfie
    with pytest.raises(DocumentErased):  # the report was sealed under the destroyed key
        store.get(report)
    subjects.bind_workflow("precredit-a2", a)  # a new application renews the key
    assert store.claim(ref_a, a) and store.get(ref_a) == selfie
    with pytest.raises(DocumentErased):  # the new key does not bring the old report back
        store.get(report)


def test_keys_rewrap_cli_moves_applicant_keys_to_the_new_master_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from precredit.cli import main as cli
    from precredit.config import Settings, get_settings
    from precredit.security.keys import load_keyring

    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PRECREDIT_ENCRYPTION_KEYS", raising=False)
    get_settings.cache_clear()
    try:
        settings = Settings(data_dir=tmp_path)
        ring = load_keyring(settings)
        subjects = SubjectKeys(get_engine(settings.database), ring)
        subjects.bind_workflow("precredit-a1", applicant_subject(ring, ID_A))
        assert cli.main(["keys", "rotate"]) == 0
        assert cli.main(["keys", "rewrap"]) == 0
        assert "1 applicant keys re-wrapped" in capsys.readouterr().out
        new = load_keyring(settings)
        only_new = KeyRing(keys=(new.keys[-1],), lookup_key=new.lookup_key)
        assert SubjectKeys(get_engine(settings.database), only_new).key(applicant_subject(ring, ID_A))
    finally:
        get_settings.cache_clear()
