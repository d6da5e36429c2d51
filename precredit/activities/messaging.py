"""SMS codes and reminders. Codes are stored hashed and sealed; a retried send repeats the same code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import not_found, third_party
from precredit.db.tables import SmsChallengeRow
from precredit.models.activities import (
    ReminderRequest,
    SmsChallenge,
    SmsChallengeRequest,
    SmsVerifyRequest,
    SmsVerifyResult,
)
from precredit.security.codes import code_matches, hash_code, new_sms_code
from precredit.security.masking import mask_phone

# What the code authorises must be in the message: the buyer consents to exactly that.
SMS_TEMPLATES = {
    "credit_authorisation": "【普惠汽车金融】验证码 {code}，用于授权查询您的征信信息，{minutes} 分钟内有效。请勿告诉他人。",
    "card_bind": "【普惠汽车金融】验证码 {code}，用于绑定还款银行卡，{minutes} 分钟内有效。请勿告诉他人。",
    "card_unbind": "【普惠汽车金融】验证码 {code}，用于解绑还款银行卡，{minutes} 分钟内有效。如非本人操作请致电客服。",
}
DEFAULT_TEMPLATE = "【普惠汽车金融】验证码 {code}，{minutes} 分钟内有效。请勿告诉他人。"


class MessagingActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="send_sms_code")
    def send_sms_code(self, req: SmsChallengeRequest) -> SmsChallenge:
        challenge_id = f"{req.application_id}:{req.purpose}"
        with Session(self.deps.engine) as session:
            row = session.get(SmsChallengeRow, challenge_id)
            if row is None:
                code = new_sms_code()
                now = datetime.now(UTC)
                row = SmsChallengeRow(
                    challenge_id=challenge_id,
                    application_id=req.application_id,
                    purpose=req.purpose,
                    code_hash=hash_code(code, purpose="sms", keyring=self.deps.keyring),
                    code_sealed=self.deps.seal(code.encode(), context=challenge_id),
                    max_attempts=req.max_attempts,
                    expires_at=now + timedelta(seconds=req.ttl_seconds),
                    created_at=now,
                )
                session.add(row)
                session.commit()
            else:
                code = self.deps.unseal(row.code_sealed, context=challenge_id).decode()
        minutes = max(1, round(req.ttl_seconds / 60))
        with third_party():
            self.deps.providers.sms.send(
                req.phone,
                SMS_TEMPLATES.get(req.purpose, DEFAULT_TEMPLATE).format(code=code, minutes=minutes),
                purpose=req.purpose,
                idempotency_key=challenge_id,
            )
        return SmsChallenge(challenge_id=challenge_id, phone_masked=mask_phone(req.phone))

    @activity.defn(name="verify_sms_code")
    def verify_sms_code(self, req: SmsVerifyRequest) -> SmsVerifyResult:
        with Session(self.deps.engine) as session:
            row = session.get(SmsChallengeRow, req.challenge_id, with_for_update=True)
            if row is None:
                raise not_found(f"no SMS challenge {req.challenge_id}")
            if row.verified:
                return SmsVerifyResult(ok=True, attempts_left=row.max_attempts - row.attempts, locked=False)
            if row.attempts >= row.max_attempts:
                return SmsVerifyResult(ok=False, attempts_left=0, locked=True)
            if row.expires_at < datetime.now(UTC):
                return SmsVerifyResult(ok=False, attempts_left=0, locked=False, expired=True)
            row.attempts += 1
            ok = code_matches(req.code, row.code_hash, purpose="sms", keyring=self.deps.keyring)
            row.verified = ok
            session.add(row)
            session.commit()
            left = row.max_attempts - row.attempts
            self.deps.audit_event(
                actor="buyer",
                action="buyer.sms_code",
                application_id=row.application_id,
                ok=ok,
                attempts_left=left,
            )
            return SmsVerifyResult(ok=ok, attempts_left=left, locked=not ok and left <= 0)

    @activity.defn(name="send_reminder")
    def send_reminder(self, req: ReminderRequest) -> None:
        self.deps.providers.sms.send(
            req.phone, req.text, purpose="reminder", idempotency_key=req.idempotency_key
        )
