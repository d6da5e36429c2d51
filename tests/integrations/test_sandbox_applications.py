from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from precredit.integrations.generators.applications import make_application, write_application_files
from precredit.integrations.persons import PROFILES, PersonsRegistry
from precredit.integrations.sandbox import Sandbox
from precredit.models.application import ApplicationRequest, PolicyConfig
from precredit.policy.identifiers import vin_valid

from .conftest import TODAY

FAKE_REF = "doc://" + "ab" * 32


def _validated(request: dict) -> ApplicationRequest:
    refs = {k: FAKE_REF for k in ("id_card_front", "id_card_back", "selfie")}
    return ApplicationRequest.model_validate(request | {"identity_documents": refs})


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_bundle_is_a_valid_request_with_all_images(persons: PersonsRegistry, profile: str) -> None:
    persona = persons.by_profile(profile)[0]
    bundle = make_application(
        persona, rng=random.Random(11), application_id=f"t-{profile}", degrade=False, today=TODAY
    )
    req = _validated(bundle.request)
    assert req.applicant.id_number == persona.id_number
    assert set(bundle.images) == {
        "id_card_front",
        "id_card_back",
        "selfie",
        "purchase_contract",
        "vehicle_invoice",
        "insurance_policy",
    }
    ltv = req.loan.amount / req.vehicle.price
    assert ltv <= PolicyConfig().max_ltv
    fields = bundle.document_fields
    assert fields["insurance_policy"]["first_beneficiary"]
    assert fields["purchase_contract"]["vin"] == req.vehicle.vin
    invoice_vin = fields["vehicle_invoice"]["vin"]
    assert vin_valid(invoice_vin)
    assert (invoice_vin != req.vehicle.vin) == (profile == "document_mismatch")
    assert fields["id_card_back"]["valid_to"] == persona.valid_to_text


def test_bundle_is_deterministic(persons: PersonsRegistry) -> None:
    persona = persons.by_profile("good")[0]
    a, b = (
        make_application(persona, rng=random.Random(5), application_id="det-1", degrade=False, today=TODAY)
        for _ in range(2)
    )
    assert a.request == b.request and a.images == b.images


def test_selfies_match_or_not_by_profile(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    for profile, expected in (("good", True), ("face_mismatch", False)):
        persona = persons.by_profile(profile)[0]
        bundle = make_application(
            persona, rng=random.Random(2), application_id="face-1", degrade=False, today=TODAY
        )
        assert sandbox.identity.face_match(persona.id_number, bundle.images["selfie"]).matched is expected


def test_written_files_follow_the_cli_format(persons: PersonsRegistry, tmp_path: Path) -> None:
    bundle = make_application(
        persons.by_profile("grey_zone")[0], rng=random.Random(3), application_id="files-1", today=TODAY
    )
    path = write_application_files(bundle, tmp_path)
    document = json.loads(path.read_text())
    for section in ("identity_documents", "loan_documents"):
        for name in document[section].values():
            assert (tmp_path / name).is_file()
    assert len(document["loan_documents"]) == 3
    refs = {s: {k: FAKE_REF for k in document[s]} for s in ("identity_documents", "loan_documents")}
    ApplicationRequest.model_validate(document | refs)


def test_cli_make_application_and_outbox(tmp_path: Path, monkeypatch, capsys) -> None:
    from precredit.cli.main import main
    from precredit.config import get_settings

    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    try:
        assert (
            main(
                [
                    "sandbox",
                    "make-application",
                    "--profile",
                    "good",
                    "--out",
                    str(tmp_path / "a"),
                    "--seed",
                    "4",
                    "--clean",
                ]
            )
            == 0
        )
        out = json.loads(capsys.readouterr().out)
        assert Path(out["application_json"]).is_file()
        settings = get_settings()
        box = Sandbox.from_settings(settings)
        phone = json.loads(Path(out["application_json"]).read_text())["applicant"]["phone"]
        box.outbox.record_sms(phone, "验证码 123456", purpose="identity", idempotency_key="x")
        assert main(["sandbox", "outbox", "--phone", phone, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows[0]["code"] == "123456" and phone not in rows[0]["phone"]
    finally:
        get_settings.cache_clear()
