from __future__ import annotations

from datetime import UTC, datetime, timedelta

from precredit.security.codes import (
    CROCKFORD,
    AttemptPolicy,
    AttemptState,
    code_matches,
    hash_code,
    new_pickup_code,
    new_sms_code,
    normalise_pickup_code,
    pickup_code_valid_format,
)
from precredit.security.keys import KeyRing

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_sms_codes_are_six_digits_and_vary() -> None:
    codes = {new_sms_code() for _ in range(200)}
    assert all(len(c) == 6 and c.isdigit() for c in codes) and len(codes) > 190


def test_pickup_code_format_and_entropy() -> None:
    code = new_pickup_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 1]
    assert pickup_code_valid_format(code)
    # 12 random symbols of a 32-symbol alphabet: 60 bits.
    assert len(CROCKFORD) ** 12 >= 2**60


def test_every_single_symbol_typo_is_rejected() -> None:
    for _ in range(20):
        canonical = new_pickup_code().replace("-", "")
        for i, original in enumerate(canonical):
            for ch in CROCKFORD:
                if ch != original:
                    assert not pickup_code_valid_format(canonical[:i] + ch + canonical[i + 1 :])


def test_lenient_spelling_is_normalised() -> None:
    code = new_pickup_code()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_pickup_code(sloppy) == code.replace("-", "")
    assert not pickup_code_valid_format("ABCD")
    assert not pickup_code_valid_format(code + "X")


def test_hash_code_is_keyed_and_spelling_independent(keyring: KeyRing) -> None:
    code = new_pickup_code()
    h = hash_code(code, purpose="pickup", keyring=keyring)
    assert h == hash_code(code.lower().replace("-", ""), purpose="pickup", keyring=keyring)
    assert h != hash_code(code, purpose="pickup", keyring=KeyRing.generate())
    assert hash_code("123456", purpose="sms", keyring=keyring) != hash_code(
        "123456", purpose="sms-unbind", keyring=keyring
    )
    stored = hash_code("123456", purpose="sms", keyring=keyring)
    assert code_matches(" 123456", stored, purpose="sms", keyring=keyring)
    assert not code_matches("123457", stored, purpose="sms", keyring=keyring)


def test_attempt_policy_burns_one_time_codes() -> None:
    policy = AttemptPolicy(max_attempts=3)
    state = AttemptState()
    for remaining in (3, 2, 1):
        assert policy.check(state, NOW).remaining == remaining
        state = policy.record_failure(state, NOW)
    verdict = policy.check(state, NOW + timedelta(days=1))
    assert not verdict.allowed and state.burnt


def test_attempt_policy_lockout_expires_and_success_resets() -> None:
    policy = AttemptPolicy(max_attempts=2, lockout=timedelta(minutes=15))
    state = policy.record_failure(policy.record_failure(AttemptState(), NOW), NOW)
    verdict = policy.check(state, NOW + timedelta(minutes=1))
    assert not verdict.allowed and verdict.retry_at == NOW + timedelta(minutes=15)
    later = NOW + timedelta(minutes=16)
    assert policy.check(state, later).allowed and policy.check(state, later).remaining == 2
    state = policy.record_failure(state, later)
    assert state.failures == 1 and state.locked_until is None
    assert policy.record_success(state) == AttemptState()
