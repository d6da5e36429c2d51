"""Pages are found on light desks as on dark ones, and a page that cannot be trusted gets no outline."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pytest

from precredit.ocr import read_document
from precredit.ocr.decode import decode_image
from precredit.ocr.geometry import Flat, straighten
from precredit.ocr.kinds import ASPECT, WORK_WIDTH
from precredit.ocr.lines import Line
from precredit.ocr.outline import find_outline
from precredit.ocr.synth import Background, random_fields, render_document, render_photo
from precredit.ocr.synth.fonts import available_fonts

# Tolerance: 1% of the page diagonal is ~4 px on a 640 px working copy, a fraction of a text line.
TOLERANCE = 0.01


def _photo(kind: str, seed: int, background: Background) -> tuple[dict[str, str], bytes, np.ndarray]:
    """Fields, JPEG bytes and the page's true corners in the decoded image's pixels."""
    truth = random_fields(kind, random.Random(seed))
    photo = render_photo(kind, truth, seed=seed, background=background)
    assert photo.background == background
    decoded = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert decoded is not None  # the synthetic photo is a valid JPEG
    width = decoded.shape[1]
    scale = decode_image(photo.jpeg).shape[1] / width  # decode_image shrinks very large photos
    return truth, photo.jpeg, (photo.corners + 0.5) * scale - 0.5


def _corner_error(found: np.ndarray, corners: np.ndarray) -> float:
    """Worst corner distance as a share of the page diagonal."""
    return float(np.linalg.norm(found - corners, axis=1).max() / np.linalg.norm(corners[2] - corners[0]))


# Seeds whose light-desk photos the colour-only finder cut wrongly (19-35% of the diagonal off).
CASES = [("id_card_front", 0), ("purchase_contract", 7), ("insurance_policy", 4)]


@pytest.mark.parametrize(("kind", "seed"), CASES)
@pytest.mark.parametrize("background", ["light", "dark"])
def test_outline_matches_the_true_corners(kind: str, seed: int, background: Background) -> None:
    _, jpeg, corners = _photo(kind, seed, background)
    found = find_outline(decode_image(jpeg), aspect=ASPECT[kind])
    assert found is not None
    assert _corner_error(found, corners) < TOLERANCE


@pytest.mark.parametrize(("kind", "seed"), CASES[:2])
def test_light_desk_photo_is_read(kind: str, seed: int) -> None:
    truth, jpeg, _ = _photo(kind, seed, "light")
    result = read_document(kind, jpeg)
    assert result.fields == truth, result.warnings


def test_no_outline_for_a_scan_or_a_page_cut_by_the_frame() -> None:
    """A wrong quad crops or stretches text; without one the whole frame is read instead."""
    for kind, seed in (("vehicle_invoice", 0), ("insurance_policy", 0), ("id_card_back", 1)):
        truth = random_fields(kind, random.Random(seed))
        scan = decode_image(render_document(kind, truth, seed=seed))
        assert find_outline(scan) is None, kind
        _, jpeg, corners = _photo(kind, seed, "light")
        image = decode_image(jpeg)
        cut = int(corners[:, 0].mean())  # the frame's left edge now runs through the page
        assert find_outline(image[:, cut:], aspect=ASPECT[kind]) is None, kind
        assert find_outline(image, aspect=ASPECT[kind]) is not None, kind


@pytest.mark.parametrize("seed", [0, 1])
def test_a_page_like_box_on_the_document_does_not_hide_the_document(seed: int) -> None:
    """A bright box in a dark frame on the card (a portrait's background, a stamp, a table cell)
    passes every outline check; what it holds reads as no document, so the whole frame is read."""
    truth = random_fields("id_card_front", random.Random(seed))
    card = decode_image(render_document("id_card_front", truth, seed=seed))
    h, w = card.shape[:2]
    x0, y0, x1, y1 = int(w * 0.66), int(h * 0.12), int(w * 0.96), int(h * 0.50)
    cv2.rectangle(card, (x0 - 12, y0 - 12), (x1 + 12, y1 + 12), (70, 110, 50), -1)
    cv2.rectangle(card, (x0, y0), (x1, y1), (252, 252, 252), -1)
    data = cv2.imencode(".png", card)[1].tobytes()
    decoy = find_outline(decode_image(data), aspect=ASPECT["id_card_front"])
    assert decoy is not None and decoy[:, 0].min() > 0.6 * w  # the box is taken for the page
    assert read_document("id_card_front", data).fields == truth


@pytest.mark.parametrize("phone", [False, True])
@pytest.mark.parametrize("seed", [0, 3])
def test_a_page_darker_than_the_desk_is_found(seed: int, phone: bool) -> None:
    """A phone's screen in dark mode, or a dim page on a white desk: no bright rim, a dark one.
    A screen is shaped like the phone (about 9 by 19.5), not like the A4 policy it shows."""
    from PIL import Image

    from precredit.ocr.synth.degrade import photograph

    truth = random_fields("insurance_policy", random.Random(seed))
    page = np.asarray(
        Image.open(io.BytesIO(render_document("insurance_policy", truth, seed=seed))).convert("RGB")
    )
    dark = 255 - page  # light text on near black, as an app in dark mode draws it
    if phone:
        dark = cv2.resize(dark, (dark.shape[1], int(dark.shape[1] * 19.5 / 9)))
    photo = photograph(dark, random.Random(seed), background="light")
    image = decode_image(photo.jpeg)
    raw = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert raw is not None
    corners = (photo.corners + 0.5) * image.shape[1] / raw.shape[1] - 0.5
    found = find_outline(image, aspect=ASPECT["insurance_policy"])
    assert found is not None
    assert _corner_error(found, corners) < TOLERANCE


@pytest.mark.parametrize(("kind", "seed"), [("purchase_contract", 2), ("id_card_front", 4)])
def test_a_page_lying_a_quarter_turned_on_the_desk_is_cut_out_by_its_outline(kind: str, seed: int) -> None:
    """A portrait page photographed lying across the frame (or a card standing on its end) has the
    outline of its kind turned a quarter: it is found, cut out at the page's own resolution, turned
    upright by what the text says, and read as the same page photographed upright."""
    from PIL import Image

    from precredit.ocr.synth.degrade import photograph

    truth = random_fields(kind, random.Random(seed))
    page = np.asarray(Image.open(io.BytesIO(render_document(kind, truth, seed=seed))).convert("RGB"))
    photo = photograph(np.ascontiguousarray(np.rot90(page)), random.Random(seed), background="dark")
    image = decode_image(photo.jpeg)
    raw = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert raw is not None
    corners = (photo.corners + 0.5) * image.shape[1] / raw.shape[1] - 0.5
    assert find_outline(image, aspect=ASPECT[kind]) is None  # not the kind's shape as it lies
    found = find_outline(image, aspect=1 / ASPECT[kind])
    assert found is not None and _corner_error(found, corners) < TOLERANCE
    assert straighten(image, WORK_WIDTH[kind], aspect=ASPECT[kind]).turned
    assert read_document(kind, photo.jpeg).fields == truth


def test_an_outline_turned_a_quarter_whose_text_runs_across_is_not_the_page() -> None:
    """A pocket insurance card: white below a brand band that holds the insurer's name. The white
    part alone has about an A4 page's shape turned a quarter, but its text runs across it: it is no
    page lying turned, and the whole frame is read, band and insurer included."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("insurance_policy") if f.name == "policy_pocket_card")
    truth, pages = render_family(family, random_fields("insurance_policy", random.Random(20180)), seed=20180)
    assert straighten(
        decode_image(pages[0]), WORK_WIDTH["insurance_policy"], aspect=ASPECT["insurance_policy"]
    ).turned
    assert read_document("insurance_policy", pages[0]).fields["insurer"] == truth["insurer"]


def test_a_sheet_printed_two_pages_across_is_read_from_its_outline() -> None:
    """A contract printed two pages to a landscape sheet, small in the frame: the sheet's outline is
    an A4 page turned a quarter whose text runs across it. Read from the whole frame its print is
    too small to read; cut out by the outline, the contract's fields are there, so that reading is
    kept."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("purchase_contract") if f.name == "contract_two_up_scan")
    truth, pages = render_family(family, random_fields("purchase_contract", random.Random(32296)), seed=32296)
    assert straighten(
        decode_image(pages[0]), WORK_WIDTH["purchase_contract"], aspect=ASPECT["purchase_contract"]
    ).turned
    read = read_document("purchase_contract", pages[0])
    for name in ("contract_number", "vin", "vehicle_price", "sign_date"):
        assert read.fields[name] == truth[name], name


def test_an_outline_that_cuts_through_text_is_not_the_card() -> None:
    """A white card on a white desk with a hard shadow across its left half: the shadow's edge and
    the card's make the dark half a card-shaped outline, and its text runs into that outline's
    right edge (the address and the ID number cut in two). The whole frame is read as well and
    the reading with more fields kept: every field of the card."""
    from precredit.ocr.reader import _cut_through
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("id_card_front") if f.name == "id_front_hard_shadow")
    truth, pages = render_family(family, random_fields("id_card_front", random.Random(19174)), seed=19174)
    flat = straighten(decode_image(pages[0]), WORK_WIDTH["id_card_front"], aspect=ASPECT["id_card_front"])
    assert flat.outlined and flat.page.shape[1] / flat.page.shape[0] < 0.9  # the dark half only
    assert read_document("id_card_front", pages[0]).fields == truth

    page = np.zeros((400, 600, 3), np.uint8)
    inside = Line("住址", 40, 40, 560, 80, 1.0)
    cut = [Line("陕西省西安市", 300, 100, 599, 140, 1.0), Line("6101131", 300, 300, 599, 340, 1.0)]
    assert not _cut_through(page, [inside])
    assert _cut_through(page, [inside, *cut])
    assert _cut_through(
        page, [Line("发票代码", 0, 100, 200, 140, 1.0), Line("开票日期", 0, 160, 200, 200, 1.0)]
    )
    # One line alone (a note in the margin) or a watermark's slanted boxes: not a cut.
    assert not _cut_through(page, [inside, cut[0]])
    assert not _cut_through(page, [Line("仅供", 500, 200, 599, 320, 1.0), Line("复印", 520, 0, 599, 90, 1.0)])


@pytest.mark.parametrize("doc", [2, 4])
def test_a_page_longer_than_its_kind_is_not_cut_where_it_fits_the_kind(doc: int) -> None:
    """A stitched app screenshot is a page three times as long as wide, a coloured title bar at
    its top and white cards on grey down it: an outline of an A4 policy's shape was found along a
    card's edge, cutting the page in two (period, premium and beneficiary lost). An outline of any
    shape along the same two sides that reaches further is the page."""
    from precredit.ocr.bench import _doc_seed
    from precredit.ocr.synth.degrade import photograph
    from precredit.ocr.synth.families import families

    kind = "insurance_policy"
    index, family = next((i, f) for i, f in enumerate(families(kind)) if f.name == "policy_long_screenshot")
    seed = _doc_seed(0, index, doc)  # the twenty-second set's documents that were cut
    rng = random.Random(seed)
    truth = family.adapt(random_fields(kind, random.Random(seed)), rng)
    font = rng.choice(available_fonts())
    (page,) = family.render(truth, font, rng)
    photo = photograph(np.asarray(page), rng)
    image = decode_image(photo.jpeg)
    raw = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert raw is not None
    corners = (photo.corners + 0.5) * image.shape[1] / raw.shape[1] - 0.5
    found = find_outline(image, aspect=ASPECT[kind])
    assert found is not None
    assert _corner_error(found, corners) < 2 * TOLERANCE
    assert read_document(kind, photo.jpeg).fields == truth


def test_a_reading_with_every_field_is_not_read_again_from_the_whole_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A card's back on a newspaper: the newspaper is paper too, its outline is taken and its
    lines run into that outline's edges, yet every field of the card is read from it. The whole
    frame could not give more, so it is not read a second time (that doubled the time: 10.9 s a
    side)."""
    import precredit.ocr.reader as reader
    from precredit.ocr.bench import _doc_seed
    from precredit.ocr.reader import read_pages
    from precredit.ocr.synth import render_family
    from precredit.ocr.synth.families import families

    kind = "id_card_back"
    index, family = next((i, f) for i, f in enumerate(families(kind)) if f.name == "id_back_on_newspaper")
    seed = _doc_seed(0, index, 0)
    truth, pages = render_family(family, random_fields(kind, random.Random(seed)), seed=seed)
    cuts: list[bool] = []
    whole_frames: list[bool] = []
    cut_through = reader._cut_through

    def counted_cut(page: np.ndarray, lines: list[Line]) -> bool:
        cuts.append(cut_through(page, lines))
        return cuts[-1]

    def counted_straighten(raw: np.ndarray, width: int, **options: object) -> Flat:
        whole_frames.append(options.get("outline") is False)
        return straighten(raw, width, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "_cut_through", counted_cut)
    monkeypatch.setattr(reader, "straighten", counted_straighten)
    assert read_pages(kind, pages, engine="rapidocr").fields == truth
    assert cuts == [True]  # the newspaper's lines run into its outline's edges
    assert whole_frames == [False]  # only the outlined reading


def test_an_outline_read_with_a_margin_keeps_what_lies_beyond_it_on_the_same_plane() -> None:
    """A header printed white on a dark band is not paper-coloured, so a page's outline runs along
    the band's edge and leaves the header out. `widened` warps the same plane with a margin
    around the outline, so the band comes back above the page, in the page's own geometry."""
    from precredit.ocr.geometry import widened

    frame = np.full((1000, 900, 3), 90, np.uint8)  # a grey desk
    frame[150:300, 150:750] = (140, 60, 20)  # the page's dark blue header band
    frame[300:950, 150:750] = 250  # the rest of the page, white
    frame[180:200, 200:500] = 255  # white print on the band
    flat = straighten(frame, 600, aspect=600 / 800)
    assert flat.outlined and flat.quad is not None
    assert abs(float(flat.quad[:, 1].min()) - 300) < 8  # the outline stops at the band
    assert float(flat.page[:20, :, 0].mean()) > 200  # so the band is not on the page
    wide = widened(frame, flat, 600, 0.25)
    assert wide is not None and wide.shape[1] == 900  # the page keeps its 600 px, 150 px a side
    top = round(0.25 * flat.page.shape[0])
    band = wide[top - 100 : top - 10, 200:700]
    assert np.abs(band.reshape(-1, 3).mean(axis=0) - (140, 60, 20)).max() < 25  # the band, above
    assert (wide[top - 150 : top - 10, 200:700] == 255).any()  # with its print
    np.testing.assert_array_equal(widened(frame, Flat(flat.page, False), 600, 0.25), None)


def test_a_sheet_small_in_a_large_photo_is_outlined_where_it_is_large_enough_to_read() -> None:
    """A sheet covering 6% of a 20-megapixel photo is 1,300 px wide, readable; at 2,400 px it is
    500 px and was under the outline's least share (8% of the frame) either way. Where no outline
    of that share is found, one of READABLE pixels is looked for: found in the large photo, not in
    the same photo reduced."""
    from precredit.ocr.outline import find_outlines

    rng = np.random.default_rng(7)
    desk = rng.normal(150, 12, (3400, 6000)).astype(np.float32)
    frame = np.repeat(np.clip(desk, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    x0, y0, w, h = 900, 1100, 1300, 950
    frame[y0 : y0 + h, x0 : x0 + w] = 248
    for row in range(8):  # lines of print
        y = y0 + 90 + row * 100
        frame[y : y + 28, x0 + 80 : x0 + w - 200 - 40 * (row % 3)] = 40
    corners = np.array([[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]], np.float32)
    found, _ = find_outlines(frame, aspect=ASPECT["vehicle_invoice"], turned=True)
    assert found is not None and np.abs(found - corners).max() < 0.02 * w
    small = cv2.resize(frame, (2400, 1360), interpolation=cv2.INTER_AREA)
    assert find_outlines(small, aspect=ASPECT["vehicle_invoice"], turned=True)[0] is None
