"""The extra checks of a high-risk unbind: a face match against the ID photo (the selfie may come
with the input or later through `submit_selfie`), then a person's `review_decision`, which counts
only once the review has been requested (an earlier one is discarded, and audited)."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import FaceMatchRequest
    from precredit.models.cards import CardReason, CardStatus
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
