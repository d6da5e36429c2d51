"""The sandbox's world: personas with everything each third party knows about them.

`persons.json` in the data directory is the registry; `generators.persons.generate_persons` rebuilds it
reproducibly. Each persona has a `profile` tag that the demo picks by and that fixes the signals
the pipeline should see (see PROFILES).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from precredit.models.application import Education, Housing, Industry, Occupation

Profile = Literal[
    "good",
    "blacklisted",
    "fraud_like",
    "low_score",
    "grey_zone",
    "dishonest_debtor",
    "document_mismatch",
    "never_signs",
    "face_mismatch",
    "expired_id",
    "hidden_debt",
]
CreditQuality = Literal["prime", "near_prime", "subprime", "thin_file"]

PROFILES: dict[str, str] = {
    "good": "clean on every check; should complete",
    "blacklisted": "on the internal blacklist; declined BLACKLISTED",
    "fraud_like": "1-2 month old number, real-name mismatch, many 7/30-day applications; MULTI_LENDING / FRAUD_SUSPECTED",
    "low_score": "subprime bureau file; declined CREDIT_SCORE_LOW",
    "grey_zone": "6-11 month number, a few recent applications, LTV ~0.75; anti-fraud review band -> underwriter",
    "dishonest_debtor": "on the court dishonest-debtor list; declined COURT_DISHONEST_DEBTOR",
    "document_mismatch": "good person whose invoice carries another VIN; DOCUMENT_MISMATCH",
    "never_signs": "good person who never signs the contract; CONTRACT_NOT_SIGNED / EXPIRED",
    "face_mismatch": "good person whose selfie is someone else's face; FACE_MISMATCH",
    "expired_id": "good person whose ID card has expired; ID_EXPIRED",
    "hidden_debt": "good person who declares a fraction of the debt the credit report shows; DTI_TOO_HIGH",
}


class CarrierRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    carrier: str
    tenure_months: int
    real_name_match: bool
    status: Literal["active", "suspended", "closed"]


class LendingCounts(BaseModel):
    model_config = ConfigDict(frozen=True)

    applications_7d: int
    applications_30d: int
    applications_90d: int
    lenders_7d: int
    lenders_30d: int
    lenders_90d: int


class CourtEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    dishonest: bool = False
    case_count: int = 0
    latest_case_date: date | None = None
    court: str = ""


class Persona(BaseModel):
    """One synthetic person as the registry, carrier, bureau and courts know them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seed: int
    profile: Profile
    name: str
    id_number: str
    phone: str
    sex: Literal["男", "女"]
    ethnicity: str
    birth_date: date
    address: str
    issuing_authority: str
    id_valid_from: date
    id_valid_to: date | None = Field(description="None means 长期 (no end)")
    occupation: Occupation
    housing: Housing
    education: Education
    industry: Industry
    monthly_income: Decimal
    existing_monthly_debt: Decimal = Field(description="what the person declares repaying monthly")
    bureau_monthly_repayments: Decimal = Field(
        description="what the live loans in their credit report add up to each month: about the "
        "declared debt for an honest person, far more for one who hides debt (`hidden_debt`)"
    )
    credit_quality: CreditQuality
    carrier: CarrierRecord
    multi_lending: LendingCounts
    court: CourtEntry
    blacklisted: bool = False

    @property
    def valid_to_text(self) -> str:
        return self.id_valid_to.isoformat() if self.id_valid_to else "长期"

    def id_expired_on(self, day: date) -> bool:
        return self.id_valid_to is not None and self.id_valid_to < day


class PersonsRegistry:
    """Read-only view of `persons.json`; lookups by ID number, phone and profile."""

    FILE = "persons.json"

    def __init__(self, data_dir: Path) -> None:
        self._path = Path(data_dir) / self.FILE

    @cached_property
    def all(self) -> tuple[Persona, ...]:
        raw = json.loads(self._path.read_text(encoding="utf-8"))
        return tuple(Persona.model_validate(item) for item in raw["persons"])

    @cached_property
    def _by_id(self) -> dict[str, Persona]:
        return {p.id_number: p for p in self.all}

    def by_id_number(self, id_number: str) -> Persona | None:
        return self._by_id.get(id_number.strip().upper())

    def by_phone(self, phone: str) -> Persona | None:
        return next((p for p in self.all if p.phone == phone), None)

    def by_profile(self, profile: str) -> list[Persona]:
        return [p for p in self.all if p.profile == profile]
