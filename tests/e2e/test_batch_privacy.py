"""A batch of every sandbox profile through the real stack; then no personal data in plaintext anywhere
the operator stores it: the Temporal server's database and log, the application database, the
documents, and what the processes log."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess

import pytest

from precredit.client import PreCreditClient, connect
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.demo.batch import EXPECTED, Outcome, prepare, run_one
from precredit.security.keys import load_keyring
from precredit.stack.embedded import StackInfo
from tests.e2e.conftest import cli_env, precredit_bin

PROFILES = list(EXPECTED)
_TRANSIENT = ("-journal", "-wal", "-shm")  # SQLite's files beside a database it is writing


async def test_every_profile_reaches_its_outcome_and_nothing_leaks(
    stack: StackInfo, stack_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # what the worker, API and activities log in production
    settings = stack_settings
    client = PreCreditClient(await connect(settings), settings)
    store = DocumentStore(settings.documents_dir, keyring=load_keyring(settings))
    prepared = [prepare(p, index=i, seed=3, store=store, settings=settings) for i, p in enumerate(PROFILES)]
    sem = asyncio.Semaphore(3)

    async def one(i: int) -> Outcome:
        request, behaviour = prepared[i]
        async with sem:
            return await run_one(
                client,
                settings,
                request,
                behaviour,
                Outcome(request.application_id, PROFILES[i], EXPECTED[PROFILES[i]]),
            )

    outcomes = await asyncio.gather(*(one(i) for i in range(len(PROFILES))))
    missed = [
        (o.profile, o.result.status if o.result else o.error, o.result.reason_codes if o.result else [])
        for o in outcomes
        if not o.as_expected
    ]
    assert not missed, missed

    secrets: set[str] = set()
    for request, _ in prepared:
        a = request.applicant
        secrets |= {a.name, a.id_number, a.phone}
    stored = [p for p in settings.data_dir.rglob("*") if p.is_file() and "sandbox" not in p.parts]
    assert any(p.name.startswith("temporal.db") for p in stored) and any(
        p.name.startswith("precredit.db") for p in stored
    )
    # The Temporal server is still running: SQLite's rollback journal comes and goes with each
    # write. Journals are read first and one that is gone by then has been committed into its
    # database file, which is read after it; any other file that vanishes is a failure.
    leaks = []
    for path in sorted(stored, key=lambda p: not p.name.endswith(_TRANSIENT)):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            assert path.name.endswith(_TRANSIENT), path.name
            continue
        leaks += [(path.name, s) for s in secrets if s.encode() in data]
    assert not leaks, leaks
    assert any(r.name.startswith("precredit") for r in caplog.records)
    logged = [s for s in secrets if s in caplog.text]
    assert not logged, logged

    # The operator's export, one person at a time, decrypts what the database hides.
    for request, _ in prepared[:2]:
        proc = await asyncio.to_thread(
            subprocess.run,
            [precredit_bin(), "export-applicant", "--application", request.application_id],
            capture_output=True,
            text=True,
            env=cli_env(settings),
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["id_number"] == request.applicant.id_number

    audit = await asyncio.to_thread(
        subprocess.run,
        [precredit_bin(), "audit", "verify"],
        capture_output=True,
        text=True,
        env=cli_env(settings),
        timeout=120,
    )
    assert audit.returncode == 0, audit.stdout + audit.stderr
