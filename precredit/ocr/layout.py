"""Reads values by their labels: text after the label on its line, else the next cell to the right.

Nothing depends on pixel positions, only on the geometry between a label and its value, so any
layout offset, font or page size works. Label hits inside a longer label (保险人 in 被保险人) are
ignored, and a value is cut where the next label starts (性别男民族汉 -> 男).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from precredit.ocr.lines import Line, normalize

_EDGE = ":;,.、()[]|丨_-—'\"“”‘’`·*<>《》=~"


@dataclass(frozen=True)
class Candidate:
    text: str
    conf: float
    line: Line
    x: float  # where the value starts, for finding its continuation lines


class Layout:
    def __init__(self, lines: Iterable[Line], labels: Iterable[str]) -> None:
        norm = (Line(normalize(ln.text), ln.x0, ln.y0, ln.x1, ln.y1, ln.conf) for ln in lines)
        self.lines = sorted((ln for ln in norm if ln.text), key=lambda ln: (ln.cy, ln.x0))
        self.labels = sorted(set(labels), key=len, reverse=True)

    def hits(self, line: Line) -> list[tuple[int, int, str]]:
        """(start, end, label) of each label in the line, longest first, never overlapping."""
        found: list[tuple[int, int, str]] = []
        for label in self.labels:
            for m in re.finditer(re.escape(label), line.text):
                if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                    found.append((m.start(), m.end(), label))
        misread = None if any(s <= 1 for s, _, _ in found) else self._misread_label(line.text)
        if misread and all(len(misread) <= s for s, _, _ in found):
            found.append((0, len(misread), misread))
        return sorted(found)

    def _misread_label(self, text: str) -> str | None:
        """A label of 4+ characters opening the line with one character misread (合网编号 -> 合同编号);
        ambiguous when two labels are that close (发票号码/发票代码 are two apart, so they stay exact)."""
        close = [
            label
            for label in self.labels
            if len(label) >= 4
            and sum(a != b for a, b in zip(text, label, strict=False)) == 1
            and len(text) >= len(label)
        ]
        return close[0] if len(close) == 1 else None

    def is_label(self, line: Line) -> bool:
        return any(start <= 1 for start, _, _ in self.hits(line))

    def _cut(self, line: Line, start: int) -> str:
        """Text from `start` up to the next label, without edge punctuation."""
        ends = [s for s, _, _ in self.hits(line) if s >= start]
        return line.text[start : min(ends, default=len(line.text))].strip(_EDGE)

    def right_of(self, line: Line) -> Line | None:
        row = [
            o
            for o in self.lines
            if o is not line and o.same_row(line) and o.x0 >= line.x1 - 0.5 * line.height
        ]
        row.sort(key=lambda o: o.x0)
        return row[0] if row and not self.is_label(row[0]) else None

    def after(self, *labels: str) -> list[Candidate]:
        """Values for any of `labels`, best first: labels starting a line before labels inside prose."""
        out: list[tuple[int, Candidate]] = []
        for line in self.lines:
            for start, end, label in self.hits(line):
                if label not in labels:
                    continue
                rest = self._cut(line, end)
                if rest:
                    x = line.x0 + (line.x1 - line.x0) * (
                        len(line.text) - len(line.text[end:].lstrip(_EDGE))
                    ) / len(line.text)
                    out.append((start, Candidate(rest, line.conf, line, x)))
                # Also the next cell: the rest of the line may be a misread part of a long label.
                if (right := self.right_of(line)) is not None and (text := self._cut(right, 0)):
                    out.append((start, Candidate(text, min(line.conf, right.conf), right, right.x0)))
        return [c for _, c in sorted(out, key=lambda pair: pair[0] > 1)]

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
