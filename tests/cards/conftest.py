"""A card world: real card and SMS activities on temp SQLite and a temp sandbox state dir, the
workflow on the time-skipping server, and a fake `match_face` (selfie ref "good-selfie" matches)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from temporalio import activity
from temporalio.client import Client, WorkflowHandle
from temporalio.worker import Worker

from precredit.activities.cards import CardActivities
from precredit.activities.deps import Dependencies
from precredit.activities.messaging import MessagingActivities
from precredit.activities.proofs import ProofActivities
from precredit.client import query_view
from precredit.config import DEFAULT_SANDBOX_DIR, CardPolicy, Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine
from precredit.integrations.bank_cards import SandboxCardVerifier
from precredit.integrations.base import FaultInjector
from precredit.integrations.persons import Persona
from precredit.integrations.providers import build_providers
from precredit.models.activities import FaceMatchRequest, SmsVerifyRequest, SmsVerifyResult
from precredit.models.cards import (
    CardAuditRecord,
    CardBindingInput,
    CardBindingResult,
    CardDeadlines,
    CardExecution,
    CardSmsInput,
    CardUpdateAck,
    CardView,
    ReviewDecision,
)
from precredit.models.proofs import HumanAction
from precredit.models.thirdparty import FaceMatch
from precredit.security.assertions import issue, proof_keys
from precredit.security.audit import MAC_PURPOSE, AuditTrail
from precredit.security.customers import LETTERS_ONLY
from precredit.security.fields import FieldCipher
from precredit.security.keys import KeyRing
from precredit.security.roles import Role
from precredit.workflows.card_binding import CardBindingWorkflow
from tests import factories

FAST = CardDeadlines(sms_code=120, selfie=120, review=3600, replacement=0, replacement_poll=60)
QUICK = CardExecution(activity_timeout=10, max_attempts=3, max_retry_interval=1)


@activity.defn(name="match_face")
def fake_match_face(req: FaceMatchRequest) -> FaceMatch:
    good = req.selfie_ref == "good-selfie"
    return FaceMatch(similarity=0.9 if good else 0.2, matched=good, liveness_ok=True)


@dataclass
class CardWorld:
    client: Client
    deps: Dependencies
    cards: CardActivities
    verifier: SandboxCardVerifier
    queue: str = field(default_factory=lambda: f"cards-{uuid.uuid4().hex}")

    def person(self, i: int = 0) -> Persona:
        return self.deps.sandbox.persons.by_profile("good")[i]

    def card(self, person: Persona, i: int = 0) -> str:
        return self.verifier.cards_of(person.id_number)[i]

    async def start(
        self, operation: str, person: Persona, **kw: Any
    ) -> WorkflowHandle[Any, CardBindingResult]:
        user = kw.pop("user_id", f"u{person.id_number[-6:]}")
        inp = CardBindingInput(
            operation=operation,
            user_id=user,
            name=person.name,
            id_number=person.id_number,
            phone=person.phone,
            deadlines=kw.pop("deadlines", FAST),
            # The test's one worker serves the face match too (a fake, nothing CPU-heavy).
            execution=QUICK.model_copy(update={"heavy_task_queue": self.queue}),
            **kw,
        )
        return await self.client.start_workflow(
            CardBindingWorkflow.run,
            inp,
            id=f"card-{user}-{uuid.uuid4().hex[:12].translate(LETTERS_ONLY)}",  # no phone-like digit run
            task_queue=self.queue,
        )

    async def waiting(self, handle: WorkflowHandle[Any, Any], what: str, timeout: float = 20) -> CardView:
        async def poll() -> CardView:
            while True:
                view = await query_view(handle, CardView)  # as the API asks it
                if view.waiting_for == what or view.status != "RUNNING":
                    return view
                await asyncio.sleep(0.05)

        view = await asyncio.wait_for(poll(), timeout)
        assert view.waiting_for == what, view
        return view

    def wrong_code(self, person: Persona, purpose: str) -> str:
        """A well-formed code that is not the one sent (a fixed guess would be right once in 10^6)."""
        message = self.deps.sandbox.outbox.latest(person.phone, purpose)
        assert message is not None and message.code is not None
        return "000000" if message.code != "000000" else "111111"

    async def enter_sms(
        self, handle: WorkflowHandle[Any, Any], person: Persona, purpose: str
    ) -> CardUpdateAck:
        await self.waiting(handle, "sms_code")
        message = self.deps.sandbox.outbox.latest(person.phone, purpose)
        assert message is not None and message.code is not None
        update = handle.execute_update(
            "submit_sms_code", CardSmsInput(code=message.code), result_type=CardUpdateAck
        )
        return await asyncio.wait_for(update, 30)

    def review(
        self, handle: WorkflowHandle[Any, Any], reviewer: str, decision: str, reason: str = ""
    ) -> ReviewDecision:
        """A reviewer's decision with the proof the review console would attach (issue 15)."""
        proof = issue(
            keys=proof_keys(None, self.deps.keyring), subject=reviewer, role=Role.UNDERWRITER,
            action=HumanAction.CARD_REVIEW, object_id=handle.id, ttl=timedelta(minutes=5), decision=decision,
        )  # fmt: skip
        return ReviewDecision(reviewer_id=reviewer, decision=decision, reason=reason, proof=proof)

    async def result(self, handle: WorkflowHandle[Any, CardBindingResult]) -> CardBindingResult:
        """Bounded, so a stuck workflow fails the test instead of hanging the suite."""
        return await asyncio.wait_for(handle.result(), 60)

    async def bind(self, person: Persona, card: str, **kw: Any) -> CardBindingResult:
        handle = await self.start("bind", person, card_number=card, **kw)
        await self.enter_sms(handle, person, "card_bind")
        return await asyncio.wait_for(handle.result(), 30)


def build_deps(tmp_path: Path, keyring: KeyRing) -> Dependencies:
    settings = Settings(data_dir=tmp_path, sandbox_dir=DEFAULT_SANDBOX_DIR, sandbox_faults="off")
    providers = build_providers(settings, faults=FaultInjector.none())
    engine = get_engine(settings.database)
    return Dependencies(
        settings=settings,
        engine=engine,
        documents=DocumentStore(settings.documents_dir, keyring=keyring),
        providers=providers,
        keyring=keyring,
        cipher=FieldCipher(engine, keyring),
        audit=AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE)),
    )


@pytest.fixture
def policy() -> CardPolicy:
    return CardPolicy(min_card_age_seconds=0)


@asynccontextmanager
async def card_world(
    client: Client,
    tmp_path: Path,
    keyring: KeyRing,
    policy: CardPolicy,
    *,
    before_audit: Callable[[CardAuditRecord], None] | None = None,
    sms_check_delay: float = 0.0,
) -> AsyncIterator[CardWorld]:
    """`before_audit` runs in each `record_card_audit` attempt first (e.g. to hold one back);
    `sms_check_delay` makes every `verify_sms_code` answer that many seconds after checking."""
    deps = build_deps(tmp_path, keyring)
    verifier = SandboxCardVerifier(DEFAULT_SANDBOX_DIR, FaultInjector.none(), deps.sandbox.persons)
    cards = CardActivities(deps, policy=policy, verifier=verifier)
    messaging = MessagingActivities(deps)
    proofs = ProofActivities(deps)
    world = CardWorld(client=client, deps=deps, cards=cards, verifier=verifier)
    record_card_audit: Callable[[CardAuditRecord], None] = cards.record_card_audit
    if before_audit is not None:
        hook = before_audit

        @activity.defn(name="record_card_audit")
        def held_audit(rec: CardAuditRecord) -> None:
            hook(rec)
            cards.record_card_audit(rec)

        record_card_audit = held_audit
    verify_sms_code: Callable[[SmsVerifyRequest], SmsVerifyResult] = messaging.verify_sms_code
    if sms_check_delay:

        @activity.defn(name="verify_sms_code")
        def slow_sms_check(req: SmsVerifyRequest) -> SmsVerifyResult:
            checked = messaging.verify_sms_code(req)
            time.sleep(sms_check_delay)  # a slow answer from the SMS provider
            return checked

        verify_sms_code = slow_sms_check
    activities: list[Callable[..., Any]] = [
        cards.verify_card_elements,
        cards.store_card_binding,
        cards.check_card_unbind,
        cards.unbind_card,
        record_card_audit,
        cards.register_repayment_loan,
        messaging.send_sms_code,
        verify_sms_code,
        proofs.verify_human_action,
        proofs.record_human_refusal,
        fake_match_face,
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        async with Worker(
            client,
            task_queue=world.queue,
            workflows=[CardBindingWorkflow],
            activities=activities,
            activity_executor=pool,
            **factories.workflow_cache(),
        ):
            yield world
