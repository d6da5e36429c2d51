"""The production topology with real processes (no Docker engine here): PostgreSQL for the
application database, the Temporal server, two worker processes and two API replicas.

The Temporal dev server persists only to SQLite (`--db-filename`); a PostgreSQL-backed Temporal
needs the full server (docker-compose.yml), so here Temporal stays the dev server. The point is the
application side: every row lands in PostgreSQL, none in SQLite.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, select

from precredit.bench.processes import ProcessStack, free_port, precredit_bin, wait_for_pollers
from precredit.client import PreCreditClient, connect
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.engine import get_engine, init_db
from precredit.db.tables import ApplicationRow, DecisionRow, LedgerRow, PickupCodeRow
from precredit.demo.actors import Simulator
from precredit.demo.batch import EXPECTED, prepare
from precredit.models.application import Deadlines
from precredit.security.keys import load_keyring
from precredit.security.tokens import first_token, token_spec
from tests.topology.postgres import TempPostgres, pg_bin

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL binaries (Debian postgresql) not installed"),
]
DEADLINES = Deadlines(
    sms_code=180, authorisation_signature=180, underwriter=180, documents=180,
    contract_signature=60, contract_reminder_every=30, pickup=300, appeal_window=3,
)  # fmt: skip
PROFILES = ("good", "blacklisted", "good")


@pytest.fixture
async def postgres() -> AsyncIterator[TempPostgres]:
    pg = TempPostgres()
    await asyncio.to_thread(pg.start)
    try:
        yield pg
    finally:
        await asyncio.to_thread(pg.stop)


async def wait_http(url: str, timeout: float = 60) -> None:
    async with httpx.AsyncClient() as http:
        for _ in range(int(timeout / 0.5)):
            try:
                if (await http.get(url)).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
    raise TimeoutError(url)


async def test_postgres_two_workers_two_api_replicas(postgres: TempPostgres, tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    api_ports = [free_port(), free_port()]
    env = {"PRECREDIT_DATABASE_URL": postgres.url, "PRECREDIT_DEADLINES": DEADLINES.model_dump_json()}
    stack = ProcessStack(data_dir, extra_env=env)
    settings = Settings(
        data_dir=data_dir, database_url=postgres.url, temporal_address=stack.address, deadlines=DEADLINES
    )
    load_keyring(settings)
    token_spec(settings)  # generated once here, not raced by the two API replicas
    init_db(get_engine(settings.database))
    try:
        await asyncio.to_thread(stack.start_server)
        client = PreCreditClient(await connect(settings), settings)
        pids = []
        for _ in range(2):
            pids.append(stack.start_worker().pid)
            await wait_for_pollers(client.client, settings.task_queue, pids[-1:])
        for port in api_ports:
            stack.start_worker([precredit_bin(), "api", "--port", str(port)], name="api")
        for port in api_ports:
            await wait_http(f"http://127.0.0.1:{port}/healthz")

        store = DocumentStore(settings.documents_dir, keyring=load_keyring(settings))
        prepared = [
            prepare(p, index=i, seed=61, store=store, settings=settings) for i, p in enumerate(PROFILES)
        ]
        tokens: dict[str, str] = {}
        # Applications come through an authenticated channel: the dev token file's partner credential.
        channel = {"Authorization": f"Bearer {first_token(settings, 'partner')}"}
        async with httpx.AsyncClient(timeout=60) as http:
            for i, (request, _) in enumerate(prepared):
                replica = f"http://127.0.0.1:{api_ports[i % 2]}"
                r = await http.post(
                    f"{replica}/v1/applications", json=request.model_dump(mode="json"), headers=channel
                )
                assert r.status_code == 201, r.text
                tokens[request.application_id] = r.json()["applicant_token"]

            async def finish(i: int) -> str:
                request, behaviour = prepared[i]
                sim = asyncio.create_task(
                    Simulator(client, settings).drive(
                        request.application_id, request.applicant.phone, request.vehicle.dealer_id, behaviour
                    )
                )
                try:
                    result = await asyncio.wait_for(client.result(request.application_id), timeout=300)
                finally:
                    sim.cancel()
                return result.status.value

            statuses = await asyncio.gather(*(finish(i) for i in range(len(prepared))))
            assert statuses == [EXPECTED[p].status for p in PROFILES]
            # The other replica answers for an application it did not create: replicas share nothing.
            for i, (request, _) in enumerate(prepared):
                other = f"http://127.0.0.1:{api_ports[(i + 1) % 2]}"
                r = await http.get(
                    f"{other}/v1/applications/{request.application_id}",
                    headers={"Authorization": f"Bearer {tokens[request.application_id]}"},
                )
                assert r.status_code == 200 and r.json()["status"] == statuses[i], r.text
    finally:
        await asyncio.to_thread(stack.close)

    ids = {r.application_id for r, _ in prepared}
    completed = {r.application_id for (r, _), p in zip(prepared, PROFILES, strict=True) if p == "good"}
    engine = create_engine(postgres.url)
    with Session(engine) as db:
        assert {row.application_id for row in db.exec(select(ApplicationRow)).all()} >= ids
        assert {row.application_id for row in db.exec(select(DecisionRow)).all()} >= ids
        assert {row.application_id for row in db.exec(select(LedgerRow)).all()} == completed
        assert {row.application_id for row in db.exec(select(PickupCodeRow)).all()} == completed
    engine.dispose()
    # Only Temporal's own file: the application database never fell back to SQLite.
    assert not (data_dir / "precredit.db").exists()
