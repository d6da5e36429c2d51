"""The extra checks of a high-risk unbind: a face match against the ID photo (the selfie may come
with the input or later through `submit_selfie`), then a person's `review_decision`, which counts
only once the review has been requested (an earlier one is discarded, and audited)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import FaceMatchRequest
    from precredit.models.cards import CardReason, CardStatus
    from precredit.models.proofs import HumanAction, ProofCheck

from precredit.workflows.card_binding.state import Card, CardOps, StopCard
from precredit.workflows.primitives import prove


async def face_match(ops: CardOps) -> None:
    card = ops.card
    card.step = "face_match"
    if card.selfie_ref is None:
        await ops.wait("selfie", lambda: card.selfie_ref is not None, card.input.deadlines.selfie)
    if card.selfie_ref is None:
        await ops.audit("card.unbind.face", {"matched": "False", "reason": "no selfie"})
        raise StopCard(CardStatus.EXPIRED, [CardReason.FACE_NOT_PROVIDED])
    face = await ops.activities.run(
        acts.MATCH_FACE,
        FaceMatchRequest(
            application_id=workflow.info().workflow_id,
            id_number=card.input.id_number,
            selfie_ref=card.selfie_ref,
        ),
        task_queue=card.input.execution.heavy_task_queue,
    )
    ok = face.matched and face.liveness_ok
    await ops.audit(
        "card.unbind.face",
        {"matched": str(ok), "similarity": f"{face.similarity:.3f}", "liveness": str(face.liveness_ok)},
    )
    if not ok:
        raise StopCard(CardStatus.REJECTED, [CardReason.FACE_MISMATCH])


async def manual_review(ops: CardOps) -> None:
    card = ops.card
    card.step = "review"
    if workflow.patched("proven-card-review-v1"):
        await _proven_review(ops)
        return
    if card.review is not None and card.review_early and workflow.patched("card-review-after-request-v1"):
        early = card.review
        card.review = None
        await ops.audit(
            "card.unbind.review_ignored",
            {"decision": early.decision, "why": "decided before the review was requested"},
            actor=f"reviewer:{early.reviewer_id}",
        )
    await ops.audit("card.unbind.review_requested", {"risk": card.risk})
    await ops.wait("review", lambda: card.review is not None, card.input.deadlines.review)
    review = card.review
    if review is None:
        await ops.audit("card.unbind.reviewed", {"decision": "timeout"})
        raise StopCard(CardStatus.EXPIRED, [CardReason.REVIEW_TIMEOUT])
    await ops.audit(
        "card.unbind.reviewed",
        {"decision": review.decision, "reason": review.reason},
        actor=f"reviewer:{review.reviewer_id}",
    )
    if review.decision == "reject":
        raise StopCard(CardStatus.REJECTED, [CardReason.REVIEW_REJECTED])


async def _proven_review(ops: CardOps) -> None:
    """A decision counts once its proof names an underwriter or operator for this card workflow and
    this decision (issue 15); the audit names that verified principal. Unproven decisions are refused
    and audited by the verifying activity, and the review keeps waiting until its deadline. A
    decision sent before the review was requested is not a review of it."""
    card = ops.card
    seen = len(card.review_inbox)
    for early in card.review_inbox[:seen]:
        await ops.audit(
            "card.unbind.review_ignored",
            {"decision": early.decision, "why": "decided before the review was requested"},
            actor="unverified",
        )
    await ops.audit("card.unbind.review_requested", {"risk": card.risk})
    deadline = workflow.now() + timedelta(seconds=card.input.deadlines.review)
    while True:
        remaining = (deadline - workflow.now()).total_seconds()
        arrived = remaining > 0 and await ops.wait("review", _inbox_beyond(card, seen), remaining)
        if not arrived:
            await ops.audit("card.unbind.reviewed", {"decision": "timeout"})
            raise StopCard(CardStatus.EXPIRED, [CardReason.REVIEW_TIMEOUT])
        decision = card.review_inbox[seen]
        seen += 1
        claim = await prove(
            ops.activities,
            ProofCheck(
                proof=decision.proof,
                action=HumanAction.CARD_REVIEW,
                object_id=workflow.info().workflow_id,
                decision=decision.decision,
            ),
        )
        if isinstance(claim, str):
            continue
        card.review = decision
        await ops.audit(
            "card.unbind.reviewed",
            {"decision": decision.decision, "reason": decision.reason},
            actor=claim.principal,
        )
        if decision.decision == "reject":
            raise StopCard(CardStatus.REJECTED, [CardReason.REVIEW_REJECTED])
        return


def _inbox_beyond(card: Card, seen: int) -> Callable[[], bool]:
    return lambda: len(card.review_inbox) > seen
