"""The codec server: lets the Temporal UI and CLI show decrypted payloads to authorised operators only.

Protocol (Temporal's remote codec): `POST /encode` and `POST /decode` with the protobuf-JSON form of
`Payloads` (`{"payloads": [{"metadata": {k: base64}, "data": base64}]}`); the namespace arrives in
`X-Namespace`. Keys stay in this process: the browser sends ciphertext and gets plaintext back, so
the bearer token is the whole access control and is compared in constant time.

No `from __future__ import annotations` here: FastAPI must see the real `Annotated` dependencies.
"""

import hmac
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from google.protobuf import json_format
from temporalio.api.common.v1 import Payload, Payloads

from precredit.security.codec import EncryptionCodec
from precredit.security.keys import DecryptionError, KeyRing, UnknownKeyError

log = logging.getLogger(__name__)


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
    ) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "bearer token required", headers={"WWW-Authenticate": "Bearer"})
        # Compare against every token so timing reveals nothing about which one nearly matched.
        matches = [hmac.compare_digest(token.encode(), t.encode()) for t in operator_tokens]
        if not any(matches):
            raise HTTPException(403, "not an operator token")
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

    @app.post("/decode")
    async def decode(request: Request, namespace: Operator) -> Response:
        log.info("codec decode for namespace %s", namespace)
        return await transform(request, codec.decode)

    @app.post("/encode")
    async def encode(request: Request, namespace: Operator) -> Response:
        return await transform(request, codec.encode)

    return app
