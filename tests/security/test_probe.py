"""The attack probe's judgement, without a stack: each attack pointed at a hand-written transport
that answers like a weakened API must come out NOT REFUSED (so the e2e run that finds everything
refused means something), the Temporal-side verdicts follow the audit trail, and the proofs the
probe forges provoke exactly the refusal each attack is named after."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from precredit.models.proofs import HumanAction, ProofRefusal
from precredit.probe import http_attacks as web
from precredit.probe import temporal_attacks as tmp
from precredit.probe.report import (
    Audited,
    ControlResult,
    ProbeReport,
    Verdict,
    not_tested,
    refused,
)
from precredit.probe.target import AuditRecord, Credential, credentials
from precredit.security.assertions import ProofKeys, Refused, verify
from precredit.security.roles import Role

BODY = {"application_id": "probe-test-c", "loan": {"term_months": 36}, "applicant": {"name": "x"}}
PARTNER = Credential(token="t" * 32, subject="carmaker-app")
Handler = Callable[[httpx.Request], httpx.Response]


def api(handler: Handler) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="http://api")


def error(status: int, kind: str, field: str | None = None) -> httpx.Response:
    return httpx.Response(status, json={"error": kind, "field": field, "reason": "refused"})


def weakened(request: httpx.Request) -> httpx.Response:
    """An API that lets everything through, as before issue 15."""
    if request.url.path == "/v1/sessions/otp":
        return httpx.Response(202, json={"challenge_id": "c" * 12, "expires_in": 300})
    if request.url.path.endswith("/underwriter-decision"):
        return httpx.Response(202, json={"decision": "approve"})
    if request.url.path == "/v1/applications":
        return httpx.Response(201, json={"application_id": "a", "applicant_token": "fresh"})
    if request.method == "GET":
        return httpx.Response(200, json={"status": "BOUND"})
    return httpx.Response(201, json={"document_ref": "doc://" + "0" * 64})


async def test_every_http_attack_on_a_weakened_api_is_not_refused() -> None:
    async with api(weakened) as http:
        results = [
            await web.anonymous_create(http, BODY, n=3),
            await web.anonymous_upload(http, b"\xff\xd8\xff"),
            await web.sms_flood(http, None, phone="13900000000", n=5),
            await web.create_replay(http, None, body=BODY, application_id="probe-test-c", other=PARTNER),
            await web.nested_json(http, PARTNER, BODY),
            await web.bad_value(
                http,
                PARTNER,
                name="term_months_string",
                body=BODY,
                section="loan",
                key="term_months",
                value="36",
            ),
            await web.two_underwriters(
                http, None, application_id="probe-test-r", first=PARTNER, second=PARTNER
            ),
            await web.late_decision(http, None, application_id="probe-test-r", underwriter=PARTNER),
            await web.card_takeover(
                http,
                thief_application="probe-test-a",
                thief_token="x",
                victim_workflow="card-c-x",
                victim_binding="card-c-x",
                identity_verified=True,
            ),
        ]
    assert [r.verdict for r in results] == [Verdict.NOT_REFUSED] * len(results), results
    assert not any(r.passed for r in results)
    assert "5 of 5 OTP SMS" in results[2].evidence and "fresh applicant token" in results[3].evidence


async def test_a_500_for_deep_json_is_not_a_refusal() -> None:
    async with api(lambda r: httpx.Response(500, text="Internal Server Error")) as http:
        result = await web.nested_json(http, PARTNER, BODY)
    assert result.verdict is Verdict.NOT_REFUSED and "500" in result.evidence


async def test_http_refusals_are_recognised_and_must_name_the_attacked_field() -> None:
    def locked(request: httpx.Request) -> httpx.Response:
        if "authorization" not in request.headers:
            return httpx.Response(401, json={"error": "unauthorised", "field": None, "reason": "no"},
                                  headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
        return error(422, "validation_error", "loan.term_months")

    async with api(locked) as http:
        assert (await web.anonymous_create(http, BODY, n=3)).passed
        assert (await web.anonymous_upload(http, b"\xff\xd8\xff")).passed
        term = await web.bad_value(http, PARTNER, name="term_months_string", body=BODY, section="loan",
                                   key="term_months", value="36")  # fmt: skip
        debt = await web.bad_value(http, PARTNER, name="absurd_debt", body=BODY, section="applicant",
                                   key="existing_monthly_debt", value="999999999999.00")  # fmt: skip
    assert term.verdict is Verdict.REFUSED and "[loan.term_months]" in term.evidence
    # Refused, but for another field: the debt check itself was never reached.
    assert debt.verdict is Verdict.NOT_TESTED and not debt.passed


def record(refusal: str, action: HumanAction = HumanAction.UNDERWRITER_DECISION) -> AuditRecord:
    detail = {"human_action": str(action), "refusal": refusal}
    return AuditRecord(
        seq=1, actor="unverified", action=tmp.REFUSED_ACTION, application_id="a", detail=detail
    )


def test_temporal_verdicts_follow_what_the_workflow_did_and_audited() -> None:
    acted = tmp.judge("forged_decision", acted=True, refusals=[], expect={"UNSIGNED"}, evidence="approved")
    assert acted.verdict is Verdict.NOT_REFUSED and acted.audited is Audited.NO
    silent = tmp.judge("forged_cancel", acted=False, refusals=[], expect={"UNSIGNED"}, evidence="ignored")
    assert silent.verdict is Verdict.REFUSED and silent.audited is Audited.NO and not silent.passed
    other = tmp.judge(
        "proof_expired", acted=False, refusals=[record("BAD_SIGNATURE")], expect={"EXPIRED"}, evidence="e"
    )
    assert other.verdict is Verdict.NOT_TESTED  # e.g. the probe's keys are not the deployment's
    good = tmp.judge(
        "proof_expired", acted=False, refusals=[record("EXPIRED")], expect={"EXPIRED"}, evidence="e"
    )
    assert good.passed and "human_action.refused EXPIRED" in good.evidence


def test_a_genuine_hand_over_that_fails_turns_the_forged_pickups_into_a_finding() -> None:
    forged = refused("forged_pickup", "6/6 not accepted", audit=Audited.YES)
    assert tmp.after_handover(forged, handed_over=True, evidence="redeem 200").passed
    locked = tmp.after_handover(forged, handed_over=False, evidence="redeem 422 locked")
    assert locked.verdict is Verdict.NOT_REFUSED and "genuine hand-over failed" in locked.evidence


@pytest.fixture
def keys() -> ProofKeys:
    return ProofKeys(keys={"k1": secrets.token_bytes(32)}, signing_kid="k1")


def test_the_forged_proofs_provoke_the_refusal_their_attack_is_named_after(keys: ProofKeys) -> None:
    def why(proof: str) -> ProofRefusal:
        result = verify(proof, keys=keys, action=HumanAction.UNDERWRITER_DECISION, object_id="app-1",
                        now=datetime.now(UTC), decision="approve")  # fmt: skip
        assert isinstance(result, Refused), result
        return result.reason

    assert why(tmp.expired(keys, "app-1", "uw-1")) is ProofRefusal.EXPIRED
    assert why(tmp.wrong_role(keys, "app-1", "D001")) is ProofRefusal.WRONG_ROLE
    assert why(tmp.counterfeit("app-1", "anyone")) is ProofRefusal.UNKNOWN_KEY  # the attacker's own kid
    derived = ProofKeys(keys={"derived": keys.keys["k1"]}, signing_kid="derived")
    result = verify(tmp.counterfeit("app-1", "anyone"), keys=derived, action=HumanAction.UNDERWRITER_DECISION,
                    object_id="app-1", now=datetime.now(UTC), decision="approve")  # fmt: skip
    assert isinstance(result, Refused) and result.reason is ProofRefusal.BAD_SIGNATURE


def test_the_report_passes_only_when_everything_is_refused_and_the_control_completes() -> None:
    done = ControlResult("probe-x-c", True, "COMPLETED")
    ok = ProbeReport([refused("sms_flood", "429", audit=Audited.YES)], done)
    assert ok.ok and ok.summary().startswith("all 1 attacks refused")
    untested = ProbeReport([refused("sms_flood", "429"), not_tested("proof_expired", "no keys")], done)
    assert not untested.ok and untested.failures() == ["proof_expired"]
    stuck = ProbeReport([refused("sms_flood", "429")], ControlResult("probe-x-c", False, "EXPIRED"))
    assert stuck.failures() == ["control"] and "1 of 2 checks failed: control" == stuck.summary()
    table = untested.table().splitlines()
    assert table[0].split()[:3] == ["attack", "verdict", "audited"] and len(table) == 5
    assert "NOT TESTED" in table[2] and table[3].startswith("control") and table[4].startswith("# ")
    as_json = json.loads(json.dumps(untested.as_json()))
    assert as_json["ok"] is False and [a["passed"] for a in as_json["attacks"]] == [True, False]


def test_every_attack_belongs_to_one_side_of_the_run() -> None:
    from precredit.probe import run

    sides = [*run.ON_CONTROL, *run.AT_THE_DOOR, *run.ON_REVIEW, "card_takeover"]
    assert sorted(sides) == sorted(run.ATTACKS) and len(set(sides)) == len(sides)


def test_credentials_are_read_the_way_the_api_reads_them() -> None:
    spec = "a" * 24 + ":underwriter:uw-1," + "b" * 24 + ":dealer:D001," + "c" * 24 + ":nobody:x"
    found = credentials(spec)
    assert found[Role.UNDERWRITER] == [Credential("a" * 24, "uw-1")]
    assert found[Role.DEALER][0].subject == "D001" and len(found) == 2  # an unknown role is skipped


def test_the_cli_exits_1_with_one_line_when_no_stack_answers(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from precredit.cli.main import main
    from precredit.config import get_settings

    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PRECREDIT_API_TOKENS", secrets.token_urlsafe(24) + ":partner:carmaker-app")
    get_settings.cache_clear()
    try:
        code = main(["security", "probe", "--api-url", "http://127.0.0.1:9"])
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and err[0].startswith("precredit: security probe: no API answers")
