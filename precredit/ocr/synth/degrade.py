"""Turns a flat rendering into a phone photo: background, perspective, tilt, light and shadow, blur,
shake, sensor noise, resolution and JPEG artefacts."""

from __future__ import annotations

import random

import cv2
import numpy as np


def _background(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A desk-like surface darker than paper, with low-frequency texture so edges are not trivial."""
    base = np.array(
        rng.choice(((70, 90, 120), (60, 60, 65), (110, 120, 130), (40, 70, 50), (95, 80, 75))), np.float32
    )
    small = (
        np.random.default_rng(rng.randrange(2**32))
        .normal(0, 18, (h // 32 + 2, w // 32 + 2, 1))
        .astype(np.float32)
    )
    texture = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    return np.clip(base[None, None, :] + texture, 0, 255).astype(np.float32)


def photograph(rgb: np.ndarray, rng: random.Random) -> bytes:
    """Returns JPEG bytes of the document photographed on a desk."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    h, w = rgb.shape[:2]
    margin = int(max(h, w) * rng.uniform(0.06, 0.12))
    ch, cw = h + 2 * margin, w + 2 * margin
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    jitter = max(h, w) * 0.025
    dst = np.array(
        [
            [x + margin + rng.uniform(-jitter, jitter), y + margin + rng.uniform(-jitter, jitter)]
            for x, y in src
        ],
        np.float32,
    )
    angle = rng.uniform(-5.0, 5.0)
    rot = cv2.getRotationMatrix2D((cw / 2, ch / 2), angle, rng.uniform(0.94, 1.0))
    dst = cv2.transform(dst[None], rot)[0].astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    warped = cv2.warpPerspective(bgr, m, (cw, ch), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))[..., None]
    img = warped * mask + _background(ch, cw, rng) * (1 - mask)
    # Uneven light: a linear gradient times a soft vignette around a random spot.
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.22) * (gx * (xx / cw - 0.5) + gy * (yy / ch - 0.5))
    cx, cy = rng.uniform(0, cw), rng.uniform(0, ch)
    light *= 1 - rng.uniform(0.05, 0.18) * (((xx - cx) / cw) ** 2 + ((yy - cy) / ch) ** 2)
    if rng.random() < 0.35:
        # A soft shadow (hand, phone) across part of the page.
        angle_s, offset = rng.uniform(0, np.pi), rng.uniform(-0.3, 0.3)
        side = (xx / cw - 0.5) * np.cos(angle_s) + (yy / ch - 0.5) * np.sin(angle_s) - offset
        light *= 1 - rng.uniform(0.15, 0.3) / (1 + np.exp(-side * 40))
    img *= light[..., None]
    img = np.asarray(cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 1.4)), np.float32)
    if rng.random() < 0.25:
        # Hand shake: a short linear motion blur.
        size = rng.randint(3, 5)
        kernel = np.zeros((size, size), np.float32)
        kernel[size // 2, :] = 1 / size
        rot_k = cv2.getRotationMatrix2D((size / 2 - 0.5, size / 2 - 0.5), rng.uniform(0, 180), 1.0)
        tilted = np.asarray(cv2.warpAffine(kernel, rot_k, (size, size)), np.float32)
        tilted /= max(float(tilted.sum()), 1e-6)
        img = np.asarray(cv2.filter2D(img, -1, tilted), np.float32)
    img += nrng.normal(0, rng.uniform(2, 7), img.shape).astype(np.float32)
    # Phones differ in resolution: the reader must not depend on one pixel scale.
    zoom = rng.uniform(0.8, 1.3)
    img = np.asarray(cv2.resize(img, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA), np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(50, 85)])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()
