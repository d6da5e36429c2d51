"""ID card fields. The checksum-valid ID number vouches for (and repairs) birth date and sex;
a validity period must end after it starts."""

from __future__ import annotations

import re

from precredit.ocr import validate as v
from precredit.ocr.extract import Labels, Result, first_valid, parse_period, read_label
from precredit.ocr.layout import Layout
from precredit.ocr.places import repair, repair_authority
from precredit.policy.identifiers import id_birth_date, id_sex

_ID_PATTERN = re.compile(r"\d{17}[\dXx]")


def read_front(layout: Layout, labels: Labels) -> Result:
    out: Result = {
        "name": read_label(layout, "name", labels["name"], v.check_person),
        "sex": read_label(layout, "sex", labels["sex"], v.check_sex),
        "ethnicity": read_label(layout, "ethnicity", labels["ethnicity"], v.check_ethnicity),
        "birth_date": read_label(layout, "birth_date", labels["birth_date"], v.check_date),
        "id_number": first_valid(
            "id_number", layout.after(*labels["id_number"]) + layout.matching(_ID_PATTERN), v.check_id_number
        ),
    }
    address = layout.after(*labels["address"])
    if address:
        first = address[0]
        text = first.text + "".join(ln.text for ln in layout.below(first))
        checked = v.check_text("address", text, 6)
        if checked.value is not None and (fix := repair(checked.value)) is not None:
            # A place name off the list of divisions: the reader picks a listed one if the print
            # allows it (`reader.choose_repair`).
            checked = v.Checked(
                checked.value, checked.strength, checked.warnings, read_as=fix[0], options=fix[1]
            )
        out["address"] = (checked, first.conf)
    else:
        out["address"] = (v.fail("address", "label not found"), 0.0)
    _agree_with_id(out)
    return out


# A printed birth date or sex read at least this surely is evidence: when it disagrees with the
# number it is kept as printed (a forgery signal for policy), not repaired.
PRINTED_SURE = 0.9


def _agree_with_id(out: Result) -> None:
    """Birth date and sex are encoded in a checksum-valid ID number. Agreeing values are vouched
    for by it; a missing or unsurely read one is completed from it (with a warning); one read surely
    that disagrees is kept as printed and flagged, since a card whose print contradicts its own
    number may be forged (`precredit.policy.idcard.check_printed_data` decides)."""
    idn = out["id_number"][0].value
    if idn is None:
        return
    born, sex = id_birth_date(idn), id_sex(idn)
    for name, expected in (("birth_date", born.isoformat() if born else None), ("sex", sex)):
        checked, conf = out[name]
        if expected is None or checked.value == expected:
            if checked.value is not None:
                out[name] = (v.Checked(checked.value, 1.0, checked.warnings, vouched=True), conf)
            continue
        if checked.value is not None and conf >= PRINTED_SURE:
            note = f"{name}: printed value disagrees with the ID number"  # neither value is repeated
            out[name] = (v.Checked(checked.value, checked.strength, [*checked.warnings, note]), conf)
            continue
        read = "misread" if checked.value else "nothing readable"  # the misread date is not repeated
        out[name] = (
            v.Checked(expected, 0.9, [f"{name}: {read}, repaired from the ID number"], vouched=True),
            max(conf, 0.8),
        )


def read_back(layout: Layout, labels: Labels) -> Result:
    authority, conf = read_label(
        layout, "issuing_authority", labels["issuing_authority"], lambda n, t: v.check_org(n, t, "公安")
    )
    if authority.value is not None and (fix := repair_authority(authority.value)) is not None:
        # A place no division is called, one character from some: the print picks (`choose_repair`).
        authority = v.Checked(
            authority.value, authority.strength, authority.warnings, read_as=fix[0], options=fix[1]
        )
    out: Result = {"issuing_authority": (authority, conf)}
    period = layout.after(*labels["valid"])
    start_end = parse_period(period[0].text) if period else None
    conf = period[0].conf if period else 0.0
    if start_end is None:
        why = "no validity period found" if not period else f"unreadable validity period {period[0].text!r}"
        out["valid_from"] = (v.fail("valid_from", why), 0.0)
        out["valid_to"] = (v.fail("valid_to", why), 0.0)
        return out
    start, end = start_end
    out["valid_from"] = (v.Checked(start.isoformat(), 0.9), conf)
    out["valid_to"] = (v.Checked(end if isinstance(end, str) else end.isoformat(), 0.9), conf)
    return out
