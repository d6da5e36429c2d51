"""An SMS gateway over HTTP: the adapter a production deployment configures instead of the sandbox.

Protocol (what most Chinese SMS platforms offer, reduced to its contract): `POST {url}/messages`
with JSON `{"phone", "text", "purpose", "sender"}`, a bearer token, and an `Idempotency-Key` header
that the gateway uses to send a message at most once; the answer is `{"message_id"}`. 5xx, 429
and connection failures are retried here with the same key (honouring `Retry-After`, capped) and
then surface as ProviderUnavailable, which Temporal retries again; any other 4xx is a bad request
that repeating cannot fix (ProviderBadResponse).

Selected by configuration alone:
`PRECREDIT_PROVIDERS__SMS=precredit.integrations.http_sms:from_context` and
`PRECREDIT_PROVIDERS__OPTIONS='{"sms": {"url": "https://sms.example/v1", "token": "..."}}'`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from precredit.integrations.base import ProviderBadResponse, ProviderUnavailable

if TYPE_CHECKING:
    from precredit.integrations.providers import ProviderContext

RETRYABLE = frozenset({429, 500, 502, 503, 504})


class HttpSmsGateway:
    PROVIDER = "sms"

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        sender: str = "precredit",
        timeout: float = 5.0,
        attempts: int = 3,
        backoff: float = 0.2,
        max_wait: float = 2.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.sender = sender
        self.attempts = max(1, attempts)
        self.backoff, self.max_wait = backoff, max_wait
        self._sleep = sleep
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = httpx.Client(timeout=timeout, headers=headers, transport=transport)

    def send(self, phone: str, text: str, *, purpose: str, idempotency_key: str) -> str:
        body = {"phone": phone, "text": text, "purpose": purpose, "sender": self.sender}
        last = ""
        for attempt in range(1, self.attempts + 1):
            try:
                response = self._client.post(
                    f"{self.url}/messages", json=body, headers={"Idempotency-Key": idempotency_key}
                )
            except httpx.TransportError as exc:
                last = f"{type(exc).__name__}"
                self._wait(attempt, None)
                continue
            if response.status_code in RETRYABLE:
                last = f"HTTP {response.status_code}"
                self._wait(attempt, response.headers.get("Retry-After"))
                continue
            if response.status_code >= 400:
                raise ProviderBadResponse(self.PROVIDER, f"HTTP {response.status_code}: request refused")
            return _message_id(response)
        raise ProviderUnavailable(self.PROVIDER, f"no answer after {self.attempts} attempts ({last})")

    def _wait(self, attempt: int, retry_after: str | None) -> None:
        if attempt >= self.attempts:
            return
        delay = self.backoff * 2 ** (attempt - 1)
        if retry_after and retry_after.isdigit():
            delay = float(retry_after)
        self._sleep(min(delay, self.max_wait))

    def close(self) -> None:
        self._client.close()


def _message_id(response: httpx.Response) -> str:
    try:
        data: Any = response.json()
        message_id = data["message_id"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ProviderBadResponse("sms", "answer without a message_id") from exc
    if not isinstance(message_id, str) or not message_id:
        raise ProviderBadResponse("sms", "answer without a message_id")
    return message_id


def from_context(ctx: ProviderContext) -> HttpSmsGateway:
    """Provider factory (Settings.providers.sms); options: url (required), token, sender, timeout,
    attempts, backoff."""
    options = dict(ctx.options)
    url = options.pop("url", None)
    if not url:
        raise ValueError("the HTTP SMS gateway needs providers.options.sms.url")
    allowed = {"token", "sender", "timeout", "attempts", "backoff", "max_wait"}
    unknown = set(options) - allowed
    if unknown:
        raise ValueError(f"unknown HTTP SMS options: {sorted(unknown)}")
    return HttpSmsGateway(str(url), **options)
