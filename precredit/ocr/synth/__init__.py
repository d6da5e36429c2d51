"""Synthetic Chinese documents with ground truth, for tests, benchmarks and demo applications.

from precredit.ocr.synth import render_document, random_fields
fields = random_fields("id_card_front", random.Random(7))
image = render_document("id_card_front", fields, seed=7, degrade=True)
photo = render_photo("id_card_front", fields, seed=7, background="light")  # .jpeg, .corners
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from precredit.models.documents import FIELDS
from precredit.ocr.synth.degrade import Background, Photo, photograph
from precredit.ocr.synth.families import FAMILIES, Family, families
from precredit.ocr.synth.fields import random_fields
from precredit.ocr.synth.fonts import available_fonts
from precredit.ocr.synth.idcard import render_back, render_front
from precredit.ocr.synth.paper import render_contract, render_invoice, render_policy

__all__ = [
    "FAMILIES",
    "Background",
    "Family",
    "Photo",
    "available_fonts",
    "families",
    "random_fields",
    "render_document",
    "render_family",
    "render_photo",
]


def _render_flat(
    kind: str, fields: dict[str, str], rng: random.Random, font: str | None, portrait: bytes | None
) -> Image.Image:
    if kind not in FIELDS:
        raise ValueError(f"unknown document kind {kind!r}")
    missing = [name for name in FIELDS[kind] if name not in fields]
    if missing:
        raise ValueError(f"missing fields for {kind}: {', '.join(missing)}")
    face = font or rng.choice(available_fonts())
    if kind == "id_card_front":
        return render_front(fields, face, rng, portrait)
    if kind == "id_card_back":
        return render_back(fields, face, rng)
    if kind == "vehicle_invoice":
        return render_invoice(fields, face, rng)
    if kind == "insurance_policy":
        return render_policy(fields, face, rng)
    return render_contract(fields, face, rng)


def render_photo(
    kind: str,
    fields: dict[str, str],
    *,
    seed: int,
    font: str | None = None,
    portrait: bytes | None = None,
    background: Background | None = None,
) -> Photo:
    """A phone photo with the page's true corners; `background` None lets the seed choose."""
    rng = random.Random(seed)
    image = _render_flat(kind, fields, rng, font, portrait)
    return photograph(np.asarray(image), rng, background=background)


def render_document(
    kind: str,
    fields: dict[str, str],
    *,
    seed: int,
    font: str | None = None,
    degrade: bool = False,
    portrait: bytes | None = None,
    background: Background | None = None,
) -> bytes:
    """PNG bytes of a flat scan, or JPEG bytes of a phone photo when `degrade`.

    `font` is a name from `available_fonts()` or a font file path; by default the seed picks one,
    so a batch of documents covers every installed CJK font. Layout offsets also follow the seed.
    About 30% of photos are taken on a light desk unless `background` says which.
    """
    if degrade:
        return render_photo(kind, fields, seed=seed, font=font, portrait=portrait, background=background).jpeg
    image = _render_flat(kind, fields, random.Random(seed), font, portrait)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def render_family(
    family: Family,
    fields: dict[str, str],
    *,
    seed: int,
    degrade: bool = True,
    background: Background | None = None,
) -> tuple[dict[str, str], list[bytes]]:
    """(ground truth, one image per page) of a document of `family`; the family may change the truth
    (rare name characters) before drawing it. Pages are phone photos when `degrade`, else PNG scans."""
    rng = random.Random(seed)
    truth = family.adapt(fields, rng)
    fonts = [f for f in family.fonts if f in available_fonts()] or available_fonts()
    pages = family.render(truth, rng.choice(fonts), rng)
    out = []
    for page in pages:
        if degrade:
            out.append(photograph(np.asarray(page), rng, background=background).jpeg)
        else:
            buf = io.BytesIO()
            page.save(buf, format="PNG")
            out.append(buf.getvalue())
    return truth, out
