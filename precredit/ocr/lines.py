"""The engine-neutral result of text detection: one recognised line with its box and score."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from precredit.ocr.traditional import simplify


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def same_row(self, other: Line) -> bool:
        """Vertical overlap of at least half the shorter line: cells of one table row, label and value."""
        overlap = min(self.y1, other.y1) - max(self.y0, other.y0)
        return overlap >= 0.5 * min(self.height, other.height)


def normalize(text: str) -> str:
    """NFKC folds full-width digits, letters and punctuation; spaces carry no meaning in Chinese text;
    a traditional form the recogniser returned is folded to the simplified one printed."""
    return simplify("".join(unicodedata.normalize("NFKC", text).split()).replace("￥", "¥"))
