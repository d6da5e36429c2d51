"""The shipped persona world: reproducible, consistent, every profile present with its signals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypedDict

from precredit.integrations.generators.persons import write_world
from precredit.integrations.persons import PROFILES, Persona, PersonsRegistry
from precredit.integrations.sandbox import Sandbox
from precredit.models.application import Applicant, PolicyConfig
from precredit.models.thirdparty import CarrierData, MultiLendingData
from precredit.policy.identifiers import id_birth_date, id_number_valid, id_sex

from .conftest import TODAY

POLICY = PolicyConfig()


def test_generator_reproduces_the_shipped_files(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "config.json").write_bytes((data_dir / "config.json").read_bytes())
    write_world(tmp_path)
    for name in ("persons.json", "blacklist.json"):
        assert json.loads((tmp_path / name).read_text()) == json.loads((data_dir / name).read_text()), (
            f"{name} is stale: run `precredit sandbox generate-persons` (the risk models or generator changed)"
        )


def test_personas_are_internally_consistent(persons: PersonsRegistry) -> None:
    assert 55 <= len(persons.all) <= 70
    assert len({p.id_number for p in persons.all}) == len(persons.all)
    assert len({p.phone for p in persons.all}) == len(persons.all)
    for p in persons.all:
        assert id_number_valid(p.id_number)
        assert id_birth_date(p.id_number) == p.birth_date
        assert id_sex(p.id_number) == p.sex
        Applicant.model_validate(
            p.model_dump(
                include={"name", "id_number", "phone", "occupation", "housing", "education", "industry"}
            )
            | {"monthly_income": p.monthly_income, "existing_monthly_debt": p.existing_monthly_debt}
        )
        assert p.id_valid_from < (p.id_valid_to or TODAY)
        assert p.id_expired_on(TODAY) == (p.profile == "expired_id")


class _Signals(TypedDict):
    elements: bool
    blacklisted: bool
    court: bool
    carrier: CarrierData
    lending: MultiLendingData


def _check(box: Sandbox, p: Persona) -> _Signals:
    return {
        "elements": box.identity.verify_elements(p.name, p.id_number, p.phone).matched,
        "blacklisted": box.blacklist.check(p.id_number).listed,
        "court": box.court.check(p.name, p.id_number).dishonest,
        "carrier": box.carrier.lookup(p.phone, p.name, p.id_number),
        "lending": box.multi_lending.query(p.id_number),
    }


def test_every_profile_exists_and_shows_its_signals(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    clean = {"good", "document_mismatch", "never_signs", "face_mismatch", "expired_id", "hidden_debt"}
    for profile in PROFILES:
        members = persons.by_profile(profile)
        assert len(members) >= 4, profile
        for p in members:
            s = _check(sandbox, p)
            carrier, lending = s["carrier"], s["lending"]
            assert s["elements"], p.profile
            assert s["blacklisted"] == (profile == "blacklisted")
            assert s["court"] == (profile == "dishonest_debtor")
            if profile in clean:
                assert p.credit_quality in {"prime", "near_prime"}
                assert carrier.real_name_match and carrier.tenure_months >= 24
                assert lending.applications_30d <= 1
            if profile == "fraud_like":
                assert carrier.tenure_months <= 2 and not carrier.real_name_match
                assert lending.applications_7d >= 4
                assert lending.applications_30d > POLICY.multi_lending_30d_max
            if profile == "grey_zone":
                assert 5 <= carrier.tenure_months <= 11 and carrier.real_name_match
                assert (
                    1 <= lending.applications_7d
                    and 2 <= lending.applications_30d <= POLICY.multi_lending_30d_max
                )
            if profile == "low_score":
                assert p.credit_quality == "subprime"


def test_low_score_bureau_files_are_worse(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    from precredit.risk.bureau import parse_bureau_report

    def overdue(profile: str) -> float:
        reports = [sandbox.bureau.fetch_report(p.name, p.id_number) for p in persons.by_profile(profile)]
        features = [parse_bureau_report(r) for r in reports]
        return sum(f.overdue_months_24m + 3 * f.max_overdue_level_24m for f in features) / len(features)

    assert overdue("low_score") > overdue("good")


def test_profiles_land_where_intended_under_the_shipped_models(persons: PersonsRegistry) -> None:
    """Scores every persona on loans the generator did not calibrate on (seeds 10 and 11)."""
    from precredit.integrations.generators.calibration import _fits, _scores

    for p in persons.all:
        for loan_seed in (10, 11):
            scores = _scores(p, loan_seed, TODAY)
            assert _fits(p.profile, scores, margin=False), (p.profile, loan_seed, scores)
