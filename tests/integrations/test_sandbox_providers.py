from __future__ import annotations

from pathlib import Path

from precredit.integrations.persons import PersonsRegistry
from precredit.integrations.sandbox import Sandbox

from .conftest import TODAY

UNKNOWN_ID = "110101199001011237"


def test_two_and_three_element_verification(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    p, other = persons.all[0], persons.all[1]
    two = sandbox.identity.verify_elements(p.name, p.id_number, None)
    assert (two.elements, two.matched) == (2, True)
    three = sandbox.identity.verify_elements(p.name, p.id_number, p.phone)
    assert (three.elements, three.matched) == (3, True)
    assert sandbox.identity.verify_elements(p.name, p.id_number, other.phone).detail == "phone_mismatch"
    assert sandbox.identity.verify_elements(other.name, p.id_number, None).detail == "name_mismatch"
    assert sandbox.identity.verify_elements(p.name, UNKNOWN_ID, None).detail == "id_number_not_found"


def test_blacklist_file_holds_no_plaintext_id_numbers(data_dir: Path, sandbox: Sandbox, persons) -> None:
    text = (data_dir / "blacklist.json").read_text()
    listed = persons.by_profile("blacklisted")
    assert listed
    for p in persons.all:
        assert p.id_number not in text and p.id_number[:17] not in text
    assert all(sandbox.blacklist.check(p.id_number).listed for p in listed)
    assert not sandbox.blacklist.check(UNKNOWN_ID).listed


def test_bureau_report_is_deterministic_and_names_the_person(sandbox: Sandbox, persons) -> None:
    p = persons.all[0]
    report = sandbox.bureau.fetch_report(p.name, p.id_number)
    assert report == sandbox.bureau.fetch_report(p.name, p.id_number)
    assert report["report_date"] == TODAY.isoformat()
    assert report["personal"]["id_number"] == p.id_number


def test_unknown_person_gets_a_thin_file(sandbox: Sandbox) -> None:
    from precredit.risk.bureau import parse_bureau_report

    report = sandbox.bureau.fetch_report("张三", UNKNOWN_ID)
    assert parse_bureau_report(report).thin_file


def test_unknown_subjects_get_neutral_vendor_answers(sandbox: Sandbox, persons) -> None:
    assert not sandbox.court.check("张三", UNKNOWN_ID).dishonest
    assert sandbox.multi_lending.query(UNKNOWN_ID).applications_90d == 0
    carrier = sandbox.carrier.lookup("13912345678", "张三", UNKNOWN_ID)
    assert carrier.carrier == "中国移动" and not carrier.real_name_match
    p = persons.by_profile("good")[0]
    assert not sandbox.carrier.lookup(p.phone, "张三", UNKNOWN_ID).real_name_match
