"""Characters that look alike in a font: the lie a careful impostor would tell about a name.

A declared name that differs from the printed one in a character that looks like it (翯 for 鬻,
闫 for 同) is the hardest lie for `claim_fit`, because the recogniser hesitates between such
characters for the same reason a person does. `ocr-bench --claims` measures it with the most
similar character by its pixels, found here without any list: every GB 2312 character and every
character of the name is drawn in the document's font, and the nearest by the overlap of their
slightly blurred ink is taken.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from precredit.ocr.synth.fonts import load_font

SIZE = 40  # pixels per glyph cell


@cache
def _gb2312() -> str:
    """The 6,763 hanzi of GB 2312 (rows 16-87), in code order."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(out)


def _glyph(char: str, font: str) -> np.ndarray:
    image = Image.new("L", (SIZE, SIZE), 0)
    draw = ImageDraw.Draw(image)
    face = load_font(font, SIZE - 8)
    left, top, right, bottom = draw.textbbox((0, 0), char, font=face)
    draw.text(
        ((SIZE - (right - left)) / 2 - left, (SIZE - (bottom - top)) / 2 - top), char, font=face, fill=255
    )
    vec = np.asarray(image.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32).ravel()
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


@cache
def _glyphs(font: str) -> tuple[str, np.ndarray]:
    chars = _gb2312()
    return chars, np.stack([_glyph(c, font) for c in chars])


def most_alike(char: str, font: str) -> str:
    """The GB 2312 character other than `char` whose drawing in `font` overlaps it most."""
    chars, table = _glyphs(font)
    sims = table @ _glyph(char, font)
    for i in np.argsort(-sims):
        if chars[i] != char:
            return chars[int(i)]
    raise ValueError("no other character")
