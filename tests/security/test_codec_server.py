"""The codec server over HTTP (ASGI) and for real: the `temporal` CLI decrypting a dev-server history."""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from datetime import timedelta

import httpx
import pytest
from google.protobuf import json_format
from pydantic import BaseModel
from temporalio import activity, workflow
from temporalio.api.common.v1 import Payload, Payloads
from temporalio.client import Client
from temporalio.exceptions import ActivityError, ApplicationError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import UnsandboxedWorkflowRunner, Worker

from precredit.security.codec import EncryptionCodec, KeyRing
from precredit.security.codec_server import create_codec_app

from .conftest import TEMPORAL_CLI

TOKEN = "op-" + uuid.uuid4().hex
ORIGIN = "http://localhost:8233"
ID_NUMBER = "110101199003071234"


class Person(BaseModel):
    name: str
    id_number: str


class Outcome(BaseModel):
    greeting: str
    failure: str


@activity.defn
async def check_person(person: Person) -> None:
    raise ApplicationError(f"blacklisted: {person.id_number}", non_retryable=True)


@workflow.defn
class PiiWorkflow:
    @workflow.run
    async def run(self, person: Person) -> Outcome:
        try:
            await workflow.execute_activity(
                check_person, person, start_to_close_timeout=timedelta(seconds=10)
            )
        except ActivityError as err:
            return Outcome(greeting=f"hello {person.name}", failure=str(err.cause))
        return Outcome(greeting="unreachable", failure="")


def _payload_texts(node: object) -> list[str]:
    """The decoded `data` of every payload in `temporal ... -o json` output (payloads print as base64)."""
    if isinstance(node, dict):
        if "metadata" in node and "data" in node:
            return [base64.b64decode(node["data"]).decode(errors="replace")]
        return [text for value in node.values() for text in _payload_texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _payload_texts(value)]
    return []


def _body(payloads: list[Payload]) -> str:
    return json_format.MessageToJson(Payloads(payloads=payloads))


@pytest.fixture
def app(keyring: KeyRing):
    return create_codec_app(keyring, operator_tokens={TOKEN}, cors_origins=[ORIGIN])


async def test_decode_requires_an_operator_token(keyring: KeyRing, app) -> None:
    encrypted = await EncryptionCodec(keyring).encode(
        [Payload(metadata={"encoding": b"json/plain"}, data=b'"x"')]
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://codec") as http:
        body = _body(encrypted)
        assert (await http.post("/decode", content=body)).status_code == 401
        wrong = {"Authorization": "Bearer not-the-token-" + uuid.uuid4().hex}
        assert (await http.post("/decode", content=body, headers=wrong)).status_code == 403
        ok = await http.post(
            "/decode", content=body, headers={"Authorization": f"Bearer {TOKEN}", "X-Namespace": "default"}
        )
        assert ok.status_code == 200
        decoded = json_format.Parse(ok.content, Payloads())
        assert decoded.payloads[0].data == b'"x"'

        # and /encode gives back what /decode accepts
        enc = await http.post("/encode", content=ok.content, headers={"Authorization": f"Bearer {TOKEN}"})
        assert (
            json_format.Parse(enc.content, Payloads()).payloads[0].metadata["encoding"] == b"binary/encrypted"
        )


async def test_cors_preflight_allows_the_ui_origin_only(app) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://codec") as http:
        headers = {
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,x-namespace",
        }
        ok = await http.options("/decode", headers={"Origin": ORIGIN, **headers})
        assert ok.status_code == 200
        assert ok.headers["access-control-allow-origin"] == ORIGIN
        assert ok.headers["access-control-allow-credentials"] == "true"
        assert "authorization" in ok.headers["access-control-allow-headers"].lower()
        evil = await http.options("/decode", headers={"Origin": "http://evil.example", **headers})
        assert "access-control-allow-origin" not in evil.headers


@pytest.mark.slow
async def test_history_is_encrypted_and_the_cli_decrypts_through_the_codec_server(
    dev_env: WorkflowEnvironment, app, serve
) -> None:
    queue = f"sec-{uuid.uuid4()}"
    workflow_id = f"pii-{uuid.uuid4()}"
    async with Worker(
        dev_env.client,
        task_queue=queue,
        workflows=[PiiWorkflow],
        activities=[check_person],
        workflow_runner=UnsandboxedWorkflowRunner(),
    ):
        result = await dev_env.client.execute_workflow(
            PiiWorkflow.run, Person(name="张三丰", id_number=ID_NUMBER), id=workflow_id, task_queue=queue
        )
    assert result.greeting == "hello 张三丰" and ID_NUMBER in result.failure

    # What the server stores, read without the codec: no name, no ID number, not even in the failure.
    plain = Client(dev_env.client.service_client, namespace=dev_env.client.namespace)
    history = await plain.get_workflow_handle(workflow_id).fetch_history()
    raw = b"".join(event.SerializeToString() for event in history.events)
    assert ID_NUMBER.encode() not in raw and "张三丰".encode() not in raw
    assert b"binary/encrypted" in raw

    base = serve(app)
    address = dev_env.client.service_client.config.target_host

    async def show(*extra: str) -> tuple[int, str]:
        proc = await asyncio.create_subprocess_exec(
            str(TEMPORAL_CLI), "workflow", "show", "--workflow-id", workflow_id, "--address", address,
            "--output", "json", *extra,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
        return proc.returncode or 0, out.decode()

    code, out = await show("--codec-endpoint", base, "--codec-auth", f"Bearer {TOKEN}")
    assert code == 0, out
    decoded = " ".join(_payload_texts(json.loads(out)))
    assert "张三丰" in decoded and ID_NUMBER in decoded

    code, out = await show()
    assert code == 0, out
    assert ID_NUMBER not in " ".join(_payload_texts(json.loads(out)))
    # A refused decode makes the CLI retry until its deadline: keep that short.
    wrong = "Bearer wrong-token-" + uuid.uuid4().hex
    code, out = await show("--codec-endpoint", base, "--codec-auth", wrong, "--command-timeout", "2s")
    assert code != 0 and ID_NUMBER not in out


async def test_operator_sign_in_cookie_lets_the_ui_decode() -> None:
    """The Temporal UI has no bearer token without OIDC: an operator signs in once, the cookie works."""
    import httpx
    from google.protobuf import json_format
    from temporalio.api.common.v1 import Payload, Payloads

    from precredit.security.codec import EncryptionCodec
    from precredit.security.codec_server import COOKIE, create_codec_app
    from precredit.security.keys import KeyRing

    ring = KeyRing.generate("k-cookie")
    token = "op-" + "q7Zx9" * 6
    app = create_codec_app(ring, operator_tokens={token}, cors_origins=["http://localhost:8233"])
    encrypted = await EncryptionCodec(ring).encode(
        [Payload(metadata={"encoding": b"json/plain"}, data=b'"secret"')]
    )
    body = json_format.MessageToJson(Payloads(payloads=encrypted))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://localhost:8081"
    ) as http:
        assert (await http.post("/decode", content=body)).status_code == 401
        assert (await http.post("/login", data={"token": "wrong-" + "x" * 30})).status_code == 403
        assert COOKIE not in http.cookies
        signed = await http.post("/login", data={"token": token})
        assert signed.status_code == 200 and "httponly" in signed.headers["set-cookie"].lower()
        decoded = await http.post("/decode", content=body, headers={"Origin": "http://localhost:8233"})
        assert decoded.status_code == 200, decoded.text
        assert decoded.headers["access-control-allow-credentials"] == "true"
        assert b"secret" in json_format.Parse(decoded.text, Payloads()).payloads[0].data
    forged = {COOKIE: "99999999999." + "0" * 64}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://localhost:8081", cookies=forged
    ) as other:
        assert (await other.post("/decode", content=body)).status_code == 401
