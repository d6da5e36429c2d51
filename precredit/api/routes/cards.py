"""Bank-card binding for a funded customer, and the funding reconciliation for operators.

A buyer's applicant token reaches the cards of the customer account its application names
(`customer_id`); the card workflow (SPEC §2) does the checks, these routes only start and drive it.
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
import secrets
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field, ValidationError
from temporalio.client import WorkflowUpdateFailedError
from temporalio.service import RPCError

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.errors import ApiError, validation_error
from precredit.api.routes.common import AppId, client_of, record_of
from precredit.models.cards import (
    CardBindingInput,
    CardExecution,
    CardSmsInput,
    CardUpdateAck,
    CardView,
    ReviewDecision,
)
from precredit.models.funding import ReconciliationReport
from precredit.security.roles import Role, require

router = APIRouter(tags=["cards"])
CardId = str


class BindBody(BaseModel):
    card_number: str = Field(min_length=12, max_length=23)


class UnbindBody(BaseModel):
    binding_id: str = Field(min_length=1, max_length=64)
    selfie_ref: str | None = Field(default=None, pattern=r"^doc://[0-9a-f]{64}$")


class CodeBody(BaseModel):
    code: str


class ReviewBody(BaseModel):
    decision: Literal["approve", "reject"]
    reason: str = Field(min_length=3, max_length=500)


class Started(BaseModel):
    workflow_id: str
    status: str = "RUNNING"


async def _customer(ctx: Ctx, application_id: str) -> tuple[str, CardBindingInput]:
    record = await record_of(ctx, application_id)
    req = record.request
    if not req.customer_id:
        raise ApiError(409, "no_customer_account", "the application names no customer account (customer_id)")
    base = CardBindingInput(
        operation="bind", user_id=req.customer_id, name=req.applicant.name,
        id_number=req.applicant.id_number, phone=req.applicant.phone,
        execution=CardExecution(heavy_task_queue=ctx.settings.execution.heavy_task_queue),
    )  # fmt: skip
    return req.customer_id, base


async def _start(ctx: Ctx, inp: CardBindingInput) -> Started:
    client = await client_of(ctx)
    wf_id = f"card-{inp.user_id}-{secrets.token_hex(6)}"
    await client.client.start_workflow(
        "CardBindingWorkflow", inp, id=wf_id, task_queue=ctx.settings.task_queue
    )
    return Started(workflow_id=wf_id)


def _own(workflow_id: str, customer_id: str) -> None:
    if not workflow_id.startswith(f"card-{customer_id}-"):
        raise ApiError(404, "not_found", f"no card workflow {workflow_id} for this customer")


@router.post("/v1/applications/{application_id}/cards/bind", response_model=Started, status_code=201)
async def bind(application_id: AppId, body: BindBody, ctx: Ctx, who: CurrentPrincipal) -> Started:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    _, base = await _customer(ctx, application_id)
    try:
        inp = base.model_copy(update={"card_number": body.card_number.replace(" ", "")})
        inp = CardBindingInput.model_validate(inp.model_dump())
    except ValidationError as exc:
        raise validation_error(exc) from exc
    return await _start(ctx, inp)


@router.post("/v1/applications/{application_id}/cards/unbind", response_model=Started, status_code=201)
async def unbind(application_id: AppId, body: UnbindBody, ctx: Ctx, who: CurrentPrincipal) -> Started:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    _, base = await _customer(ctx, application_id)
    inp = base.model_copy(
        update={"operation": "unbind", "binding_id": body.binding_id, "selfie_ref": body.selfie_ref}
    )
    return await _start(ctx, inp)


@router.post("/v1/applications/{application_id}/cards/{workflow_id}/sms-code", response_model=CardUpdateAck)
async def card_sms(
    application_id: AppId, workflow_id: CardId, body: CodeBody, ctx: Ctx, who: CurrentPrincipal
) -> CardUpdateAck:
    require(who, Role.APPLICANT, application_id=application_id)
    customer, _ = await _customer(ctx, application_id)
    _own(workflow_id, customer)
    handle = (await client_of(ctx)).client.get_workflow_handle(workflow_id)
    try:
        ack = await handle.execute_update(
            "submit_sms_code", CardSmsInput(code=body.code), result_type=CardUpdateAck
        )
    except WorkflowUpdateFailedError as exc:
        raise ApiError(409, "rejected", str(getattr(exc.cause, "message", exc))) from exc
    except RPCError as exc:
        raise ApiError(404, "not_found", f"no running card workflow {workflow_id}") from exc
    if not ack.accepted:
        raise ApiError(422, "not_accepted", ack.message, field="code", attempts_left=ack.attempts_left)
    return ack


@router.get("/v1/applications/{application_id}/cards/{workflow_id}", response_model=CardView)
async def card_status(
    application_id: AppId, workflow_id: CardId, ctx: Ctx, who: CurrentPrincipal
) -> CardView:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    customer, _ = await _customer(ctx, application_id)
    _own(workflow_id, customer)
    handle = (await client_of(ctx)).client.get_workflow_handle(workflow_id)
    try:
        return await handle.query("status", result_type=CardView)
    except RPCError as exc:
        raise ApiError(404, "not_found", f"no card workflow {workflow_id}") from exc


@router.post("/v1/cards/{workflow_id}/review", status_code=202)
async def card_review(
    workflow_id: CardId, body: ReviewBody, ctx: Ctx, who: CurrentPrincipal
) -> dict[str, str]:
    """The manual review of a high-risk unbind (the `review_decision` signal); reviewer from the token."""
    require(who, (Role.UNDERWRITER, Role.OPERATOR))
    handle = (await client_of(ctx)).client.get_workflow_handle(workflow_id)
    try:
        await handle.signal(
            "review_decision",
            ReviewDecision(reviewer_id=who.subject, decision=body.decision, reason=body.reason),
        )
    except RPCError as exc:
        raise ApiError(404, "not_found", f"no running card workflow {workflow_id}") from exc
    return {"status": "sent"}


@router.get("/v1/funding/reconciliation", response_model=ReconciliationReport)
async def reconciliation(ctx: Ctx, who: CurrentPrincipal) -> ReconciliationReport:
    """The ledger against every bank channel's statement (operators only)."""
    require(who, Role.OPERATOR)
    from precredit.activities.funding import reconcile_ledger
    from precredit.integrations.banks import sandbox_channels

    return await asyncio.to_thread(
        reconcile_ledger, engine=ctx.engine, channels=sandbox_channels(ctx.settings)
    )
