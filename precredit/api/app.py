"""`create_app`: the HTTP API for frontends and the underwriter/dealer consoles, on PreCreditClient.

Routes are thin: authorise, call one client method, shape the answer. Everything they share lives
in `ApiContext` (on `app.state.ctx`), built here once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles

from precredit.api import errors, metrics
from precredit.api.context import ApiContext
from precredit.api.routes import buyer, cards, consoles, dealer, ops, privacy, sessions, signing, underwriter
from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.models.application import ApplicationRequest
from precredit.models.messages import DocumentsUpload

log = logging.getLogger(__name__)

DESCRIPTION = """Pre-credit applications for buyer frontends, the underwriter review console and
dealer pickup. Authenticate with `Authorization: Bearer <token>`: configured tokens carry the roles
underwriter, dealer (subject = dealer id), operator and partner (a car-maker app's backend); a buyer
proves a phone with `POST /v1/sessions/otp` and `POST /v1/sessions` to get a session token that
submits that phone's application; creating an application returns an applicant token that acts on
that application only. Every human action the API relays carries a signed proof of its sender.
Errors are `{"error", "field", "reason"}`."""


def create_app(settings: Settings, *, client: PreCreditClient | None = None) -> FastAPI:
    """`client` None: connect to Temporal (from `settings`) at start-up, or on first use if it is
    not reachable yet. The API's limits are `settings.api`."""
    ctx = ApiContext.build(settings, client)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            await ctx.client.get()
        except Exception as exc:  # not fatal: /readyz says so and routes retry the connection
            log.warning("Temporal not reachable at start-up (%s); will retry on first use", exc)
        yield

    app = FastAPI(title="precredit API", version="1", description=DESCRIPTION, lifespan=lifespan)
    app.state.ctx = ctx
    app.state.metrics = metrics.ApiMetrics()
    errors.install(app)
    metrics.install(app, app.state.metrics)
    for module in (sessions, buyer, underwriter, dealer, ops, consoles, cards, signing, privacy):
        app.include_router(module.router)
    app.mount("/console/static", StaticFiles(directory=consoles.STATIC_DIR), name="console-static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]  # FastAPI's documented way to extend the schema
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated schema plus the models two routes read by hand (JSON or multipart bodies)."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (ApplicationRequest, DocumentsUpload):
            body = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(body.pop("$defs", {}))
            components[model.__name__] = body
        app.openapi_schema = schema
    return app.openapi_schema
