"""A second reading of the fields that failed their check or came back unsure.

The page OCR reads every line once, at one scale. A misread character in a value (a VIN whose
check digit then fails) or a value the detector skipped is sometimes read right when its region
alone is read again: cropped with a margin, enlarged, with shading divided out, or with coloured
ink (a signature across it, a seal) painted out. Often it is not (田伟 comes back 国伟 at every
scale: the blur is in the pixels), hence the strict acceptance.
The re-read lines replace the page's lines in that region and the kind's reader runs again, so
labels, cut-offs and cross-checks are exactly those of the first reading.

A re-read value is taken only when an independent check vouches for it (checksum, check digit,
大写 = 小写), or, for values no check can confirm, when the engine is clearly surer of it than of
the first reading; otherwise the first result stands, a None with its warning included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

import cv2
import numpy as np

from precredit.ocr import validate as v
from precredit.ocr.engines import Engine, flat_light
from precredit.ocr.extract import Labels, Result
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line

# A re-read value without an independent check must score at least this, and this much more than
# the first reading: a second opinion that is merely different is not better.
SURE = 0.9
MARGIN = 0.1
# A vouched value below this strength was repaired to pass its check; a re-read replaces it only
# with a value that two re-reads agree on and that passes unrepaired.
REPAIRED = 0.85


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, line: Line) -> bool:
        """The line's centre is inside: the line was (or is) the text in this region."""
        cx = (line.x0 + line.x1) / 2
        return self.x0 <= cx <= self.x1 and self.y0 <= line.cy <= self.y1


def _as_is(crop: np.ndarray) -> np.ndarray:
    return crop


def _enlarged(crop: np.ndarray) -> np.ndarray:
    return cv2.resize(crop, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)


def _evened(crop: np.ndarray) -> np.ndarray:
    """Shading and low contrast divided out, then enlarged: what a glare or a shadow hid."""
    flat = flat_light(cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY))
    return _enlarged(cv2.cvtColor(flat, cv2.COLOR_GRAY2BGR))


# How much more coloured (brightest channel less darkest, 0-255) than the region's paper a pixel
# must be to be coloured ink: print and the paper it is on are grey, a pen's blue or a seal's red is
# not, even blurred into the paper at a stroke's edge.
INK_CHROMA = 25


def _inkless(crop: np.ndarray) -> np.ndarray:
    """Coloured ink (a pen signature written across the value, a seal's red) painted over in the
    paper's colour, with the pale rim a photo blurs round each stroke: the grey print under and
    beside it is what is left to read. Print in colour goes too, and that view then reads nothing,
    which outvotes nothing."""
    wide = crop.astype(np.int16)
    chroma = wide.max(axis=2) - wide.min(axis=2)
    ink = (chroma > int(np.median(chroma)) + INK_CHROMA).astype(np.uint8)
    if not ink.any():
        return crop
    ink = cv2.dilate(ink, np.ones((3, 3), np.uint8), iterations=2) > 0
    if ink.all():
        return crop
    out = crop.copy()
    out[ink] = np.percentile(crop[~ink], 90, axis=0).astype(crop.dtype)
    return out


def _inkless_enlarged(crop: np.ndarray) -> np.ndarray:
    return cv2.resize(_inkless(crop), None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)


# Each a differently scaled, binarised or inked view of the region: its misreads are mostly its
# own. There are two views without coloured ink, so a value only they read can be agreed on: a
# value under a signature is read by them alone, and less surely than print alone (the pen's
# strokes leave gaps in it), so their agreement at INKLESS_SURE, surer than the first reading by
# MARGIN, is enough.
VARIANTS: tuple[tuple[float, Callable[[np.ndarray], np.ndarray]], ...] = (
    (1.0, _as_is),
    (2.0, _enlarged),
    (2.0, _evened),
    (1.0, _inkless),
    (1.5, _inkless_enlarged),
)
INKLESS = tuple(i for i, (_, view) in enumerate(VARIANTS) if view in (_inkless, _inkless_enlarged))
INKLESS_SURE = 0.8


def reread_box(engine: Engine, page: np.ndarray, box: Box, variant: int = 0) -> list[Line]:
    """Lines read again from `box` of the page (page coordinates), those centred inside it only:
    the margin around the crop shows bits of neighbouring cells, which are not read again."""
    scale, prepare = VARIANTS[variant]
    h, w = page.shape[:2]
    pad_y, pad_x = 0.35 * (box.y1 - box.y0), 0.6 * (box.y1 - box.y0)
    x0, y0 = max(0, int(box.x0 - pad_x)), max(0, int(box.y0 - pad_y))
    x1, y1 = min(w, int(box.x1 + pad_x + 1)), min(h, int(box.y1 + pad_y + 1))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    lines = [
        Line(ln.text, x0 + ln.x0 / scale, y0 + ln.y0 / scale, x0 + ln.x1 / scale, y0 + ln.y1 / scale, ln.conf)
        for ln in engine.read(prepare(page[y0:y1, x0:x1]))
    ]
    return [ln for ln in lines if box.holds(ln)]


@dataclass(frozen=True)
class Region:
    """Where a value is read again. `line` is the first reading's line holding the value (None for a
    value never read); `prefix`, the label text before the value on that line, is kept as read, so
    only the value itself is cropped and the reader still finds its label."""

    box: Box
    line: Line | None = None
    prefix: str = ""
    run: bool = False  # the value's line is followed along its row by more of it (`_run_end`)

    def replace(self, fresh: list[Line]) -> list[Line]:
        if not fresh:
            return [] if self.line is None else [self.line]
        if self.line is None or not self.prefix:
            return fresh
        first = min(fresh, key=lambda ln: ln.x0)
        joined = Line(
            self.prefix + first.text,
            self.line.x0,
            min(self.line.y0, first.y0),
            first.x1,
            max(self.line.y1, first.y1),
            first.conf,
        )
        return [joined, *(ln for ln in fresh if ln is not first)]


def _empty_cell(layout: Layout, label: Line, width: float) -> Region:
    """Where a value left unread would be: right of its label, up to the next cell on the row."""
    row = [o.x0 for o in layout.lines if o is not label and o.same_row(label) and o.x0 > label.x1]
    end = min([*row, label.x1 + 12 * label.height, width])
    return Region(Box(label.x1, label.y0, end, label.y1))


# A value printed into boxes (a comb, 年 月 日 时 cells) comes back as a run of short pieces along
# its row, with gaps where the detector missed a box or several: pieces of at most `RUN_PIECE`
# letters, digits, date units or separators, each at most `RUN_GAP` of their height from the one
# before (a line longer than a piece: at most one height), are read again with it as one region.
# A word (the next cell's label) ends the run.
RUN_PIECE = 12
RUN_GAP = 10.0
_PIECE = re.compile(r"[A-Za-z0-9年月日时:.\-/]+")


def _run_end(layout: Layout, line: Line) -> Line:
    """The last of the short pieces that follow `line` along its row (`line` itself when none does)."""
    after = sorted(
        (o for o in layout.lines if o is not line and o.same_row(line) and o.x0 > line.x1 - line.height),
        key=lambda o: o.x0,
    )
    last = line
    for piece in after:
        gap, h = piece.x0 - last.x1, max(piece.height, last.height)
        if (
            len(piece.text) > RUN_PIECE
            or not _PIECE.fullmatch(piece.text)
            or gap > RUN_GAP * h
            # A whole value read in one line (a VIN, then the engine number in the next column)
            # goes on only where the next piece touches it.
            or (len(last.text) > RUN_PIECE and gap > h)
        ):
            break
        last = piece
    return last


def regions(layout: Layout, labels: tuple[str, ...], width: float) -> list[Region]:
    """Where `labels`' value was read (its two best candidates, each with the run of short pieces
    that goes on along its row), or the empty cell beside a label whose value was not read at all."""
    cands = layout.after(*labels)
    if cands:
        out = []
        for c in cands[:2]:
            end = _run_end(layout, c.line)
            y0, y1 = min(c.line.y0, end.y0), max(c.line.y1, end.y1)
            x0 = c.x
            if end is not c.line and c.start == 0:
                # A run's first boxes may be missing too: it is read from where its label ends.
                x0 = max(
                    (
                        o.x1
                        for o in layout.lines
                        if o is not c.line and o.same_row(c.line) and o.x1 <= c.x + 2
                    ),
                    default=c.x,
                )
            box = Box(min(x0, c.x), y0, end.x1, y1)
            out.append(Region(box, c.line, c.line.text[: c.start], run=end is not c.line))
        return out
    wanted = set(labels)
    found = []
    for line in layout.lines:
        for hit in layout.hits(line):
            if hit.labels <= wanted and not line.text[hit.end :].strip("：:"):
                found.append(_empty_cell(layout, line, width))
    return found[:2]


def _doubtful(checked: v.Checked, conf: float, unsure: float) -> bool:
    """Failed, unsure and unchecked, or passing its check only after a repair (a VIN with one
    character changed until the check digit fits is a guess when two were misread)."""
    if checked.value is None:
        return True
    return checked.strength < REPAIRED if checked.vouched else conf < unsure


def agreed(
    first: tuple[v.Checked, float],
    rereads: list[tuple[v.Checked, float]],
    *,
    cut: bool = False,
    surely: float = SURE,
) -> tuple[v.Checked, float] | None:
    """The re-read to take instead of `first`, if any: one value that two re-reads agree on, and that
    an independent check vouches for, or else that both read surely (at `surely` at least) and
    surer than the first time, or (`cut`: the first reading stopped where more of the value went on
    along its row) both read surely and holding the first reading and more.

    One re-read alone is not enough: a blurred VIN read with two wrong characters still passes its
    check digit one time in eleven, and a second, differently scaled reading rarely repeats the
    same two mistakes. Two vouched values that differ mean the page cannot tell: nothing is taken.
    """
    was, was_conf = first
    if was.vouched:
        rereads = [(c, conf) for c, conf in rereads if c.vouched and c.strength >= REPAIRED]
    votes: dict[str, list[tuple[v.Checked, float]]] = {}
    for checked, conf in rereads:
        if checked.value is not None:
            votes.setdefault(checked.value, []).append((checked, conf))
    vouched = [value for value, seen in votes.items() if any(c.vouched for c, _ in seen)]
    if len(vouched) > 1:
        return None
    for value, seen in votes.items():
        if len(seen) < 2 or value == was.value:
            continue
        # The two surest readings of it: a third, less sure view agreeing takes nothing away.
        sure = sorted(conf for _, conf in seen)[-2]
        longer = cut and was.value is not None and was.value in value and len(value) > len(was.value)
        if vouched == [value] or (
            not vouched and sure >= (surely if longer else max(surely, was_conf + MARGIN))
        ):
            return max(seen, key=lambda pair: pair[1])
    return None


def second_chance(
    found: Result,
    *,
    layout: Layout,
    page: np.ndarray,
    engine: Engine,
    read: Callable[[Layout, Labels], Result],
    labels: Labels,
    sources: dict[str, tuple[str, ...]],
) -> Result:
    """`found` with doubtful fields replaced by agreed re-reads (see `agreed`).

    `sources` names, per field, the label keys of `labels` whose values it is read from.
    """

    @cache  # asked for a code's run, then for its regions again when it is read again
    def of(name: str) -> list[Region]:
        keys = sources.get(name, (name,))
        return [r for key in keys for r in regions(layout, labels.get(key, ()), page.shape[1])]

    # Read again: the doubtful, and codes whose first reading stopped where a run of more of it
    # went on along the row (a comb whose boxes the detector returned in pieces). A name or a
    # company followed by a phone number is no such run.
    cut = {
        name
        for name, (checked, _) in found.items()
        if checked.value is not None
        and not checked.vouched
        and _PIECE.fullmatch(checked.value)
        and any(r.run for r in of(name))
    }
    todo = [
        name
        for name, (checked, conf) in found.items()
        if _doubtful(checked, conf, engine.unsure) or name in cut
    ]
    where: list[Region] = []
    for name in todo:
        for region in of(name):
            if region.line is None or all(region.line is not r.line for r in where):
                where.append(region)
    where = where[: engine.reread_regions]
    if not where:
        return found
    # The region's own line and the pieces of its run are read again; nothing else is.
    kept = [ln for ln in layout.lines if not any(ln is r.line or r.box.holds(ln) for r in where)]
    readings = [
        read(
            Layout(
                kept + [ln for r in where for ln in r.replace(reread_box(engine, page, r.box, variant))],
                layout.labels,
            ),
            labels,
        )
        for variant in range(len(VARIANTS))
    ]
    out = dict(found)
    for name in todo:
        if name in cut:
            # Without coloured ink a form's coloured rules go too, and the cells either side of
            # one read as one run: those views say nothing of where a code's run ends.
            plain = [again[name] for i, again in enumerate(readings) if i not in INKLESS]
            chosen = agreed(found[name], plain, cut=True)
        else:
            chosen = agreed(found[name], [again[name] for again in readings]) or agreed(
                found[name], [readings[i][name] for i in INKLESS], surely=INKLESS_SURE
            )
        if chosen is None:
            continue
        checked, conf = chosen
        # Says how the first reading fell short, never what it read: warnings are stored and shown
        # unsealed, and a misread name is still a name.
        was = found[name][0]
        how = "failed its check" if was.value is None else "was repaired" if was.vouched else "was unsure"
        note = f"{name}: value from a re-read of its region (the first reading {how})"
        out[name] = (
            replace(checked, warnings=[*checked.warnings, note]),
            conf,
        )
    return out
