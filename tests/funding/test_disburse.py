"""Exactly one payment per loan, with every bank failure kind injected, crashes and duplicates."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from precredit.activities.funding import FundingActivities
from precredit.db.funding import LedgerAttemptRow
from precredit.db.tables import LedgerRow
from precredit.funding.disburse import DisbursementError
from precredit.funding.reconcile import reconcile_ledger
from precredit.integrations.base import ProviderUnavailable
from tests.funding.conftest import Bank, assert_clean, disburser, engine_only, request, settled


def attempts(engine: Engine, key: str) -> list[tuple[str, str, str, int, int]]:
    with Session(engine) as s:
        rows = s.exec(select(LedgerAttemptRow).where(LedgerAttemptRow.idempotency_key == key)).all()
        return [
            (r.channel, r.status, r.reject_kind, r.sends, r.queries)
            for r in sorted(rows, key=lambda r: r.seq)
        ]


def ledger(engine: Engine, key: str) -> LedgerRow:
    with Session(engine) as s:
        row = s.get(LedgerRow, key)
        assert row is not None
        return row


def test_cheapest_channel_pays_once_and_repeats_answer_the_same(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", fee_fixed="5"), bank("bank-b", fee_fixed="1")]
    d = disburser(engine, chans)
    first = d.disburse(request())
    again = d.disburse(request())
    assert first == again and first.channel == "bank-b" and first.status == "CONFIRMED"
    assert settled(chans, "disburse-A1") == ["bank-b"]
    assert_clean(engine, chans)


def test_timeout_that_executed_is_found_by_query_not_resent(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", faults={"script": ["timeout_executed"]}), bank("bank-b", fee_fixed="9")]
    result = disburser(engine, chans).disburse(request())
    assert result.channel == "bank-a"
    assert attempts(engine, "disburse-A1") == [("bank-a", "CONFIRMED", "", 1, 1)]  # one send, one query
    assert settled(chans, "disburse-A1") == ["bank-a"]
    assert_clean(engine, chans)


def test_timeout_that_did_not_execute_is_queried_then_resent_to_the_same_channel(
    engine: Engine, bank: Bank
) -> None:
    chans = [bank("bank-a", faults={"script": ["timeout_lost"]}), bank("bank-b", fee_fixed="9")]
    result = disburser(engine, chans).disburse(request())
    assert result.channel == "bank-a"
    assert attempts(engine, "disburse-A1") == [("bank-a", "CONFIRMED", "", 2, 1)]  # query before the resend
    assert settled(chans, "disburse-A1") == ["bank-a"]
    assert_clean(engine, chans)


def test_outcome_still_unknown_is_retryable_and_the_retry_queries_first(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", faults={"script": ["timeout_lost"] * 3}), bank("bank-b", fee_fixed="9")]
    with pytest.raises(DisbursementError) as err:
        disburser(engine, chans).disburse(request())
    assert err.value.type == "DisbursementUnknown" and not err.value.non_retryable
    assert ledger(engine, "disburse-A1").status == "SENT"  # never failed over on an unknown outcome
    result = disburser(engine, chans).disburse(request())  # the activity's retry
    assert result.channel == "bank-a"
    assert settled(chans, "disburse-A1") == ["bank-a"]
    assert_clean(engine, chans)


def test_hard_rejection_fails_over_to_the_next_channel(engine: Engine, bank: Bank) -> None:
    chans = [
        bank("bank-a", fee_fixed="1", faults={"script": ["reject"], "reject_kinds": ["ACCOUNT_FROZEN"]}),
        bank("bank-b", fee_fixed="2", faults={"script": ["timeout_executed", "reject"]}),
        bank("bank-c", fee_fixed="3"),
    ]
    result = disburser(engine, chans).disburse(request())
    assert result.channel == "bank-b"  # b executed although it timed out; the query told us
    assert [a[:2] for a in attempts(engine, "disburse-A1")] == [
        ("bank-a", "REJECTED"),
        ("bank-b", "CONFIRMED"),
    ]
    assert attempts(engine, "disburse-A1")[0][2] == "ACCOUNT_FROZEN"
    assert settled(chans, "disburse-A1") == ["bank-b"]
    assert_clean(engine, chans)


def test_every_channel_rejecting_fails_for_good(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", faults={"reject_rate": 1}), bank("bank-b", faults={"reject_rate": 1})]
    with pytest.raises(DisbursementError) as err:
        disburser(engine, chans).disburse(request())
    assert err.value.type == "DisbursementRejected" and err.value.non_retryable
    assert ledger(engine, "disburse-A1").status == "FAILED"
    with pytest.raises(DisbursementError, match="every channel rejected"):
        disburser(engine, chans).disburse(request())
    assert settled(chans, "disburse-A1") == []
    assert_clean(engine, chans)


def test_limits_route_around_and_bank_side_limits_fail_over(engine: Engine, bank: Bank) -> None:
    chans = [
        bank("bank-a", fee_fixed="1", per_txn_limit="100000"),
        bank("bank-b", fee_fixed="2", daily_limit="400000"),
        bank("bank-c", fee_fixed="3"),
    ]
    d = disburser(engine, chans)
    assert d.disburse(request("A1", "150000")).channel == "bank-b"  # a's per-transaction limit
    assert d.disburse(request("A2", "200000")).channel == "bank-b"
    assert d.disburse(request("A3", "100000")).channel == "bank-a"
    assert d.disburse(request("A4", "120000")).channel == "bank-c"  # b's day is used up
    # Another system used b's day (the ledger can't see it): b rejects, c pays.
    other = [bank("bank-b2", fee_fixed="0", daily_limit="100000")]
    other[0].transfer(idempotency_key="elsewhere", amount=Decimal("90000"), payee="X")
    assert disburser(engine, [*other, chans[2]]).disburse(request("A5", "20000")).channel == "bank-c"
    assert attempts(engine, "disburse-A5")[0][:3] == ("bank-b2", "REJECTED", "DAILY_LIMIT")
    assert_clean(engine, chans)


def test_cutoff_routes_to_open_channel_or_waits_for_the_opening(engine: Engine, bank: Bank) -> None:
    evening = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # 18:00 Shanghai
    chans = [
        bank("bank-a", fee_fixed="1", clock=lambda: evening),
        bank("bank-late", cutoff_hour=22, fee_fixed="4", clock=lambda: evening),
    ]
    assert disburser(engine, chans, clock=lambda: evening).disburse(request()).channel == "bank-late"
    night = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # 23:00 Shanghai: both closed
    with pytest.raises(DisbursementError) as err:
        disburser(engine, chans, clock=lambda: night).disburse(request("A2"))
    assert err.value.type == "NoChannelAvailable" and not err.value.non_retryable
    assert err.value.next_retry_delay is not None and err.value.next_retry_delay.total_seconds() == 3600
    assert ledger(engine, "disburse-A2").status == "PENDING"
    assert_clean(engine, chans)


def test_worker_crash_between_send_and_record(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a"), bank("bank-b", fee_fixed="9")]

    def crash(key: str, transfer: object) -> None:
        raise SystemExit("worker killed after the bank call")

    with pytest.raises(SystemExit):
        disburser(engine, chans, after_send=crash).disburse(request())
    assert ledger(engine, "disburse-A1").status == "SENT"
    report = reconcile_ledger(engine=engine, channels=chans)
    assert [i.kind for i in report.issues] == [
        "MISSING_IN_LEDGER"
    ]  # the bank paid, the ledger hasn't noted it
    result = disburser(engine, chans).disburse(request())  # the retry on another worker
    assert result.channel == "bank-a"
    assert attempts(engine, "disburse-A1") == [("bank-a", "CONFIRMED", "", 1, 1)]  # queried, not resent
    assert settled(chans, "disburse-A1") == ["bank-a"]
    assert_clean(engine, chans)


def test_crash_after_a_rejection_resumes_with_the_next_channel(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", faults={"script": ["reject"]}), bank("bank-b", fee_fixed="9")]
    calls = []

    def crash_once(key: str, transfer: object) -> None:
        calls.append(key)
        if len(calls) == 1:
            raise SystemExit("killed")

    with pytest.raises(SystemExit):
        disburser(engine, chans, after_send=crash_once).disburse(request())
    assert disburser(engine, chans).disburse(request()).channel == "bank-b"
    assert settled(chans, "disburse-A1") == ["bank-b"]
    assert_clean(engine, chans)


def test_status_query_unavailable_is_retried_without_resending(engine: Engine, bank: Bank) -> None:
    down = [bank("bank-a", faults={"script": ["timeout_executed"], "query_failure_rate": 1})]
    with pytest.raises(ProviderUnavailable):
        disburser(engine, down).disburse(request())
    up = [bank("bank-a")]
    assert disburser(engine, up).disburse(request()).channel == "bank-a"
    assert attempts(engine, "disburse-A1")[0][3] == 1  # still one send
    assert_clean(engine, up)


def test_same_key_with_another_amount_is_bad_input(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a")]
    disburser(engine, chans).disburse(request())
    with pytest.raises(DisbursementError) as err:
        disburser(engine, chans).disburse(request(amount="1.00"))
    assert err.value.type == "BadInput" and err.value.non_retryable


def test_parallel_duplicates_under_random_faults_pay_each_loan_once(engine: Engine, bank: Bank) -> None:
    faults = {
        "timeout_rate": 0.35,
        "timeout_executed_share": 0.5,
        "reject_rate": 0.2,
        "query_failure_rate": 0.1,
    }
    chans = [bank(f"bank-{x}", fee_fixed=str(i), faults=faults, seed=11) for i, x in enumerate("abc")]
    apps = [f"P{i}" for i in range(12)]
    errors: list[BaseException] = []

    def worker(app: str) -> None:
        d = disburser(engine, chans)
        for _ in range(30):  # the activity's retries
            try:
                d.disburse(request(app, "1000.00"))
                return
            except DisbursementError as exc:
                if exc.non_retryable:
                    return
            except ProviderUnavailable:
                pass
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=worker, args=(app,)) for app in apps for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    statuses = {app: ledger(engine, f"disburse-{app}").status for app in apps}
    assert set(statuses.values()) <= {"CONFIRMED", "FAILED"}, statuses
    assert "CONFIRMED" in statuses.values()
    for app in apps:
        assert len(settled(chans, f"disburse-{app}")) == (statuses[app] == "CONFIRMED")
    assert_clean(engine, chans)


def test_disburse_activity_under_temporal(engine: Engine, bank: Bank) -> None:
    chans = [bank("bank-a", faults={"script": ["timeout_lost"]})]
    acts = FundingActivities(engine_only(engine), chans, clock=lambda: datetime(2026, 3, 2, 2, tzinfo=UTC))
    result = ActivityEnvironment().run(acts.disburse, request())
    assert result.status == "CONFIRMED" and result.amount == Decimal("150000.00")
    assert_clean(engine, chans)


def test_activity_reports_each_failure_as_the_application_error_workflows_match(
    engine: Engine, bank: Bank
) -> None:
    """The Disburser is Temporal-free; the activity gives Temporal the type, retryability and
    retry delay the workflow's retry policy and `DisbursementRejected` check rely on."""
    night = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # 23:00 Shanghai: the channel is closed
    closed = FundingActivities(engine_only(engine), [bank("bank-a")], clock=lambda: night)
    with pytest.raises(ApplicationError) as err:
        ActivityEnvironment().run(closed.disburse, request())
    assert (err.value.type, err.value.non_retryable) == ("NoChannelAvailable", False)
    assert err.value.next_retry_delay is not None and err.value.next_retry_delay.total_seconds() == 3600
    assert err.value.__cause__ is None  # the recorded failure has no extra cause

    none = FundingActivities(engine_only(engine), [bank("bank-a", enabled=False)])
    with pytest.raises(ApplicationError, match="no channel can pay") as err:
        ActivityEnvironment().run(none.disburse, request("A2"))
    assert (err.value.type, err.value.non_retryable) == ("DisbursementRejected", True)
