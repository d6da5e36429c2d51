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
from dataclasses import dataclass

from precredit.ocr.lines import Line, normalize
from precredit.ocr.match import EDGE, Hit, find_labels

# A note in brackets right after a label (车架号（VIN）, 出卖人（以下简称甲方）, 第一受益人（贷款机构）,
# 单价（元）) belongs to the label: the value starts after it.
_NOTE = re.compile(r"\([^()]{1,12}\)")
# A label's English gloss (合同号 Contract No., 保险费 Premium): words with a lower-case letter or
# more than one word, no digits; a value that starts with letters (VIN, GC2023…) has digits or is
# one upper-case word.
_GLOSS = re.compile(r"\s*(?:[A-Za-z][A-Za-z.'&/-]*\s+)*[A-Za-z][A-Za-z.'&/-]*\.?[:：]?(?=\s|$|[^A-Za-z0-9])")
# A role word heading a block of its own fields (卖方信息, 买方基本情况): the values are underneath.
_HEADING = frozenset(("信息", "基本信息", "情况", "基本情况", "资料"))
# Fields labelled generically inside such a block (名称：…, 姓名：…): the label is not the value.
_GENERIC = re.compile(r"^(?:名称|姓名|全称|户名)[:：]?")


def _is_gloss(text: str) -> bool:
    words = text.strip(" :：.").split()
    return bool(words) and (len(words) > 1 or any(c.islower() for c in words[0]))


@dataclass(frozen=True)
class Candidate:
    text: str
    conf: float
    line: Line
    x: float  # where the value starts, for finding its continuation lines
    start: int = 0  # where the value starts in line.text (after its label, on the label's line)
    exact: bool = True  # led to by a label read exactly, not by one with a misread character


class Layout:
    def __init__(self, lines: Iterable[Line], labels: Iterable[str]) -> None:
        norm = (Line(normalize(ln.text), ln.x0, ln.y0, ln.x1, ln.y1, ln.conf) for ln in lines)
        self.lines = sorted((ln for ln in norm if ln.text), key=lambda ln: (ln.cy, ln.x0))
        self.labels = sorted(set(labels), key=len, reverse=True)
        self._hits: dict[Line, list[Hit]] = {}

    def hits(self, line: Line) -> list[Hit]:
        """Label hits in the line by position, never overlapping; found once per line."""
        if line not in self._hits:
            self._hits[line] = find_labels(line.text, self.labels)
        return self._hits[line]

    def is_label(self, line: Line) -> bool:
        return any(h.start <= 1 for h in self.hits(line))

    def _cut(self, line: Line, start: int) -> str:
        """Text from `start` up to the next label, without edge punctuation."""
        ends = [h.start for h in self.hits(line) if h.start >= start]
        return line.text[start : min(ends, default=len(line.text))].strip(EDGE)

    def next_line(self, line: Line) -> Line | None:
        """The line a wrapped sentence continues on: the leftmost one directly below."""
        below = [o for o in self.lines if 0 <= o.y0 - line.y1 <= 0.9 * line.height and o.cy > line.y1]
        return min(below, key=lambda o: o.x0, default=None)

    def right_of(self, line: Line) -> Line | None:
        # Boxes pad their text, so a value cell may start a little left of where its label ends.
        row = [
            o
            for o in self.lines
            if o is not line
            and o.same_row(line)
            and o.x0 >= line.x1 - line.height
            and o.x0 + o.x1 > 2 * line.x1
        ]
        row.sort(key=lambda o: o.x0)
        return row[0] if row and not self.is_label(row[0]) else None

    def under(self, line: Line) -> Line | None:
        """The next line down across the label's columns: a value set below its label, or in the
        row under a header row (a table row is up to about three text lines high)."""
        below = [
            o
            for o in self.lines
            if o.cy > line.y1 and o.y0 - line.y1 <= 2 * line.height and o.x0 < line.x1 and o.x1 > line.x0
        ]
        if not below:
            return None
        # In the nearest row, the text most squarely under the label: two cells read as one line
        # (a VIN joined to the date beside it) reach under the next header too, but less of it.
        top = min(o.y0 for o in below)
        row = [o for o in below if o.y0 <= top + 0.5 * line.height]

        def squarely(o: Line) -> tuple[float, float]:
            overlap = min(o.x1, line.x1) - max(o.x0, line.x0)
            narrower = min(o.x1 - o.x0, line.x1 - line.x0) or 1.0
            return overlap / narrower, -abs(o.x0 + o.x1 - line.x0 - line.x1)

        first = max(row, key=squarely)
        return None if self.is_label(first) else first

    def after(self, *labels: str) -> list[Candidate]:
        """Values for any of `labels`, best first: labels starting a line before labels inside prose,
        exact labels before misread ones, the line underneath last."""
        wanted = set(labels)
        out: list[tuple[float, Candidate]] = []
        for line in self.lines:
            for hit in self.hits(line):
                if not hit.labels <= wanted:
                    continue
                rank = 2 * (hit.start > 1) + (not hit.exact)
                at = note.end() if (note := _NOTE.match(line.text, hit.end)) else hit.end
                if (gloss := _GLOSS.match(line.text, at)) and _is_gloss(gloss.group(0)):
                    at = gloss.end()
                rest = self._cut(line, at)
                if rest in _HEADING:
                    rest = ""
                # Prose wraps anywhere: a value that runs to the end of its line may go on at the
                # start of the next (车架号LDCRJN1 / Y7LV830421…), and a label that ends a line
                # inside a sentence (…向卖方 / 长沙远航汽车…) has its value there.
                ends_line = not any(h.start >= at for h in self.hits(line))
                nxt = self.next_line(line) if ends_line and hit.start > 1 else None
                if rest:
                    start = len(line.text) - len(line.text[at:].lstrip(EDGE))
                    x = line.x0 + (line.x1 - line.x0) * start / len(line.text)
                    out.append((rank, Candidate(rest, line.conf, line, x, start, hit.exact)))
                    if nxt is not None and (more := self._cut(nxt, 0)):
                        joined = Candidate(rest + more, min(line.conf, nxt.conf), line, x, start, hit.exact)
                        out.append((rank + 0.5, joined))
                elif nxt is not None and (more := self._cut(nxt, 0)):
                    out.append(
                        (rank + 0.5, Candidate(more, min(line.conf, nxt.conf), nxt, nxt.x0, exact=hit.exact))
                    )
                # Also the next cell: the rest of the line may be a misread part of a long label.
                right = self.right_of(line)
                if right is not None and (text := _GENERIC.sub("", self._cut(right, 0))):
                    out.append(
                        (rank, Candidate(text, min(line.conf, right.conf), right, right.x0, exact=hit.exact))
                    )
                # And the line underneath, last: a value under its label, or under a header row
                # whose next header cell (数量, 单价) the lexicon does not know.
                if not rest and hit.start <= 1 and (below := self.under(line)) is not None:
                    if text := _GENERIC.sub("", self._cut(below, 0)):
                        out.append(
                            (4, Candidate(text, min(line.conf, below.conf), below, below.x0, exact=hit.exact))
                        )
        return [c for _, c in sorted(out, key=lambda pair: pair[0])]

    def below(self, cand: Candidate, max_lines: int = 3) -> list[Line]:
        """Lines continuing a wrapped value (addresses): left-aligned with it, directly underneath."""
        found: list[Line] = []
        prev = cand.line
        for line in self.lines:
            if len(found) == max_lines:
                break
            gap = line.y0 - prev.y1
            if line.cy <= prev.y1 or gap > 0.9 * prev.height:
                continue
            if self.is_label(line):
                break
            if abs(line.x0 - cand.x) > 1.5 * prev.height:
                continue
            found.append(line)
            prev = line
        return found

    def matching(self, pattern: re.Pattern[str]) -> list[Candidate]:
        """Lines anywhere on the page matching `pattern`: a fallback for self-describing values (ID numbers)."""
        return [
            Candidate(m.group(0), ln.conf, ln, ln.x0) for ln in self.lines if (m := pattern.search(ln.text))
        ]
