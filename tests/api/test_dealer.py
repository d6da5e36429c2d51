"""Dealer endpoints: pickup lookup by keyed hash, own dealership only, attempt limit, redemption."""

from __future__ import annotations

from precredit.security.codes import new_pickup_code
from tests.api.conftest import Stack, bearer


async def test_dealer_looks_up_and_redeems_own_code(stack: Stack) -> None:
    app_id, tok = await stack.to_pickup()
    code = stack.pickup_codes[app_id]
    d1, d2 = bearer(stack.tokens.dealer1), bearer(stack.tokens.dealer2)

    r = await stack.http.post("/v1/pickup/lookup", json={"code": code}, headers=d2)
    assert r.status_code == 404 and r.json()["attempts_left"] == 2  # D002 can't see D001's code
    r = await stack.http.post("/v1/pickup/redeem", json={"code": code}, headers=d2)
    assert r.status_code == 404
    r = await stack.http.post("/v1/pickup/lookup", json={"code": code}, headers=bearer(tok))
    assert r.status_code == 403
    r = await stack.http.post(
        "/v1/pickup/lookup", json={"code": code[:-1] + ("0" if code[-1] != "0" else "1")}, headers=d1
    )
    assert (r.status_code, r.json()["field"]) == (422, "code")  # typo caught by the check symbol

    r = await stack.http.post("/v1/pickup/lookup", json={"code": code.lower().replace("-", " ")}, headers=d1)
    assert r.status_code == 200, r.text
    info = r.json()
    assert info["application_id"] == app_id and info["waiting_for_pickup"] and not info["redeemed"]
    assert info["applicant"]["name"] == "张*" and "*" in info["applicant"]["id_number"]
    assert info["vehicle"]["dealer_id"] == "D001" and info["loan_amount"] == "90000.00"

    r = await stack.http.post("/v1/pickup/redeem", json={"code": code}, headers=d1)
    assert r.status_code == 200 and r.json()["accepted"] and r.json()["application_id"] == app_id
    view = await stack.wait_for(app_id, tok, None)
    assert view["status"] == "COMPLETED"
    r = await stack.http.post("/v1/pickup/redeem", json={"code": code}, headers=d1)
    assert r.status_code == 409, r.text


async def test_failed_codes_lock_the_dealer_out(stack: Stack) -> None:
    d2 = bearer(stack.tokens.dealer2)
    lefts = []
    for _ in range(3):
        r = await stack.http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d2)
        assert r.status_code == 404
        lefts.append(r.json()["attempts_left"])
    assert lefts == [2, 1, 0]
    r = await stack.http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d2)
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    # Another dealer is not affected.
    r = await stack.http.post(
        "/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=bearer(stack.tokens.dealer1)
    )
    assert r.status_code == 404
