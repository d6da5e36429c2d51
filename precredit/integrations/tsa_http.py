"""A timestamping authority over HTTP (RFC 3161 section 3.4): what a production deployment
configures instead of the sandbox's in-process TSA, e.g. a licensed Chinese TSA (可信时间戳).

`POST url` with the DER `TimeStampReq` (`application/timestamp-query`), the DER `TimeStampResp`
back (`application/timestamp-reply`). Selected by configuration alone:
`PRECREDIT_PROVIDERS__TSA=precredit.integrations.tsa_http:from_context` and
`PRECREDIT_PROVIDERS__OPTIONS='{"tsa": {"url": "...", "trust_roots": ["/etc/precredit/tsa-root.pem"]}}'`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from pyhanko.sign.timestamps.api import TimeStamper

if TYPE_CHECKING:
    from asn1crypto import tsp

    from precredit.integrations.providers import ProviderContext


class HttpTimeStamper(TimeStamper):
    def __init__(self, url: str, *, timeout: float = 10.0, token: str | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # pyHanko's TimeStamper.__init__ is unannotated
        self.url, self.timeout, self.token = url, timeout, token

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        from asn1crypto import tsp

        headers = {"Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"

        def post() -> bytes:
            response = httpx.post(self.url, content=req.dump(), headers=headers, timeout=self.timeout)
            if response.status_code != 200 or "timestamp-reply" not in response.headers.get(
                "content-type", ""
            ):
                raise OSError(f"TSA answered HTTP {response.status_code}")
            return response.content

        return tsp.TimeStampResp.load(await asyncio.to_thread(post))


class HttpTsa:
    """The `TimestampAuthority` protocol over HTTP; its roots come from configured PEM files."""

    def __init__(self, url: str, *, trust_roots: list[Path], timeout: float = 10.0, token: str | None = None):
        self.url, self.timeout, self.token = url, timeout, token
        self._roots = trust_roots

    def timestamper(self) -> HttpTimeStamper:
        return HttpTimeStamper(self.url, timeout=self.timeout, token=self.token)

    def trust_roots_pem(self) -> list[bytes]:
        return [path.read_bytes() for path in self._roots]


def from_context(ctx: ProviderContext) -> HttpTsa:
    """Provider factory (Settings.providers.tsa); options: url (required), trust_roots (PEM paths),
    timeout, token."""
    options: dict[str, Any] = dict(ctx.options)
    if not options.get("url"):
        raise ValueError("the HTTP TSA needs providers.options.tsa.url")
    return HttpTsa(
        str(options["url"]),
        trust_roots=[Path(p) for p in options.get("trust_roots", [])],
        timeout=float(options.get("timeout", 10.0)),
        token=options.get("token"),
    )
