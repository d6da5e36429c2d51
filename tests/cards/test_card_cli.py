"""`precredit card bind|unbind|status|list` against a worker, as a user at a terminal would run them."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from precredit.cli.main import main
from precredit.config import CardPolicy, get_settings
from precredit.security.keys import KeyRing
from tests.cards.conftest import card_world


async def test_bind_list_unbind_through_the_cli(
    ts_env: WorkflowEnvironment,
    tmp_path: Path,
    keyring: KeyRing,
    policy: CardPolicy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target, converter = ts_env.client.service_client.config.target_host, ts_env.client.data_converter

    async def connect(settings: object) -> Client:
        return await Client.connect(target, data_converter=converter)

    monkeypatch.setattr("precredit.client.connect", connect)
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path))
    async with card_world(ts_env.client, tmp_path, keyring, policy) as w:
        monkeypatch.setenv("PRECREDIT_TASK_QUEUE", w.queue)
        get_settings.cache_clear()
        p = w.person()
        who = ["--user", "cli.user", "--name", p.name, "--id-number", p.id_number, "--phone", p.phone]
        bind = ["card", "bind", *who, "--card", w.card(p), "--simulate-user", "--wait", "--json"]
        assert await asyncio.to_thread(main, bind) == 0
        bound = json.loads(capsys.readouterr().out)
        assert bound["status"] == "BOUND" and "*" in bound["card_masked"]
        assert await asyncio.to_thread(main, ["card", "list", "--user", "cli.user"]) == 0
        assert bound["binding_id"] in capsys.readouterr().out
        unbind = ["card", "unbind", *who, "--binding-id", bound["binding_id"], "--simulate-user", "--wait"]
        assert await asyncio.to_thread(main, unbind) == 0
        line = capsys.readouterr().out
        assert "UNBOUND" in line and w.card(p) not in line
        assert await asyncio.to_thread(main, ["card", "status", bound["workflow_id"]]) == 0
        assert "BOUND at store" in capsys.readouterr().out
        bad = ["card", "bind", *who, "--card", "12", "--phone", "123"]
        assert await asyncio.to_thread(main, bad) == 2
        assert capsys.readouterr().err.startswith("precredit: invalid phone")
    get_settings.cache_clear()
