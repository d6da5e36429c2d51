"""Bank-card binding for a funded customer, and the funding reconciliation for operators.

A buyer's applicant token reaches the cards of the person its application verified (customer id =
keyed hash of the verified ID number); the card workflow (SPEC §2) does the checks, these routes
only start and drive it, and name the real principal in the input and the audit trail.
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session
from temporalio.client import WorkflowUpdateFailedError
from temporalio.service import RPCError

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.errors import ApiError, validation_error
from precredit.api.routes.common import AppId, client_of, record_of, status_of
from precredit.client import bind_card_workflow, read_view
from precredit.db.funding import BankCardRow
from precredit.models.cards import (
    CardBindingInput,
    CardExecution,
    CardSmsInput,
    CardUpdateAck,
    CardView,
    ReviewDecision,
    first_card_view_memo,
)
from precredit.models.decisions import Step
from precredit.models.funding import ReconciliationReport
from precredit.models.proofs import HumanAction
from precredit.security.customers import card_workflow_id, customer_id_for
from precredit.security.roles import Principal, Role, require

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
    """The card owner is the person the application verified: the customer id is derived from the
    verified ID number (never the typed `customer_id`), and card actions wait until the workflow
    has passed the identity step (ID card, 2/3-element with the phone, face and liveness), so the
    phone the SMS goes to and the portrait the face is matched with are that person's."""
    record, view = await asyncio.gather(record_of(ctx, application_id), status_of(ctx, application_id))
    req = record.request
    if not any(d.step is Step.IDENTITY and d.verdict == "pass" for d in view.decisions):
        raise ApiError(
            409, "identity_not_verified", "card actions need an application whose identity was verified"
        )
    customer = customer_id_for(req.applicant.id_number, ctx.keyring)
    base = CardBindingInput(
        operation="bind", user_id=customer, name=req.applicant.name,
        id_number=req.applicant.id_number, phone=req.applicant.phone,
        execution=CardExecution(heavy_task_queue=ctx.settings.execution.heavy_task_queue),
    )  # fmt: skip
    return customer, base


async def _start(ctx: Ctx, inp: CardBindingInput, who: Principal, application_id: str) -> Started:
    client = await client_of(ctx)
    wf_id = card_workflow_id(inp.user_id)
    actor = f"{who.role}:{who.subject}"
    inp = inp.model_copy(update={"requested_by": actor})
    await asyncio.to_thread(bind_card_workflow, client.client, wf_id, inp.id_number)
    await client.client.start_workflow(
        "CardBindingWorkflow", inp, id=wf_id, task_queue=ctx.settings.task_queue,
        memo=first_card_view_memo(wf_id, inp.operation),
    )  # fmt: skip
    await ctx.audit_event(
        actor=actor, action=f"api.card_{inp.operation}_started", application_id=wf_id,
        for_application=application_id,
    )  # fmt: skip
    return Started(workflow_id=wf_id)


async def _bound_phone(ctx: Ctx, customer: str, binding_id: str) -> str:
    """The phone the card was bound with (from the binding workflow's own input): the unbind code
    goes there, not to whatever phone a later application names."""
    row = await asyncio.to_thread(_binding_row, ctx, binding_id)
    if row is None or row.user_id != customer:
        raise ApiError(404, "not_found", "no such card binding for this customer", field="binding_id")
    temporal = (await client_of(ctx)).client
    try:
        async for event in temporal.get_workflow_handle(row.workflow_id).fetch_history_events():
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            (bound,) = await temporal.data_converter.decode(payloads, [CardBindingInput])
            return str(bound.phone)
    except RPCError as exc:
        raise ApiError(
            503, "temporal_unavailable", "the binding's history is not readable now; retry"
        ) from exc
    raise ApiError(404, "not_found", "no such card binding for this customer", field="binding_id")


def _binding_row(ctx: Ctx, binding_id: str) -> BankCardRow | None:
    with Session(ctx.engine) as session:
        return session.get(BankCardRow, binding_id)


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
    return await _start(ctx, inp, who, application_id)


@router.post("/v1/applications/{application_id}/cards/unbind", response_model=Started, status_code=201)
async def unbind(application_id: AppId, body: UnbindBody, ctx: Ctx, who: CurrentPrincipal) -> Started:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    customer, base = await _customer(ctx, application_id)
    phone = await _bound_phone(ctx, customer, body.binding_id)
    inp = base.model_copy(
        update={
            "operation": "unbind",
            "binding_id": body.binding_id,
            "selfie_ref": body.selfie_ref,
            "phone": phone,
        }
    )
    return await _start(ctx, inp, who, application_id)


@router.post("/v1/applications/{application_id}/cards/{workflow_id}/sms-code", response_model=CardUpdateAck)
async def card_sms(
    application_id: AppId, workflow_id: CardId, body: CodeBody, ctx: Ctx, who: CurrentPrincipal
) -> CardUpdateAck:
    require(who, Role.APPLICANT, application_id=application_id)
    customer, _ = await _customer(ctx, application_id)
    _own(workflow_id, customer)
    handle = (await client_of(ctx)).client.get_workflow_handle(workflow_id)
    try:
        ack: CardUpdateAck = await handle.execute_update(
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
        return await read_view(handle, CardView)
    except RPCError as exc:
        raise ApiError(404, "not_found", f"no card workflow {workflow_id}") from exc


@router.post("/v1/cards/{workflow_id}/review", status_code=202)
async def card_review(
    workflow_id: CardId, body: ReviewBody, ctx: Ctx, who: CurrentPrincipal
) -> dict[str, str]:
    """The manual review of a high-risk unbind (the `review_decision` signal); reviewer from the token."""
    require(who, (Role.UNDERWRITER, Role.OPERATOR))
    proof = ctx.proof(who, HumanAction.CARD_REVIEW, workflow_id, decision=body.decision)
    handle = (await client_of(ctx)).client.get_workflow_handle(workflow_id)
    try:
        await handle.signal(
            "review_decision",
            ReviewDecision(reviewer_id=who.subject, decision=body.decision, reason=body.reason, proof=proof),
        )
    except RPCError as exc:
        raise ApiError(404, "not_found", f"no running card workflow {workflow_id}") from exc
    await ctx.audit_event(
        actor=f"{who.role}:{who.subject}",
        action=f"api.card_review_{body.decision}",
        application_id=workflow_id,
    )
    return {"status": "sent"}


@router.get("/v1/funding/reconciliation", response_model=ReconciliationReport)
async def reconciliation(ctx: Ctx, who: CurrentPrincipal) -> ReconciliationReport:
    """The ledger against every bank channel's statement (operators only)."""
    require(who, Role.OPERATOR)
    from precredit.funding.reconcile import reconcile_ledger
    from precredit.integrations.providers import load_provider

    channels = await asyncio.to_thread(load_provider, ctx.settings, "banks")
    return await asyncio.to_thread(reconcile_ledger, engine=ctx.engine, channels=channels)
