"""The sandbox bureau's debt is the person's: honest personas declare about what their credit report
shows them repaying, `hidden_debt` personas declare a fraction of it (issue 15's DTI rule)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from precredit.integrations.base import FaultInjector
from precredit.integrations.bureau import SandboxBureau
from precredit.integrations.generators.applications import _vehicle_and_loan
from precredit.integrations.persons import PersonsRegistry
from precredit.integrations.sandbox import Sandbox
from precredit.models.application import PolicyConfig
from precredit.policy.loan import monthly_payment
from precredit.risk.bureau import parse_bureau_report, synth_bureau_report

from .conftest import TODAY

POLICY = PolicyConfig()


def _reported(sandbox: Sandbox, name: str, id_number: str) -> Decimal:
    return parse_bureau_report(sandbox.bureau.fetch_report(name, id_number)).loan_monthly_payment_total


def test_every_report_shows_what_its_persona_repays(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    for p in persons.all:
        assert _reported(sandbox, p.name, p.id_number) == p.bureau_monthly_repayments, p.profile


def test_honest_personas_declare_about_what_the_bureau_shows(persons: PersonsRegistry) -> None:
    honest = [p for p in persons.all if p.profile != "hidden_debt"]
    assert len(honest) >= 55
    for p in honest:
        # Never more than 5 % above the declared figure (and nothing where nothing is declared).
        assert p.bureau_monthly_repayments <= p.existing_monthly_debt * Decimal("1.05"), p
        assert p.bureau_monthly_repayments >= p.existing_monthly_debt * Decimal("0.85") - 10, p
    assert any(p.bureau_monthly_repayments > p.existing_monthly_debt for p in honest)  # noise both ways


def test_hidden_debt_personas_repay_far_more_than_they_declare(persons: PersonsRegistry) -> None:
    hiding = persons.by_profile("hidden_debt")
    assert len(hiding) >= 4
    for p in hiding:
        assert p.bureau_monthly_repayments >= p.monthly_income * (POLICY.max_dti + Decimal("0.05")), p
        assert p.bureau_monthly_repayments > 5 * max(p.existing_monthly_debt, Decimal(500)), p


@pytest.mark.parametrize("loan_seed", range(12))
def test_only_hidden_debt_loans_go_over_max_dti_once_the_report_counts(
    persons: PersonsRegistry, loan_seed: int
) -> None:
    """The loans the sandbox builds (at the base rate; a priced offer only raises DTI)."""
    for p in persons.all:
        if p.profile in ("low_score",):  # declined on the credit score first; 12-month loans stretch
            continue
        _, _, loan = _vehicle_and_loan(random.Random(loan_seed), p)
        payment = monthly_payment(Decimal(loan["amount"]), POLICY.base_annual_rate, loan["term_months"])
        declared = (p.existing_monthly_debt + payment) / p.monthly_income
        counted = (max(p.existing_monthly_debt, p.bureau_monthly_repayments) + payment) / p.monthly_income
        assert declared <= POLICY.max_dti, p.profile
        assert (counted > POLICY.max_dti) == (p.profile == "hidden_debt"), (p.profile, counted)


def test_the_bureau_answers_by_id_number_alone(data_dir: Path, persons: PersonsRegistry) -> None:
    """Same person, same figure on any day; a name that does not match the number gets a thin file
    with nothing repaid (the bureau never sees the application's declared debt)."""
    p = persons.by_profile("hidden_debt")[0]
    days = [date(2026, 1, 5), TODAY, date(2027, 6, 30)]
    bureaus = [SandboxBureau(data_dir, FaultInjector.none(), today=d, persons=persons) for d in days]
    figures = {
        parse_bureau_report(b.fetch_report(p.name, p.id_number)).loan_monthly_payment_total for b in bureaus
    }
    assert figures == {p.bureau_monthly_repayments}
    stranger = parse_bureau_report(bureaus[1].fetch_report("王小明", p.id_number))
    assert stranger.thin_file and stranger.loan_monthly_payment_total == 0


@pytest.mark.parametrize("quality", ["prime", "near_prime", "subprime", "thin_file"])
@pytest.mark.parametrize("monthly", [Decimal("0"), Decimal("480.00"), Decimal("12345.67")])
def test_synthetic_reports_repay_exactly_the_figure_given(quality: str, monthly: Decimal) -> None:
    for seed in range(15):
        report = synth_bureau_report(seed=seed, quality=quality, today=TODAY, monthly_repayments=monthly)
        features = parse_bureau_report(report)
        assert features.loan_monthly_payment_total == monthly, (seed, report["loans"])
        assert report == synth_bureau_report(
            seed=seed, quality=quality, today=TODAY, monthly_repayments=monthly
        )
        if monthly == 0:
            assert features.loans_active == 0
        plain = synth_bureau_report(seed=seed, quality=quality, today=TODAY)
        # Only the loans follow the figure: the rest of the file is the one the quality draws.
        assert {k: v for k, v in report.items() if k not in ("loans", "summary")} == {
            k: v for k, v in plain.items() if k not in ("loans", "summary")
        }
