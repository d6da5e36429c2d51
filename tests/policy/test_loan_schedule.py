from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest

from precredit.policy.loan import add_months, effective_rates, monthly_payment, repayment_schedule


def test_schedule_amortises_to_zero_with_equal_payments() -> None:
    rows = repayment_schedule(Decimal("90000"), Decimal("0.0588"), 36, first_due=date(2026, 3, 15))
    payment = monthly_payment(Decimal("90000"), Decimal("0.0588"), 36)
    assert len(rows) == 36 and rows[-1].balance == 0
    assert sum(r.principal for r in rows) == Decimal("90000")
    assert all(r.payment == payment for r in rows[:-1]) and abs(rows[-1].payment - payment) < 1
    assert rows[0].interest == Decimal("441.00")  # 90000 * 0.0588 / 12
    assert all(a.interest > b.interest for a, b in pairwise(rows))
    assert [r.due.isoformat() for r in rows[:2]] == ["2026-03-15", "2026-04-15"]


def test_zero_rate_schedule() -> None:
    rows = repayment_schedule(Decimal("1000"), Decimal("0"), 3, first_due=date(2026, 1, 1))
    assert [r.payment for r in rows] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_apr_equals_nominal_rate_without_fees_and_rises_with_them() -> None:
    rows = repayment_schedule(Decimal("90000"), Decimal("0.0588"), 36, first_due=date(2026, 3, 15))
    payments = [r.payment for r in rows]
    apr, effective = effective_rates(Decimal("90000"), payments)
    assert abs(apr - Decimal("0.0588")) < Decimal("0.00001")
    assert effective == Decimal("0.060411")  # (1 + 0.0049)^12 - 1
    apr_fee, _ = effective_rates(Decimal("89000"), payments)
    assert apr_fee > Decimal("0.066")
    with pytest.raises(ValueError):
        effective_rates(Decimal("0"), payments)
