"""CardBindingWorkflow on the time-skipping server with the real card and SMS activities."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select
from temporalio.client import WorkflowUpdateFailedError
from temporalio.testing import WorkflowEnvironment

from precredit.activities.cards import list_cards
from precredit.config import CardPolicy
from precredit.db.audit import AuditEvent
from precredit.db.funding import BankCardRow, CardAlertRow
from precredit.models.cards import (
    CardAuditRecord,
    CardDeadlines,
    CardSmsInput,
    CardUpdateAck,
    RepaymentLoan,
    ReplacementNotice,
    ReviewDecision,
    SelfieInput,
)
from precredit.security.audit import MAC_PURPOSE, AuditTrail
from precredit.security.customers import card_subject
from precredit.security.keys import KeyRing
from precredit.workflows.card_binding import CardBindingWorkflow
from tests.cards.conftest import FAST, CardWorld, card_world
from tests.workflows.replay import replay_every_prefix, replay_only


def actions(world: CardWorld, workflow_id: str) -> list[str]:
    with Session(world.deps.engine) as s:
        rows = s.exec(
            select(AuditEvent).where(AuditEvent.application_id == workflow_id).order_by(col(AuditEvent.seq))
        ).all()
        return [r.action for r in rows if r.action.startswith("card.")]  # SMS checks add their own


def audit_actor(world: CardWorld, workflow_id: str, action: str) -> str:
    """Who the one audit event `action` of this workflow names."""
    with Session(world.deps.engine) as s:
        row = s.exec(
            select(AuditEvent).where(AuditEvent.application_id == workflow_id, AuditEvent.action == action)
        ).one()
        return row.actor


async def test_bind_verifies_four_elements_and_sms_and_stores_encrypted(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        card = w.card(p)
        handle = await w.start("bind", p, card_number=card)
        await w.waiting(handle, "sms_code")
        with pytest.raises(WorkflowUpdateFailedError):  # the validator refuses a malformed code
            await handle.execute_update(
                "submit_sms_code", CardSmsInput(code="12ab"), result_type=CardUpdateAck
            )
        wrong = await handle.execute_update(
            "submit_sms_code", CardSmsInput(code=w.wrong_code(p, "card_bind")), result_type=CardUpdateAck
        )
        assert not wrong.accepted and wrong.attempts_left == 4
        ack = await w.enter_sms(handle, p, "card_bind")
        assert ack.accepted
        result = await w.result(handle)
        history = await handle.fetch_history()
    # Determinism guard: the recorded history replays against the current code at every task boundary.
    await replay_every_prefix(replay_only([CardBindingWorkflow], ts_env.client.data_converter), history)
    assert result.status == "BOUND" and result.card_masked == card[:6] + "*" * (len(card) - 10) + card[-4:]
    with Session(w.deps.engine) as s:
        row = s.exec(select(BankCardRow)).one()
    assert row.card_masked == result.card_masked and row.bank == "ICBC"
    assert w.cards.cipher.decrypt_field(card_subject(row.user_id), row.card_sealed) == card
    assert card not in (tmp_path / "precredit.db").read_bytes().decode("latin-1")  # encrypted at rest
    assert actions(w, handle.id) == [
        "card.bind.requested", "card.bind.verified", "card.sms.sent", "card.sms.checked", "card.bind.bound",
        "card.bind.finished",
    ]  # fmt: skip
    assert AuditTrail(w.deps.engine, mac_key=keyring.derive(MAC_PURPOSE)).verify().ok


async def test_an_sms_code_typed_before_the_wait_opens_is_answered(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    """The code arrives while the workflow still records that it sent it (a fast user, or one who
    acted on a status query ahead of the task): accepted and checked once the wait opens."""
    sent, release = threading.Event(), threading.Event()

    def hold_sms_sent(rec: CardAuditRecord) -> None:
        if rec.action == "card.sms.sent":
            sent.set()
            release.wait(30)

    async with card_world(ts_env.client, tmp_path, keyring, policy, before_audit=hold_sms_sent) as w:
        p = w.person()
        handle = await w.start("bind", p, card_number=w.card(p))
        assert await asyncio.to_thread(sent.wait, 30)
        message = w.deps.sandbox.outbox.latest(p.phone, "card_bind")
        assert message is not None and message.code is not None
        early = asyncio.create_task(
            handle.execute_update(
                "submit_sms_code", CardSmsInput(code=message.code), result_type=CardUpdateAck
            )
        )
        await asyncio.sleep(1)
        assert not early.done()  # held until the wait opens
        release.set()
        ack = await asyncio.wait_for(early, 30)
        assert ack.accepted, ack.message
        result = await w.result(handle)
        history = await handle.fetch_history()
    assert result.status == "BOUND"
    await replay_every_prefix(replay_only([CardBindingWorkflow], ts_env.client.data_converter), history)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda c: c[:-1] + str((int(c[-1]) + 1) % 10), "CARD_LUHN_INVALID"),
        (lambda c: c[:12], "CARD_LENGTH_INVALID"),
        (lambda c: "9" + c[1:-1] + "0", "CARD_BIN_UNKNOWN"),
        ("phone", "ELEMENTS_MISMATCH"),
        ("other_person_card", "ELEMENTS_MISMATCH"),
    ],
)
async def test_bind_rejections_send_no_sms(
    ts_env: WorkflowEnvironment,
    tmp_path: Path,
    keyring: KeyRing,
    policy: CardPolicy,
    mutate: str | Callable[[str], str],
    reason: str,
) -> None:
    from precredit.funding.cards import luhn_check_digit

    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        card = w.card(p)
        kw: dict[str, Any] = {}
        if mutate == "phone":
            p = p.model_copy(update={"phone": "13900000000"})
        elif mutate == "other_person_card":
            card = w.card(w.person(1))
        else:
            assert callable(mutate)  # the parameters' other cases are the named strings above
            card = mutate(card)
            if reason == "CARD_BIN_UNKNOWN":
                card = card[:-1] + luhn_check_digit(card[:-1])
        result = await w.result(await w.start("bind", p, card_number=card, **kw))
    assert (result.status, result.reason_codes) == ("REJECTED", [reason])
    assert w.deps.sandbox.outbox.latest(p.phone) is None


async def test_bind_duplicate_card_and_sms_timeout(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        assert (await w.bind(p, w.card(p))).status == "BOUND"
        again = await w.result(await w.start("bind", p, card_number=w.card(p)))
        assert again.reason_codes == ["CARD_ALREADY_BOUND"]
        silent = await w.result(await w.start("bind", p, card_number=w.card(p, 1)))  # nobody enters the code
        assert (silent.status, silent.reason_codes) == ("EXPIRED", ["SMS_NOT_CONFIRMED"])


async def test_unbind_needs_a_fresh_sms_code(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        bound = await w.bind(p, w.card(p))
        handle = await w.start("unbind", p, binding_id=bound.binding_id)
        ack = await w.enter_sms(handle, p, "card_unbind")
        result = await w.result(handle)
        assert ack.accepted and result.status == "UNBOUND" and result.risk == "normal"
        assert len(w.deps.sandbox.outbox.messages(p.phone)) == 2  # one code to bind, a new one to unbind
        assert [c.status for c in list_cards(w.deps.engine, bound.binding_id.split("-")[1])] == ["UNBOUND"]
        twice = await w.result(await w.start("unbind", p, binding_id=bound.binding_id))
        assert twice.reason_codes == ["CARD_NOT_BOUND"]
        assert "card.unbind.unbound" in actions(w, handle.id)


async def test_only_repayment_card_is_blocked_until_a_replacement_is_bound(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        bound = await w.bind(p, w.card(p))
        user = bound.binding_id.split("-")[1]
        w.cards.register_repayment_loan(RepaymentLoan(application_id="APP-1", user_id=user))
        refused = await w.result(await w.start("unbind", p, binding_id=bound.binding_id))
        assert (refused.status, refused.reason_codes) == ("BLOCKED", ["ONLY_REPAYMENT_CARD"])

        waiting = CardDeadlines(sms_code=120, replacement=86400, replacement_poll=3600)
        handle = await w.start("unbind", p, binding_id=bound.binding_id, deadlines=waiting)
        await w.waiting(handle, "replacement_card")
        assert (await w.bind(p, w.card(p, 1))).status == "BOUND"
        await handle.signal("replacement_bound", ReplacementNotice())
        await w.enter_sms(handle, p, "card_unbind")
        assert (await w.result(handle)).status == "UNBOUND"

        # The replacement is now the only card: blocked again, waits its deadline out, then freed by settlement.
        last = next(c for c in list_cards(w.deps.engine, user) if c.status == "BOUND")
        expired = await w.result(await w.start("unbind", p, binding_id=last.binding_id, deadlines=waiting))
        assert expired.reason_codes == ["ONLY_REPAYMENT_CARD"]
        w.cards.register_repayment_loan(RepaymentLoan(application_id="APP-1", user_id=user, status="SETTLED"))
        handle = await w.start("unbind", p, binding_id=last.binding_id)
        await w.enter_sms(handle, p, "card_unbind")
        assert (await w.result(handle)).status == "UNBOUND"


async def test_high_risk_unbind_needs_face_match_and_review(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        ids = [(await w.bind(p, w.card(p, i))).binding_id for i in range(4)]

        # Approved: selfie through the update, face matches, a reviewer approves.
        h = await w.start("unbind", p, binding_id=ids[0], high_risk=True)
        await w.enter_sms(h, p, "card_unbind")
        await w.waiting(h, "selfie")
        with pytest.raises(WorkflowUpdateFailedError):
            await h.execute_update("submit_selfie", SelfieInput(selfie_ref=" "), result_type=CardUpdateAck)
        await h.execute_update(
            "submit_selfie", SelfieInput(selfie_ref="good-selfie"), result_type=CardUpdateAck
        )
        await w.waiting(h, "review")
        # A decision without a proof (e.g. `temporal workflow signal`) is refused and audited.
        await h.signal("review_decision", ReviewDecision(reviewer_id="r7", decision="approve"))
        await h.signal("review_decision", w.review(h, "r7", "approve", reason="called user"))
        ok = await w.result(h)
        assert (ok.status, ok.risk) == ("UNBOUND", "high")
        assert audit_actor(w, h.id, "card.unbind.reviewed") == "underwriter:r7"  # the verified principal
        assert actions(w, h.id).count("card.unbind.reviewed") == 1
        with Session(w.deps.engine) as s:
            refused = s.exec(
                select(AuditEvent).where(
                    AuditEvent.application_id == h.id, AuditEvent.action == "human_action.refused"
                )
            ).all()
        assert len(refused) == 1

        # Rejected by the reviewer.
        h = await w.start("unbind", p, binding_id=ids[1], high_risk=True, selfie_ref="good-selfie")
        await w.enter_sms(h, p, "card_unbind")
        await w.waiting(h, "review")
        await h.signal("review_decision", w.review(h, "r7", "reject"))
        assert (await w.result(h)).reason_codes == ["REVIEW_REJECTED"]

        # Someone else's face.
        h = await w.start("unbind", p, binding_id=ids[1], high_risk=True, selfie_ref="other-face")
        await w.enter_sms(h, p, "card_unbind")
        assert (await w.result(h)).reason_codes == ["FACE_MISMATCH"]

        # Nobody reviews in time; no selfie in time.
        h = await w.start("unbind", p, binding_id=ids[1], high_risk=True, selfie_ref="good-selfie")
        await w.enter_sms(h, p, "card_unbind")
        assert ((await w.result(h)).status, (await w.result(h)).reason_codes) == (
            "EXPIRED",
            ["REVIEW_TIMEOUT"],
        )
        h = await w.start("unbind", p, binding_id=ids[1], high_risk=True)
        await w.enter_sms(h, p, "card_unbind")
        assert (await w.result(h)).reason_codes == ["FACE_NOT_PROVIDED"]
        cards = list_cards(w.deps.engine, ids[0].split("-")[1])
        # None of the refused unbinds touched the card (this used to assert a method, always true).
        assert [c.status for c in cards if c.binding_id == ids[1]] == ["BOUND"]
        assert [c.status for c in cards].count("BOUND") == 3


async def test_recent_binding_makes_an_unbind_high_risk(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, CardPolicy(min_card_age_seconds=86400)) as w:
        p = w.person()
        bound = await w.bind(p, w.card(p))
        h = await w.start("unbind", p, binding_id=bound.binding_id)
        await w.enter_sms(h, p, "card_unbind")
        view = await w.waiting(h, "selfie")
        assert view.risk == "high"
        await h.terminate("test done")


async def test_unbind_alerts_per_user_and_platform_wide(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing
) -> None:
    policy = CardPolicy(
        min_card_age_seconds=0, alert_user_unbinds=2, alert_platform_unbinds=3, review_user_unbinds=99
    )
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        a, b = w.person(0), w.person(1)
        ids = {(p.id_number, i): (await w.bind(p, w.card(p, i))).binding_id for p in (a, b) for i in range(3)}
        results = []
        for p, i in [(a, 0), (a, 1), (b, 0), (a, 2)]:
            h = await w.start("unbind", p, binding_id=ids[(p.id_number, i)])
            await w.enter_sms(h, p, "card_unbind")
            results.append(await w.result(h))
    assert [r.status for r in results] == ["UNBOUND"] * 4
    assert [r.alerts for r in results[:3]] == [[], [], []]
    user_a = ids[(a.id_number, 0)].split("-")[1]
    assert sorted(results[3].alerts) == ["platform:*:4>3/3600s", f"user:{user_a}:3>2/3600s"]
    with Session(w.deps.engine) as s:
        alerts = s.exec(select(CardAlertRow)).all()
    assert {(x.scope, x.subject, x.count) for x in alerts} == {("user", user_a, 3), ("platform", "*", 4)}


async def test_a_review_decided_before_it_was_requested_does_not_count(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        p = w.person()
        binding = (await w.bind(p, w.card(p))).binding_id
        h = await w.start("unbind", p, binding_id=binding, high_risk=True, selfie_ref="good-selfie")
        # An approval sent before the SMS code and the face match were known…
        await h.signal("review_decision", w.review(h, "r7", "approve"))
        await w.enter_sms(h, p, "card_unbind")
        await w.waiting(h, "review")  # …is discarded: the workflow still asks for a review.
        await h.signal("review_decision", w.review(h, "r8", "reject", reason="face"))
        assert (await w.result(h)).reason_codes == ["REVIEW_REJECTED"]
        assert audit_actor(w, h.id, "card.unbind.review_ignored") == "unverified"
        assert audit_actor(w, h.id, "card.unbind.reviewed") == "underwriter:r8"


async def test_an_sms_code_typed_in_time_counts_though_its_check_ends_after_the_deadline(
    dev_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing, policy: CardPolicy
) -> None:
    """The code is typed while the wait is open; the provider's check takes longer than the wait
    has left. The bind used to expire (SMS_NOT_CONFIRMED) while the update answered "code
    confirmed"; now the wait lets the check finish and the card is bound."""
    async with card_world(dev_env.client, tmp_path, keyring, policy, sms_check_delay=8) as w:
        p = w.person()
        deadlines = FAST.model_copy(update={"sms_code": 6})  # answered in time even when loaded
        handle = await w.start("bind", p, card_number=w.card(p), deadlines=deadlines)
        ack = await w.enter_sms(handle, p, "card_bind")
        result = await w.result(handle)
    assert ack.accepted and ack.message == "code confirmed"
    assert (result.status, result.reason_codes) == ("BOUND", [])
    history = await handle.fetch_history()
    replayer = replay_only([CardBindingWorkflow], dev_env.client.data_converter)
    assert await replay_every_prefix(replayer, history) > 3
