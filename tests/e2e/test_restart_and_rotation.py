"""A second start of the embedded stack reuses the same history, and a key rotated between two
batches leaves everything readable: old and new histories, database fields and documents."""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import pytest
from sqlmodel import Session

from precredit.client import PreCreditClient, connect
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine
from precredit.db.keys import SubjectKey
from precredit.demo.batch import EXPECTED, Outcome, prepare, run_one
from precredit.models.messages import PreCreditResult
from precredit.security.keys import load_keyring
from precredit.stack.embedded import embedded_stack
from tests.e2e.conftest import E2E_DEADLINES, cli_env, free_port, precredit_bin


def fresh_ports(data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir, temporal_address=f"127.0.0.1:{free_port()}", temporal_ui_port=free_port(),
        codec_port=free_port(), api_port=free_port(), deadlines=E2E_DEADLINES,
    )  # fmt: skip


async def batch(settings: Settings, profiles: list[str], seed: int) -> list[Outcome]:
    client = PreCreditClient(await connect(settings), settings)
    store = DocumentStore(settings.documents_dir, keyring=load_keyring(settings))
    outcomes = []
    for i, profile in enumerate(profiles):
        request, behaviour = prepare(profile, index=i, seed=seed, store=store, settings=settings)
        out = Outcome(request.application_id, profile, EXPECTED[profile])
        outcomes.append(await run_one(client, settings, request, behaviour, out))
    return outcomes


@pytest.mark.slow
async def test_restart_keeps_history_and_rotation_keeps_everything_readable(tmp_path: Path) -> None:
    first_settings = fresh_ports(tmp_path)
    async with embedded_stack(first_settings, ui=False, api=False):
        before = await batch(first_settings, ["good", "blacklisted"], seed=21)
    assert all(o.as_expected for o in before), [(o.profile, o.result, o.error) for o in before]
    old_key = load_keyring(first_settings).active_key_id

    rotate = await asyncio.to_thread(
        subprocess.run,
        [precredit_bin(), "keys", "rotate"],
        capture_output=True,
        text=True,
        env=cli_env(first_settings),
        timeout=60,
    )
    assert rotate.returncode == 0, rotate.stderr
    ring = load_keyring(first_settings)
    assert ring.active_key_id != old_key and old_key in {kid for kid, _ in ring.keys}

    second_settings = fresh_ports(tmp_path)  # same data dir and Temporal database file
    async with embedded_stack(second_settings, ui=False, api=False):
        after = await batch(second_settings, ["good"], seed=22)
        assert all(o.as_expected for o in after), [(o.profile, o.result, o.error) for o in after]
        client = await connect(second_settings)
        key_ids: set[str] = set()
        for o in before + after:  # histories written before and after the rotation decode
            history = await client.get_workflow_handle(f"precredit-{o.application_id}").fetch_history()
            for event in history.events:
                if event.HasField("workflow_execution_started_event_attributes"):
                    payload = event.workflow_execution_started_event_attributes.input.payloads[0]
                    key_ids.add(payload.metadata["encryption-key-id"].decode())
            handle = client.get_workflow_handle(f"precredit-{o.application_id}", result_type=PreCreditResult)
            assert (await handle.result()).status.value == o.expected.status
        # Each payload names its applicant's key; those keys are wrapped by the master keys, and
        # the ones wrapped before the rotation still open with the old master key.
        assert key_ids and all(k.startswith("subject:") for k in key_ids)
        with Session(get_engine(second_settings.database)) as session:
            wrapped = set()
            for k in key_ids:
                row = session.get(SubjectKey, k.removeprefix("subject:"))
                assert row is not None, k
                wrapped.add(row.master_key_id)
        assert old_key in wrapped and wrapped <= {old_key, ring.active_key_id}

    for o in before + after:  # one person at a time: the export decrypts what the database hides
        export = await asyncio.to_thread(
            subprocess.run,
            [precredit_bin(), "export-applicant", "--application", o.application_id],
            capture_output=True,
            text=True,
            env=cli_env(second_settings),
            timeout=60,
        )
        assert export.returncode == 0, export.stderr
        held = json.loads(export.stdout)
        assert held["id_number"] and o.application_id in {a["application_id"] for a in held["applications"]}
    store = DocumentStore.for_settings(second_settings)
    docs = [p for p in second_settings.documents_dir.rglob("*") if p.is_file()]
    assert docs and all(store.get(f"doc://{p.name}") for p in docs)
