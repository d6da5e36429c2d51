"""The ledger against every channel's statement: each confirmed loan paid once, on its channel, for
its amount, and nothing paid that the ledger does not show as confirmed. `reconcile` is pure;
`reconcile_ledger` loads both (`precredit funding reconcile`, `GET /v1/funding/reconciliation`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.engine import Engine

from precredit.db.ledger import LedgerRepository
from precredit.integrations.base import BankChannel
from precredit.models.funding import IssueKind, LedgerStatus, ReconciliationIssue, ReconciliationReport


@dataclass(frozen=True)
class LedgerEntry:
    idempotency_key: str
    application_id: str
    status: str
    channel: str
    payment_id: str
    amount: Decimal


@dataclass(frozen=True)
class StatementEntry:
    channel: str
    idempotency_key: str
    payment_id: str
    amount: Decimal
    settled: bool


def reconcile(ledger: Iterable[LedgerEntry], statements: Iterable[StatementEntry]) -> ReconciliationReport:
    rows = list(ledger)
    paid: dict[str, list[StatementEntry]] = defaultdict(list)
    statement_rows = 0
    for entry in statements:
        statement_rows += 1
        if entry.settled:
            paid[entry.idempotency_key].append(entry)
    issues: list[ReconciliationIssue] = []
    for row in rows:
        found = paid.pop(row.idempotency_key, [])

        def issue(
            kind: IssueKind, detail: str = "", *, row: LedgerEntry = row, found: list[StatementEntry] = found
        ) -> None:
            issues.append(
                ReconciliationIssue(
                    kind=kind,
                    idempotency_key=row.idempotency_key,
                    application_id=row.application_id,
                    channels=[f.channel for f in found],
                    ledger_amount=row.amount,
                    channel_amount=found[0].amount if found else None,
                    detail=detail,
                )
            )

        if len(found) > 1:
            issue("DUPLICATE", f"paid {len(found)} times")
        if row.status == LedgerStatus.CONFIRMED:
            if not found:
                issue("MISSING_IN_CHANNEL", f"ledger confirmed {row.payment_id} on {row.channel}")
                continue
            match = next(
                (f for f in found if (f.channel, f.payment_id) == (row.channel, row.payment_id)), None
            )
            if match is None:
                issue("CHANNEL_MISMATCH", f"ledger {row.channel}/{row.payment_id}")
            if (match or found[0]).amount != row.amount:
                issue("AMOUNT_MISMATCH")
        elif found:
            issue("MISSING_IN_LEDGER", f"channel paid but the ledger says {row.status}")
    for key, found in sorted(paid.items()):
        issues.append(
            ReconciliationIssue(
                kind="DUPLICATE" if len(found) > 1 else "MISSING_IN_LEDGER",
                idempotency_key=key,
                channels=[f.channel for f in found],
                channel_amount=found[0].amount,
                detail="no ledger row",
            )
        )
    return ReconciliationReport(
        ok=not issues,
        ledger_rows=len(rows),
        confirmed=sum(r.status == LedgerStatus.CONFIRMED for r in rows),
        statement_rows=statement_rows,
        issues=issues,
    )


def reconcile_ledger(*, engine: Engine, channels: Sequence[BankChannel]) -> ReconciliationReport:
    """Loads the ledger and every channel's statement and compares them."""
    ledger = [
        LedgerEntry(
            idempotency_key=r.idempotency_key,
            application_id=r.application_id,
            status=r.status,
            channel=r.channel,
            payment_id=r.payment_id,
            amount=Decimal(r.amount),
        )
        for r in LedgerRepository(engine).all_rows()
    ]
    statements = [
        StatementEntry(
            channel=t.channel,
            idempotency_key=t.idempotency_key,
            payment_id=t.payment_id,
            amount=t.amount,
            settled=t.settled,
        )
        for ch in channels
        for t in ch.statement()
    ]
    return reconcile(ledger, statements)
