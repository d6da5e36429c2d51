"""Operator endpoints: liveness, readiness (Temporal and the database answer), metrics, links.

No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

from precredit.api.auth import Ctx, CurrentPrincipal
from precredit.api.routes.common import AppId
from precredit.client import workflow_id
from precredit.security.roles import Role, require

router = APIRouter(tags=["operator"])


class Links(BaseModel):
    application_id: str
    workflow_id: str
    temporal_ui_url: str


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up (no dependency checks: a restart would not fix Temporal being down)."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(ctx: Ctx) -> JSONResponse:
    checks = {"temporal": await _temporal_ok(ctx), "database": await asyncio.to_thread(_db_ok, ctx)}
    ready = all(checks.values())
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)


@router.get("/metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    page: Response = request.app.state.metrics.render()
    return page


@router.get("/v1/applications/{application_id}/links", response_model=Links)
async def links(application_id: AppId, ctx: Ctx, who: CurrentPrincipal) -> Links:
    require(who, (Role.OPERATOR, Role.UNDERWRITER))
    wid = workflow_id(application_id)
    return Links(application_id=application_id, workflow_id=wid, temporal_ui_url=ctx.temporal_ui_link(wid))


async def _temporal_ok(ctx: Ctx) -> bool:
    try:
        client = await asyncio.wait_for(ctx.client.get(), timeout=5)
        return await asyncio.wait_for(client.client.service_client.check_health(), timeout=5)
    except Exception:  # any failure means "not ready", the reason is in the worker/server logs
        return False


def _db_ok(ctx: Ctx) -> bool:
    try:
        with ctx.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
