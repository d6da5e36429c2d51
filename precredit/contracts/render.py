"""Legal's template (Jinja2 over a small line markup) to a PDF with empty signature fields.

The markup keeps templates editable by people who do not write code: "# " title, "## " section,
"| a | b |" table rows (the first row of a table is its header), "[[signature:FIELD|caption]]" a
signature field, blank lines between paragraphs. Output is deterministic (reportlab's invariant
mode), so the same terms give the same bytes before anyone signs.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

# (path, subfont index): Debian's fonts-wqy-zenhei / fonts-wqy-microhei / fonts-noto-cjk, which
# bootstrap installs; without any, reportlab's built-in CID font STSong-Light is used.
FONT_CANDIDATES: tuple[tuple[Path, int], ...] = (
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
)
TEMPLATES = Path(__file__).resolve().parent / "templates"
_FONT = "precredit-contract"
_SIGNATURE = re.compile(r"^\[\[signature:([A-Za-z][A-Za-z0-9]*)\|(.*)\]\]$")
SIGNATURE_BOX = (220.0, 64.0)  # points: wide enough for pyHanko's default stamp text


@dataclass(frozen=True)
class SignatureBox:
    """Where an empty signature field goes: page index (0-based) and (x1, y1, x2, y2) in points."""

    field: str
    page: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    signature_boxes: list[SignatureBox]


def render_markup(kind: str, context: dict[str, Any], *, templates: Path = TEMPLATES) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,  # a variable legal misspells fails loudly, not as a blank
        autoescape=False,  # the output is our markup, not HTML
        keep_trailing_newline=True,
    )
    return env.get_template(f"{kind}.md.j2").render(**context)


def render_pdf(markup: str, *, title: str) -> RenderedDocument:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    font = _register_font()
    boxes: list[SignatureBox] = []
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=True, title=title, leftMargin=50, rightMargin=50,
        topMargin=50, bottomMargin=50,
    )  # fmt: skip
    doc.build(_flowables(markup, font, boxes, doc.width))
    return RenderedDocument(pdf=buffer.getvalue(), signature_boxes=boxes)


def _flowables(markup: str, font: str, boxes: list[SignatureBox], width: float) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK", spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=22, alignment=1, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    out: list[Any] = []
    table: list[list[str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Paragraph(_escape(" ".join(paragraph)), body))
            paragraph.clear()
        if table:
            out.append(_table(table, cell, width))
            table.clear()

    for raw in markup.splitlines():
        line = raw.strip()
        if line.startswith("|") and line.endswith("|"):
            if paragraph:
                flush()
            table.append([c.strip() for c in line[1:-1].split("|")])
            continue
        if table:
            flush()
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            out.append(Paragraph(_escape(line[3:]), h2))
        elif line.startswith("# "):
            flush()
            out.append(Paragraph(_escape(line[2:]), h1))
        elif match := _SIGNATURE.match(line):
            flush()
            out.append(Paragraph(_escape(match.group(2)), body))
            out.append(_SignatureSpace(match.group(1), boxes))
            out.append(Spacer(1, 8))
        else:
            paragraph.append(line)
    flush()
    return out


def _table(rows: list[list[str]], style: Any, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    columns = max(len(r) for r in rows)
    data = [[Paragraph(_escape(c), style) for c in r + [""] * (columns - len(r))] for r in rows]
    table = Table(data, colWidths=[width / columns] * columns, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _SignatureSpace(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Reserves the box of a signature field and records where it landed on which page."""

    def __init__(self, field: str, boxes: list[SignatureBox]) -> None:
        super().__init__()
        self.field, self.boxes = field, boxes

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return SIGNATURE_BOX

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        w, h = SIGNATURE_BOX
        self.canv.setStrokeGray(0.6)
        self.canv.setDash(2, 2)
        self.canv.rect(0, 0, w, h)
        page = self.canv.getPageNumber() - 1
        self.boxes.append(SignatureBox(self.field, page, (int(x), int(y), int(x + w), int(y + h))))


@cache
def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    for path, index in FONT_CANDIDATES:
        if path.exists():
            pdfmetrics.registerFont(TTFont(_FONT, str(path), subfontIndex=index))
            return _FONT
    # Without an installed CJK font, reportlab's built-in CID font still renders Chinese (the
    # reader supplies the glyphs).
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"
