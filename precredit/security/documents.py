"""Rendering the documents buyers sign (authorisation letter, loan contract) to bytes.

A PDF with an embedded CJK font when one is installed, else a plain UTF-8 text document. Output is
deterministic (reportlab's invariant mode: no timestamps or random ids), so the same content always
gives the same bytes and the same hash, which makes signatures and audit entries reproducible.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

# (path, subfont index): WenQuanYi ships with Debian's fonts-wqy-zenhei / fonts-wqy-microhei.
FONT_CANDIDATES: tuple[tuple[Path, int], ...] = (
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
)
_FONT_NAME = "precredit-cjk"


def render_document(
    title: str, lines: list[str], *, fonts: Sequence[tuple[Path, int]] = FONT_CANDIDATES
) -> bytes:
    """PDF with the first installed font of `fonts`, else plain text (same content, still signable)."""
    found = next(((p, i) for p, i in fonts if p.exists()), None)
    try:
        import reportlab  # noqa: F401
    except ImportError:
        found = None
    return _render_pdf(title, lines, found) if found else render_text(title, lines)


def render_text(title: str, lines: list[str]) -> bytes:
    return ("\n".join([title, "=" * 40, *lines]) + "\n").encode()


def _render_pdf(title: str, lines: list[str], font: tuple[Path, int]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    path, index = font
    if _FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT_NAME, str(path), subfontIndex=index))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    width, height = A4
    margin, size, leading = 56.0, 11.0, 17.0
    y = height - margin
    canvas.setFont(_FONT_NAME, 16)
    canvas.drawString(margin, y, title)
    y -= 2 * leading
    canvas.setFont(_FONT_NAME, size)
    for line in lines:
        for chunk in _wrap(line, lambda s: pdfmetrics.stringWidth(s, _FONT_NAME, size), width - 2 * margin):
            if y < margin:
                canvas.showPage()
                canvas.setFont(_FONT_NAME, size)
                y = height - margin
            canvas.drawString(margin, y, chunk)
            y -= leading
    canvas.save()
    return buffer.getvalue()


def _wrap(text: str, measure, max_width: float) -> list[str]:  # type: ignore[no-untyped-def]
    """Character-wise wrapping: Chinese has no spaces to break on."""
    out, current = [], ""
    for ch in text:
        if current and measure(current + ch) > max_width:
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return out
