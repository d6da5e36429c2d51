"""A small drawing surface shared by the layouts: text by top-left corner, boxes, ruled tables."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from precredit.ocr.synth.fonts import load_font

INK = (20, 20, 24)
LABEL_BLUE = (40, 90, 150)
RULE = (150, 110, 80)


@dataclass
class Page:
    """A page with one font family: layouts only choose positions, sizes and colours."""

    width: int
    height: int
    font: str
    rng: random.Random
    background: tuple[int, int, int] = (252, 251, 247)
    image: Image.Image = field(init=False)
    draw: ImageDraw.ImageDraw = field(init=False)

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (self.width, self.height), self.background)
        self.draw = ImageDraw.Draw(self.image)

    def text(
        self, x: float, y: float, s: str, size: int, fill: tuple[int, int, int] = INK, spacing: int = 0
    ) -> int:
        """Draws `s` and returns the x just after it; `spacing` spreads characters like card labels."""
        font = load_font(self.font, size)
        if not spacing:
            self.draw.text((x, y), s, font=font, fill=fill)
            return int(x + self.draw.textlength(s, font=font))
        for ch in s:
            self.draw.text((x, y), ch, font=font, fill=fill)
            x += self.draw.textlength(ch, font=font) + spacing
        return int(x - spacing)

    def width_of(self, s: str, size: int) -> float:
        return float(self.draw.textlength(s, font=load_font(self.font, size)))

    def fit(self, s: str, size: int, max_width: float, smallest: int = 12) -> int:
        """The largest size from `size` down to `smallest` at which `s` is no wider than `max_width`
        (`smallest` if it is wider even there)."""
        while size > smallest and self.width_of(s, size) > max_width:
            size -= 1
        return size

    def wrap(self, s: str, size: int, max_width: float, *, words: bool = False) -> list[str]:
        """`s` in lines no wider than `max_width`, broken between any two characters; `words`: as a
        reading app reflows text, a run of letters and digits only whole."""
        lines, current = [], ""
        for piece in re.findall(r"[A-Za-z0-9.,¥]+|.", s) if words else s:
            if current and self.width_of(current + piece, size) > max_width:
                lines.append(current)
                current = ""
            current += piece
        return [*lines, current] if current else lines

    def table(
        self, x: int, y: int, widths: list[int], rows: list[list[tuple[str, int]]], row_h: int, size: int
    ) -> int:
        """Ruled table; each row is (text, span) cells over `widths`; returns the y below it."""
        total = sum(widths)
        for row in rows:
            self.draw.rectangle((x, y, x + total, y + row_h), outline=RULE, width=2)
            col, cx = 0, x
            for text, span in row:
                w = sum(widths[col : col + span])
                self.draw.line((cx, y, cx, y + row_h), fill=RULE, width=2)
                fsize = self.fit(text, size, w - 12)
                self.text(cx + 6 + self.rng.randint(0, 4), y + (row_h - fsize) // 2 - 2, text, fsize)
                cx += w
                col += span
            y += row_h
        return y
