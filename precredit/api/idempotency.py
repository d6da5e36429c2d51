"""Recognising a retried create, so a buyer whose first response was lost still gets a token.

The application id is the idempotency key and Temporal refuses a second start with it. If the API
dies (or the connection drops) after the start but before the response, the buyer's retry would
get a 409 and no token: the application would run on with nobody able to act on it. So the API
records a keyed hash of the exact request before starting; a retry with the same id *and* the same
request (ID number, phone, document hashes and all) from the same submitter gets a fresh token for
the application it created.
A different request with a taken id is still a 409.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from precredit.api.context import ApiContext
from precredit.db.api_state import ApplicationRequestRow
from precredit.models.application import ApplicationRequest

PURPOSE = "api-application-request"


def fingerprint(ctx: ApiContext, request: ApplicationRequest, *, submitter: str) -> str:
    """Who submitted (a dealer tablet, or an anonymous buyer app) is part of what must match."""
    return ctx.keyring.keyed_hash(f"{submitter}\n{request.model_dump_json()}", purpose=PURPOSE)


def remember(ctx: ApiContext, application_id: str, digest: str) -> None:
    """Before the start: the first request to claim an id keeps it."""
    with Session(ctx.engine) as session:
        if session.get(ApplicationRequestRow, application_id) is None:
            session.add(
                ApplicationRequestRow(
                    application_id=application_id, request_hash=digest, created_at=datetime.now(UTC)
                )
            )
            session.commit()


def started(ctx: ApiContext, application_id: str, digest: str) -> None:
    """After a successful start: this request is the one that created the application."""
    with Session(ctx.engine) as session:
        row = session.get(ApplicationRequestRow, application_id)
        if row is not None and row.request_hash != digest:
            row.request_hash = digest
            session.add(row)
            session.commit()


def is_retry(ctx: ApiContext, application_id: str, digest: str) -> bool:
    with Session(ctx.engine) as session:
        row = session.get(ApplicationRequestRow, application_id)
    return row is not None and row.request_hash == digest
