"""The state of one application and the guards the message validators share.

Like every module of this package it imports only temporalio, the standard library and
passed-through precredit models (and `precredit.policy` / `texts`, pure code, in the steps).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SigningDocument, SmsChallenge
    from precredit.models.application import IdCardPhotos, PreCreditInput
    from precredit.models.decisions import Offer, Status, Step, StepDecision
    from precredit.models.messages import CancelRequest, ReviewRequest, UnderwriterDecision, WaitingFor


# The step in which the application asks for each of these; see `_require_waiting_or_due`.
WAIT_STEPS = {
    "sms_code": Step.IDENTITY,
    "authorisation_signature": Step.AUTHORISATION,
    "contract_signature": Step.CONTRACT,
    "pickup": Step.PICKUP,
}


class StopApplication(Exception):
    """Ends the application early with a terminal status (internal control flow, not an error)."""

    def __init__(self, status: Status, reasons: list[str]) -> None:
        super().__init__(status.value)
        self.status = status
        self.reasons = reasons


class PipelineState:
    """State shared by the steps and the handlers (no Temporal decorators here)."""

    def _init_state(self, inp: PreCreditInput) -> None:
        self._input: PreCreditInput | None = inp
        self._status = Status.RUNNING
        self._step = Step.IDENTITY
        self._waiting: WaitingFor | None = None
        self._decisions: list[StepDecision] = []
        self._reasons: list[str] = []
        self._offer: Offer | None = None
        self._risk_band = ""
        self._timestamps: dict[str, datetime] = {}
        self._step_seconds: dict[str, float] = {}
        self._human_seconds = 0.0
        self._sms_challenge: SmsChallenge | None = None
        self._sms_ok = False
        self._sms_locked = False
        self._signing: dict[str, SigningDocument] = {}
        self._signed: dict[str, bool] = {}
        self._loan_documents = inp.request.loan_documents
        ids = inp.request.identity_documents
        self._id_card = IdCardPhotos(id_card_front=ids.id_card_front, id_card_back=ids.id_card_back)
        # The documents a step asked new photos of, while it waits for them (empty otherwise).
        self._photos_asked: frozenset[str] = frozenset()
        self._uw_decision: UnderwriterDecision | None = None
        self._pickup_masked: str | None = None
        self._picked_up = False
        self._disbursing = False  # from the moment the payment may be under way
        self._disbursed = False
        self._cancel: CancelRequest | None = None
        self._review_request: ReviewRequest | None = None
        self._appeals_in_proof = 0  # review requests taken in the window whose proof is being verified
        # Every underwriter decision as it arrived; a proven review reads the ones after its start.
        self._uw_inbox: list[UnderwriterDecision] = []
        self._uw_seen = 0
        self._stray_decisions = 0  # underwriter decisions that arrived with no review pending
        self._reviewing = False  # a proven review reads decisions from _uw_inbox until it decides

    @property
    def _req(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.request

    @property
    def _policy(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.policy

    @property
    def _deadlines(self):  # type: ignore[no-untyped-def]
        assert self._input is not None
        return self._input.deadlines

    _credit_points: int = 0
    # What the credit report shows the applicant repaying monthly (None: not read yet, or a history
    # from before the bureau adapter returned it). Approval counts it under `bureau-debt-dti-v1`.
    _bureau_monthly_repayments: Decimal | None = None

    def _photo(self, kind: str) -> str | None:
        """The current file of an ID card side or a loan document (new photos replace old ones)."""
        source = self._id_card if kind in IdCardPhotos.model_fields else self._loan_documents
        ref: str | None = getattr(source, kind)
        return ref

    def _require_running(self) -> None:
        if self._status != Status.RUNNING:
            raise ValueError(f"application is {self._status.value}")

    def _require_waiting(self, what: str) -> None:
        self._require_running()
        if self._waiting is None or self._waiting.what != what:
            now = self._waiting.what if self._waiting else "nothing from the buyer"
            raise ValueError(f"not waiting for {what} (waiting for {now})")

    def _is_waiting(self, what: str) -> bool:
        return self._waiting is not None and self._waiting.what == what

    def _require_waiting_or_due(self, what: str) -> None:
        """Refuses `what` unless the application waits for it or is in the step that is about to.

        A person acts on what the status query showed. A worker that rebuilds the run from history
        answers that query from every event the server holds, including the one that opens the wait
        (the contract is ready, the code was sent) before a workflow task has applied it; the message
        then arrives in that same task, and the SDK validates it before the workflow code runs on the
        event. In the step that asks for `what`, the message is accepted and its handler waits for
        the wait to open (`_until_waiting`): a buyer who signs what they were shown is not refused."""
        self._require_running()
        if not self._is_waiting(what) and self._step != WAIT_STEPS.get(what):
            self._require_waiting(what)

    async def _until_waiting(self, what: str) -> str | None:
        """Waits (no command) until the application waits for `what`; the refusal if it moves on.

        Replay-safe without a patch: an update recorded before this existed was accepted while the
        wait was open, so this returns at once, as it does on replay."""
        if self._is_waiting(what):
            return None
        step = self._step
        await workflow.wait_condition(
            lambda: self._is_waiting(what) or self._step != step or self._status != Status.RUNNING
        )
        if self._is_waiting(what):
            return None
        now = (
            f"application is {self._status.value}" if self._status != Status.RUNNING else "the step moved on"
        )
        return f"not waiting for {what} ({now})"
