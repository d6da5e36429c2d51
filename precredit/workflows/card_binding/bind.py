"""Binding a repayment card: four-element verification (name, ID number, card, phone), an SMS
code, then the binding is stored (a card bound elsewhere is a rejection, not a failure)."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.cards import CardElementsRequest, CardReason, CardStatus, CardStoreRequest
    from precredit.models.errors import ErrorType

from precredit.workflows.card_binding.sms import confirm_sms
from precredit.workflows.card_binding.state import CardOps, StopCard


async def bind(ops: CardOps) -> None:
    card = ops.card
    inp = card.input
    if not inp.card_number:
        raise StopCard(CardStatus.REJECTED, [CardReason.CARD_LENGTH_INVALID])
    await ops.audit("card.bind.requested", {})
    card.step = "verify_elements"
    check = await ops.activities.run(
        acts.VERIFY_CARD_ELEMENTS,
        CardElementsRequest(
            binding_id=card.binding_id,
            user_id=inp.user_id,
            name=inp.name,
            id_number=inp.id_number,
            phone=inp.phone,
            card_number=inp.card_number,
        ),
    )
    card.card_masked = check.card_masked
    await ops.audit(
        "card.bind.verified", {"ok": str(check.ok), "reason": check.reason_code or "", "bank": check.bank}
    )
    if not check.ok:
        raise StopCard(CardStatus.REJECTED, [check.reason_code or CardReason.ELEMENTS_MISMATCH])
    await confirm_sms(ops, "card_bind")
    card.step = "store"
    try:
        binding = await ops.activities.run(
            acts.STORE_CARD_BINDING,
            CardStoreRequest(
                binding_id=card.binding_id,
                user_id=inp.user_id,
                workflow_id=workflow.info().workflow_id,
                card_number=inp.card_number,
                bank=check.bank,
                card_type=check.card_type,
            ),
        )
    except ActivityError as err:
        if isinstance(err.cause, ApplicationError) and err.cause.type == ErrorType.CARD_ALREADY_BOUND:
            raise StopCard(CardStatus.REJECTED, [CardReason.CARD_ALREADY_BOUND]) from err
        raise
    await ops.audit("card.bind.bound", {"bank": binding.bank})
    card.status = CardStatus.BOUND
