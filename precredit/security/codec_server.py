"""The codec server: lets the Temporal UI and CLI show decrypted payloads to authorised operators only.

Protocol (Temporal's remote codec): `POST /encode` and `POST /decode` with the protobuf-JSON form of
`Payloads` (`{"payloads": [{"metadata": {k: base64}, "data": base64}]}`); the namespace arrives in
`X-Namespace`. Keys stay in this process: the browser sends ciphertext and gets plaintext back, so
the bearer token is the whole access control and is compared in constant time.

The Temporal UI can only send a bearer token when it has its own login (OIDC). Without one, an
operator signs in once at `/login` with the operator token; the server sets a short-lived, signed,
HttpOnly, SameSite=Lax cookie, which the UI sends when its codec setting "Include cross-origin
credentials" is on (UI and codec server on the same host, so the request is same-site).

No `from __future__ import annotations` here: FastAPI must see the real `Annotated` dependencies.
"""

import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated

from fastapi import Cookie, Depends, FastAPI, Form, Header, HTTPException, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload, Payloads

from precredit.security.codec import EncryptionCodec
from precredit.security.keys import DecryptionError, KeyRing, UnknownKeyError

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
    operator_tokens: set[str],
    cors_origins: list[str],
    namespaces: set[str] | None = None,
) -> FastAPI:
    """`namespaces` (optional) limits which Temporal namespaces this server will decode for."""
    if not operator_tokens:
        raise ValueError("codec server needs at least one operator token")
    codec = EncryptionCodec(keyring)
    session_key = keyring.derive("codec-server-session")

    def session_value(expires: int) -> str:
        mac = hmac.new(session_key, str(expires).encode(), hashlib.sha256).hexdigest()
        return f"{expires}.{mac}"

    def session_valid(value: str | None) -> bool:
        expires, _, _mac = (value or "").partition(".")
        if not expires.isdigit() or int(expires) < time.time():
            return False
        return hmac.compare_digest(session_value(int(expires)), value or "")

    def is_operator(token: str) -> bool:
        # Compare against every token so timing reveals nothing about which one nearly matched.
        matches = [hmac.compare_digest(token.encode(), t.encode()) for t in operator_tokens]
        return any(matches)

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
    ) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() == "bearer" and token:
            if not is_operator(token):
                raise HTTPException(403, "not an operator token")
        elif not session_valid(session):
            raise HTTPException(
                401, "bearer token or operator sign-in required", headers={"WWW-Authenticate": "Bearer"}
            )
        namespace = x_namespace or "default"
        if namespaces is not None and namespace not in namespaces:
            raise HTTPException(403, f"namespace {namespace!r} not served here")
        return namespace

    Operator = Annotated[str, Depends(authorise)]

    async def transform(
        request: Request, fn: Callable[[Sequence[Payload]], Awaitable[list[Payload]]]
    ) -> Response:
        body = await request.body()
        try:
            payloads = json_format.Parse(body, Payloads())
        except json_format.ParseError as exc:
            raise HTTPException(400, "body is not protobuf-JSON Payloads") from exc
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
        if not is_operator(token.strip()):
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
            COOKIE, session_value(expires), max_age=SESSION_SECONDS, httponly=True, samesite="lax", path="/"
        )
        return response

    @app.post("/decode")
    async def decode(request: Request, namespace: Operator) -> Response:
        log.info("codec decode for namespace %s", namespace)
        return await transform(request, codec.decode)

    @app.post("/encode")
    async def encode(request: Request, namespace: Operator) -> Response:
        return await transform(request, codec.encode)

    return app
