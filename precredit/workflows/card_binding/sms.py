"""The SMS confirmation that both a bind and an unbind need; the code itself arrives through the
`submit_sms_code` update (see `workflow.py`)."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SmsChallengeRequest
    from precredit.models.cards import CardReason, CardStatus

from precredit.workflows.card_binding.state import CardOps, StopCard


async def confirm_sms(ops: CardOps, purpose: str) -> None:
    """A fresh code per workflow and purpose (the challenge id is the workflow id + purpose)."""
    card, sms = ops.card, ops.sms
    inp = card.input
    card.step = "sms_code"
    challenge = await sms.send(
        SmsChallengeRequest(
            application_id=workflow.info().workflow_id,
            phone=inp.phone,
            purpose=purpose,
            ttl_seconds=inp.deadlines.sms_code,
            max_attempts=inp.sms_max_attempts,
        )
    )
    await ops.audit("card.sms.sent", {"purpose": purpose, "phone": challenge.phone_masked})
    await ops.wait("sms_code", lambda: sms.ok or sms.locked, inp.deadlines.sms_code)
    confirmed = sms.ok
    await ops.audit("card.sms.checked", {"purpose": purpose, "confirmed": str(confirmed)})
    if not confirmed:
        raise StopCard(
            CardStatus.EXPIRED if not sms.locked else CardStatus.REJECTED,
            [CardReason.SMS_LOCKED if sms.locked else CardReason.SMS_NOT_CONFIRMED],
        )
