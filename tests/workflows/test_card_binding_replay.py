"""Determinism of CardBindingWorkflow: recorded bind and unbind histories replay on today's code.

Recorded like `grey_zone_completed.json` (PRECREDIT_RECORD_HISTORY=1), with the card tests' world:
real card and SMS activities on temp SQLite and the sandbox's fake persons and cards.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from temporalio.client import Client, WorkflowHistory, WorkflowUpdateFailedError
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer

from precredit.config import CardPolicy
from precredit.models.cards import (
    CardDeadlines,
    CardSmsInput,
    CardUpdateAck,
    RepaymentLoan,
    ReplacementNotice,
    ReviewDecision,
    SelfieInput,
)
from precredit.security.keys import KeyRing
from precredit.workflows.card_binding import CardBindingWorkflow
from tests.cards.conftest import card_world
from tests.workflows.replay import replay_every_prefix, replay_only

CARD_HISTORIES = Path(__file__).parent / "histories" / "card_binding"
# Long enough that the replacement wait ends on the signal, not on a poll or the deadline.
WAITING = CardDeadlines(sms_code=120, selfie=120, review=3600, replacement=86400, replacement_poll=3600)


def card_replayer() -> Replayer:
    return replay_only([CardBindingWorkflow], pydantic_data_converter)


async def test_recorded_card_histories_replay_deterministically() -> None:
    """Histories recorded by earlier versions must replay on today's code (else: workflow.patched),
    at every workflow task boundary."""
    files = sorted(CARD_HISTORIES.glob("*.json"))
    assert files, "no recorded card history to replay"
    for file in files:
        history = WorkflowHistory.from_json(file.stem, json.loads(file.read_text()))
        await replay_every_prefix(card_replayer(), history)


async def test_fresh_card_histories_replay_and_can_be_recorded(
    ts_env: WorkflowEnvironment, tmp_path: Path, keyring: KeyRing
) -> None:
    # Sandbox persons and cards only, so this client may skip encryption and the histories be checked in.
    # The environment's own interceptors stay: they let time skip while a result is awaited.
    config = ts_env.client.config()  # a copy
    config["data_converter"] = pydantic_data_converter
    plain = Client(**config)
    async with card_world(plain, tmp_path, keyring, CardPolicy(min_card_age_seconds=0)) as w:
        p = w.person()
        bind = await w.start("bind", p, card_number=w.card(p))
        await w.waiting(bind, "sms_code")
        with pytest.raises(WorkflowUpdateFailedError):  # refused by the validator: not in the history
            await bind.execute_update("submit_sms_code", CardSmsInput(code="12ab"), result_type=CardUpdateAck)
        wrong = await bind.execute_update(
            "submit_sms_code", CardSmsInput(code=w.wrong_code(p, "card_bind")), result_type=CardUpdateAck
        )
        assert not wrong.accepted
        assert (await w.enter_sms(bind, p, "card_bind")).accepted
        bound = await w.result(bind)
        assert bound.status == "BOUND"
        user = bound.binding_id.split("-")[1]
        w.cards.register_repayment_loan(RepaymentLoan(application_id="APP-REPLAY", user_id=user))

        # Only repayment card (waits for a replacement), fresh SMS, high risk: face match and review.
        unbind = await w.start("unbind", p, binding_id=bound.binding_id, high_risk=True, deadlines=WAITING)
        await w.waiting(unbind, "replacement_card")
        replacement = await w.bind(p, w.card(p, 1))
        assert replacement.status == "BOUND"
        await unbind.signal("replacement_bound", ReplacementNotice(binding_id=replacement.binding_id))
        assert (await w.enter_sms(unbind, p, "card_unbind")).accepted
        await w.waiting(unbind, "selfie")
        await unbind.execute_update(
            "submit_selfie", SelfieInput(selfie_ref="good-selfie"), result_type=CardUpdateAck
        )
        await w.waiting(unbind, "review")
        await unbind.signal("review_decision", ReviewDecision(reviewer_id="r-replay", decision="approve"))
        await unbind.signal("review_decision", w.review(unbind, "r-replay", "approve", reason="called"))
        unbound = await w.result(unbind)
        assert (unbound.status, unbound.risk) == ("UNBOUND", "high")

        # The replacement is now the only repayment card: with no time to wait, refused at once.
        blocked = await w.start("unbind", p, binding_id=replacement.binding_id)
        assert (await w.result(blocked)).reason_codes == ["ONLY_REPAYMENT_CARD"]

        # Loan settled; high risk but no selfie arrives: the selfie timer fires.
        w.cards.register_repayment_loan(
            RepaymentLoan(application_id="APP-REPLAY", user_id=user, status="SETTLED")
        )
        no_selfie = await w.start("unbind", p, binding_id=replacement.binding_id, high_risk=True)
        await w.enter_sms(no_selfie, p, "card_unbind")
        expired = await w.result(no_selfie)
        assert (expired.status, expired.reason_codes) == ("EXPIRED", ["FACE_NOT_PROVIDED"])

        handles = {
            "bind_after_wrong_code": bind,
            "unbind_replaced_face_reviewed": unbind,
            "unbind_only_repayment_card": blocked,
            "unbind_no_selfie": no_selfie,
        }
        histories = {name: await h.fetch_history() for name, h in handles.items()}
    for history in histories.values():
        await replay_every_prefix(card_replayer(), history)
    if os.environ.get("PRECREDIT_RECORD_HISTORY"):
        CARD_HISTORIES.mkdir(exist_ok=True)
        for name, history in histories.items():
            (CARD_HISTORIES / f"{name}.json").write_text(history.to_json())
