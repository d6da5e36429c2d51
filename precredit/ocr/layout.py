"""Reads values by their labels: text after the label on its line, else the next cell to the right,
else (a label alone in its row) the line underneath.

Nothing depends on pixel positions, only on the geometry between a label and its value, so any
layout offset, font or page size works. Labels are found as `match.find_labels` finds them (exact,
or with one misread character); label hits inside a longer label (保险人 in 被保险人) are ignored,
and a value is cut where the next label starts (性别男民族汉 -> 男).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations, pairwise

from precredit.ocr.lines import Line, normalize
from precredit.ocr.match import EDGE, Hit, cut_label, find_labels
from precredit.ocr.validate import CJK, surnamed

# A note in brackets right after a label (车架号（VIN）, 出卖人（以下简称甲方）, 第一受益人（贷款机构）,
# 单价（元）) belongs to the label: the value starts after it.
_NOTE = re.compile(r"\([^()]{1,12}\)")
# A label's English gloss (合同号 Contract No., 保险费 Premium): words with a lower-case letter or
# more than one word, no digits but a 1 or 0 between letters (Seller read Se1ler); a value that
# starts with letters (VIN, GC2023…) has other digits or is one upper-case word.
_GLOSS_WORD = r"[A-Za-z](?:[A-Za-z.'&/-]|[01]+(?=[A-Za-z]))*"
_GLOSS = re.compile(rf"\s*(?:{_GLOSS_WORD}\s+)*{_GLOSS_WORD}\.?[:：]?(?=\s|$|[^A-Za-z0-9])")
# A role word heading a block of its own fields (卖方信息, 买方基本情况): the values are underneath.
_HEADING = frozenset(("信息", "基本信息", "情况", "基本情况", "资料"))
# Fields labelled generically inside such a block (名称：…, 姓名：…): the label is not the value.
_GENERIC = re.compile(r"^(?:名称|姓名|全称|户名)[:：]?")
# The second half of a label joined by 及/和/与 (名称及联系方式, 名称和地址).
_CONJOINED = re.compile(r"[及和与][\u4e00-\u9fff]{1,8}")
# What may stand before a label that still opens its line: another label it is an alternative to.
_ALTERNATIVE = re.compile(r"[\u4e00-\u9fff]{1,8}[/、或]")
# Labels joined by slashes before one colon (合同编号/版本：, 品牌型号/车辆识别代号：): what may
# stand before one of them, and what may follow it up to the colon (the rest of its word, the
# labels after it).
_PAIRED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,10}/)*")
_PAIRED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}((?:/[\u4e00-\u9fff]{1,10})*)[:：]")
# The slash between paired values: any but one inside a number or a date (2023/09/04).
_PAIR_SLASH = re.compile(r"(?<!\d)/|/(?!\d)")


def _is_gloss(text: str) -> bool:
    words = text.strip(" :：.").split()
    return bool(words) and (len(words) > 1 or any(c.islower() for c in words[0]))


def _stack_vertical(lines: list[Line]) -> list[Line]:
    """Text written top to bottom (销 / 售 / 方 in a tall header cell) that the recogniser returned
    one character per line: each column of single characters, one under the next, is one line."""
    singles = sorted(
        (
            ln
            for ln in lines
            if len(ln.text) == 1 and "\u4e00" <= ln.text <= "\u9fff" and not _tail(ln, lines)
        ),
        key=lambda ln: ln.y0,
    )
    used: set[int] = set()
    stacks: list[list[Line]] = []
    for i, first in enumerate(singles):
        if i in used:
            continue
        stack = [first]
        for j in range(i + 1, len(singles)):
            last, ln = stack[-1], singles[j]
            w = max(last.width, ln.width)
            if j in used or abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) / 2 > 0.6 * w:
                continue
            if ln.y0 - last.y1 > 2.5 * last.height:
                break
            stack.append(ln)
            used.add(j)
        if len(stack) > 1:
            used.add(i)
            stacks.append(stack)
    return _joined(lines, stacks)


def _tail(char: Line, lines: list[Line]) -> bool:
    """Whether a single character is the last of a value wrapped in a narrow cell (宏达汽车金融有限公 /
    司): directly under a longer line that starts where it starts. Such a character stacked with
    one in the next row down would be read as text written top to bottom."""
    return any(
        len(ln.text) >= WRAPPED_MIN and _wraps(ln.x0, char.x0, char.y0 - ln.y1, char.height) for ln in lines
    )


def _wraps(start: float, x0: float, gap: float, h: float, most: float | None = None) -> bool:
    """Whether a line starting at `x0`, `gap` below (or above) a line of height `h` starting at
    `start`, is that line's text wrapped in one cell: starting where it starts, directly under it
    (a gap under `most` of a line, by default tighter than any table's rows or prose's lines)."""
    return abs(x0 - start) <= 0.6 * h and -0.2 * h <= gap <= (WRAP_GAP if most is None else most) * h


def _joined(lines: list[Line], groups: list[list[Line]]) -> list[Line]:
    """`lines` with each group of them (in reading order) replaced by one line over all of it."""
    if not groups:
        return lines
    merged = [
        Line(
            "".join(ln.text for ln in group),
            min(ln.x0 for ln in group),
            min(ln.y0 for ln in group),
            max(ln.x1 for ln in group),
            max(ln.y1 for ln in group),
            min(ln.conf for ln in group),
        )
        for group in groups
    ]
    taken = {id(ln) for group in groups for ln in group}
    return [ln for ln in lines if id(ln) not in taken] + merged


# A whole date in figures (2023/11/14, 2023-11-14, 2023年11月14日).
_WHOLE_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:([-/.])(\d{1,2})\1(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?!\d)"
)


def _whole_dates(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _WHOLE_DATE.finditer(text)
        if 1 <= int(m.group(2) or m.group(4)) <= 12 and 1 <= int(m.group(3) or m.group(5)) <= 31
    ]


def _date_across(first: str, second: str, k: int) -> bool:
    """Whether `first` and `second`, sharing `k` characters, are one date read in two overlapping
    pieces (期:2023/11 | 11/14, a seal's ring splitting the detector's box): joined they hold a
    calendar date running from the first's own characters into the second's, and neither holds a
    whole date alone."""
    if _whole_dates(first) or _whole_dates(second):
        return False
    joined = first + second[k:]
    return any(m.start() < len(first) - k and m.end() > len(first) for m in _whole_dates(joined))


def _read_twice(lines: list[Line]) -> list[Line]:
    """`lines` with each pair the detector boxed over the same characters joined: two lines of one
    row whose boxes overlap by about the width of the Chinese characters the first ends with and the
    second begins with (杭州金 | 金桥汽车…) are one line (杭州金桥汽车…) read in two overlapping pieces.
    Digits and letters are not enough: among ten digits one shared by chance is common (a cell's box
    that took in the first digit of the date in the next cell is not one line with it), unless
    the pieces joined make one calendar date neither holds whole (`_date_across`)."""
    out = sorted(lines, key=lambda ln: ln.x0)
    joined = True
    while joined:
        joined = False
        for a, b in combinations(out, 2):
            if not (a.x0 < b.x0 < a.x1 < b.x1 and a.same_row(b)):
                continue
            pitch = a.width / len(a.text)
            k = round((a.x1 - b.x0) / pitch)
            shared = b.text[:k]
            if (
                1 <= k < min(len(a.text), len(b.text))
                and a.text[-k:] == shared
                and (re.fullmatch(f"[{CJK}]+", shared) or _date_across(a.text, b.text, k))
            ):
                one = Line(
                    a.text + b.text[k:], a.x0, min(a.y0, b.y0), b.x1, max(a.y1, b.y1), min(a.conf, b.conf)
                )
                out = sorted([ln for ln in out if ln is not a and ln is not b] + [one], key=lambda ln: ln.x0)
                joined = True
                break
    return out


# A comb: at least this many single letters or digits along one row, evenly spaced.
COMB_LEAST = 6


def _join_combs(lines: list[Line]) -> list[Line]:
    """A value printed one character to a box (a VIN in a comb of seventeen cells) that the
    recogniser returned one character per box: six or more single letters or digits along one row,
    each no further from the next than 2.5 of their heights and all at about the same pitch, are
    one line."""
    singles = [ln for ln in lines if len(ln.text) == 1 and ln.text.isascii() and ln.text.isalnum()]
    return _joined(lines, [row for row in _runs(singles) if len(row) >= COMB_LEAST and _even(row)])


def _runs(pieces: list[Line], overlap: float = 0.0) -> list[list[Line]]:
    """`pieces` in runs along their rows, left to right: each joins the first run whose last piece
    is on its row and ends no further before it than 2.5 of their heights (nor overlaps it by more
    than `overlap` of one)."""
    rows: list[list[Line]] = []
    for ln in sorted(pieces, key=lambda ln: ln.x0):
        for row in rows:
            last = row[-1]
            h = max(last.height, ln.height)
            if last.same_row(ln) and -overlap * h <= ln.x0 - last.x1 <= 2.5 * h:
                row.append(ln)
                break
        else:
            rows.append([ln])
    return rows


# A date printed into cells (2026 | 年 | 03 | 月 | 09 | 日 | 0 | 时), its figures and units in boxes
# of their own: each piece figures or units only, the whole a date.
_DATE_PIECE = re.compile(r"[0-9年月日时]{1,8}")
_CELL_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}时)?")


_UNITS = frozenset("年月日时")


def _unstack_units(lines: list[Line]) -> list[Line]:
    """Date units printed in cells one row over another (a period's start over its end, each
    年 月 日 时 in its column) that the detector boxed top to bottom as one line (年月: the start's
    年 over the end's 月, or the units of one column): a box of units only, taller than wide with a
    square or more for each, is those units one under the other, each on its own row."""
    out = []
    for ln in lines:
        k = len(ln.text)
        if (
            k < 2
            or not set(ln.text) <= _UNITS
            or ln.height < 1.5 * ln.width
            or ln.height / k < 0.8 * ln.width
        ):
            out.append(ln)
            continue
        step = ln.height / k
        out.extend(
            Line(ch, ln.x0, ln.y0 + i * step, ln.x1, ln.y0 + (i + 1) * step, ln.conf)
            for i, ch in enumerate(ln.text)
        )
    return out


def _join_date_cells(lines: list[Line]) -> list[Line]:
    """A date whose figures and units the recogniser returned box by box: pieces of figures and
    date units along one row, each no further from the one before than 2.5 of their heights (and
    overlapping it by no more than a third of one), whose text together is a date, are one line."""
    pieces = [ln for ln in lines if _DATE_PIECE.fullmatch(ln.text)]
    dates = [
        row
        for row in _runs(pieces, overlap=1 / 3)
        if len(row) >= 3 and _CELL_DATE.fullmatch("".join(p.text for p in row))
    ]
    return _joined(lines, dates)


def _even(row: list[Line]) -> bool:
    """Whether the characters stand at about the same pitch (left edge to left edge)."""
    pitches = sorted(b.x0 - a.x0 for a, b in pairwise(row))
    middle = pitches[len(pitches) // 2]
    return middle > 0 and all(abs(p - middle) <= 0.35 * middle for p in pitches)


@dataclass(frozen=True)
class Candidate:
    text: str
    conf: float
    line: Line
    x: float  # where the value starts, for finding its continuation lines
    start: int = 0  # where the value starts in line.text (after its label, on the label's line)
    exact: bool = True  # led to by a label read exactly, not by one with a misread character


_SIGNING = re.compile(
    r"\s*[(（]?(?:(?:签字盖章|盖章签字|签字|签章|盖章|签名|签署)[)）]?\s*[:：]?|[签盖][\u4e00-\u9fff]?[)）]?\s*[:：])"
)
_CLAUSE_END = frozenset(",，;；。")
# How far, in the label's line heights, a value printed off its label's row may sit above or below.
OFF_ROW = 1.2
# A column of values printed off their labels' rows (`Layout.shifted`): at least this many bare
# labels one above the other, and as many paired with a value; values this share of the rows'
# pitch or more from the nearest label (the median value: nearer, the nearest label is the
# value's own); values of one column start within this many line heights of the leftmost.
SHIFT_LEAST = 3
SHIFT_HALF = 0.3
SHIFT_ALIGNED = 3.0
# A short aside in brackets after a label: the party's role (（甲方）, (乙方)), a unit (（元）).
_ASIDE = re.compile(r"[(（][^()（）]{1,4}[)）]")
# The rest of a label a loose hit did not cover, up to its colon: one or two characters.
_LABEL_REST = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[:：])")
_ENGLISH_LEAD = re.compile(r"[A-Za-z][A-Za-z. ]*")


# Lines of one wrapped cell are this share of a line's height apart or less; a table's next row and
# the next line of prose are further.
WRAP_GAP = 0.45
# A value wraps in its cell only when its first line filled the cell: a line this many characters
# long at least (a two-character name over the sex on an ID card is two rows, not one value), and
# a wrapped line is no wider than the line it continues (a little more for the recogniser's boxes).
WRAPPED_MIN = 6
WRAPPED_WIDER = 1.1
# A looser bound on a wrapped cell's gap, for a value its check refuses read alone.
LOOSE_WRAP_GAP = 0.75
# A caption under its value (a large value, its label in small type beneath it) is no taller than
# the value as the detector boxes them (up to this share: its boxes pad small print, and a line of
# digits is boxed as low as a smaller line of characters).
CAPTION_SMALLER = 1.05
# ... and clearly nearer the value over it than the next line under it: the line under it is at
# least this many times as far (a receipt's labels and values evenly spaced are no captions).
CAPTION_NEARER = 1.25


# Lines numbered in the margin: at least this many bare numbers one above the other, counting up.
NUMBERED_LEAST = 4


def _drop_line_numbers(lines: list[Line]) -> list[Line]:
    """`lines` without the numbers a lawyer's template prints beside every line (1, 2, 3 … down
    the margin): bare numbers of up to three digits, ending at the same place (right-aligned),
    counting up one line to the next at least NUMBERED_LEAST times. A line that wraps goes on at
    its next line of text, not at the number beside it, and no number is a value."""
    bare = sorted((ln for ln in lines if re.fullmatch(r"\d{1,3}", ln.text)), key=lambda ln: ln.x1)
    columns: list[list[Line]] = []
    for ln in bare:
        if columns and ln.x1 - columns[-1][-1].x1 <= 0.5 * ln.height:
            columns[-1].append(ln)
        else:
            columns.append([ln])
    margin: set[int] = set()
    for column in columns:
        column.sort(key=lambda ln: ln.cy)
        counting = sum(int(b.text) == int(a.text) + 1 for a, b in pairwise(column))
        if counting + 1 >= NUMBERED_LEAST and 2 * counting >= len(column) - 1:
            margin.update(id(ln) for ln in column)
    return [ln for ln in lines if id(ln) not in margin]


# An item's number before the words a form's box or list item begins with: 1. 2、 (3) （4）.
ITEM_NUMBER = re.compile(rf"^(?:\d{{1,2}}[.、]|\(\d{{1,2}}\))(?=[{CJK}(])")


# Words a name in a salutation or a signature line is written after (致王伟, 尊敬的王伟).
_ADDRESSED = re.compile(r"^(?:致|尊敬的|亲爱的)")


def _a_name(text: str) -> bool:
    """`text` (what stands before a bracket) is a personal name, after any word addressing it: two
    to four characters opening with a surname (李娜, 致王伟, 欧阳明), or a transliterated one."""
    name = _ADDRESSED.sub("", text).strip(" :,，、")
    return bool(re.fullmatch(rf"[{CJK}]{{2,4}}|[{CJK}]{{1,10}}·[{CJK}]{{1,10}}", name)) and (
        surnamed(name) or "·" in name
    )


class Layout:
    def __init__(self, lines: Iterable[Line], labels: Iterable[str]) -> None:
        numbered: dict[Line, str] = {}  # each line whose item number was taken off -> the number
        norm = []
        for ln in lines:
            text = normalize(ln.text)
            item = ITEM_NUMBER.match(text)
            norm.append(Line(text[item.end() :] if item else text, ln.x0, ln.y0, ln.x1, ln.y1, ln.conf))
            if item:
                numbered[norm[-1]] = item.group(0)
        self.lines = sorted(
            _join_date_cells(
                _unstack_units(
                    _join_combs(
                        _stack_vertical(_drop_line_numbers(_read_twice([ln for ln in norm if ln.text])))
                    )
                )
            ),
            key=lambda ln: (ln.cy, ln.x0),
        )
        self.labels = sorted(set(labels), key=len, reverse=True)
        self._longest = len(self.labels[0]) if self.labels else 0
        self._hits: dict[Line, list[Hit]] = {}
        self._shifts: dict[Line, Line | None] = {}
        self._whole: frozenset[str] | None = None  # the labels printed whole somewhere on the page
        self._right = max((ln.x1 for ln in self.lines), default=0.0)  # the page's text's right edge
        # Each line of prose that wraps onto the next -> the line it goes on at.
        self._continues = self._prose_wraps()
        # What looked like an item's number is the end of a code the line before broke off
        # (…识别代号LBVY0JJ09LR61271 / 8，车辆总价…): the digits go back on the line.
        broken = {
            b: replace(b, text=numbered[b] + b.text)
            for a in self.lines
            if re.search(r"[A-Za-z0-9]$", a.text)
            and self._reaches_edge(a, self._column(a))
            and (b := self.next_line(a)) in numbered
        }
        if broken:
            self.lines = [broken.get(ln, ln) for ln in self.lines]
            self._hits.clear()
            self._whole = None
            self._continues = self._prose_wraps()
        # Each such line joined to its continuation, and the two lines it joins: labels broken by
        # the wrap are found on these.
        self._joined = {
            a: Line(a.text + b.text, min(a.x0, b.x0), a.y0, max(a.x1, b.x1), b.y1, min(a.conf, b.conf))
            for a, b in self._continues.items()
        }
        self._parts = {joined: (a, self._continues[a]) for a, joined in self._joined.items()}

    def _prose_wraps(self) -> dict[Line, Line]:
        """Each line of prose that runs to the right edge of its text, with the line it wraps onto
        (which starts at that text's left edge). The text is the page's, or the column's where
        prose runs in columns."""
        if not self.lines:
            return {}
        wraps = {}
        middle = (min(ln.x0 for ln in self.lines) + self._right) / 2
        for line in self.lines:
            # Outside a column, a wrapped line goes on where it starts (or left of it: an indent),
            # up to two characters right of it after a clause's number (a hanging indent). A line
            # starting in the page's right half is a cell or a line set flush right (合同编号：… over
            # a table): it goes on only where it starts, never at the next row's cell right of it.
            column = self._column(line)
            left = column[0] if column else line.x0
            slack = 2 * line.height if column or line.x0 < middle else 0.5 * line.height
            if (
                self._reaches_edge(line, column)
                and (nxt := self.next_line(line)) is not None
                and nxt.x0 <= max(left, line.x0) + slack
                # Lines that each open with a label are a form's label：value lines, not a sentence.
                and not (self._opens(line) and self._opens(nxt))
            ):
                wraps[line] = nxt
        return wraps

    def _reaches_edge(self, line: Line, column: tuple[float, float] | None) -> bool:
        """The line runs to the right edge of its text (its `column`'s, or the page's): where prose
        wraps."""
        if column:
            return line.x1 >= column[1] - line.height
        return line.x1 >= self._right - 2 * line.height

    def _goes_on(self, line: Line) -> Line | None:
        """The line a wrapped line goes on at; for two lines joined, where the second goes on."""
        if line in self._continues:
            return self._continues[line]
        # A joined line goes on where its second line does (a number wrapped twice).
        return self._continues.get(self._parts[line][1]) if line in self._parts else None

    def _opens(self, line: Line) -> bool:
        """The line opens with a label, or with an English gloss and a label (Dealer 经销商：)."""
        lead = m.end() if (m := _ENGLISH_LEAD.match(line.text)) else 0
        return any(h.start <= max(1, lead) for h in self.hits(line))

    def _column(self, line: Line) -> tuple[float, float] | None:
        """The left and right edges of the column of prose `line` is in: the lines starting where it
        starts (a paragraph's indent aside), the furthest any of them reaches being an edge that at
        least three of them, and a third of them, end at. Prose wraps where the next character
        does not fit, so its lines end within about a character of the edge, while lines of
        label：value end where their values do; a column of prose is many characters wide (a
        table's column of labels is not). None: no such column."""
        h = line.height
        peers = [o for o in self.lines if abs(o.x0 - line.x0) <= 2.5 * h]
        left, edge = min(o.x0 for o in peers), max(o.x1 for o in peers)
        reaching = sum(edge - o.x1 <= 0.6 * h for o in peers)
        if edge - left < 8 * h or reaching < 3 or 3 * reaching < len(peers):
            return None
        return left, edge

    def hits(self, line: Line) -> list[Hit]:
        """Label hits in the line by position, never overlapping; found once per line."""
        if line not in self._hits:
            found = find_labels(line.text, self.labels)
            # A line starting at the image's very edge may open with a label the framing cut; a
            # line anywhere that is nothing but a label's tail (牌型号 alone in its cell) lost the
            # label's head to the recogniser.
            # A tail is shorter than its label: a longer line away from the edge is not searched.
            # A line that is all of a label's tail is that label even where one character swapped
            # makes it another label too (险单号: 保险单号 without its head, or 保单号 or 批单号).
            at_edge, text = line.x0 <= line.height, line.text.rstrip(EDGE)
            loose_only = not any(h.start == 0 and h.exact for h in found)
            if (loose_only or not any(h.start == 0 for h in found)) and (
                at_edge or len(text) < self._longest
            ):
                cut = cut_label(line.text, self.labels)
                whole = cut is not None and cut.end >= len(text)
                if cut is not None and (whole or (at_edge and not any(h.start == 0 for h in found))):
                    found = [cut, *(h for h in found if h.start >= cut.end)]
            self._hits[line] = [self._settled(h) for h in found]
        return self._hits[line]

    def _settled(self, hit: Hit) -> Hit:
        """A misread fitting several labels (配保日期: 起保日期 or 终保日期) names the one of them the
        page does not print whole elsewhere: 终保日期 read right on its own line leaves 起保日期."""
        if hit.exact or len(hit.labels) < 2:
            return hit
        if self._whole is None:
            self._whole = frozenset(
                label
                for ln in self.lines
                for h in find_labels(ln.text, self.labels)
                if h.exact
                for label in h.labels
            )
        left = hit.labels - self._whole
        return replace(hit, labels=left) if len(left) == 1 else hit

    def is_label(self, line: Line) -> bool:
        return any(h.start <= 1 for h in self.hits(line))

    def _cut(self, line: Line, start: int) -> str:
        """Text from `start` up to the next label, without edge punctuation."""
        ends = [h.start for h in self.hits(line) if h.start >= start]
        return line.text[start : min(ends, default=len(line.text))].strip(EDGE)

    def next_line(self, line: Line) -> Line | None:
        """The line a wrapped sentence continues on: the leftmost one directly below (the nearer
        of two that start alike), in the line's own column: not far left of where the line starts
        (an indent aside). Tightly set lines' boxes may overlap a little."""
        h = line.height
        below = [
            o
            for o in self.lines
            if o.cy - line.cy >= 0.6 * h and o.y0 - line.y1 <= 0.9 * h and o.x0 >= line.x0 - 3 * h
        ]
        if not below:
            return None
        left = min(o.x0 for o in below)
        return min((o for o in below if o.x0 <= left + h), key=lambda o: o.y0)

    def _following(self, line: Line) -> list[Line]:
        """The cells after `line` along its row, left to right. Boxes pad their text, so a cell
        may start a little left of where the one before it ends."""
        after = [
            o for o in self.lines if o is not line and o.same_row(line) and o.x0 >= line.x1 - line.height
        ]
        return sorted(after, key=lambda o: o.x0)

    def row_text(self, line: Line) -> str:
        """`line` and the cells that follow it along its row, as one text."""
        return line.text + "".join(o.text for o in self._following(line))

    def right_of(self, line: Line) -> Line | None:
        # A cell whose middle lies past the line's end: not one overlapping it.
        row = [o for o in self._following(line) if o.x0 + o.x1 > 2 * line.x1]
        return row[0] if row and not self.is_label(row[0]) else None

    def _wrapped_with(self, value: Line, label: Line) -> Line | None:
        """The other line of a value wrapped inside its cell: starting where `value` starts, directly
        above or below it (a gap under half a line, tighter than any table's rows or prose's
        lines), beside `label` too, and no label itself."""
        for o in self.lines:
            if o is value or o is label or self.is_label(o):
                continue
            gap = max(o.y0 - value.y1, value.y0 - o.y1)
            if _wraps(value.x0, o.x0, gap, value.height) and o.same_row(label):
                return o
        return None

    def _cell_below(self, value: Line, label: Line, most: int = 3, gap: float = WRAP_GAP) -> list[Line]:
        """The lines a value wrapped onto below it inside its cell: each starting where it starts,
        directly under the one before (a gap under `gap` of a line, by default tighter than a
        table's rows), no label itself, and with nothing between its label's column and it in its
        row (the next row's value has its own label there, known to the lexicon or not)."""
        found: list[Line] = []
        if len(value.text) < WRAPPED_MIN:
            return found
        last = value
        while len(found) < most:
            h = last.height
            nxt = next(
                (
                    o
                    for o in self.lines
                    if o is not last
                    and _wraps(value.x0, o.x0, o.y0 - last.y1, h, gap)
                    and not o.same_row(last)
                ),
                None,
            )
            if nxt is None or self.is_label(nxt) or nxt.width > WRAPPED_WIDER * last.width:
                break
            if any(
                o is not nxt and o.same_row(nxt) and o.x0 >= label.x0 - h and o.x1 <= nxt.x0 + h
                for o in self.lines
            ):
                break
            found.append(nxt)
            last = nxt
        return found

    def beside(self, line: Line) -> Line | None:
        """A value printed off its label's row (a pre-printed form fed into the printer askew): the
        nearest line to the right whose middle is within a line's height of the label's, and
        nearer to it than to any other label to its left."""
        near = [
            o
            for o in self.lines
            if o is not line
            and not o.same_row(line)
            and abs(o.cy - line.cy) <= OFF_ROW * line.height
            and o.x0 >= line.x1 - line.height
            and o.x0 + o.x1 > 2 * line.x1
        ]
        if not near:
            return None
        value = min(near, key=lambda o: o.x0)
        if self.is_label(value) or self._headed(value):
            return None
        nearer = [
            other
            for other in self.lines
            if other is not line
            and other.x0 < value.x0
            and abs(value.cy - other.cy) < abs(value.cy - line.cy)
            and self.is_label(other)
        ]
        return None if nearer else value

    def _bare(self, line: Line) -> bool:
        """Whether `line` is a label and nothing more: a form's label cell. Labels may follow one
        another (买受人身份证号码: whose number it is, then what) and a party's role may stand in
        brackets after its label (出卖人（甲方）); a colon, a bracket or a stray mark is no value."""
        text = line.text.rstrip(EDGE)
        hits = self.hits(line)
        if not hits or hits[0].start > 1:
            return False
        covered = [False] * len(text)
        for h in hits:
            covered[h.start : h.end] = [True] * (min(h.end, len(text)) - h.start)
        for m in _ASIDE.finditer(text):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
        return all(c or ch in EDGE for c, ch in zip(covered, text, strict=True))

    def shifted(self, label: Line) -> Line | None:
        """A value printed off its label's row with every value of its column (a form's second
        printer pass fed off true: the values all lower, or all higher), about half a row off,
        where the label alone cannot say whose a value between two rows is. The column is the
        bare labels (`_bare`) starting where `label` starts, at least SHIFT_LEAST; the values are
        the lines right of them, starting within a few characters of the first line there, none
        under a label of its own (`_headed`: a grid of labels over values). Only where the values lie
        SHIFT_HALF of a row or more from the nearest label (the median value) is the column
        asked: each value is paired with the label above it under one reading and with the label
        below it under the other, and the reading that gives more labels exactly one value is
        taken, if it pairs SHIFT_LEAST at least. None when the values lie nearer their rows
        (`right_of`, `beside`) or both readings pair as many. Worked out once per label."""
        if label not in self._shifts:
            self._shifts[label] = self._shifted(label)
        return self._shifts[label]

    def _shifted(self, label: Line) -> Line | None:
        h = label.height
        column = sorted(
            (o for o in self.lines if abs(o.x0 - label.x0) <= h and self._bare(o)), key=lambda o: o.cy
        )
        if len(column) < SHIFT_LEAST or all(o is not label for o in column):
            return None
        cys = [o.cy for o in column]
        pitch = sorted(b - a for a, b in pairwise(cys))[(len(cys) - 1) // 2]
        edge = max(o.x1 for o in column)
        right = [
            o
            for o in self.lines
            if o.x0 >= edge - h
            and cys[0] - pitch < o.cy < cys[-1] + pitch
            and all(o is not c for c in column)
        ]
        beside = [o for o in right if not self.is_label(o) and not self._headed(o)]
        if not beside or pitch <= 0:
            return None
        # The values are the first thing right of the labels: a column further right, past other
        # values or labels, is another field's.
        left = min(o.x0 for o in right)
        values = [o for o in beside if o.x0 <= left + SHIFT_ALIGNED * h]
        if not values:
            return None
        off = sorted(min(abs(v.cy - c) for c in cys) / pitch for v in values)
        if off[(len(off) - 1) // 2] < SHIFT_HALF:
            return None
        readings: list[dict[int, Line]] = []
        for sign in (1, -1):  # values below their labels, then above them
            rows: dict[int, list[Line]] = {}
            for v in values:
                near = [k for k, c in enumerate(cys) if 0 < sign * (v.cy - c) < pitch]
                if near:
                    rows.setdefault(min(near, key=lambda k: abs(v.cy - cys[k])), []).append(v)
            readings.append({k: vs[0] for k, vs in rows.items() if len(vs) == 1})
        down, up = readings
        if len(down) == len(up) or max(len(down), len(up)) < SHIFT_LEAST:
            return None
        at = next(k for k, o in enumerate(column) if o is label)
        return max(readings, key=len).get(at)

    def _headed(self, value: Line) -> bool:
        """Whether a label stands right over `value`, over most of one of them (a header row over
        its row of values: 厂牌型号 | 车辆识别代号 over 奔驰牌… | LZWJ…): the value is that label's,
        not one for a label off its row to the left."""
        return any(
            self.is_label(o)
            and 0 <= value.y0 - o.y1 <= value.height
            and o.x_overlap(value) > 0.5 * min(o.width, value.width)
            for o in self.lines
            if o is not value
        )

    def under(self, line: Line) -> Line | None:
        """The next line down across the label's columns: a value set below its label, or in the
        row under a header row (a table row is up to about three text lines high)."""
        # In the nearest row, the text most squarely under the label: two cells read as one line
        # (a VIN joined to the date beside it) reach under the next header too, but less of it.
        row = self._next_row(line)
        if not row:
            return None

        def squarely(o: Line) -> tuple[float, float]:
            narrower = min(o.width, line.width) or 1.0
            return o.x_overlap(line) / narrower, -abs(o.x0 + o.x1 - line.x0 - line.x1)

        first = max(row, key=squarely)
        return None if self.is_label(first) else first

    def _next_row(self, line: Line) -> list[Line]:
        """The lines of the nearest row down across `line`'s columns (a table row is up to about
        three text lines high)."""
        below = [
            o
            for o in self.lines
            if o.cy > line.y1 and o.y0 - line.y1 <= 2 * line.height and o.x0 < line.x1 and o.x1 > line.x0
        ]
        if not below:
            return []
        top = min(o.y0 for o in below)
        return [o for o in below if o.y0 <= top + 0.5 * line.height]

    def _section_name(self, heading: Line) -> Line | None:
        """Under a role heading over its section (被保险人信息), the value beside the generic name
        label (名称, 姓名) that opens the next row down: the cell to its right."""
        generic = [o for o in self._next_row(heading) if _GENERIC.fullmatch(o.text.strip(EDGE))]
        return self.right_of(min(generic, key=lambda o: o.x0)) if generic else None

    def after(self, *labels: str) -> list[Candidate]:
        """Values for any of `labels`, best first: labels starting a line before labels inside prose,
        exact labels before misread ones, the line underneath last."""
        wanted = set(labels)
        out: list[tuple[float, Candidate]] = []
        for line in self.lines + list(self._parts):
            cut = len(self._parts[line][0].text) if line in self._parts else None
            for hit in self.hits(line):
                if not hit.labels <= wanted:
                    continue
                # On a line joined to its continuation, only a label the wrap broke (保 / 险单号)
                # is new.
                if cut is not None and not hit.start < cut < hit.end:
                    continue
                # A role in brackets after a name (致王伟（被保险人）：, 李娜（买方）) notes who the
                # name is; it leads to no value after it. A bracketed label opening its line
                # ((小写)：¥11,389.13) has no name before it and does, and so does a party's role
                # after a role no label names (行驶证车主（被保险人）：尹洋平: the owner is the
                # insured); after a label (买受人（甲方）) the label before the bracket leads, and
                # a bracketed label of another kind inside a line ((大写) after 以上合计人民币)
                # leads to nothing, as before.
                if (
                    line.text[hit.end : hit.end + 1] == ")"
                    and "(" in line.text[max(0, hit.start - 2) : hit.start]
                    and (opened := line.text[: hit.start].rfind("(")) > 0
                    and (
                        not any(label.endswith(("人", "方")) for label in hit.labels)
                        or _a_name(line.text[:opened])
                        or any(o is not hit and opened - 1 <= o.end <= opened for o in self.hits(line))
                    )
                ):
                    continue
                # One of alternative labels joined by a slash (投保人/被保险人) opens its line too.
                opens = hit.start <= 1 or bool(_ALTERNATIVE.fullmatch(line.text[: hit.start]))
                rank = 2 * (not opens) + (not hit.exact)
                at = note.end() if (note := _NOTE.match(line.text, hit.end)) else hit.end
                # A label read loosely, a character or two of it left over before its colon
                # (经销单位： found as 经销商 in 经销单): the value starts after the colon.
                if not hit.exact and (rest_of := _LABEL_REST.match(line.text, at)):
                    at = rest_of.end()
                if (gloss := _GLOSS.match(line.text, at)) and _is_gloss(gloss.group(0)):
                    at = gloss.end()
                # A signature block's act after the role (乙方（买受人）签字：王伟, 盖章：…; one
                # character may be misread) comes before the name.
                if signing := _SIGNING.match(line.text, at):
                    at = signing.end()
                # A label that ends a clause (…为车辆买受人，双方经…) leads to nothing after it.
                if line.text[at : at + 1] in _CLAUSE_END:
                    continue
                paired = self._paired(line, hit, at)
                rest = self._cut(line, at) if paired is None else paired[0]
                # A heading word (卖方信息) or a label's joined second half (购买方名称及联系方式)
                # is no value: the value is in the next cell.
                heading = rest in _HEADING
                if heading or _CONJOINED.fullmatch(rest):
                    rest = ""
                # Prose wraps anywhere: a value that runs to the end of its line may go on at the
                # start of the next (车架号LDCRJN1 / Y7LV830421…), and a label that ends a line
                # inside a sentence (…向卖方 / 长沙远航汽车…) has its value there.
                ends_line = not any(h.start >= at for h in self.hits(line)) and (paired is None or paired[1])
                nxt = self._goes_on(line) if ends_line else None
                if rest and nxt is not None:
                    # A label the wrap broke (…傅凤子，身 / 份证号码：…) ends the value before it.
                    n = len(line.text)
                    both = (
                        self.hits(self._joined[line])
                        if line in self._joined
                        else find_labels(line.text + nxt.text, self.labels)
                    )
                    if cut_by := [h for h in both if at <= h.start < n < h.end]:
                        rest, nxt = line.text[at : cut_by[0].start].strip(EDGE), None
                if rest:
                    start = len(line.text) - len(line.text[at:].lstrip(EDGE))
                    x = line.x0 + line.width * start / len(line.text)
                    out.append((rank, Candidate(rest, line.conf, line, x, start, hit.exact)))
                    if nxt is not None and (more := self._cut(nxt, 0)):
                        joined = Candidate(rest + more, min(line.conf, nxt.conf), line, x, start, hit.exact)
                        # A letter or digit on each side of the line end: one token (a date, a
                        # number) broken by the wrap, so the joined reading comes first.
                        broken = (
                            rest[-1:].isascii()
                            and rest[-1:].isalnum()
                            and more[:1].isascii()
                            and more[:1].isalnum()
                        )
                        out.append((rank - 0.5 if broken else rank + 0.5, joined))
                elif nxt is not None and (more := self._cut(nxt, 0)):
                    out.append(
                        (rank + 0.5, Candidate(more, min(line.conf, nxt.conf), nxt, nxt.x0, exact=hit.exact))
                    )
                # A value printed off its row with its column's (a misfed second printer pass),
                # before whatever stands level with the label: the row before's or the next's.
                if not rest and opens and (shift := self.shifted(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(shift, 0)):
                        out.append(
                            (
                                rank - 0.5,
                                Candidate(text, min(line.conf, shift.conf), shift, shift.x0, exact=hit.exact),
                            )
                        )
                # Also the next cell: the rest of the line may be a misread part of a long label.
                right = self.right_of(line)
                # A role heading its rows from a narrow first column, on their first row (购买方 |
                # 名称 | 段翔敏): the generic sub-label's cell leads on to the one after it.
                if (
                    right is not None
                    and not rest
                    and _GENERIC.fullmatch(self._cut(right, 0))
                    and (further := self.right_of(right)) is not None
                ):
                    right = further
                if right is not None and (text := _GENERIC.sub("", self._cut(right, 0))):
                    # A value wrapped onto two lines inside its cell (本田牌HG7150HA / C6), both
                    # beside the label: read joined, top line first, before either alone.
                    if (other := self._wrapped_with(right, line)) is not None:
                        top, low = sorted((right, other), key=lambda o: o.y0)
                        joined_text = _GENERIC.sub("", self._cut(top, 0) + self._cut(low, 0))
                        conf = min(line.conf, top.conf, low.conf)
                        out.append((rank - 0.25, Candidate(joined_text, conf, top, top.x0, exact=hit.exact)))
                    elif not rest:
                        # A label alone at the top of its cell, its value wrapped down the cell
                        # beside it (PDAA2026370287 / 01276711 in a narrow column): read joined
                        # first. The value ends on its last line, where any further continuation
                        # is sought. A label whose own line holds its value is no such cell: what
                        # lies to its right is another column (a reviser's note, 删除的内容：…).
                        # Lines a little further apart than wrapped lines usually are (LDCEWFBN4 /
                        # ME118671, 13 px under a 28 px line in a photo) are read joined after
                        # the first line alone, so only a value its check refuses alone (a VIN
                        # of 9 characters) is read joined.
                        down, place = self._cell_below(right, line), rank - 0.25
                        if not down:
                            down, place = self._cell_below(right, line, gap=LOOSE_WRAP_GAP), rank + 0.25
                        if down:
                            joined_text = _GENERIC.sub("", "".join(self._cut(o, 0) for o in (right, *down)))
                            conf = min(line.conf, right.conf, *(o.conf for o in down))
                            out.append(
                                (place, Candidate(joined_text, conf, down[-1], right.x0, exact=hit.exact))
                            )
                    out.append(
                        (rank, Candidate(text, min(line.conf, right.conf), right, right.x0, exact=hit.exact))
                    )
                # A value printed off the label's row, when none is in it.
                elif not rest and opens and (off := self.beside(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(off, 0)):
                        out.append(
                            (
                                rank + 1,
                                Candidate(text, min(line.conf, off.conf), off, off.x0, exact=hit.exact),
                            )
                        )
                # A value printed large over its small label, the label as its caption: the line
                # above, after any value beside the label and before the line underneath.
                if not rest and opens and (over := self.captioned(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(over, 0)):
                        out.append(
                            (
                                rank + 0.75,
                                Candidate(text, min(line.conf, over.conf), over, over.x0, exact=hit.exact),
                            )
                        )
                # A role heading a block of rows beside it (购买方 written top to bottom in a tall
                # cell, 名称 | … in the first of its rows): the generic name row is its value.
                if not rest and opens:
                    for generic, text in self._block_names(line):
                        out.append(
                            (
                                rank,
                                Candidate(
                                    text, min(line.conf, generic.conf), generic, generic.x0, exact=hit.exact
                                ),
                            )
                        )
                # A role heading a section of rows under it (被保险人信息 over 名称 | 冯英玲, the next
                # section's 名称 naming another party): the value of the section's first generic
                # name row.
                if heading and opens and (named := self._section_name(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(named, 0)):
                        out.append(
                            (
                                rank + 1,
                                Candidate(text, min(line.conf, named.conf), named, named.x0, exact=hit.exact),
                            )
                        )
                # And the line underneath, last: a value under its label, or under a header row
                # whose next header cell (数量, 单价) the lexicon does not know.
                if not rest and opens and (below := self.under(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(below, 0)):
                        out.append(
                            (4, Candidate(text, min(line.conf, below.conf), below, below.x0, exact=hit.exact))
                        )
        return [c for _, c in sorted(out, key=lambda pair: pair[0])]

    def _paired(self, line: Line, hit: Hit, at: int) -> tuple[str, bool] | None:
        """The value of a label among labels joined by slashes before one colon, its values joined
        by slashes after it in the same order (合同编号/版本：GC2023…/V1.1): (the value in the
        label's place, whether it is the last, so may wrap onto the next line). Labels that are
        alternatives to one value (买受人姓名/名称：王伟) all lead to it. None: the label is not one
        of such labels, or the values do not pair with them."""
        text = line.text
        head = _PAIRED_BEFORE.fullmatch(text[: hit.start])
        tail = _PAIRED_AFTER.match(text, at)
        if head is None or tail is None:
            return None
        place = text[: hit.start].count("/")
        count = place + tail.group(1).count("/") + 1
        if count == 1:
            return None
        start = tail.end()
        # The values end where another label opens its own colon (a second pair on the line).
        ends = [h.start for h in self.hits(line) if h.start >= start and _PAIRED_AFTER.match(text, h.end)]
        values = [v.strip(EDGE) for v in _PAIR_SLASH.split(text[start : min(ends, default=len(text))])]
        if len(values) == 1:
            return values[0], True
        if len(values) != count:
            return None
        return values[place], place == count - 1

    def captioned(self, label: Line) -> Line | None:
        """The value a label stands under as its caption: the nearest line above it, starting where
        it starts, no smaller, clearly closer to it than the next line down is (a label set over its
        value is nearer the value under it than the one above; evenly spaced lines are no captions,
        and the value is as far from the line over it), no label itself (a table's column of
        labels), and with no value to the label's right."""
        above = [o for o in self.lines if o.cy < label.y0 and o.x0 < label.x1 and o.x1 > label.x0]
        if not above:
            return None
        value = max(above, key=lambda o: o.y1)
        gap = label.y0 - value.y1
        if (
            label.height > CAPTION_SMALLER * value.height
            or gap > value.height
            or abs(value.x0 - label.x0) > 1.5 * value.height
            or self.is_label(value)
        ):
            return None
        # The rhythm of captioned cards: the value and its caption close together, farther from
        # the line under the caption and from the line over the value.
        spaced = [
            o.y0 - label.y1 for o in self.lines if o.cy > label.y1 and o.x0 < label.x1 and o.x1 > label.x0
        ]
        spaced += [value.y0 - o.y1 for o in above if o.cy < value.y0]
        if spaced and min(spaced) <= CAPTION_NEARER * max(gap, 0.0):
            return None
        # A label with a value to its right in its row is that value's label.
        right = self.right_of(label)
        return None if right is not None and not self.is_label(right) else value

    def _block_names(self, head: Line) -> list[tuple[Line, str]]:
        """Names in the rows a tall heading cell spans: a generic 名称/姓名 line to its right whose
        middle lies within the heading's height, with the text after it or in the next cell."""
        top, bottom = self._cell_span(head)
        found = []
        for line in self.lines:
            if line is head or not (top <= line.cy <= bottom) or line.x0 < head.x1 - head.height * 0.2:
                continue
            if (m := _GENERIC.match(line.text)) is None or line.height > 0.8 * head.height:
                continue
            if text := line.text[m.end() :].strip(EDGE):
                found.append((line, text))
            elif (right := self.right_of(line)) is not None and (text := self._cut(right, 0)):
                found.append((right, text))
        return found

    def _cell_span(self, head: Line) -> tuple[float, float]:
        """The rows a heading's cell spans: its own height, and where it is written top to bottom
        (taller than wide), centred in a merged cell that may be taller than the writing (出卖人
        over three rows, its first row's middle above 出's top): up to its height again above
        and below, never past halfway to the next line in its column (the next group's heading)."""
        if head.height <= head.width:
            return head.y0, head.y1
        column = [o for o in self.lines if o is not head and o.x_overlap(head) > 0]
        above = max((o.y1 for o in column if o.y1 <= head.y0), default=head.y0 - 2 * head.height)
        below = min((o.y0 for o in column if o.y0 >= head.y1), default=head.y1 + 2 * head.height)
        return max(head.y0 - head.height, (above + head.y0) / 2), min(
            head.y1 + head.height, (head.y1 + below) / 2
        )

    def below(self, cand: Candidate, max_lines: int = 3) -> list[Line]:
        """Lines continuing a wrapped value (addresses): left-aligned with it, directly underneath."""
        found: list[Line] = []
        prev = cand.line
        for line in self.lines:
            if len(found) == max_lines:
                break
            gap = line.y0 - prev.y1
            # A row below by half a line at least, measured on the shorter box: on a small card's
            # copy the detector's boxes run taller than the rows are apart, so the next row's
            # middle may lie inside the box above.
            if line.cy - prev.cy < 0.5 * min(prev.height, line.height) or gap > 0.9 * prev.height:
                continue
            if self.is_label(line):
                break
            if abs(line.x0 - cand.x) > 1.5 * prev.height:
                continue
            found.append(line)
            prev = line
        return found

    @property
    def wrapped(self) -> list[Line]:
        """Each line of prose joined to the line it wraps onto: a value the wrap broke is whole
        only there."""
        return list(self._parts)

    def matching(self, pattern: re.Pattern[str]) -> list[Candidate]:
        """Lines anywhere on the page matching `pattern`: a fallback for self-describing values (ID
        numbers). Lines of prose joined to the line they wrap onto come first: a value the wrap
        broke (——中 / 国人民财产保险…) is whole only there."""
        return [
            Candidate(m.group(0), ln.conf, ln, ln.x0)
            for ln in list(self._parts) + self.lines
            if (m := pattern.search(ln.text))
        ]
