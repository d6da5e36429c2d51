"""`verify_human_action` against real SQLite: a proof is believed once, a retry of the same activity
is not a replay, and every refusal is audited with the claimed sender, never as the actor.

The last test runs it behind a real signal on the dev server, the way the workflows are to use it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select
from temporalio import workflow
from temporalio.testing import ActivityEnvironment, WorkflowEnvironment
from temporalio.worker import Worker

from precredit.activities.deps import Dependencies
from precredit.activities.proofs import ProofActivities
from precredit.db.audit import AuditEvent
from precredit.models.messages import UnderwriterDecision
from precredit.models.proofs import HumanAction, HumanActionRefusal, ProofCheck, ProofRefusal, ProofVerdict
from precredit.security.assertions import issue
from precredit.security.keys import KeyRing
from precredit.security.roles import Role
from tests.cards.conftest import build_deps

TTL = timedelta(minutes=5)


@pytest.fixture
def deps(tmp_path: Path, keyring: KeyRing) -> Dependencies:
    return build_deps(tmp_path, keyring)


def _proof(
    acts: ProofActivities, *, decision: str = "approve", app: str = "app-1", subject: str = "uw-1"
) -> str:
    return issue(
        keys=acts.keys, subject=subject, role=Role.UNDERWRITER, action=HumanAction.UNDERWRITER_DECISION,
        object_id=app, decision=decision, ttl=TTL,
    )  # fmt: skip


def _check(proof: str, *, decision: str = "approve", app: str = "app-1") -> ProofCheck:
    return ProofCheck(proof=proof, action=HumanAction.UNDERWRITER_DECISION, object_id=app, decision=decision)


def _audit(deps: Dependencies, app: str) -> list[AuditEvent]:
    with Session(deps.engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.application_id == app)).all())


def test_a_proof_is_believed_once_and_a_retry_is_not_a_replay(deps: Dependencies) -> None:
    acts = ProofActivities(deps)
    proof = _proof(acts)
    env = ActivityEnvironment()
    first = env.run(acts.verify_human_action, _check(proof))
    assert first.ok and first.claim is not None and first.claim.principal == "underwriter:uw-1"
    again = env.run(acts.verify_human_action, _check(proof))  # same workflow, run and activity id
    assert again.ok, again.message
    replay = ActivityEnvironment()
    replay.info = dataclasses.replace(replay.info, activity_id="another-message")
    replayed = replay.run(acts.verify_human_action, _check(proof))
    assert (replayed.ok, replayed.refusal) == (False, ProofRefusal.REPLAYED)
    actions = [(e.actor, e.action) for e in _audit(deps, "app-1")]
    assert actions.count(("underwriter:uw-1", "human_action.verified")) == 2
    assert ("unverified", "human_action.refused") in actions


@pytest.mark.parametrize(
    ("proof_of", "check", "refusal"),
    [
        (lambda a: "", {}, ProofRefusal.UNSIGNED),
        (lambda a: _proof(a, decision="reject"), {}, ProofRefusal.WRONG_DECISION),
        (lambda a: _proof(a, app="app-2"), {}, ProofRefusal.WRONG_OBJECT),
        (lambda a: _proof(a)[:-3] + "xyz", {}, ProofRefusal.BAD_SIGNATURE),
    ],
)
def test_refusals_are_audited_with_the_claim_not_as_the_actor(
    deps: Dependencies,
    proof_of: Callable[[ProofActivities], str],
    check: dict[str, str],
    refusal: ProofRefusal,
) -> None:
    acts = ProofActivities(deps)
    verdict = ActivityEnvironment().run(acts.verify_human_action, _check(proof_of(acts)))
    assert (verdict.ok, verdict.refusal, verdict.claim) == (False, refusal, None)
    (event,) = _audit(deps, "app-1")
    assert (event.actor, event.action) == ("unverified", "human_action.refused")
    assert str(refusal) in event.detail
    assert deps.audit.verify().ok


def test_an_expired_proof_is_refused(deps: Dependencies) -> None:
    acts = ProofActivities(deps)
    proof = issue(
        keys=acts.keys, subject="D001", role=Role.DEALER, action=HumanAction.PICKUP_REDEEM, object_id="app-1",
        ttl=timedelta(seconds=-60),
    )  # fmt: skip
    check = ProofCheck(
        proof=proof, action=HumanAction.PICKUP_REDEEM, object_id="app-1", claimed_subject="D001"
    )
    verdict = ActivityEnvironment().run(acts.verify_human_action, check)
    assert verdict.refusal is ProofRefusal.EXPIRED


def test_a_proven_senders_refused_action_is_audited_once(deps: Dependencies) -> None:
    acts = ProofActivities(deps)
    refusal = HumanActionRefusal(
        object_id="app-9", action=HumanAction.UNDERWRITER_DECISION, principal="underwriter:uw-2",
        code="REVIEW_ALREADY_DECIDED", message="the review is already decided (approve)",
    )  # fmt: skip
    env = ActivityEnvironment()
    env.run(acts.record_human_refusal, refusal)
    env.run(acts.record_human_refusal, refusal)  # a retry
    (event,) = _audit(deps, "app-9")
    assert (event.actor, event.action) == ("underwriter:uw-2", "human_action.refused")
    assert "REVIEW_ALREADY_DECIDED" in event.detail


@workflow.defn(sandboxed=False)
class DecisionProbe:
    """What PreCreditWorkflow is to do with an `underwriter_decision` signal: verify, then record the
    verified principal (never `underwriter_id`)."""

    def __init__(self) -> None:
        self.pending: list[UnderwriterDecision] = []

    @workflow.run
    async def run(self, application_id: str) -> list[str]:
        seen: list[str] = []
        while len(seen) < 3:
            await workflow.wait_condition(lambda: bool(self.pending))
            msg = self.pending.pop(0)
            verdict = await workflow.execute_activity(
                "verify_human_action",
                ProofCheck(proof=msg.proof, action=HumanAction.UNDERWRITER_DECISION, object_id=application_id,
                           decision=msg.decision),
                result_type=ProofVerdict,
                start_to_close_timeout=timedelta(seconds=10),
            )  # fmt: skip
            seen.append(verdict.claim.principal if verdict.claim else f"refused:{verdict.refusal}")
        return seen

    @workflow.signal
    def underwriter_decision(self, msg: UnderwriterDecision) -> None:
        self.pending.append(msg)


async def test_through_a_real_signal_forged_and_replayed_decisions_are_refused(
    dev_env: WorkflowEnvironment, deps: Dependencies
) -> None:
    acts = ProofActivities(deps)
    queue, app = f"proofs-{uuid.uuid4().hex}", f"app-{uuid.uuid4().hex[:8]}"
    good = UnderwriterDecision(underwriter_id="uw-1", decision="approve", proof=_proof(acts, app=app))
    forged = UnderwriterDecision(
        underwriter_id="uw-boss", decision="approve"
    )  # what `temporal workflow signal` sent
    with ThreadPoolExecutor(2) as pool:
        async with Worker(
            dev_env.client, task_queue=queue, workflows=[DecisionProbe], activities=[acts.verify_human_action],
            activity_executor=pool,
        ):  # fmt: skip
            handle = await dev_env.client.start_workflow(DecisionProbe.run, app, id=app, task_queue=queue)
            for msg in (forged, good, good):
                await handle.signal(DecisionProbe.underwriter_decision, msg)
                await asyncio.sleep(0.2)
            result = await handle.result()
    assert result == ["refused:UNSIGNED", "underwriter:uw-1", "refused:REPLAYED"]
