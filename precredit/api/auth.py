"""Bearer tokens → `Principal`: configured tokens (underwriters, dealers, operators) and applicant
tokens the API issues when an application is created.

An applicant token is 256 random bits shown once in the create response; the database keeps only
its keyed HMAC (lookup key, purpose `api-applicant-token`), so a database dump yields no usable
token and can't be brute-forced offline. Its subject is the application id, and `require` limits
the holder to that application. Tokens live in the database, not in memory, so they survive an API
restart and work on every replica.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from precredit.api.context import ApiContext
from precredit.api.errors import ApiError
from precredit.db.api_state import ApplicantTokenRow
from precredit.security.roles import Principal, Role

TOKEN_PURPOSE = "api-applicant-token"

_bearer = HTTPBearer(auto_error=False, description="token from PRECREDIT_API_TOKENS or an applicant token")


def get_ctx(request: Request) -> ApiContext:
    ctx: ApiContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ApiContext, Depends(get_ctx)]


def issue_applicant_token(ctx: ApiContext, application_id: str) -> str:
    token = secrets.token_urlsafe(32)
    with Session(ctx.engine) as session:
        session.add(
            ApplicantTokenRow(
                token_hash=ctx.keyring.keyed_hash(token, purpose=TOKEN_PURPOSE),
                application_id=application_id,
                created_at=datetime.now(UTC),
            )
        )
        session.commit()
    return token


def _applicant(ctx: ApiContext, token: str) -> Principal | None:
    with Session(ctx.engine) as session:
        row = session.get(ApplicantTokenRow, ctx.keyring.keyed_hash(token, purpose=TOKEN_PURPOSE))
    if row is None or row.revoked_at is not None:
        return None
    return Principal(role=Role.APPLICANT, subject=row.application_id)


async def optional_principal(
    ctx: Ctx, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal | None:
    if creds is None or not creds.credentials:
        return None
    token = creds.credentials.strip()
    principal = ctx.tokens.resolve(token)
    if principal is None:
        principal = await asyncio.to_thread(_applicant, ctx, token)
    if principal is None:
        principal = await asyncio.to_thread(ctx.sessions.resolve, token)
    if principal is None:
        raise ApiError(401, "unauthorised", "unknown or revoked token")
    return principal


async def principal(who: Annotated[Principal | None, Depends(optional_principal)]) -> Principal:
    if who is None:
        raise ApiError(401, "unauthorised", "bearer token required")
    return who


CurrentPrincipal = Annotated[Principal, Depends(principal)]
MaybePrincipal = Annotated[Principal | None, Depends(optional_principal)]


SUBMITTERS = (Role.BUYER, Role.PARTNER, Role.DEALER)


async def submitter(who: Annotated[Principal | None, Depends(optional_principal)]) -> Principal:
    """Who may send an application or a document: a phone-verified buyer session, a partner channel
    (car-maker app backend) or a dealer tablet. Resolved from the header alone, before any route
    reads the body, so an anonymous upload is refused without being read."""
    if who is None:
        raise ApiError(
            401, "unauthorised", "prove the phone first (POST /v1/sessions/otp) or use a channel credential"
        )
    if who.role not in SUBMITTERS and who.role is not Role.APPLICANT:
        raise ApiError(403, "forbidden", f"role {who.role} does not submit applications")
    return who


Submitter = Annotated[Principal, Depends(submitter)]
