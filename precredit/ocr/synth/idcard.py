"""Both sides of the second-generation resident ID card (居民身份证), with seeded layout offsets."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from precredit.ocr.synth.draw import INK, LABEL_BLUE, Page

CARD_W, CARD_H = 1000, 630


def _card(font: str, rng: random.Random) -> Page:
    """A pale guilloché-like background: OCR must cope with texture behind the text."""
    tint = rng.choice(((246, 248, 244), (244, 246, 250), (250, 247, 240)))
    page = Page(CARD_W, CARD_H, font, rng, background=tint)
    xs = np.arange(CARD_W)
    for k in range(0, CARD_H, 36):
        phase, amp = rng.uniform(0, 6.3), rng.uniform(6, 14)
        ys = k + amp * np.sin(xs / rng.uniform(40, 90) + phase)
        page.draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=(222, 230, 236), width=1)
    return page


def _portrait(page: Page, box: tuple[int, int, int, int], portrait: bytes | None) -> None:
    x0, y0, x1, y1 = box
    if portrait is not None:
        photo = Image.open(io.BytesIO(portrait)).convert("RGB").resize((x1 - x0, y1 - y0))
        page.image.paste(photo, (x0, y0))
        return
    # Neutral placeholder silhouette: keeps the photo area's visual weight without a real face.
    g = ImageDraw.Draw(page.image)
    cx, w, h = (x0 + x1) // 2, x1 - x0, y1 - y0
    g.ellipse((cx - w * 0.22, y0 + h * 0.15, cx + w * 0.22, y0 + h * 0.55), fill=(200, 204, 210))
    g.ellipse((cx - w * 0.45, y0 + h * 0.6, cx + w * 0.45, y1 + h * 0.35), fill=(200, 204, 210))
    page.image.paste(page.image.crop(box).filter(ImageFilter.GaussianBlur(1)), box[:2])


def _cn_date(iso: str, rng: random.Random) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    return f"{y}  年  {m}  月  {d}  日" if rng.random() < 0.5 else f"{y}年{m}月{d}日"


def render_front(
    fields: dict[str, str], font: str, rng: random.Random, portrait: bytes | None
) -> Image.Image:
    page = _card(font, rng)
    lx, top = rng.randint(50, 95), rng.randint(45, 80)
    gap, lsize, vsize = rng.randint(64, 76), rng.randint(25, 29), rng.randint(29, 34)
    spacing = rng.choice((0, 4, 8))
    vx = lx + rng.randint(95, 120) + spacing
    photo_x = rng.randint(640, 680)
    _portrait(page, (photo_x, top + rng.randint(20, 50), photo_x + 270, top + 380), portrait)

    def row(i: int) -> int:
        return top + i * gap

    page.text(lx, row(0) + 3, "姓名", lsize, LABEL_BLUE, spacing)
    page.text(vx, row(0), fields["name"], vsize + 2)
    page.text(lx, row(1) + 3, "性别", lsize, LABEL_BLUE, spacing)
    page.text(vx, row(1), fields["sex"], vsize)
    ex = vx + rng.randint(110, 160)
    page.text(ex, row(1) + 3, "民族", lsize, LABEL_BLUE, spacing)
    page.text(ex + rng.randint(85, 105) + spacing, row(1), fields["ethnicity"], vsize)
    page.text(lx, row(2) + 3, "出生", lsize, LABEL_BLUE, spacing)
    page.text(vx, row(2), _cn_date(fields["birth_date"], rng), vsize)
    page.text(lx, row(3) + 3, "住址", lsize, LABEL_BLUE, spacing)
    lines = page.wrap(fields["address"], vsize, photo_x - vx - 20)
    for i, line in enumerate(lines):
        page.text(vx, row(3) + i * int(vsize * 1.35), line, vsize)
    id_y = max(row(3) + len(lines) * int(vsize * 1.35) + 40, CARD_H - rng.randint(95, 120))
    page.text(lx, id_y + 6, "公民身份号码", lsize, LABEL_BLUE, spacing // 2)
    page.text(lx + rng.randint(210, 250), id_y, fields["id_number"], vsize + 4, INK, rng.choice((1, 3, 5)))
    return page.image


def _dotted(iso: str) -> str:
    return iso if iso == "长期" else iso.replace("-", ".")


def render_back(fields: dict[str, str], font: str, rng: random.Random) -> Image.Image:
    page = _card(font, rng)
    ex, ey, r = rng.randint(60, 100), rng.randint(45, 75), rng.randint(70, 85)
    page.draw.ellipse((ex, ey, ex + 2 * r, ey + 2 * r), outline=(200, 40, 40), width=6)
    page.draw.regular_polygon((ex + r, ey + r, r // 2), 5, fill=(210, 170, 40))
    tx = ex + 2 * r + rng.randint(50, 90)
    page.text(tx, ey + 10, "中华人民共和国", rng.randint(42, 48), INK, rng.choice((4, 8)))
    page.text(
        tx + rng.randint(0, 40), ey + 10 + rng.randint(70, 90), "居民身份证", rng.randint(56, 64), INK, 10
    )
    lx, lsize, vsize = rng.randint(140, 220), rng.randint(25, 29), rng.randint(28, 33)
    y1 = CARD_H - rng.randint(170, 200)
    y2 = y1 + rng.randint(70, 85)
    vx = lx + rng.randint(130, 160)
    page.text(lx, y1 + 3, "签发机关", lsize, LABEL_BLUE)
    page.text(vx, y1, fields["issuing_authority"], vsize)
    page.text(lx, y2 + 3, "有效期限", lsize, LABEL_BLUE)
    page.text(vx, y2, f"{_dotted(fields['valid_from'])}-{_dotted(fields['valid_to'])}", vsize)
    return page.image
