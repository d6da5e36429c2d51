"""One error shape for every 4xx: `{"error": kind, "field": path or null, "reason": text}`.

Frontends show `reason` and highlight `field`; `error` is a stable word to branch on. Temporal's
exceptions are mapped here so routes stay thin: an update validator's rejection is a 409 (the
workflow is not in a state to take that action), an unknown workflow a 404, a duplicate start 409.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from temporalio.client import RPCError, WorkflowQueryFailedError, WorkflowUpdateFailedError
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCStatusCode

from precredit.security.masking import mask_text
from precredit.security.roles import AccessDenied

log = logging.getLogger(__name__)
# How the server words "that workflow has finished" for an update ("already completed",
# "aborted by closing workflow"): the application exists, it just takes no more actions.
_FINISHED = re.compile(r"complet|clos", re.IGNORECASE)


class ApiError(Exception):
    def __init__(
        self, status: int, error: str, reason: str, *, field: str | None = None, **extra: Any
    ) -> None:
        super().__init__(reason)
        self.status, self.error, self.reason, self.field, self.extra = status, error, reason, field, extra

    def response(self) -> JSONResponse:
        body = {"error": self.error, "field": self.field, "reason": self.reason, **self.extra}
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        if self.status in (429, 503) and "retry_after" in self.extra:
            headers = {"Retry-After": str(int(self.extra["retry_after"]))}
        return JSONResponse(body, status_code=self.status, headers=headers)


def validation_error(err: ValidationError | RequestValidationError, *, prefix: str = "") -> ApiError:
    """The first error, with its location as a dotted path (`applicant.id_number`)."""
    first = err.errors()[0]
    loc = [str(p) for p in first["loc"] if p not in ("body", "query", "path")]
    where = ".".join([prefix, *loc] if prefix else loc) or None
    return ApiError(422, "validation_error", mask_text(str(first["msg"])), field=where)


def not_found(application_id: str) -> ApiError:
    return ApiError(404, "not_found", f"no application {application_id}")


@asynccontextmanager
async def temporal_errors(application_id: str) -> AsyncIterator[None]:
    """Maps what Temporal raises for one application's start/update/query onto API errors."""
    try:
        yield
    except WorkflowAlreadyStartedError as exc:
        raise ApiError(409, "duplicate", f"application {application_id} already exists") from exc
    except WorkflowUpdateFailedError as exc:
        cause = exc.cause
        reason = getattr(cause, "message", None) or str(cause or exc)
        raise ApiError(409, "rejected", mask_text(reason)) from exc
    except WorkflowQueryFailedError as exc:
        raise ApiError(409, "query_failed", mask_text(str(exc))) from exc
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND and _FINISHED.search(exc.message):
            # An update sent to a finished workflow: the application exists but takes no more actions.
            raise ApiError(409, "not_running", "the application has already finished") from exc
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise not_found(application_id) from exc
        if exc.status == RPCStatusCode.ALREADY_EXISTS:
            raise ApiError(409, "duplicate", f"application {application_id} already exists") from exc
        if exc.status == RPCStatusCode.FAILED_PRECONDITION:
            raise ApiError(409, "not_running", mask_text(exc.message)) from exc
        log.warning("temporal error for %s: %s", application_id, exc)
        raise ApiError(503, "temporal_unavailable", "the workflow service did not answer; retry") from exc


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_error(exc).response()

    @app.exception_handler(AccessDenied)
    async def _denied(_: Request, exc: AccessDenied) -> JSONResponse:
        return ApiError(403, "forbidden", exc.reason).response()

    @app.exception_handler(OperationalError)
    async def _database_down(_: Request, exc: OperationalError) -> JSONResponse:
        # Connection refused, a locked or missing file: the request may be retried as it is.
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        return ApiError(
            503, "database_unavailable", "the database did not answer; retry", retry_after=5
        ).response()

    @app.exception_handler(RecursionError)
    async def _too_deep(_: Request, exc: RecursionError) -> JSONResponse:
        # Only deeply nested input recurses this far; it is the client's, not a server fault.
        return ApiError(422, "too_deep", "the request nests too deeply").response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return ApiError(exc.status_code, "http_error", str(exc.detail)).response()
