"""Checksums of the identifiers we read and type: GB 11643 ID numbers and ISO 3779 VINs."""

from __future__ import annotations

import re
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
ID_NUMBER_RE = re.compile(r"^[0-9]{17}[0-9X]$")


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_number_valid(id_number: str) -> bool:
    """Format, check character and a real birth date."""
    value = id_number.strip().upper()
    if not ID_NUMBER_RE.match(value):
        return False
    if id_check_char(value[:17]) != value[17]:
        return False
    return id_birth_date(value) is not None


def id_birth_date(id_number: str) -> date | None:
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def id_sex(id_number: str) -> str:
    """'男' or '女': the 17th digit is odd for men."""
    return "男" if int(id_number[16]) % 2 == 1 else "女"


def age_on(id_number: str, today: date) -> int:
    born = id_birth_date(id_number)
    if born is None:
        raise ValueError("ID number has no valid birth date")
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


_VIN_TRANSLIT = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def vin_check_digit(vin: str) -> str:
    """ISO 3779 / North-American check digit (position 9), as used on Chinese VINs too."""
    total = sum(_VIN_TRANSLIT[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    rem = total % 11
    return "X" if rem == 10 else str(rem)


def vin_valid(vin: str) -> bool:
    value = vin.strip().upper()
    return bool(VIN_RE.match(value)) and vin_check_digit(value) == value[8]


def with_vin_check_digit(vin17: str) -> str:
    """Returns the VIN with position 9 set to its check digit (used by generators)."""
    value = vin17.upper()
    return value[:8] + vin_check_digit(value) + value[9:]


def phone_valid(phone: str) -> bool:
    return bool(re.fullmatch(r"1[3-9][0-9]{9}", phone))


# A mobile number, a card number (also in dash-separated groups of four) or an ID number anywhere
# in a longer text, such as an id a channel chose.
_PERSONAL_RUN = re.compile(
    r"(?<!\d)(?:1[3-9]\d{9}|\d{15,19}|\d{17}[Xx])(?!\d)|(?<![\d-])(?:\d{4}-){2,4}\d{1,4}(?![\d-])"
)


def holds_personal_number(text: str) -> bool:
    return _PERSONAL_RUN.search(text) is not None


def without_personal_numbers(text: str) -> str:
    """`text` with every mobile, card or ID number in it replaced by …: for notes kept in
    plaintext (an OCR warning quoting what it read)."""
    return _PERSONAL_RUN.sub("…", text)


# What a note quotes (a check quoting the text it refused: "not 男/女: '王'", in Python's repr, so
# in single quotes, or double where the text holds one) and the ideographs in it.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def without_quoted_words(text: str) -> str:
    """`text` with every Chinese character inside a quotation replaced by □: a check that quotes
    what it refused (a sex or a date read from a line the detector joined to a name) may quote a
    person's name or address, which no check can tell from other words; digits, letters and
    punctuation stay, so the note still says what kind of thing was read."""
    return _QUOTED.sub(lambda m: _IDEOGRAPH.sub("□", m.group(0)), text)
