from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from precredit.cli import main as cli
from precredit.config import get_settings
from precredit.db import engine as db_engine
from precredit.security.audit import MAC_PURPOSE, AuditTrail
from precredit.security.keys import KeyRing


def _fill(trail: AuditTrail, n: int = 5) -> None:
    for i in range(n):
        trail.append(
            actor="system",
            action="decision",
            application_id=f"app-{i % 2}",
            detail={"step": "identity", "n": i},
        )


def test_chain_verifies(engine: Engine) -> None:
    trail = AuditTrail(engine)
    _fill(trail)
    report = trail.verify()
    assert report.ok and report.checked == 5 and report.head_seq == 5


def test_edit_is_caught(engine: Engine) -> None:
    trail = AuditTrail(engine)
    _fill(trail)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET detail = :d WHERE seq = 3"), {"d": '{"n":99,"step":"identity"}'}
        )
    report = trail.verify()
    assert not report.ok and report.first_broken_seq == 3 and report.checked == 2


def test_delete_is_caught(engine: Engine) -> None:
    trail = AuditTrail(engine)
    _fill(trail)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    report = trail.verify()
    assert not report.ok and report.first_broken_seq == 2


def test_reorder_is_caught(engine: Engine) -> None:
    trail = AuditTrail(engine)
    _fill(trail)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE audit_event SET seq = 2 WHERE seq = 3"))
        conn.execute(text("UPDATE audit_event SET seq = 3 WHERE seq = -1"))
    assert trail.verify().first_broken_seq == 2


def test_truncation_is_caught_with_a_recorded_head(engine: Engine) -> None:
    trail = AuditTrail(engine)
    _fill(trail)
    head = trail.verify()
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = 5"))
    assert trail.verify().ok  # a shorter chain is still a chain...
    assert not trail.verify(
        expected_head=(head.head_seq, head.head_hash)
    ).ok  # ...unless we remember the head


def test_rewritten_chain_fails_the_mac(engine: Engine, keyring: KeyRing) -> None:
    key = keyring.derive(MAC_PURPOSE)
    _fill(AuditTrail(engine, mac_key=key), 2)
    forger = AuditTrail(engine)  # knows the hashing scheme, not the key
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    forger.append(actor="system", action="decision", application_id="app-1", detail={"forged": True})
    assert forger.verify().ok
    report = AuditTrail(engine, mac_key=key).verify()
    assert not report.ok and report.first_broken_seq == 2


def test_detail_with_pii_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="must not contain"):
        AuditTrail(engine).append(
            actor="u1", action="x", application_id=None, detail={"id": "110101199003071234"}
        )


def test_concurrent_writers_keep_one_chain(engine: Engine) -> None:
    trail = AuditTrail(engine)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(
            pool.map(
                lambda i: trail.append(actor=f"w{i}", action="a", application_id=None, detail={"i": i}),
                range(40),
            )
        )
    report = trail.verify()
    assert report.ok and report.checked == 40


def test_cli_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PRECREDIT_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        engine = db_engine.get_engine(url)
        from precredit.security.keys import load_keyring

        _fill(AuditTrail(engine, mac_key=load_keyring(get_settings()).derive(MAC_PURPOSE)), 3)
        assert cli.main(["audit", "verify", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["ok"] is True
        with engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2"))
        assert cli.main(["audit", "verify"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == ["precredit: audit trail broken at seq 2: row content does not match its hash"]
    finally:
        get_settings.cache_clear()


def test_document_digests_are_not_mistaken_for_phone_numbers(tmp_path: Path) -> None:
    """~2% of SHA-256 digests contain a phone-like digit run; they must still be recordable."""
    import hashlib

    from precredit.db.engine import get_engine
    from precredit.security.audit import AuditTrail

    trail = AuditTrail(get_engine(f"sqlite:///{tmp_path / 'a.db'}"))
    digest = next(
        d
        for i in range(100_000)
        if "13" in (d := hashlib.sha256(str(i).encode()).hexdigest())
        and any(d[j : j + 11].isdigit() and d[j] == "1" and d[j + 1] in "3456789" for j in range(54))
    )
    trail.append(
        actor="buyer", action="buyer.signed", application_id="a1", detail={"document_sha256": digest}
    )
    import pytest

    with pytest.raises(ValueError):
        trail.append(actor="buyer", action="x", application_id="a1", detail={"phone": "13812345678"})
    assert trail.verify().ok
