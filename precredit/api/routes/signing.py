"""The documents buyers sign: what to sign (PDF and digest, and where the provider's signing step
is), the signed PDFs for the buyer and operators, and the sandbox e-sign provider's own endpoints.

The `/sandbox/esign/...` routes stand for the provider's site: in production the buyer's app opens
the provider's URL instead, and our server never sees the OTP or any signing key. They take no
bearer token, because at a provider the OTP sent to the buyer's phone is what authenticates.
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
from typing import Any, Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.context import ApiContext
from precredit.api.errors import ApiError
from precredit.api.routes.common import AppId, status_of
from precredit.integrations.esign import SandboxEsign, SigningEvent, SigningRefused
from precredit.security.roles import Role, require

router = APIRouter(tags=["signing"])
Kind = Literal["authorisation_letter", "loan_contract"]
PDF = "application/pdf"


class SigningTaskOut(BaseModel):
    kind: str
    document_sha256: str = Field(description="SHA-256 of the PDF to sign; the update names it")
    signing_event_id: str | None = Field(description="put into the sign_* update after signing")
    status: str = Field(description="pending | signed | locked at the provider")
    pdf_url: str
    provider_otp_url: str | None = Field(description="sandbox: POST here for a code by SMS")
    provider_sign_url: str | None = Field(description='sandbox: POST {"otp"} here to sign')


class OtpSent(BaseModel):
    phone_masked: str


class OtpBody(BaseModel):
    otp: str = Field(pattern=r"^\d{6}$")


class SignedOut(BaseModel):
    event_id: str
    status: str
    signed_sha256: str | None


def esign_of(ctx: ApiContext) -> Any:
    if "esign" not in ctx.extra:
        from precredit.integrations.providers import load_provider

        ctx.extra["esign"] = load_provider(ctx.settings, "esign")
    return ctx.extra["esign"]


def sandbox_esign(ctx: ApiContext) -> SandboxEsign:
    esign = esign_of(ctx)
    if not isinstance(esign, SandboxEsign):
        raise ApiError(404, "not_found", "the sandbox e-sign provider is not configured")
    return esign


async def _task(ctx: ApiContext, application_id: str, kind: str) -> tuple[str, SigningEvent | None]:
    view = await status_of(ctx, application_id)
    digest = view.signing_documents.get(kind)
    if not digest:
        raise ApiError(404, "not_found", f"no {kind} has been presented for signing", field="kind")
    event = await asyncio.to_thread(
        esign_of(ctx).find_event, application_id=application_id, kind=kind, document_sha256=digest
    )
    return digest, event


@router.get("/v1/applications/{application_id}/signing/{kind}", response_model=SigningTaskOut)
async def signing_task(application_id: AppId, kind: Kind, ctx: Ctx, who: CurrentPrincipal) -> SigningTaskOut:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    digest, event = await _task(ctx, application_id, kind)
    sandbox = isinstance(esign_of(ctx), SandboxEsign) and event is not None
    base = f"/sandbox/esign/events/{event.event_id}" if event else None
    return SigningTaskOut(
        kind=kind,
        document_sha256=digest,
        signing_event_id=event.event_id if event else None,
        status=event.status if event else "pending",
        pdf_url=f"/v1/applications/{application_id}/signing/{kind}/pdf",
        provider_otp_url=f"{base}/otp" if sandbox else None,
        provider_sign_url=f"{base}/sign" if sandbox else None,
    )


@router.get(
    "/v1/applications/{application_id}/signing/{kind}/pdf",
    response_class=Response,
    responses={200: {"content": {PDF: {}}}},
)
async def document_to_sign(application_id: AppId, kind: Kind, ctx: Ctx, who: CurrentPrincipal) -> Response:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    digest, _event = await _task(ctx, application_id, kind)
    data = await asyncio.to_thread(ctx.documents.get, f"doc://{digest}")
    return Response(data, media_type=PDF, headers={"X-Document-SHA256": digest})


@router.get(
    "/v1/applications/{application_id}/signed/{kind}.pdf",
    response_class=Response,
    responses={200: {"content": {PDF: {}}}},
)
async def signed_document(application_id: AppId, kind: Kind, ctx: Ctx, who: CurrentPrincipal) -> Response:
    """The PAdES-signed PDF, once the workflow verified it (our encrypted copy, not the provider's)."""
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    _digest, event = await _task(ctx, application_id, kind)
    ref = f"doc://{event.signed_sha256}" if event and event.signed_sha256 else None
    if ref is None or not await asyncio.to_thread(ctx.documents.exists, ref):
        raise ApiError(404, "not_found", f"the {kind} has not been signed and verified yet", field="kind")
    data = await asyncio.to_thread(ctx.documents.get, ref)
    await ctx.audit_event(
        actor=f"{who.role.value}:{who.subject}",
        action=f"document.download.signed_{kind}",
        application_id=application_id,
    )
    return Response(
        data,
        media_type=PDF,
        headers={
            "Content-Disposition": f'attachment; filename="{application_id}-{kind}.pdf"',
            "X-Document-SHA256": event.signed_sha256 if event and event.signed_sha256 else "",
        },
    )


EventId = str


@router.get(
    "/sandbox/esign/events/{event_id}/document",
    tags=["sandbox e-sign provider"],
    response_class=Response,
    responses={200: {"content": {PDF: {}}}},
)
async def provider_document(event_id: EventId, ctx: Ctx) -> Response:
    esign = sandbox_esign(ctx)
    try:
        data = await asyncio.to_thread(esign.document, event_id)
    except SigningRefused as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    return Response(data, media_type=PDF)


@router.post("/sandbox/esign/events/{event_id}/otp", tags=["sandbox e-sign provider"], response_model=OtpSent)
async def provider_send_otp(event_id: EventId, ctx: Ctx) -> OtpSent:
    esign = sandbox_esign(ctx)
    try:
        return OtpSent(phone_masked=await asyncio.to_thread(esign.send_otp, event_id))
    except SigningRefused as exc:
        raise ApiError(409, "not_accepted", str(exc)) from exc


@router.post(
    "/sandbox/esign/events/{event_id}/sign", tags=["sandbox e-sign provider"], response_model=SignedOut
)
async def provider_sign(event_id: EventId, body: OtpBody, ctx: Ctx) -> SignedOut:
    """The provider's signing step: the OTP proves the phone; the provider signs with the event's
    certificate (PAdES B-LTA) and keeps no key."""
    esign = sandbox_esign(ctx)
    try:
        event = await asyncio.to_thread(esign.sign, event_id, body.otp)
    except SigningRefused as exc:
        raise ApiError(422, "not_accepted", str(exc), field="otp", attempts_left=exc.attempts_left) from exc
    return SignedOut(event_id=event.event_id, status=event.status, signed_sha256=event.signed_sha256)
