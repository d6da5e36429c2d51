"""Step 5 answers unreadable fields with a new photo, mismatches with review; the seller must be
the dealer; an ID card whose confident print contradicts its own number is a forgery signal."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

import pytest

from precredit.models.application import Applicant, PolicyConfig
from precredit.policy import documents, idcard
from tests import factories

TODAY = date(2026, 11, 20)


def test_only_unreadable_fields_ask_for_those_documents_again_then_review() -> None:
    found = documents.DocumentFindings(unreadable=["vehicle_invoice.vin", "insurance_policy.period"])
    first = documents.document_verdict(found, uploads_so_far=0, max_reuploads=2)
    assert first.action == "reupload"
    assert first.reasons == ["DOCUMENT_UNREADABLE"]
    assert first.reupload == {"vehicle_invoice": ["vin"], "insurance_policy": ["start_date", "end_date"]}
    last = documents.document_verdict(found, uploads_so_far=2, max_reuploads=2)
    assert last.action == "review" and last.reasons == ["DOCUMENT_UNREADABLE"]
    assert "DOCUMENT_MISMATCH" not in last.reasons


@pytest.mark.parametrize(("action", "expected"), [("review", "review"), ("decline", "decline")])
def test_a_mismatch_is_never_answered_with_a_new_photo(action: str, expected: str) -> None:
    found = documents.DocumentFindings(
        mismatches=["purchase_contract.vin"], unreadable=["vehicle_invoice.total_price"]
    )
    verdict = documents.document_verdict(found, uploads_so_far=0, max_reuploads=3, mismatch_action=action)
    assert verdict.action == expected
    assert verdict.reasons == ["DOCUMENT_MISMATCH", "DOCUMENT_UNREADABLE"]
    assert verdict.detail["mismatches"] == "purchase_contract.vin"


def test_clean_documents_pass() -> None:
    verdict = documents.document_verdict(documents.DocumentFindings(), uploads_so_far=0, max_reuploads=2)
    assert (verdict.action, verdict.reasons) == ("pass", [])


def test_sellers_must_be_the_dealer_up_to_spacing_brackets_and_legal_form() -> None:
    dealer = "杭州宏达汽车销售服务有限公司"
    same = documents.check_sellers(
        dealer_name=dealer,
        contract={"seller_name": "杭州宏达汽车销售服务有限责任公司"},
        invoice={"seller_name": "杭州 宏达汽车销售服务有限公司"},
    )
    assert same.clean
    other = documents.check_sellers(
        dealer_name=dealer,
        contract={"seller_name": "宁波宏达汽车销售服务有限公司"},
        invoice={"seller_name": None},
    )
    assert other.mismatches == ["purchase_contract.seller_name"]
    assert other.unreadable == ["vehicle_invoice.seller_name"]
    merged = documents.merge(other, documents.DocumentFindings(mismatches=["purchase_contract.seller_name"]))
    assert merged.mismatches == ["purchase_contract.seller_name"]


def _front(**over: str | None) -> dict[str, str | None]:
    req = factories.request()
    number = req.applicant.id_number
    born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    sex = "男" if int(number[16]) % 2 else "女"
    return {"name": req.applicant.name, "id_number": number, "birth_date": born, "sex": sex} | over


def _other_sex(front: dict[str, str | None]) -> str:
    return "女" if front["sex"] == "男" else "男"


def test_a_confident_printed_birth_date_that_contradicts_the_number_goes_to_review() -> None:
    front = _front(birth_date="1990-01-01")
    found = idcard.check_printed_data(front=front, confidence={"birth_date": 0.95}, warnings=[])
    assert found.review == ["ID_DATA_INCONSISTENT"]
    assert found.notes["birth_date"] == "printed value disagrees with the ID number"
    assert "1990" not in str(found.notes)


def test_an_unsure_reading_is_completed_from_the_number_with_a_note_not_a_review() -> None:
    front = _front()
    found = idcard.check_printed_data(
        front=front,
        confidence={"birth_date": 0.7},
        warnings=["birth_date: misread, repaired from the ID number"],
    )
    assert found.review == [] and found.decline == []
    assert found.notes == {"birth_date": "completed from the ID number (low-confidence reading)"}
    unsure = idcard.check_printed_data(
        front=_front(birth_date="1990-01-01"), confidence={"birth_date": 0.5}, warnings=[]
    )
    assert unsure.review == []


class _IdCardArgs(TypedDict):
    """What `check_id_card` and `assess_id_card` both take besides the card's front."""

    applicant: Applicant
    back: dict[str, str | None]
    front_warnings: list[str]
    today: date
    policy: PolicyConfig


def test_assess_id_card_reviews_a_self_contradicting_card_instead_of_declining() -> None:
    req = factories.request()
    front = _front()
    front["sex"] = _other_sex(front)
    kwargs: _IdCardArgs = {"applicant": req.applicant, "back": {"valid_to": "长期"}, "front_warnings": [], "today": TODAY,
              "policy": PolicyConfig()}  # fmt: skip
    old = idcard.check_id_card(front=front, **kwargs)
    assert old.decline == ["ID_MISMATCH"]
    new = idcard.assess_id_card(front=front, front_confidence={"sex": 0.97}, **kwargs)
    assert new.decline == [] and new.review == ["ID_DATA_INCONSISTENT"]
    # The number itself differing from the form still declines.
    other = _front(name=req.applicant.name, id_number="11010519491231002X")
    worse = idcard.assess_id_card(front=other, front_confidence={}, **kwargs)
    assert worse.decline == ["ID_MISMATCH"]


def test_a_name_read_unsurely_that_differs_is_photographed_again_not_declined() -> None:
    req = factories.request()
    kwargs: _IdCardArgs = {"applicant": req.applicant, "back": {"valid_to": "长期"}, "front_warnings": [], "today": TODAY,
              "policy": PolicyConfig()}  # fmt: skip
    misread = _front(name=req.applicant.name[:-1] + "靜")
    unsure = idcard.assess_id_card(front=misread, front_confidence={"name": 0.77}, **kwargs)
    assert unsure.decline == [] and unsure.review == ["ID_UNREADABLE"]
    assert idcard.id_card_reupload(unsure, uploads_so_far=0, max_reuploads=2) == ["name"]
    # Read surely, another name on the applicant's number declines as before.
    sure = idcard.assess_id_card(front=misread, front_confidence={"name": 0.95}, **kwargs)
    assert sure.decline == ["ID_MISMATCH"]
    # Unsure, but on another number: the card is not the applicant's.
    other = _front(name="王五", id_number="11010519491231002X")
    assert idcard.assess_id_card(front=other, front_confidence={"name": 0.5}, **kwargs).decline == [
        "ID_MISMATCH"
    ]


def test_only_an_unreadable_card_is_photographed_again() -> None:
    unreadable = idcard.IdCardFindings(review=["ID_UNREADABLE"], notes={"valid_to": "unreadable"})
    assert idcard.id_card_reupload(unreadable, uploads_so_far=0, max_reuploads=2) == ["valid_to"]
    assert idcard.id_card_reupload(unreadable, uploads_so_far=2, max_reuploads=2) == []
    forged = idcard.IdCardFindings(
        review=["ID_UNREADABLE", "ID_DATA_INCONSISTENT"], notes={"name": "unreadable"}
    )
    assert idcard.id_card_reupload(forged, uploads_so_far=0, max_reuploads=2) == []
    declined = idcard.IdCardFindings(
        decline=["ID_EXPIRED"], review=["ID_UNREADABLE"], notes={"name": "unreadable"}
    )
    assert idcard.id_card_reupload(declined, uploads_so_far=0, max_reuploads=2) == []
