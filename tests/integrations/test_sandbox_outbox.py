from __future__ import annotations

import multiprocessing
from pathlib import Path

from precredit.integrations.base import FaultInjector
from precredit.integrations.messaging import SandboxOutbox, SandboxSms
from precredit.integrations.sandbox import Sandbox

PHONE = "13800138000"


def test_same_idempotency_key_sends_once(sandbox: Sandbox) -> None:
    first = sandbox.sms.send(
        PHONE, "您的验证码是 482913，5分钟内有效", purpose="identity", idempotency_key="app1-sms-1"
    )
    again = sandbox.sms.send(
        PHONE, "您的验证码是 482913，5分钟内有效", purpose="identity", idempotency_key="app1-sms-1"
    )
    assert first == again
    assert len(sandbox.outbox.messages(PHONE)) == 1
    latest = sandbox.outbox.latest(PHONE, "identity")
    assert latest is not None and latest.code == "482913"
    sandbox.sms.send(PHONE, "验证码 000111", purpose="identity", idempotency_key="app1-sms-2")
    latest = sandbox.outbox.latest(PHONE, "identity")
    assert latest is not None and latest.code == "000111"
    assert sandbox.outbox.latest(PHONE, "unbind") is None
    assert sandbox.outbox.latest("13900000000") is None


def _sender(state_dir: str, worker: int, count: int) -> None:
    sms = SandboxSms(SandboxOutbox(Path(state_dir)), FaultInjector.none())
    for i in range(count):
        sms.send(PHONE, f"code {i:06d}", purpose="identity", idempotency_key=f"shared-{i}")
        sms.send(PHONE, f"code {i:06d}", purpose="w", idempotency_key=f"own-{worker}-{i}")


def test_two_processes_share_the_outbox_safely(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_sender, args=(str(tmp_path), w, 40)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    outbox = SandboxOutbox(tmp_path)
    assert len(outbox.messages(PHONE, "identity")) == 40
    assert len(outbox.messages(PHONE, "w")) == 80


def test_signing_tasks_are_idempotent_and_visible(sandbox: Sandbox) -> None:
    a = sandbox.push.push_signing_task(
        "app-1", "authorisation_letter", "a" * 64, idempotency_key="app-1-auth"
    )
    b = sandbox.push.push_signing_task(
        "app-1", "authorisation_letter", "a" * 64, idempotency_key="app-1-auth"
    )
    sandbox.push.push_signing_task("app-1", "loan_contract", "b" * 64, idempotency_key="app-1-contract")
    assert a == b
    tasks = sandbox.push.tasks_for("app-1")
    assert [t.document_kind for t in tasks] == ["authorisation_letter", "loan_contract"]
    assert sandbox.outbox.tasks_for("app-2") == []
