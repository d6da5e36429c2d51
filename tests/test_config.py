"""The settings that joined `Settings` keep the environment names they were read under before."""

from __future__ import annotations

from pathlib import Path

import pytest

from precredit.config import ApiOptions, CardPolicy, Settings
from precredit.integrations.base import FaultConfig, ProviderUnavailable, faults_off
from precredit.integrations.sandbox import Sandbox

ID_NUMBER = "11010519491231002X"


def test_card_policy_reads_its_single_underscore_names(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().card == CardPolicy()
    monkeypatch.setenv("PRECREDIT_CARD_ALERT_USER_UNBINDS", "7")
    monkeypatch.setenv("precredit_card_min_card_age_seconds", "0")  # case-insensitive, as before
    card = Settings().card
    assert (card.alert_user_unbinds, card.min_card_age_seconds) == (7, 0)
    assert card.alert_window_seconds == CardPolicy().alert_window_seconds
    assert Settings(card=CardPolicy(alert_user_unbinds=1)).card.alert_user_unbinds == 1  # code wins
    monkeypatch.setenv("PRECREDIT_CARD_REVIEW_USER_UNBINDS", "0")
    with pytest.raises(ValueError, match="review_user_unbinds"):
        Settings()


def test_sandbox_faults_reach_the_sandbox_through_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PRECREDIT_SANDBOX_FAULTS", '{"default": {"failure_rate": 1.0}}')
    settings = Settings()
    assert not faults_off(settings.sandbox_faults)
    with pytest.raises(ProviderUnavailable, match="injected"):
        Sandbox.from_settings(settings).blacklist.check(ID_NUMBER)
    monkeypatch.setenv("PRECREDIT_SANDBOX_FAULTS", "off")
    settings = Settings()
    assert faults_off(settings.sandbox_faults)
    assert FaultConfig.load(settings.sandbox_dir, settings.sandbox_faults) == FaultConfig.none()
    Sandbox.from_settings(settings).blacklist.check(ID_NUMBER)  # no injected failure


def test_api_options_are_nested_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().api == ApiOptions()
    monkeypatch.setenv("PRECREDIT_API__MAX_DOCUMENT_BYTES", "1024")
    monkeypatch.setenv("PRECREDIT_API__TEMPORAL_UI_URL", "https://ui.example")
    api = Settings().api
    assert (api.max_document_bytes, api.temporal_ui_url) == (1024, "https://ui.example")
    assert api.pickup_failures_per_window == ApiOptions().pickup_failures_per_window
