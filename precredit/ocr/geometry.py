"""Warps the document flat, so the reader sees an upright, frontal page.

The outline comes from `outline.find_outline` (paper colour, else edges, each checked). When
there is none to trust (a flat scan, a page filling the frame) the image is only deskewed.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from precredit.ocr.outline import find_outlines


def skew_angle(bgr: np.ndarray, limit: float = 6.0) -> float:
    """Degrees to rotate so text rows are horizontal: the angle whose ink profile has the sharpest rows.

    Used when the page fills the frame and has no outline to warp by; table rows tilted by even
    two degrees put a label and its value out of line.
    """
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    scale = 500 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10).astype(
        np.float32
    )
    h, w = ink.shape

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        rows = cv2.warpAffine(ink, m, (w, h)).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=sharpness)
    return float(max(np.arange(best - 0.4, best + 0.41, 0.1), key=sharpness))


def _rotate(bgr: np.ndarray, angle: float) -> np.ndarray:
    h, w = bgr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(bgr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def levelled(bgr: np.ndarray, angle: float) -> np.ndarray:
    """`bgr` turned by `angle` degrees (a line's slant, from `lines.Line`) so its text runs level,
    on a canvas grown to hold every corner, the new corners filled with the page's middle tone."""
    h, w = bgr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    out_w, out_h = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    m[0, 2] += out_w / 2 - w / 2
    m[1, 2] += out_h / 2 - h / 2
    fill = tuple(float(c) for c in np.median(bgr.reshape(-1, bgr.shape[2]), axis=0))
    return cv2.warpAffine(
        bgr, m, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )


def fit_width(bgr: np.ndarray, width: int) -> np.ndarray:
    """`bgr` scaled to `width` pixels wide, its aspect kept (area-averaged down, cubic up)."""
    scale = width / bgr.shape[1]
    if scale == 1:
        return bgr
    return cv2.resize(
        bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    )


def deskew(bgr: np.ndarray) -> np.ndarray:
    """`bgr` rotated so its text rows are horizontal (unchanged when they nearly are)."""
    angle = skew_angle(bgr)
    return _rotate(bgr, angle) if abs(angle) >= 0.3 else bgr


@dataclass(frozen=True)
class Flat:
    page: np.ndarray
    outlined: bool  # cut out by an outline (False: the whole frame, only deskewed)
    # ...by an outline of the kind's shape turned a quarter: the page lying across the frame, if
    # its text runs down it (`reader` checks); a band or box of another shape on it, if not.
    turned: bool = False
    quad: np.ndarray | None = None  # the outline's corners in the photo (TL, TR, BR, BL)


def straighten(
    bgr: np.ndarray, target_width: int, *, aspect: float | None = None, outline: bool = True
) -> Flat:
    """The document warped to a frontal rectangle `target_width` wide (aspect ratio kept).

    `aspect` (width/height of the kind of document, if known) lets implausible outlines be refused;
    an outline of that shape turned a quarter is taken when no other is found, and said so.
    `outline=False` skips the search, for a second reading when the outline found held no document.
    """
    quad, turned = find_outlines(bgr, aspect=aspect, turned=True) if outline else (None, False)
    if quad is None:
        return Flat(fit_width(deskew(bgr), target_width), False)
    return Flat(_warp(bgr, quad, target_width, 0.0), True, turned, quad)


def _warp(bgr: np.ndarray, quad: np.ndarray, target_width: int, margin: float) -> np.ndarray:
    """The page inside `quad` made frontal, `target_width` wide, with `margin` of its width and
    height more of the same plane on every side."""
    tl, tr, br, bl = quad
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    out_w, out_h = target_width, max(1, round(target_width * height / width))
    dx, dy = round(margin * out_w), round(margin * out_h)
    dst = np.array(
        [[dx, dy], [dx + out_w - 1, dy], [dx + out_w - 1, dy + out_h - 1], [dx, dy + out_h - 1]], np.float32
    )
    m = cv2.getPerspectiveTransform(quad, dst)
    size = (out_w + 2 * dx, out_h + 2 * dy)
    if not margin:
        return cv2.warpPerspective(bgr, m, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    # Beyond the photo's edge is nothing: white, not the edge's pixels smeared into streaks.
    return cv2.warpPerspective(
        bgr, m, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255)
    )


def widened(bgr: np.ndarray, flat: Flat, target_width: int, margin: float) -> np.ndarray | None:
    """The outlined page of `flat` with `margin` of its size around it on the same plane (the
    print's scale kept: `target_width` is the page's own width), or None without an outline.

    An outline can stop where a page's colour does: a header printed white on a dark band is not
    paper-coloured, so the paper's outline runs along the band's edge and leaves it out."""
    if flat.quad is None:
        return None
    return _warp(bgr, flat.quad, target_width, margin)
