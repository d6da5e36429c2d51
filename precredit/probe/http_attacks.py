"""Attacks on the HTTP API (issue 15), each sent the way the issue's attacker sent it, and judged by
what the API answered (and, where the API audits the refusal, by the audit trail).

Every function takes the HTTP client it attacks through, so a test can point one at a hand-written
transport that answers like a weakened API and see the verdict turn to NOT REFUSED.
"""

from __future__ import annotations

import asyncio
import copy
import secrets
from collections import Counter
from typing import Any

import httpx

from precredit.probe.report import (
    AttackResult,
    audited,
    not_refused,
    not_tested,
    refused,
)
from precredit.probe.target import AuditReader, Credential


def _body(r: httpx.Response) -> dict[str, Any]:
    try:
        body = r.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def said(r: httpx.Response) -> str:
    """`409 review_already_decided: the review …` from one of the API's error bodies."""
    body = _body(r)
    if "accepted" in body:
        return f"{r.status_code} accepted={body['accepted']} {body.get('message', '')!r}"
    if "error" not in body:
        return f"{r.status_code} {r.text[:80]!r}" if not body else str(r.status_code)
    where = f" [{body['field']}]" if body.get("field") else ""
    return f"{r.status_code} {body['error']}{where}: {body.get('reason', '')}"


def _client_error(r: httpx.Response) -> bool:
    return 400 <= r.status_code < 500


async def anonymous_create(http: httpx.AsyncClient, body: dict[str, Any], *, n: int = 30) -> AttackResult:
    """The issue's burst: `n` unauthenticated creates of a valid application at once (each would
    have sent the phone an SMS), and one whose body is not even JSON: 401 before the body is read."""
    name = "anonymous_create"
    body = {**body, "application_id": f"{body['application_id']}-anon"}
    answers = await asyncio.gather(*(http.post("/v1/applications", json=body) for _ in range(n)))
    garbage = await http.post(
        "/v1/applications", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    codes = Counter(r.status_code for r in answers)
    if set(codes) == {401} and garbage.status_code == 401:
        return refused(name, f"{n}/{n} valid bodies and an unparseable one: {said(garbage)}")
    return not_refused(name, f"answers {dict(codes)}; unparseable body: {said(garbage)}")


async def anonymous_upload(http: httpx.AsyncClient, image: bytes) -> AttackResult:
    name = "anonymous_upload"
    r = await http.post("/v1/documents", files={"file": ("id.jpg", image, "image/jpeg")})
    if r.status_code == 401 and r.headers.get("www-authenticate", "").lower() == "bearer":
        return refused(name, said(r))
    return not_refused(name, said(r))


async def sms_flood(
    http: httpx.AsyncClient, audit: AuditReader | None, *, phone: str, n: int = 30
) -> AttackResult:
    """OTP requests for one phone from one device until the API stops sending (429), audited as
    `api.sms_throttled`."""
    name = "sms_flood"
    device = {"X-Device-Id": f"probe-flood-{secrets.token_hex(6)}"}
    after = audit.head() if audit else 0
    sent = 0
    for _ in range(n):
        r = await http.post("/v1/sessions/otp", json={"phone": phone}, headers=device)
        if r.status_code == 202:
            sent += 1
            continue
        if r.status_code == 503:  # the gateway dropped this one: the budget still counted it
            continue
        if r.status_code != 429:
            return not_refused(name, f"after {sent} sent: {said(r)}")
        found = bool(audit and await audit.wait_for(action="api.sms_throttled", after=after, timeout=10))
        evidence = f"{sent} sent, then {said(r)} (Retry-After {r.headers.get('retry-after')})"
        if found:
            evidence += "; audit api.sms_throttled"
        return refused(name, evidence, audit=audited(required=True, found=found))
    return not_refused(name, f"{sent} of {n} OTP SMS to one phone were sent")


async def create_replay(
    http: httpx.AsyncClient, audit: AuditReader | None, *, body: dict[str, Any], application_id: str,
    other: Credential,
) -> AttackResult:  # fmt: skip
    """Someone's exact create request, replayed by an anonymous client and by another channel: no
    fresh applicant token for either (the refusal of the credentialed one is audited)."""
    name = "create_replay"
    after = audit.head() if audit else 0
    anonymous = await http.post("/v1/applications", json=body)
    channel = await http.post("/v1/applications", json=body, headers=other.headers)
    evidence = f"anonymous: {said(anonymous)}; other channel: {said(channel)}"
    token = "applicant_token" in _body(channel)
    if anonymous.status_code != 401 or not _client_error(channel) or token:
        return not_refused(name, evidence + ("; a fresh applicant token was returned" if token else ""))
    found = bool(
        audit
        and await audit.wait_for(
            action="api.application_refused", application_id=application_id, after=after, timeout=10,
            where=lambda e: e.detail.get("error") == "duplicate",
        )
    )  # fmt: skip
    if found:
        evidence += "; audit api.application_refused"
    return refused(name, evidence, audit=audited(required=True, found=found))


def _with(body: dict[str, Any], section: str, key: str, value: Any, suffix: str) -> dict[str, Any]:
    out = copy.deepcopy(body)
    out["application_id"] = f"{body['application_id']}-{suffix}"
    out[section][key] = value
    return out


async def bad_value(
    http: httpx.AsyncClient, channel: Credential, *, name: str, body: dict[str, Any], section: str,
    key: str, value: Any,
) -> AttackResult:  # fmt: skip
    """A credentialed create with one field the form must refuse (a 4xx naming that field)."""
    bad = _with(body, section, key, value, name[:6])
    r = await http.post("/v1/applications", json=bad, headers=channel.headers)
    if not _client_error(r):
        return not_refused(name, f"{key}={value!r}: {said(r)}")
    if _body(r).get("field") != f"{section}.{key}":
        return not_tested(name, f"refused for something else: {said(r)}")
    return refused(name, f"{key}={value!r}: {said(r)}")


async def nested_json(http: httpx.AsyncClient, channel: Credential, body: dict[str, Any]) -> AttackResult:
    """A create whose body nests 40 and 100 000 levels deep (past any form, past the decoder's
    recursion limit): a 4xx, not a 500."""
    name = "nested_json"
    answers = []
    for depth in (40, 100_000):
        text = _json_text({**body, "application_id": f"{body['application_id']}-deep"})
        deep = text[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"
        answers.append(
            await http.post(
                "/v1/applications", content=deep.encode(),
                headers={**channel.headers, "Content-Type": "application/json"},
            )
        )  # fmt: skip
    evidence = "; ".join(f"depth {d}: {said(r)}" for d, r in zip((40, 100_000), answers, strict=True))
    if all(_client_error(r) for r in answers):
        return refused(name, evidence)
    return not_refused(name, evidence)


def _json_text(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


async def two_underwriters(
    http: httpx.AsyncClient, audit: AuditReader | None, *, application_id: str, first: Credential,
    second: Credential,
) -> AttackResult:  # fmt: skip
    """Two underwriters decide one review at the same moment: one decision counts, the other is
    refused with a clear answer, and the refusal is audited."""
    name = "two_underwriters"
    url = f"/v1/applications/{application_id}/underwriter-decision"
    after = audit.head() if audit else 0
    a, b = await asyncio.gather(
        http.post(url, json={"decision": "approve", "reason": "income verified"}, headers=first.headers),
        http.post(url, json={"decision": "reject", "reason": "too much debt"}, headers=second.headers),
    )
    evidence = f"{first.subject} approve: {said(a)}; {second.subject} reject: {said(b)}"
    if sorted([a.status_code, b.status_code]) != [202, 409]:
        return not_refused(name, evidence)
    loser = second if a.status_code == 202 else first
    found = bool(
        audit
        and await audit.wait_for(
            action="api.underwriter_decision_refused", application_id=application_id, after=after,
            where=lambda e: e.actor == f"underwriter:{loser.subject}", timeout=10,
        )
    )  # fmt: skip
    if found:
        evidence += "; audit api.underwriter_decision_refused"
    return refused(name, evidence, audit=audited(required=True, found=found))


async def late_decision(
    http: httpx.AsyncClient, audit: AuditReader | None, *, application_id: str, underwriter: Credential
) -> AttackResult:
    """A decision that arrives after the review was decided (the workflow has moved on): refused
    with a clear answer, and audited like a decision that lost the race."""
    name = "late_decision"
    after = audit.head() if audit else 0
    r = await http.post(
        f"/v1/applications/{application_id}/underwriter-decision",
        json={"decision": "approve", "reason": "approving it after all"},
        headers=underwriter.headers,
    )
    evidence = f"{underwriter.subject} approve after the review ended: {said(r)}"
    if not _client_error(r):
        return not_refused(name, evidence)
    found = bool(
        audit
        and await audit.wait_for(
            action="api.underwriter_decision_refused", application_id=application_id, after=after,
            where=lambda e: e.actor == f"underwriter:{underwriter.subject}", timeout=10,
        )
    )  # fmt: skip
    if found:
        evidence += "; audit api.underwriter_decision_refused"
    return refused(name, evidence, audit=audited(required=True, found=found))


async def card_takeover(
    http: httpx.AsyncClient, *, thief_application: str, thief_token: str, victim_workflow: str,
    victim_binding: str, identity_verified: bool,
) -> AttackResult:  # fmt: skip
    """A second application that typed the victim's customer id (read off the victim's card
    workflow id) reads and unbinds the victim's card with its own applicant token."""
    name = "card_takeover"
    auth = {"Authorization": f"Bearer {thief_token}"}
    base = f"/v1/applications/{thief_application}/cards"
    read = await http.get(f"{base}/{victim_workflow}", headers=auth)
    unbind = await http.post(f"{base}/unbind", json={"binding_id": victim_binding}, headers=auth)
    who = "identity-verified thief" if identity_verified else "thief (identity NOT verified)"
    evidence = f"{who}: read victim's card: {said(read)}; unbind it: {said(unbind)}"
    if _client_error(read) and _client_error(unbind):
        return refused(name, evidence)
    return not_refused(name, evidence)
