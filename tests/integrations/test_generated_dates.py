"""Generated documents dated 29 February. A policy or an ID card's validity ran "the same day a year
later" with `date.replace(year=...)`, which raises on 29 February: one document in about 1,500
failed to generate, and the attack probe's thief could not apply (CI, 2026-11-30)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from precredit.integrations.generators.applications import make_application
from precredit.integrations.persons import PersonsRegistry
from precredit.ocr.synth import fields


def test_random_documents_issued_on_29_february(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fields, "random_date", lambda rng, start, end: date(2024, 2, 29))
    policy = fields.random_fields("insurance_policy", random.Random(1))
    assert (policy["start_date"], policy["end_date"]) == ("2024-02-29", "2025-02-27")
    back = fields.random_fields("id_card_back", random.Random(1))  # born and issued that day: 5 years
    assert (back["valid_from"], back["valid_to"]) == ("2024-02-29", "2029-02-28")


def test_an_application_made_on_29_february(persons: PersonsRegistry) -> None:
    persona = persons.by_profile("good")[0]
    starts = []
    for seed in range(12):  # the policy starts 0-2 days before today
        bundle = make_application(
            persona, rng=random.Random(seed), application_id=f"leap-{seed}", degrade=False,
            with_loan_documents=True, today=date(2028, 2, 29),
        )  # fmt: skip
        policy = bundle.document_fields["insurance_policy"]
        starts.append(policy["start_date"])
        if policy["start_date"] == "2028-02-29":
            assert policy["end_date"] == "2029-02-27"
    assert "2028-02-29" in starts
