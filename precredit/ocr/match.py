"""Where labels sit in one line of text: exact hits first, then labels with one misread character.

OCR misreads label characters as often as value characters (合同号 -> 合网号, 保险期间 -> 保险期问,
被保险人 -> 核保险人), so a label one edit away is still a label. Guards against finding labels
inside values: only labels of 3+ characters are matched loosely, a 3-character one only where a
cell starts (line start or after punctuation, never inside prose: 本保单为 is not 保单号), a
label missing a character only where a cell starts too (a 4-character one with a colon or figure
after it), a Chinese character is never taken for a misread digit or letter (nor the reverse), and
a misread that fits two labels equally well (发票X码: 发票号码 or 发票代码) names both, so no field
takes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# Punctuation OCR puts around labels and values; a cell may start right after it.
EDGE = ":;,.、()[]|丨_-—'\"“”‘’`·*<>《》=~"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    labels: frozenset[str]  # several: a misread that fits more than one label equally well
    exact: bool

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


def find_labels(text: str, labels: Sequence[str]) -> list[Hit]:
    """Non-overlapping label hits in `text`, by position. `labels` longest first.

    A loose hit may swallow exact hits of shorter labels that it spells out (保险人 inside 核保险人,
    read as 被保险人), as an exact longer label already does; it never displaces any other exact hit.
    """
    exact: list[Hit] = []
    for label in labels:
        for m in re.finditer(re.escape(label), text):
            if not any(h.overlaps(m.start(), m.end()) for h in exact):
                exact.append(Hit(m.start(), m.end(), frozenset((label,)), True))
    loose: list[Hit] = []
    for start, end, label in sorted(_near_all(text, labels), key=lambda t: (-len(t[2]), t[0])):
        inside = [h for h in exact if h.overlaps(start, end)]
        if not all(_spelled_out(h, start, end, label) and h.end <= end for h in inside):
            continue
        same = next((h for h in loose if (h.start, h.end) == (start, end)), None)
        if same is not None:
            loose[loose.index(same)] = Hit(start, end, same.labels | {label}, False)
        elif not any(h.overlaps(start, end) for h in loose):
            exact = [h for h in exact if h not in inside]
            loose.append(Hit(start, end, frozenset((label,)), False))
    return sorted(exact + loose, key=lambda h: h.start)


def _spelled_out(hit: Hit, start: int, end: int, label: str) -> bool:
    """The exact hit is the same characters of `label` at the same place, so the two agree (or it
    ends both `label` and the span missing one of `label`'s characters, and is shorter than the
    span: 日期 in 签日期; a label read whole, 买方姓名, is never taken for 购买方姓名 headless)."""
    (short,) = hit.labels
    offset = hit.start - start
    if hit.end == end and hit.start > start and label.endswith(short):
        return True
    return offset >= 0 and label[offset : offset + len(short)] == short


def _near_all(text: str, labels: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    for label in labels:
        for start, end, guard in _near(text, label):
            opens = start == 0 or text[start - 1] in EDGE
            led = end < len(text) and (text[end] in ":：" or text[end].isdigit())
            if (guard and not opens) or (guard == _OPENS_LED and not led):
                continue
            if len(label) > 3 or start <= 1 or text[start - 1] in EDGE:
                yield start, end, label


# How sure a near span must be of its place (`_near`): anywhere; only where a cell opens; only
# where a cell opens and a colon or a figure follows.
_ANYWHERE, _OPENS, _OPENS_LED = 0, 1, 2


def _near(text: str, label: str) -> Iterator[tuple[int, int, int]]:
    """Spans one substitution away from `label` (3+ characters), or, for 5+ characters, missing one
    inner character (a missing last character would just be a shorter, weaker label). Where a cell
    opens only: a 5+ character label missing its first character (货单位名称 for 销货单位名称, the
    cell's first character lost), and, with a colon or a figure after it, a 4-character one missing
    an inner character (签日期 for 签订日期: three characters are too few to trust in prose)."""
    n = len(label)
    if n < 3:
        return
    for i in range(len(text) - n + 1):
        diffs = [k for k in range(n) if text[i + k] != label[k]]
        if len(diffs) == 1 and _is_cjk(text[i + diffs[0]]) == _is_cjk(label[diffs[0]]):
            yield i, i + n, _ANYWHERE
    if n >= 4:
        shorter = {label[:k] + label[k + 1 :] for k in range(1, n - 1)}
        if n >= 5:
            for i in range(len(text) - n + 2):
                if text[i : i + n - 1] in shorter:
                    yield i, i + n - 1, _ANYWHERE
            shorter, guard = {label[1:]}, _OPENS
        else:
            guard = _OPENS_LED
        for i in range(len(text) - n + 2):
            if text[i : i + n - 1] in shorter:
                yield i, i + n - 1, guard


def differing(a: str, b: str) -> int | None:
    """How many characters `a` and `b` differ in, place by place; None unless they are as long as
    each other."""
    return sum(x != y for x, y in zip(a, b, strict=True)) if len(a) == len(b) else None


def one_apart(a: str, b: str) -> bool:
    """`a` and `b` are as long as each other and differ in exactly one character (a name misread
    in one place: 本国 for 本田, 有服公司 for 有限公司)."""
    return differing(a, b) == 1


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


# A label cut at the photo's edge keeps at least this many of its last characters.
CUT_KEEPS = 3


def cut_label(text: str, labels: Sequence[str]) -> Hit | None:
    """A label whose first characters were cut off with the edge of the photo (票代码 for 发票代码,
    动机号码 for 发动机号码) opening `text`: the longest tail of at least `CUT_KEEPS` characters
    that some label ends with, naming every label that ends so (a tail two fields share names
    both, so neither takes it). Only for a line that starts at the image's left edge."""
    for size in range(max(map(len, labels), default=0) - 1, CUT_KEEPS - 1, -1):
        head = text[:size]
        if len(head) < size:
            continue
        ending = frozenset(label for label in labels if len(label) > size and label.endswith(head))
        if ending:
            return Hit(0, size, ending, False)
    return None
