"""`precredit apply` end to end: real OCR, models, signatures and database behind a real server."""

from __future__ import annotations

import json
import random
from pathlib import Path

from precredit.config import Settings
from precredit.integrations.generators.applications import make_application, write_application_files
from precredit.integrations.persons import PersonsRegistry
from precredit.stack.embedded import StackInfo
from tests.e2e.conftest import run_cli


def application_dir(settings: Settings, tmp_path: Path, profile: str, app_id: str) -> Path:
    persona = PersonsRegistry(settings.sandbox_dir).by_profile(profile)[0]
    bundle = make_application(
        persona, rng=random.Random(11), application_id=app_id, lender_name=settings.policy.lender_name
    )
    return write_application_files(bundle, tmp_path / app_id)


async def test_apply_simulated_buyer_completes(
    stack: StackInfo, stack_settings: Settings, tmp_path: Path
) -> None:
    path = application_dir(stack_settings, tmp_path, "good", "e2e-cli-good-01")
    proc = await run_cli(stack_settings, "apply", str(path), "--simulate-buyer", "--wait", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["status"] == "COMPLETED", out
    assert out["workflow_id"] == "precredit-e2e-cli-good-01"
    assert [s["step"] for s in out["steps"]] == [
        "identity", "anti_fraud", "authorisation", "approval", "documents", "contract", "pickup",
    ]  # fmt: skip
    assert "****" in out["pickup_code"]
    assert out["timings"]["automated_seconds"] > 0

    # An exact retry (the first answer was lost) follows the same application, even once it ended.
    again = await run_cli(stack_settings, "apply", str(path), "--wait", "--json")
    assert again.returncode == 0, again.stderr
    retried = json.loads(again.stdout)
    assert retried["already_submitted"] is True and retried["status"] == "COMPLETED"
    assert retried["steps"] == out["steps"] and retried["pickup_code"] == out["pickup_code"]
    brief = await run_cli(stack_settings, "apply", str(path), "--json")
    assert brief.returncode == 0 and json.loads(brief.stdout)["status"] == "COMPLETED", brief.stderr

    # The same id with other content is another application: refused, one line on stderr.
    body = json.loads(path.read_text())
    body["loan"]["amount"] = str(int(float(body["loan"]["amount"])) - 1000)
    path.write_text(json.dumps(body, ensure_ascii=False))
    changed = await run_cli(stack_settings, "apply", str(path), "--wait", "--json")
    assert changed.returncode == 4
    assert changed.stderr.strip().splitlines() == [
        "precredit: application e2e-cli-good-01 was already submitted with different content"
    ]


async def test_apply_rejects_bad_input_with_one_line(stack_settings: Settings, tmp_path: Path) -> None:
    path = application_dir(stack_settings, tmp_path, "good", "e2e-cli-bad-01")
    body = json.loads(path.read_text())
    good_id = body["applicant"]["id_number"]
    body["applicant"]["id_number"] = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")
    path.write_text(json.dumps(body, ensure_ascii=False))
    proc = await run_cli(stack_settings, "apply", str(path), "--wait", "--json")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "applicant.id_number" in lines[0], proc.stderr

    body["identity_documents"]["selfie"] = "missing.jpg"
    body["applicant"]["id_number"] = good_id
    path.write_text(json.dumps(body, ensure_ascii=False))
    proc = await run_cli(stack_settings, "apply", str(path))
    assert proc.returncode == 2 and "identity_documents.selfie: no such file" in proc.stderr


async def test_worker_exposes_sdk_metrics(stack: StackInfo, stack_settings: Settings) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"http://127.0.0.1:{stack_settings.worker_metrics_port}/metrics")
    assert r.status_code == 200
    assert (
        "temporal_workflow_task_execution_latency" in r.text
        or "temporal_worker_task_slots_available" in r.text
    )
