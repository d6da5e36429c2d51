"""The routing rules alone: limits, business hours, fees, rejected channels."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from precredit.funding import router
from precredit.models.funding import Route
from tests.funding.conftest import NOON, channel_config

A = channel_config("bank-a", fee_fixed="5.00")
B = channel_config("bank-b", fee_fixed="0", fee_rate="0.0001", fee_max="20.00")
C = channel_config("bank-c", fee_fixed="1.00", per_txn_limit="100000", priority=1)


def names(plan: Route) -> list[str]:
    return [c.channel for c in plan.choices]


def test_cheapest_first() -> None:
    plan = router.route(amount=Decimal("50000"), now=NOON, channels=[A, B, C], used_today={})
    assert [(c.channel, c.fee) for c in plan.choices] == [
        ("bank-c", Decimal("1.00")),
        ("bank-a", Decimal("5.00")),
        ("bank-b", Decimal("5.00")),
    ]


def test_fee_tie_broken_by_priority() -> None:
    plan = router.route(amount=Decimal("10000"), now=NOON, channels=[B, C], used_today={})
    assert [(c.channel, c.fee) for c in plan.choices] == [
        ("bank-c", Decimal("1.00")),
        ("bank-b", Decimal("1.00")),
    ]


def test_fee_cap() -> None:
    assert router.fee(B, Decimal("900000")) == Decimal("20.00")


def test_txn_and_daily_limits_and_rejections_skip() -> None:
    plan = router.route(
        amount=Decimal("200000"),
        now=NOON,
        channels=[A, B, C],
        used_today={"bank-b": Decimal("4900000")},
        rejected=["bank-a"],
    )
    assert names(plan) == []
    assert {s.channel: s.reason for s in plan.skipped} == {
        "bank-a": "REJECTED_BEFORE",
        "bank-b": "DAILY_LIMIT",
        "bank-c": "TXN_LIMIT",
    }


def test_cutoff_in_channel_timezone() -> None:
    evening = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # 17:30 in Shanghai
    plan = router.route(amount=Decimal("1000"), now=evening, channels=[A], used_today={})
    assert names(plan) == [] and plan.skipped[0].reason == "CUTOFF"
    assert router.next_opening(A, evening) == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
    assert router.business_date(A, datetime(2026, 3, 2, 17, 0, tzinfo=UTC)).isoformat() == "2026-03-03"


def test_disabled_channel() -> None:
    off = channel_config("bank-x", enabled=False)
    assert (
        router.route(amount=Decimal(1), now=NOON, channels=[off], used_today={}).skipped[0].reason
        == "DISABLED"
    )
