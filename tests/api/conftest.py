"""The API against the real dev server: a worker with FakeWorld fakes on a fresh task queue per
test, the app on an httpx ASGI transport, a temp SQLite database and document store.

The pickup activities are replaced by fakes that write a real `PickupCodeRow` (hashed with the
API's keyring), so the dealer endpoints find codes the way they do in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session
from temporalio import activity
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from precredit.api import create_app
from precredit.api.context import ApiContext
from precredit.client import PreCreditClient
from precredit.config import ApiOptions, Settings
from precredit.db.tables import PickupCodeRow
from precredit.models.activities import (
    PickupIssued,
    PickupIssueRequest,
    PickupRedeemRequest,
    PickupRedeemResult,
)
from precredit.models.application import Deadlines, ExecutionOptions
from precredit.security.codes import hash_code, new_pickup_code, normalise_pickup_code
from precredit.workflows.precredit import PreCreditWorkflow
from tests import factories
from tests.workflows.fakes import SMS_CODE, FakeWorld, signature_for

FAST = Deadlines(
    sms_code=30, authorisation_signature=30, underwriter=60, documents=30,
    contract_signature=30, contract_reminder_every=30, pickup=30, appeal_window=60,
)  # fmt: skip


def _jpeg() -> bytes:
    """A real (tiny) JPEG, so the console screenshots show images; uploads append random bytes
    after its end marker to make each document distinct, which decoders ignore."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (160, 100), (222, 232, 246))
    ImageDraw.Draw(img).rectangle((8, 8, 60, 80), outline=(23, 50, 92), width=3)
    out = io.BytesIO()
    img.save(out, format="JPEG")
    return out.getvalue()


JPEG = _jpeg()


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 90), (240, 240, 240)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()


def token() -> str:
    return secrets.token_urlsafe(24)


@dataclass
class Tokens:
    underwriter: str = field(default_factory=token)
    dealer1: str = field(default_factory=token)
    dealer2: str = field(default_factory=token)
    operator: str = field(default_factory=token)
    underwriter2: str = field(default_factory=token)
    partner: str = field(default_factory=token)

    def spec(self) -> str:
        return (
            f"{self.underwriter}:underwriter:uw-1,{self.dealer1}:dealer:D001,"
            f"{self.dealer2}:dealer:D002,{self.operator}:operator:ops,"
            f"{self.underwriter2}:underwriter:uw-2,{self.partner}:partner:carmaker-app"
        )


def bearer(tok: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {tok}"}


@dataclass
class Stack:
    http: httpx.AsyncClient
    world: FakeWorld
    settings: Settings
    tokens: Tokens
    ctx: ApiContext
    app: Any
    pickup_codes: dict[str, str] = field(default_factory=dict)
    started: list[str] = field(default_factory=list)

    @property
    def channel(self) -> dict[str, str]:
        """The car-maker app's partner credential: an authenticated channel that may submit."""
        return bearer(self.tokens.partner)

    async def upload(self, data: bytes = JPEG, name: str = "doc.jpg") -> str:
        # Distinct bytes per call, so every document is its own content-addressed ref.
        blob = data + secrets.token_bytes(8)
        r = await self.http.post(
            "/v1/documents", files={"file": (name, blob, "image/jpeg")}, headers=self.channel
        )
        assert r.status_code == 201, r.text
        return str(r.json()["document_ref"])

    async def body(self, *, loan_documents: bool = True, **overrides: Any) -> dict[str, Any]:
        body = factories.request(**overrides).model_dump(mode="json")
        body["identity_documents"] = {
            k: await self.upload() for k in ("id_card_front", "id_card_back", "selfie")
        }
        body["loan_documents"] = (
            {k: await self.upload() for k in ("purchase_contract", "vehicle_invoice", "insurance_policy")}
            if loan_documents
            else {}
        )
        return body

    async def create(self, **overrides: Any) -> tuple[str, str]:
        """(application id, applicant token)."""
        r = await self.http.post("/v1/applications", json=await self.body(**overrides), headers=self.channel)
        assert r.status_code == 201, r.text
        self.started.append(r.json()["application_id"])
        return r.json()["application_id"], r.json()["applicant_token"]

    async def wait_for(
        self, app_id: str, tok: str, what: str | None, *, timeout: float = 20
    ) -> dict[str, Any]:
        """Polls the status endpoint until the workflow waits for `what` (None: until it ends)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            r = await self.http.get(f"/v1/applications/{app_id}", headers=bearer(tok))
            assert r.status_code == 200, r.text
            view = r.json()
            w = view["waiting_for"]
            if (what is None and view["status"] != "RUNNING") or (w and w["what"] == what):
                return view
            if view["status"] != "RUNNING" and what is not None:
                raise AssertionError(f"ended {view['status']} {view['reason_codes']} before {what}")
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"still {w} after {timeout}s, wanted {what}")
            await asyncio.sleep(0.1)

    async def sign(self, app_id: str, tok: str, kind: str) -> httpx.Response:
        view = await self.wait_for(
            app_id, tok, f"{'authorisation' if kind == 'authorisation_letter' else 'contract'}_signature"
        )
        sha = view["signing_documents"][kind]
        path = "authorisation-signature" if kind == "authorisation_letter" else "contract-signature"
        return await self.http.post(
            f"/v1/applications/{app_id}/{path}",
            json={"document_sha256": sha, "signature_b64": signature_for(sha)},
            headers=bearer(tok),
        )

    async def to_pickup(self, **overrides: Any) -> tuple[str, str]:
        """A new application driven by the buyer (through the API) up to the pickup wait."""
        app_id, tok = await self.create(**overrides)
        await self.wait_for(app_id, tok, "sms_code")
        r = await self.http.post(
            f"/v1/applications/{app_id}/sms-code", json={"code": SMS_CODE}, headers=bearer(tok)
        )
        assert r.status_code == 200, r.text
        assert (await self.sign(app_id, tok, "authorisation_letter")).status_code == 200
        assert (await self.sign(app_id, tok, "loan_contract")).status_code == 200
        await self.wait_for(app_id, tok, "pickup")
        return app_id, tok


def pickup_fakes(stack_ref: list[Stack]) -> list[Callable[..., Any]]:
    @activity.defn(name="issue_pickup_code")
    async def issue_pickup_code(r: PickupIssueRequest) -> PickupIssued:
        stack = stack_ref[0]
        code = stack.pickup_codes.setdefault(r.application_id, new_pickup_code())
        now = datetime.now(UTC)
        with Session(stack.ctx.engine) as session:
            if session.get(PickupCodeRow, r.application_id) is None:
                session.add(
                    PickupCodeRow(
                        application_id=r.application_id,
                        code_hash=hash_code(code, purpose="pickup", keyring=stack.ctx.keyring),
                        code_sealed="unused-in-tests",
                        dealer_id=r.dealer_id,
                        expires_at=now + timedelta(seconds=r.ttl_seconds),
                        created_at=now,
                    )
                )
                session.commit()
        return PickupIssued(code_masked=code[:4] + "-****-****-" + code[-1], expires_at=now)

    @activity.defn(name="redeem_pickup_code")
    async def redeem_pickup_code(r: PickupRedeemRequest) -> PickupRedeemResult:
        expected = stack_ref[0].pickup_codes.get(r.application_id)
        ok = expected is not None and normalise_pickup_code(r.code) == normalise_pickup_code(expected)
        return PickupRedeemResult(ok=ok, reason="" if ok else "wrong code", attempts_left=4)

    return [issue_pickup_code, redeem_pickup_code]


def proof_activities(ctx: ApiContext) -> list[Callable[..., Any]]:
    """The real `verify_human_action` / `record_human_refusal` over the API's own database and keys,
    so proofs the API signs verify in the workflow as in production (fakes could not know the keys)."""
    from precredit.activities.deps import Dependencies
    from precredit.activities.proofs import ProofActivities
    from precredit.integrations.base import FaultInjector
    from precredit.integrations.providers import build_providers

    settings = ctx.settings
    deps = Dependencies(
        settings=settings, engine=ctx.engine, documents=ctx.documents,
        providers=build_providers(settings, faults=FaultInjector.none()),
        keyring=ctx.keyring, cipher=ctx.cipher, audit=ctx.audit,
    )  # fmt: skip
    proofs = ProofActivities(deps)
    return [proofs.verify_human_action, proofs.record_human_refusal]


def settings_for(tmp_path: Path, tokens: Tokens, api: ApiOptions | None = None) -> Settings:
    queue = f"api-{uuid.uuid4().hex}"
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'api.db'}",
        task_queue=queue,
        deadlines=FAST,
        # One worker with fakes serves the heavy activities too.
        execution=ExecutionOptions(
            activity_timeout=10, max_attempts=3, max_retry_interval=1, heavy_task_queue=queue
        ),
        api_tokens=tokens.spec(),
        temporal_ui_port=8233,
        api=api or ApiOptions(),
        # The API calls one third party itself (the SMS gateway, for OTPs). The sandbox drops 1% of
        # sends at random, which a test of the API would see as a random 503: the gateway's failure
        # is tested on purpose (test_a_failed_sms_gateway_is_a_503_to_retry), never by chance.
        sandbox_faults="off",
    )


@pytest.fixture
def api_options() -> ApiOptions:
    return ApiOptions(max_document_bytes=64 * 1024, pickup_failures_per_window=3)


@pytest.fixture
def world() -> FakeWorld:
    return FakeWorld(factories.request())


@pytest.fixture
async def stack(
    dev_env: WorkflowEnvironment, tmp_path: Path, world: FakeWorld, api_options: ApiOptions
) -> AsyncIterator[Stack]:
    tokens = Tokens()
    settings = settings_for(tmp_path, tokens, api_options)
    ref: list[Stack] = []
    replaced = {"issue_pickup_code", "redeem_pickup_code", "verify_human_action", "record_human_refusal"}
    acts = [a for a in world.activities() if activity._Definition.must_from_callable(a).name not in replaced]
    client = PreCreditClient(dev_env.client, settings)
    app = create_app(settings, client=client)
    executor = ThreadPoolExecutor(2)  # the proof activities are synchronous (they use the database)
    async with (
        Worker(dev_env.client, task_queue=settings.task_queue, workflows=[PreCreditWorkflow],
               activities=[*acts, *pickup_fakes(ref), *proof_activities(app.state.ctx)],
               activity_executor=executor, **factories.workflow_cache()),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as http,
    ):  # fmt: skip
        stack = Stack(http=http, world=world, settings=settings, tokens=tokens, ctx=app.state.ctx, app=app)
        ref.append(stack)
        yield stack
        for app_id in stack.started:  # leave nothing running on the shared dev server
            with contextlib.suppress(Exception):
                await client.handle(app_id).terminate("test over")
    executor.shutdown(wait=False)
