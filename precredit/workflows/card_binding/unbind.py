"""Unbinding a card: refused while it is the only repayment card of a loan in repayment (the
workflow waits, with a deadline, for a replacement), a fresh SMS code, for high-risk accounts a face
match and a manual review, then the unbind itself, which may still refuse."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.cards import CardReason, CardStatus, UnbindCheck, UnbindCheckRequest, UnbindRequest

from precredit.workflows.card_binding.high_risk import face_match, manual_review
from precredit.workflows.card_binding.sms import confirm_sms
from precredit.workflows.card_binding.state import CardOps, StopCard


async def unbind(ops: CardOps) -> None:
    card = ops.card
    await ops.audit("card.unbind.requested", {})
    check = await _check_unbind(ops)
    if not check.found or check.status != "BOUND":
        raise StopCard(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
    if check.only_repayment_card:
        check = await _wait_for_replacement(ops, check)
    await confirm_sms(ops, "card_unbind")
    if check.risk == "high":
        await face_match(ops)
        await manual_review(ops)
    card.step = "unbind"
    outcome = await ops.activities.run(
        acts.UNBIND_CARD,
        UnbindRequest(
            binding_id=card.binding_id,
            user_id=card.input.user_id,
            workflow_id=workflow.info().workflow_id,
            risk=card.risk,
        ),
    )
    if not outcome.unbound:
        await ops.audit("card.unbind.refused", {"reason": outcome.reason_code or ""})
        status = (
            CardStatus.BLOCKED
            if outcome.reason_code == CardReason.ONLY_REPAYMENT_CARD
            else CardStatus.REJECTED
        )
        raise StopCard(status, [outcome.reason_code or CardReason.CARD_NOT_BOUND])
    card.alerts = outcome.alerts
    await ops.audit("card.unbind.unbound", {"alerts": str(len(outcome.alerts))})
    card.status = CardStatus.UNBOUND


async def _check_unbind(ops: CardOps) -> UnbindCheck:
    card = ops.card
    card.step = "check"
    check = await ops.activities.run(
        acts.CHECK_CARD_UNBIND,
        UnbindCheckRequest(
            binding_id=card.binding_id, user_id=card.input.user_id, high_risk=card.input.high_risk
        ),
    )
    card.card_masked, card.risk = check.card_masked, check.risk
    await ops.audit(
        "card.unbind.checked",
        {
            "found": str(check.found),
            "only_repayment_card": str(check.only_repayment_card),
            "risk": check.risk,
            "risk_reasons": ",".join(check.risk_reasons),
        },
    )
    return check


async def _wait_for_replacement(ops: CardOps, check: UnbindCheck) -> UnbindCheck:
    """Blocked until another repayment card is bound: recheck on each poll or on the signal."""
    card = ops.card
    d = card.input.deadlines
    deadline = workflow.now() + timedelta(seconds=d.replacement)
    while check.only_repayment_card:
        left = (deadline - workflow.now()).total_seconds()
        if left <= 0:
            raise StopCard(CardStatus.BLOCKED, [CardReason.ONLY_REPAYMENT_CARD])
        nudge_kept = workflow.patched("card-replacement-nudge-v1")
        if not nudge_kept:
            card.replacement_nudged = False
        await ops.wait("replacement_card", lambda: card.replacement_nudged, min(left, d.replacement_poll))
        if nudge_kept:
            # Reset before the recheck, not before the wait: a signal during the recheck must count.
            card.replacement_nudged = False
        check = await _check_unbind(ops)
        if not check.found or check.status != "BOUND":
            raise StopCard(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
    return check
