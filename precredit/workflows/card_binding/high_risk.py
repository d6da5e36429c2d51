"""The extra checks of a high-risk unbind: a face match against the ID photo (the selfie may come
with the input or later through `submit_selfie`), then a person's `review_decision`, which counts
only once the review has been requested (an earlier one is discarded, and audited)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import FaceMatchRequest
    from precredit.models.cards import CardReason, CardStatus
    from precredit.models.proofs import HumanAction, ProofCheck, ProofVerdict
    from precredit.models.thirdparty import FaceMatch

from precredit.workflows.card_binding.state import CardState, StopCard


class CardHighRisk(CardState):
    async def _face_match(self) -> None:
        self._step = "face_match"
        if self._selfie_ref is None:
            await self._wait("selfie", lambda: self._selfie_ref is not None, self._in.deadlines.selfie)
        if self._selfie_ref is None:
            await self._audit("card.unbind.face", {"matched": "False", "reason": "no selfie"})
            raise StopCard(CardStatus.EXPIRED, [CardReason.FACE_NOT_PROVIDED])
        face = await self._act(
            "match_face",
            FaceMatchRequest(
                application_id=workflow.info().workflow_id,
                id_number=self._in.id_number,
                selfie_ref=self._selfie_ref,
            ),
            FaceMatch,
            task_queue=self._in.execution.heavy_task_queue,
        )
        ok = face.matched and face.liveness_ok
        await self._audit(
            "card.unbind.face",
            {"matched": str(ok), "similarity": f"{face.similarity:.3f}", "liveness": str(face.liveness_ok)},
        )
        if not ok:
            raise StopCard(CardStatus.REJECTED, [CardReason.FACE_MISMATCH])

    async def _manual_review(self) -> None:
        self._step = "review"
        if workflow.patched("proven-card-review-v1"):
            await self._proven_review()
            return
        if (
            self._review is not None
            and self._review_early
            and workflow.patched("card-review-after-request-v1")
        ):
            early = self._review
            self._review = None
            await self._audit(
                "card.unbind.review_ignored",
                {"decision": early.decision, "why": "decided before the review was requested"},
                actor=f"reviewer:{early.reviewer_id}",
            )
        await self._audit("card.unbind.review_requested", {"risk": self._risk})
        await self._wait("review", lambda: self._review is not None, self._in.deadlines.review)
        review = self._review
        if review is None:
            await self._audit("card.unbind.reviewed", {"decision": "timeout"})
            raise StopCard(CardStatus.EXPIRED, [CardReason.REVIEW_TIMEOUT])
        await self._audit(
            "card.unbind.reviewed",
            {"decision": review.decision, "reason": review.reason},
            actor=f"reviewer:{review.reviewer_id}",
        )
        if review.decision == "reject":
            raise StopCard(CardStatus.REJECTED, [CardReason.REVIEW_REJECTED])

    async def _proven_review(self) -> None:
        """A decision counts once its proof names an underwriter or operator for this card
        workflow and this decision (issue 15); the audit names that verified principal. Unproven
        decisions are refused and audited by the verifying activity, and the review keeps waiting
        until its deadline. A decision sent before the review was requested is not a review of it."""
        seen = len(self._review_inbox)
        for early in self._review_inbox[:seen]:
            await self._audit(
                "card.unbind.review_ignored",
                {"decision": early.decision, "why": "decided before the review was requested"},
                actor="unverified",
            )
        await self._audit("card.unbind.review_requested", {"risk": self._risk})
        deadline = workflow.now() + timedelta(seconds=self._in.deadlines.review)
        while True:
            remaining = (deadline - workflow.now()).total_seconds()
            arrived = remaining > 0 and await self._wait("review", self._inbox_beyond(seen), remaining)
            if not arrived:
                await self._audit("card.unbind.reviewed", {"decision": "timeout"})
                raise StopCard(CardStatus.EXPIRED, [CardReason.REVIEW_TIMEOUT])
            decision = self._review_inbox[seen]
            seen += 1
            verdict = await self._act(
                "verify_human_action",
                ProofCheck(
                    proof=decision.proof,
                    action=HumanAction.CARD_REVIEW,
                    object_id=workflow.info().workflow_id,
                    decision=decision.decision,
                ),
                ProofVerdict,
            )
            if not verdict.ok or verdict.claim is None:
                continue
            self._review = decision
            await self._audit(
                "card.unbind.reviewed",
                {"decision": decision.decision, "reason": decision.reason},
                actor=verdict.claim.principal,
            )
            if decision.decision == "reject":
                raise StopCard(CardStatus.REJECTED, [CardReason.REVIEW_REJECTED])
            return

    def _inbox_beyond(self, seen: int) -> Callable[[], bool]:
        return lambda: len(self._review_inbox) > seen
