"""SMS gateway and the sandbox outbox, which stands in for the buyer's phone and terminal.

The outbox is one SQLite file under the sandbox state dir: SQLite's file locks make it safe for
several workers and the CLI at once, and a UNIQUE idempotency key makes a retried send a no-op
that returns the first message's id. Phones are stored as-is here (this *is* the buyer's phone)
and nowhere else; nothing in this module logs them.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from precredit.integrations.base import FaultInjector

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sms (
    message_id TEXT PRIMARY KEY,
    idempotency_key TEXT UNIQUE NOT NULL,
    phone TEXT NOT NULL,
    purpose TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_phone ON sms (phone, purpose, sent_at);
CREATE TABLE IF NOT EXISTS signing_tasks (
    task_id TEXT PRIMARY KEY,
    idempotency_key TEXT UNIQUE NOT NULL,
    application_id TEXT NOT NULL,
    document_kind TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_app ON signing_tasks (application_id, created_at);
"""
_CODE_RE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


class SmsMessage(BaseModel):
    message_id: str
    phone: str
    purpose: str
    text: str
    sent_at: datetime

    @property
    def code(self) -> str | None:
        """The 6-digit code in the text, as the buyer would read it off the screen."""
        found = _CODE_RE.search(self.text)
        return found.group(1) if found else None


class SigningTask(BaseModel):
    task_id: str
    application_id: str
    document_kind: str
    document_sha256: str
    created_at: datetime


def _id(prefix: str, idempotency_key: str) -> str:
    return f"{prefix}-{hashlib.sha256(idempotency_key.encode()).hexdigest()[:24]}"


def _write_ahead(conn: sqlite3.Connection, *, wait: float) -> None:
    """The outbox file in WAL mode, so the API, workers and the simulated people read it while one
    of them writes. The mode is kept in the file, so it is switched once; a switch needs the
    file to itself, and when another process holds it in a way SQLite's busy handler cannot wait
    out it answers `database is locked` at once (seen in CI: two processes sending their first SMS
    together): the switch is asked again until `wait` has passed. A file already in WAL mode is
    not asked at all."""
    deadline = time.monotonic() + wait
    while str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SandboxOutbox:
    """What the sandbox has delivered: SMS messages and terminal signing tasks."""

    FILE = "outbox.sqlite3"

    def __init__(self, state_dir: Path) -> None:
        self._path = Path(state_dir) / self.FILE

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self._path, timeout=30, isolation_level=None)) as conn:
            _write_ahead(conn, wait=30.0)
            conn.executescript(_SCHEMA)
            yield conn

    def record_sms(self, phone: str, text: str, *, purpose: str, idempotency_key: str) -> str:
        message_id = _id("sms", idempotency_key)
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO sms VALUES (?, ?, ?, ?, ?, ?)",
                (message_id, idempotency_key, phone, purpose, text, datetime.now(UTC).isoformat()),
            )
            row = conn.execute(
                "SELECT message_id FROM sms WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        return str(row[0])

    def record_task(
        self, application_id: str, document_kind: str, document_sha256: str, *, idempotency_key: str
    ) -> str:
        task_id = _id("task", idempotency_key)
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO signing_tasks VALUES (?, ?, ?, ?, ?, ?)",
                (
                    task_id,
                    idempotency_key,
                    application_id,
                    document_kind,
                    document_sha256,
                    datetime.now(UTC).isoformat(),
                ),
            )
            row = conn.execute(
                "SELECT task_id FROM signing_tasks WHERE idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        return str(row[0])

    def messages(self, phone: str, purpose: str | None = None) -> list[SmsMessage]:
        """Oldest first, as a phone's message list reads."""
        query = "SELECT message_id, phone, purpose, text, sent_at FROM sms WHERE phone = ?"
        params: tuple[str, ...] = (phone,)
        if purpose is not None:
            query += " AND purpose = ?"
            params += (purpose,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY sent_at, rowid", params).fetchall()
        fields = ("message_id", "phone", "purpose", "text", "sent_at")
        return [SmsMessage.model_validate(dict(zip(fields, row, strict=True))) for row in rows]

    def latest(self, phone: str, purpose: str | None = None) -> SmsMessage | None:
        found = self.messages(phone, purpose)
        return found[-1] if found else None

    def tasks_for(self, application_id: str) -> list[SigningTask]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT task_id, application_id, document_kind, document_sha256, created_at"
                " FROM signing_tasks WHERE application_id = ? ORDER BY created_at, rowid",
                (application_id,),
            ).fetchall()
        fields = ("task_id", "application_id", "document_kind", "document_sha256", "created_at")
        return [SigningTask.model_validate(dict(zip(fields, row, strict=True))) for row in rows]


class SandboxSms:
    """The SMS gateway: delivers into the outbox; a repeated idempotency key is not sent again."""

    PROVIDER = "sms"

    def __init__(self, outbox: SandboxOutbox, faults: FaultInjector) -> None:
        self.outbox = outbox
        self._faults = faults

    def send(self, phone: str, text: str, *, purpose: str, idempotency_key: str) -> str:
        self._faults.before_call(self.PROVIDER, idempotency_key)
        return self.outbox.record_sms(phone, text, purpose=purpose, idempotency_key=idempotency_key)
