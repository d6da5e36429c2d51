"""Uploaded documents: size and type limits, then into the encrypted, content-addressed store.

The type is decided by magic bytes, never by the client's filename or Content-Type, because the
OCR pipeline opens whatever it is given and a mislabeled file must not reach it.
"""

from __future__ import annotations

import asyncio
import hashlib

from starlette.datastructures import UploadFile

from precredit.api.context import ApiContext
from precredit.api.errors import ApiError
from precredit.db.filetypes import document_problem, sniff

_CHUNK = 1024 * 1024


__all__ = ["discard_created", "read_limited", "sniff", "store_upload"]


async def read_limited(upload: UploadFile, *, limit: int, field: str) -> bytes:
    """Reads at most `limit` bytes; one more means the file is too large (413), checked while
    streaming so a huge upload is not held in memory."""
    parts: list[bytes] = []
    size = 0
    while chunk := await upload.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"file larger than {limit // (1024 * 1024)} MB", field=field)
        parts.append(chunk)
    return b"".join(parts)


async def store_upload(
    ctx: ApiContext, upload: UploadFile, *, field: str, created: list[str] | None = None
) -> tuple[str, str, int]:
    """(document_ref, content_type, size) of a validated upload. A ref the store did not hold before
    is appended to `created`, so a request refused later can take back what it stored (and only
    that: the same content may belong to another application)."""
    data = await read_limited(upload, limit=ctx.options.max_document_bytes, field=field)
    if not data:
        raise ApiError(422, "validation_error", "file is empty", field=field)
    kind = sniff(data)
    if kind is None:
        raise ApiError(415, "unsupported_type", "only JPEG, PNG and PDF files are accepted", field=field)
    problem = await asyncio.to_thread(document_problem, data)
    if problem is not None:
        raise ApiError(422, "corrupt_file", problem, field=field)
    ref = f"doc://{hashlib.sha256(data).hexdigest()}"
    new = not await asyncio.to_thread(ctx.documents.exists, ref)
    ref = await asyncio.to_thread(ctx.documents.put, data)
    if new and created is not None:
        created.append(ref)
    return ref, kind, len(data)


def discard_created(ctx: ApiContext, created: list[str]) -> None:
    for ref in created:
        ctx.documents.discard(ref)
