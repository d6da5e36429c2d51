"""Issue 15's "done means": every attack, replayed against a running stack, is refused (and audited
where required) and the legitimate path still completes. `precredit security probe` against the
embedded stack, as an operator runs it; tests/security/test_probe.py shows each attack's verdict
turns to NOT REFUSED against an API that lets it through."""

from __future__ import annotations

import json

from precredit.config import Settings
from precredit.probe import ATTACKS
from precredit.stack.embedded import StackInfo
from tests.e2e.conftest import run_cli


async def test_every_attack_is_refused_and_audited_and_the_control_completes(
    stack: StackInfo, stack_settings: Settings
) -> None:
    assert stack.api_url is not None
    proc = await run_cli(
        stack_settings, "security", "probe", "--json", "--api-url", stack.api_url, "--timeout", "300",
        timeout=420,
    )  # fmt: skip
    report = json.loads(proc.stdout)
    print("\n".join(report["notes"]))  # where a slow run spent its time (pytest -s, or on failure)
    failed = [a for a in report["attacks"] if not a["passed"]]
    assert not failed, json.dumps(failed, indent=1, ensure_ascii=False)
    assert report["control"]["completed"], report["control"]
    assert proc.returncode == 0 and report["ok"], proc.stderr
    assert [a["name"] for a in report["attacks"]] == list(ATTACKS)
    assert {a["verdict"] for a in report["attacks"]} == {"REFUSED"}
    audited = {a["name"] for a in report["attacks"] if a["audited"] == "yes"}
    # Every refusal the workflow or the API records must be in the trail, with the refusal named.
    assert audited >= {
        "forged_decision", "forged_decision_counterfeit_proof", "forged_cancel", "forged_pickup",
        "sms_flood", "create_replay", "two_underwriters", "late_decision", "decision_token_elsewhere", "proof_expired",
        "proof_wrong_role", "proof_replayed",
    }  # fmt: skip
    assert (
        "genuine hand-over" in next(a for a in report["attacks"] if a["name"] == "forged_pickup")["evidence"]
    )
