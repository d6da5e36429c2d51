"""Small helpers the routers share: path ids, the connected client, acting on an UpdateAck."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from precredit.api.context import ApiContext
from precredit.api.errors import ApiError, temporal_errors
from precredit.api.history import ApplicationErased, ApplicationRecord, application_record
from precredit.api.views import ActionResult, ack_result
from precredit.client import PreCreditClient
from precredit.models.messages import StatusView, UpdateAck

AppId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{6,64}$", description="the application id")]


async def client_of(ctx: ApiContext) -> PreCreditClient:
    try:
        return await ctx.client.get()
    except Exception as exc:  # connection refused, DNS, TLS: all mean "not now"
        raise ApiError(503, "temporal_unavailable", "the workflow service is not reachable; retry") from exc


async def status_of(ctx: ApiContext, application_id: str, *, polled: bool = False) -> StatusView:
    """`polled`: a read-only route clients poll (the status page, the review queue) takes a view up
    to `status_max_age_seconds` old; a route that decides on the state reads it fresh."""
    client = await client_of(ctx)
    max_age = ctx.settings.status_max_age_seconds if polled else 0.0
    async with temporal_errors(application_id):
        return await client.status(application_id, max_age=max_age)


async def record_of(ctx: ApiContext, application_id: str) -> ApplicationRecord:
    client = await client_of(ctx)
    try:
        async with temporal_errors(application_id):
            return await application_record(client, application_id)
    except ApplicationErased as exc:
        raise ApiError(
            410, "erased", "the applicant was erased; the application's data no longer exists"
        ) from exc


def accepted(ack: UpdateAck, *, field: str | None = None) -> ActionResult:
    """An update the workflow ran but did not accept (wrong code, bad signature) is a 422 that
    carries `attempts_left`; a validator's refusal never gets here (409 from `temporal_errors`)."""
    if not ack.accepted:
        raise ApiError(
            422, "not_accepted", ack_result(ack).message, field=field, attempts_left=ack.attempts_left
        )
    return ack_result(ack)
