"""An API restart loses nothing it accepted: a new app instance (fresh memory, same database, same
documents and keys) carries on with the applicant token, the uploaded documents and the dealer's
failure count that the old instance handed out or recorded. A database outage is a 503 to retry."""

from __future__ import annotations

import httpx
from sqlalchemy import create_engine

from precredit.api import create_app
from precredit.security.codes import new_pickup_code
from tests.api.conftest import Stack, bearer
from tests.workflows.fakes import SMS_CODE


async def test_a_restarted_api_carries_on_where_the_old_one_stopped(stack: Stack) -> None:
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    r = await stack.http.post(
        f"/v1/applications/{app_id}/sms-code", json={"code": SMS_CODE}, headers=bearer(tok)
    )
    assert r.status_code == 200, r.text
    uploaded = {k: await stack.upload() for k in ("id_card_front", "id_card_back", "selfie")}
    d2 = bearer(stack.tokens.dealer2)
    r = await stack.http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d2)
    assert r.json()["attempts_left"] == 2

    # Only the Temporal connection is reused; everything the API keeps is built anew.
    reborn = create_app(stack.settings, client=await stack.ctx.client.get())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=reborn), base_url="http://api") as http:
        stack.http = http  # the helpers below now talk to the new instance
        view = await stack.wait_for(app_id, tok, "authorisation_signature")
        assert view["application_id"] == app_id
        assert (await stack.sign(app_id, tok, "authorisation_letter")).status_code == 200
        assert (await stack.sign(app_id, tok, "loan_contract")).status_code == 200
        await stack.wait_for(app_id, tok, "pickup")

        # Documents uploaded before the restart are usable after it.
        body = await stack.body(loan_documents=False)
        body["identity_documents"] = uploaded
        r = await http.post("/v1/applications", json=body, headers=stack.channel)
        assert r.status_code == 201, r.text
        stack.started.append(r.json()["application_id"])

        # The dealer's failures before the restart still count.
        r = await http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d2)
        assert r.json()["attempts_left"] == 1


async def test_a_database_outage_is_a_503_to_retry_not_a_crash(stack: Stack) -> None:
    app_id, tok = await stack.create()
    healthy = stack.ctx.engine
    # A database that cannot be reached: its directory does not exist.
    stack.ctx.engine = create_engine(f"sqlite:///{stack.settings.data_dir / 'gone' / 'api.db'}")
    try:
        r = await stack.http.get(f"/v1/applications/{app_id}", headers=bearer(tok))
        assert r.status_code == 503 and r.json()["error"] == "database_unavailable"
        assert int(r.headers["retry-after"]) > 0
    finally:
        stack.ctx.engine = healthy
    r = await stack.http.get(f"/v1/applications/{app_id}", headers=bearer(tok))
    assert r.status_code == 200 and r.json()["application_id"] == app_id
