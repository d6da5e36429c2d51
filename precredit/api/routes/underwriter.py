"""Underwriter endpoints: the review queue, an application's evidence and documents, the decision.

The decision goes to the workflow as the `underwriter_decision` signal (the same one the Temporal
UI and CLI send), with the underwriter id taken from the token, never from the body.
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from precredit.api import evidence, votes
from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.errors import ApiError, temporal_errors
from precredit.api.routes.common import AppId, client_of, record_of, status_of
from precredit.api.uploads import sniff
from precredit.api.views import (
    ApplicantMasked,
    StatusOut,
    VehicleOut,
    age_seconds,
    masked_applicant,
    public_status,
    vehicle_out,
)
from precredit.application_file import IDENTITY_KINDS, LOAN_KINDS
from precredit.client import workflow_id
from precredit.db.blobs import DocumentErased, DocumentNotFound
from precredit.models import search
from precredit.models.application import LoanRequest
from precredit.models.messages import UnderwriterDecision
from precredit.models.proofs import HumanAction, ReviewVote
from precredit.security.roles import Role, require

router = APIRouter(tags=["underwriter"])
STAFF = (Role.UNDERWRITER, Role.OPERATOR)


class QueueItem(BaseModel):
    application_id: str
    workflow_id: str
    step: str
    risk_band: str
    dealer_id: str
    waiting_since: datetime
    deadline: datetime
    age_seconds: float = Field(description="how long the case has waited for an underwriter")
    sla_seconds: float = Field(description="the configured underwriter deadline for this wait")
    reason_codes: list[str]
    temporal_ui_url: str


class Evidence(BaseModel):
    status: StatusOut
    erased: bool = Field(
        default=False, description="the applicant was erased: decisions only, no personal data"
    )
    applicant: ApplicantMasked | None
    vehicle: VehicleOut | None
    loan: LoanRequest | None
    decisions: list[evidence.DecisionOut]
    document_fields: list[evidence.DocumentFieldsOut]
    documents: dict[str, str] = Field(description="kind → authorised image URL")
    audit: list[evidence.AuditOut]


class DecisionBody(BaseModel):
    decision: Literal["approve", "reject"]
    reason: str = Field(min_length=3, max_length=500)


class DecisionSent(BaseModel):
    application_id: str
    decision: str
    decided_by: str


@router.get("/v1/review-queue", response_model=list[QueueItem])
async def review_queue(ctx: Ctx, who: CurrentPrincipal) -> list[QueueItem]:
    """Cases waiting for an underwriter, oldest first (visibility is eventually consistent: a case
    appears a moment after the workflow starts waiting)."""
    require(who, STAFF)
    client = await client_of(ctx)
    query = (
        f'{search.WAITING_FOR.name} = "underwriter" AND ExecutionStatus = "Running" '
        f'AND TaskQueue = "{ctx.settings.task_queue}"'
    )
    found = [
        (wf.id.removeprefix("precredit-"), wf.typed_search_attributes.get(search.DEALER) or "")
        async for wf in client.client.list_workflows(query, limit=ctx.options.review_queue_limit)
    ]
    items = await asyncio.gather(*(_queue_item(ctx, app_id, dealer) for app_id, dealer in found))
    return sorted((i for i in items if i is not None), key=lambda i: i.waiting_since)


async def _queue_item(ctx: Ctx, application_id: str, dealer_id: str) -> QueueItem | None:
    try:
        # Bounded: one stuck case (no worker polling its queue) must not hold up the whole list.
        view = await asyncio.wait_for(status_of(ctx, application_id, polled=True), timeout=5)
    except (ApiError, TimeoutError):
        return None  # finished or vanished between listing and querying
    w = view.waiting_for
    if w is None or w.what != "underwriter":
        return None
    wid = workflow_id(application_id)
    review = next((d for d in reversed(view.decisions) if d.verdict == "review"), None)
    return QueueItem(
        application_id=application_id,
        workflow_id=wid,
        step=view.step.value,
        risk_band=view.risk_band or "unscored",
        dealer_id=dealer_id,
        waiting_since=w.since,
        deadline=w.deadline,
        age_seconds=age_seconds(w.since),
        sla_seconds=round((w.deadline - w.since).total_seconds(), 1),
        reason_codes=review.reason_codes if review else [],
        temporal_ui_url=ctx.temporal_ui_link(wid),
    )


@router.get("/v1/applications/{application_id}/evidence", response_model=Evidence)
async def get_evidence(application_id: AppId, ctx: Ctx, who: CurrentPrincipal) -> Evidence:
    require(who, STAFF)
    wid = workflow_id(application_id)
    if await asyncio.to_thread(evidence.application_erased, ctx, application_id):
        status, decisions, audit = await asyncio.gather(
            asyncio.to_thread(
                evidence.status_from_database, ctx, application_id, ui_url=ctx.temporal_ui_link(wid)
            ),
            asyncio.to_thread(evidence.decisions, ctx, application_id),
            asyncio.to_thread(evidence.audit_trail, ctx, application_id),
        )
        return Evidence(
            status=status, erased=True, applicant=None, vehicle=None, loan=None, decisions=decisions,
            document_fields=[], documents={}, audit=audit,
        )  # fmt: skip
    view, record = await asyncio.gather(status_of(ctx, application_id), record_of(ctx, application_id))
    decisions, fields, audit = await asyncio.gather(
        asyncio.to_thread(evidence.decisions, ctx, application_id),
        asyncio.to_thread(evidence.document_fields, ctx, application_id),
        asyncio.to_thread(evidence.audit_trail, ctx, application_id),
    )
    kinds = [k for k in (*IDENTITY_KINDS, *LOAN_KINDS) if record.document_ref(k)]
    return Evidence(
        status=public_status(view, workflow_id=wid, staff=True, ui_url=ctx.temporal_ui_link(wid)),
        applicant=masked_applicant(record.request),
        vehicle=vehicle_out(record.request),
        loan=record.request.loan,
        decisions=decisions,
        document_fields=fields,
        documents={k: f"/v1/applications/{application_id}/documents/{k}" for k in kinds},
        audit=audit,
    )


@router.get(
    "/v1/applications/{application_id}/documents/{kind}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}, "application/pdf": {}}}},
)
async def get_document(application_id: AppId, kind: str, ctx: Ctx, who: CurrentPrincipal) -> Response:
    """One of the application's own documents (never an arbitrary ref), decrypted, not cached,
    and every view audited: ID card images are the most sensitive thing the API serves."""
    require(who, STAFF)
    if kind not in (*IDENTITY_KINDS, *LOAN_KINDS):
        raise ApiError(404, "not_found", f"unknown document kind {kind}", field="kind")
    if await asyncio.to_thread(evidence.application_erased, ctx, application_id):
        raise ApiError(
            410, "erased", "the applicant was erased; their documents no longer exist", field="kind"
        )
    record = await record_of(ctx, application_id)
    ref = record.document_ref(kind)
    if ref is None:
        raise ApiError(404, "not_found", f"no {kind} uploaded for this application", field="kind")
    try:
        data = await asyncio.to_thread(ctx.documents.get, ref)
    except DocumentErased as exc:
        raise ApiError(410, "erased", f"{kind} was erased with its applicant", field="kind") from exc
    except DocumentNotFound as exc:
        raise ApiError(404, "not_found", f"{kind} is not in the document store", field="kind") from exc
    await ctx.audit_event(
        actor=f"{who.role}:{who.subject}",
        action="api.document_viewed",
        application_id=application_id,
        kind=kind,
    )
    return Response(
        data,
        media_type=sniff(data) or "application/octet-stream",
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )


@router.post(
    "/v1/applications/{application_id}/underwriter-decision",
    status_code=202,
    response_model=DecisionSent,
    responses={409: {"description": "not waiting for an underwriter, or the review is already decided"}},
)
async def underwriter_decision(
    application_id: AppId, body: DecisionBody, ctx: Ctx, who: CurrentPrincipal
) -> DecisionSent:
    """202: the signal, with a proof signed for this underwriter, is in the workflow's history. The
    first decision on a review wins; a later one is refused here with 409 (and audited), except the
    second approval a large loan needs, which must come from another underwriter."""
    require(who, Role.UNDERWRITER)
    actor = f"underwriter:{who.subject}"
    view = await status_of(ctx, application_id)
    if view.waiting_for is None or view.waiting_for.what != "underwriter":
        now = view.waiting_for.what if view.waiting_for else view.status.value.lower()
        # A decision after the review was decided is refused like one that lost the race: audited.
        await ctx.audit_event(
            actor=actor, action="api.underwriter_decision_refused", application_id=application_id,
            refusal="NOT_IN_REVIEW", decision=body.decision, now=now,
        )  # fmt: skip
        raise ApiError(409, "rejected", f"not waiting for an underwriter decision (now: {now})")
    record = await record_of(ctx, application_id)
    review_key = view.waiting_for.since.isoformat()
    refused = await asyncio.to_thread(
        votes.cast, ctx.engine, application_id=application_id, review_key=review_key,
        vote=ReviewVote(underwriter_id=who.subject, decision=body.decision),
        amount=record.request.loan.amount, policy=ctx.settings.policy,
    )  # fmt: skip
    if refused is not None:
        await ctx.audit_event(
            actor=actor, action="api.underwriter_decision_refused", application_id=application_id,
            refusal=refused.code, decision=body.decision,
        )  # fmt: skip
        raise ApiError(409, refused.code.lower(), refused.message)
    proof = ctx.proof(who, HumanAction.UNDERWRITER_DECISION, application_id, decision=body.decision)
    decision = UnderwriterDecision(
        underwriter_id=who.subject, decision=body.decision, reason=body.reason, proof=proof
    )
    client = await client_of(ctx)
    try:
        async with temporal_errors(application_id):
            await client.underwriter_decision(application_id, decision)
    except BaseException:
        await asyncio.to_thread(
            votes.withdraw, ctx.engine, application_id=application_id, review_key=review_key,
            underwriter_id=who.subject,
        )  # fmt: skip
        raise
    await ctx.audit_event(
        actor=actor, action=f"api.underwriter_{body.decision}", application_id=application_id,
        step=view.step.value,
    )  # fmt: skip
    return DecisionSent(application_id=application_id, decision=body.decision, decided_by=actor)


class DecisionTokenBody(BaseModel):
    decision: Literal["approve", "reject"]


class DecisionToken(BaseModel):
    proof: str
    expires_at: datetime
    signal_input: str = Field(description="paste as the input of the `underwriter_decision` signal")
    command: str = Field(description="the same signal from a shell")


@router.post("/v1/applications/{application_id}/decision-token", response_model=DecisionToken)
async def decision_token(
    application_id: AppId, body: DecisionTokenBody, ctx: Ctx, who: CurrentPrincipal
) -> DecisionToken:
    """A proof for deciding this application through the Temporal UI's "Send a signal" (or
    `temporal workflow signal`): signed for this underwriter, this application and this decision,
    valid for `decision_token_ttl_seconds`, usable once. Issuing one is audited; the decision
    itself is recorded by the workflow when it verifies the proof."""
    require(who, Role.UNDERWRITER)
    ttl = ctx.settings.decision_token_ttl_seconds
    proof = ctx.proof(who, HumanAction.UNDERWRITER_DECISION, application_id, decision=body.decision, ttl=ttl)
    await ctx.audit_event(
        actor=f"underwriter:{who.subject}", action="api.decision_token_issued", application_id=application_id,
        decision=body.decision,
    )  # fmt: skip
    signal = json.dumps(
        {"underwriter_id": who.subject, "decision": body.decision, "reason": "", "proof": proof},
        ensure_ascii=False,
    )
    wid = workflow_id(application_id)
    return DecisionToken(
        proof=proof,
        expires_at=datetime.now(UTC) + timedelta(seconds=ttl),
        signal_input=signal,
        command=f"temporal workflow signal --workflow-id {wid} --name underwriter_decision --input '{signal}'",
    )
