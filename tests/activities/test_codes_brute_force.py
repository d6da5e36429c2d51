"""SMS and pickup codes through the real activities, database and sandbox outbox: guessing locks out,
retries repeat the same code, and a code works once."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from temporalio.testing import ActivityEnvironment

from precredit.activities.deps import Dependencies
from precredit.activities.messaging import MessagingActivities
from precredit.activities.pickup import PickupActivities
from precredit.config import Settings
from precredit.integrations.base import FaultInjector
from precredit.models.activities import (
    PickupIssueRequest,
    PickupRedeemRequest,
    PickupRedeemResult,
    SmsChallengeRequest,
    SmsVerifyRequest,
)

PHONE = "13912345678"


@pytest.fixture
def deps(tmp_path: Path) -> Dependencies:
    return Dependencies.from_settings(
        Settings(data_dir=tmp_path, sandbox_faults="off"), faults=FaultInjector.none()
    )


def test_sms_code_brute_force_locks_out(deps: Dependencies) -> None:
    env, acts = ActivityEnvironment(), MessagingActivities(deps)
    req = SmsChallengeRequest(
        application_id="bf-1", phone=PHONE, purpose="credit_authorisation", ttl_seconds=300, max_attempts=5
    )
    first = env.run(acts.send_sms_code, req)
    again = env.run(acts.send_sms_code, req)  # an activity retry: same challenge, no second SMS
    assert first.challenge_id == again.challenge_id and first.phone_masked == "139****5678"
    messages = deps.sandbox.outbox.messages(PHONE, "credit_authorisation")
    assert len(messages) == 1
    code = messages[0].code
    assert code is not None
    wrong = [f"{(int(code) + i) % 1_000_000:06d}" for i in range(1, 6)]
    results = [
        env.run(acts.verify_sms_code, SmsVerifyRequest(challenge_id=first.challenge_id, code=w))
        for w in wrong
    ]
    assert [r.attempts_left for r in results] == [4, 3, 2, 1, 0]
    assert results[-1].locked and not any(r.ok for r in results)
    late = env.run(acts.verify_sms_code, SmsVerifyRequest(challenge_id=first.challenge_id, code=code))
    assert not late.ok and late.locked  # the right code after lockout is refused


def test_sms_code_right_first_time(deps: Dependencies) -> None:
    env, acts = ActivityEnvironment(), MessagingActivities(deps)
    req = SmsChallengeRequest(
        application_id="ok-1", phone=PHONE, purpose="card_bind", ttl_seconds=300, max_attempts=5
    )
    challenge = env.run(acts.send_sms_code, req)
    msg = deps.sandbox.outbox.latest(PHONE, "card_bind")
    assert msg is not None and "绑定还款银行卡" in msg.text and msg.code
    assert env.run(
        acts.verify_sms_code, SmsVerifyRequest(challenge_id=challenge.challenge_id, code=msg.code)
    ).ok


def test_pickup_code_is_one_time_and_guessing_locks_out(deps: Dependencies) -> None:
    env, acts = ActivityEnvironment(), PickupActivities(deps)
    issue = PickupIssueRequest(application_id="pk-1", dealer_id="D1", phone=PHONE, ttl_seconds=86400)
    issued = env.run(acts.issue_pickup_code, issue)
    assert env.run(acts.issue_pickup_code, issue).code_masked == issued.code_masked  # retry: same code
    sms = deps.sandbox.outbox.messages(PHONE, "pickup_code")
    assert len(sms) == 1
    found = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", sms[0].text)
    assert found is not None
    code = found.group(0)
    assert issued.code_masked == code[:4] + "-****-****-" + code[-1]
    assert issued.expires_at > datetime.now(UTC) + timedelta(hours=23)

    def redeem(c: str, dealer: str = "D1") -> PickupRedeemResult:
        return env.run(
            acts.redeem_pickup_code,
            PickupRedeemRequest(application_id="pk-1", dealer_id=dealer, code=c, max_attempts=3),
        )

    assert redeem(code, dealer="D2").reason == "code belongs to another dealership"
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert "check symbol" in redeem(typo).reason
    ok = redeem(code.lower())  # case and separators are forgiven
    assert ok.ok
    assert redeem(code).reason == "code already used"


def test_pickup_guessing_exhausts_attempts(deps: Dependencies) -> None:
    from precredit.security.codes import new_pickup_code

    env, acts = ActivityEnvironment(), PickupActivities(deps)
    env.run(
        acts.issue_pickup_code,
        PickupIssueRequest(application_id="pk-2", dealer_id="D1", phone=PHONE, ttl_seconds=86400),
    )
    guesses = [
        env.run(
            acts.redeem_pickup_code,
            PickupRedeemRequest(
                application_id="pk-2", dealer_id="D1", code=new_pickup_code(), max_attempts=3
            ),
        )
        for _ in range(4)
    ]
    assert [g.reason for g in guesses] == [
        "wrong code",
        "wrong code",
        "wrong code",
        "locked after too many attempts",
    ]
