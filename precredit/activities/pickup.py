"""Step 7: the one-time pickup code (提车码), issued once, stored hashed and sealed, redeemed once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import third_party
from precredit.db.tables import PickupCodeRow
from precredit.models.activities import (
    PickupIssued,
    PickupIssueRequest,
    PickupRedeemRequest,
    PickupRedeemResult,
)
from precredit.security.codes import code_matches, hash_code, new_pickup_code, normalise_pickup_code

PICKUP_TEMPLATE = "【普惠汽车金融】您的提车码 {code}，请在经销商处出示，{days} 天内有效，仅可使用一次。"


def mask_pickup(code: str) -> str:
    return code[:4] + "-****-****-" + code[-1]


class PickupActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="issue_pickup_code")
    def issue_pickup_code(self, req: PickupIssueRequest) -> PickupIssued:
        context = f"pickup:{req.application_id}"
        with Session(self.deps.engine) as session:
            row = session.get(PickupCodeRow, req.application_id)
            if row is None:
                code = new_pickup_code()
                now = datetime.now(UTC)
                row = PickupCodeRow(
                    application_id=req.application_id,
                    code_hash=hash_code(code, purpose="pickup", keyring=self.deps.keyring),
                    code_sealed=self.deps.seal(code.encode(), context=context),
                    dealer_id=req.dealer_id,
                    expires_at=now + timedelta(seconds=req.ttl_seconds),
                    created_at=now,
                )
                session.add(row)
                session.commit()
                session.refresh(row)
            else:
                code = self.deps.unseal(row.code_sealed, context=context).decode()
            expires_at = row.expires_at
        days = max(1, round(req.ttl_seconds / 86400))
        with third_party():
            self.deps.providers.sms.send(
                req.phone,
                PICKUP_TEMPLATE.format(code=code, days=days),
                purpose="pickup_code",
                idempotency_key=context,
            )
        return PickupIssued(code_masked=mask_pickup(code), expires_at=expires_at)

    @activity.defn(name="redeem_pickup_code")
    def redeem_pickup_code(self, req: PickupRedeemRequest) -> PickupRedeemResult:
        canonical = normalise_pickup_code(req.code)
        with Session(self.deps.engine) as session:
            row = session.get(PickupCodeRow, req.application_id, with_for_update=True)
            if row is None:
                return PickupRedeemResult(ok=False, reason="no pickup code was issued")
            if row.redeemed_at is not None:
                return PickupRedeemResult(ok=False, reason="code already used")
            if row.attempts >= req.max_attempts:
                return PickupRedeemResult(ok=False, reason="locked after too many attempts")
            if row.expires_at < datetime.now(UTC):
                return PickupRedeemResult(ok=False, reason="code expired")
            if row.dealer_id != req.dealer_id:
                return PickupRedeemResult(ok=False, reason="code belongs to another dealership")
            if canonical is None:
                # A typo caught by the check symbol costs no attempt.
                left = req.max_attempts - row.attempts
                return PickupRedeemResult(
                    ok=False, reason="malformed code (check symbol)", attempts_left=left
                )
            row.attempts += 1
            ok = code_matches(canonical, row.code_hash, purpose="pickup", keyring=self.deps.keyring)
            if ok:
                row.redeemed_at = datetime.now(UTC)
            session.add(row)
            session.commit()
            left = req.max_attempts - row.attempts
            self.deps.audit_event(
                actor=f"dealer:{req.dealer_id}",
                action="dealer.pickup_redeem",
                application_id=req.application_id,
                ok=ok,
            )
            return PickupRedeemResult(ok=ok, reason="" if ok else "wrong code", attempts_left=left)
