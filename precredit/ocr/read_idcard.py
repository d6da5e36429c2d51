"""ID card fields. The checksum-valid ID number vouches for (and repairs) birth date and sex;
a validity period must end after it starts."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from precredit.ocr import validate as v
from precredit.ocr.extract import SPAN, Labels, Result, first_valid, parse_period, read_label
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line
from precredit.ocr.places import divisions, opens_with_place, repair, repair_authority
from precredit.policy.identifiers import id_birth_date, id_number_valid, id_sex

# At least 18: a longer run (the label's last characters read as digits) is cut by the checksum.
_ID_PATTERN = re.compile(r"\d{17}[\dXx]+")
# Seventeen characters where eighteen belong: a number with one digit lost.
_SHORT_ID = re.compile(r"(?<![\dXx])\d{16}[\dXx](?![\dXx])")
_BIRTH = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# A value found by its place on the card, not led to by its label, is vouched for this much less.
BY_PLACE = 0.8


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
        out["address"] = (_offer_listed_place(v.check_text("address", text, 6)), first.conf)
    else:
        out["address"] = (v.fail("address", "label not found"), 0.0)
    _by_place(layout, out)
    if out["id_number"][0].value is None:
        out["id_number"] = _one_digit_lost(layout, labels, out) or out["id_number"]
    _agree_with_id(out)
    return out


def _one_digit_lost(layout: Layout, labels: Labels, out: Result) -> tuple[v.Checked, float] | None:
    """An ID number read one digit short (a finger or a glint over it): completed when exactly one
    digit, at one place, makes a number that opens with a listed division's code, passes its
    checksum and says the birth date and sex the card prints (a digit put into the region code
    shifts the birth date, so the code is what tells those apart). Weaker than a number read
    whole, and said so; a number whose region the list does not know stays unread."""
    born, sex = out["birth_date"][0].value, out["sex"][0].value
    if born is None:
        return None
    texts = layout.after(*labels["id_number"]) + layout.matching(_SHORT_ID)
    regions = divisions().codes
    found: dict[str, float] = {}
    for cand in texts:
        for m in _SHORT_ID.finditer(cand.text.replace(" ", "")):
            run = m.group(0)
            for at in range(len(run) + 1):
                for digit in "0123456789X" if at == len(run) else "0123456789":
                    number = run[:at] + digit + run[at:]
                    if (
                        number[:6] in regions
                        and id_number_valid(number)
                        and (day := id_birth_date(number)) is not None
                        and day.isoformat() == born
                        and (sex is None or id_sex(number) == sex)
                    ):
                        found.setdefault(number, cand.conf)
    if len(found) != 1:
        return None
    ((number, conf),) = found.items()
    note = "id_number: one digit unread; completed by the checksum and the printed birth date and sex"
    return v.Checked(number, 0.7, [note]), conf


def _placed(name: str, checked: v.Checked) -> v.Checked:
    """A value found by its place on the card, its label unread: weaker, and said so."""
    note = f"{name}: label unread, found by its place on the card"
    return replace(checked, strength=checked.strength * BY_PLACE, warnings=[*checked.warnings, note])


def _without_misread_label(name: str, checked: v.Checked, labels: tuple[str, ...]) -> v.Checked:
    """An authority found by its place whose line opens with its label misread past matching
    (基成机关上海市公安局… for 签发机关): up to one more character than the label, sharing at least
    half of the label's in order, before a listed place, are dropped, and that is said."""
    text = checked.value or ""
    for label in labels:
        for size in sorted(range((len(label) + 1) // 2, len(label) + 2), key=lambda k: abs(k - len(label))):
            if _common(text[:size], label) * 2 >= len(label) and opens_with_place(text[size:]):
                note = f"{name}: {size} characters before its place taken for its misread label"
                return replace(checked, value=text[size:], warnings=[*checked.warnings, note])
    return checked


def _common(a: str, b: str) -> int:
    """Characters `a` and `b` share in the same order (longest common subsequence)."""
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if ca == cb else max(row[j], row[j - 1])
    return row[-1]


def _ethnic_tail(text: str) -> str | None:
    """The ethnic group a line ends with (…民族汉, …汉族), if any."""
    value = text.removesuffix("族")
    return next((value[-n:] for n in (4, 3, 2, 1) if value[-n:] in v.ETHNIC_GROUPS), None)


def _by_place(layout: Layout, out: Result) -> None:
    """Values whose labels did not read (small, pale labels on a card photographed from afar),
    found by what they are and where the national standard puts them: sex and ethnicity share the
    one short line with a 男/女 near its start (after at most a misread label) and an ethnic group
    at its end; the name is the line just above it in the value column; the birth date is the
    front's only date; the address is what lies in that column between the date and the ID
    number. Only fields still missing are filled, each weaker than one its label led to and with
    a warning."""
    missing = {name for name, (checked, _) in out.items() if checked.value is None}
    if not missing:
        return
    lines = layout.lines

    def place(name: str, checked: v.Checked, conf: float) -> None:
        if name in missing and checked.value is not None:
            out[name] = (_placed(name, checked), conf)

    # One 男 or 女 on a short line, after at most a misread label (性刻男…), before the group.
    sexed = [
        (ln, at)
        for ln in lines
        if len(ln.text) <= 12
        and ln.text.count("男") + ln.text.count("女") == 1
        and (at := max(ln.text.find("男"), ln.text.find("女"))) <= 2
    ]
    if len(sexed) == 1:
        row, at = sexed[0]
        place("sex", v.Checked(row.text[at], 0.9), row.conf)
        beside = layout.right_of(row)
        if beside is not None and set(beside.text) <= set("民族"):
            # Part of the group's pale label read on its own (民): the group is beyond it.
            beside = layout.right_of(beside)
        tail = _ethnic_tail(row.text[at + 1 :]) or (_ethnic_tail(beside.text) if beside else None)
        if tail:
            place("ethnicity", v.Checked(tail, 0.9), row.conf)
        # The name starts in the value column, about where the sex is printed: not in the labels'.
        h, column = row.height, row.x0 + row.width * at / len(row.text)
        # A line opening in the labels' column holds its misread label (姓6丁静文): what lies in
        # the value column is the name, when what lies before it keeps a character of 姓名.
        above = [
            ln
            for ln in lines
            if ln.cy < row.y0 and row.y0 - ln.y1 <= 2.5 * h and ln.x1 > column and ln.x0 <= row.x1
        ]
        if above:
            name_line = max(above, key=lambda ln: ln.cy)
            text = _from_column(name_line, column - 0.5 * h)
            cut = name_line.text[: len(name_line.text) - len(text)]
            if not cut or set(cut) & set("姓名"):
                place("name", v.check_person("name", text), name_line.conf)
    dated = [(ln, m) for ln in lines if (m := _BIRTH.search(ln.text))]
    if len(dated) != 1:
        return
    date_line, m = dated[0]
    place("birth_date", v.check_date("birth_date", m.group(0)), date_line.conf)
    idn = out["id_number"][0].value
    id_line = next((ln for ln in lines if idn in ln.text.upper()), None) if idn else None
    if id_line is None or "address" not in missing:
        return
    h = date_line.height
    # The value column is where the date starts, its label read into the line or not; a line
    # nearer the labels' column (址 read on its own) is a label.
    column = date_line.x0 + date_line.width * m.start() / max(len(date_line.text), 1)
    between = [
        ln
        for ln in lines
        if date_line.y1 < ln.cy < id_line.y0
        and abs(ln.x0 - column) <= 1.5 * h
        and abs(ln.x0 - column) <= abs(ln.x0 - date_line.x0)
    ]
    if between:
        # A misread label may be read into the first line (凭址广东省…): no address opens with 址.
        text = re.sub(r"^[\u4e00-\u9fff]?址", "", "".join(ln.text for ln in between))
        place(
            "address", _offer_listed_place(v.check_text("address", text, 6)), min(ln.conf for ln in between)
        )


def _from_column(line: Line, x: float) -> str:
    """The text of `line` from `x` on, its characters taken as equally wide."""
    if line.x0 >= x or not line.text:
        return line.text
    width = line.width / len(line.text)
    return line.text[round((x - line.x0) / width) :]


def _offer_listed_place(checked: v.Checked) -> v.Checked:
    """An address with a place name off the list of divisions offers the listed ones the print may
    allow (`reader.choose_repair`)."""
    if checked.value is not None and (fix := repair(checked.value)) is not None:
        return replace(checked, read_as=fix[0], options=fix[1])
    return checked


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


def _ends_at_bureau(authority: v.Checked) -> v.Checked:
    """The authority up to its bureau: a police authority's name ends with 局 (…县公安局,
    …公安局徐汇分局), so words read onto its line after that (a certifying seal's 与原件一致, a
    clerk's note) are no part of it. A tail ending in 分 is the branch whose 局 was lost, kept."""
    value = authority.value
    at = value.rfind("局") if value is not None else -1
    if value is None or at < 0 or at == len(value) - 1 or value.endswith("分"):
        return authority
    note = f"issuing_authority: {value[at + 1 :]!r} after the bureau's name is no part of it"
    return replace(authority, value=value[: at + 1], warnings=[*authority.warnings, note])


def read_back(layout: Layout, labels: Labels) -> Result:
    authority, conf = read_label(
        layout, "issuing_authority", labels["issuing_authority"], lambda n, t: v.check_org(n, t, "公安")
    )
    if authority.value is None:
        # Its label unread: the back's only police office (…公安局…) is the authority.
        offices = [
            (checked, ln.conf)
            for ln in layout.lines
            if "公安" in ln.text
            and (checked := v.check_org("issuing_authority", ln.text, "公安")).value is not None
        ]
        if len(offices) == 1:
            found, conf = offices[0]
            found = _without_misread_label("issuing_authority", found, labels["issuing_authority"])
            authority = _placed("issuing_authority", found)
    authority = _ends_at_bureau(authority)
    if authority.value is not None and (fix := repair_authority(authority.value)) is not None:
        # A place no division is called, one character from some: the print picks (`choose_repair`).
        authority = v.Checked(
            authority.value, authority.strength, authority.warnings, read_as=fix[0], options=fix[1]
        )
    out: Result = {"issuing_authority": (authority, conf)}
    period = layout.after(*labels["valid"])
    start_end = parse_period(period[0].text) if period else None
    conf = period[0].conf if period else 0.0
    period_text = period[0].text if period else ""
    placed = False
    derived: dict[str, str] = {}
    if start_end is None and period and (by_term := _anniversary(period[0].text)) is not None:
        start_end, (lost, years) = by_term
        other, way = ("valid_to", "before") if lost == "valid_from" else ("valid_from", "after")
        derived[lost] = f"{lost}: unreadable; the month and day of {other}, {years} years {way} it"
    if start_end is None and not period:
        # Its label unread: the back's only pair of dates (or a date and 长期) is the period.
        periods = [(span, ln) for ln in layout.lines if (span := parse_period(ln.text))]
        if len(periods) == 1:
            (start_end, only), placed = periods[0], True
            conf, period_text = only.conf, only.text
    if start_end is None:
        why = "no validity period found" if not period else f"unreadable validity period {period[0].text!r}"
        out["valid_from"] = (v.fail("valid_from", why), 0.0)
        out["valid_to"] = (v.fail("valid_to", why), 0.0)
        return out
    start, end = start_end
    apart = _off_term(period_text, start, end) if isinstance(end, date) else {}
    for name, value in (
        ("valid_from", start.isoformat()),
        ("valid_to", end if isinstance(end, str) else end.isoformat()),
    ):
        checked = v.Checked(value, 0.7, [derived[name]]) if name in derived else v.Checked(value, 0.9)
        if name in apart:
            read_as, options, meant = apart[name]
            checked = v.Checked(
                value,
                0.6,
                [f"{name}: the period's dates are not a term apart to the day"],
                read_as=read_as,
                options=options,
                values=meant,
            )
        out[name] = (_placed(name, checked) if placed else checked, conf)
    return out


_PRINTED = r"(\d{4})([-/.年])(\d{1,2})([-/.月])(\d{2}|\d(?!\d))(日?)"
# Two dates as a validity period prints them, whatever stands between (a dash, 至, nothing).
_PRINTED_PERIOD = re.compile(rf"(?<!\d){_PRINTED}(\D{{0,3}}){_PRINTED}")


def _printed_as(parts: tuple[str, ...], when: date) -> str:
    """`when` printed as `parts` (a `_PRINTED` match's groups) print their date: the same
    separators, the same number of digits."""
    year, sep, month, sep2, day, tail = parts
    return f"{year}{sep}{when.month:0{len(month)}d}{sep2}{when.day:0{len(day)}d}{tail}"


def _off_term(text: str, start: date, end: date) -> dict[str, tuple[str, tuple[str, str], tuple[str, str]]]:
    """A period a term apart in years whose dates differ in their month or their day alone
    (2015.02.06-2035.02.08): one of them is misread, so the print is offered the period with the
    start given the end's month and day, and with the end given the start's, and chooses at most
    one (`reader.choose_repair`: both fields are offered the same two, so neither can be repaired
    without the other agreeing). {field: (the period as printed, the two repairs, the field's value
    under each)}; empty when the dates are an anniversary, or not this near one."""
    if end.year - start.year not in _TERMS or (start.month != end.month) == (start.day != end.day):
        return {}
    try:
        from_fixed = start.replace(month=end.month, day=end.day)
        to_fixed = end.replace(month=start.month, day=start.day)
    except ValueError:  # 29 February, in a year without one
        return {}
    for m in _PRINTED_PERIOD.finditer(text):
        g = m.groups()
        try:
            first = date(int(g[0]), int(g[2]), int(g[4]))
            second = date(int(g[7]), int(g[9]), int(g[11]))
        except ValueError:  # a misread day
            continue
        if (first, second) != (start, end):
            continue
        one, between, two = g[:6], g[6], g[7:]
        repairs = (
            _printed_as(one, from_fixed) + between + "".join(two),
            "".join(one) + between + _printed_as(two, to_fixed),
        )
        return {
            "valid_from": (m.group(0), repairs, (from_fixed.isoformat(), start.isoformat())),
            "valid_to": (m.group(0), repairs, (end.isoformat(), to_fixed.isoformat())),
        }
    return {}


# A resident ID card is valid for 5, 10 or 20 years (or for life) from the day it was issued: its
# period ends on the month and day it starts, that many years on.
_TERMS = (5, 10, 20)


def _anniversary(text: str) -> tuple[tuple[date, date], tuple[str, int]] | None:
    """A validity period one of whose dates is misread past being a date (a day 81, a month 107)
    while the other reads: the misread one is the other's month and day in the year it was read
    with, where that year is one term from the other's and the misread date still holds the other's
    month or day as printed. ((start, end), (the field derived, the term in years)); None else."""
    parts = re.split(SPAN, text, maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = v.parse_date(parts[0]), v.parse_date(parts[1])
    if (start is None) == (end is None):
        return None
    known = start or end
    assert known is not None
    lost, sign = ("valid_from", -1) if start is None else ("valid_to", 1)
    misread = parts[0] if start is None else parts[1]
    after_year = {f"{known.month:02d}", f"{known.day:02d}"}
    found: set[tuple[int, int]] = set()
    for m in re.finditer(r"(?=(\d{4}))", misread):
        year = int(m.group(1))
        term = (year - known.year) * sign
        rest = set(re.findall(r"(?=(\d{2}))", misread[m.start() + 4 :]))
        if term in _TERMS and rest & after_year:
            found.add((year, term))
    if len(found) != 1:
        return None
    ((year, term),) = found
    try:
        other = known.replace(year=year)
    except ValueError:  # 29 February, in a year without one
        return None
    return ((other, known) if lost == "valid_from" else (known, other)), (lost, term)
