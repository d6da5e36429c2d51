"""Turns a page photographed sideways or upside down upright, judged by what the recogniser finds.

A phone held sideways with no orientation tag to undo it (or a page laid on the desk the other
way) gives an image whose text runs top to bottom. The detector still finds the text, in tall
narrow boxes, and the recogniser reads them as nonsense; nothing a layout rule can recover. Such a
page is turned a quarter each way and read again, and of the turns whose text then runs across,
the one whose lines read surest is kept (RapidOCR turns a tall box before reading it, so the
sideways page itself can read as surely, but in columns).
A page upside down has wide boxes, but the recogniser is unsure of nearly every character in
them (about 0.65 on average, against 0.93 or more on upright pages, even faxed or far ones): a
page read that unsurely is read again turned half way round, and the surer reading kept.
A card has too few lines to be called sideways by their count: read unsurely with text in tall
boxes, it is also read turned a quarter each way, and the reading as it is competes with those.
A page photographed by a front camera is mirrored, its print reversed: read as it is or turned
half round it reads as unsurely as upside down, so while no turn reads surely the page is read
flipped left to right and top to bottom as well, in the same competition; not where a few of its
lines read surely as it is (reversed print never does).
An upright page read surely costs nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import cv2
import numpy as np

from precredit.ocr.geometry import deskew, fit_width
from precredit.ocr.lines import Line

# A box this many times taller than wide holds text running downward (a Chinese character is
# about square, so two side by side are twice as wide as tall, and two one above the other the
# reverse).
TALL = 1.5
# The page is sideways when at least this share of the text (by box area, boxes of two or more
# characters) is in tall boxes, and there are at least MIN_TALL of them: a vertical label or a
# seal's words on an upright page are a small share.
SIDEWAYS_SHARE = 0.5
MIN_TALL = 4
# Below this confidence per character (averaged over the page) the page may be upside down.
UNSURE_PAGE = 0.8
# Not cv2 rotation codes: the page flipped left to right (a front camera's mirror image) and top
# to bottom (that image turned half round).
MIRRORED = -1
MIRRORED_TURNED = -2
# Reversed print never reads surely: a page as it is with SURE_LINES lines of SURE_CHARS
# characters or more read at SURE_CONF at least is not mirrored, however unsurely the rest reads
# (a thin sheet photographed against the light: its back's print showing through reversed, a page
# of it, under the front's few lines).
SURE_LINES = 3
SURE_CHARS = 6
SURE_CONF = 0.95


def _tall(ln: Line) -> bool:
    """A box of two or more characters running downward."""
    w, h = ln.x1 - ln.x0, ln.y1 - ln.y0
    return len(ln.text) >= 2 and w > 0 and h >= TALL * w


def sideways(lines: Sequence[Line]) -> bool:
    """Whether the text on a page runs down it rather than across."""
    tall = total = 0.0
    count = 0
    for ln in lines:
        w, h = ln.x1 - ln.x0, ln.y1 - ln.y0
        if len(ln.text) < 2 or w <= 0 or h <= 0:
            continue
        total += w * h
        if _tall(ln):
            tall += w * h
            count += 1
    return count >= MIN_TALL and tall >= SIDEWAYS_SHARE * total


def mean_confidence(lines: Sequence[Line]) -> float:
    """Confidence per character over the page (1.0 for a page with no text: nothing to turn)."""
    chars = sum(len(ln.text) for ln in lines)
    return sum(len(ln.text) * ln.conf for ln in lines) / chars if chars else 1.0


def evidence(lines: Sequence[Line]) -> float:
    """How much text a reading found and how surely: characters weighted by confidence squared, so
    many unsure characters (text read in the wrong direction) count for less than fewer sure ones."""
    return sum(len(ln.text) * ln.conf**2 for ln in lines)


def upright(
    page: np.ndarray, read: Callable[[np.ndarray], list[Line]], width: int
) -> tuple[np.ndarray, list[Line]]:
    """`page` and the lines `read` (the recogniser) finds on it or, when its text runs downward or
    reads too unsurely, the page turned the way that reads best (scaled to `width`) and its lines."""
    lines = read(page)
    turns: tuple[int, ...]
    if across := not sideways(lines):
        if mean_confidence(lines) >= UNSURE_PAGE:
            return page, lines
        turns = (cv2.ROTATE_180,)
        # A card has too few lines to be called sideways (MIN_TALL): read unsurely with some of
        # its text in tall boxes, it may lie a quarter-turn round, its label and value read as
        # one downward box. The quarter turns compete with the reading as it is.
        if any(_tall(ln) for ln in lines):
            turns += (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)
    else:
        turns = (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)
    # A sideways reading is never kept over a turn whose text runs across: the recogniser turns a
    # tall box before reading it, so such a page can read as surely as upright, in columns.
    best, best_lines, best_score = page, lines, evidence(lines) if across else -1.0
    if across and sum(len(ln.text) >= SURE_CHARS and ln.conf >= SURE_CONF for ln in lines) < SURE_LINES:
        # Mirrored print reads unsurely every way it is turned: tried only while nothing reads
        # surely (below), so an upside-down page costs no more.
        turns += (MIRRORED, MIRRORED_TURNED)
    for turn in turns:
        if turn in (MIRRORED, MIRRORED_TURNED):
            if mean_confidence(best_lines) >= UNSURE_PAGE:
                break
            # A mirror image is as level as the page: flipped, not deskewed again.
            turned = np.ascontiguousarray(page[:, ::-1] if turn == MIRRORED else page[::-1])
        else:
            # A page with no outline was deskewed by its text before anyone knew it ran
            # downward: by its rows again, now that they run across.
            turned = fit_width(deskew(cv2.rotate(page, turn)), width)
        found = read(turned)
        if not sideways(found) and (score := evidence(found)) > best_score:
            best, best_lines, best_score = turned, found, score
    return best, best_lines
