"""The buyer signs through the API and the sandbox e-sign provider with the real signing activities:
the API serves the PDF and its digest, the provider's endpoints ask for an OTP and sign, the update
names the signing event, and the buyer and an operator download the verified PAdES-signed PDFs."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from temporalio import activity
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.activities.deps import Dependencies
from precredit.activities.signing import SigningActivities
from precredit.api import create_app
from precredit.client import PreCreditClient
from precredit.config import ApiOptions
from precredit.contracts import pades
from precredit.integrations.base import FaultInjector
from precredit.integrations.esign import OTP_PURPOSE
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.api.conftest import Stack, Tokens, bearer, pickup_fakes, settings_for
from tests.workflows.fakes import SMS_CODE, FakeWorld

REAL = {"prepare_signing_document", "verify_buyer_signature", "issue_pickup_code", "redeem_pickup_code"}


@pytest.fixture
async def signing_stack(
    dev_env: WorkflowEnvironment, tmp_path: Path, world: FakeWorld, api_options: ApiOptions
) -> AsyncIterator[tuple[Stack, Dependencies]]:
    tokens = Tokens()
    settings = settings_for(tmp_path, tokens, api_options)
    deps = Dependencies.from_settings(settings, faults=FaultInjector.none())
    real = SigningActivities(deps)
    ref: list[Stack] = []
    acts = [a for a in world.activities() if activity._Definition.must_from_callable(a).name not in REAL]
    client = PreCreditClient(dev_env.client, settings)
    app = create_app(settings, client=client)
    with ThreadPoolExecutor(max_workers=4) as pool:
        async with (
            Worker(dev_env.client, task_queue=settings.task_queue, workflows=[PreCreditWorkflow],
                   activities=[*acts, *pickup_fakes(ref), real.prepare_signing_document,
                               real.verify_buyer_signature], activity_executor=pool,
                   **factories.workflow_cache()),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as http,
        ):  # fmt: skip
            stack = Stack(
                http=http, world=world, settings=settings, tokens=tokens, ctx=app.state.ctx, app=app
            )
            ref.append(stack)
            yield stack, deps
            for app_id in stack.started:
                with contextlib.suppress(Exception):
                    await client.handle(app_id).terminate("test over")


async def sign_via_provider(
    stack: Stack, deps: Dependencies, app_id: str, tok: str, kind: str
) -> httpx.Response:
    what = "authorisation_signature" if kind == "authorisation_letter" else "contract_signature"
    await stack.wait_for(app_id, tok, what, timeout=60)
    task = (await stack.http.get(f"/v1/applications/{app_id}/signing/{kind}", headers=bearer(tok))).json()
    pdf = await stack.http.get(task["pdf_url"], headers=bearer(tok))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert (
        hashlib.sha256(pdf.content).hexdigest() == task["document_sha256"] == pdf.headers["X-Document-SHA256"]
    )
    sent = await stack.http.post(task["provider_otp_url"])
    assert sent.status_code == 200 and "****" in sent.json()["phone_masked"]
    sms = deps.sandbox.outbox.latest(stack.world.req.applicant.phone, OTP_PURPOSE)
    assert sms is not None and sms.code is not None
    wrong = f"{(int(sms.code) + 1) % 1_000_000:06d}"
    refused = await stack.http.post(task["provider_sign_url"], json={"otp": wrong})
    assert refused.status_code == 422 and refused.json()["attempts_left"] == 4
    signed = await stack.http.post(task["provider_sign_url"], json={"otp": sms.code})
    assert signed.status_code == 200 and signed.json()["status"] == "signed"
    path = "authorisation-signature" if kind == "authorisation_letter" else "contract-signature"
    return await stack.http.post(
        f"/v1/applications/{app_id}/{path}",
        json={"document_sha256": task["document_sha256"], "signing_event_id": task["signing_event_id"]},
        headers=bearer(tok),
    )


async def test_buyer_signs_at_the_provider_and_downloads_the_signed_contract(
    signing_stack: tuple[Stack, Dependencies],
) -> None:
    stack, deps = signing_stack
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    r = await stack.http.post(
        f"/v1/applications/{app_id}/sms-code", json={"code": SMS_CODE}, headers=bearer(tok)
    )
    assert r.status_code == 200, r.text
    early = await stack.http.get(
        f"/v1/applications/{app_id}/signed/authorisation_letter.pdf", headers=bearer(tok)
    )
    assert early.status_code == 404
    assert (await sign_via_provider(stack, deps, app_id, tok, "authorisation_letter")).status_code == 200
    assert (await sign_via_provider(stack, deps, app_id, tok, "loan_contract")).status_code == 200
    await stack.wait_for(app_id, tok, "pickup", timeout=60)

    url = f"/v1/applications/{app_id}/signed/loan_contract.pdf"
    mine = await stack.http.get(url, headers=bearer(tok))
    ops = await stack.http.get(url, headers=bearer(stack.tokens.operator))
    assert mine.status_code == ops.status_code == 200 and mine.content == ops.content
    roots = SigningActivities(deps).trust_roots()
    report = await asyncio.to_thread(pades.validate, mine.content, trust_roots_pem=roots)
    assert [s.field for s in report.signatures] == ["LenderSeal", "BuyerSignature"]
    assert all(s.ok for s in report.signatures)
    assert (await stack.http.get(url, headers=bearer(stack.tokens.underwriter))).status_code == 403
    assert (await stack.http.get(url)).status_code == 401
    other_app, other_tok = await stack.create(application_id="app-other-signer")
    assert (await stack.http.get(url, headers=bearer(other_tok))).status_code == 403
    del other_app
