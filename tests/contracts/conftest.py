from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from precredit.activities.deps import Dependencies
from precredit.activities.signing import SigningActivities
from precredit.config import Settings
from precredit.integrations.base import FaultInjector
from precredit.models.activities import DocumentTerms
from precredit.models.application import ApplicationRequest
from precredit.models.decisions import Offer
from precredit.policy.identifiers import with_vin_check_digit
from precredit.policy.loan import make_offer
from precredit.workflows import texts

SIGNED_ON = date(2026, 1, 31)
LENDER = "普惠汽车金融有限公司"


@pytest.fixture(scope="module")
def deps(tmp_path_factory: pytest.TempPathFactory) -> Dependencies:
    data: Path = tmp_path_factory.mktemp("contracts")
    return Dependencies.from_settings(
        Settings(data_dir=data, sandbox_faults="off"), faults=FaultInjector.none()
    )


@pytest.fixture(scope="module")
def signing(deps: Dependencies) -> SigningActivities:
    return SigningActivities(deps)


@pytest.fixture(scope="module")
def request_(deps: Dependencies) -> ApplicationRequest:
    person = deps.sandbox.persons.by_profile("good")[0]
    return ApplicationRequest.model_validate(
        {
            "application_id": "app-contract-1",
            "channel": "buyer_app",
            "vehicle": {
                "vin": with_vin_check_digit("LSVAU2180N2183294"),
                "brand": "大众",
                "model": "朗逸",
                "price": "150000.00",
                "dealer_id": "BJ-HT-001",
                "dealer_name": "北京华通汽车销售服务有限公司",
            },
            "applicant": {
                "name": person.name,
                "id_number": person.id_number,
                "phone": person.phone,
                "occupation": "office_worker",
                "housing": "own",
                "education": "bachelor",
                "industry": "it",
                "monthly_income": "25000.00",
                "existing_monthly_debt": "0.00",
            },
            "loan": {"amount": "90000.00", "term_months": 36, "down_payment": "60000.00"},
            "identity_documents": {
                "id_card_front": "doc://" + "1" * 64,
                "id_card_back": "doc://" + "2" * 64,
                "selfie": "doc://" + "3" * 64,
            },
        }
    )


@pytest.fixture(scope="module")
def offer(request_: ApplicationRequest) -> Offer:
    return make_offer(
        applicant=request_.applicant,
        loan=request_.loan,
        vehicle=request_.vehicle,
        annual_rate=Decimal("0.0588"),
    )


@pytest.fixture(scope="module")
def contract_terms(request_: ApplicationRequest, offer: Offer) -> DocumentTerms:
    return texts.document_terms(request_, SIGNED_ON, lender=LENDER, offer=offer)
