"""Unbinding a card: refused while it is the only repayment card of a loan in repayment (the
workflow waits, with a deadline, for a replacement), a fresh SMS code, for high-risk accounts a face
match and a manual review, then the unbind itself, which may still refuse."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.cards import (
        CardReason,
        CardStatus,
        UnbindCheck,
        UnbindCheckRequest,
        UnbindOutcome,
        UnbindRequest,
    )

from precredit.workflows.card_binding.high_risk import CardHighRisk
from precredit.workflows.card_binding.sms import CardSms
from precredit.workflows.card_binding.state import StopCard


class CardUnbind(CardSms, CardHighRisk):
    async def _unbind(self) -> None:
        inp = self._in
        await self._audit("card.unbind.requested", {})
        check = await self._check_unbind()
        if not check.found or check.status != "BOUND":
            raise StopCard(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
        if check.only_repayment_card:
            check = await self._wait_for_replacement(check)
        await self._confirm_sms("card_unbind")
        if check.risk == "high":
            await self._face_match()
            await self._manual_review()
        self._step = "unbind"
        outcome = await self._act(
            "unbind_card",
            UnbindRequest(
                binding_id=self._binding_id,
                user_id=inp.user_id,
                workflow_id=workflow.info().workflow_id,
                risk=self._risk,
            ),
            UnbindOutcome,
        )
        if not outcome.unbound:
            await self._audit("card.unbind.refused", {"reason": outcome.reason_code or ""})
            status = (
                CardStatus.BLOCKED
                if outcome.reason_code == CardReason.ONLY_REPAYMENT_CARD
                else CardStatus.REJECTED
            )
            raise StopCard(status, [outcome.reason_code or CardReason.CARD_NOT_BOUND])
        self._alerts = outcome.alerts
        await self._audit("card.unbind.unbound", {"alerts": str(len(outcome.alerts))})
        self._status = CardStatus.UNBOUND

    async def _check_unbind(self) -> UnbindCheck:
        self._step = "check"
        check = await self._act(
            "check_card_unbind",
            UnbindCheckRequest(
                binding_id=self._binding_id, user_id=self._in.user_id, high_risk=self._in.high_risk
            ),
            UnbindCheck,
        )
        self._card_masked, self._risk = check.card_masked, check.risk
        await self._audit(
            "card.unbind.checked",
            {
                "found": str(check.found),
                "only_repayment_card": str(check.only_repayment_card),
                "risk": check.risk,
                "risk_reasons": ",".join(check.risk_reasons),
            },
        )
        return check

    async def _wait_for_replacement(self, check: UnbindCheck) -> UnbindCheck:
        """Blocked until another repayment card is bound: recheck on each poll or on the signal."""
        d = self._in.deadlines
        deadline = workflow.now() + timedelta(seconds=d.replacement)
        while check.only_repayment_card:
            left = (deadline - workflow.now()).total_seconds()
            if left <= 0:
                raise StopCard(CardStatus.BLOCKED, [CardReason.ONLY_REPAYMENT_CARD])
            nudge_kept = workflow.patched("card-replacement-nudge-v1")
            if not nudge_kept:
                self._replacement_nudged = False
            await self._wait(
                "replacement_card", lambda: self._replacement_nudged, min(left, d.replacement_poll)
            )
            if nudge_kept:
                # Reset before the recheck, not before the wait: a signal during the recheck must count.
                self._replacement_nudged = False
            check = await self._check_unbind()
            if not check.found or check.status != "BOUND":
                raise StopCard(CardStatus.REJECTED, [CardReason.CARD_NOT_BOUND])
        return check
