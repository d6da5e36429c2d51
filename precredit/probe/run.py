"""`run_probe`: every attack of issue 15 against a running stack, around three sandbox victims and
one control application, all at once so the whole run takes about as long as one application.

- the control (a good applicant, phone session): attacked at the door (its create request replayed,
  bad values in a copy of it), by a forged cancel, and at the pickup (forged and replayed
  redemptions); it binds a repayment card (the takeover's victim) and must still complete;
- a grey-zone applicant (partner channel) waiting for an underwriter: forged and mis-proven
  decisions straight to Temporal, then two real underwriters deciding at the same moment;
- a thief (another good applicant) who types the control's customer id and goes for its card.
"""

from __future__ import annotations

import asyncio
import secrets
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from precredit.probe import http_attacks as web
from precredit.probe import temporal_attacks as tmp
from precredit.probe.people import (
    Applicant,
    CardBinding,
    People,
    View,
    identity_passed,
    waiting,
)
from precredit.probe.report import AttackResult, ControlResult, ProbeReport, not_tested
from precredit.probe.target import ProbeConfig, ProbeError, Target, open_target
from precredit.security.roles import Role

ATTACKS = (
    "forged_decision", "forged_decision_counterfeit_proof", "forged_cancel", "forged_pickup",
    "card_takeover", "anonymous_create", "anonymous_upload", "sms_flood", "create_replay",
    "two_underwriters", "late_decision", "decision_token_elsewhere", "proof_expired", "proof_wrong_role",
    "proof_replayed", "nested_json", "term_months_string", "absurd_debt",
)  # fmt: skip
"""In the order of the issue's list; the report keeps it."""
ON_CONTROL = ("forged_cancel", "create_replay", "forged_pickup", "proof_replayed")
AT_THE_DOOR = (
    "anonymous_upload", "sms_flood", "anonymous_create", "nested_json", "term_months_string", "absurd_debt",
)  # fmt: skip
ON_REVIEW = (
    "forged_decision", "forged_decision_counterfeit_proof", "decision_token_elsewhere", "proof_expired",
    "proof_wrong_role", "two_underwriters", "late_decision",
)  # fmt: skip

NEEDS_KEYS = "needs the deployment's proof keys (PRECREDIT_PROOF_KEYS or the key file), as the operator CLI"


class Results:
    def __init__(self) -> None:
        self.found: dict[str, AttackResult] = {}
        self.started = time.monotonic()
        self.timeline: list[str] = []

    def mark(self, what: str) -> None:
        """When the victims got where the attacks need them: where a slow run spent its time."""
        self.timeline.append(f"{time.monotonic() - self.started:5.1f} s  {what}")

    def add(self, result: AttackResult) -> None:
        self.found[result.name] = result

    def missing(self, names: tuple[str, ...], why: str) -> None:
        for name in names:
            self.found.setdefault(name, not_tested(name, why))

    def ordered(self) -> list[AttackResult]:
        return [self.found.get(n) or not_tested(n, "the probe never got to it") for n in ATTACKS]


async def run_probe(config: ProbeConfig) -> ProbeReport:
    started = time.monotonic()
    async with open_target(config) as t:
        people = People(t, run_id=secrets.token_hex(3))
        res = Results()
        loop = asyncio.get_running_loop()
        victim: asyncio.Future[Applicant] = loop.create_future()
        card: asyncio.Future[CardBinding] = loop.create_future()
        control = ControlResult("", False, "the control application never started")

        async def control_side() -> None:
            nonlocal control
            try:
                control = await _control(t, people, res, victim, card)
            except Exception as exc:
                ids = [a.application_id for a in people.applicants if a.application_id.endswith("-c")]
                control = ControlResult(ids[0] if ids else "", False, f"stopped: {_why(exc)}")
                raise

        await asyncio.gather(
            _guard(t, res, ON_CONTROL, control_side, victim, card),
            _guard(t, res, AT_THE_DOOR, lambda: _door(t, res, victim)),
            _guard(t, res, ON_REVIEW, lambda: _review(t, people, res)),
            _guard(t, res, ("card_takeover",), lambda: _takeover(t, people, res, card)),
        )
        await people.tidy()
    return ProbeReport(
        attacks=res.ordered(), control=control, seconds=time.monotonic() - started, notes=res.timeline
    )


async def _guard(
    t: Target, res: Results, names: tuple[str, ...], side: Callable[[], Awaitable[None]],
    *waiting_on: asyncio.Future[Any],
) -> None:  # fmt: skip
    """One side of the probe; whatever stops it leaves its remaining attacks NOT TESTED (and fails
    the futures other sides wait on, so they stop too)."""
    try:
        async with asyncio.timeout(t.config.timeout):
            await side()
    except Exception as exc:  # a broken victim or a bug: its attacks are reported, not lost
        why = _why(exc)
        res.missing(names, why)
        for future in waiting_on:
            if not future.done():
                future.set_exception(ProbeError(f"the victim was not set up: {why}"))


def _why(exc: BaseException) -> str:
    """A probe's own verdict as it is; anything else (a bug) with where it was raised, so a failure
    seen once in CI says which line to read."""
    if isinstance(exc, ProbeError):
        return str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    where = (
        f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name})" if frames else ""
    )
    return f"{type(exc).__name__}: {exc}{where}"


async def _control(
    t: Target,
    people: People,
    res: Results,
    victim: asyncio.Future[Applicant],
    card: asyncio.Future[CardBinding],
) -> ControlResult:
    app = await people.apply("good", "c")
    res.mark(f"control {app.application_id} created")
    victim.set_result(app)
    res.add(
        await tmp.forged_cancel(
            t.temporal, t.audit, lambda: people.status(app), application_id=app.application_id
        )
    )
    res.add(
        await web.create_replay(
            t.http,
            t.audit,
            body=app.body,
            application_id=app.application_id,
            other=t.credential(Role.PARTNER),
        )
    )
    timeout = t.config.timeout
    view = await people.drive(app, identity_passed, timeout=timeout, approve=True)
    res.mark("control identity verified")
    binding = asyncio.create_task(_bind(people, app, view, card, res))
    view = await people.drive(app, lambda v: waiting(v, "pickup"), timeout=timeout, approve=True)
    res.mark("control waits for pickup")
    if not waiting(view, "pickup"):
        await binding
        return ControlResult(app.application_id, False, f"ended {view['status']} {view['reason_codes']}")
    code = await people.pickup_code(app)
    forged = await tmp.forged_pickups(
        t.temporal, t.audit, application_id=app.application_id, task_queue=t.settings.task_queue
    )
    if t.proof_keys is None:
        res.add(not_tested("proof_replayed", NEEDS_KEYS))
    else:
        res.add(
            await tmp.proof_replayed(
                t.temporal, t.audit, t.proof_keys, application_id=app.application_id,
                dealer=people.dealer.subject, code=code,
            )
        )  # fmt: skip
    lookup, redeem = await people.handover(app, code)
    handed = redeem.status_code == 200 and bool(redeem.json().get("accepted"))
    said = f"lookup {web.said(lookup)}, redeem {web.said(redeem)}"
    res.add(tmp.after_handover(forged, handed_over=handed, evidence=said))
    final = await people.drive(app, lambda v: False, timeout=60)
    res.mark(f"control ended {final['status']}")
    await binding
    steps = "/".join(f"{d['step']}:{d['verdict']}" for d in final["decisions"])
    return ControlResult(
        app.application_id, final["status"] == "COMPLETED", f"{final['status']} ({steps}); {said}"
    )


async def _bind(
    people: People, app: Applicant, view: View, card: asyncio.Future[CardBinding], res: Results
) -> None:
    """The control's person binds a repayment card: the takeover's prize."""
    try:
        if not identity_passed(view):
            raise ProbeError(
                f"the control's identity was not verified: {view['status']} {view['reason_codes']}"
            )
        card.set_result(await people.bind_card(app))
        res.mark("control's repayment card bound")
    except (ProbeError, TimeoutError, httpx.HTTPError) as exc:
        card.set_exception(ProbeError(f"the victim's card was not bound: {exc}"))


async def _door(t: Target, res: Results, victim: asyncio.Future[Applicant]) -> None:
    """The API's front door: anonymous submissions, the SMS flood, and bodies no form could send."""
    res.add(await web.anonymous_upload(t.http, b"\xff\xd8\xff\xe0" + secrets.token_bytes(64)))
    phone = f"139{secrets.randbelow(10**8):08d}"
    res.add(await web.sms_flood(t.http, t.audit, phone=phone, n=t.config.flood))
    body = (await victim).body
    partner = t.credential(Role.PARTNER)
    res.add(await web.anonymous_create(t.http, body, n=t.config.flood))
    res.add(await web.nested_json(t.http, partner, body))
    res.add(
        await web.bad_value(
            t.http,
            partner,
            name="term_months_string",
            body=body,
            section="loan",
            key="term_months",
            value="36",
        )
    )
    res.add(
        await web.bad_value(
            t.http, partner, name="absurd_debt", body=body, section="applicant",
            key="existing_monthly_debt", value="999999999999.00",
        )
    )  # fmt: skip


async def _review(t: Target, people: People, res: Results) -> None:
    app = await people.apply("grey_zone", "r", channel=True)
    res.mark(f"review victim {app.application_id} created")
    view = await people.drive(app, lambda v: waiting(v, "underwriter"), timeout=t.config.timeout)
    res.mark("review victim waits for an underwriter")
    if not waiting(view, "underwriter"):
        raise ProbeError(
            f"the grey-zone victim never waited for an underwriter: {view['status']} {view['reason_codes']}"
        )
    app_id = app.application_id
    uw1, uw2 = t.credential(Role.UNDERWRITER, 0), t.credential(Role.UNDERWRITER, 1)

    async def signal(name: str, sender: str, proof: str, expect: set[str], how: str) -> None:
        message = {"underwriter_id": sender, "decision": "approve", "reason": "looks fine", "proof": proof}
        res.add(
            await tmp.decision_signal(
                t.temporal, t.audit, lambda: people.status(app), name=name, application_id=app_id,
                message=message, expect=expect, how=how,
            )
        )  # fmt: skip

    invented = f"attacker-{secrets.token_hex(3)}"
    await signal("forged_decision", invented, "", {"UNSIGNED"}, "no proof:")
    await signal(
        "forged_decision_counterfeit_proof", invented, tmp.counterfeit(app_id, invented),
        {"BAD_SIGNATURE", "UNKNOWN_KEY"}, "proof signed with the attacker's own key:",
    )  # fmt: skip
    elsewhere = f"probe-{people.run_id}-elsewhere"
    r = await t.http.post(
        f"/v1/applications/{elsewhere}/decision-token", json={"decision": "approve"}, headers=uw1.headers
    )
    if r.status_code != 200:
        res.add(not_tested("decision_token_elsewhere", f"no decision token for {uw1.subject}: {web.said(r)}"))
    else:
        how = f"{uw1.subject}'s decision token for application {elsewhere}:"
        await signal("decision_token_elsewhere", uw1.subject, r.json()["proof"], {"WRONG_OBJECT"}, how)
    if t.proof_keys is None:
        res.missing(("proof_expired", "proof_wrong_role"), NEEDS_KEYS)
    else:
        keys = t.proof_keys
        await signal("proof_expired", uw1.subject, tmp.expired(keys, app_id, uw1.subject), {"EXPIRED"},
                     "a genuine proof that expired an hour ago:")  # fmt: skip
        dealer = t.credential(Role.DEALER).subject
        await signal("proof_wrong_role", dealer, tmp.wrong_role(keys, app_id, dealer), {"WRONG_ROLE"},
                     "a correctly signed proof naming a dealer:")  # fmt: skip
    res.add(await web.two_underwriters(t.http, t.audit, application_id=app_id, first=uw1, second=uw2))
    # The review is decided once the application has moved on (or ended, on a reject).
    await people.drive(app, lambda v: not waiting(v, "underwriter"), timeout=60, act=False)
    res.add(await web.late_decision(t.http, t.audit, application_id=app_id, underwriter=uw1))
    res.mark("review attacks done")


async def _takeover(t: Target, people: People, res: Results, card: asyncio.Future[CardBinding]) -> None:
    binding = await card
    # The customer id is in every card workflow's id, which anyone listing workflows sees.
    thief = await people.apply("good", "a", customer_id=binding.customer_id)
    res.mark(f"thief {thief.application_id} created")
    view = await people.drive(thief, identity_passed, timeout=t.config.timeout)
    res.mark("thief's identity verified")
    res.add(
        await web.card_takeover(
            t.http, thief_application=thief.application_id, thief_token=thief.token,
            victim_workflow=binding.workflow_id, victim_binding=binding.binding_id,
            identity_verified=identity_passed(view),
        )
    )  # fmt: skip
    await people.cancel(thief)
