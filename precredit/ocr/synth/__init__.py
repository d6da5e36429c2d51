"""Synthetic Chinese documents with ground truth, for tests, benchmarks and demo applications.

from precredit.ocr.synth import render_document, random_fields
fields = random_fields("id_card_front", random.Random(7))
image = render_document("id_card_front", fields, seed=7, degrade=True)
"""

from __future__ import annotations

import io
import random

import numpy as np

from precredit.models.documents import FIELDS
from precredit.ocr.synth.degrade import photograph
from precredit.ocr.synth.fields import random_fields
from precredit.ocr.synth.fonts import available_fonts
from precredit.ocr.synth.idcard import render_back, render_front
from precredit.ocr.synth.paper import render_contract, render_invoice, render_policy

__all__ = ["available_fonts", "random_fields", "render_document"]


def render_document(
    kind: str,
    fields: dict[str, str],
    *,
    seed: int,
    font: str | None = None,
    degrade: bool = False,
    portrait: bytes | None = None,
) -> bytes:
    """PNG bytes of a flat scan, or JPEG bytes of a phone photo when `degrade`.

    `font` is a name from `available_fonts()` or a font file path; by default the seed picks one,
    so a batch of documents covers every installed CJK font. Layout offsets also follow the seed.
    """
    if kind not in FIELDS:
        raise ValueError(f"unknown document kind {kind!r}")
    missing = [name for name in FIELDS[kind] if name not in fields]
    if missing:
        raise ValueError(f"missing fields for {kind}: {', '.join(missing)}")
    rng = random.Random(seed)
    face = font or rng.choice(available_fonts())
    if kind == "id_card_front":
        image = render_front(fields, face, rng, portrait)
    elif kind == "id_card_back":
        image = render_back(fields, face, rng)
    elif kind == "vehicle_invoice":
        image = render_invoice(fields, face, rng)
    elif kind == "insurance_policy":
        image = render_policy(fields, face, rng)
    else:
        image = render_contract(fields, face, rng)
    if degrade:
        return photograph(np.asarray(image), rng)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
