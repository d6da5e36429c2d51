"""Every codec-server decode leaves an audit event naming the operator and the workflow; the audit
trail's anchored head catches a truncated tail; a signed-in browser session names its operator."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from google.protobuf import json_format
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from temporalio.api.common.v1 import Payload, Payloads
from temporalio.converter import WorkflowSerializationContext

from precredit.db.audit import AuditEvent
from precredit.db.engine import get_engine
from precredit.security.audit import MAC_PURPOSE, AuditTrail
from precredit.security.codec import EncryptionCodec
from precredit.security.codec_server import COOKIE, create_codec_app
from precredit.security.keys import KeyRing
from precredit.security.subjects import SubjectKeys, applicant_subject

TOKEN = "op-token-for-audit-tests-0123456789"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return get_engine(f"sqlite:///{tmp_path / 'a.db'}")


async def test_each_decode_is_audited_with_operator_and_workflow(engine: Engine) -> None:
    ring = KeyRing.generate("g1")
    subjects = SubjectKeys(engine, ring)
    subjects.bind_workflow("precredit-app-1", applicant_subject(ring, "110105198503071234"))
    trail = AuditTrail(engine, mac_key=ring.derive(MAC_PURPOSE))
    app = create_codec_app(
        ring, operator_tokens={TOKEN: "alice"}, cors_origins=[], subjects=subjects, audit=trail
    )
    codec = EncryptionCodec(ring, subjects).with_context(
        WorkflowSerializationContext(namespace="default", workflow_id="precredit-app-1")
    )
    body = json_format.MessageToJson(Payloads(payloads=await codec.encode([Payload(data=b'"secret"')])))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as http:
        ok = await http.post("/decode", content=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200
        refused = await http.post("/decode", content=body, headers={"Authorization": "Bearer " + "x" * 30})
        assert refused.status_code == 403
        signed = await http.post("/login", data={"token": TOKEN})
        assert signed.status_code == 200 and http.cookies.get(COOKIE)
        by_cookie = await http.post("/decode", content=body)
        assert by_cookie.status_code == 200
    with Session(engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "codec.decode")).all()
    assert len(events) == 2  # one per successful decode, none for the refused one
    for event in events:
        detail = json.loads(event.detail)
        assert event.actor == "operator:alice" and event.application_id == "app-1"
        assert detail["workflows"] == ["precredit-app-1"] and detail["applicant_payloads"] == 1
    assert trail.verify().ok


def test_truncated_tail_is_caught_by_the_anchored_head(engine: Engine) -> None:
    trail = AuditTrail(engine, mac_key=b"k" * 32, anchor_every=4)
    for i in range(10):
        trail.append(actor="system", action="decision", application_id="a", detail={"n": i})
    assert trail.verify().ok
    assert trail.anchor() == (10, trail.verify().head_hash)
    with engine.begin() as conn:  # the newest two events disappear: a valid, shorter chain
        conn.execute(text("DELETE FROM audit_event WHERE seq > 8"))
    report = trail.verify()
    assert not report.ok and report.first_broken_seq == 9
    assert report.reason is not None and "anchored at seq 10" in report.reason

    with engine.begin() as conn:  # an anchor forged without the MAC key is refused too
        conn.execute(text("UPDATE audit_anchor SET hash = :h WHERE seq = 8"), {"h": "0" * 64})
        conn.execute(text("DELETE FROM audit_anchor WHERE seq = 10"))
    report = trail.verify()
    assert not report.ok and report.reason == "anchor MAC does not match"
