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
    elif not _same_name(read_name, applicant.name):
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


# ---------------------------------------------------------------- printed data against the number

# A field's OCR confidence (0..1, as `precredit ocr --json` reports it) from which a reading counts
# as evidence rather than a possible misread.
SURE_READING = 0.8
NAME_FITS_PRINT = "the print fits the form's name"


def check_printed_data(
    *,
    front: dict[str, str | None],
    confidence: dict[str, float],
    warnings: list[str],
    min_confidence: float = SURE_READING,
) -> IdCardFindings:
    """The card's printed birth date and sex against its own ID number.

    Read with good confidence and different: the card contradicts itself, which a genuine card
    never does, so an underwriter looks (ID_DATA_INCONSISTENT). Read unsurely (or not at all) and
    completed from the number by the reader: no review, a note says so. Notes never carry the
    values: they are shown unsealed.
    """
    review: list[str] = []
    notes: dict[str, str] = {}
    number = (front.get("id_number") or "").upper()
    if not number or not id_number_valid(number):
        return IdCardFindings()
    born = id_birth_date(number)
    for name, expected in (("birth_date", born.isoformat() if born else None), ("sex", id_sex(number))):
        read = front.get(name)
        if expected is None:
            continue
        if read and read != expected:
            if confidence.get(name, 0.0) >= min_confidence:
                review.append(Reason.ID_DATA_INCONSISTENT)
                notes[name] = "printed value disagrees with the ID number"
            else:
                notes[name] = "unsure reading disagrees with the ID number"
        elif any(w.startswith(f"{name}:") and "repaired from the ID number" in w for w in warnings):
            notes[name] = "completed from the ID number (low-confidence reading)"
    return IdCardFindings(review=_unique(review), notes=notes)


def assess_id_card(
    *,
    applicant: Applicant,
    front: dict[str, str | None],
    front_confidence: dict[str, float],
    back: dict[str, str | None],
    front_warnings: list[str],
    today: date,
    policy: PolicyConfig,
    min_confidence: float = SURE_READING,
    unsure_name_is_unreadable: bool = True,
    name_fit: float | None = None,
) -> IdCardFindings:
    """`check_id_card` with the printed birth date and sex judged against the card's own number
    (`check_printed_data`) instead of declining on them: a card contradicting itself goes to review
    as a possible forgery; a number that differs from the form still declines (ID_MISMATCH).

    A name read unsurely (below `min_confidence`) that differs from the form on a card whose number
    is the applicant's is a possible misread, not a lie: it counts as unreadable, so the buyer is
    asked for a new photo (and an underwriter looks if that does not settle it). A surely read name
    that differs still declines.

    `name_fit` (`OcrResult.claim_fit["name"]`): how likely the recogniser finds the form's name in
    the print relative to its reading. At `policy.name_min_fit` or above, on a card whose number
    is the applicant's, the name is the form's: the recogniser hesitated over a character (often a
    rare one) that the print bears out. Below it the reading stands, and so does what follows."""
    fits = (
        name_fit is not None
        and name_fit >= policy.name_min_fit
        and (front.get("id_number") or "").upper() == applicant.id_number.upper()
        and not _same_name(front.get("name"), applicant.name)
    )
    if fits:
        front = {**front, "name": applicant.name}
    unsure_name = (
        unsure_name_is_unreadable
        and bool(front.get("name"))
        and not _same_name(front.get("name"), applicant.name)
        and front_confidence.get("name", 0.0) < min_confidence
        and (front.get("id_number") or "").upper() == applicant.id_number.upper()
    )
    base = check_id_card(
        applicant=applicant,
        front={**front, "birth_date": None, "sex": None, **({"name": None} if unsure_name else {})},
        back=back,
        front_warnings=front_warnings,
        today=today,
        policy=policy,
    )
    printed = check_printed_data(
        front=front, confidence=front_confidence, warnings=front_warnings, min_confidence=min_confidence
    )
    fit_note = {"name": f"misread; {NAME_FITS_PRINT} (fit {name_fit:.2g})"} if fits else {}
    return IdCardFindings(
        decline=base.decline,
        review=_unique([*base.review, *printed.review]),
        notes={**base.notes, **printed.notes, **fit_note},
    )


def _same_name(read: str | None, form: str) -> bool:
    return (read or "").replace(" ", "") == form.replace(" ", "")


def id_card_reupload(findings: IdCardFindings, *, uploads_so_far: int, max_reuploads: int) -> list[str]:
    """The ID-card fields to ask a new photo for, or [] when the card should go on as found.

    Only a card whose sole problem is that fields could not be read is photographed again (while
    `uploads_so_far` is below `max_reuploads`): a decline, a checksum failure or a card that
    contradicts itself goes on to its decline or review as before.
    """
    if findings.decline or uploads_so_far >= max_reuploads:
        return []
    if set(findings.review) != {str(Reason.ID_UNREADABLE)}:
        return []
    return [name for name, note in findings.notes.items() if note == "unreadable"]


BACK_FIELDS = frozenset({"issuing_authority", "valid_from", "valid_to"})


def sides_of(fields: list[str]) -> dict[str, list[str]]:
    """ID-card fields by the side they are printed on: {"id_card_front": [...], "id_card_back": [...]}."""
    out: dict[str, list[str]] = {}
    for name in fields:
        out.setdefault("id_card_back" if name in BACK_FIELDS else "id_card_front", []).append(name)
    return out
