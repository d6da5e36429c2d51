"""Pure policy: checksums, ID-card cross-checks, amortisation and document cross-checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from precredit.models.application import ApplicationRequest, PolicyConfig
from precredit.policy import documents, idcard, loan
from precredit.policy.identifiers import (
    age_on,
    id_check_char,
    id_number_valid,
    id_sex,
    vin_check_digit,
    vin_valid,
    with_vin_check_digit,
)
from tests import factories

TODAY = date(2026, 11, 24)


def test_gb11643_known_number() -> None:
    assert id_check_char("11010519491231002") == "X"  # the standard's own example
    assert id_number_valid("11010519491231002X")
    assert not id_number_valid("110105194912310021")
    assert not id_number_valid("110105194913310023")  # month 13
    assert id_sex("11010519491231002X") == "女"


def test_vin_check_digit_known_vin() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"  # ISO 3779 textbook example
    assert vin_valid("1M8GDM9AXKP042788")
    assert not vin_valid("1M8GDM9A1KP042788")
    assert not vin_valid("1M8GDM9AXKP04278O")  # letter O is not allowed
    assert vin_valid(with_vin_check_digit("LSVAU2180N2183294"))


def test_age_on_birthday_boundary() -> None:
    assert age_on("110105200811240010", TODAY) == 18
    assert age_on("110105200811250010", TODAY) == 17


def test_monthly_payment_matches_annuity_formula() -> None:
    assert loan.monthly_payment(Decimal("100000"), Decimal("0.06"), 36) == Decimal("3042.19")
    assert loan.monthly_payment(Decimal("12000"), Decimal("0"), 12) == Decimal("1000.00")


def test_offer_ratios() -> None:
    req = factories.request()
    offer = loan.make_offer(
        applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, annual_rate=Decimal("0.0588")
    )
    assert offer.ltv == Decimal("0.6000")
    assert offer.dti == (offer.monthly_payment / req.applicant.monthly_income).quantize(Decimal("0.0001"))
    assert offer.total_interest == offer.monthly_payment * 36 - req.loan.amount


def _front(req: ApplicationRequest, **over: str | None) -> dict[str, str | None]:
    a = req.applicant
    base: dict[str, str | None] = {
        "name": a.name,
        "id_number": a.id_number,
        "birth_date": "1985-03-07",
        "sex": "男",
    }
    return base | over


@pytest.mark.parametrize(
    ("front", "back", "decline", "review"),
    [
        ({}, {"valid_to": "长期"}, [], []),
        ({"name": "李四"}, {"valid_to": "长期"}, ["ID_MISMATCH"], []),
        ({"birth_date": "1985-03-08"}, {"valid_to": "长期"}, ["ID_MISMATCH"], []),
        ({}, {"valid_to": "2020-01-01"}, ["ID_EXPIRED"], []),
        ({"id_number": None}, {"valid_to": "长期"}, [], ["ID_UNREADABLE"]),
        ({}, {"valid_to": None}, [], ["ID_UNREADABLE"]),
    ],
)
def test_id_card_checks(front: dict, back: dict, decline: list[str], review: list[str]) -> None:
    req = factories.request()
    found = idcard.check_id_card(
        applicant=req.applicant, front=_front(req, **front), back=back, front_warnings=[], today=TODAY,
        policy=PolicyConfig(),
    )  # fmt: skip
    assert found.decline == decline and found.review == review


def test_unreadable_number_with_checksum_warning_is_a_checksum_decline() -> None:
    req = factories.request()
    found = idcard.check_id_card(
        applicant=req.applicant, front=_front(req, id_number=None), back={"valid_to": "长期"},
        front_warnings=["id_number: checksum failed"], today=TODAY, policy=PolicyConfig(),
    )  # fmt: skip
    assert found.decline == [] and found.review == ["ID_CHECKSUM_INVALID"]


def _docs(req: ApplicationRequest, lender: str) -> dict[str, dict[str, str | None]]:
    a, v = req.applicant, req.vehicle
    common: dict[str, str | None] = {"vin": v.vin, "buyer_name": a.name, "buyer_id_number": a.id_number}
    return {
        "contract": common | {"vehicle_price": "150000.00"},
        "invoice": common | {"total_price": "150000.00"},
        "policy_doc": {"vin": v.vin, "insured_name": a.name, "first_beneficiary": lender,
                       "start_date": "2026-11-01", "end_date": "2027-10-31"},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("doc", "field", "value", "label"),
    [
        ("invoice", "vin", with_vin_check_digit("LSVAU2180N2183295"), "vehicle_invoice.vin"),
        ("invoice", "vin", "LSVAU2180N2183295", "vehicle_invoice.vin_check_digit"),
        ("contract", "buyer_id_number", "110105198503071239", "purchase_contract.buyer_id_number"),
        ("invoice", "total_price", "180000.00", "vehicle_invoice.total_price"),
        ("policy_doc", "first_beneficiary", "别的银行", "insurance_policy.first_beneficiary"),
        ("policy_doc", "end_date", "2026-11-01", "insurance_policy.not_in_force"),
    ],
)
def test_document_cross_check_names_each_mismatch(doc: str, field: str, value: str, label: str) -> None:
    req = factories.request()
    policy = PolicyConfig()
    docs = _docs(req, policy.lender_name)
    assert _cross_check(req, docs).clean
    docs[doc] = docs[doc] | {field: value}
    assert label in _cross_check(req, docs).mismatches


def _cross_check(
    req: ApplicationRequest, docs: dict[str, dict[str, str | None]], fits: dict[str, float] | None = None
) -> documents.DocumentFindings:
    policy = PolicyConfig()
    return documents.cross_check(
        applicant=req.applicant, vehicle=req.vehicle, loan_amount=req.loan.amount, lender_name=policy.lender_name,
        today=TODAY, policy=policy, contract=docs["contract"], invoice=docs["invoice"],
        policy_doc=docs["policy_doc"], fits=fits,
    )  # fmt: skip


def test_a_name_read_differently_counts_when_the_print_fits_the_applications() -> None:
    req = factories.request()
    docs = _docs(req, PolicyConfig().lender_name)
    docs["invoice"] = docs["invoice"] | {"buyer_name": req.applicant.name[:-1] + "同"}
    label = "vehicle_invoice.buyer_name"
    fitted = _cross_check(req, docs, {label: 0.3})
    assert fitted.clean and fitted.fitted == [label]
    for fits in ({label: 1e-6}, {}, {"purchase_contract.buyer_name": 0.9}):  # poor fit, none, another field
        found = _cross_check(req, docs, fits)
        assert found.mismatches == [label] and not found.fitted


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("applicant__id_number", "110105198503071239", "applicant.id_number"),
        ("applicant__phone", "12812345678", "applicant.phone"),
        ("applicant__name", "张\u200b伟", "applicant.name"),
        ("vehicle__vin", "LSVAU2180N2183295", "vehicle.vin"),
        ("loan__term_months", 30, "loan.term_months"),
        ("loan__amount", Decimal("200000"), "loan"),
    ],
)
def test_application_validation_names_the_field(path: str, value: object, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        factories.request(**{path: value})
    loc = ".".join(str(p) for p in err.value.errors()[0]["loc"])
    assert loc == field


def test_full_width_digits_are_folded() -> None:
    full = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in factories.ID_NUMBER)
    assert factories.request(applicant__id_number=full).applicant.id_number == factories.ID_NUMBER


def test_notes_kept_in_plaintext_lose_every_personal_number_they_quote() -> None:
    from precredit.policy.identifiers import without_personal_numbers

    note = "buyer_id_number: no ID number in '身份证号码:33010619900715845' (phone 13812345678)"
    assert without_personal_numbers(note) == "buyer_id_number: no ID number in '身份证号码:…' (phone …)"
    vin_note = "vin: VIN LHGC21PGSS5036942 rejected: check digit invalid"
    assert without_personal_numbers(vin_note) == vin_note  # a VIN is no person's


def test_notes_kept_in_plaintext_quote_no_words() -> None:
    """A check quoting what it refused may quote a name the detector joined to the line (sex read
    from '王伟 男'); every Chinese character inside a quotation is masked, the rest of the note and
    what it says outside quotations stay."""
    from precredit.policy.identifiers import without_quoted_words

    assert without_quoted_words("sex: not 男/女: '王伟 男'") == "sex: not 男/女: '□□ □'"
    assert without_quoted_words("d: no valid date in '2023年00月26'") == "d: no valid date in '2023□00□26'"
    assert without_quoted_words('n: not a name: "it\'s 张三"') == 'n: not a name: "it\'s □□"'
    repair = "seller_name: repaired 有服公司 to 有限公司, one of 1 the check allows"
    assert without_quoted_words(repair) == repair
