"""Binding a repayment card: four-element verification (name, ID number, card, phone), an SMS
code, then the binding is stored (a card bound elsewhere is a rejection, not a failure)."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models.cards import (
        CardBinding,
        CardElementsRequest,
        CardReason,
        CardStatus,
        CardStoreRequest,
        CardVerification,
    )

from precredit.workflows.card_binding.sms import CardSms
from precredit.workflows.card_binding.state import StopCard


class CardBind(CardSms):
    async def _bind(self) -> None:
        inp = self._in
        if not inp.card_number:
            raise StopCard(CardStatus.REJECTED, [CardReason.CARD_LENGTH_INVALID])
        await self._audit("card.bind.requested", {})
        self._step = "verify_elements"
        check = await self._act(
            "verify_card_elements",
            CardElementsRequest(
                binding_id=self._binding_id,
                user_id=inp.user_id,
                name=inp.name,
                id_number=inp.id_number,
                phone=inp.phone,
                card_number=inp.card_number,
            ),
            CardVerification,
        )
        self._card_masked = check.card_masked
        await self._audit(
            "card.bind.verified", {"ok": str(check.ok), "reason": check.reason_code or "", "bank": check.bank}
        )
        if not check.ok:
            raise StopCard(CardStatus.REJECTED, [check.reason_code or CardReason.ELEMENTS_MISMATCH])
        await self._confirm_sms("card_bind")
        self._step = "store"
        try:
            binding = await self._act(
                "store_card_binding",
                CardStoreRequest(
                    binding_id=self._binding_id,
                    user_id=inp.user_id,
                    workflow_id=workflow.info().workflow_id,
                    card_number=inp.card_number,
                    bank=check.bank,
                    card_type=check.card_type,
                ),
                CardBinding,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "CardAlreadyBound":
                raise StopCard(CardStatus.REJECTED, [CardReason.CARD_ALREADY_BOUND]) from err
            raise
        await self._audit("card.bind.bound", {"bank": binding.bank})
        self._status = CardStatus.BOUND
