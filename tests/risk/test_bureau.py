"""The PBOC report: validation, features computed from details, and the deterministic generator."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from precredit.risk.bureau import parse_bureau_report, synth_bureau_report
from precredit.risk.bureau_synth import QUALITIES

TODAY = date(2026, 11, 24)


def _report(**extra: object) -> dict:
    base: dict[str, object] = {
        "report_id": "PBOC-TEST",
        "report_date": "2026-11-24",
        "personal": {
            "employer_since": "2020-11-01",
            "residence_since": "2016-11-24",
            "marital_status": "married",
        },
        "loans": [
            {
                "account_id": "L01",
                "institution": "工商银行",
                "loan_type": "auto",
                "open_date": "2024-01-10",
                "amount": "100000.00",
                "balance": "40000.00",
                "monthly_payment": "3000.00",
                "status": "normal",
                "repayment_24m": "///NNNNN12NNNNNNNNNNNNNN",
            }
        ],
        "credit_cards": [
            {
                "account_id": "C01",
                "institution": "招商银行",
                "open_date": "2018-05-01",
                "credit_limit": "20000.00",
                "used_amount": "5000.00",
                "status": "overdue",
                "overdue_amount": "800.00",
                "repayment_24m": "NNNNNNNNNNNNNNNNNNNNNNN1",
            }
        ],
        "queries": [
            {"date": "2026-11-10", "institution": "平安银行", "reason": "loan_approval"},
            {"date": "2026-07-01", "institution": "中信银行", "reason": "credit_card_approval"},
            {"date": "2026-11-01", "institution": "工商银行", "reason": "post_loan_management"},
        ],
        "summary": {"overdue_accounts": 0},
    }
    base.update(extra)
    return base


def test_features_come_from_the_details() -> None:
    f = parse_bureau_report(_report())
    assert f.loans_active == 1 and f.cards_active == 1 and f.auto_loans_active == 1
    assert f.overdue_months_24m == 3 and f.overdue_accounts_24m == 2 and f.max_overdue_level_24m == 2
    assert f.current_overdue_amount == Decimal("800.00") and f.current_overdue_accounts == 1
    assert f.card_utilisation == pytest.approx(0.25)
    assert (f.queries_credit_1m, f.queries_credit_3m, f.queries_credit_6m) == (1, 1, 2)
    assert f.employment_years == pytest.approx(6.0, abs=0.1)
    assert f.credit_age_months == 102 and not f.thin_file and not f.bad_debt


def test_summary_block_is_ignored() -> None:
    """A summary claiming no overdue accounts must not hide the overdue card."""
    assert parse_bureau_report(_report(summary={"overdue_accounts": 0})).current_overdue_accounts == 1


def test_bad_debt_from_status_or_a_seven() -> None:
    rep = _report()
    rep["loans"][0]["repayment_24m"] = "NNNNNNNNNNNNNNNNNN123457"
    assert parse_bureau_report(rep).bad_debt
    rep = _report()
    rep["credit_cards"][0]["status"] = "bad_debt"
    assert parse_bureau_report(rep).bad_debt


def test_empty_report_is_a_thin_file() -> None:
    f = parse_bureau_report({"report_id": "X", "report_date": "2026-11-24"})
    assert f.thin_file and f.credit_age_months == 0 and f.card_utilisation == 0.0


@pytest.mark.parametrize("history", ["NNN", "NNNNNNNNNNNNNNNNNNNNNNN9", "NNNNNNNNNNNNNNNNNNNNNNNX"])
def test_bad_repayment_strings_are_rejected(history: str) -> None:
    rep = _report()
    rep["loans"][0]["repayment_24m"] = history
    with pytest.raises(ValidationError):
        parse_bureau_report(rep)


@pytest.mark.parametrize("quality", QUALITIES)
def test_generator_is_deterministic_and_json_safe(quality: str) -> None:
    a = synth_bureau_report(seed=7, quality=quality, today=TODAY)
    assert a == synth_bureau_report(seed=7, quality=quality, today=TODAY)
    assert a != synth_bureau_report(seed=8, quality=quality, today=TODAY)
    assert json.loads(json.dumps(a, ensure_ascii=False)) == a
    parse_bureau_report(copy.deepcopy(a))


def test_generator_qualities_look_like_their_names() -> None:
    def feats(q: str) -> list:
        return [parse_bureau_report(synth_bureau_report(seed=s, quality=q, today=TODAY)) for s in range(40)]

    prime, sub, thin = feats("prime"), feats("subprime"), feats("thin_file")
    assert all(f.overdue_months_24m == 0 and not f.thin_file for f in prime)
    assert all(f.current_overdue_accounts > 0 for f in sub)
    assert all(f.thin_file and f.loans_active == 0 for f in thin)
    assert sum(f.queries_credit_6m for f in sub) > 3 * sum(f.queries_credit_6m for f in prime)


def test_generator_rejects_unknown_quality() -> None:
    with pytest.raises(ValueError, match="quality"):
        synth_bureau_report(seed=1, quality="excellent", today=TODAY)
