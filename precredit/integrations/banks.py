"""Sandbox bank channels for disbursement: idempotent per key, with statements the ledger reconciles.

A real channel accepts a transfer with the caller's idempotency key, decides it once (settled or
rejected, final for that key) and answers its status when asked; a timeout leaves the caller not
knowing which. The sandbox keeps every channel's statement in one SQLite file under the sandbox
state dir, so workers in several processes see the same bank; each call is one IMMEDIATE
transaction, which makes "look up the key, else decide and write" atomic across processes. The
protocol they implement, `BankChannel`, is in `integrations.base` with the other third parties.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from precredit.config import Settings
from precredit.funding import router
from precredit.funding.config import load_channels
from precredit.integrations.base import (
    REJECTED,
    SETTLED,
    BankTimeout,
    FaultConfig,
    ProviderUnavailable,
    Transfer,
    faults_off,
)
from precredit.models.funding import ChannelConfig

if TYPE_CHECKING:
    from precredit.integrations.providers import ProviderContext

_SCHEMA = """
CREATE TABLE IF NOT EXISTS statement (
    channel TEXT NOT NULL, idempotency_key TEXT NOT NULL, payment_id TEXT NOT NULL UNIQUE,
    amount TEXT NOT NULL, payee TEXT NOT NULL, status TEXT NOT NULL, reject_kind TEXT NOT NULL,
    business_date TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (channel, idempotency_key));
CREATE TABLE IF NOT EXISTS calls (
    channel TEXT NOT NULL, idempotency_key TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (channel, idempotency_key, kind));
"""


class SandboxBankChannel:
    def __init__(
        self,
        config: ChannelConfig,
        state_dir: Path,
        *,
        seed: int = 0,
        faults: bool = True,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._config = config
        self._db = Path(state_dir) / "banks" / "statements.db"
        self._seed = seed
        self._faults = faults
        self._clock = clock
        self._sleep = sleep

    @property
    def name(self) -> str:
        return self._config.name

    @property
    def config(self) -> ChannelConfig:
        return self._config

    def transfer(self, *, idempotency_key: str, amount: Decimal, payee: str) -> Transfer:
        """Pays once per key; a repeat answers the original decision. May raise BankTimeout either
        before deciding (not executed) or after (executed): the caller cannot tell which."""
        f = self._config.faults
        with self._tx() as db:
            n = self._count(db, idempotency_key, "transfer")
            outcome = f.script[n - 1] if n <= len(f.script) else self._draw(idempotency_key, n)
            if outcome == "timeout_lost":
                result = None
            else:
                result = self._find(db, idempotency_key) or self._decide(
                    db, idempotency_key, amount, payee, reject=outcome == "reject"
                )
        if f.latency_ms:
            self._sleep(f.latency_ms / 1000)
        if result is None or outcome == "timeout_executed":
            raise BankTimeout(self.name, f"transfer {idempotency_key} timed out (attempt {n})")
        return result

    def status(self, idempotency_key: str) -> Transfer | None:
        """The bank's final answer for the key, or None if it never decided one."""
        f = self._config.faults
        with self._tx() as db:
            n = self._count(db, idempotency_key, "status")
            result = self._find(db, idempotency_key)
        if f.latency_ms:
            self._sleep(f.latency_ms / 1000)
        if self._faults and self._rng(idempotency_key, f"status|{n}").random() < f.query_failure_rate:
            raise ProviderUnavailable(self.name, f"status query for {idempotency_key} failed (attempt {n})")
        return result

    def statement(self) -> list[Transfer]:
        with self._tx() as db:
            rows = db.execute(
                "SELECT * FROM statement WHERE channel = ? ORDER BY created_at", (self.name,)
            ).fetchall()
        return [_transfer(r) for r in rows]

    def settled_total(self, business_date: str) -> Decimal:
        with self._tx() as db:
            return self._day_total(db, business_date)

    # ---------------------------------------------------------------- internals

    def _decide(
        self, db: sqlite3.Connection, key: str, amount: Decimal, payee: str, *, reject: bool
    ) -> Transfer:
        cfg, now = self._config, self._clock()
        day = router.business_date(cfg, now).isoformat()
        kind = ""
        if amount > cfg.per_txn_limit:
            kind = "TXN_LIMIT"
        elif not router.is_open(cfg, now):
            kind = "CUTOFF"
        elif self._day_total(db, day) + amount > cfg.daily_limit:
            kind = "DAILY_LIMIT"
        elif reject:
            kinds = cfg.faults.reject_kinds or ["RISK_CONTROL"]
            kind = kinds[self._rng(key, "kind").randrange(len(kinds))]
        rec = Transfer(
            payment_id=f"{self.name}-{secrets.token_hex(8)}",
            channel=self.name,
            idempotency_key=key,
            amount=amount,
            payee=payee,
            status=REJECTED if kind else SETTLED,
            reject_kind=kind,
            business_date=day,
        )
        db.execute(
            "INSERT INTO statement VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rec.channel, key, rec.payment_id, str(amount), payee, rec.status, kind, day, now.isoformat()),
        )
        return rec

    def _find(self, db: sqlite3.Connection, key: str) -> Transfer | None:
        row = db.execute(
            "SELECT * FROM statement WHERE channel = ? AND idempotency_key = ?", (self.name, key)
        ).fetchone()
        return _transfer(row) if row else None

    def _day_total(self, db: sqlite3.Connection, day: str) -> Decimal:
        rows = db.execute(
            "SELECT amount FROM statement WHERE channel = ? AND business_date = ? AND status = ?",
            (self.name, day, SETTLED),
        ).fetchall()
        return sum((Decimal(r["amount"]) for r in rows), Decimal(0))

    def _count(self, db: sqlite3.Connection, key: str, kind: str) -> int:
        db.execute(
            "INSERT INTO calls VALUES (?, ?, ?, 1) ON CONFLICT (channel, idempotency_key, kind) "
            "DO UPDATE SET n = n + 1",
            (self.name, key, kind),
        )
        row = db.execute(
            "SELECT n FROM calls WHERE channel = ? AND idempotency_key = ? AND kind = ?",
            (self.name, key, kind),
        ).fetchone()
        return int(row["n"])

    def _draw(self, key: str, n: int) -> str:
        if not self._faults:
            return "ok"
        f = self._config.faults
        rng = self._rng(key, f"transfer|{n}")
        if rng.random() < f.timeout_rate:
            return "timeout_executed" if rng.random() < f.timeout_executed_share else "timeout_lost"
        return "reject" if rng.random() < f.reject_rate else "ok"

    def _rng(self, key: str, what: str) -> random.Random:
        # Seeded by the request, like FaultInjector: a rerun repeats every injected fault.
        return random.Random(hashlib.sha256(f"{self._seed}|bank:{self.name}|{key}|{what}".encode()).digest())

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._db.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self._db, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.executescript(_SCHEMA)
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()


def _transfer(row: sqlite3.Row) -> Transfer:
    return Transfer(
        payment_id=row["payment_id"],
        channel=row["channel"],
        idempotency_key=row["idempotency_key"],
        amount=Decimal(row["amount"]),
        payee=row["payee"],
        status=row["status"],
        reject_kind=row["reject_kind"],
        business_date=row["business_date"],
    )


def sandbox_channels(
    settings: Settings,
    *,
    channels: list[ChannelConfig] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> list[SandboxBankChannel]:
    """The configured channels (data dir's banks.json unless given). `Settings.sandbox_faults` "off"
    switches their faults off too; the seed is the sandbox's fault seed."""
    faults = not faults_off(settings.sandbox_faults)
    seed = FaultConfig.load(settings.sandbox_dir, settings.sandbox_faults).seed if faults else 0
    return [
        SandboxBankChannel(
            cfg,
            settings.sandbox_state_dir,
            seed=seed,
            faults=faults,
            clock=clock or (lambda: datetime.now(UTC)),
        )
        for cfg in (channels if channels is not None else load_channels(settings.sandbox_dir))
    ]


def from_context(ctx: ProviderContext) -> list[SandboxBankChannel]:
    """Provider factory (Settings.providers.banks): the sandbox's configured channels."""
    return sandbox_channels(ctx.settings)
