"""Step 1's document checks: does the ID card read by OCR belong to the person who typed the form?"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from precredit.models.application import Applicant, PolicyConfig
from precredit.models.decisions import Reason
from precredit.policy.identifiers import age_on, id_birth_date, id_number_valid, id_sex


@dataclass(frozen=True)
class IdCardFindings:
    decline: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def check_id_card(
    *,
    applicant: Applicant,
    front: dict[str, str | None],
    back: dict[str, str | None],
    front_warnings: list[str],
    today: date,
    policy: PolicyConfig,
) -> IdCardFindings:
    decline: list[str] = []
    review: list[str] = []
    notes: dict[str, str] = {}

    read_number = (front.get("id_number") or "").upper()
    if not read_number:
        if any("checksum" in w.lower() or "校验" in w for w in front_warnings):
            # A forged card or an OCR misreading of a real one: a person looks at the image.
            review.append(Reason.ID_CHECKSUM_INVALID)
        else:
            review.append(Reason.ID_UNREADABLE)
            notes["id_number"] = "unreadable"
    elif not id_number_valid(read_number):
        review.append(Reason.ID_CHECKSUM_INVALID)
    elif read_number != applicant.id_number:
        decline.append(Reason.ID_MISMATCH)
        notes["id_number"] = "differs from the form"

    read_name = front.get("name")
    if not read_name:
        review.append(Reason.ID_UNREADABLE)
        notes["name"] = "unreadable"
    elif read_name.replace(" ", "") != applicant.name.replace(" ", ""):
        decline.append(Reason.ID_MISMATCH)
        notes["name"] = "differs from the form"

    birth = _parse_date(front.get("birth_date"))
    if birth is not None and birth != id_birth_date(applicant.id_number):
        decline.append(Reason.ID_MISMATCH)
        notes["birth_date"] = "inconsistent with the ID number"
    sex = front.get("sex")
    if sex and sex != id_sex(applicant.id_number):
        decline.append(Reason.ID_MISMATCH)
        notes["sex"] = "inconsistent with the ID number"

    valid_to = back.get("valid_to")
    if valid_to != "长期":
        end = _parse_date(valid_to)
        if end is None:
            review.append(Reason.ID_UNREADABLE)
            notes["valid_to"] = "unreadable"
        elif end < today:
            decline.append(Reason.ID_EXPIRED)
            notes["valid_to"] = "expired"

    age = age_on(applicant.id_number, today)
    if age < policy.min_age:
        decline.append(Reason.AGE_OUT_OF_RANGE)
        notes["age"] = str(age)

    return IdCardFindings(decline=_unique(decline), review=_unique(review), notes=notes)


def _unique(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(str(c) for c in codes))
