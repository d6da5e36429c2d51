"""The provider seam, proven with a real protocol: Settings alone swap the sandbox SMS for an HTTP
gateway (a small server on loopback started here), and the real activity sends through it with an
idempotency key, retrying the gateway's transient failures without sending twice."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from temporalio.testing import ActivityEnvironment

from precredit.activities.deps import Dependencies
from precredit.activities.messaging import MessagingActivities
from precredit.config import Settings
from precredit.integrations.base import FaultInjector, ProviderBadResponse, ProviderUnavailable
from precredit.integrations.http_sms import HttpSmsGateway
from precredit.integrations.messaging import SandboxSms
from precredit.integrations.providers import ProviderConfigError, build_providers, load_provider
from precredit.models.activities import SmsChallengeRequest, SmsVerifyRequest

PHONE = "13912345678"
TOKEN = "gateway-token-1"


@dataclass
class Gateway:
    """A minimal SMS platform: sends each Idempotency-Key once, fails the first `flaky` posts."""

    flaky: int = 0
    refuse: bool = False
    posts: list[dict[str, object]] = field(default_factory=list)
    sent: dict[str, dict[str, object]] = field(default_factory=dict)
    url: str = ""


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    state = Gateway()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            key = self.headers.get("Idempotency-Key", "")
            state.posts.append({"key": key, "auth": self.headers.get("Authorization"), **body})
            if self.path != "/v1/messages" or self.headers.get("Authorization") != f"Bearer {TOKEN}":
                return self._reply(401, {"error": "unauthorised"})
            if state.refuse:
                return self._reply(422, {"error": "bad phone"})
            if state.flaky > 0:
                state.flaky -= 1
                return self._reply(503, {"error": "busy"}, retry_after="0")
            if key not in state.sent:
                state.sent[key] = {"message_id": f"m-{len(state.sent) + 1}", **body}
            return self._reply(200, {"message_id": state.sent[key]["message_id"]})

        def _reply(self, status: int, data: dict[str, object], retry_after: str | None = None) -> None:
            raw = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            if retry_after is not None:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def http_settings(tmp_path: Path, gateway: Gateway, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path,
        providers={
            "sms": "precredit.integrations.http_sms:from_context",
            "options": {"sms": {"url": gateway.url, "token": TOKEN, "backoff": 0.01, **extra}},
        },
    )


def test_configuration_alone_sends_sms_over_http_once_despite_retries(
    tmp_path: Path, gateway: Gateway
) -> None:
    gateway.flaky = 2  # the gateway is busy twice; the adapter retries with the same key
    deps = Dependencies.from_settings(http_settings(tmp_path, gateway), faults=FaultInjector.none())
    assert isinstance(deps.providers.sms, HttpSmsGateway)
    env, acts = ActivityEnvironment(), MessagingActivities(deps)
    req = SmsChallengeRequest(
        application_id="http-1", phone=PHONE, purpose="credit_authorisation", ttl_seconds=300, max_attempts=5
    )
    first = env.run(acts.send_sms_code, req)
    again = env.run(acts.send_sms_code, req)  # a Temporal retry of the whole activity
    assert first.challenge_id == again.challenge_id
    keys = {p["key"] for p in gateway.posts}
    assert len(gateway.posts) == 4 and len(keys) == 1  # 2 busy + 1 sent + 1 deduplicated retry
    assert len(gateway.sent) == 1
    message = next(iter(gateway.sent.values()))
    assert message["phone"] == PHONE and message["purpose"] == "credit_authorisation"
    assert deps.sandbox.outbox.latest(PHONE) is None  # nothing went to the sandbox
    code = str(message["text"]).split("验证码 ")[1][:6]
    ok = env.run(acts.verify_sms_code, SmsVerifyRequest(challenge_id=first.challenge_id, code=code))
    assert ok.ok


def test_gateway_that_stays_down_is_a_retryable_provider_error(tmp_path: Path, gateway: Gateway) -> None:
    gateway.flaky = 10
    sms = load_provider(http_settings(tmp_path, gateway, attempts=3), "sms")
    with pytest.raises(ProviderUnavailable):
        sms.send(PHONE, "hi", purpose="test", idempotency_key="k-down")
    assert len(gateway.posts) == 3 and not gateway.sent


def test_refused_request_is_not_retried(tmp_path: Path, gateway: Gateway) -> None:
    gateway.refuse = True
    sms = load_provider(http_settings(tmp_path, gateway), "sms")
    with pytest.raises(ProviderBadResponse):
        sms.send(PHONE, "hi", purpose="test", idempotency_key="k-bad")
    assert len(gateway.posts) == 1


def test_unreachable_gateway_is_unavailable(tmp_path: Path) -> None:
    down = Gateway(url="http://127.0.0.1:9/v1")  # discard port: nothing listens
    sms = load_provider(http_settings(tmp_path, down, attempts=2, timeout=1.0), "sms")
    with pytest.raises(ProviderUnavailable):
        sms.send(PHONE, "hi", purpose="test", idempotency_key="k-off")


def test_environment_variables_select_the_provider(
    tmp_path: Path, gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRECREDIT_PROVIDERS__SMS", "precredit.integrations.http_sms.from_context")
    monkeypatch.setenv(
        "PRECREDIT_PROVIDERS__OPTIONS", json.dumps({"sms": {"url": gateway.url, "token": TOKEN}})
    )
    providers = build_providers(Settings(data_dir=tmp_path), faults=FaultInjector.none())
    assert isinstance(providers.sms, HttpSmsGateway)
    assert providers.sms.send(PHONE, "hello", purpose="test", idempotency_key="k-env") == "m-1"
    assert providers.sandbox is not None  # the other parties are still the sandbox


def test_default_is_the_sandbox_and_bad_names_fail_loudly(tmp_path: Path) -> None:
    assert isinstance(build_providers(Settings(data_dir=tmp_path)).sms, SandboxSms)
    for name in ("precredit.integrations.nowhere:factory", "precredit.config:SANDBOX", "no-such-entry-point"):
        with pytest.raises(ProviderConfigError):
            load_provider(Settings(data_dir=tmp_path, providers={"sms": name}), "sms")


def test_an_installed_entry_point_names_a_provider(
    tmp_path: Path, gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import EntryPoint, EntryPoints

    from precredit.integrations import providers

    def entry_points(*, group: str, name: str) -> EntryPoints:
        ep = EntryPoint(name="acme-sms", value="precredit.integrations.http_sms:from_context", group=group)
        return EntryPoints([ep] if (group, name) == (providers.ENTRY_POINT_GROUP, "acme-sms") else [])

    monkeypatch.setattr(providers, "entry_points", entry_points)
    settings = Settings(
        data_dir=tmp_path,
        providers={"sms": "acme-sms", "options": {"sms": {"url": gateway.url, "token": TOKEN}}},
    )
    sms = load_provider(settings, "sms")
    assert isinstance(sms, HttpSmsGateway)
    assert sms.send(PHONE, "hi", purpose="test", idempotency_key="k-ep") == "m-1"
