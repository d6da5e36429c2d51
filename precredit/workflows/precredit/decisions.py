"""Decisions that end or continue an application: a recorded verdict per step, an underwriter's
review of a grey-zone case, the appeal window after a model-based decline, and the request for new
photos of documents that could not be read."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import ReminderRequest
    from precredit.models.decisions import ModelScore, Reason, Status, Step, StepDecision, Verdict
    from precredit.models.proofs import HumanAction, HumanActionRefusal, ReviewVote
    from precredit.policy import review
    from precredit.workflows import texts

from precredit.workflows.precredit.records import Reports
from precredit.workflows.precredit.state import Application, StopApplication
from precredit.workflows.precredit.waits import People
from precredit.workflows.primitives import Activities, prove


class Decisions:
    def __init__(self, app: Application, activities: Activities, reports: Reports, people: People) -> None:
        self._app = app
        self._activities = activities
        self._reports = reports
        self._people = people

    async def decide(
        self,
        step: Step,
        verdict: Verdict,
        reasons: list[str],
        detail: dict[str, str] | None = None,
        status: Status = Status.DECLINED,
        *,
        score: ModelScore | None = None,
        decided_by: str = "system",
    ) -> None:
        """Records a decision; a decline (or expiry) ends the application by raising StopApplication,
        unless a person overturns a model's decline on appeal (then the step carries on as passed)."""
        app = self._app
        decision = StepDecision(
            step=step,
            verdict=verdict,
            reason_codes=[str(r) for r in reasons],
            detail=detail or {},
            score=score,
            decided_by=decided_by,
            at=workflow.now(),
        )
        app.decisions.append(decision)
        if verdict == "decline":
            app.status = status
            app.reasons = list(dict.fromkeys([*app.reasons, *decision.reason_codes]))
        await self._reports.record(decision)
        if verdict == "decline":
            if score is not None and status == Status.DECLINED and await self._appeal(step, decision):
                return
            raise StopApplication(status, decision.reason_codes)

    async def underwriter_review(
        self, step: Step, reasons: list[str], detail: dict[str, str], *, score: ModelScore | None = None
    ) -> None:
        app = self._app
        await self.decide(step, "review", reasons, detail, score=score)
        if workflow.patched("proven-human-actions-v1"):
            await self._proven_review(step, reasons, detail)
            return
        app.uw_decision = None
        arrived = await self._people.wait(
            "underwriter", lambda: app.uw_decision is not None, app.deadlines.underwriter
        )
        if not arrived or app.uw_decision is None:
            await self.decide(step, "decline", [Reason.UNDERWRITER_TIMEOUT], detail, Status.EXPIRED)
        decision = app.uw_decision
        assert decision is not None
        who = f"underwriter:{decision.underwriter_id}"
        if decision.decision == "reject":
            await self.decide(
                step,
                "decline",
                [Reason.UNDERWRITER_REJECTED, *reasons],
                {"reason": decision.reason},
                decided_by=who,
            )
        await self.decide(step, "pass", [], {"reason": decision.reason}, decided_by=who)

    async def _proven_review(self, step: Step, reasons: list[str], detail: dict[str, str]) -> None:
        """Decisions that arrive from now on count once their proof is verified: the verified
        underwriter is recorded, the first complete decision wins, and a loan above the policy's
        limit needs a second approval from a different underwriter. Unproven or refused decisions
        are audited and the review keeps waiting until its deadline."""
        app = self._app
        app.uw_seen = len(app.uw_inbox)
        app.reviewing = True
        votes: list[ReviewVote] = []
        amount = app.req.loan.amount
        deadline = workflow.now() + timedelta(seconds=app.deadlines.underwriter)
        if workflow.patched("review-open-while-checking-v1"):
            # Readers (the API refuses a decision when the view waits for nothing) see the review
            # open while a decision's proof is checked, not "running" until the next wait (stop 21).
            self._people.hold("underwriter", deadline)
        try:
            await self._review_votes(step, reasons, detail, votes, amount, deadline)
        finally:
            self._people.release()

    async def _review_votes(
        self, step: Step, reasons: list[str], detail: dict[str, str], votes: list[ReviewVote],
        amount: Decimal, deadline: datetime,
    ) -> None:  # fmt: skip
        app = self._app
        while True:
            remaining = (deadline - workflow.now()).total_seconds()
            arrived = remaining > 0 and await self._people.wait(
                "underwriter", lambda: len(app.uw_inbox) > app.uw_seen, remaining, deadline=deadline
            )
            if not arrived:
                app.reviewing = False
                self._people.release()
                await self.decide(step, "decline", [Reason.UNDERWRITER_TIMEOUT], detail, Status.EXPIRED)
            message = app.uw_inbox[app.uw_seen]
            app.uw_seen += 1
            claim = await prove(
                self._activities,
                app.proof_check(HumanAction.UNDERWRITER_DECISION, message.proof, decision=message.decision),
            )
            if isinstance(claim, str):
                continue
            refused = review.may_vote(votes, claim.subject, amount=amount, policy=app.policy)
            if refused is not None:
                await self._activities.run(
                    acts.RECORD_HUMAN_REFUSAL,
                    HumanActionRefusal(
                        object_id=app.req.application_id,
                        action=HumanAction.UNDERWRITER_DECISION,
                        principal=claim.principal,
                        code=refused.code,
                        message=refused.message,
                    ),
                )
                continue
            votes.append(ReviewVote(underwriter_id=claim.subject, decision=message.decision))
            state = review.review_state(votes, amount=amount, policy=app.policy)
            if state.outcome == "pending":
                continue
            self._people.release()
            await self._refuse_late_decisions()
            if state.outcome == "reject":
                await self.decide(
                    step,
                    "decline",
                    [Reason.UNDERWRITER_REJECTED, *reasons],
                    {"reason": message.reason},
                    decided_by=claim.principal,
                )
            who = ",".join(f"underwriter:{a}" for a in state.approvers)
            await self.decide(step, "pass", [], {"reason": message.reason}, decided_by=who)
            return

    async def _refuse_late_decisions(self) -> None:
        """Decisions that reached a review after the one that decided it (in the same workflow
        task, or while its proof was being verified) are ignored and audited, like a decision
        with no review pending: the first complete decision wins, and the others leave a trace."""
        app = self._app
        app.reviewing = False
        late = app.uw_inbox[app.uw_seen :]
        app.uw_seen = len(app.uw_inbox)
        if not late or not workflow.patched("late-review-decisions-v1"):
            return
        for _ in late:
            await self.audit_ignored_decision("the review was already decided")

    async def audit_ignored_decision(self, why: str) -> None:
        """An underwriter decision the workflow ignores, in the audit trail. The sender is
        unverified and none of the message's claims is repeated; an audit store that is down for
        good does not stop the application."""
        app = self._app
        app.stray_decisions += 1
        try:
            await self._activities.run(
                acts.RECORD_HUMAN_REFUSAL,
                HumanActionRefusal(
                    object_id=app.req.application_id,
                    action=HumanAction.UNDERWRITER_DECISION,
                    principal="unverified",
                    code="NOT_IN_REVIEW",
                    message=f"{why} (ignored decision {app.stray_decisions})",
                ),
            )
        except ActivityError as err:
            workflow.logger.error("could not audit an ignored underwriter decision: %s", err.cause or err)

    async def ask_for_new_photos(
        self, step: Step, asked: dict[str, list[str]], reasons: list[str], round_: int
    ) -> dict[str, str] | None:
        """Asks the buyer for new photos of documents that could not be read (`asked`: kind -> the
        fields): records the request, texts the buyer and waits for a new file of every one. The new
        references, or None when the deadline passed first."""
        app = self._app
        kinds = list(asked)
        detail = {kind: ",".join(fields) for kind, fields in asked.items()}
        await self.decide(step, "reupload", reasons, {**detail, "round": str(round_)})
        await self._activities.run(
            acts.SEND_REMINDER,
            ReminderRequest(
                application_id=app.req.application_id,
                phone=app.req.applicant.phone,
                text=texts.new_photos_request(asked),
                idempotency_key=f"{app.req.application_id}:{step.value}:reupload:{round_}",
            ),
        )
        before = {kind: app.photo(kind) for kind in kinds}
        app.photos_asked = frozenset(kinds)
        try:
            arrived = await self._people.wait(
                "documents_reupload",
                lambda: all(app.photo(k) != before[k] for k in kinds),
                app.deadlines.documents,
                detail=detail,
            )
        finally:
            app.photos_asked = frozenset()
        if not arrived:
            return None
        return {kind: ref for kind in kinds if (ref := app.photo(kind))}

    async def _appeal(self, step: Step, decline: StepDecision) -> bool:
        """A model-based decline stays open for the appeal window; asked in time, an underwriter
        decides. Added after the first release, hence the patch marker for histories without it."""
        app = self._app
        if not workflow.patched("appeal-window-v1") or app.deadlines.appeal_window <= 0:
            return False
        before = [r for r in app.reasons if r not in decline.reason_codes]
        asked = await self._people.wait(
            "review_request", lambda: app.review_request is not None, app.deadlines.appeal_window
        )
        if not asked and app.appeals_in_proof and workflow.patched("appeal-asked-in-time-v1"):
            # The buyer asked within the window and the request was taken; its proof was still
            # being verified when the window closed. Asked in time counts: an accepted appeal
            # must not end with the decline standing (seen in the demo, an appeal at the edge).
            await workflow.wait_condition(lambda: app.appeals_in_proof == 0)
            asked = app.review_request is not None
        if not asked or app.review_request is None:
            return False
        app.status, app.reasons = Status.RUNNING, before
        detail = {"appeal": app.review_request.reason[:200]}
        await self.underwriter_review(step, [*decline.reason_codes, "APPEAL"], detail)
        return True
