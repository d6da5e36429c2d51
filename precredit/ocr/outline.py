"""Finds the four corners of the document in a photo, or says there is no trustworthy outline.

Two finders propose quadrilaterals on a 640 px copy. Paper colour (bright and unsaturated against
a darker or coloured surface) answers at once when each side of its quad checks out. Otherwise
edges propose more (Canny at a ladder of thresholds on the same "paperness" image, the largest
contours, their convex hulls cut to four corners): on white, grey and beige desks paper is only a
few grey levels brighter than the desk, and a global threshold follows the light instead. Each
proposal's sides are snapped onto the page's real edges (`sides.refine`); the best-checked wins.

Every proposal must look like a page before it is used, because a wrong quad is worse than none:
the warp would crop text or stretch it, while the no-outline path (deskew the whole frame) still
reads a page that fills most of it. A page is convex, near-rectangular, of plausible size and
aspect ratio, and each of its sides is a *sharp* step from brighter paper inside to the surface
outside along most of its length. Sharpness matters: a soft shadow across a page is a step too,
and a colour threshold happily cuts a page along it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import cv2
import numpy as np

from precredit.ocr.sides import refine, side_support

WORK_SIDE = 640  # outline detection needs no detail; a small copy keeps it a few milliseconds
MIN_AREA, MAX_AREA = 0.08, 0.97  # share of the frame: smaller is unreadable, larger is a scan
# In a frame of many pixels a smaller share is readable still (two sheets side by side on a desk
# photographed at 24 megapixels: each is 6% of the frame and 1,400 px wide): where no outline is
# found, one READABLE pixels large at least (and SMALLEST of the frame) is looked for.
READABLE = 500_000
SMALLEST = 0.02
ASPECT_TOLERANCE = 1.3  # perspective and tilt change the apparent width/height by well under this
MAX_COS = 0.45  # corners between 63 and 117 degrees: a page seen at a modest slant
ACCEPT, CERTAIN = 0.55, 0.9  # share of a side's samples that must show the step
HULLS = 3  # largest edge structures tried per Canny threshold
CANNY_LOW = (12, 24, 48)  # a ladder: faint rims on plain desks, then less speckle on grainy ones


def _order(quad: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    s, d = quad.sum(axis=1), np.diff(quad, axis=1).ravel()
    return np.array(
        [quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]], np.float32
    )


def _paperness(small: np.ndarray) -> np.ndarray:
    """Bright and grey: value minus saturation, so coloured tables and cloth rank below paper."""
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    return cv2.GaussianBlur(cv2.subtract(hsv[..., 2], hsv[..., 1]), (5, 5), 0)


def _four_corners(hull: np.ndarray) -> np.ndarray | None:
    """The hull cut to four corners: the largest quadrilateral on its main vertices.

    Rounded card corners and a clipped corner make the simplified hull 5-8 points, where asking
    approxPolyDP for exactly four would drop a real corner.
    """
    points = cv2.approxPolyDP(hull, 0.01 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(points) < 4 or len(points) > 12:
        return None
    best = max(combinations(range(len(points)), 4), key=lambda idx: cv2.contourArea(points[list(idx)]))
    return points[list(best)].astype(np.float32)


def _by_colour(paper: np.ndarray) -> np.ndarray | None:
    _, mask = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(quad) != 4:
        quad = cv2.boxPoints(cv2.minAreaRect(hull))
    return quad.astype(np.float32)


def _by_edges(paper: np.ndarray, low: int, least: float) -> list[np.ndarray]:
    """Quads around the largest edge structures: the page's rim joined with its text.

    Nested contours count too: a placemat, a tray or the frame's own border may ring the page.
    """
    edges = cv2.Canny(paper, low, int(2.5 * low), L2gradient=True)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    min_area = least * paper.shape[0] * paper.shape[1]
    hulls = sorted((cv2.convexHull(c) for c in contours), key=cv2.contourArea, reverse=True)
    kept: list[np.ndarray] = []
    for hull in hulls:
        if len(kept) == HULLS or cv2.contourArea(hull) < min_area:
            break
        box = np.array(cv2.boundingRect(hull))
        # A dilated rim gives two contours, its outer and inner side: one is enough.
        if all(np.abs(box - cv2.boundingRect(k)).max() > 6 for k in kept):
            kept.append(hull)
    quads = []
    for hull in kept:
        # The hull's corners, and its rotated bounding box for when a faint stretch of rim left a
        # corner cut off the hull; refinement then snaps either onto the real sides.
        quads += [_four_corners(hull), cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32)]
    return [q for q in quads if q is not None]


def _score(paper: np.ndarray, quad: np.ndarray, aspect: float | None, least: float = MIN_AREA) -> float:
    """Lowest side support of a page-like quad; 0 for anything that cannot be the page."""
    frame = paper.shape[0] * paper.shape[1]
    area = cv2.contourArea(quad)
    if not least * frame <= area <= MAX_AREA * frame or not cv2.isContourConvex(quad.astype(np.int32)):
        return 0.0
    vectors = np.roll(quad, -1, axis=0) - quad
    sides = np.linalg.norm(vectors, axis=1)
    cosines = (vectors * np.roll(vectors, 1, axis=0)).sum(axis=1) / (sides * np.roll(sides, 1) + 1e-6)
    if np.abs(cosines).max() > MAX_COS:
        return 0.0
    if aspect is not None:
        seen = (sides[0] + sides[2]) / (sides[1] + sides[3])  # ordered quad: top+bottom / left+right
        if abs(np.log(seen / aspect)) > np.log(ASPECT_TOLERANCE):
            return 0.0
    return float(side_support(paper, quad).min())


def _proposals(paper: np.ndarray, colour: np.ndarray | None, least: float) -> Iterator[list[np.ndarray]]:
    """Batches of quads, lazily: edge quads per Canny threshold, most sensitive first, then colour."""
    for low in CANNY_LOW:
        yield [_order(q) for q in _by_edges(paper, low, least)]
    if colour is not None:
        yield [colour]


def find_outline(bgr: np.ndarray, *, aspect: float | None = None) -> np.ndarray | None:
    """Corners of the document in `bgr` coordinates (TL, TR, BR, BL), or None when there is no
    outline to trust. `aspect` is the document's width/height, when the kind is known."""
    return find_outlines(bgr, aspect=aspect)[0]


def find_outlines(
    bgr: np.ndarray, *, aspect: float | None = None, turned: bool = False
) -> tuple[np.ndarray | None, bool]:
    """`find_outline`, and with `turned` the same search also judging quads by the kind's shape
    turned a quarter (a page lying across the frame), taken only when none has the shape itself:
    (corners, whether they are of the turned shape).

    A page darker than what it lies on (a phone's screen in dark mode, a dim page on a white desk)
    has no bright rim: when no outline is found, the same search runs on the inverted image, where
    it is the brighter one."""
    scale = WORK_SIDE / float(max(bgr.shape[:2]))
    small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    paper = _paperness(small)
    aspects = (aspect,) if aspect is None or not turned else (aspect, 1 / aspect)
    found, which = _find(paper, aspects)
    if aspect is not None and found is not None and which == 0:
        # A page longer than its kind's shape (a stitched app screenshot, a slip) has an outline
        # of that shape only cut across it, along a card's or a band's edge: where an outline of
        # any shape lies along the same two sides and reaches further, the page spans both.
        free, _ = _find(paper, (None,))
        page = None if free is None else _continued(found, free, paper)
        found = found if page is None else page
    if found is None:
        # A dark page is most often a screen, shaped like the phone showing the document, not
        # like the document: its aspect is not asked.
        dark, _ = _find(255 - paper, (None,))
        # Only a page that is darker as a whole than its surround, not a ruled box on a white
        # page (a table, a form's frame), whose rules make a rim in the inverted image too.
        found, which = (dark, 0) if dark is not None and _darker_inside(paper, dark) else (None, 0)
    if found is None and (least := max(SMALLEST, READABLE / (bgr.shape[0] * bgr.shape[1]))) < MIN_AREA:
        found, which = _find(paper, aspects, least)
    return (None if found is None else found / scale), which == 1


LONGER_BY = 1.25  # the page's area over the cut outline's
SHARED = 0.02  # a corner this share of the work side off a side's line is on it


def _on_line(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> bool:
    d = b - a
    n = np.array([-d[1], d[0]]) / (np.linalg.norm(d) + 1e-6)
    return bool(np.all(np.abs((points - a) @ n) <= SHARED * WORK_SIDE))


def _continued(cut: np.ndarray, free: np.ndarray, paper: np.ndarray) -> np.ndarray | None:
    """The page that `cut` (an outline of the kind's shape) is part of, when `free` (an outline
    of any shape) lies along the same two opposite sides: both span the page between those sides,
    and along them the page runs as far as either reaches at each end (a screenshot's status bar
    above where `free` starts, its last card below where `cut` was cut off). None when they do not
    share two sides, or the page so made is not much larger than `cut` or its sides do not check
    out."""
    # Ordered quads: TL, TR, BR, BL; side k runs from corner k to corner k + 1 (0 is the top).
    for a, b in ((1, 3), (0, 2)):
        if not all(_on_line(cut[[k, (k + 1) % 4]], free[k], free[(k + 1) % 4]) for k in (a, b)):
            continue
        # The two other sides: each taken from the quad reaching further out on it.
        ends = (0, 2) if a == 1 else (3, 1)
        centre = free.mean(axis=0)
        page = cut.copy()
        for k in ends:
            i, j = k, (k + 1) % 4
            mine, theirs = cut[[i, j]].mean(axis=0), free[[i, j]].mean(axis=0)
            if np.linalg.norm(theirs - centre) > np.linalg.norm(mine - centre):
                page[[i, j]] = free[[i, j]]
        if cv2.contourArea(page) >= LONGER_BY * cv2.contourArea(cut) and _score(paper, page, None) >= ACCEPT:
            return page
    return None


DARKER_BY = 40  # grey levels of "paperness" a dark page's inside is below its surround's


def _darker_inside(paper: np.ndarray, quad: np.ndarray) -> bool:
    inside = np.zeros(paper.shape, np.uint8)
    cv2.fillPoly(inside, [quad.astype(np.int32)], 1)
    if inside.all() or not inside.any():
        return False
    return float(paper[inside == 0].mean()) - float(paper[inside == 1].mean()) >= DARKER_BY


def _find(
    paper: np.ndarray, aspects: tuple[float | None, ...], least: float = MIN_AREA
) -> tuple[np.ndarray | None, int]:
    """The best outline by the first of `aspects` it fits, and the index of that aspect: a quad of
    the first shape beats any of the next, whatever their scores; `least` of the frame at least."""
    colour = _by_colour(paper)
    if colour is not None:
        colour = _order(colour)
        if _score(paper, colour, aspects[0], least) >= CERTAIN:
            return colour, 0
    best: list[tuple[np.ndarray | None, float]] = [(None, ACCEPT) for _ in aspects]
    tried: list[np.ndarray] = []
    for batch in _proposals(paper, colour, least):
        for quad in batch:
            # The same rim is found at several thresholds; refining it again would change nothing.
            if any(np.abs(quad - other).max() < 3 for other in tried):
                continue
            tried.append(quad)
            candidate = refine(paper, quad)
            if candidate is None:
                continue
            for k, aspect in enumerate(aspects):
                score = _score(paper, candidate, aspect, least)
                if score > best[k][1]:
                    best[k] = (candidate, score)
            if best[0][0] is not None and best[0][1] >= CERTAIN:
                return best[0][0], 0
        if best[0][0] is not None:
            break  # a less sensitive threshold sees less of the same page
    for k, (kept, _) in enumerate(best):
        if kept is not None:
            return kept, k
    return None, 0
