"""Operator endpoints for data-subject rights: one person's export, and their erasure.

No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.context import ApiContext
from precredit.api.errors import ApiError
from precredit.api.routes.common import AppId, client_of
from precredit.api.routes.signing import esign_of
from precredit.privacy import UnknownApplicant
from precredit.privacy.context import PrivacyContext
from precredit.privacy.erasure import ErasureRefused
from precredit.privacy.export import ApplicantExport
from precredit.security.roles import Role, require

router = APIRouter(tags=["operator"])
ApplicantId = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="keyed hash of the ID number")]


class ApplicantRef(BaseModel):
    applicant_id: str


class Erased(BaseModel):
    applicant_id: str
    key_destroyed: bool
    workflows: list[str]
    cancelled: list[str]
    terminated: list[str]
    documents_deleted: int
    signing_events_deleted: int
    """The e-sign provider's copies deleted at our request."""
    provider_errors: list[str]
    """Third parties that failed the deletion request: erase again to retry them."""
    kept: list[str]


def _privacy(ctx: ApiContext) -> PrivacyContext:
    return PrivacyContext(
        engine=ctx.engine,
        subjects=ctx.cipher.subjects,
        cipher=ctx.cipher,
        documents=ctx.documents,
        audit=ctx.audit,
    )


@router.get("/v1/applications/{application_id}/applicant", response_model=ApplicantRef)
async def applicant_of(application_id: AppId, ctx: Ctx, who: CurrentPrincipal) -> ApplicantRef:
    require(who, Role.OPERATOR)
    found = await asyncio.to_thread(_privacy(ctx).applicant_of, application_id)
    if found is None:
        raise ApiError(404, "not_found", f"no application {application_id}")
    return ApplicantRef(applicant_id=found)


@router.get("/v1/applicants/{applicant_id}/export", response_model=ApplicantExport)
async def export_applicant(applicant_id: ApplicantId, ctx: Ctx, who: CurrentPrincipal) -> ApplicantExport:
    """Everything held about one person (PIPL art. 45); audited."""
    require(who, Role.OPERATOR)
    try:
        client = await client_of(ctx)
    except ApiError:
        client = None  # the database's part still answers
    try:
        out = await _privacy(ctx).exporter(client).export(applicant_id)
    except UnknownApplicant as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    await ctx.audit_event(
        actor=f"operator:{who.subject}",
        action="admin.export_applicant",
        application_id=None,
        applicant=applicant_id,
        applications=len(out.applications),
    )
    return out


@router.post("/v1/applicants/{applicant_id}/erase", response_model=Erased)
async def erase_applicant(applicant_id: ApplicantId, ctx: Ctx, who: CurrentPrincipal) -> Erased:
    """Cancels the person's running applications, then destroys their key (PIPL art. 47); 409 with
    the reason while money is in flight."""
    require(who, Role.OPERATOR)
    client = await client_of(ctx)
    try:
        eraser = _privacy(ctx).eraser(client, esign=esign_of(ctx))
        report = await eraser.erase(applicant_id, operator=who.subject)
    except UnknownApplicant as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    except ErasureRefused as exc:
        raise ApiError(409, "erase_refused", str(exc)) from exc
    return Erased(
        applicant_id=report.applicant_id,
        key_destroyed=report.key_destroyed,
        workflows=report.workflows,
        cancelled=report.cancelled,
        terminated=report.terminated,
        documents_deleted=report.documents_deleted,
        signing_events_deleted=report.signing_events_deleted,
        provider_errors=report.provider_errors,
        kept=report.kept,
    )
