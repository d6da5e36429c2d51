"""Uppercase Chinese money amounts (大写金额): invoices print both forms, so each checks the other."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
_SECTIONS = {"万": 10_000, "亿": 100_000_000}
# Characters OCR engines confuse with the financial numerals (simplified forms, look-alikes).
_LOOKALIKE = str.maketrans(
    {
        "〇": "零",
        "一": "壹",
        "二": "贰",
        "三": "叁",
        "四": "肆",
        "五": "伍",
        "六": "陆",
        "七": "柒",
        "八": "捌",
        "九": "玖",
        "十": "拾",
        "百": "佰",
        "千": "仟",
        "圆": "元",
        "参": "叁",
        "武": "贰",
        "什": "仟",
        "伯": "佰",
        "任": "仟",
        "抬": "拾",
        "查": "壹",
        "染": "柒",
    }
)


# The look-alikes that are no numeral of any kind (参 for 叁, 武 for 贰): finding amounts in words
# in running text may fold them, where folding 一 or 三 would turn prose into numerals.
MISREAD_NUMERALS = str.maketrans(
    {"参": "叁", "武": "贰", "什": "仟", "伯": "佰", "任": "仟", "抬": "拾", "查": "壹", "染": "柒"}
)


def _four(n: int) -> str:
    """0 < n < 10000 without leading 零."""
    out, zero = "", False
    for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = n // div % 10
        if d:
            out += ("零" if zero and out else "") + _DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


def to_chinese(amount: Decimal) -> str:
    """234500.00 -> 贰拾叁万肆仟伍佰元整 (the form printed on 机动车销售统一发票)."""
    cents = int((amount * 100).quantize(Decimal(1)))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    parts: list[str] = []
    sections = [(yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")]
    pending_zero = False
    for value, name in sections:
        if value == 0:
            pending_zero = bool(parts)
            continue
        if parts and (pending_zero or value < 1000):
            parts.append("零")
        parts.append(_four(value) + name)
        pending_zero = value % 10 == 0
    text = "".join(parts) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    if fen:
        text += ("零" if not jiao and yuan else "") + _DIGITS[fen] + "分"
    return text


def from_chinese(text: str) -> Decimal | None:
    """Parses an uppercase amount; None when the text is not one (so callers never guess)."""
    s = re.sub(r"[\s⊗¥￥:：人民币大写()（）]", "", text).translate(_LOOKALIKE)
    s = s.removesuffix("整").removesuffix("正")
    if not s or any(c not in _DIGITS + "拾佰仟万亿元角分" for c in s):
        return None
    total, section, digit = 0, 0, 0
    yuan_done, cents = False, 0
    for i, c in enumerate(s):
        if c in _DIGITS:
            if digit:
                # Two numerals with no unit between them (…元陆伍分: the 角 between them under a
                # stamp): which places they stand for is not known.
                return None
            digit = _DIGITS.index(c)
        elif c in _UNITS:
            if i == 0 and c != "拾":
                # Words opening on 仟 or 佰 lost their head (…仟壹佰捌拾叁元 for 壹万壹仟…, under
                # a lens): only 拾 is written without its 壹.
                return None
            section += (digit or (1 if i == 0 else 0)) * _UNITS[c]
            digit = 0
        elif c in _SECTIONS:
            total = (
                (total + section + digit) * _SECTIONS[c]
                if c == "亿"
                else total + (section + digit) * _SECTIONS[c]
            )
            section = digit = 0
        elif c == "元":
            total, section, digit, yuan_done = total + section + digit, 0, 0, True
        elif c == "角":
            cents += digit * 10
            digit = 0
        elif c == "分":
            cents += digit
            digit = 0
    if yuan_done and digit:
        # A numeral after 元 without its 角 or 分 (…叁拾元陆, the rest under a stamp): the words
        # were cut short, and which of the two it counts is not known.
        return None
    if not yuan_done:
        total += section + digit
    try:
        return Decimal(total) + Decimal(cents) / 100
    except InvalidOperation:
        return None


def magnitude(text: str) -> tuple[Decimal, Decimal] | None:
    """[low, high) implied by the leading unit of an uppercase amount, even if its digits are misread."""
    s = text.translate(_LOOKALIKE)
    if "亿" in s:
        return Decimal(10) ** 8, Decimal(10) ** 12
    lead = next((c for c in s if c in "拾佰仟万元"), None)
    if lead is None:
        return None
    power = {"元": 0, "拾": 1, "佰": 2, "仟": 3, "万": 4}[lead]
    if lead != "万" and "万" in s:
        power += 4
    return Decimal(10) ** power, Decimal(10) ** (power + 1)


# One character of an amount in financial numerals, units included (壹…玖, 拾佰仟万亿, 元圆角分整).
NUMERAL_CHAR = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]")
_SEPARATED = re.compile(r"\d+(?:[,，]\d+)+")
_GROUPED = re.compile(r"\d{1,3}(?:[,，]\d{3})+")


# A decimal point read as a comma after whole groups of three (7,157,96元): no thousands group has two
# digits, and a figure of money has two decimals.
_DECIMAL_COMMA = re.compile(r"(?<![\d.,，])(\d{1,3}(?:[,，]\d{3})+)[,，](\d{2})(?![\d,，])")


def decimal_point_back(text: str) -> str:
    """`text` with a decimal point read as a comma after a figure's thousands groups put back."""
    return _DECIMAL_COMMA.sub(r"\1.\2", text)


def _points(text: str) -> str:
    """`text` with a figure's separators the recogniser read as other dots put back as dots: a
    middle dot between digits (316·274·00, full-width print), and a colon before a figure's last
    two digits after its thousands (145,790:00: the point with a speck); the grouping rules then
    say which dot is the point. A colon before three digits and the point (14:638.84: a comma
    with an emphasis dot under it) is a thousands comma: no time has three digits of minutes. A
    colon elsewhere may be a time's, and stays."""
    text = re.sub(r"(?<=\d)[·•∙・](?=\d)", ".", text)
    text = re.sub(r"(?<=\d)[:：∶](?=\d{3}\.\d{2}(?!\d))", ",", text)
    return re.sub(r"(?<=[,，]\d{3})[:：∶](?=\d{2}(?!\d))", ".", text)


def parse_figure(text: str) -> Decimal | None:
    """'¥234,500.00' / '234500.00元' -> Decimal('234500.00'); None unless exactly one figure is present.
    Thousands separators that do not part groups of three digits (490,97400: a decimal point lost)
    mark a misread figure: None; a last comma before two digits (7,157,96) is the decimal point."""
    text = decimal_point_back(_points(text))
    if any(not _GROUPED.fullmatch(m.group(0)) for m in _SEPARATED.finditer(text.replace(" ", ""))):
        return None
    s = text.replace(",", "").replace("，", "").replace(" ", "")
    # A thousands comma read as a dot: 509.000.00 -> 509000.00
    s = re.sub(
        r"\d{1,3}(?:\.\d{3})+\.\d{2}(?!\d)",
        lambda m: m.group(0).replace(".", "", m.group(0).count(".") - 1),
        s,
    )
    # A digit right after the two decimals of a figure of thousands (290,954.003): money has no
    # third decimal, so it is a mark after the figure (a footnote's ³ read as a digit), not part of
    # it. A short figure with three decimals (316·274) is a misread one, and a price in ten-thousands
    # (30.855万) may have four.
    s = re.sub(r"(?<![\d.])(\d{4,}\.\d{2})\d(?![\d万])", r"\1", s)
    # A price quoted in ten-thousands (15.8万元, 30.85万): the one number, times 10,000.
    if (wan := re.search(r"(\d+(?:\.\d{1,4})?)万(?!\d)", s)) and len(re.findall(r"\d+(?:\.\d+)?", s)) == 1:
        return (Decimal(wan.group(1)) * 10_000).quantize(Decimal("0.01"))
    found = re.findall(r"\d+(?:\.\d{1,2})?", s)
    if len(found) != 1:
        return None
    try:
        return Decimal(found[0]).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


_NUMERAL_CHARS = frozenset(_DIGITS + "拾佰仟万亿元角分整")


def misread_cost(amount: Decimal, text: str) -> int | None:
    """How many characters of `text`, an uppercase amount the recogniser misread, must be repaired
    for it to say `amount`; None when it cannot say it at that cost.

    A character read as another numeral (玖 where 捌 is printed) is evidence against the amount and
    is never repaired; only characters that are no numeral at all (卷 for 叁, 儿 for 元), or one
    dropped or added, are. At most a quarter of the characters may be repaired, so a figure is only
    ever matched to words that mostly say it."""
    said = to_chinese(amount)
    seen = re.sub(r"[\s⊗¥￥:：人民币大写()（）]", "", text).translate(_LOOKALIKE)
    if seen[:1] in ("佰", "仟", "万", "亿", "元", "角", "分"):
        # Words opening on a unit lost their head (…仟壹佰捌拾叁元 for 壹万壹仟…): how much is
        # gone is not known, so no repair makes them say a figure.
        return None
    budget = max(1, len(said) // 4)
    if abs(len(said) - len(seen)) > budget:
        return None
    # Edit distance where substituting a numeral the recogniser did read costs too much to take.
    inf = budget + 1
    prev = list(range(len(seen) + 1))
    for i, want in enumerate(said, 1):
        row = [i] + [0] * len(seen)
        for j, got in enumerate(seen, 1):
            if want == got:
                swap = prev[j - 1]
            elif got in _NUMERAL_CHARS:
                swap = prev[j - 1] + inf
            else:
                swap = prev[j - 1] + 1
            row[j] = min(swap, prev[j] + 1, row[j - 1] + 1)
        prev = row
    cost = prev[-1]
    return cost if cost <= budget else None


def agreement(amount: Decimal, text: str) -> tuple[int, int] | None:
    """(agreeing, contradicting): of the numerals and units in `text`, an uppercase amount misread
    character by character (鲁物陆万套仟元整), how many are the amount's in the same place and how
    many are another numeral or unit there; characters that are no numeral say nothing. None when
    the text is not as long as the amount's words, so places cannot be compared."""
    said = to_chinese(amount)
    seen = re.sub(r"[\s⊗¥￥:：人民币大写()（）]", "", text).translate(_LOOKALIKE)
    if len(seen) != len(said):
        return None
    agree = sum(got == want for got, want in zip(seen, said, strict=True))
    differ = sum(got != want and got in _NUMERAL_CHARS for got, want in zip(seen, said, strict=True))
    return agree, differ
