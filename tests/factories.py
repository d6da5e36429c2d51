"""Valid domain objects for tests, built from the same checksum code the product uses."""

from __future__ import annotations

import hashlib
import uuid
from decimal import Decimal
from typing import Any

from precredit.config import Settings
from precredit.models.application import ApplicationRequest
from precredit.policy.identifiers import id_check_char, with_vin_check_digit
from precredit.security.customers import LETTERS_ONLY
from precredit.workers.guard import runner_for

ID_NUMBER = "11010519850307" + "123"
ID_NUMBER = ID_NUMBER + id_check_char(ID_NUMBER)
VIN = with_vin_check_digit("LSVAU2180N2183294")
# Test workers keep as many runs in memory as production ones do, behind the same guard (issue 12);
# the environment can say otherwise (PRECREDIT_WORKFLOW_CACHE_SIZE=0 rebuilds every task).
WORKFLOW_CACHE: int = Settings().workflow_cache_size


def workflow_cache(size: int = WORKFLOW_CACHE) -> dict[str, Any]:
    """A test worker's cache, as production's: that size, with the runner production picks for it."""
    return {"max_cached_workflows": size, "workflow_runner": runner_for(size)}


def ref(name: str) -> str:
    return "doc://" + hashlib.sha256(name.encode()).hexdigest()


def request(**overrides: Any) -> ApplicationRequest:
    body: dict[str, Any] = {
        # Letters only: a random hex id holds an 11-digit phone-like run about once in 7,000, which
        # the audit trail's PII guard (rightly) refuses, failing whatever test drew it.
        "application_id": f"t-{uuid.uuid4().hex[:12].translate(LETTERS_ONLY)}",
        "channel": "buyer_app",
        "vehicle": {
            "vin": VIN,
            "brand": "大众",
            "model": "朗逸 2024 1.5L",
            "price": Decimal("150000.00"),
            "dealer_id": "D001",
            "dealer_name": "北京华通大众4S店",
        },
        "applicant": {
            "name": "张伟",
            "id_number": ID_NUMBER,
            "phone": "13812345678",
            "occupation": "office_worker",
            "housing": "own",
            "education": "bachelor",
            "industry": "it",
            "monthly_income": Decimal("25000.00"),
        },
        "loan": {"amount": Decimal("90000.00"), "term_months": 36, "down_payment": Decimal("60000.00")},
        "identity_documents": {"id_card_front": ref("f"), "id_card_back": ref("b"), "selfie": ref("s")},
        "loan_documents": {
            "purchase_contract": ref("pc"),
            "vehicle_invoice": ref("vi"),
            "insurance_policy": ref("ip"),
        },
    }
    for key, value in overrides.items():
        if key == "application_id":
            body[key] = value
            continue
        section, _, field = key.partition("__")
        if field:
            body[section][field] = value
        else:
            body[section] = value
    return ApplicationRequest.model_validate(body)
