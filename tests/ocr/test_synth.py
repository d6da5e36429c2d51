"""The generator's ground truth is valid data and its layouts follow the seed."""

from __future__ import annotations

import io
import random
import re
from decimal import Decimal

import numpy as np
import pytest
from PIL import Image

from precredit.models.documents import FIELDS
from precredit.ocr.synth import available_fonts, random_fields, render_document
from precredit.policy.identifiers import id_birth_date, id_number_valid, id_sex, vin_valid

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.mark.parametrize("kind", list(FIELDS))
def test_random_fields_are_valid(kind: str) -> None:
    for seed in range(30):
        f = random_fields(kind, random.Random(seed))
        assert set(f) == set(FIELDS[kind])
        for name, value in f.items():
            assert value, name
            if name.endswith(("_date", "_from")) or (name == "valid_to" and value != "长期"):
                assert DATE.match(value), (name, value)
            if name.endswith("id_number"):
                assert id_number_valid(value)
            if name == "vin":
                assert vin_valid(value)
            if name in ("total_price", "premium", "vehicle_price"):
                assert Decimal(value) > 0 and re.fullmatch(r"\d+\.\d{2}", value)
        if kind == "id_card_front":
            born = id_birth_date(f["id_number"])
            assert born is not None and born.isoformat() == f["birth_date"]
            assert id_sex(f["id_number"]) == f["sex"]


def test_render_png_and_degraded_jpeg() -> None:
    f = random_fields("id_card_front", random.Random(1))
    png = render_document("id_card_front", f, seed=1)
    jpg = render_document("id_card_front", f, seed=1, degrade=True)
    assert png.startswith(b"\x89PNG") and jpg.startswith(b"\xff\xd8")
    assert Image.open(io.BytesIO(png)).size == (1000, 630)


def test_layout_follows_the_seed() -> None:
    f = random_fields("purchase_contract", random.Random(2))
    a, b = (
        np.asarray(
            Image.open(io.BytesIO(render_document("purchase_contract", f, seed=s, font="noto-sans"))).convert(
                "L"
            )
        )
        for s in (1, 2)
    )
    # Same font and fields, different seeds: ink lands on different rows.
    assert (np.flatnonzero(a.min(axis=1) < 128)[:3] != np.flatnonzero(b.min(axis=1) < 128)[:3]).any()


def test_every_font_renders_and_portrait_is_pasted() -> None:
    f = random_fields("id_card_front", random.Random(4))
    red = io.BytesIO()
    Image.new("RGB", (60, 80), (255, 0, 0)).save(red, format="PNG")
    for font in available_fonts():
        image = np.asarray(
            Image.open(
                io.BytesIO(render_document("id_card_front", f, seed=4, font=font, portrait=red.getvalue()))
            )
        )
        assert ((image[..., 0] > 200) & (image[..., 1] < 50)).sum() > 20_000, font


def test_bad_generator_arguments() -> None:
    with pytest.raises(ValueError, match="unknown document kind"):
        random_fields("passport", random.Random(0))
    with pytest.raises(ValueError, match="missing fields"):
        render_document("id_card_back", {"valid_from": "2020-01-01"}, seed=0)


def test_the_look_alike_of_a_character_is_another_that_overlaps_it_most() -> None:
    """Found from the pixels of every GB 2312 character in the font, not from a list: the
    look-alike overlaps the character more than any other, and differs from it."""
    from precredit.ocr.synth.lookalike import _glyph, _glyphs, most_alike

    for char in ("闫", "伟", "翯"):
        alike = most_alike(char, "noto-sans")
        assert alike != char and len(alike) == 1
        chars, table = _glyphs("noto-sans")
        sims = table @ _glyph(char, "noto-sans")
        others = sorted((float(s) for c, s in zip(chars, sims, strict=True) if c != char), reverse=True)
        assert float(_glyph(alike, "noto-sans") @ _glyph(char, "noto-sans")) == pytest.approx(others[0])
        assert others[0] > others[len(others) // 2] + 0.1  # far nearer than a typical character
