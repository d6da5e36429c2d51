"""The comparison alone."""

from __future__ import annotations

from decimal import Decimal

from precredit.funding.reconcile import LedgerEntry, StatementEntry, reconcile

D = Decimal("100.00")


def led(
    key: str, status: str = "CONFIRMED", channel: str = "a", pid: str = "p1", amount: Decimal = D
) -> LedgerEntry:
    return LedgerEntry(key, key.upper(), status, channel, pid, amount)


def st(
    key: str, channel: str = "a", pid: str = "p1", amount: Decimal = D, settled: bool = True
) -> StatementEntry:
    return StatementEntry(channel, key, pid, amount, settled)


def kinds(ledger: list[LedgerEntry], statements: list[StatementEntry]) -> list[str]:
    return [i.kind for i in reconcile(ledger, statements).issues]


def test_clean_including_rejections_and_failed_rows() -> None:
    assert kinds([led("k1"), led("k2", "FAILED", "", "")], [st("k1"), st("k2", settled=False)]) == []


def test_each_difference() -> None:
    assert kinds([led("k1")], []) == ["MISSING_IN_CHANNEL"]
    assert kinds([led("k1", "SENT")], [st("k1")]) == ["MISSING_IN_LEDGER"]
    assert kinds([], [st("k9")]) == ["MISSING_IN_LEDGER"]
    assert kinds([], [st("k9"), st("k9", "b", "p2")]) == ["DUPLICATE"]
    assert kinds([led("k1")], [st("k1"), st("k1", "b", "p2")]) == ["DUPLICATE"]
    assert kinds([led("k1")], [st("k1", amount=Decimal("99.99"))]) == ["AMOUNT_MISMATCH"]
    assert kinds([led("k1")], [st("k1", "b", "p7")]) == ["CHANNEL_MISMATCH"]
