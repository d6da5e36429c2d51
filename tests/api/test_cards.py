"""Card binding and funding reconciliation through the API, with the card workflow and its real activities."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from temporalio import activity
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.activities.cards import CardActivities
from precredit.api import create_app
from precredit.client import PreCreditClient
from precredit.funding.config import CardPolicy
from precredit.integrations.bank_cards import SandboxCardVerifier
from precredit.integrations.base import FaultInjector
from precredit.security.keys import KeyRing
from precredit.workflows.card_binding import CardBindingWorkflow
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.api.conftest import Stack, Tokens, bearer, settings_for
from tests.cards.conftest import build_deps
from tests.workflows.fakes import FakeWorld

CARD_ACTIVITIES = (
    "verify_card_elements",
    "store_card_binding",
    "check_card_unbind",
    "unbind_card",
    "record_card_audit",
)


@pytest.fixture
async def card_stack(
    dev_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing
) -> AsyncIterator[tuple[Stack, str, str]]:
    tokens = Tokens()
    settings = settings_for(tmp_path, tokens)
    deps = build_deps(tmp_path / "cards", keyring)
    person = deps.sandbox.persons.by_profile("good")[0]
    verifier = SandboxCardVerifier(deps.settings.sandbox_dir, FaultInjector.none(), deps.sandbox.persons)
    card = verifier.cards_of(person.id_number)[0]
    world = FakeWorld(factories.request(
        applicant__name=person.name, applicant__id_number=person.id_number, applicant__phone=person.phone,
        customer_id="cust.api.1",
    ))  # fmt: skip
    cards = CardActivities(deps, policy=CardPolicy(min_card_age_seconds=0), verifier=verifier)
    card_acts = [getattr(cards, name) for name in CARD_ACTIVITIES]
    acts = [
        a
        for a in world.activities()
        if activity._Definition.must_from_callable(a).name != "register_repayment_loan"
    ]  # type: ignore[arg-type]
    app = create_app(settings, client=PreCreditClient(dev_env.client, settings))
    async with (
        Worker(dev_env.client, task_queue=settings.task_queue, workflows=[PreCreditWorkflow, CardBindingWorkflow],
               activities=[*acts, *card_acts, cards.register_repayment_loan],
               max_cached_workflows=factories.WORKFLOW_CACHE,
               activity_executor=__import__("concurrent.futures").futures.ThreadPoolExecutor(4)),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as http,
    ):  # fmt: skip
        stack = Stack(http=http, world=world, settings=settings, tokens=tokens, ctx=app.state.ctx, app=app)
        who = {
            "applicant__name": person.name,
            "applicant__id_number": person.id_number,
            "applicant__phone": person.phone,
        }
        yield stack, card, who
        for app_id in stack.started:
            with contextlib.suppress(Exception):
                await dev_env.client.get_workflow_handle(f"precredit-{app_id}").terminate("test over")


async def test_customer_binds_a_repayment_card_through_the_api(
    card_stack: tuple[Stack, str, dict[str, str]],
) -> None:
    stack, card, who = card_stack
    app_id, tok = await stack.create(customer_id="cust.api.1", **who)
    other_id, other_tok = await stack.create(**who)

    r = await stack.http.post(
        f"/v1/applications/{app_id}/cards/bind", json={"card_number": "4111111111111112"}, headers=bearer(tok)
    )
    assert r.status_code == 201  # a wrong card still starts: the workflow decides and says why
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cards/bind", json={"card_number": card}, headers=bearer(tok)
    )
    assert r.status_code == 201, r.text
    wf = r.json()["workflow_id"]
    assert wf.startswith("card-cust.api.1-")

    for _ in range(200):
        view = (await stack.http.get(f"/v1/applications/{app_id}/cards/{wf}", headers=bearer(tok))).json()
        if view.get("waiting_for") == "sms_code":
            break
        await asyncio.sleep(0.05)
    assert view["waiting_for"] == "sms_code" and card not in str(view)
    bad = await stack.http.post(
        f"/v1/applications/{app_id}/cards/{wf}/sms-code", json={"code": "12ab"}, headers=bearer(tok)
    )
    assert bad.status_code == 409
    ok = await stack.http.post(
        f"/v1/applications/{app_id}/cards/{wf}/sms-code", json={"code": "246810"}, headers=bearer(tok)
    )
    assert ok.status_code == 200 and ok.json()["accepted"], ok.text
    for _ in range(200):
        view = (await stack.http.get(f"/v1/applications/{app_id}/cards/{wf}", headers=bearer(tok))).json()
        if view["status"] != "RUNNING":
            break
        await asyncio.sleep(0.05)
    assert (
        view["status"] == "BOUND" and view["card_masked"].startswith(card[:6]) and "*" in view["card_masked"]
    )

    assert (
        await stack.http.get(f"/v1/applications/{app_id}/cards/{wf}", headers=bearer(other_tok))
    ).status_code == 403
    r = await stack.http.post(
        f"/v1/applications/{other_id}/cards/bind", json={"card_number": card}, headers=bearer(other_tok)
    )
    assert (r.status_code, r.json()["error"]) == (409, "no_customer_account")


async def test_reconciliation_is_for_operators(card_stack: tuple[Stack, str, dict[str, str]]) -> None:
    stack, _card, _phone = card_stack
    assert (
        await stack.http.get("/v1/funding/reconciliation", headers=bearer(stack.tokens.underwriter))
    ).status_code == 403
    r = await stack.http.get("/v1/funding/reconciliation", headers=bearer(stack.tokens.operator))
    assert r.status_code == 200 and r.json()["ok"] is True
