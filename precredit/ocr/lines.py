"""The engine-neutral result of text detection: one recognised line with its box and score."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from precredit.ocr.traditional import simplify


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float
    # The direction the detector's box runs in, degrees from the image's x axis (y runs down, so a
    # line rising to the right is negative); None where there is none to tell (a box of one
    # character, an engine that gives upright boxes only, a line made by joining others).
    slant: float | None = None

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def x_overlap(self, other: Line) -> float:
        """How far the two boxes overlap across the page (negative: the gap between them)."""
        return min(self.x1, other.x1) - max(self.x0, other.x0)

    def y_overlap(self, other: Line) -> float:
        """How far the two boxes overlap down the page (negative: the gap between them)."""
        return min(self.y1, other.y1) - max(self.y0, other.y0)

    def same_row(self, other: Line) -> bool:
        """Vertical overlap of at least half the shorter line: cells of one table row, label and value."""
        return self.y_overlap(other) >= 0.5 * min(self.height, other.height)


def print_direction(slants: Iterable[tuple[float, int]]) -> float | None:
    """The direction most of a page's characters run in, from its lines' (slant, characters): the
    median over characters, so a watermark's many short fragments do not outvote the print."""
    known = sorted(slants)
    if not known:
        return None
    weights = np.cumsum([n for _, n in known])
    return known[int(np.searchsorted(weights, weights[-1] / 2))][0]


# Square brackets of every shape a template sets its filled-in values in (【王伟】, 〔王伟〕, 「王伟」),
# folded to the plain ones NFKC makes of ［］: a value's brackets are punctuation, not part of it.
_BRACKETS = str.maketrans("【〔「『〖", "[[[[[") | str.maketrans("】〕」』〗", "]]]]]")


def normalize(text: str) -> str:
    """NFKC folds full-width digits, letters and punctuation; spaces carry no meaning in Chinese text;
    a traditional form the recogniser returned is folded to the simplified one printed; a date in
    Chinese numerals or with an English month's name is written in figures; square brackets of any
    shape are plain ones."""
    folded = unicodedata.normalize("NFKC", text).replace("￥", "¥").translate(_BRACKETS)
    return in_figures(simplify(_unled("".join(english_dates(folded).split()))))


# Dot leaders (合同编号……………GC2024…, 车辆总价款。。。。。 375,000.00元): a run of dots, stops,
# middle dots, dashes or rules leading a label to its value, however the recogniser read them. No
# value holds three in a row. Between a label and its value the run is a colon; at a line's start
# or end (the value standing apart) it is nothing.
_RUN = r"[.。·・_\-—－]{3,}"
_LEADER = re.compile(_RUN)
_LEADERS_EDGE = re.compile(rf"^{_RUN}|{_RUN}$")
_LEADERS = re.compile(rf"[:：]?{_RUN}[:：]?")


def _unled(text: str) -> str:
    return _LEADERS.sub(":", _LEADERS_EDGE.sub("", text))


def holds_leader(text: str) -> bool:
    """Whether `text` as read holds a dot leader (after NFKC, … is ...)."""
    return _LEADER.search(unicodedata.normalize("NFKC", text)) is not None


# A date written in Chinese numerals, as formal contracts and letters date themselves
# (二〇二六年十一月五日): the year digit by digit, the month and day counted. The recogniser often
# returns 〇 as ○, O or 0. Finance clerks write dates in the capital numerals of cheques and bills
# (贰零贰陆年零伍月贰拾柒日): 壹 to 玖 and 拾 for 一 to 九 and 十, a 零 before a month or day that
# could be altered by writing a figure in front of it, 壹拾 for ten.
_CAPITAL_DIGITS = "壹贰叁参肆伍陆柒捌玖"  # 参: the recogniser's 叁
_CAPITALS = str.maketrans(_CAPITAL_DIGITS + "拾", "一二三三四五六七八九十")
_DIGITS = {**{c: i for i, c in enumerate("〇一二三四五六七八九")}, "○": 0, "O": 0, "o": 0, "0": 0, "零": 0}
_NUMERALS = "".join(_DIGITS) + _CAPITAL_DIGITS
_COUNTED = "一二三四五六七八九十" + _CAPITAL_DIGITS + "拾"
_NUMERAL_DATE = re.compile(rf"([{_NUMERALS}]{{4}})年零?([{_COUNTED}]{{1,3}})月零?([{_COUNTED}]{{1,3}})日")


def _counted(text: str) -> int | None:
    """一 to 九, 十, 十一 to 十九 (or 一十 to 一十九, as capitals write them), 二十 to 三十一; None for
    anything else."""
    tens, ten, ones = text.partition("十")
    if not ten:
        return _DIGITS[text] if len(text) == 1 and _DIGITS[text] > 0 else None
    if len(tens) > 1 or len(ones) > 1 or tens == "十" or ones == "十":
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def in_figures(text: str) -> str:
    """`text` with each date written in Chinese or capital numerals written in figures
    (2026年11月5日), so every rule about dates reads it; anything that is not a calendar's month
    and day is left."""

    def figures(m: re.Match[str]) -> str:
        year, month, day = (g.translate(_CAPITALS) for g in m.groups())
        counted_month, counted_day = _counted(month), _counted(day)
        if counted_month is None or counted_day is None:
            return m.group(0)
        if not 1 <= counted_month <= 12 or not 1 <= counted_day <= 31:
            return m.group(0)
        return "".join(str(_DIGITS[c]) for c in year) + f"年{counted_month}月{counted_day}日"

    return _NUMERAL_DATE.sub(figures, text) if "年" in text else text


# A date with an English month's name, as bilingual forms of foreign-invested insurers and brands
# print them (27 May 2026, May 27, 2026, 27-Sep-2026, 1st June 2026), read before the spaces go:
# they end the year (2026 00:00). The recogniser sometimes returns the O of Oct as a zero.
_MONTH_NAMES = (
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "may",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "[o0]ct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
)
_MONTH = "(?P<month>" + "|".join(_MONTH_NAMES) + ")"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ORDINAL = "(?:st|nd|rd|th)?"
_DAY = r"(?P<day>\d{1,2})" + _ORDINAL
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# A deed's formal date puts "day of" between them (this 9th day of March, 2026), its spaces often
# lost in the reading (9thdayofMarch,2026).
_DAY_OF = r"(?:[-./ ]{0,2}|\s*day\s*of\s*)"
_DAY_FIRST = re.compile(rf"(?<!\d){_DAY}{_DAY_OF}{_MONTH}\.?[-./, ]{{0,2}}{_YEAR}", re.I)
_MONTH_FIRST = re.compile(rf"{_MONTH}\.?[-./ ]{{0,2}}{_DAY}[,. ]{{0,2}}{_YEAR}", re.I)


def english_dates(text: str) -> str:
    """`text` with each date written with an English month's name written in figures
    (2026年5月27日), so every rule about dates reads it; a day the month does not have is left, and
    so is a run with no space or mark in it (an engine number JUN52019 is no date)."""

    def figures(m: re.Match[str]) -> str:
        if not re.search(r"[-./, ]", m.group(0)):
            return m.group(0)
        month = _MONTHS.index(m["month"][:3].lower().replace("0", "o")) + 1
        day, year = int(m["day"]), int(m["year"])
        try:
            date(year, month, day)
        except ValueError:
            return m.group(0)
        return f"{year}年{month}月{day}日"

    if not re.search(r"[A-Za-z]", text):
        return text
    return _MONTH_FIRST.sub(figures, _DAY_FIRST.sub(figures, text))
