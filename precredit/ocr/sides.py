"""Is a side of a proposed page outline a real paper edge, and where exactly does that edge run.

Both questions are asked of grey-level profiles across the side (on the blurred "paperness" image
of `outline`): a paper edge is a *sharp* step from brighter paper inside to the darker surface
outside, with no ink on the outer side. Ink lines and text have paper on both sides; a shadow
cast across the page is a step, but a ramp tens of pixels wide.
"""

from __future__ import annotations

import cv2
import numpy as np

STEP = 4.0  # grey levels paper must exceed the surface by, after blurring: noise is ~1 level
SHARP = 0.2  # steepest slope / step: a paper edge spans ~2 px at 640 px, a cast shadow 30 or more
SAMPLES, STRIP = 24, 9  # points tested per side; strips 3-9 px either side of it are compared
REACH = 48  # px a refined side may move, at 640 px: hull errors from speckle and broken rims
NEAR_BEST, NEAR_PX = 0.8, 6  # lines scoring this share of the best are as good; an edge is ~6 px wide


def _profiles(
    image: np.ndarray, start: np.ndarray, end: np.ndarray, centre: np.ndarray, reach: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grey levels across one side at SAMPLES points, from inside to outside, and the outward normal."""
    along = end - start
    normal = np.array([along[1], -along[0]], np.float32) / max(float(np.linalg.norm(along)), 1e-6)
    if np.dot((start + end) / 2 - centre, normal) < 0:
        normal = -normal
    points = start + np.linspace(0.1, 0.9, SAMPLES, dtype=np.float32)[:, None] * along
    offsets = np.arange(-reach - STRIP, reach + STRIP + 1, dtype=np.float32)
    grid = points[:, None, :] + offsets[None, :, None] * normal
    profile = cv2.remap(image, grid[..., 0], grid[..., 1], cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return profile, points, normal


def _steps(profile: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each sample and each offset: is there a sharp paper-to-surface step, and how centred.

    The step compares two strips 3-9 px either side, by median and by maximum, so ink lines and
    text (paper on both sides) do not count; sharpness refuses the gentle ramp of a cast shadow.
    """
    width = STRIP - 2
    strips = np.lib.stride_tricks.sliding_window_view(profile, width, axis=1)
    inside, outside = slice(None, -2 * STRIP + width - 1), slice(2 * STRIP - width + 1, None)
    median, top = np.median(strips, axis=-1), strips.max(axis=-1)
    # Ink only darkens paper, the surface is darker all along: so the brightest points differ too.
    step = np.minimum(median[:, inside] - median[:, outside], top[:, inside] - top[:, outside])
    windows = np.lib.stride_tricks.sliding_window_view(profile, 2 * STRIP + 1, axis=1)
    near = (windows[..., STRIP - 5 : STRIP + 4] - windows[..., STRIP - 3 : STRIP + 6]).max(axis=-1) / 2
    valid = (step > STEP) & (near > SHARP * step)
    centred = (windows[..., STRIP - 1] - windows[..., STRIP + 1]) / 2 / np.maximum(step, 1.0)
    return valid, np.clip(centred, 0.0, 0.5)


def side_support(paper: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Per side, the share of points where a sharp step leads from brighter inside to outside."""
    image, centre = paper.astype(np.float32), quad.mean(axis=0)
    shares = []
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        valid, _ = _steps(_profiles(image, start, end, centre, 0)[0])
        shares.append(float(valid.mean()))
    return np.array(shares)


def _best_ends(
    valid: np.ndarray, centred: np.ndarray, a: np.ndarray, b: np.ndarray, *, outermost: bool
) -> tuple[float, float]:
    """The end offsets (one from `a`, one from `b`) of the line through the most sharp steps.

    With `outermost`, the best line near the outermost one that is nearly as good: the rim is the
    outermost sharp step, and a line nearly as good further in runs through the page (a portrait's
    edge, a bold row of digits), while a line further out runs through nothing.
    """
    u = np.linspace(0.0, 1.0, SAMPLES, dtype=np.float32)
    offset = a[:, None, None] + (b[None, :, None] - a[:, None, None]) * u
    index = np.clip(np.rint(offset).astype(np.intp) + REACH, 0, 2 * REACH)
    k = np.arange(SAMPLES)
    score = (valid[k, index] * (1 + centred[k, index])).sum(axis=-1)
    if outermost:
        good = score >= NEAR_BEST * score.max()
        i, j = np.unravel_index(int(np.argmax(np.where(good, a[:, None] + b[None, :], -np.inf))), score.shape)
        near = (np.abs(a - a[i]) <= NEAR_PX)[:, None] & (np.abs(b - b[j]) <= NEAR_PX)[None, :]
        score = np.where(near, score, -1.0)
    i, j = np.unravel_index(int(np.argmax(score)), score.shape)
    return float(a[i]), float(b[j])


def refine(paper: np.ndarray, quad: np.ndarray) -> np.ndarray | None:
    """Each side moved (both ends independently, up to REACH px) onto the line with the most sharp
    steps along it, and the corners re-cut where the sides meet.

    An edge-map hull overshoots where background speckle touches the rim, stops short where a
    faint stretch of rim broke off, and cuts rounded corners; the side lines are what the page
    really shows. Searched coarse (3 px) then fine (1 px).
    """
    image, centre = paper.astype(np.float32), quad.mean(axis=0)
    coarse = np.arange(-REACH, REACH + 1, 3, dtype=np.float32)
    lines = []
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        profile, points, normal = _profiles(image, start, end, centre, REACH)
        valid, centred = _steps(profile)
        a, b = _best_ends(valid, centred, coarse, coarse, outermost=True)
        a, b = _best_ends(valid, centred, np.arange(a - 2, a + 3), np.arange(b - 2, b + 3), outermost=False)
        ends = np.append(points[0] + a * normal, 1.0), np.append(points[-1] + b * normal, 1.0)
        lines.append(np.cross(*ends))
    corners = []
    for before, after in zip(np.roll(np.array(lines), 1, axis=0), lines, strict=True):
        x, y, w = np.cross(before, after)
        if abs(w) < 1e-9:
            return None
        corners.append((x / w, y / w))
    return np.array(corners, np.float32)
