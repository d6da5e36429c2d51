"""The SMS confirmation that both a bind and an unbind need; the code itself arrives through the
`submit_sms_code` update (see `workflow.py`)."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import SmsChallenge, SmsChallengeRequest
    from precredit.models.cards import CardReason, CardStatus

from precredit.workflows.card_binding.state import CardState, StopCard


class CardSms(CardState):
    async def _confirm_sms(self, purpose: str) -> None:
        """A fresh code per workflow and purpose (the challenge id is the workflow id + purpose)."""
        inp = self._in
        self._step = "sms_code"
        self._sms_ok = self._sms_locked = False
        self._challenge = await self._act(
            "send_sms_code",
            SmsChallengeRequest(
                application_id=workflow.info().workflow_id,
                phone=inp.phone,
                purpose=purpose,
                ttl_seconds=inp.deadlines.sms_code,
                max_attempts=inp.sms_max_attempts,
            ),
            SmsChallenge,
        )
        await self._audit("card.sms.sent", {"purpose": purpose, "phone": self._challenge.phone_masked})
        await self._wait("sms_code", lambda: self._sms_ok or self._sms_locked, inp.deadlines.sms_code)
        confirmed = self._sms_ok
        await self._audit("card.sms.checked", {"purpose": purpose, "confirmed": str(confirmed)})
        if not confirmed:
            raise StopCard(
                CardStatus.EXPIRED if not self._sms_locked else CardStatus.REJECTED,
                [CardReason.SMS_LOCKED if self._sms_locked else CardReason.SMS_NOT_CONFIRMED],
            )
