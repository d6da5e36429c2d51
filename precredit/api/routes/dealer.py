"""Dealer endpoints: look up a pickup code (masked hand-over view) and confirm the hand-over.

The code is found by its keyed hash (the database never holds it in clear). An unknown code and
another dealership's code answer the same 404, so a dealer learns nothing about other dealers'
codes, and both count against the dealer's failure limit (429 once it is used up).
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlmodel import Session, select

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.context import ApiContext
from precredit.api.errors import ApiError, temporal_errors
from precredit.api.routes.common import accepted, client_of, record_of, status_of
from precredit.api.views import ActionResult, ApplicantMasked, VehicleOut, masked_applicant, vehicle_out
from precredit.db.tables import PickupCodeRow
from precredit.models.messages import PickupRedemption
from precredit.models.proofs import HumanAction
from precredit.security.codes import hash_code, normalise_pickup_code
from precredit.security.roles import Principal, Role, require

router = APIRouter(tags=["dealer"])


class PickupCodeBody(BaseModel):
    code: str = Field(min_length=4, max_length=32, description="as printed: XXXX-XXXX-XXXX-C")


class PickupInfo(BaseModel):
    application_id: str
    status: str
    waiting_for_pickup: bool
    pickup_code_masked: str | None
    expires_at: datetime
    redeemed: bool
    vehicle: VehicleOut
    applicant: ApplicantMasked
    loan_amount: Decimal | None
    term_months: int | None


class Redeemed(ActionResult):
    application_id: str


def _dealer(who: Principal) -> str:
    require(who, Role.DEALER, dealer_id=who.subject)
    return who.subject


def _find(ctx: ApiContext, dealer_id: str, code: str) -> PickupCodeRow:
    """A dealer over its failure budget still gets its own genuine codes: the lockout slows guessing
    (every wrong code then answers 429 and counts on), it must not stop the real hand-over of a car
    for 15 minutes. A code whose own entries fail too often rests, whoever enters it."""
    canonical = normalise_pickup_code(code)
    if canonical is None:  # the check symbol caught a typo: costs no attempt
        raise ApiError(422, "validation_error", "not a valid pickup code (check the symbols)", field="code")
    digest = hash_code(canonical, purpose="pickup", keyring=ctx.keyring)
    with Session(ctx.engine) as session:
        row = session.exec(select(PickupCodeRow).where(PickupCodeRow.code_hash == digest)).first()
    genuine = row is not None and row.dealer_id == dealer_id
    if genuine and row is not None:
        wait = ctx.code_limiter.retry_after(row.code_hash)
        if wait is not None:
            raise ApiError(
                429, "too_many_attempts", "this code was entered wrongly too often; wait", retry_after=wait
            )
        return row
    wait = ctx.pickup_limiter.retry_after(dealer_id)
    left = ctx.pickup_limiter.record_failure(dealer_id)
    if wait is not None:
        raise ApiError(429, "too_many_attempts", "too many wrong pickup codes; wait", retry_after=wait)
    raise ApiError(
        404, "not_found", "no such pickup code for this dealership", field="code", attempts_left=left
    )


@router.post("/v1/pickup/lookup", response_model=PickupInfo)
async def lookup(body: PickupCodeBody, ctx: Ctx, who: CurrentPrincipal) -> PickupInfo:
    dealer_id = _dealer(who)
    row = await asyncio.to_thread(_find, ctx, dealer_id, body.code)
    view, record = await asyncio.gather(
        status_of(ctx, row.application_id), record_of(ctx, row.application_id)
    )
    await ctx.audit_event(
        actor=f"dealer:{dealer_id}", action="api.pickup_lookup", application_id=row.application_id
    )
    return PickupInfo(
        application_id=row.application_id,
        status=view.status.value,
        waiting_for_pickup=view.waiting_for is not None and view.waiting_for.what == "pickup",
        pickup_code_masked=view.pickup_code_masked,
        expires_at=row.expires_at,
        redeemed=row.redeemed_at is not None,
        vehicle=vehicle_out(record.request),
        applicant=masked_applicant(record.request),
        loan_amount=view.offer.amount if view.offer else None,
        term_months=view.offer.term_months if view.offer else None,
    )


@router.post("/v1/pickup/redeem", response_model=Redeemed)
async def redeem(body: PickupCodeBody, ctx: Ctx, who: CurrentPrincipal) -> Redeemed:
    """Hands the car over: the workflow's `redeem_pickup` update checks the code once more (its own
    attempt limit) and completes the application."""
    dealer_id = _dealer(who)
    row = await asyncio.to_thread(_find, ctx, dealer_id, body.code)
    proof = ctx.proof(who, HumanAction.PICKUP_REDEEM, row.application_id)
    client = await client_of(ctx)
    async with temporal_errors(row.application_id):
        ack = await client.redeem_pickup(
            row.application_id, PickupRedemption(dealer_id=dealer_id, code=body.code, proof=proof)
        )
    await ctx.audit_event(
        actor=f"dealer:{dealer_id}", action="api.pickup_redeem", application_id=row.application_id,
        accepted=ack.accepted,
    )  # fmt: skip
    if not ack.accepted:
        await asyncio.to_thread(ctx.code_limiter.record_failure, row.code_hash)
    result = accepted(ack, field="code")
    return Redeemed(application_id=row.application_id, **result.model_dump())
