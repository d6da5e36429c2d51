from __future__ import annotations

import time
from pathlib import Path

import pytest

from precredit.integrations.base import (
    FaultConfig,
    FaultInjector,
    FaultProfile,
    ProviderBadResponse,
    ProviderUnavailable,
    attempt_scope,
)
from precredit.integrations.sandbox import Sandbox


def _injector(sleeps: list[float] | None = None, **profile: float) -> FaultInjector:
    config = FaultConfig(seed=7, default=FaultProfile(**profile))
    return FaultInjector(config, sleep=(sleeps.append if sleeps is not None else time.sleep))


def _calls(sandbox: Sandbox, person_id: str, name: str, phone: str) -> list:
    return [
        lambda: sandbox.identity.verify_elements(name, person_id, phone),
        lambda: sandbox.blacklist.check(person_id),
        lambda: sandbox.bureau.fetch_report(name, person_id),
        lambda: sandbox.court.check(name, person_id),
        lambda: sandbox.carrier.lookup(phone, name, person_id),
        lambda: sandbox.multi_lending.query(person_id),
        lambda: sandbox.sms.send(phone, "验证码 123456", purpose="identity", idempotency_key="k1"),
        lambda: sandbox.push.push_signing_task("app-1", "contract", "0" * 64, idempotency_key="k2"),
    ]


def test_failure_rate_one_makes_every_provider_unavailable(data_dir: Path, tmp_path: Path, persons) -> None:
    box = Sandbox.build(data_dir=data_dir, state_dir=tmp_path, faults=_injector(failure_rate=1.0))
    p = persons.all[0]
    for call in _calls(box, p.id_number, p.name, p.phone):
        with pytest.raises(ProviderUnavailable) as info:
            call()
        assert info.value.retryable
    assert box.outbox.latest(p.phone) is None, "a failed send must not deliver"


def test_bad_data_is_caught_by_response_validation(data_dir: Path, tmp_path: Path, persons) -> None:
    box = Sandbox.build(data_dir=data_dir, state_dir=tmp_path, faults=_injector(bad_data_rate=1.0))
    p = persons.all[0]
    for call in _calls(box, p.id_number, p.name, p.phone)[:6]:
        with pytest.raises(ProviderBadResponse) as info:
            call()
        assert not info.value.retryable


def test_latency_is_drawn_within_mean_plus_minus_jitter() -> None:
    sleeps: list[float] = []
    faults = _injector(sleeps, latency_mean_ms=100, latency_jitter_ms=30)
    for i in range(50):
        faults.before_call("bureau", f"key-{i}")
    assert len(sleeps) == 50
    assert all(0.07 <= s <= 0.13 for s in sleeps)
    assert max(sleeps) - min(sleeps) > 0.02, "jitter should vary the latency"


def test_latency_really_sleeps(data_dir: Path, tmp_path: Path, persons) -> None:
    box = Sandbox.build(data_dir=data_dir, state_dir=tmp_path, faults=_injector(latency_mean_ms=60))
    started = time.perf_counter()
    box.multi_lending.query(persons.all[0].id_number)
    assert time.perf_counter() - started >= 0.055


def test_faults_are_deterministic_per_key_and_attempt() -> None:
    def outcomes() -> list[bool]:
        faults = _injector(failure_rate=0.5)
        seen = []
        for key in ("a", "b", "c", "d", "e", "f", "g", "h") * 3:  # three attempts per key
            try:
                faults.before_call("identity", key)
                seen.append(True)
            except ProviderUnavailable:
                seen.append(False)
        return seen

    first = outcomes()
    assert first == outcomes()
    assert 4 <= first.count(False) <= 20


def test_retry_draws_a_new_outcome_and_attempt_scope_pins_it() -> None:
    faults = _injector(failure_rate=0.5)
    results = set()
    for attempt in range(1, 20):
        with attempt_scope(attempt):
            try:
                faults.before_call("bureau", "same-request")
                results.add("ok")
            except ProviderUnavailable:
                results.add("fail")
    assert results == {"ok", "fail"}
    with attempt_scope(3):
        pinned = [_try(faults) for _ in range(5)]
    assert len(set(pinned)) == 1


def _try(faults: FaultInjector) -> bool:
    try:
        faults.before_call("bureau", "same-request")
        return True
    except ProviderUnavailable:
        return False


def test_config_file_and_env_override(data_dir: Path) -> None:
    shipped = FaultConfig.load(data_dir)
    assert shipped.for_provider("bureau").latency_mean_ms > 0
    off = FaultConfig.load(data_dir, "off")
    assert off.for_provider("bureau") == FaultProfile()
    merged = FaultConfig.load(data_dir, '{"providers": {"bureau": {"failure_rate": 1.0}}}')
    assert merged.for_provider("bureau").failure_rate == 1.0
    assert merged.for_provider("bureau").latency_mean_ms == shipped.for_provider("bureau").latency_mean_ms
