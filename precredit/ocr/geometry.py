"""Finds the document in a photo and warps it flat, so the reader sees an upright, frontal page.

Paper is brighter and less saturated than the surfaces it is photographed on; the largest such
region that looks like a quadrilateral is the document. When no clear outline is found (a flat
scan, a white table) the image is used as it is: the OCR engines tolerate small tilts.
"""

from __future__ import annotations

import cv2
import numpy as np

WORK_SIDE = 640  # outline detection needs no detail; a small copy keeps it a few milliseconds


def _order(quad: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    s, d = quad.sum(axis=1), np.diff(quad, axis=1).ravel()
    return np.array(
        [quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]], np.float32
    )


def find_outline(bgr: np.ndarray) -> np.ndarray | None:
    """Corners of the document in `bgr` coordinates, or None when the page fills the frame."""
    scale = WORK_SIDE / max(bgr.shape[:2])
    small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    # Paper: bright and grey. Subtracting saturation keeps coloured tables and cloth out.
    paper = cv2.GaussianBlur(cv2.subtract(hsv[..., 2], hsv[..., 1]), (5, 5), 0)
    _, mask = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    area, frame = cv2.contourArea(contour), small.shape[0] * small.shape[1]
    if area < 0.2 * frame or area > 0.97 * frame:
        return None
    hull = cv2.convexHull(contour)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(quad) != 4:
        quad = cv2.boxPoints(cv2.minAreaRect(hull))
    return _order(quad.astype(np.float32) / scale)


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


def straighten(bgr: np.ndarray, target_width: int) -> np.ndarray:
    """The document warped to a frontal rectangle `target_width` wide (aspect ratio kept)."""
    quad = find_outline(bgr)
    if quad is None:
        angle = skew_angle(bgr)
        if abs(angle) >= 0.3:
            bgr = _rotate(bgr, angle)
        scale = target_width / bgr.shape[1]
        return cv2.resize(
            bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        )
    tl, tr, br, bl = quad
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    out_w, out_h = target_width, max(1, round(target_width * height / width))
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(quad, dst)
    return cv2.warpPerspective(bgr, m, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
