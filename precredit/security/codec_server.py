"""The codec server: lets the Temporal UI and CLI show decrypted payloads to authorised operators only.

Protocol (Temporal's remote codec): `POST /encode` and `POST /decode` with the protobuf-JSON form of
`Payloads` (`{"payloads": [{"metadata": {k: base64}, "data": base64}]}`); the namespace arrives in
`X-Namespace`. Keys stay in this process: the browser sends ciphertext and gets plaintext back, so
the bearer token is the whole access control and is compared in constant time.

The Temporal UI can only send a bearer token when it has its own login (OIDC). Without one, an
operator signs in once at `/login` with the operator token; the server sets a short-lived, signed,
HttpOnly, SameSite=Lax cookie, which the UI sends when its codec setting "Include cross-origin
credentials" is on (UI and codec server on the same host, so the request is same-site).

Every decode is audited (operator, the workflows whose payloads were decoded, when), so who read
which person's data is in the hash-chained trail; payloads of an erased applicant decode to the
codec's "erased" placeholder.

No `from __future__ import annotations` here: FastAPI must see the real `Annotated` dependencies.
"""

import asyncio
import base64
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Annotated

from fastapi import Cookie, Depends, FastAPI, Form, Header, HTTPException, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload, Payloads

from precredit.security.codec import KEY_ID_METADATA, SUBJECT_KEY_PREFIX, WORKFLOW_METADATA, EncryptionCodec
from precredit.security.keys import DecryptionError, KeyRing, UnknownKeyError

if TYPE_CHECKING:
    from precredit.security.audit import AuditTrail
    from precredit.security.subjects import SubjectKeys

log = logging.getLogger(__name__)

COOKIE = "precredit_codec_session"
SESSION_SECONDS = 8 * 3600
_LOGIN_PAGE = """<!doctype html><meta charset="utf-8"><title>precredit codec server</title>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto">
<h1>Operator sign-in</h1>
<p>Signing in lets the Temporal UI on this host decrypt payloads for {hours} hours.</p>
<form method="post" action="/login"><input type="password" name="token" placeholder="operator token"
 size="40" autofocus> <button>Sign in</button></form>{message}</body>"""


def create_codec_app(
    keyring: KeyRing,
    *,
    operator_tokens: set[str] | Mapping[str, str],
    cors_origins: list[str],
    namespaces: set[str] | None = None,
    subjects: "SubjectKeys | None" = None,
    audit: "AuditTrail | None" = None,
) -> FastAPI:
    """`operator_tokens` maps each token to its operator's name (a plain set names them all
    "operator"); `namespaces` (optional) limits which Temporal namespaces this server decodes for;
    `subjects` lets it read per-applicant payloads; `audit` records every decode."""
    if not operator_tokens:
        raise ValueError("codec server needs at least one operator token")
    operators = (
        dict(operator_tokens)
        if isinstance(operator_tokens, Mapping)
        else dict.fromkeys(operator_tokens, "operator")
    )
    codec = EncryptionCodec(keyring, subjects)
    session_key = keyring.derive("codec-server-session")

    def session_value(expires: int, who: str) -> str:
        name = base64.urlsafe_b64encode(who.encode()).decode().rstrip("=")
        mac = hmac.new(session_key, f"{expires}.{name}".encode(), hashlib.sha256).hexdigest()
        return f"{expires}.{name}.{mac}"

    def session_operator(value: str | None) -> str | None:
        expires, _, rest = (value or "").partition(".")
        name, _, _mac = rest.rpartition(".")
        if not expires.isdigit() or int(expires) < time.time() or not name:
            return None
        try:
            who = base64.urlsafe_b64decode(name + "=" * (-len(name) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        return who if hmac.compare_digest(session_value(int(expires), who), value or "") else None

    def operator_of(token: str) -> str | None:
        # Compare against every token so timing reveals nothing about which one nearly matched.
        found = None
        for candidate, who in operators.items():
            if hmac.compare_digest(token.encode(), candidate.encode()):
                found = who
        return found

    app = FastAPI(title="precredit codec server", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cors_origins,
        allow_credentials=True,
        allow_methods=["POST"],
        allow_headers=["Authorization", "Content-Type", "X-Namespace"],
    )

    def authorise(
        authorization: Annotated[str | None, Header()] = None,
        x_namespace: Annotated[str | None, Header()] = None,
        session: Annotated[str | None, Cookie(alias=COOKIE)] = None,
    ) -> tuple[str, str]:
        """(namespace, operator name)."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() == "bearer" and token:
            who = operator_of(token)
            if who is None:
                raise HTTPException(403, "not an operator token")
        else:
            who = session_operator(session)
            if who is None:
                raise HTTPException(
                    401, "bearer token or operator sign-in required", headers={"WWW-Authenticate": "Bearer"}
                )
        namespace = x_namespace or "default"
        if namespaces is not None and namespace not in namespaces:
            raise HTTPException(403, f"namespace {namespace!r} not served here")
        return namespace, who

    Operator = Annotated[tuple[str, str], Depends(authorise)]

    def record_decode(namespace: str, who: str, payloads: Sequence[Payload]) -> None:
        """One audit event per decode request: who, which workflows (from the payloads' plaintext
        metadata; payloads under the global ring name none), how many payloads, and when (the
        event's own time). Refusing to decode when the trail cannot be written keeps the rule
        "no read without a record"."""
        if audit is None:
            return
        workflows = sorted(
            {p.metadata[WORKFLOW_METADATA].decode() for p in payloads if WORKFLOW_METADATA in p.metadata}
        )
        applicant_payloads = sum(
            1
            for p in payloads
            if p.metadata.get(KEY_ID_METADATA, b"").startswith(SUBJECT_KEY_PREFIX.encode())
        )
        audit.append(
            actor=f"operator:{who}",
            action="codec.decode",
            application_id=workflows[0].removeprefix("precredit-") if len(workflows) == 1 else None,
            detail={
                "namespace": namespace,
                "workflows": workflows,
                "payloads": len(payloads),
                "applicant_payloads": applicant_payloads,
            },
        )

    async def transform(
        request: Request,
        fn: Callable[[Sequence[Payload]], Awaitable[list[Payload]]],
        before: Callable[[Sequence[Payload]], None] | None = None,
    ) -> Response:
        body = await request.body()
        try:
            payloads = json_format.Parse(body, Payloads())
        except json_format.ParseError as exc:
            raise HTTPException(400, "body is not protobuf-JSON Payloads") from exc
        if before is not None:
            await asyncio.to_thread(before, payloads.payloads)
        try:
            result = Payloads(payloads=await fn(payloads.payloads))
        except (UnknownKeyError, DecryptionError) as exc:
            raise HTTPException(422, f"cannot decrypt: {type(exc).__name__}") from exc
        return Response(json_format.MessageToJson(result), media_type="application/json")

    @app.get("/login", response_class=HTMLResponse)
    async def login_page() -> str:
        return _LOGIN_PAGE.format(hours=SESSION_SECONDS // 3600, message="")

    @app.post("/login", response_class=HTMLResponse)
    async def login(token: Annotated[str, Form()]) -> HTMLResponse:
        who = operator_of(token.strip())
        if who is None:
            log.warning("codec server: refused operator sign-in")
            page = _LOGIN_PAGE.format(hours=SESSION_SECONDS // 3600, message="<p>Not an operator token.</p>")
            return HTMLResponse(page, status_code=403)
        expires = int(time.time()) + SESSION_SECONDS
        page = (
            "<p>Signed in. In the Temporal UI open the codec server settings and turn on "
            "<b>Include cross-origin credentials</b>; payloads then show decrypted.</p>"
        )
        response = HTMLResponse(_LOGIN_PAGE.format(hours=SESSION_SECONDS // 3600, message=page))
        response.set_cookie(
            COOKIE,
            session_value(expires, who),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="lax",
            path="/",
        )
        return response

    @app.post("/decode")
    async def decode(request: Request, operator: Operator) -> Response:
        namespace, who = operator
        log.info("codec decode for namespace %s by operator %s", namespace, who)
        return await transform(request, codec.decode, lambda p: record_decode(namespace, who, p))

    @app.post("/encode")
    async def encode(request: Request, operator: Operator) -> Response:
        return await transform(request, codec.encode)

    return app
