"""The state of one application, in one object, and the guards the message validators share.

Like every module of this package it imports only temporalio, the standard library and
passed-through precredit models (and `precredit.policy` / `texts`, pure code, in the steps).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import PersonRef, SigningDocument
    from precredit.models.application import (
        ApplicationRequest,
        Deadlines,
        ExecutionOptions,
        IdCardPhotos,
        LoanDocuments,
        PolicyConfig,
        PreCreditInput,
    )
    from precredit.models.decisions import Offer, Status, Step, StepDecision
    from precredit.models.messages import CancelRequest, ReviewRequest, UnderwriterDecision, WaitingFor
    from precredit.models.proofs import HumanAction, ProofCheck

from precredit.workflows.primitives import Answers, Stop, until_open

# The step in which the application asks for each of these; see `require_waiting_or_due`.
WAIT_STEPS = {
    "sms_code": Step.IDENTITY,
    "authorisation_signature": Step.AUTHORISATION,
    "contract_signature": Step.CONTRACT,
    "pickup": Step.PICKUP,
}


class StopApplication(Stop[Status]):
    """Ends the application early with a terminal status (internal control flow, not an error)."""


@dataclass
class Application:
    """Everything the workflow knows of one application; the status query is a view of it."""

    input: PreCreditInput
    loan_documents: LoanDocuments
    id_card: IdCardPhotos
    status: Status = Status.RUNNING
    step: Step = Step.IDENTITY
    waiting: WaitingFor | None = None
    decisions: list[StepDecision] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    offer: Offer | None = None
    risk_band: str = ""
    timestamps: dict[str, datetime] = field(default_factory=dict)
    step_seconds: dict[str, float] = field(default_factory=dict)
    human_seconds: float = 0.0
    signing: dict[str, SigningDocument] = field(default_factory=dict)
    signed: dict[str, bool] = field(default_factory=dict)
    # The documents a step asked new photos of, while it waits for them (empty otherwise).
    photos_asked: frozenset[str] = frozenset()
    pickup_masked: str | None = None
    picked_up: bool = False
    disbursing: bool = False  # from the moment the payment may be under way
    disbursed: bool = False
    cancel: CancelRequest | None = None
    review_request: ReviewRequest | None = None
    answers: Answers = field(default_factory=Answers)  # being checked; see primitives.Answers
    appeals_in_proof: int = 0  # review requests taken in the window whose proof is being verified
    # Every underwriter decision as it arrived; a proven review reads the ones after its start.
    uw_decision: UnderwriterDecision | None = None  # histories from before proven reviews
    uw_inbox: list[UnderwriterDecision] = field(default_factory=list)
    uw_seen: int = 0
    stray_decisions: int = 0  # underwriter decisions that arrived with no review pending
    reviewing: bool = False  # a proven review reads decisions from uw_inbox until it decides

    @classmethod
    def start(cls, inp: PreCreditInput) -> Application:
        ids = inp.request.identity_documents
        return cls(
            input=inp,
            loan_documents=inp.request.loan_documents,
            id_card=IdCardPhotos(id_card_front=ids.id_card_front, id_card_back=ids.id_card_back),
        )

    @property
    def req(self) -> ApplicationRequest:
        return self.input.request

    @property
    def policy(self) -> PolicyConfig:
        return self.input.policy

    @property
    def deadlines(self) -> Deadlines:
        return self.input.deadlines

    @property
    def execution(self) -> ExecutionOptions:
        return self.input.execution

    def person(self) -> PersonRef:
        a = self.req.applicant
        return PersonRef(
            application_id=self.req.application_id, name=a.name, id_number=a.id_number, phone=a.phone
        )

    def proof_check(
        self, action: HumanAction, proof: str, *, decision: str = "", claimed_subject: str = ""
    ) -> ProofCheck:
        """What verifies a human message about this application (see `primitives.prove`)."""
        return ProofCheck(
            proof=proof,
            action=action,
            object_id=self.req.application_id,
            decision=decision,
            claimed_subject=claimed_subject,
        )

    def photo(self, kind: str) -> str | None:
        """The current file of an ID card side or a loan document (new photos replace old ones)."""
        source = self.id_card if kind in IdCardPhotos.model_fields else self.loan_documents
        ref: str | None = getattr(source, kind)
        return ref

    def require_running(self) -> None:
        if self.status != Status.RUNNING:
            raise ValueError(f"application is {self.status.value}")

    def is_waiting(self, what: str) -> bool:
        return self.waiting is not None and self.waiting.what == what

    def require_waiting(self, what: str) -> None:
        self.require_running()
        if not self.is_waiting(what):
            now = self.waiting.what if self.waiting else "nothing from the buyer"
            raise ValueError(f"not waiting for {what} (waiting for {now})")

    def require_waiting_or_due(self, what: str) -> None:
        """Refuses `what` unless the application waits for it or is in the step that is about to.

        A person acts on what the status query showed. A worker that rebuilds the run from history
        answers that query from every event the server holds, including the one that opens the wait
        (the contract is ready, the code was sent) before a workflow task has applied it; the message
        then arrives in that same task, and the SDK validates it before the workflow code runs on the
        event. In the step that asks for `what`, the message is accepted and its handler waits for
        the wait to open (`until_waiting`): a buyer who signs what they were shown is not refused."""
        self.require_running()
        if not self.is_waiting(what) and self.step != WAIT_STEPS.get(what):
            self.require_waiting(what)

    async def until_waiting(self, what: str) -> str | None:
        """Waits (no command) until the application waits for `what`; the refusal if it moves on."""
        step = self.step
        if await until_open(
            lambda: self.is_waiting(what), lambda: self.step != step or self.status != Status.RUNNING
        ):
            return None
        now = f"application is {self.status.value}" if self.status != Status.RUNNING else "the step moved on"
        return f"not waiting for {what} ({now})"
