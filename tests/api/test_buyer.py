"""Buyer endpoints: every action's success and its 4xx paths, against the real dev server."""

from __future__ import annotations

import asyncio
import hashlib
import json

import pytest

from precredit.config import ApiOptions
from tests import factories
from tests.api.conftest import JPEG, PNG, Stack, bearer
from tests.workflows.fakes import FakeWorld, signature_for


async def test_buyer_flow_to_pickup_with_every_action_checked(stack: Stack) -> None:
    # Identity documents as files in the same request, loan documents uploaded first.
    body = await stack.body()
    del body["identity_documents"]
    files = [(k, (f"{k}.jpg", JPEG + k.encode(), "image/jpeg")) for k in ("id_card_front", "id_card_back")]
    files.append(("selfie", ("selfie.png", PNG, "image/png")))
    r = await stack.http.post(
        "/v1/applications", data={"application": json.dumps(body)}, files=files, headers=stack.channel
    )
    assert r.status_code == 201, r.text
    created = r.json()
    app_id, tok = created["application_id"], created["applicant_token"]
    assert created["workflow_id"] == f"precredit-{app_id}"
    stack.started.append(app_id)

    view = await stack.wait_for(app_id, tok, "sms_code")
    assert view["risk_band"] is None and view["temporal_ui_url"] is None  # staff-only fields
    sms = f"/v1/applications/{app_id}/sms-code"
    r = await stack.http.post(sms, json={"code": "12"}, headers=bearer(tok))
    assert (r.status_code, r.json()["field"]) == (422, "code")
    r = await stack.http.post(sms, json={"code": "000000"}, headers=bearer(tok))
    assert r.status_code == 422 and r.json()["error"] == "not_accepted" and r.json()["attempts_left"] == 4
    r = await stack.http.post(sms, json={"code": "246810"}, headers=bearer(tok))
    assert r.status_code == 200 and r.json()["accepted"] is True

    view = await stack.wait_for(app_id, tok, "authorisation_signature")
    r = await stack.http.post(sms, json={"code": "246810"}, headers=bearer(tok))
    assert r.status_code == 409 and "not waiting for sms_code" in r.json()["reason"]
    sign = f"/v1/applications/{app_id}/authorisation-signature"
    r = await stack.http.post(
        sign, json={"document_sha256": "a" * 64, "signature_b64": "x" * 20}, headers=bearer(tok)
    )
    assert r.status_code == 409 and "different document" in r.json()["reason"]
    sha = view["signing_documents"]["authorisation_letter"]
    r = await stack.http.post(
        sign, json={"document_sha256": sha, "signature_b64": "y" * 20}, headers=bearer(tok)
    )
    assert r.status_code == 422 and "signature invalid" in r.json()["reason"]
    r = await stack.http.post(sign, json={"document_sha256": "nothex"}, headers=bearer(tok))
    assert r.status_code == 422 and r.json()["field"] == "document_sha256"
    r = await stack.http.post(
        sign, json={"document_sha256": sha, "signature_b64": signature_for(sha)}, headers=bearer(tok)
    )
    assert r.status_code == 200

    assert (await stack.sign(app_id, tok, "loan_contract")).status_code == 200
    view = await stack.wait_for(app_id, tok, "pickup")
    assert view["offer"]["amount"] == "90000.00" and view["pickup_code_masked"]
    assert [d["step"] for d in view["decisions"]][-1] == "contract"
    # Paid out: the buyer can no longer cancel.
    r = await stack.http.post(f"/v1/applications/{app_id}/cancel", json={}, headers=bearer(tok))
    assert r.status_code == 409 and "paid out" in r.json()["reason"]


async def test_create_rejects_bad_input(stack: Stack) -> None:
    body = await stack.body()
    bad = json.loads(json.dumps(body))
    bad["applicant"]["id_number"] = "110105198503071234"
    r = await stack.http.post("/v1/applications", json=bad, headers=stack.channel)
    assert r.status_code == 422
    assert r.json()["field"] == "applicant.id_number" and r.json()["error"] == "validation_error"
    missing = json.loads(json.dumps(body))
    missing["identity_documents"]["selfie"] = factories.ref("never-uploaded")
    r = await stack.http.post("/v1/applications", json=missing, headers=stack.channel)
    assert (r.status_code, r.json()["field"]) == (422, "identity_documents.selfie")
    r = await stack.http.post(
        "/v1/applications", content=b"<xml/>", headers={"Content-Type": "text/xml", **stack.channel}
    )
    assert r.status_code == 415
    r = await stack.http.post(
        "/v1/applications",
        content=b"{not json",
        headers={"Content-Type": "application/json", **stack.channel},
    )
    assert r.status_code == 422
    # A dealer tablet may only apply for its own dealership's cars.
    r = await stack.http.post("/v1/applications", json=body, headers=bearer(stack.tokens.dealer2))
    assert r.status_code == 403

    r = await stack.http.post("/v1/applications", json=body, headers=bearer(stack.tokens.dealer1))
    assert r.status_code == 201
    stack.started.append(body["application_id"])
    r = await stack.http.post(
        "/v1/applications", json=body, headers=stack.channel
    )  # same body, another submitter
    assert r.status_code == 409 and r.json()["error"] == "duplicate"
    # The dealer's exact retry (its first response lost) gets the same application and a new token.
    r = await stack.http.post("/v1/applications", json=body, headers=bearer(stack.tokens.dealer1))
    assert r.status_code == 200 and r.json()["application_id"] == body["application_id"], r.text
    r = await stack.http.get(
        f"/v1/applications/{body['application_id']}", headers=bearer(r.json()["applicant_token"])
    )
    assert r.status_code == 200


async def test_document_upload_limits(stack: Stack) -> None:
    r = await stack.http.post(
        "/v1/documents",
        files={"file": ("a.txt", b"hello, not an image", "image/jpeg")},
        headers=stack.channel,
    )
    assert (r.status_code, r.json()["error"]) == (415, "unsupported_type")
    big = JPEG + b"\x00" * (64 * 1024)
    r = await stack.http.post(
        "/v1/documents", files={"file": ("big.jpg", big, "image/jpeg")}, headers=stack.channel
    )
    assert r.status_code == 413
    r = await stack.http.post(
        "/v1/documents", files={"file": ("empty.jpg", b"", "image/jpeg")}, headers=stack.channel
    )
    assert r.status_code == 422
    r = await stack.http.post(
        "/v1/documents",
        files={"file": ("doc.pdf", b"%PDF-1.7\n...\n%%EOF\n", "application/pdf")},
        headers=stack.channel,
    )
    assert r.status_code == 201 and r.json()["content_type"] == "application/pdf"
    r = await stack.http.post(
        "/v1/documents",
        files={"file": ("cut.pdf", b"%PDF-1.7\n...", "application/pdf")},
        headers=stack.channel,
    )
    assert (r.status_code, r.json()["error"]) == (422, "corrupt_file")
    # Multipart create: a wrong type names the field.
    body = await stack.body()
    del body["identity_documents"]["selfie"]
    files = {"selfie": ("s.gif", b"GIF89a....", "image/gif")}
    r = await stack.http.post(
        "/v1/applications", data={"application": json.dumps(body)}, files=files, headers=stack.channel
    )
    assert (r.status_code, r.json()["field"]) == (415, "identity_documents.selfie")


async def test_role_isolation(stack: Stack) -> None:
    a_id, a_tok = await stack.create()
    b_id, _ = await stack.create()
    assert (await stack.http.get(f"/v1/applications/{a_id}", headers=bearer(a_tok))).status_code == 200
    r = await stack.http.get(f"/v1/applications/{b_id}", headers=bearer(a_tok))
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    r = await stack.http.post(f"/v1/applications/{b_id}/cancel", json={}, headers=bearer(a_tok))
    assert r.status_code == 403
    assert (await stack.http.get(f"/v1/applications/{a_id}")).status_code == 401
    assert (await stack.http.get(f"/v1/applications/{a_id}", headers=bearer("x" * 30))).status_code == 401
    assert (
        await stack.http.get(f"/v1/applications/{a_id}", headers=bearer(stack.tokens.dealer1))
    ).status_code == 403
    r = await stack.http.get(f"/v1/applications/{a_id}", headers=bearer(stack.tokens.underwriter))
    assert r.status_code == 200 and r.json()["temporal_ui_url"].endswith(f"/workflows/precredit-{a_id}")
    r = await stack.http.get("/v1/applications/no-such-app", headers=bearer(stack.tokens.operator))
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    # Staff do not act as the buyer.
    r = await stack.http.post(
        f"/v1/applications/{a_id}/sms-code", json={"code": "246810"}, headers=bearer(stack.tokens.operator)
    )
    assert r.status_code == 403


async def test_documents_later_then_closed(stack: Stack) -> None:
    app_id, tok = await stack.create(loan_documents={})
    url = f"/v1/applications/{app_id}/documents"
    r = await stack.http.post(
        url, files={"purchase_contract": ("pc.jpg", JPEG + b"pc", "image/jpeg")}, headers=bearer(tok)
    )
    assert r.status_code == 200 and r.json()["message"] == "missing: vehicle_invoice,insurance_policy"
    r = await stack.http.post(url, json={"documents": {}}, headers=bearer(tok))
    assert r.status_code == 409 and "no document" in r.json()["reason"]
    r = await stack.http.post(url, json={"documents": {"vehicle_invoice": "doc://zz"}}, headers=bearer(tok))
    assert (r.status_code, r.json()["field"]) == (422, "documents.vehicle_invoice")
    refs = {"vehicle_invoice": await stack.upload(), "insurance_policy": await stack.upload()}
    r = await stack.http.post(url, json={"documents": refs}, headers=bearer(tok))
    assert r.status_code == 200 and r.json()["message"] == "complete"


@pytest.mark.parametrize(
    "world", [FakeWorld(factories.request(), ocr_overrides={"id_card_front": {"name": None}})]
)
async def test_a_new_photo_of_the_id_card_is_taken_when_asked(
    stack: Stack,
) -> None:
    app_id, tok = await stack.create()
    view = await stack.wait_for(app_id, tok, "documents_reupload")
    assert view["waiting_for"]["detail"] == {"id_card_front": "name"}
    url = f"/v1/applications/{app_id}/documents"
    r = await stack.http.post(
        url, files={"id_card_back": ("b.jpg", JPEG + b"back", "image/jpeg")}, headers=bearer(tok)
    )
    assert r.status_code == 409 and "only new photos of id_card_front" in r.json()["reason"], r.text
    photo = JPEG + b"front, second try"
    r = await stack.http.post(
        url, files={"id_card_front": ("f.jpg", photo, "image/jpeg")}, headers=bearer(tok)
    )
    assert r.status_code == 200 and r.json()["accepted"], r.text
    assert stack.ctx.documents.exists(f"doc://{hashlib.sha256(photo).hexdigest()}")
    # This world reads no name on any photo: asked once more, then an underwriter reads it.
    view = await stack.wait_for(app_id, tok, "documents_reupload")
    assert view["decisions"][-1]["detail"]["round"] == "2"


async def test_cancel_by_buyer(stack: Stack) -> None:
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cancel", json={"reason": "changed my mind"}, headers=bearer(tok)
    )
    assert r.status_code == 200 and r.json()["accepted"]
    view = await stack.wait_for(app_id, tok, None)
    assert view["status"] == "CANCELLED" and "CANCELLED_BY_BUYER" in view["reason_codes"]
    r = await stack.http.post(f"/v1/applications/{app_id}/cancel", json={}, headers=bearer(tok))
    assert r.status_code == 409 and r.json()["error"] == "not_running", r.text


@pytest.mark.parametrize("world", [FakeWorld(factories.request(), blacklisted=True)])
async def test_review_request_refused_for_hard_rule_declines(stack: Stack) -> None:
    app_id, tok = await stack.create()
    url = f"/v1/applications/{app_id}/review-request"
    r = await stack.http.post(url, json={"reason": "please"}, headers=bearer(tok))
    assert r.status_code == 409 and r.json()["error"] == "not_declined"
    await stack.wait_for(app_id, tok, "sms_code")
    await stack.http.post(f"/v1/applications/{app_id}/sms-code", json={"code": "246810"}, headers=bearer(tok))
    view = await stack.wait_for(app_id, tok, None)
    assert view["status"] == "DECLINED" and view["reason_codes"] == ["BLACKLISTED"]
    r = await stack.http.post(url, json={"reason": "please"}, headers=bearer(tok))
    # Refused by the validator while the workflow records its end, by Temporal once it has closed.
    assert r.status_code == 409 and r.json()["error"] in ("rejected", "not_running"), r.text


@pytest.mark.parametrize("world", [FakeWorld(factories.request(), credit_points=480)])
async def test_review_request_reopens_a_model_decline(stack: Stack) -> None:
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    await stack.http.post(f"/v1/applications/{app_id}/sms-code", json={"code": "246810"}, headers=bearer(tok))
    for _ in range(400):  # the decline is recorded first, then the appeal window opens
        view = (await stack.http.get(f"/v1/applications/{app_id}", headers=bearer(tok))).json()
        if (view["waiting_for"] or {}).get("what") == "review_request":
            break
        await asyncio.sleep(0.05)
    assert view["waiting_for"]["what"] == "review_request"
    assert view["status"] == "DECLINED" and view["reason_codes"] == ["CREDIT_SCORE_LOW"]
    url = f"/v1/applications/{app_id}/review-request"
    r = await stack.http.post(url, json={"reason": "my salary doubled"}, headers=bearer(tok))
    assert r.status_code == 200 and r.json()["accepted"], r.text
    view = await stack.wait_for(app_id, tok, "underwriter")
    assert view["status"] == "RUNNING"


@pytest.mark.parametrize("api_options", [ApiOptions(max_document_bytes=len(JPEG) + 64)])
async def test_multipart_file_too_large(stack: Stack) -> None:
    body = await stack.body()
    del body["identity_documents"]["selfie"]
    files = {"selfie": ("s.jpg", JPEG + b"\x00" * 4096, "image/jpeg")}
    r = await stack.http.post(
        "/v1/applications", data={"application": json.dumps(body)}, files=files, headers=stack.channel
    )
    assert (r.status_code, r.json()["field"]) == (413, "identity_documents.selfie")
