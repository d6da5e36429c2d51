"""Applicant sessions (issue 15): OTP challenges, phone-verified sessions and the SMS send log that
rate limits them. Phones appear only as keyed hashes; every API replica shares these rows."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class SmsSendRow(SQLModel, table=True):
    """One SMS sent (or one application started, which sends one) on the API's say-so."""

    __tablename__ = "api_sms_send"

    id: int | None = Field(default=None, primary_key=True)
    purpose: str = Field(index=True, max_length=16, description="otp or application")
    phone_hash: str = Field(index=True, max_length=64)
    device_hash: str = Field(index=True, max_length=64, description="keyed hash of the client IP / device")
    sent_at: float = Field(index=True, description="Unix time, so every database compares it alike")


class OtpChallengeRow(SQLModel, table=True):
    __tablename__ = "api_otp_challenge"

    challenge_id: str = Field(primary_key=True, max_length=64)
    phone_hash: str = Field(index=True, max_length=64)
    code_hash: str = Field(max_length=64)
    expires_at: float
    attempts: int = 0
    used: bool = False


class BuyerSessionRow(SQLModel, table=True):
    """A phone proved by OTP; the token is kept only as a keyed hash."""

    __tablename__ = "api_buyer_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    phone_hash: str = Field(index=True, max_length=64)
    created_at: float
    expires_at: float
