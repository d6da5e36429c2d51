"""Compares a selfie with a reference portrait: align with ORB + RANSAC, then correlate.

Why this shape: correlation alone is defeated by pose and framing, and feature matches alone are
fooled by faces that share a layout (every face has two eyes above a mouth). Aligning first and
then correlating the face area, both as shading and as fine texture, needs both to agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from precredit.integrations.faces import Image

_MIN_INLIERS = 10


@dataclass(frozen=True)
class FaceComparison:
    similarity: float
    inliers: int
    shading_ncc: float
    texture_ncc: float


def _equalised(image: Image) -> NDArray[Any]:
    """Local contrast equalisation, so keypoints survive dim or washed-out selfies."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4)).apply(gray)


def _ncc(a: NDArray[Any], b: NDArray[Any], mask: NDArray[Any]) -> float:
    x, y = a[mask], b[mask]
    x = x - x.mean()
    y = y - y.mean()
    denom = float(np.sqrt((x * x).sum() * (y * y).sum()))
    return float((x * y).sum() / denom) if denom > 1e-6 else 0.0


def _subject_area(reference: Image) -> NDArray[Any]:
    """The head in an ID photo: whatever differs from the plain background, above the shoulders.

    ID photos are taken against a plain backdrop, so the corners give its colour; comparing only
    the subject keeps the selfie's background out of the score.
    """
    h = reference.shape[0]
    corners = np.concatenate([reference[:8, :8], reference[:8, -8:]]).reshape(-1, 3)
    backdrop = np.median(corners, axis=0)
    distance = np.linalg.norm(reference.astype(np.float32) - backdrop, axis=2)
    subject = (distance > 30).astype(np.uint8)
    subject = cv2.erode(subject, np.ones((7, 7), np.uint8))
    subject[int(h * 0.8) :] = 0
    return subject > 0


def _align(reference: NDArray[Any], probe: NDArray[Any]) -> tuple[NDArray[Any] | None, int]:
    """The similarity transform taking the probe onto the reference, with its RANSAC inlier count."""
    orb = cv2.ORB.create(nfeatures=1500, scaleFactor=1.15, nlevels=8, edgeThreshold=15, fastThreshold=12)
    kp_r, des_r = orb.detectAndCompute(reference, None)
    kp_p, des_p = orb.detectAndCompute(probe, None)
    if des_r is None or des_p is None or len(kp_r) < 4 or len(kp_p) < 4:
        return None, 0
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(des_p, des_r, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    if len(good) < _MIN_INLIERS:
        return None, len(good)
    src = np.array([kp_p[m.queryIdx].pt for m in good], dtype=np.float32)
    dst = np.array([kp_r[m.trainIdx].pt for m in good], dtype=np.float32)
    matrix, inlier_mask = cv2.estimateAffinePartial2D(
        src, dst, method=cv2.RANSAC, ransacReprojThreshold=3.0, maxIters=4000, confidence=0.995
    )
    inliers = int(inlier_mask.sum()) if inlier_mask is not None else 0
    if matrix is None or inliers < _MIN_INLIERS:
        return None, inliers
    scale = float(np.hypot(matrix[0, 0], matrix[1, 0]))
    if not 0.4 < scale < 2.5:
        return None, inliers
    return matrix, inliers


def compare_faces(reference: Image, probe: Image) -> FaceComparison:
    """Similarity in [0, 1] of the probe's face to the reference portrait's face."""
    matrix, inliers = _align(_equalised(reference), _equalised(probe))
    if matrix is None:
        return FaceComparison(similarity=0.0, inliers=inliers, shading_ncc=0.0, texture_ncc=0.0)
    h, w = reference.shape[:2]
    a = cv2.cvtColor(reference, cv2.COLOR_BGR2GRAY).astype(np.float32)
    b = cv2.warpAffine(cv2.cvtColor(probe, cv2.COLOR_BGR2GRAY), matrix, (w, h)).astype(np.float32)
    mask = _subject_area(reference)
    shading = _ncc(cv2.GaussianBlur(a, (0, 0), 2), cv2.GaussianBlur(b, (0, 0), 2), mask)
    texture = _ncc(_band(a), _band(b), mask)
    # Two different faces still share a layout, so a handful of inliers and a high shading score
    # are cheap; many inliers and correlated fine texture are not. Weights calibrated on 20 persons.
    support = min(1.0, max(0.0, (inliers - 15) / 60))
    similarity = max(0.0, 0.2 * shading + 0.5 * texture + 0.3 * support)
    return FaceComparison(
        similarity=round(min(1.0, similarity), 4), inliers=inliers, shading_ncc=shading, texture_ncc=texture
    )


def _band(image: NDArray[Any]) -> NDArray[Any]:
    """Fine structure without pixel noise: difference of Gaussians (σ 1 and 3)."""
    return cv2.GaussianBlur(image, (0, 0), 1.0) - cv2.GaussianBlur(image, (0, 0), 3.0)
