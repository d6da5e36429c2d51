"""Text that flows down pages: a document family only says what comes next, pages break by themselves.

Stamps are composited at the end with transparency, so they lie over the text like real ink.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from precredit.ocr.synth.draw import INK, RULE, Page
from precredit.ocr.synth.fonts import load_font

A4_W, A4_H = 1000, 1414


@dataclass
class Flow:
    font: str
    rng: random.Random
    width: int = A4_W
    height: int = A4_H
    margin: int = 70
    size: int = 24
    pages: list[Page] = field(default_factory=list)
    stamps: list[tuple[int, float, float, str]] = field(default_factory=list)  # page, cx, cy, text
    y: float = 0.0

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def new_page(self) -> None:
        self.pages.append(Page(self.width, self.height, self.font, self.rng))
        self.y = self.margin + self.rng.randint(-10, 20)

    def room(self, h: float) -> None:
        if self.y + h > self.height - self.margin - 40:
            self.new_page()

    def step(self, size: int | None = None) -> int:
        return int((size or self.size) * self.rng.uniform(1.7, 2.0))

    def title(self, text: str, size: int = 40) -> None:
        self.room(size * 2)
        w = self.page.width_of(text, size)
        self.page.text(self.width / 2 - w / 2 + self.rng.randint(-15, 15), self.y, text, size, INK, 2)
        self.y += size * 2

    def line(
        self, text: str, *, x: float | None = None, right: bool = False, size: int | None = None
    ) -> None:
        s = size or self.size
        self.room(s * 2)
        if right:
            x = self.width - self.margin - self.page.width_of(text, s)
        self.page.text(self.margin if x is None else x, self.y, text, s)
        self.y += self.step(s)

    def pair(self, left: str, right: str) -> None:
        """Two cells on one line, the second at mid-page (two-column forms)."""
        self.room(self.size * 2)
        if self.page.width_of(left, self.size) > self.inner // 2:
            # Too long for its column: the right cell goes on the next line rather than over it.
            self.line(left)
            self.line(right, x=self.margin + self.inner // 2 + 10)
            return
        self.page.text(self.margin, self.y, left, self.size)
        self.page.text(self.margin + self.inner // 2 + 10, self.y, right, self.size)
        self.y += self.step()

    def para(self, text: str, indent: bool = True) -> None:
        lines = self.page.wrap(("\u3000\u3000" if indent else "") + text, self.size, self.inner)
        for ln in lines:
            self.line(ln)

    def table(self, ratios: list[float], rows: list[list[tuple[str, int]]], row_h: int | None = None) -> None:
        widths = [int(self.inner * r / sum(ratios)) for r in ratios]
        h = row_h or int(self.size * 2.5)
        for row in rows:
            self.room(h)
            self.y = self.page.table(self.margin, int(self.y), widths, [row], h, self.size - 1)
        self.y += self.size

    def gap(self, h: float) -> None:
        self.y += h

    def stamp(self, text: str, dx: float = 0.0, dy: float = 0.0) -> None:
        """A red seal centred just above the current line, over whatever text is there."""
        self.stamps.append((len(self.pages) - 1, self.margin + dx, self.y - self.size + dy, text))

    def footer(self, text: str) -> None:
        for i, page in enumerate(self.pages):
            page.draw.line(
                (self.margin, self.height - 70, self.width - self.margin, self.height - 70), RULE, 1
            )
            page.text(self.margin, self.height - 60, text, 18)
            page.text(self.width - self.margin - 90, self.height - 60, f"第{i + 1}页", 18)

    def images(self) -> list[Image.Image]:
        out = []
        for i, page in enumerate(self.pages):
            image = page.image.convert("RGBA")
            for at, cx, cy, text in self.stamps:
                if at == i:
                    image = Image.alpha_composite(image, _seal(image.size, cx, cy, text, self.font))
            out.append(image.convert("RGB"))
        return out


def _seal(size: tuple[int, int], cx: float, cy: float, text: str, font: str) -> Image.Image:
    """A round company seal: ring, star and the name around it, in translucent red."""
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red, r = (215, 35, 35, 150), 80
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=5)
    draw.regular_polygon((cx, cy, 18), 5, fill=red)
    face = load_font(font, 20)
    w = draw.textlength(text, font=face)
    draw.text((cx - w / 2, cy + 25), text, font=face, fill=red)
    return layer
