"""Every human action the API relays is proven and audited (issue 15): the proof in the message
verifies as the token's principal, the first decision on a review wins, large loans need two
underwriters, the console hands out decision tokens, and a dealer's lockout spares genuine codes."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, select

from precredit.api import votes
from precredit.db.audit import AuditEvent
from precredit.models.application import PolicyConfig
from precredit.models.messages import CancelRequest, UnderwriterDecision
from precredit.models.proofs import HumanAction, ProofRefusal, ReviewVote, VerifiedClaim
from precredit.security.assertions import Refused, verify
from precredit.security.codes import new_pickup_code
from tests.api.conftest import Stack, bearer
from tests.api.test_underwriter import GREY, to_review


def audit(stack: Stack, app_id: str) -> list[tuple[str, str, dict[str, Any]]]:
    with Session(stack.ctx.engine) as s:
        rows = s.exec(select(AuditEvent).where(AuditEvent.application_id == app_id)).all()
    return [(r.actor, r.action, json.loads(r.detail)) for r in rows]


async def sent(stack: Stack, app_id: str, name: str, kind: type[Any]) -> list[Any]:
    """The signals or update requests called `name` in the workflow's history, decoded."""
    temporal = (await stack.ctx.client.get()).client
    found = []
    async for event in temporal.get_workflow_handle(f"precredit-{app_id}").fetch_history_events():
        signal = event.workflow_execution_signaled_event_attributes
        update = event.workflow_execution_update_accepted_event_attributes.accepted_request.input
        if signal.signal_name == name:
            payloads = signal.input.payloads
        elif update.name == name:
            payloads = update.args.payloads
        else:
            continue
        found.append((await temporal.data_converter.decode(payloads, [kind]))[0])
    return found


def claim_of(stack: Stack, proof: str, action: HumanAction, app_id: str, decision: str = "") -> VerifiedClaim:
    result = verify(
        proof,
        keys=stack.ctx.proof_keys,
        action=action,
        object_id=app_id,
        now=datetime.now(UTC),
        decision=decision,
    )
    assert isinstance(result, VerifiedClaim), result
    return result


@pytest.mark.parametrize("world", [GREY])
async def test_the_first_decision_wins_and_carries_its_proof(stack: Stack) -> None:
    app_id, tok = await to_review(stack)
    body = {"decision": "approve", "reason": "income verified"}
    first, second = await asyncio.gather(
        stack.http.post(f"/v1/applications/{app_id}/underwriter-decision", json=body, headers=bearer(stack.tokens.underwriter)),
        stack.http.post(f"/v1/applications/{app_id}/underwriter-decision", json={**body, "decision": "reject"},
                        headers=bearer(stack.tokens.underwriter2)),
    )  # fmt: skip
    assert sorted([first.status_code, second.status_code]) == [202, 409], (first.text, second.text)
    winner = first if first.status_code == 202 else second
    signals = await sent(stack, app_id, "underwriter_decision", UnderwriterDecision)
    assert len(signals) == 1  # the loser never reached the workflow
    claim = claim_of(stack, signals[0].proof, HumanAction.UNDERWRITER_DECISION, app_id, signals[0].decision)
    assert claim.principal == winner.json()["decided_by"]
    loser = second if winner is first else first
    if loser.json()["error"] == "review_already_decided":  # it got past the status check: audited
        assert any(a == "api.underwriter_decision_refused" for _, a, _d in audit(stack, app_id))
    await stack.wait_for(app_id, tok, None if signals[0].decision == "reject" else "authorisation_signature")


def test_votes_follow_the_four_eyes_policy_in_the_shared_database(stack: Stack) -> None:
    policy = PolicyConfig(two_underwriters_above=Decimal("300000"))
    engine = stack.ctx.engine

    def cast(who: str, decision: str, amount: str, review: str = "r1") -> str | None:
        refused = votes.cast(engine, application_id="app-v", review_key=review, amount=Decimal(amount),
                             vote=ReviewVote(underwriter_id=who, decision=decision), policy=policy)  # fmt: skip
        return refused.code if refused else None

    assert cast("uw-1", "approve", "500000") is None
    assert cast("uw-1", "approve", "500000") == "SAME_UNDERWRITER"
    assert cast("uw-2", "approve", "500000") is None
    assert cast("uw-3", "reject", "500000") == "REVIEW_ALREADY_DECIDED"
    # A new review (another wait) of the same application starts afresh; a withdrawn vote frees it.
    assert cast("uw-1", "approve", "90000", review="r2") is None
    votes.withdraw(engine, application_id="app-v", review_key="r2", underwriter_id="uw-1")
    assert cast("uw-2", "reject", "90000", review="r2") is None
    assert cast("uw-1", "approve", "90000", review="r2") == "REVIEW_ALREADY_DECIDED"


async def test_the_console_hands_out_decision_tokens_for_the_temporal_ui(stack: Stack) -> None:
    url = "/v1/applications/app-token-1/decision-token"
    r = await stack.http.post(url, json={"decision": "reject"}, headers=bearer(stack.tokens.underwriter))
    assert r.status_code == 200, r.text
    token = r.json()
    signal = UnderwriterDecision.model_validate_json(token["signal_input"])
    assert signal.proof == token["proof"] and "--name underwriter_decision" in token["command"]
    claim = claim_of(stack, token["proof"], HumanAction.UNDERWRITER_DECISION, "app-token-1", "reject")
    assert claim.principal == "underwriter:uw-1"
    assert (claim.expires_at - claim.issued_at).total_seconds() == stack.settings.decision_token_ttl_seconds
    # Pasted into another application, or turned into an approval, it is worthless.
    other = verify(token["proof"], keys=stack.ctx.proof_keys, action=HumanAction.UNDERWRITER_DECISION,
                   object_id="app-token-2", now=datetime.now(UTC), decision="reject")  # fmt: skip
    assert isinstance(other, Refused) and other.reason is ProofRefusal.WRONG_OBJECT
    assert ("underwriter:uw-1", "api.decision_token_issued") in [
        (a, b) for a, b, _ in audit(stack, "app-token-1")
    ]
    for who in (stack.tokens.dealer1, stack.tokens.operator):
        assert (
            await stack.http.post(url, json={"decision": "approve"}, headers=bearer(who))
        ).status_code == 403


async def test_cancels_are_proven_and_audited(stack: Stack) -> None:
    app_id, tok = await stack.create()
    await stack.wait_for(app_id, tok, "sms_code")
    r = await stack.http.post(
        f"/v1/applications/{app_id}/cancel", json={"reason": "changed my mind"}, headers=bearer(tok)
    )
    assert r.status_code == 200, r.text
    (cancel,) = await sent(stack, app_id, "cancel", CancelRequest)
    assert claim_of(stack, cancel.proof, HumanAction.CANCEL, app_id).principal == f"applicant:{app_id}"
    assert (f"applicant:{app_id}", "api.cancel_requested") in [(a, b) for a, b, _ in audit(stack, app_id)]


async def test_a_locked_out_dealer_still_hands_over_a_car_with_its_genuine_code(stack: Stack) -> None:
    app_id, tok = await stack.to_pickup()
    d1 = bearer(stack.tokens.dealer1)
    for _ in range(3):
        r = await stack.http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d1)
        assert r.status_code == 404
    for _ in range(2):  # locked out: guesses get nowhere, and still count
        r = await stack.http.post("/v1/pickup/lookup", json={"code": new_pickup_code()}, headers=d1)
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    code = stack.pickup_codes[app_id]
    assert (await stack.http.post("/v1/pickup/lookup", json={"code": code}, headers=d1)).status_code == 200
    r = await stack.http.post("/v1/pickup/redeem", json={"code": code}, headers=d1)
    assert r.status_code == 200 and r.json()["accepted"], r.text
    assert (await stack.wait_for(app_id, tok, None))["status"] == "COMPLETED"
    from precredit.models.messages import PickupRedemption

    (redemption,) = await sent(stack, app_id, "redeem_pickup", PickupRedemption)
    assert claim_of(stack, redemption.proof, HumanAction.PICKUP_REDEEM, app_id).principal == "dealer:D001"


async def test_the_loan_belongs_to_the_verified_person_not_the_typed_customer(stack: Stack) -> None:
    from precredit.security.customers import customer_id_for
    from tests import factories

    app_id, _tok = await stack.create(customer_id="victim.account")
    started = await (await stack.ctx.client.get()).submitted_request(app_id)
    assert started is not None
    assert started.customer_id == customer_id_for(factories.ID_NUMBER, stack.ctx.keyring) != "victim.account"
