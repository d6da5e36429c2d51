"""Applicant sessions (issue 15): nothing is sent without a proved phone or a channel credential,
SMS budgets per phone / device / day live in the database (so every replica shares them), and a
replayed create request gets no working token."""

from __future__ import annotations

import httpx
import pytest

from precredit.api import create_app
from precredit.config import SessionLimits
from precredit.integrations.base import ProviderUnavailable
from precredit.integrations.messaging import SandboxOutbox
from tests import factories
from tests.api.conftest import JPEG, Stack, bearer

PHONE = factories.request().applicant.phone


async def open_session(stack: Stack, phone: str = PHONE, http: httpx.AsyncClient | None = None) -> str:
    http = http or stack.http
    r = await http.post("/v1/sessions/otp", json={"phone": phone})
    assert r.status_code == 202, r.text
    challenge = r.json()["challenge_id"]
    sms = SandboxOutbox(stack.settings.sandbox_state_dir).latest(phone, "session")
    assert sms is not None and sms.code is not None
    wrong = "000000" if sms.code != "000000" else "111111"
    r = await http.post("/v1/sessions", json={"challenge_id": challenge, "code": wrong})
    assert (r.status_code, r.json()["attempts_left"]) == (422, 4)
    r = await http.post("/v1/sessions", json={"challenge_id": challenge, "code": sms.code})
    assert r.status_code == 201, r.text
    again = await http.post("/v1/sessions", json={"challenge_id": challenge, "code": sms.code})
    assert again.status_code == 422  # one challenge opens one session
    return str(r.json()["session_token"])


async def test_anonymous_submissions_are_refused_before_the_body(stack: Stack) -> None:
    r = await stack.http.post("/v1/documents", files={"file": ("a.jpg", JPEG, "image/jpeg")})
    assert (r.status_code, r.json()["error"]) == (401, "unauthorised")
    assert not list(stack.settings.documents_dir.rglob("*"))  # nothing was stored
    r = await stack.http.post(
        "/v1/applications", content=b"not json at all", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 401
    r = await stack.http.post("/v1/applications", json={}, headers=bearer("not-a-token-" + "x" * 30))
    assert r.status_code == 401
    # An underwriter or operator is not a submitter either.
    r = await stack.http.post("/v1/applications", json={}, headers=bearer(stack.tokens.underwriter))
    assert r.status_code == 403


async def test_a_phone_session_submits_for_that_phone_only(stack: Stack) -> None:
    session = bearer(await open_session(stack))
    body = await stack.body()
    up = await stack.http.post(
        "/v1/documents", files={"file": ("x.jpg", JPEG + b"s1", "image/jpeg")}, headers=session
    )
    assert up.status_code == 201, up.text
    body["identity_documents"]["selfie"] = up.json()["document_ref"]
    other = {**body, "applicant": {**body["applicant"], "phone": "13900001111"}}
    r = await stack.http.post("/v1/applications", json=other, headers=session)
    assert (r.status_code, r.json()["field"]) == (403, "applicant.phone")
    r = await stack.http.post("/v1/applications", json=body, headers=session)
    assert r.status_code == 201, r.text
    stack.started.append(body["application_id"])
    token = r.json()["applicant_token"]
    assert (
        await stack.http.get(f"/v1/applications/{body['application_id']}", headers=bearer(token))
    ).status_code == 200
    # An applicant token acts on its application; it does not open new ones.
    r = await stack.http.post("/v1/applications", json=body, headers=bearer(token))
    assert r.status_code == 403

    # The replay attack: another client re-sends the exact request. Anonymous: 401. With a channel
    # credential of its own: a duplicate (409), no token. The same phone's own retry: its token.
    assert (await stack.http.post("/v1/applications", json=body)).status_code == 401
    r = await stack.http.post("/v1/applications", json=body, headers=stack.channel)
    assert (r.status_code, r.json()["error"]) == (409, "duplicate") and "applicant_token" not in r.json()
    r = await stack.http.post("/v1/applications", json=body, headers=session)
    assert r.status_code == 200 and r.json()["applicant_token"] != token


@pytest.fixture
def no_gateway_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox gateway fails 1% of sends at random (as real ones do, answered 503); the budget
    test counts answers, so its gateway does not fail."""
    monkeypatch.setenv("PRECREDIT_SANDBOX_FAULTS", "off")


@pytest.mark.usefixtures("no_gateway_failures")
async def test_sms_budgets_per_phone_device_and_day_are_shared_by_replicas(stack: Stack) -> None:
    for _ in range(3):
        assert (await stack.http.post("/v1/sessions/otp", json={"phone": PHONE})).status_code == 202
    r = await stack.http.post(
        "/v1/sessions/otp", json={"phone": "+86 138-1234-5678"}
    )  # the same phone, typed otherwise
    assert (r.status_code, r.json()["error"]) == (429, "too_many_sms") and int(r.headers["retry-after"]) > 0
    # A second API replica on the same database refuses too: the budget is not per process.
    replica = create_app(stack.settings, client=await stack.ctx.client.get())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=replica), base_url="http://api2") as http2:
        assert (await http2.post("/v1/sessions/otp", json={"phone": PHONE})).status_code == 429
        # Per device: many phones from one device run out too.
        stack.ctx.sessions.limits = SessionLimits(sms_per_device_per_window=2)
        replica.state.ctx.sessions.limits = stack.ctx.sessions.limits
        device = {"X-Device-Id": "tablet-7"}
        phones = ["13900000001", "13900000002", "13900000003"]
        codes = [
            (await http2.post("/v1/sessions/otp", json={"phone": p}, headers=device)).status_code
            for p in phones
        ]
        assert codes == [202, 202, 429]
        assert (
            await stack.http.post("/v1/sessions/otp", json={"phone": "13900000004"}, headers=device)
        ).status_code == 429
        # Per day, platform-wide.
        stack.ctx.sessions.limits = SessionLimits(sms_per_day=5)  # five sent so far
        r = await stack.http.post("/v1/sessions/otp", json={"phone": "13900000005"})
        assert (r.status_code, r.json()["reason"]) == (429, "too many SMS for this day")
    r = await stack.http.post("/v1/sessions/otp", json={"phone": "12345"})
    assert (r.status_code, r.json()["field"]) == (422, "phone")


async def test_applications_per_phone_are_budgeted_too(stack: Stack) -> None:
    stack.ctx.sessions.limits = SessionLimits(applications_per_phone_per_day=2)
    for _ in range(2):
        await stack.create()
    body = await stack.body()
    r = await stack.http.post("/v1/applications", json=body, headers=stack.channel)
    assert (r.status_code, r.json()["error"], r.json()["field"]) == (
        429,
        "too_many_applications",
        "applicant.phone",
    )


class _DownGateway:
    """A hand-written SMS gateway that is down."""

    def send(self, phone: str, text: str, *, purpose: str, idempotency_key: str) -> str:
        raise ProviderUnavailable("sms", "injected outage")


async def test_a_failed_sms_gateway_is_a_503_to_retry(stack: Stack) -> None:
    stack.ctx.sms = _DownGateway()
    r = await stack.http.post("/v1/sessions/otp", json={"phone": PHONE})
    assert (r.status_code, r.json()["error"]) == (503, "sms_unavailable") and int(
        r.headers["retry-after"]
    ) > 0
