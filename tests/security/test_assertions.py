"""Signed assertions of a human sender: every refusal the pure verifier can give, and rotation."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import pytest

from precredit.models.proofs import HumanAction, ProofRefusal, VerifiedClaim
from precredit.security.assertions import ProofKeys, Refused, issue, verify
from precredit.security.keys import KeyRing
from precredit.security.roles import Role

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TTL = timedelta(minutes=5)
UW = HumanAction.UNDERWRITER_DECISION


@pytest.fixture
def keys() -> ProofKeys:
    return ProofKeys.derived(KeyRing.generate())


def _decision(keys: ProofKeys, **kw: Any) -> str:
    args: dict[str, Any] = dict(
        keys=keys, subject="uw-1", role=Role.UNDERWRITER, action=UW, object_id="app-1", ttl=TTL, now=NOW,
        decision="approve",
    )  # fmt: skip
    args.update(kw)
    return issue(**args)


def _refusal(result: VerifiedClaim | Refused) -> ProofRefusal:
    assert isinstance(result, Refused), result
    return result.reason


def test_a_valid_proof_names_its_subject_and_role(keys: ProofKeys) -> None:
    claim = verify(_decision(keys), keys=keys, action=UW, object_id="app-1", now=NOW, decision="approve")
    assert isinstance(claim, VerifiedClaim)
    assert (claim.principal, claim.decision, claim.object_id) == ("underwriter:uw-1", "approve", "app-1")
    assert claim.expires_at - claim.issued_at == TTL and len(claim.nonce) >= 16


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: "", ProofRefusal.UNSIGNED),
        (lambda t: "   ", ProofRefusal.UNSIGNED),
        (lambda t: "hello", ProofRefusal.MALFORMED),
        (lambda t: "pa1.!!!.???", ProofRefusal.MALFORMED),
        (lambda t: t[:-4] + ("AAAA" if not t.endswith("AAAA") else "BBBB"), ProofRefusal.BAD_SIGNATURE),
    ],
)
def test_unsigned_garbage_and_tampered_signatures_are_refused(
    keys: ProofKeys, mutate: Callable[[str], str], expected: ProofRefusal
) -> None:
    token = mutate(_decision(keys))
    assert (
        _refusal(verify(token, keys=keys, action=UW, object_id="app-1", now=NOW, decision="approve"))
        == expected
    )


def test_changing_a_claim_breaks_the_signature(keys: ProofKeys) -> None:
    prefix, body, sig = _decision(keys).split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["sub"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    result = verify(
        f"{prefix}.{forged}.{sig}", keys=keys, action=UW, object_id="app-1", now=NOW, decision="approve"
    )
    assert _refusal(result) is ProofRefusal.BAD_SIGNATURE


def test_another_deployments_key_is_unknown_or_wrong(keys: ProofKeys) -> None:
    other = ProofKeys.derived(KeyRing.generate())
    result = verify(_decision(other), keys=keys, action=UW, object_id="app-1", now=NOW, decision="approve")
    assert _refusal(result) is ProofRefusal.BAD_SIGNATURE  # same kid "derived", different key
    renamed = ProofKeys(keys={"k9": other.keys["derived"]}, signing_kid="k9")
    result = verify(_decision(renamed), keys=keys, action=UW, object_id="app-1", now=NOW, decision="approve")
    assert _refusal(result) is ProofRefusal.UNKNOWN_KEY


def test_expiry_and_future_issue_are_refused(keys: ProofKeys) -> None:
    token = _decision(keys)
    late = NOW + TTL + timedelta(seconds=6)
    assert (
        _refusal(verify(token, keys=keys, action=UW, object_id="app-1", now=late, decision="approve"))
        is ProofRefusal.EXPIRED
    )
    ok = verify(token, keys=keys, action=UW, object_id="app-1", now=NOW + TTL, decision="approve")
    assert isinstance(ok, VerifiedClaim)
    early = NOW - timedelta(minutes=1)
    assert (
        _refusal(verify(token, keys=keys, action=UW, object_id="app-1", now=early, decision="approve"))
        is ProofRefusal.NOT_YET_VALID
    )


def test_a_proof_binds_action_object_decision_and_sender(keys: ProofKeys) -> None:
    token = _decision(keys)
    check = partial(verify, token, keys=keys, now=NOW)
    assert _refusal(check(action=HumanAction.CANCEL, object_id="app-1")) is ProofRefusal.WRONG_ACTION
    assert _refusal(check(action=UW, object_id="app-2", decision="approve")) is ProofRefusal.WRONG_OBJECT
    assert _refusal(check(action=UW, object_id="app-1", decision="reject")) is ProofRefusal.WRONG_DECISION
    assert (
        _refusal(check(action=UW, object_id="app-1", decision="approve", subject="uw-2"))
        is ProofRefusal.WRONG_SUBJECT
    )


def test_roles_are_checked_at_issue_and_at_verification(keys: ProofKeys) -> None:
    with pytest.raises(ValueError, match="may not"):
        _decision(keys, role=Role.DEALER)
    # A proof minted for a cancel by an operator can't be presented as an underwriter decision.
    cancel = issue(
        keys=keys,
        subject="ops",
        role=Role.OPERATOR,
        action=HumanAction.CANCEL,
        object_id="app-1",
        ttl=TTL,
        now=NOW,
    )
    assert (
        _refusal(verify(cancel, keys=keys, action=UW, object_id="app-1", now=NOW))
        is ProofRefusal.WRONG_ACTION
    )
    pickup = issue(
        keys=keys,
        subject="D001",
        role=Role.DEALER,
        action=HumanAction.PICKUP_REDEEM,
        object_id="app-1",
        ttl=TTL,
        now=NOW,
    )
    claim = verify(
        pickup, keys=keys, action=HumanAction.PICKUP_REDEEM, object_id="app-1", now=NOW, subject="D001"
    )
    assert isinstance(claim, VerifiedClaim) and claim.principal == "dealer:D001"


def test_rotated_keys_verify_old_proofs_and_sign_with_the_newest() -> None:
    ring_a, ring_b = KeyRing.generate(), KeyRing.generate()
    a_b64 = base64.b64encode(ring_a.derive("x")).decode()
    b_b64 = base64.b64encode(ring_b.derive("x")).decode()
    old = ProofKeys.from_spec(f"k1:{a_b64}")
    rotated = ProofKeys.from_spec(f"k1:{a_b64},k2:{b_b64}")
    assert rotated.signing_kid == "k2"
    claim = verify(_decision(old), keys=rotated, action=UW, object_id="app-1", now=NOW, decision="approve")
    assert isinstance(claim, VerifiedClaim) and claim.key_id == "k1"
    assert isinstance(
        verify(_decision(rotated), keys=rotated, action=UW, object_id="app-1", now=NOW, decision="approve"),
        VerifiedClaim,
    )
    with pytest.raises(ValueError):
        ProofKeys.from_spec("k1:" + base64.b64encode(b"\0" * 32).decode())  # a placeholder key is refused
