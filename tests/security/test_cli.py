from __future__ import annotations

from pathlib import Path

import pytest

from precredit.cli import main as cli
from precredit.config import Settings, get_settings
from precredit.security.keys import load_keyring


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PRECREDIT_ENCRYPTION_KEYS", raising=False)
    monkeypatch.delenv("PRECREDIT_API_TOKENS", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_keys_rotate_keeps_old_keys(data_dir: Path) -> None:
    before = load_keyring(Settings(data_dir=data_dir))
    assert cli.main(["keys", "rotate"]) == 0
    after = load_keyring(Settings(data_dir=data_dir))
    assert after.keys[:1] == before.keys and len(after.keys) == 2 and after.lookup_key == before.lookup_key
    assert (data_dir / "keys.json").stat().st_mode & 0o777 == 0o600


def test_keys_generate_prints_valid_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["keys", "generate"]) == 0
    env = dict(line.split("=", 1) for line in capsys.readouterr().out.splitlines())
    settings = Settings(
        encryption_keys=env["PRECREDIT_ENCRYPTION_KEYS"], lookup_key=env["PRECREDIT_LOOKUP_KEY"]
    )
    assert load_keyring(settings).active_key_id == env["PRECREDIT_ENCRYPTION_KEYS"].split(":")[0]
    assert Settings(proof_keys=env["PRECREDIT_PROOF_KEYS"]).proof_keys is not None  # a valid, random key


def test_codec_server_refuses_to_start_without_operator_tokens(data_dir: Path, capsys) -> None:
    assert cli.main(["codec-server"]) == 2
    assert "no operator token" in capsys.readouterr().err
