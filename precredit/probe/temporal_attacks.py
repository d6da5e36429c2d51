"""Attacks sent straight to the Temporal frontend, not through the API (issue 15): forged underwriter
decisions, a cancel without proof, pickup redemptions with a dealer id read from the search
attributes, and proofs that are counterfeit, issued for something else, expired, of the wrong role
or replayed. The client is an attacker's: plain JSON payloads, as `temporal workflow signal` sends.

A refusal counts only if the workflow did not act on the message *and* audited it as
`human_action.refused` with the refusal the attack provokes; a refusal for another reason means the
attack was not really tested (e.g. the probe's proof keys are not the deployment's).
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio.client import Client, WorkflowUpdateFailedError
from temporalio.service import RPCError

from precredit.models import search
from precredit.models.messages import UpdateAck
from precredit.models.proofs import HumanAction
from precredit.probe.report import (
    AttackResult,
    Audited,
    not_refused,
    not_tested,
    refused,
)
from precredit.probe.target import AuditReader, AuditRecord
from precredit.security.assertions import PREFIX, ProofKeys, issue
from precredit.security.roles import Role

View = dict[str, Any]
StatusFn = Callable[[], Awaitable[View]]
REFUSED_ACTION = "human_action.refused"


def judge(
    name: str, *, acted: bool, refusals: list[AuditRecord], expect: set[str], evidence: str
) -> AttackResult:
    """Pure: the verdict from what the workflow did and what the audit trail says about it."""
    reasons = sorted({str(e.detail.get("refusal")) for e in refusals})
    if acted:
        return not_refused(name, evidence, audit=Audited.YES if refusals else Audited.NO)
    if not refusals:
        return refused(name, evidence + f"; no {REFUSED_ACTION} event", audit=Audited.NO)
    if expect and not expect & set(reasons):
        return not_tested(name, f"refused as {'/'.join(reasons)}, not {'/'.join(sorted(expect))}: {evidence}")
    return refused(name, evidence + f"; audit {REFUSED_ACTION} {'/'.join(reasons)}", audit=Audited.YES)


async def settled(status: StatusFn, *, timeout: float = 15) -> View:
    """The view once the application waits for something again or has ended: while the workflow
    checks a message's proof it briefly waits for nothing."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        view = await status()
        if view.get("waiting_for") is not None or view["status"] != "RUNNING" or loop.time() > deadline:
            return view
        await asyncio.sleep(0.2)


def _waits_for(view: View) -> str:
    w = view.get("waiting_for")
    return str(w["what"]) if w else view["status"]


def _handle(client: Client, application_id: str) -> Any:
    return client.get_workflow_handle(f"precredit-{application_id}")


def _about(action: HumanAction) -> Callable[[AuditRecord], bool]:
    return lambda e: e.detail.get("human_action") == str(action)


async def decision_signal(
    client: Client, audit: AuditReader, status: StatusFn, *, name: str, application_id: str,
    message: dict[str, Any], expect: set[str], how: str,
) -> AttackResult:  # fmt: skip
    """One `underwriter_decision` signal to an application waiting for an underwriter."""
    after = await asyncio.to_thread(audit.head)
    await _handle(client, application_id).signal("underwriter_decision", message)
    refusals = await audit.wait_for(
        action=REFUSED_ACTION, application_id=application_id, after=after,
        where=_about(HumanAction.UNDERWRITER_DECISION),
    )  # fmt: skip
    view = await settled(status)
    sender = str(message["underwriter_id"])
    decided = [d["decided_by"] for d in view["decisions"] if sender in d.get("decided_by", "")]
    acted = _waits_for(view) != "underwriter" or bool(decided)
    evidence = f"{how} {message['decision']} as {sender!r}: application now waits for {_waits_for(view)}"
    if decided:
        evidence += f", decision recorded as {decided[-1]}"
    return judge(name, acted=acted, refusals=refusals, expect=expect, evidence=evidence)


def counterfeit(application_id: str, sender: str) -> str:
    """A well-formed proof signed with a key the attacker made up."""
    keys = ProofKeys(keys={"derived": secrets.token_bytes(32)}, signing_kid="derived")
    return issue(
        keys=keys, subject=sender, role=Role.UNDERWRITER, action=HumanAction.UNDERWRITER_DECISION,
        object_id=application_id, decision="approve", ttl=timedelta(minutes=5),
    )  # fmt: skip


def expired(keys: ProofKeys, application_id: str, sender: str) -> str:
    """A genuine decision proof of an hour ago, valid for a minute then."""
    return issue(
        keys=keys, subject=sender, role=Role.UNDERWRITER, action=HumanAction.UNDERWRITER_DECISION,
        object_id=application_id, decision="approve", ttl=timedelta(minutes=1),
        now=datetime.now(UTC) - timedelta(hours=1),
    )  # fmt: skip


def wrong_role(keys: ProofKeys, application_id: str, dealer: str) -> str:
    """A correctly signed decision proof naming a dealer: what a buggy issuer or a leaked key could
    produce. `issue` refuses roles an action does not allow, so the claims are signed here."""
    from precredit.security.assertions import _b64, _mac

    now = datetime.now(UTC)
    claims = {
        "kid": keys.signing_kid, "sub": dealer, "role": str(Role.DEALER),
        "act": str(HumanAction.UNDERWRITER_DECISION), "obj": application_id, "dec": "approve",
        "nonce": secrets.token_urlsafe(16), "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=5)).timestamp()),
    }  # fmt: skip
    body = _b64(json.dumps(claims, sort_keys=True, separators=(",", ":")).encode())
    return f"{PREFIX}.{body}.{_b64(_mac(keys.keys[keys.signing_kid], body))}"


async def _update(client: Client, application_id: str, name: str, arg: dict[str, Any]) -> UpdateAck | str:
    """The workflow's ack, or why the update never ran (a validator's refusal, no such workflow)."""
    try:
        ack: UpdateAck = await _handle(client, application_id).execute_update(
            name, arg, result_type=UpdateAck
        )
        return ack
    except WorkflowUpdateFailedError as exc:
        return f"update refused by the validator: {getattr(exc.cause, 'message', exc)}"
    except RPCError as exc:
        return f"Temporal refused the update: {exc.message}"


async def forged_cancel(
    client: Client, audit: AuditReader, status: StatusFn, *, application_id: str
) -> AttackResult:
    """A `cancel` update claiming to be an operator, with no proof."""
    name = "forged_cancel"
    after = await asyncio.to_thread(audit.head)
    ack = await _update(
        client, application_id, "cancel", {"by": "operator", "reason": "fraud suspected", "proof": ""}
    )
    if isinstance(ack, str):
        return not_tested(name, ack)
    refusals = await audit.wait_for(
        action=REFUSED_ACTION, application_id=application_id, after=after, where=_about(HumanAction.CANCEL)
    )
    view = await settled(status)
    acted = ack.accepted or view["status"] == "CANCELLED"
    evidence = (
        f"cancel by 'operator' without proof: ack {ack.accepted} {ack.message!r}, status {view['status']}"
    )
    return judge(name, acted=acted, refusals=refusals, expect={"UNSIGNED"}, evidence=evidence)


async def dealer_of(client: Client, application_id: str, task_queue: str) -> str:
    """The dealer id as anyone who can list workflows reads it: the `PrecreditDealer` attribute."""
    query = f'WorkflowId = "precredit-{application_id}" AND TaskQueue = "{task_queue}"'
    for _ in range(20):  # visibility follows a moment behind
        async for wf in client.list_workflows(query, limit=1):
            if dealer := wf.typed_search_attributes.get(search.DEALER):
                return dealer
        await asyncio.sleep(0.5)
    described = await _handle(client, application_id).describe()
    return described.typed_search_attributes.get(search.DEALER) or ""


async def forged_pickups(
    client: Client, audit: AuditReader, *, application_id: str, task_queue: str, n: int = 6
) -> AttackResult:
    """The issue's six `redeem_pickup` updates at once, dealer id from the search attributes, guessed
    codes, no proof. Whether the genuine code still works is judged after the real hand-over."""
    from precredit.security.codes import new_pickup_code

    name = "forged_pickup"
    dealer = await dealer_of(client, application_id, task_queue)
    after = await asyncio.to_thread(audit.head)
    sent = await asyncio.gather(
        *(
            _update(
                client,
                application_id,
                "redeem_pickup",
                {"dealer_id": dealer, "code": new_pickup_code(), "proof": ""},
            )
            for _ in range(n)
        )
    )
    acks = [a for a in sent if not isinstance(a, str)]
    if len(acks) < n:
        return not_tested(name, next(a for a in sent if isinstance(a, str)))
    refusals = await audit.wait_for(
        action=REFUSED_ACTION, application_id=application_id, after=after,
        where=_about(HumanAction.PICKUP_REDEEM), count=n,
    )  # fmt: skip
    messages = sorted({a.message for a in acks})
    evidence = (
        f"{n} redeem_pickup updates as dealer {dealer!r} (from search attributes), guessed codes, no proof: "
        f"{sum(not a.accepted for a in acks)}/{n} not accepted {messages}"
    )
    result = judge(
        name, acted=any(a.accepted for a in acks), refusals=refusals, expect={"UNSIGNED"}, evidence=evidence
    )
    if len(refusals) < n and result.audited is Audited.YES:
        return not_refused(name, result.evidence + f"; only {len(refusals)}/{n} audited", audit=Audited.NO)
    return result


def after_handover(result: AttackResult, *, handed_over: bool, evidence: str) -> AttackResult:
    """The forged redemptions must not have locked the genuine code: the real hand-over decides."""
    from dataclasses import replace

    if result.verdict.value != "REFUSED" or handed_over:
        return replace(result, evidence=f"{result.evidence}; then the genuine hand-over: {evidence}")
    return not_refused(
        result.name, f"{result.evidence}; but the genuine hand-over failed: {evidence}", audit=result.audited
    )


async def proof_replayed(
    client: Client, audit: AuditReader, keys: ProofKeys, *, application_id: str, dealer: str, code: str
) -> AttackResult:
    """A dealer's proof captured from a redemption that was used (with a mistyped code) is replayed
    with the genuine code: the car must not be released on it."""
    from precredit.security.codes import new_pickup_code

    name = "proof_replayed"
    proof = issue(
        keys=keys, subject=dealer, role=Role.DEALER, action=HumanAction.PICKUP_REDEEM,
        object_id=application_id, ttl=timedelta(minutes=5),
    )  # fmt: skip
    first = await _update(
        client,
        application_id,
        "redeem_pickup",
        {"dealer_id": dealer, "code": new_pickup_code(), "proof": proof},
    )
    if isinstance(first, str) or first.message.startswith("not accepted"):
        why = first if isinstance(first, str) else first.message
        return not_tested(name, f"the first, genuine use of the proof was not believed: {why}")
    after = await asyncio.to_thread(audit.head)
    again = await _update(
        client, application_id, "redeem_pickup", {"dealer_id": dealer, "code": code, "proof": proof}
    )
    if isinstance(again, str):
        return not_tested(name, again)
    refusals = await audit.wait_for(
        action=REFUSED_ACTION,
        application_id=application_id,
        after=after,
        where=_about(HumanAction.PICKUP_REDEEM),
    )
    evidence = (
        f"used once with a wrong code ({first.message!r}), replayed with the genuine code: "
        f"ack {again.accepted} {again.message!r}"
    )
    return judge(name, acted=again.accepted, refusals=refusals, expect={"REPLAYED"}, evidence=evidence)
