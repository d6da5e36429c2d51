"""The ledger against every channel's statement: each confirmed loan paid once, on its channel, for
its amount, and nothing paid that the ledger does not show as confirmed. Pure: callers load both."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from precredit.models.funding import LedgerStatus, ReconciliationIssue, ReconciliationReport


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

        def issue(kind: str, detail: str = "", *, row: LedgerEntry = row, found: list = found) -> None:  # type: ignore[type-arg]
            issues.append(
                ReconciliationIssue(
                    kind=kind,  # type: ignore[arg-type]
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
