"""Synthetic faces and the face matcher of the sandbox identity registry.

Portraits are procedural, face-like images drawn from a per-person seed (head shape, skin tone,
hair, eyes, brows, nose, mouth, moles, glasses, skin texture). A selfie is the same person drawn
again and photographed badly: new background, lighting, rotation, scale, noise, blur, JPEG. The
matcher does what a real one does after detection: align (ORB features + RANSAC similarity
transform), then compare (zero-mean normalised cross-correlation over the face area, on both the
photometrically normalised image and its fine texture), so a same-person selfie scores high and
another person's face scores low.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

PORTRAIT_SIZE = (240, 300)  # width, height: the ID-card photo ratio (26 x 32 mm)
SELFIE_SIZE = (360, 440)
MATCH_THRESHOLD = 0.6

Image = NDArray[Any]  # BGR uint8; loose because OpenCV's stubs return untyped arrays

_SKIN = ((196, 214, 240), (170, 196, 230), (140, 170, 215), (112, 146, 196), (90, 120, 170), (70, 96, 140))
_HAIR = ((20, 20, 24), (30, 35, 50), (35, 55, 90), (60, 70, 80), (120, 120, 125), (40, 40, 40))


@dataclass(frozen=True)
class _Face:
    """Everything that makes one synthetic person look like themself."""

    seed: int
    skin: tuple[int, int, int]
    hair: tuple[int, int, int]
    head_axes: tuple[int, int]
    hair_style: int
    eye_dy: int
    eye_gap: int
    eye_axes: tuple[int, int]
    iris: tuple[int, int, int]
    brow_thickness: int
    brow_tilt: int
    nose_len: int
    nose_width: int
    mouth_width: int
    mouth_curve: int
    moles: tuple[tuple[int, int, int], ...]
    glasses: bool
    shirt: tuple[int, int, int]


def _face_params(seed: int) -> _Face:
    rng = np.random.default_rng(seed)

    def jitter(color: tuple[int, int, int], amount: int) -> tuple[int, int, int]:
        b, g, r = (int(np.clip(c + rng.integers(-amount, amount + 1), 0, 255)) for c in color)
        return (b, g, r)

    return _Face(
        seed=seed,
        skin=jitter(_SKIN[int(rng.integers(len(_SKIN)))], 12),
        hair=jitter(_HAIR[int(rng.integers(len(_HAIR)))], 10),
        head_axes=(int(rng.integers(62, 80)), int(rng.integers(82, 100))),
        hair_style=int(rng.integers(4)),
        eye_dy=int(rng.integers(-8, 6)),
        eye_gap=int(rng.integers(22, 33)),
        eye_axes=(int(rng.integers(9, 14)), int(rng.integers(4, 7))),
        iris=jitter((40, 50, 60), 30),
        brow_thickness=int(rng.integers(2, 6)),
        brow_tilt=int(rng.integers(-6, 7)),
        nose_len=int(rng.integers(18, 32)),
        nose_width=int(rng.integers(6, 13)),
        mouth_width=int(rng.integers(22, 42)),
        mouth_curve=int(rng.integers(-4, 9)),
        moles=tuple(
            (int(rng.integers(-50, 51)), int(rng.integers(-40, 61)), int(rng.integers(2, 4)))
            for _ in range(int(rng.integers(1, 5)))
        ),
        glasses=bool(rng.random() < 0.2),
        shirt=jitter((90, 90, 90), 80),
    )


def _draw_person(face: _Face) -> tuple[Image, NDArray[Any]]:
    """The person on the canonical portrait canvas, plus the mask of where they are (for compositing)."""
    w, h = PORTRAIT_SIZE
    img = np.zeros((h, w, 3), np.uint8)
    mask = np.zeros((h, w), np.uint8)
    cx, cy = w // 2, 140
    ax, ay = face.head_axes
    aa = cv2.LINE_AA
    rng = np.random.default_rng(face.seed + 1)

    for target, color in ((img, face.shirt), (mask, 255)):
        cv2.ellipse(target, (cx, h + 40), (112, 95), 0, 180, 360, color, -1, aa)
    for target, color in ((img, face.skin), (mask, 255)):
        cv2.rectangle(target, (cx - 26, cy + ay - 30), (cx + 26, cy + ay + 40), color, -1)
    if face.hair_style == 1:  # long hair falls behind the shoulders
        for target, color in ((img, face.hair), (mask, 255)):
            cv2.ellipse(target, (cx, cy + 10), (ax + 16, ay + 12), 0, 0, 360, color, -1, aa)
    for target, color in ((img, face.skin), (mask, 255)):
        cv2.ellipse(target, (cx - ax, cy + 5), (9, 17), 0, 0, 360, color, -1, aa)
        cv2.ellipse(target, (cx + ax, cy + 5), (9, 17), 0, 0, 360, color, -1, aa)
        cv2.ellipse(target, (cx, cy), (ax, ay), 0, 0, 360, color, -1, aa)

    # Skin texture is part of the identity: a fixed per-person pattern, so ORB finds stable corners.
    texture = cv2.GaussianBlur(rng.normal(0, 14, (h, w)).astype(np.float32), (0, 0), 1.2)
    face_area = np.zeros((h, w), np.uint8)
    cv2.ellipse(face_area, (cx, cy), (ax, ay), 0, 0, 360, 255, -1)
    textured = np.clip(img.astype(np.float32) + texture[..., None] * (face_area[..., None] / 255), 0, 255)
    img = textured.astype(np.uint8)

    if face.hair_style != 2:  # 2 = close-cropped: no hair cap
        hairline = cy - 34
        for target, color in ((img, face.hair), (mask, 255)):
            cv2.ellipse(target, (cx, hairline), (ax + 6, ay - 22), 0, 180, 360, color, -1, aa)
            cv2.rectangle(target, (cx - ax - 6, hairline), (cx - ax + 6, cy + 4), color, -1)
            cv2.rectangle(target, (cx + ax - 6, hairline), (cx + ax + 6, cy + 4), color, -1)
        if face.hair_style == 3:  # fringe over the forehead
            cv2.ellipse(img, (cx, hairline), (ax - 4, 14), 0, 0, 180, face.hair, -1, aa)
        for _ in range(60):  # strands: high-contrast, person-specific lines
            x0 = int(cx + rng.integers(-ax, ax + 1))
            y0 = int(cy - ay + rng.integers(4, 50))
            offset = int(rng.integers(-50, 51))
            shade = tuple(int(np.clip(c + offset, 0, 255)) for c in face.hair)
            cv2.line(
                img, (x0, y0), (x0 + int(rng.integers(-12, 13)), y0 + int(rng.integers(8, 24))), shade, 1, aa
            )

    eye_y = cy + face.eye_dy
    for side in (-1, 1):
        ex = cx + side * face.eye_gap
        cv2.ellipse(img, (ex, eye_y), face.eye_axes, 0, 0, 360, (245, 245, 245), -1, aa)
        cv2.circle(img, (ex, eye_y), face.eye_axes[1] + 1, face.iris, -1, aa)
        cv2.circle(img, (ex, eye_y), 2, (10, 10, 10), -1, aa)
        cv2.ellipse(img, (ex, eye_y), face.eye_axes, 0, 180, 360, (40, 40, 50), 1, aa)
        by = eye_y - face.eye_axes[1] - 9
        cv2.line(
            img,
            (ex - 13, by + side * face.brow_tilt // 2),
            (ex + 13, by - side * face.brow_tilt // 2),
            face.hair,
            face.brow_thickness,
            aa,
        )
        if face.glasses:
            cv2.circle(img, (ex, eye_y), face.eye_axes[0] + 6, (30, 30, 30), 2, aa)
    if face.glasses:
        cv2.line(
            img,
            (cx - face.eye_gap + face.eye_axes[0] + 6, eye_y),
            (cx + face.eye_gap - face.eye_axes[0] - 6, eye_y),
            (30, 30, 30),
            2,
            aa,
        )

    shade = tuple(max(0, c - 45) for c in face.skin)
    nose_top, nose_tip = eye_y + 8, eye_y + 8 + face.nose_len
    cv2.line(img, (cx - 3, nose_top), (cx - face.nose_width // 2, nose_tip), shade, 2, aa)
    cv2.ellipse(img, (cx, nose_tip), (face.nose_width, 4), 0, 0, 180, shade, 2, aa)
    mouth_y = nose_tip + 20
    lip = (90, 80, int(min(255, face.skin[2] * 0.8 + 40)))
    cv2.ellipse(
        img,
        (cx, mouth_y),
        (face.mouth_width // 2, max(2, abs(face.mouth_curve))),
        0,
        0 if face.mouth_curve >= 0 else 180,
        180 if face.mouth_curve >= 0 else 360,
        lip,
        3,
        aa,
    )
    for dx, dy, r in face.moles:
        cv2.circle(img, (cx + dx * ax // 60, cy + dy * ay // 90), r, (30, 40, 60), -1, aa)
    return img, mask


def _composite(person: Image, mask: NDArray[Any], background: Image) -> Image:
    alpha = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255
    return (person * alpha + background * (1 - alpha)).astype(np.uint8)


def _portrait_image(seed: int) -> Image:
    person, mask = _draw_person(_face_params(seed))
    w, h = PORTRAIT_SIZE
    background = np.full((h, w, 3), (250, 248, 246), np.uint8)  # ID photos: plain white
    return _composite(person, mask, background)


def render_portrait(seed: int) -> bytes:
    """The registry's ID photo of the person with this seed (PNG; identical for identical seeds)."""
    ok, buf = cv2.imencode(".png", _portrait_image(seed))
    assert ok
    return buf.tobytes()


def render_selfie(seed: int, variant_seed: int) -> bytes:
    """The same person photographed by a phone: the variant decides pose, light, background, noise."""
    rng = np.random.default_rng([seed, variant_seed])
    person, mask = _draw_person(_face_params(seed))
    sw, sh = SELFIE_SIZE
    angle = float(rng.uniform(-10, 10))
    scale = float(rng.uniform(0.95, 1.3))
    center = (PORTRAIT_SIZE[0] / 2, 150.0)
    matrix = cv2.getRotationMatrix2D(center, angle, scale)
    matrix[0, 2] += sw / 2 - center[0] + rng.uniform(-25, 25)
    matrix[1, 2] += sh / 2 - center[1] + rng.uniform(-20, 30)
    person = cv2.warpAffine(person, matrix, (sw, sh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(mask, matrix, (sw, sh), flags=cv2.INTER_LINEAR)

    top = rng.integers(60, 230, 3)
    bottom = rng.integers(30, 200, 3)
    ramp = np.linspace(0, 1, sh, dtype=np.float32)[:, None, None]
    background = (top * (1 - ramp) + bottom * ramp).repeat(sw, axis=1).astype(np.uint8)
    for _ in range(int(rng.integers(2, 6))):  # furniture, windows: clutter the matcher must ignore
        x, y = int(rng.integers(0, sw)), int(rng.integers(0, sh))
        color = tuple(int(c) for c in rng.integers(0, 255, 3))
        cv2.rectangle(
            background, (x, y), (x + int(rng.integers(20, 120)), y + int(rng.integers(20, 160))), color, -1
        )
    scene = _composite(person, mask, background).astype(np.float64)

    gain, bias = rng.uniform(0.75, 1.25), rng.uniform(-25, 25)
    cast = rng.uniform(0.9, 1.1, 3)
    scene = scene * gain * cast + bias + rng.normal(0, rng.uniform(2, 6), scene.shape)
    out: Image = np.clip(scene, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        out = cv2.GaussianBlur(out, (3, 3), 0)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(80, 95))])
    assert ok
    return buf.tobytes()


def decode_image(data: bytes) -> Image | None:
    """BGR image, or None when the bytes are not an image OpenCV can read."""
    if not data:
        return None
    array = np.frombuffer(data, np.uint8)
    image = cv2.imdecode(array, cv2.IMREAD_COLOR)
    return image if image is not None and image.size else None
