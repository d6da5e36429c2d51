"""Applicant sessions before anything is sent (issue 15).

A buyer proves a phone by a one-time code sent to it (through the SMS gateway; in the sandbox, its
outbox) and gets a short session token bound to that phone; only that phone's applications can be
created with it. Sending is budgeted per phone, per device/IP and per day, in the shared database,
so more API replicas give an attacker no more SMS. Codes and tokens are stored as keyed hashes.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from precredit.config import SessionLimits
from precredit.db.sessions import BuyerSessionRow, OtpChallengeRow, SmsSendRow
from precredit.security.keys import KeyRing
from precredit.security.roles import Principal, Role

PHONE_PURPOSE = "session-phone"
DEVICE_PURPOSE = "session-device"
CODE_PURPOSE = "session-otp"
TOKEN_PURPOSE = "session-token"
DAY = 86400.0
_PHONE, _DEVICE, _ALL = "phone", "device", "all"


class Throttled(Exception):
    def __init__(self, scope: str, retry_after: float) -> None:
        super().__init__(f"too many SMS for this {scope}")
        self.scope, self.retry_after = scope, retry_after


class OtpRefused(Exception):
    def __init__(self, reason: str, attempts_left: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.attempts_left = reason, attempts_left


@dataclass
class Sessions:
    engine: Engine
    keyring: KeyRing
    limits: SessionLimits
    clock: Callable[[], float] = time.time

    def phone_hash(self, phone: str) -> str:
        return self.keyring.keyed_hash(phone, purpose=PHONE_PURPOSE)

    def charge_sms(self, *, purpose: str, phone: str, device: str) -> None:
        """Records one OTP send, or raises `Throttled` (and records nothing) if a budget is spent."""
        lim = self.limits
        self._charge(
            purpose, phone, device,
            [("phone", _PHONE, lim.sms_per_phone_per_window, lim.window_seconds),
             ("device", _DEVICE, lim.sms_per_device_per_window, lim.window_seconds),
             ("phone per day", _PHONE, lim.sms_per_phone_per_day, DAY),
             ("day", _ALL, lim.sms_per_day, DAY)],
        )  # fmt: skip

    def charge_application(self, *, phone: str, device: str) -> None:
        """An application start sends its applicant an SMS too: bounded per phone and per day."""
        lim = self.limits
        self._charge(
            "application", phone, device,
            [("phone", _PHONE, lim.applications_per_phone_per_day, DAY), ("day", _ALL, lim.sms_per_day, DAY)],
        )  # fmt: skip

    def _charge(
        self, purpose: str, phone: str, device: str, budgets: list[tuple[str, str, int, float]]
    ) -> None:
        # Insert, then count in the same transaction: two replicas racing can't both take the last one.
        now = self.clock()
        row = SmsSendRow(
            purpose=purpose, phone_hash=self.phone_hash(phone),
            device_hash=self.keyring.keyed_hash(device, purpose=DEVICE_PURPOSE), sent_at=now,
        )  # fmt: skip
        with Session(self.engine) as session:
            session.add(row)
            session.flush()
            for scope, key, limit, window in budgets:
                where = [col(SmsSendRow.purpose) == purpose, col(SmsSendRow.sent_at) > now - window]
                if key == _PHONE:
                    where.append(col(SmsSendRow.phone_hash) == row.phone_hash)
                elif key == _DEVICE:
                    where.append(col(SmsSendRow.device_hash) == row.device_hash)
                count, oldest = session.exec(
                    select(func.count(), func.min(SmsSendRow.sent_at)).where(and_(*where))
                ).one()
                if count > limit:
                    session.rollback()
                    raise Throttled(scope, max(1.0, float(oldest) + window - now))
            session.commit()

    def open_challenge(self, *, phone: str) -> tuple[str, str]:
        """(challenge id, code): the caller sends the code to the phone and returns only the id."""
        code = f"{secrets.randbelow(10**6):06d}"
        challenge_id = secrets.token_urlsafe(18)
        with Session(self.engine) as session:
            session.add(
                OtpChallengeRow(
                    challenge_id=challenge_id, phone_hash=self.phone_hash(phone),
                    code_hash=self._code_hash(challenge_id, code),
                    expires_at=self.clock() + self.limits.otp_ttl_seconds,
                )
            )  # fmt: skip
            session.commit()
        return challenge_id, code

    def redeem(self, *, challenge_id: str, code: str) -> tuple[str, float]:
        """(session token, expires at) for a right code; `OtpRefused` otherwise. Each challenge
        takes `otp_max_attempts` guesses and opens one session."""
        now = self.clock()
        with Session(self.engine) as session:
            row = session.get(OtpChallengeRow, challenge_id)
            if row is None or row.used or row.expires_at < now:
                raise OtpRefused("no such code request, or it has expired or been used; request a new code")
            if row.attempts >= self.limits.otp_max_attempts:
                raise OtpRefused("too many wrong codes; request a new code", attempts_left=0)
            if not secrets.compare_digest(row.code_hash, self._code_hash(challenge_id, code)):
                row.attempts += 1
                session.add(row)
                session.commit()
                raise OtpRefused("wrong code", attempts_left=self.limits.otp_max_attempts - row.attempts)
            row.used = True
            session.add(row)
            token = secrets.token_urlsafe(32)
            expires = now + self.limits.session_ttl_seconds
            session.add(
                BuyerSessionRow(
                    token_hash=self.keyring.keyed_hash(token, purpose=TOKEN_PURPOSE),
                    phone_hash=row.phone_hash, created_at=now, expires_at=expires,
                )
            )  # fmt: skip
            session.commit()
        return token, expires

    def resolve(self, token: str) -> Principal | None:
        with Session(self.engine) as session:
            row = session.get(BuyerSessionRow, self.keyring.keyed_hash(token, purpose=TOKEN_PURPOSE))
        if row is None or row.expires_at < self.clock():
            return None
        return Principal(role=Role.BUYER, subject=row.phone_hash)

    def _code_hash(self, challenge_id: str, code: str) -> str:
        return self.keyring.keyed_hash(f"{challenge_id}:{code}", purpose=CODE_PURPOSE)
