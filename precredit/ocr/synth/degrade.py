"""Turns a flat rendering into a phone photo: background, perspective, tilt, light and shadow, blur,
shake, sensor noise, resolution and JPEG artefacts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

Background = Literal["dark", "light"]

# BGR. Dark: desks, car seats, cloth. Light: white and near-white desks, light-grey tables, beige
# sofas, all close enough to paper that a global brightness threshold cannot separate them.
DARK = ((70, 90, 120), (60, 60, 65), (110, 120, 130), (40, 70, 50), (95, 80, 75))
LIGHT = ((232, 234, 236), (222, 224, 226), (206, 208, 210), (192, 196, 198), (182, 204, 222), (198, 214, 228))
LIGHT_SHARE = 0.3


@dataclass(frozen=True)
class Photo:
    """A phone photo and where the page is in it: the ground truth for outline detection."""

    jpeg: bytes
    corners: np.ndarray  # 4x2 float32: top-left, top-right, bottom-right, bottom-left, in JPEG pixels
    background: Background


def _dark(h: int, w: int, base: tuple[int, ...], seed: int) -> np.ndarray:
    """A desk-like surface darker than paper, with low-frequency texture so edges are not trivial."""
    small = np.random.default_rng(seed).normal(0, 18, (h // 32 + 2, w // 32 + 2, 1)).astype(np.float32)
    texture = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    surface: np.ndarray = np.clip(np.array(base, np.float32)[None, None, :] + texture, 0, 255).astype(
        np.float32
    )
    return surface


def _light(h: int, w: int, nrng: np.random.Generator) -> np.ndarray:
    """A pale surface: blotchy low-frequency shading plus a fine grain (wood, fabric, laminate)."""
    base = np.array(LIGHT[nrng.integers(len(LIGHT))], np.float32) + nrng.uniform(-6, 6)
    cell = int(nrng.integers(24, 64))
    blotch = nrng.normal(0, nrng.uniform(3, 9), (h // cell + 2, w // cell + 2)).astype(np.float32)
    shade = cv2.resize(blotch, (w, h), interpolation=cv2.INTER_CUBIC)
    # Grain: noise stretched along one direction, like wood fibres or a woven cover.
    sx, sy = (8, 1) if nrng.random() < 0.5 else (1, 8)
    fine = nrng.normal(0, nrng.uniform(2, 6), (h // sy + 1, w // sx + 1)).astype(np.float32)
    grain = cv2.resize(fine, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.clip(base[None, None, :] + (shade + grain)[..., None], 0, 255).astype(np.float32)


def motion_kernel(size: int, angle: float) -> np.ndarray:
    """A straight motion blur `size` pixels long at `angle` degrees, summing to 1."""
    kernel = np.zeros((size, size), np.float32)
    kernel[size // 2, :] = 1 / size
    rot = cv2.getRotationMatrix2D((size / 2 - 0.5, size / 2 - 0.5), angle, 1.0)
    tilted = np.asarray(cv2.warpAffine(kernel, rot, (size, size)), np.float32)
    tilted /= max(float(tilted.sum()), 1e-6)
    return tilted


def photograph(rgb: np.ndarray, rng: random.Random, *, background: Background | None = None) -> Photo:
    """The document photographed on a desk; `background` None lets the seed choose (light ~30%).

    Dark-background photos consume `rng` exactly as before light backgrounds existed, so their
    seeds still give the same images; the light choice and its framing use a stream of their own.
    """
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
    base, surface_seed = rng.choice(DARK), rng.randrange(2**32)
    srng = np.random.default_rng([surface_seed, 1])
    kind: Background = background or ("light" if srng.random() < LIGHT_SHARE else "dark")
    if kind == "light":
        # Any framing: the page fills 50-100% of the frame's width and sits anywhere in it.
        fill = srng.uniform(0.5, 1.0)
        ch2, cw2 = int(ch / fill), int(cw / fill)
        dst += np.array([srng.uniform(0, cw2 - cw), srng.uniform(0, ch2 - ch)], np.float32)
        ch, cw = ch2, cw2
    m = cv2.getPerspectiveTransform(src, dst)
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    warped = cv2.warpPerspective(bgr, m, (cw, ch), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))[..., None]
    if kind == "light":
        surface = _light(ch, cw, srng)
        # Contact shadow: paper lifts off the desk a little, a card has thickness.
        reach = max(ch, cw) * srng.uniform(0.002, 0.008)
        shift = np.array(
            [[1, 0, srng.uniform(-1, 1) * reach], [0, 1, srng.uniform(-1, 1) * reach]], np.float32
        )
        shadow = cv2.GaussianBlur(cv2.warpAffine(mask[..., 0], shift, (cw, ch)), (0, 0), 1 + reach)
        surface *= 1 - srng.uniform(0.03, 0.15) * shadow[..., None]
    else:
        surface = _dark(ch, cw, base, surface_seed)
    img = warped * mask + surface * (1 - mask)
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
        img = np.asarray(cv2.filter2D(img, -1, motion_kernel(size, rng.uniform(0, 180))), np.float32)
    img += nrng.normal(0, rng.uniform(2, 7), img.shape).astype(np.float32)
    # Phones differ in resolution: the reader must not depend on one pixel scale.
    zoom = rng.uniform(0.8, 1.3)
    img = np.asarray(cv2.resize(img, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA), np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(50, 85)])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    resized = np.array([out.shape[1] / cw, out.shape[0] / ch], np.float32)
    corners = ((dst + 0.5) * resized - 0.5).astype(np.float32)
    return Photo(buf.tobytes(), corners, kind)
