"""Card binding and funding reconciliation through the API, with the card workflow and its real activities."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
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
from precredit.config import CardPolicy
from precredit.integrations.bank_cards import SandboxCardVerifier
from precredit.integrations.base import FaultInjector
from precredit.models.cards import CardBindingInput
from precredit.policy.identifiers import id_birth_date, id_sex
from precredit.security.customers import customer_id_for
from precredit.security.keys import KeyRing
from precredit.workflows.card_binding import CardBindingWorkflow
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.api.conftest import Stack, Tokens, bearer, proof_activities, settings_for
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
) -> AsyncIterator[tuple[Stack, str, dict[str, str]]]:
    tokens = Tokens()
    settings = settings_for(tmp_path, tokens)
    app = create_app(settings, client=PreCreditClient(dev_env.client, settings))
    # The card activities write where the API reads (one application database), as in production.
    ctx = app.state.ctx
    deps = dataclasses.replace(
        build_deps(tmp_path / "cards", ctx.keyring), engine=ctx.engine, cipher=ctx.cipher, audit=ctx.audit
    )
    person = deps.sandbox.persons.by_profile("good")[0]
    verifier = SandboxCardVerifier(deps.settings.sandbox_dir, FaultInjector.none(), deps.sandbox.persons)
    card = verifier.cards_of(person.id_number)[0]
    born = id_birth_date(person.id_number)
    world = FakeWorld(factories.request(
        applicant__name=person.name, applicant__id_number=person.id_number, applicant__phone=person.phone,
    ), ocr_overrides={"id_card_front": {  # the ID card reads as this person's, so identity passes
        "birth_date": born.isoformat() if born else None, "sex": id_sex(person.id_number),
    }})  # fmt: skip
    cards = CardActivities(deps, policy=CardPolicy(min_card_age_seconds=0), verifier=verifier)
    card_acts = [getattr(cards, name) for name in CARD_ACTIVITIES]
    acts = [
        a
        for a in world.activities()
        if activity._Definition.must_from_callable(a).name
        not in {"register_repayment_loan", "verify_human_action", "record_human_refusal"}
    ]
    async with (
        Worker(dev_env.client, task_queue=settings.task_queue, workflows=[PreCreditWorkflow, CardBindingWorkflow],
               activities=[*acts, *card_acts, cards.register_repayment_loan, *proof_activities(ctx)],
               **factories.workflow_cache(),
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


async def _card_view(
    stack: Stack, app_id: str, tok: str, wf: str, *, until: str, within: float = 60
) -> dict[str, str]:
    """Polls for `within` seconds (a count of polls would depend on how fast each query is answered)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        view = (await stack.http.get(f"/v1/applications/{app_id}/cards/{wf}", headers=bearer(tok))).json()
        if view.get("waiting_for") == until or (until == "done" and view["status"] != "RUNNING"):
            return view
        if loop.time() > deadline:
            raise AssertionError(f"card workflow never reached {until} in {within:.0f} s: {view}")
        await asyncio.sleep(0.05)


async def test_customer_binds_a_repayment_card_through_the_api(
    card_stack: tuple[Stack, str, dict[str, str]], keyring: KeyRing
) -> None:
    stack, card, who = card_stack
    # Before the workflow has verified the person, nobody's cards are reachable.
    early_id, early_tok = await stack.create(**who)
    r = await stack.http.post(
        f"/v1/applications/{early_id}/cards/bind", json={"card_number": card}, headers=bearer(early_tok)
    )
    assert (r.status_code, r.json()["error"]) == (409, "identity_not_verified")

    app_id, tok = await stack.to_pickup(customer_id="typed.by.anyone", **who)
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cards/bind", json={"card_number": "4111111111111112"}, headers=bearer(tok)
    )
    assert r.status_code == 201  # a wrong card still starts: the workflow decides and says why
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cards/bind", json={"card_number": card}, headers=bearer(tok)
    )
    assert r.status_code == 201, r.text
    wf = r.json()["workflow_id"]
    customer = customer_id_for(who["applicant__id_number"], stack.ctx.keyring)
    assert (
        wf.startswith(f"card-{customer}-") and "typed.by.anyone" not in wf
    )  # the verified person, not the form

    view = await _card_view(stack, app_id, tok, wf, until="sms_code")
    assert card not in str(view)
    bad = await stack.http.post(
        f"/v1/applications/{app_id}/cards/{wf}/sms-code", json={"code": "12ab"}, headers=bearer(tok)
    )
    assert bad.status_code == 409
    ok = await stack.http.post(
        f"/v1/applications/{app_id}/cards/{wf}/sms-code", json={"code": "246810"}, headers=bearer(tok)
    )
    assert ok.status_code == 200 and ok.json()["accepted"], ok.text
    view = await _card_view(stack, app_id, tok, wf, until="done")
    assert (
        view["status"] == "BOUND" and view["card_masked"].startswith(card[:6]) and "*" in view["card_masked"]
    )
    # The takeover of issue 15: another person's application that *types* the victim's customer id.
    # Their ID card does not read as the form (the fake OCR reads the victim's card), so they are never
    # verified, and the typed id is ignored anyway: the customer is derived from the verified person.
    thief_id, thief_tok = await stack.create(customer_id=customer)
    assert (
        await stack.http.get(f"/v1/applications/{app_id}/cards/{wf}", headers=bearer(thief_tok))
    ).status_code == 403
    await stack.wait_for(thief_id, thief_tok, None)
    r = await stack.http.post(
        f"/v1/applications/{thief_id}/cards/unbind", json={"binding_id": view["binding_id"]},
        headers=bearer(thief_tok),
    )  # fmt: skip
    assert (r.status_code, r.json()["error"]) == (409, "identity_not_verified")
    assert customer_id_for(factories.ID_NUMBER, stack.ctx.keyring) != customer

    # The owner's unbind goes to the phone the card was bound with, and names the real principal.
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cards/unbind",
        json={"binding_id": view["binding_id"]},
        headers=bearer(tok),
    )
    assert r.status_code == 201, r.text
    unbind = r.json()["workflow_id"]
    described = await stack.ctx.client.get()
    inp = await described.client.get_workflow_handle(unbind).fetch_history_events().__anext__()
    (decoded,) = await described.client.data_converter.decode(
        inp.workflow_execution_started_event_attributes.input.payloads, [CardBindingInput]
    )
    assert decoded.phone == who["applicant__phone"] and decoded.requested_by == f"applicant:{app_id}"


async def test_reconciliation_is_for_operators(card_stack: tuple[Stack, str, dict[str, str]]) -> None:
    stack, _card, _phone = card_stack
    assert (
        await stack.http.get("/v1/funding/reconciliation", headers=bearer(stack.tokens.underwriter))
    ).status_code == 403
    r = await stack.http.get("/v1/funding/reconciliation", headers=bearer(stack.tokens.operator))
    assert r.status_code == 200 and r.json()["ok"] is True
