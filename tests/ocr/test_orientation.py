"""A page photographed sideways or upside down is turned upright before its fields are read: real
pages through the real recogniser, and the rule that decides on hand-made lines."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from precredit.ocr import read_document
from precredit.ocr.lines import Line
from precredit.ocr.orientation import mean_confidence, sideways
from precredit.ocr.synth import families, random_fields, render_family


def box(text: str, x0: float, y0: float, w: float, h: float, conf: float = 0.9) -> Line:
    return Line(text, x0, y0, x0 + w, y0 + h, conf)


def test_text_running_down_the_page_is_sideways_and_a_few_tall_boxes_are_not() -> None:
    down = [box("合同编号", 100 + 40 * i, 50, 30, 130) for i in range(6)]
    across = [box("合同编号：GC2026", 60, 50 + 40 * i, 400, 30) for i in range(10)]
    assert sideways(down)
    assert not sideways(across)
    # A vertical label and a seal's words on an upright page are a small share of its text.
    assert not sideways(across + down[:3])
    assert not sideways([box("一", 10, 10, 5, 40)] * 8)  # single characters say nothing
    assert mean_confidence([]) == 1.0
    assert mean_confidence([box("ab", 0, 0, 10, 10, 0.5), box("abcdef", 0, 0, 10, 10, 1.0)]) == 0.875


def _page(kind: str, name: str, seed: int) -> tuple[dict[str, str], Image.Image]:
    family = next(f for f in families(kind) if f.name == name)
    truth, pages = render_family(family, random_fields(kind, random.Random(seed)), seed=seed, degrade=False)
    return truth, Image.open(io.BytesIO(pages[0])).convert("RGB")


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("angle", [90, 270, 180])
def test_an_invoice_turned_any_way_reads_as_it_does_upright(angle: int) -> None:
    truth, page = _page("vehicle_invoice", "invoice_classic", 11)
    upright = read_document("vehicle_invoice", _png(page)).fields
    turned = read_document("vehicle_invoice", _png(page.rotate(angle, expand=True))).fields
    assert upright["vin"] == truth["vin"] and upright["invoice_number"] == truth["invoice_number"]
    assert turned == upright


def test_an_id_card_upside_down_reads_as_it_does_upright() -> None:
    truth, card = _page("id_card_front", "id_front_standard", 5)
    upright = read_document("id_card_front", _png(card)).fields
    assert upright["id_number"] == truth["id_number"] and upright["name"] == truth["name"]
    assert read_document("id_card_front", _png(card.rotate(180))).fields == upright


@pytest.mark.parametrize("seed", [17157, 17159])
def test_an_id_card_lying_a_quarter_turn_round_in_a_photo_is_read_upright(seed: int) -> None:
    """A card's back photographed with the phone held upright: too few lines to be called
    sideways, its label and value read as one downward box, unsurely. The quarter turns compete
    with the reading as it is, and the card reads as printed (these two photos read nothing before)."""
    from precredit.ocr.reader import read_pages

    family = next(f for f in families("id_card_back") if f.name == "id_back_portrait")
    truth, pages = render_family(family, random_fields("id_card_back", random.Random(seed)), seed=seed)
    assert read_pages("id_card_back", pages).fields == truth


def test_a_mirrored_page_is_flipped_back_and_a_sure_page_is_read_once() -> None:
    """A front camera's mirror image reads unsurely every way it is turned: `upright` tries it
    flipped (left to right, and top to bottom for one also upside down) while nothing reads
    surely, so the whole document need not be read a second time mirrored."""
    import numpy as np

    from precredit.ocr.engines import get_engine
    from precredit.ocr.kinds import DETECT_SIDE, WORK_WIDTH
    from precredit.ocr.orientation import upright

    truth, page = _page("vehicle_invoice", "invoice_classic", 11)
    ocr = get_engine("rapidocr")
    calls: list[int] = []

    def read(img: np.ndarray) -> list[Line]:
        calls.append(1)
        return ocr.read(img, DETECT_SIDE["vehicle_invoice"])

    bgr = np.ascontiguousarray(np.asarray(page)[:, :, ::-1])
    _, lines = upright(bgr, read, WORK_WIDTH["vehicle_invoice"])
    assert len(calls) == 1 and truth["vin"] in "".join(ln.text for ln in lines)
    for flipped in (bgr[:, ::-1], bgr[::-1, ::-1], bgr[::-1]):  # mirrored; upside down; both
        _, lines = upright(np.ascontiguousarray(flipped), read, WORK_WIDTH["vehicle_invoice"])
        assert truth["vin"] in "".join(ln.text.replace(" ", "") for ln in lines)


def test_a_page_with_lines_read_surely_is_not_tried_mirrored() -> None:
    """A thin policy photographed against the light shows its back's terms through it, reversed: a
    page of them under the front's few lines, so the page read as it is was unsure on average and
    its mirror image, where the terms read, won on evidence (the sixty-first set's show-through
    policies, every field lost). Reversed print never reads surely: a page with a few lines read
    surely as it is is not tried mirrored; one with none still is."""
    import numpy as np

    from precredit.ocr.orientation import upright

    page = np.zeros((400, 300, 3), np.uint8)
    page[:200, :150] = 255  # tells the page from its mirror image (and either turned half round)
    front = [box("保险单号：PDAA2023420179", 10, 10 + 40 * i, 280, 30, 0.99) for i in range(3)]
    reversed_terms = [
        box("同公剑呆音规表人国中后公剑呆" * 2, 10, 200 + 12 * i, 280, 10, 0.5) for i in range(8)
    ]
    terms = [
        box("在保险期间内被保险人或其允许的驾驶人在使用" * 2, 10, 200 + 12 * i, 280, 10, 0.97)
        for i in range(8)
    ]
    seen: list[bool] = []

    def read(img: np.ndarray, with_front: bool = True) -> list[Line]:
        mirrored = bool(img[0, -1, 0] == 255)  # the white quarter now top right
        seen.append(mirrored)
        if mirrored:
            return terms
        if img[0, 0, 0] != 255:  # turned half round or flipped upside down: nothing reads surely
            return [box(ln.text, ln.x0, ln.y0, ln.x1 - ln.x0, ln.y1 - ln.y0, 0.4) for ln in reversed_terms]
        return (front if with_front else []) + reversed_terms

    kept, lines = upright(page, read, 300)
    assert kept is page and lines[:3] == front and True not in seen
    seen.clear()
    kept, lines = upright(page, lambda img: read(img, with_front=False), 300)
    assert True in seen and lines == terms  # nothing read surely: the mirror image is tried
