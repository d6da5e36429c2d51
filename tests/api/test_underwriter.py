"""Underwriter endpoints: queue from search attributes, evidence (DB + decrypted fields, masked),
authorised document views, and the decision signal with who decided."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session

from precredit.db.tables import ApplicationRow, DecisionRow, DocumentFieldsRow
from tests import factories
from tests.api.conftest import Stack, bearer
from tests.workflows.fakes import SMS_CODE, FakeWorld

GREY = FakeWorld(factories.request(), fraud_probability=0.5)


async def to_review(stack: Stack) -> tuple[str, str]:
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    r = await stack.http.post(
        f"/v1/applications/{app_id}/sms-code", json={"code": SMS_CODE}, headers=bearer(tok)
    )
    assert r.status_code == 200
    await stack.wait_for(app_id, tok, "underwriter")
    return app_id, tok


async def queue(stack: Stack, app_id: str, *, present: bool = True) -> list[dict[str, Any]]:
    """The queue comes from visibility, which lags a moment behind the workflow."""
    for _ in range(50):
        r = await stack.http.get("/v1/review-queue", headers=bearer(stack.tokens.underwriter))
        assert r.status_code == 200, r.text
        items: list[dict[str, Any]] = r.json()
        if (app_id in [i["application_id"] for i in items]) == present:
            return items
        await asyncio.sleep(0.2)
    raise AssertionError(f"{app_id} present={not present} in the queue")


def seed_database(stack: Stack, app_id: str) -> None:
    """What the real record activities would have written (the fakes write nothing)."""
    now = datetime.now(UTC)
    with Session(stack.ctx.engine) as s:
        s.add(ApplicationRow(application_id=app_id, workflow_id=f"precredit-{app_id}", dealer_id="D001",
                             applicant_key="ak-" + app_id, status="RUNNING", step="anti_fraud",
                             created_at=now, updated_at=now))  # fmt: skip
        s.add(DecisionRow(application_id=app_id, step="anti_fraud", verdict="review", reason_codes=["FRAUD_SUSPECTED"],
                          detail={"note": "phone 13812345678"}, model_name="fraud", model_version="t",
                          probability=0.5, explanations=[{"feature": "tenure", "reason_code": "CARRIER_MISMATCH",
                          "message_en": "short number tenure"}], decided_at=now))  # fmt: skip
        fields = {"buyer_name": "张伟", "buyer_id_number": factories.ID_NUMBER, "vin": factories.VIN}
        sealed = stack.ctx.cipher.encrypt_field("ak-" + app_id, json.dumps(fields, ensure_ascii=False))
        s.add(DocumentFieldsRow(application_id=app_id, kind="vehicle_invoice", fields_sealed=sealed,
                                confidence={"vin": 0.9}, warnings=[], created_at=now))  # fmt: skip
        s.commit()


@pytest.mark.parametrize("world", [GREY])
async def test_review_queue_evidence_and_approval(stack: Stack) -> None:
    app_id, tok = await to_review(stack)
    items = await queue(stack, app_id)
    item = next(i for i in items if i["application_id"] == app_id)
    assert item["step"] == "anti_fraud" and item["dealer_id"] == "D001" and item["risk_band"] == "medium"
    assert (
        item["sla_seconds"] == 60 and item["age_seconds"] >= 0 and item["reason_codes"] == ["FRAUD_SUSPECTED"]
    )
    for other in (tok, stack.tokens.dealer1):
        assert (await stack.http.get("/v1/review-queue", headers=bearer(other))).status_code == 403

    seed_database(stack, app_id)
    r = await stack.http.get(f"/v1/applications/{app_id}/evidence", headers=bearer(stack.tokens.underwriter))
    assert r.status_code == 200, r.text
    ev = r.json()
    assert ev["applicant"]["id_number"] == factories.ID_NUMBER[:4] + "*" * 10 + factories.ID_NUMBER[-4:]
    assert ev["applicant"]["name"] == "张*" and ev["applicant"]["phone"] == "138****5678"
    assert ev["decisions"][0]["explanations"][0]["reason_code"] == "CARRIER_MISMATCH"
    assert ev["decisions"][0]["detail"]["note"] == "phone 138****5678"
    [fields] = ev["document_fields"]
    assert (
        fields["readable"]
        and fields["fields"]["vin"] == factories.VIN
        and fields["fields"]["buyer_name"] == "张*"
    )
    assert factories.ID_NUMBER not in r.text
    assert set(ev["documents"]) == {"id_card_front", "id_card_back", "selfie", "purchase_contract",
                                    "vehicle_invoice", "insurance_policy"}  # fmt: skip
    for who in (tok, stack.tokens.dealer1):
        assert (
            await stack.http.get(f"/v1/applications/{app_id}/evidence", headers=bearer(who))
        ).status_code == 403

    img = await stack.http.get(ev["documents"]["selfie"], headers=bearer(stack.tokens.underwriter))
    assert (
        img.status_code == 200
        and img.headers["content-type"] == "image/jpeg"
        and img.headers["cache-control"] == "no-store"
    )
    assert (await stack.http.get(ev["documents"]["selfie"], headers=bearer(tok))).status_code == 403
    r = await stack.http.get(
        f"/v1/applications/{app_id}/documents/passport", headers=bearer(stack.tokens.underwriter)
    )
    assert r.status_code == 404

    url = f"/v1/applications/{app_id}/underwriter-decision"
    r = await stack.http.post(
        url, json={"decision": "maybe", "reason": "hmm"}, headers=bearer(stack.tokens.underwriter)
    )
    assert (r.status_code, r.json()["field"]) == (422, "decision")
    r = await stack.http.post(
        url, json={"decision": "approve", "reason": "looks fine"}, headers=bearer(stack.tokens.operator)
    )
    assert r.status_code == 403  # operators watch, underwriters decide
    r = await stack.http.post(url, json={"decision": "approve", "reason": "carrier data checked"},
                              headers=bearer(stack.tokens.underwriter))  # fmt: skip
    assert r.status_code == 202 and r.json()["decided_by"] == "underwriter:uw-1", r.text
    view = await stack.wait_for(app_id, tok, "authorisation_signature")
    fraud = [d for d in view["decisions"] if d["step"] == "anti_fraud"]
    assert [d["verdict"] for d in fraud] == ["review", "pass"] and fraud[-1][
        "decided_by"
    ] == "underwriter:uw-1"
    r = await stack.http.post(
        url, json={"decision": "reject", "reason": "too late"}, headers=bearer(stack.tokens.underwriter)
    )
    assert r.status_code == 409 and "not waiting for an underwriter" in r.json()["reason"]
    await queue(stack, app_id, present=False)

    r = await stack.http.get(f"/v1/applications/{app_id}/evidence", headers=bearer(stack.tokens.operator))
    actions = [a["action"] for a in r.json()["audit"]]
    assert "api.document_viewed" in actions and "api.underwriter_approve" in actions
    late = [a for a in r.json()["audit"] if a["action"] == "api.underwriter_decision_refused"]
    assert [(a["actor"], a["detail"]["refusal"]) for a in late] == [("underwriter:uw-1", "NOT_IN_REVIEW")]
    assert (
        await stack.http.get("/v1/applications/nope-nope/evidence", headers=bearer(stack.tokens.underwriter))
    ).status_code == 404


@pytest.mark.parametrize("world", [GREY])
async def test_reject_declines_with_reason_codes(stack: Stack) -> None:
    app_id, tok = await to_review(stack)
    r = await stack.http.post(f"/v1/applications/{app_id}/underwriter-decision",
                              json={"decision": "reject", "reason": "documents inconsistent"},
                              headers=bearer(stack.tokens.underwriter))  # fmt: skip
    assert r.status_code == 202
    view = await stack.wait_for(app_id, tok, None)
    assert view["status"] == "DECLINED" and {"UNDERWRITER_REJECTED", "FRAUD_SUSPECTED"} <= set(
        view["reason_codes"]
    )
