"""Buyer endpoints: each maps onto one workflow start, update or query through `PreCreditClient`.

Once one of these answers 2xx the action is in Temporal's history, so an API restart loses nothing.
No `from __future__ import annotations`: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
import json
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile as FormFile

from precredit.api import evidence, idempotency
from precredit.api.auth import Ctx, CurrentPrincipal, Submitter, issue_applicant_token
from precredit.api.context import ApiContext
from precredit.api.errors import ApiError, temporal_errors, validation_error
from precredit.api.routes.common import AppId, accepted, client_of, status_of
from precredit.api.routes.sessions import device_of
from precredit.api.sessions import Throttled
from precredit.api.uploads import discard_created, store_upload
from precredit.api.views import ActionResult, StatusOut, public_status
from precredit.application_file import IDENTITY_KINDS, LOAN_KINDS
from precredit.client import workflow_id
from precredit.models.application import take_application
from precredit.models.decisions import Status
from precredit.models.messages import CancelRequest, DocumentsUpload, ReviewRequest, SignatureInput
from precredit.models.proofs import HumanAction
from precredit.security.roles import Principal, Role, require

router = APIRouter(tags=["buyer"])
# What the upload route takes: the loan documents, and new photos of the ID card when asked.
UPLOAD_KINDS = (*LOAN_KINDS, "id_card_front", "id_card_back")


class DocumentStored(BaseModel):
    document_ref: str
    content_type: str
    size: int


class ApplicationCreated(BaseModel):
    application_id: str
    workflow_id: str
    applicant_token: str = Field(description="shown once; authorises this application only")
    status_url: str


class SmsCodeBody(BaseModel):
    code: str = Field(pattern=r"^\d{6}$", description="the 6-digit code from the SMS")


class ReasonBody(BaseModel):
    reason: str = Field(default="", max_length=500)


_DOCUMENT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
    }
}

_CREATE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "An ApplicationRequest as JSON (documents as `doc://` refs from POST /v1/documents), "
        "or multipart: field `application` holding that JSON plus files named after the document "
        f"kinds ({', '.join(IDENTITY_KINDS + LOAN_KINDS)}), which fill in the refs.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ApplicationRequest"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["application"],
                    "properties": {
                        "application": {"type": "string", "description": "ApplicationRequest JSON"},
                        **{k: {"type": "string", "format": "binary"} for k in IDENTITY_KINDS + LOAN_KINDS},
                    },
                }
            },
        },
    }
}


@router.post("/v1/documents", status_code=201, response_model=DocumentStored, openapi_extra=_DOCUMENT_BODY)
async def upload_document(request: Request, ctx: Ctx, who: Submitter) -> DocumentStored:
    """Store one JPEG/PNG/PDF; the returned `doc://` ref goes into an application or an upload.

    Needs a buyer session, a channel credential or an applicant token; the form is parsed only
    after that (hence no `UploadFile` parameter, which FastAPI would read before any dependency).
    The ref is the content's SHA-256, so it lets nobody read anything."""
    if not _is_multipart(request):
        raise ApiError(415, "unsupported_type", "send multipart/form-data with a `file` field", field="file")
    form = await request.form()
    upload = _file(form, "file")
    if upload is None:
        raise ApiError(422, "validation_error", "multipart needs a `file` field", field="file")
    ref, kind, size = await store_upload(ctx, upload, field="file")
    return DocumentStored(document_ref=ref, content_type=kind, size=size)


@router.post(
    "/v1/applications", status_code=201, response_model=ApplicationCreated, openapi_extra=_CREATE_BODY
)
async def create_application(
    request: Request, response: Response, ctx: Ctx, who: Submitter
) -> ApplicationCreated:
    """Start the workflow. A taken application id is refused (409) by Temporal itself, unless the
    request is an exact retry of the one that took it, by the same submitter (the same phone, or
    the same channel): then 200 and a fresh token (see idempotency). Files this request stored are
    removed again if it is refused."""
    if who.role is Role.APPLICANT:
        raise ApiError(403, "forbidden", "an applicant token acts on its own application; open a session")
    created: list[str] = []
    try:
        return await _create(request, response, ctx, who, created)
    except BaseException:
        await asyncio.to_thread(discard_created, ctx, created)
        raise


async def _create(
    request: Request, response: Response, ctx: ApiContext, who: Principal, created: list[str]
) -> ApplicationCreated:
    raw = await _application_body(ctx, request, created)
    try:
        app_req = take_application(raw)
    except ValidationError as exc:
        raise validation_error(exc) from exc
    if who.role is Role.DEALER:  # a dealer tablet applies for its own cars only
        require(who, Role.DEALER, dealer_id=app_req.vehicle.dealer_id)
    if who.role is Role.BUYER and ctx.sessions.phone_hash(app_req.applicant.phone) != who.subject:
        raise ApiError(
            403, "forbidden", "the session proved another phone than the applicant's", field="applicant.phone"
        )
    _check_refs_exist(ctx, app_req.identity_documents.model_dump(), "identity_documents")
    _check_refs_exist(ctx, app_req.loan_documents.model_dump(), "loan_documents")
    client = await client_of(ctx)
    app_id = app_req.application_id
    actor = f"{who.role}:{who.subject}"
    digest = idempotency.fingerprint(ctx, app_req, submitter=actor)
    await asyncio.to_thread(idempotency.remember, ctx, app_id, digest)
    action = "api.application_submitted"
    try:
        await asyncio.to_thread(
            ctx.sessions.charge_application, phone=app_req.applicant.phone, device=device_of(request)
        )
        async with temporal_errors(app_id):
            await client.start(app_req)
        await asyncio.to_thread(idempotency.started, ctx, app_id, digest)
    except Throttled as exc:
        raise ApiError(
            429, "too_many_applications", str(exc), field="applicant.phone", retry_after=exc.retry_after
        ) from exc
    except ApiError as exc:
        if exc.error != "duplicate" or not await asyncio.to_thread(idempotency.is_retry, ctx, app_id, digest):
            await ctx.audit_event(
                actor=actor, action="api.application_refused", application_id=app_id, error=exc.error
            )
            raise
        response.status_code = 200
        action = "api.application_resubmitted"
    token = await asyncio.to_thread(issue_applicant_token, ctx, app_id)
    await ctx.audit_event(actor=actor, action=action, application_id=app_id, channel=app_req.channel)
    return ApplicationCreated(
        application_id=app_req.application_id,
        workflow_id=workflow_id(app_req.application_id),
        applicant_token=token,
        status_url=f"/v1/applications/{app_req.application_id}",
    )


@router.get("/v1/applications/{application_id}", response_model=StatusOut)
async def get_status(application_id: AppId, ctx: Ctx, who: CurrentPrincipal) -> StatusOut:
    require(who, (Role.APPLICANT, Role.UNDERWRITER, Role.OPERATOR), application_id=application_id)
    wid = workflow_id(application_id)
    staff = who.role is not Role.APPLICANT
    if await asyncio.to_thread(evidence.application_erased, ctx, application_id):
        return evidence.status_from_database(
            ctx, application_id, ui_url=ctx.temporal_ui_link(wid) if staff else None
        )
    view = await status_of(ctx, application_id, polled=True)
    return public_status(view, workflow_id=wid, staff=staff, ui_url=ctx.temporal_ui_link(wid))


@router.post("/v1/applications/{application_id}/sms-code", response_model=ActionResult)
async def submit_sms_code(
    application_id: AppId, body: SmsCodeBody, ctx: Ctx, who: CurrentPrincipal
) -> ActionResult:
    require(who, Role.APPLICANT, application_id=application_id)
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.submit_sms_code(application_id, body.code)
    return accepted(ack, field="code")


@router.post("/v1/applications/{application_id}/authorisation-signature", response_model=ActionResult)
async def sign_authorisation(
    application_id: AppId, body: SignatureInput, ctx: Ctx, who: CurrentPrincipal
) -> ActionResult:
    require(who, Role.APPLICANT, application_id=application_id)
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.sign_authorisation(application_id, body)
    return accepted(ack, field="signature_b64")


@router.post("/v1/applications/{application_id}/contract-signature", response_model=ActionResult)
async def sign_contract(
    application_id: AppId, body: SignatureInput, ctx: Ctx, who: CurrentPrincipal
) -> ActionResult:
    require(who, Role.APPLICANT, application_id=application_id)
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.sign_contract(application_id, body)
    return accepted(ack, field="signature_b64")


_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": '`{"documents": LoanDocuments, "id_card": IdCardPhotos}` as JSON, or multipart '
        f"files named {', '.join(UPLOAD_KINDS)}. The ID card's sides only when the application asks "
        "for a new photo of them (`waiting_for.what` is `documents_reupload`; its `detail` names the "
        "documents and the fields that could not be read).",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/DocumentsUpload"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {k: {"type": "string", "format": "binary"} for k in UPLOAD_KINDS},
                }
            },
        },
    }
}


@router.post(
    "/v1/applications/{application_id}/documents", response_model=ActionResult, openapi_extra=_UPLOAD_BODY
)
async def upload_loan_documents(
    application_id: AppId, request: Request, ctx: Ctx, who: CurrentPrincipal
) -> ActionResult:
    require(who, Role.APPLICANT, application_id=application_id)
    if _is_multipart(request):
        form = await request.form()
        _reject_unknown_files(form, set(UPLOAD_KINDS))
        refs = {k: (await store_upload(ctx, f, field=k))[0] for k in UPLOAD_KINDS if (f := _file(form, k))}
        raw: Any = {
            "documents": {k: v for k, v in refs.items() if k in LOAN_KINDS},
            "id_card": {k: v for k, v in refs.items() if k not in LOAN_KINDS},
        }
    else:
        raw = await _json(request)
    try:
        upload = DocumentsUpload.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(exc) from exc
    _check_refs_exist(ctx, upload.documents.model_dump(), "documents")
    _check_refs_exist(ctx, upload.id_card.model_dump(), "id_card")
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.upload_documents(application_id, upload)
    return accepted(ack)


@router.post("/v1/applications/{application_id}/review-request", response_model=ActionResult)
async def request_review(
    application_id: AppId, body: ReasonBody, ctx: Ctx, who: CurrentPrincipal
) -> ActionResult:
    """Human review of an automated (model-based) decline, within the appeal window: the workflow
    stays open after such a decline, so an underwriter can overturn it and the application goes on."""
    require(who, Role.APPLICANT, application_id=application_id)
    view = await status_of(ctx, application_id)
    if view.status is not Status.DECLINED:
        raise ApiError(409, "not_declined", f"only a declined application can ask for review ({view.status})")
    proof = ctx.proof(who, HumanAction.REVIEW_REQUEST, application_id)
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.request_review(application_id, ReviewRequest(reason=body.reason, proof=proof))
    await ctx.audit_event(
        actor=f"{who.role}:{who.subject}", action="api.review_requested", application_id=application_id,
        accepted=ack.accepted,
    )  # fmt: skip
    return accepted(ack)


@router.post("/v1/applications/{application_id}/cancel", response_model=ActionResult)
async def cancel(application_id: AppId, body: ReasonBody, ctx: Ctx, who: CurrentPrincipal) -> ActionResult:
    require(who, (Role.APPLICANT, Role.OPERATOR), application_id=application_id)
    by = "buyer" if who.role is Role.APPLICANT else "operator"
    proof = ctx.proof(who, HumanAction.CANCEL, application_id)
    client = await client_of(ctx)
    async with temporal_errors(application_id):
        ack = await client.cancel(application_id, CancelRequest(by=by, reason=body.reason, proof=proof))
    await ctx.audit_event(
        actor=f"{who.role}:{who.subject}", action="api.cancel_requested", application_id=application_id,
        accepted=ack.accepted,
    )  # fmt: skip
    return accepted(ack)


# ------------------------------------------------------------------ body parsing


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith("multipart/form-data")


async def _json(request: Request) -> Any:
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise ApiError(415, "unsupported_type", "send application/json or multipart/form-data")
    try:
        return _shallow(await request.json(), field=None)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(422, "validation_error", "body is not valid JSON") from exc
    except RecursionError as exc:  # the decoder's own recursion limit: far too deep for any form
        raise ApiError(422, "too_deep", f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from exc


MAX_JSON_DEPTH = 16
"""An application is 3 levels deep; anything much deeper is an attack on a recursive consumer."""


def _shallow(value: Any, *, field: str | None) -> Any:
    """The value if it nests at most MAX_JSON_DEPTH containers deep, else a 422 (iterative, so the
    check itself cannot overflow the stack)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_JSON_DEPTH:
                    raise ApiError(
                        422, "too_deep", f"JSON nested deeper than {MAX_JSON_DEPTH} levels", field=field
                    )
                stack.append((child, depth + 1))
    return value


def _file(form: Any, name: str) -> FormFile | None:
    # Starlette's class: FastAPI's UploadFile subclasses it, but parsed forms hold the base class.
    value = form.get(name)
    return value if isinstance(value, FormFile) else None


def _reject_unknown_files(form: Any, allowed: set[str]) -> None:
    for name, value in form.multi_items():
        if isinstance(value, FormFile) and name not in allowed:
            raise ApiError(422, "validation_error", "unexpected file field", field=name)


async def _application_body(ctx: ApiContext, request: Request, created: list[str]) -> Any:
    if not _is_multipart(request):
        return await _json(request)
    form = await request.form()
    text = form.get("application")
    if not isinstance(text, str):
        raise ApiError(
            422, "validation_error", "multipart needs an `application` JSON field", field="application"
        )
    try:
        raw = _shallow(json.loads(text), field="application")
    except json.JSONDecodeError as exc:
        raise ApiError(422, "validation_error", "not valid JSON", field="application") from exc
    except RecursionError as exc:
        raise ApiError(
            422, "too_deep", f"JSON nested deeper than {MAX_JSON_DEPTH} levels", field="application"
        ) from exc
    if not isinstance(raw, dict):
        raise ApiError(422, "validation_error", "expected a JSON object", field="application")
    _reject_unknown_files(form, set(IDENTITY_KINDS + LOAN_KINDS))
    for section, kinds in (("identity_documents", IDENTITY_KINDS), ("loan_documents", LOAN_KINDS)):
        for kind in kinds:
            if (upload := _file(form, kind)) is not None:
                target = raw.setdefault(section, {})
                if not isinstance(target, dict):
                    raise ApiError(422, "validation_error", "expected an object", field=section)
                target[kind] = (await store_upload(ctx, upload, field=f"{section}.{kind}", created=created))[
                    0
                ]
    return raw


def _check_refs_exist(ctx: ApiContext, refs: dict[str, str | None], section: str) -> None:
    for kind, ref in refs.items():
        if ref is not None and not ctx.documents.exists(ref):
            raise ApiError(
                422, "validation_error", "no such document; upload it first (POST /v1/documents)",
                field=f"{section}.{kind}",
            )  # fmt: skip
