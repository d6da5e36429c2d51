"""How a PBOC report plus our application become the German-credit inputs of the credit model.

The model learnt from 1990s German bank customers, so each input is a translation, chosen to keep
the meaning the column had there. Money is converted with one purchasing-power factor,
CNY_PER_DM = 40: a typical car loan of 120,000 CNY becomes 3,000 DM, near the German mean credit
(3,271 DM), so loan sizes land where the model has data.

| model input       | German meaning                         | our source                                              |
|-------------------|----------------------------------------|---------------------------------------------------------|
| checking          | state of the current account           | overdue now, bad debt or a 90+ day late in 24 months ->  |
|                   |                                        | "< 0 DM" (overdrawn); thin file (nothing older than 6   |
|                   |                                        | months: unknown, so the cautious middle) or utilisation |
|                   |                                        | >= 70% or any late -> "0..200 DM"; cards used lightly ->|
|                   |                                        | ">= 200 DM"; an established file without any card ->    |
|                   |                                        | "no checking account"                                   |
| history           | past repayment behaviour               | any 1..7 in the 24-month strings -> "delay in paying off |
|                   |                                        | in the past"; no account ever -> "no credits taken";    |
|                   |                                        | clean with several accounts -> "other credits existing" |
|                   |                                        | (the German code merges this with "critical account";   |
|                   |                                        | we use only that meaning, delinquency goes elsewhere);  |
|                   |                                        | otherwise "existing credits paid back duly"             |
| purpose           | what the credit buys                   | always "car (new)"                                      |
| duration          | months                                 | loan.term_months                                        |
| amount            | credit amount, DM                      | loan.amount / CNY_PER_DM                                |
| savings           | savings and bonds, DM                  | loan.down_payment / CNY_PER_DM: cash the buyer brings   |
| employment        | years with the present employer        | bureau employer_since; occupation "unemployed" wins    |
| installment_rate  | instalment as share of disposable      | (new payment at 6% + bureau monthly payments) / income: |
|                   | income, 1 (<20%) .. 4 (>=35%)          | <20% 1, <25% 2, <35% 3, else 4                          |
| residence_since   | years at the address, 1..4             | bureau residence_since: <1y 1, <4y 2, <7y 3, else 4     |
| property          | most valuable property                 | own / mortgage home -> real estate; an open auto loan  |
|                   |                                        | -> car or other; otherwise none                         |
| age               | years                                  | age_on(id_number, today)                                |
| other_plans       | instalment plans with other lenders    | open non-mortgage loans in the bureau, or 4+ loan/card  |
|                   |                                        | enquiries in 3 months (credit being sought now) -> bank |
| housing           | own / rent / for free                  | applicant.housing                                       |
| existing_credits  | credits at this bank, 1..4             | 1 + open loans in the bureau, capped at 4               |
| job               | skill level                            | applicant.occupation                                    |

Other bureau facts with no German counterpart (public records, older enquiries) are not model inputs:
they are shown to underwriters and may feed policy rules, but the model never saw them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from precredit.models.application import Applicant, LoanRequest
from precredit.policy.identifiers import age_on
from precredit.risk import german
from precredit.risk.bureau import BureauFeatures

CNY_PER_DM = Decimal(40)
REFERENCE_ANNUAL_RATE = 0.06

_JOB = {
    "civil_servant": "management/ self-employed/ highly qualified employee/ officer",
    "professional": "management/ self-employed/ highly qualified employee/ officer",
    "self_employed": "management/ self-employed/ highly qualified employee/ officer",
    "office_worker": "skilled employee / official",
    "freelancer": "skilled employee / official",
    "manual_worker": "unskilled - resident",
    "retired": "unemployed/ unskilled - non-resident",
    "unemployed": "unemployed/ unskilled - non-resident",
}
_HOUSING = {"own": "own", "mortgage": "own", "rent": "rent", "dormitory": "rent", "family": "for free"}


def monthly_payment(amount: Decimal, term_months: int, annual_rate: float = REFERENCE_ANNUAL_RATE) -> float:
    """Amortised payment; the credit step runs before the offer exists, so a reference rate stands in."""
    r = annual_rate / 12
    return float(amount) * r / (1 - (1 + r) ** -term_months)


def _checking(b: BureauFeatures) -> tuple[str, str]:
    shown = f"{b.cards_active} cards, utilisation {b.card_utilisation:.0%}, overdue now {b.current_overdue_amount}"
    if b.current_overdue_accounts > 0 or b.bad_debt or b.max_overdue_level_24m >= 3:
        return "... < 0 DM", shown
    if b.thin_file:
        return "0 <= ... < 200 DM", "thin file: no credit account older than 6 months"
    if b.cards_active == 0:
        return "no checking account", shown
    if b.card_utilisation >= 0.7 or b.overdue_accounts_24m > 0:
        return "0 <= ... < 200 DM", shown
    return "... >= 200 DM / salary assignments for at least 1 year", shown


def _history(b: BureauFeatures) -> tuple[str, str]:
    shown = f"{b.overdue_months_24m} late months in 24, worst level {b.max_overdue_level_24m}"
    if b.overdue_months_24m > 0 or b.bad_debt:
        return "delay in paying off in the past", shown
    if b.loans_active + b.loans_settled + b.cards_active == 0:
        return "no credits taken/ all credits paid back duly", "no credit account"
    if b.loans_settled + b.loans_active + b.cards_active >= 3:
        return "critical account/ other credits existing (not at this bank)", shown
    return "existing credits paid back duly till now", shown


def _band(value: float, edges: tuple[float, ...], labels: tuple[str, ...]) -> str:
    return next((lab for edge, lab in zip(edges, labels, strict=False) if value < edge), labels[-1])


def credit_inputs(
    *, applicant: Applicant, loan: LoanRequest, bureau: BureauFeatures, today: date
) -> tuple[dict[str, object], dict[str, str]]:
    """The model row (German codes) and, per input, what our data said, for explanations."""
    amount_dm = float(loan.amount / CNY_PER_DM)
    savings_dm = float(loan.down_payment / CNY_PER_DM)
    payment = monthly_payment(loan.amount, loan.term_months) + float(bureau.loan_monthly_payment_total)
    income = float(applicant.monthly_income)
    burden = payment / income if income > 0 else 9.99
    years = bureau.employment_years if bureau.employment_years is not None else 0.0
    residence = bureau.residence_years if bureau.residence_years is not None else 0.0
    checking, checking_shown = _checking(bureau)
    history, history_shown = _history(bureau)
    if applicant.occupation == "unemployed":
        employment = "unemployed"
    else:
        employment = _band(years, (1, 4, 7), ("... < 1 year", "1 <= ... < 4 years", "4 <= ... < 7 years", "... >= 7 years"))  # fmt: skip
    has_auto = bureau.auto_loans_active > 0
    if applicant.housing in ("own", "mortgage"):
        prop = "real estate"
    else:
        prop = "car or other, not in attribute Savings account/bonds" if has_auto else "unknown / no property"
    row: dict[str, object] = {
        "checking": checking,
        "duration": loan.term_months,
        "history": history,
        "purpose": "car (new)",
        "amount": amount_dm,
        "savings": _band(
            savings_dm,
            (100, 500, 1000),
            ("... < 100 DM", "100 <= ... < 500 DM", "500 <= ... < 1000 DM", "... >= 1000 DM"),
        ),
        "employment": employment,
        "installment_rate": int(_band(burden, (0.20, 0.25, 0.35), ("1", "2", "3", "4"))),
        "residence_since": int(_band(residence, (1, 4, 7), ("1", "2", "3", "4"))),
        "property": prop,
        "age": age_on(applicant.id_number, today),
        "other_plans": "bank"
        if bureau.loans_active_other_lenders > 0 or bureau.queries_credit_3m >= 4
        else "none",
        "housing": _HOUSING[applicant.housing],
        "existing_credits": min(4, 1 + bureau.loans_active),
        "job": _JOB[applicant.occupation],
    }
    shown = {
        "checking": checking_shown,
        "history": history_shown,
        "purpose": "auto loan",
        "duration": f"{loan.term_months} months",
        "amount": f"{loan.amount} CNY",
        "savings": f"down payment {loan.down_payment} CNY",
        "employment": f"{applicant.occupation}, {years:.1f} years with employer",
        "installment_rate": f"repayments {burden:.0%} of income",
        "residence_since": f"{residence:.1f} years at address",
        "property": applicant.housing,
        "age": str(row["age"]),
        "other_plans": f"{bureau.loans_active_other_lenders} lenders with open loans, {bureau.queries_credit_3m} enquiries in 3 months",
        "housing": applicant.housing,
        "existing_credits": f"{bureau.loans_active} open loans",
        "job": applicant.occupation,
        "monthly_burden": f"{loan.amount / loan.term_months:.2f} CNY a month before interest",
        "amount_per_age": f"{loan.amount} CNY at age {row['age']}",
        "checking_rank": checking_shown,
        "savings_rank": f"down payment {loan.down_payment} CNY",
        "employment_rank": f"{applicant.occupation}, {years:.1f} years with employer",
    }
    return german.engineer_row(row), shown
