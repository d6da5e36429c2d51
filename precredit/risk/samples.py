"""Named example cases: the calibration table in `models report`, the benchmark load and the tests.

They pin down what "sensible" means for each model (a prime file passes credit, a new SIM with a
mismatched owner and an application burst is declined as fraud, ...), so a retrained model that
stops behaving sensibly fails visibly instead of quietly shifting decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from precredit.models.application import Applicant, LoanRequest, Vehicle
from precredit.models.thirdparty import CarrierData, MultiLendingData
from precredit.policy.identifiers import id_check_char, with_vin_check_digit

TODAY = date(2026, 11, 24)


def id_number(birth: str, seq: str = "123") -> str:
    body = f"110101{birth}{seq}"
    return body + id_check_char(body)


def applicant(**overrides: Any) -> Applicant:
    fields: dict[str, Any] = {
        "name": "张伟",
        "id_number": id_number("19880512"),
        "phone": "13800138000",
        "occupation": "office_worker",
        "housing": "mortgage",
        "education": "bachelor",
        "industry": "it",
        "monthly_income": Decimal("15000"),
    }
    return Applicant(**{**fields, **overrides})


def vehicle(price: Decimal = Decimal("200000")) -> Vehicle:
    return Vehicle(
        vin=with_vin_check_digit("LSVAU2180N2123456"),
        brand="大众",
        model="ID.4 CROZZ",
        price=price,
        dealer_id="D-0001",
        dealer_name="上海某汽车销售服务有限公司",
    )


def loan_for(ltv: float, price: Decimal = Decimal("200000"), term: int = 36) -> LoanRequest:
    amount = (price * Decimal(str(ltv))).quantize(Decimal("1"))
    return LoanRequest(amount=amount, term_months=term, down_payment=price - amount)


def carrier(tenure: int, match: bool, status: str = "active") -> CarrierData:
    return CarrierData(carrier="中国移动", tenure_months=tenure, real_name_match=match, status=status)


def lending(a7: int, a30: int, a90: int) -> MultiLendingData:
    return MultiLendingData(
        applications_7d=a7,
        applications_30d=a30,
        applications_90d=a90,
        lenders_7d=a7,
        lenders_30d=a30,
        lenders_90d=a90,
    )


@dataclass(frozen=True)
class CreditCase:
    label: str
    quality: str
    seed: int
    applicant: Applicant
    expect: str


@dataclass(frozen=True)
class FraudCase:
    label: str
    carrier: CarrierData
    lending: MultiLendingData
    expect: str


@dataclass(frozen=True)
class ApprovalCase:
    label: str
    applicant: Applicant
    dti: Decimal
    ltv: float
    points: int
    expect: str


MODEST = {"occupation": "manual_worker", "housing": "rent", "education": "high_school", "monthly_income": Decimal("6000")}  # fmt: skip

CREDIT_CASES = (
    CreditCase("prime report, salaried owner", "prime", 1, applicant(), "pass"),
    CreditCase("near-prime report, salaried owner", "near_prime", 1, applicant(), "either"),
    CreditCase("thin file, salaried owner", "thin_file", 1, applicant(), "pass"),
    CreditCase("subprime report, salaried owner", "subprime", 1, applicant(), "decline"),
    CreditCase("subprime report, renting manual worker", "subprime", 2, applicant(**MODEST), "decline"),
)
FRAUD_CASES = (
    FraudCase("tenure 36m, real name, 1 application", carrier(36, True), lending(0, 1, 1), "pass"),
    FraudCase("tenure 24m, real name, 2 applications", carrier(24, True), lending(0, 0, 2), "pass"),
    FraudCase("tenure 6m, real name, 3 in 30d", carrier(6, True), lending(1, 3, 5), "review"),
    FraudCase("tenure 12m, real name, 4 in 30d", carrier(12, True), lending(2, 4, 6), "review"),
    FraudCase("tenure 1m, name mismatch, 15 in 90d", carrier(1, False), lending(5, 10, 15), "decline"),
    FraudCase(
        "tenure 1m, mismatch, suspended, 8 in 90d",
        carrier(1, False, "suspended"),
        lending(3, 6, 8),
        "decline",
    ),
)
APPROVAL_CASES = (
    ApprovalCase("DTI 0.2, LTV 0.6, 15k income, 680 pts", applicant(), Decimal("0.2"), 0.6, 680, "pass"),
    ApprovalCase(
        "DTI 0.35, LTV 0.7, 9k income, 620 pts",
        applicant(monthly_income=Decimal("9000")),
        Decimal("0.35"),
        0.7,
        620,
        "pass",
    ),
    ApprovalCase(
        "DTI 0.5, LTV 0.85, 4k manual, renting",
        applicant(**{**MODEST, "monthly_income": Decimal("4000")}),
        Decimal("0.5"),
        0.85,
        600,
        "review",
    ),
    ApprovalCase(
        "DTI 0.5, LTV 0.85, 3k unemployed, renting",
        applicant(**{**MODEST, "occupation": "unemployed", "monthly_income": Decimal("3000")}),
        Decimal("0.5"),
        0.85,
        560,
        "decline",
    ),
)
