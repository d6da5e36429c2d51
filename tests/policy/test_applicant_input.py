"""What buyers really type is folded to one canonical form before validation; what is wrong stays wrong."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from precredit.models.application import Applicant
from tests import factories

BASE = factories.request().applicant.model_dump()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("阿卜杜拉 • 买买提", "阿卜杜拉·买买提"),  # bullet with spaces, as phone keyboards offer it
        ("阿卜杜拉・买买提", "阿卜杜拉·买买提"),  # katakana middle dot
        ("阿卜杜拉．买买提", "阿卜杜拉·买买提"),  # full-width full stop
        ("𠮷野家", "𠮷野家"),  # a rare character outside the BMP (CJK extension B)
        ("Anna   Li", "Anna Li"),
        ("ＺＨＡＮＧ San", "ZHANG San"),
    ],
)
def test_names_fold_to_one_form(typed: str, stored: str) -> None:
    assert Applicant(**{**BASE, "name": typed}).name == stored


@pytest.mark.parametrize(
    "typed", ["+86 138-0013-8000", "0086 13800138000", "(138) 0013 8000", "＋８６１３８００１３８０００"]
)
def test_phones_lose_country_code_and_separators(typed: str) -> None:
    assert Applicant(**{**BASE, "phone": typed}).phone == "13800138000"


def test_id_number_may_be_typed_in_groups() -> None:
    number = BASE["id_number"]
    grouped = f"{number[:6]} {number[6:14]} {number[14:].lower()}"
    assert Applicant(**{**BASE, "id_number": grouped}).id_number == number.upper()


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("name", "·张三"),
        ("name", "张三·"),
        ("name", "张\u200b三"),
        ("phone", "+87 13800138000"),
        ("phone", "86 1380013800"),
        ("phone", "12800138000"),
    ],
)
def test_what_is_wrong_stays_wrong(field: str, typed: str) -> None:
    with pytest.raises(ValidationError, match=field):
        Applicant(**{**BASE, field: typed})


def test_intake_returns_the_request_the_workflow_records_and_refuses_personal_ids() -> None:
    from precredit.models.application import ApplicationRequest, take_application

    raw = factories.request().model_dump(mode="json")
    taken = take_application(raw)
    # The workflow's own type, equal to validating the request directly (defaults included).
    assert type(taken) is ApplicationRequest and taken == ApplicationRequest.model_validate(raw)
    assert taken.model_dump_json() == ApplicationRequest.model_validate(raw).model_dump_json()
    with pytest.raises(ValidationError, match="application_id"):
        take_application({**raw, "application_id": "order-13812345678"})
