"""Applicant sessions: a code to the phone, then a session token for that phone (issue 15).

The one place an unauthenticated client can make the platform send an SMS, so every request is
charged against the per-phone, per-device/IP and daily budgets first (429 with Retry-After).
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from precredit.api.auth import Ctx
from precredit.api.errors import ApiError
from precredit.api.sessions import OtpRefused, Throttled
from precredit.integrations.base import ProviderError
from precredit.models.application import normalise_phone

router = APIRouter(tags=["sessions"])
OTP_PURPOSE = "otp"


class OtpBody(BaseModel):
    phone: str = Field(description="11-digit mainland mobile number; the code goes there")


class OtpSent(BaseModel):
    challenge_id: str
    expires_in: float


class SessionBody(BaseModel):
    challenge_id: str = Field(min_length=8, max_length=64)
    code: str = Field(pattern=r"^\d{6}$")


class SessionOpened(BaseModel):
    session_token: str = Field(description="bearer token for POST /v1/documents and /v1/applications")
    expires_at: datetime


def device_of(request: Request) -> str:
    """The budget key of the client: its device id if the app sends one, else its address."""
    device = request.headers.get("x-device-id", "").strip()[:128]
    host = request.client.host if request.client else "unknown"
    return f"device:{device}" if device else f"ip:{host}"


@router.post("/v1/sessions/otp", status_code=202, response_model=OtpSent)
async def request_code(body: OtpBody, request: Request, ctx: Ctx) -> OtpSent:
    phone = _phone(body.phone)
    try:
        await asyncio.to_thread(
            ctx.sessions.charge_sms, purpose=OTP_PURPOSE, phone=phone, device=device_of(request)
        )
    except Throttled as exc:
        await ctx.audit_event(
            actor="anonymous", action="api.sms_throttled", application_id=None, scope=exc.scope
        )
        raise ApiError(429, "too_many_sms", str(exc), field="phone", retry_after=exc.retry_after) from exc
    challenge_id, code = await asyncio.to_thread(ctx.sessions.open_challenge, phone=phone)
    text = f"【普惠汽车金融】验证码 {code}，{int(ctx.settings.sessions.otp_ttl_seconds // 60)}分钟内有效。"
    try:
        await asyncio.to_thread(
            ctx.sms.send, phone, text, purpose="session", idempotency_key=f"session:{challenge_id}"
        )
    except ProviderError as exc:  # the gateway failed: this code never arrives, ask again later
        raise ApiError(
            503, "sms_unavailable", "the SMS gateway did not answer; retry", retry_after=5
        ) from exc
    return OtpSent(challenge_id=challenge_id, expires_in=ctx.settings.sessions.otp_ttl_seconds)


@router.post("/v1/sessions", status_code=201, response_model=SessionOpened)
async def open_session(body: SessionBody, ctx: Ctx) -> SessionOpened:
    try:
        token, expires = await asyncio.to_thread(
            ctx.sessions.redeem, challenge_id=body.challenge_id, code=body.code
        )
    except OtpRefused as exc:
        raise ApiError(
            422, "not_accepted", exc.reason, field="code", attempts_left=exc.attempts_left
        ) from exc
    return SessionOpened(session_token=token, expires_at=datetime.fromtimestamp(expires, UTC))


def _phone(raw: str) -> str:
    """The same normalisation the application form applies, so the session matches the form."""
    try:
        return normalise_phone(raw)
    except ValueError as exc:
        raise ApiError(422, "validation_error", str(exc), field="phone") from exc
