"""Sandbox bank channels for disbursement: idempotent by key, with a statement the ledger reconciles.

A real channel accepts a transfer with the caller's idempotency key and answers its status when
asked; the sandbox keeps both in one JSON-lines statement per channel under the sandbox state dir.
"""

from __future__ import annotations

import fcntl
import json
import secrets
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Transfer:
    payment_id: str
    channel: str
    idempotency_key: str
    amount: Decimal
    payee: str
    status: str


class SandboxBankChannel:
    def __init__(self, name: str, state_dir: Path) -> None:
        self.name = name
        self.statement = state_dir / "banks" / f"{name}.jsonl"

    def transfer(self, *, idempotency_key: str, amount: Decimal, payee: str) -> Transfer:
        """Pays once per key: a repeated request answers the original transfer."""
        self.statement.parent.mkdir(parents=True, exist_ok=True)
        with open(self.statement, "a+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            fh.seek(0)
            for line in fh:
                rec = json.loads(line)
                if rec["idempotency_key"] == idempotency_key:
                    return _transfer(rec)
            rec = {
                "payment_id": f"{self.name}-{secrets.token_hex(6)}",
                "channel": self.name,
                "idempotency_key": idempotency_key,
                "amount": str(amount),
                "payee": payee,
                "status": "SETTLED",
            }
            fh.write(json.dumps(rec) + "\n")
            fh.flush()
            return _transfer(rec)

    def status(self, idempotency_key: str) -> Transfer | None:
        for rec in self.entries():
            if rec["idempotency_key"] == idempotency_key:
                return _transfer(rec)
        return None

    def entries(self) -> list[dict[str, str]]:
        if not self.statement.exists():
            return []
        with open(self.statement, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]


def _transfer(rec: dict[str, str]) -> Transfer:
    return Transfer(
        payment_id=rec["payment_id"],
        channel=rec["channel"],
        idempotency_key=rec["idempotency_key"],
        amount=Decimal(rec["amount"]),
        payee=rec["payee"],
        status=rec["status"],
    )
