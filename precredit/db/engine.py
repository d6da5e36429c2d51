"""Engines for any SQLAlchemy URL (SQLite file by default, PostgreSQL in the cluster topology)."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import SQLModel, create_engine

# Modules that define tables; importing them registers the tables on SQLModel.metadata.
TABLE_MODULES: tuple[str, ...] = (
    "precredit.db.tables",
    "precredit.db.audit",
    "precredit.db.keys",
    "precredit.db.funding",
    "precredit.db.api_state",
    "precredit.db.proofs",
    "precredit.db.sessions",
    "precredit.db.signing",
)


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            # WAL lets the API read while a worker writes; busy_timeout rides out short write locks.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

    else:
        engine = create_engine(url, pool_pre_ping=True)
    init_db(engine)
    return engine


def init_db(engine: Engine) -> None:
    for name in TABLE_MODULES:
        importlib.import_module(name)
    SQLModel.metadata.create_all(engine)
