"""Each kind read from small degraded phone photos, by the default engine and by Tesseract."""

from __future__ import annotations

import random
from datetime import date

import numpy as np
import pytest
from PIL import Image

from precredit.models.documents import FIELDS
from precredit.ocr import read_document
from precredit.ocr import validate as v
from precredit.ocr.engines import get_engine
from precredit.ocr.kinds import all_labels
from precredit.ocr.reader import read_pages
from precredit.ocr.synth import random_fields, render_document


def photo(kind: str, seed: int, font: str | None = None) -> tuple[dict[str, str], bytes]:
    truth = random_fields(kind, random.Random(seed))
    return truth, render_document(kind, truth, seed=seed, font=font, degrade=True)


@pytest.mark.parametrize("kind", list(FIELDS))
@pytest.mark.parametrize("seed", [11, 12])
def test_default_engine_reads_every_field(kind: str, seed: int) -> None:
    truth, image = photo(kind, seed)
    result = read_document(kind, image)
    assert result.engine == "rapidocr"
    assert set(result.fields) == set(FIELDS[kind]) == set(result.confidence)
    assert result.fields == truth, result.warnings
    assert all(0.5 < c <= 1 for c in result.confidence.values())


def test_engine_instance_is_cached() -> None:
    assert get_engine("rapidocr") is get_engine("rapidocr")
    with pytest.raises(ValueError, match="unknown OCR engine"):
        get_engine("abbyy")


def test_tesseract_reads_an_id_card() -> None:
    truth, image = photo("id_card_front", 24, font="noto-sans")
    result = read_document("id_card_front", image, engine="tesseract")
    assert result.engine == "tesseract"
    assert result.fields["id_number"] == truth["id_number"]
    # Checked against the ID number, so right or repaired (with a warning), never silently wrong.
    assert result.fields["birth_date"] == truth["birth_date"]
    assert result.fields["sex"] == truth["sex"]


def test_tesseract_reads_a_contract() -> None:
    truth, image = photo("purchase_contract", 22, font="noto-sans")
    result = read_document("purchase_contract", image, engine="tesseract")
    assert result.fields["vin"] == truth["vin"]
    assert result.fields["buyer_id_number"] == truth["buyer_id_number"]
    assert result.fields["vehicle_price"] == truth["vehicle_price"]


def test_blank_page_gives_nulls_with_warnings_not_guesses() -> None:
    import io

    buf = io.BytesIO()
    Image.new("RGB", (900, 600), (250, 250, 248)).save(buf, format="PNG")
    result = read_document("vehicle_invoice", buf.getvalue())
    assert all(value is None for value in result.fields.values())
    assert all(c == 0.0 for c in result.confidence.values())
    assert len(result.warnings) >= len(FIELDS["vehicle_invoice"])


def test_default_engine_runs_pp_ocr_v6_from_inside_its_wheel_and_v4_stays_selectable() -> None:
    from pathlib import Path

    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    assert (models / "PP-OCRv6_det_small.onnx").is_file() and (models / "PP-OCRv6_rec_small.onnx").is_file()
    truth, image = photo("id_card_front", 31)
    result = read_document("id_card_front", image, engine="rapidocr-v4")
    assert result.engine == "rapidocr-v4"
    assert result.fields["id_number"] == truth["id_number"]
    assert result.fields["name"] == truth["name"]


def test_a_buyers_id_number_misread_by_one_digit_on_a_contract_is_repaired_by_the_print() -> None:
    """The buyer's number in a contract's signature block, one digit of the birth year misread: of
    the repairs the checksum allows, the recogniser finds the printed one far likelier, and says
    so."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("purchase_contract") if f.name == "contract_parties_at_end")
    truth, pages = render_family(family, random_fields("purchase_contract", random.Random(24217)), seed=24217)
    result = read_pages("purchase_contract", pages)
    assert result.fields["buyer_id_number"] == truth["buyer_id_number"]
    assert any("buyer_id_number: repaired one character" in w for w in result.warnings)
    # Warnings are kept in plaintext: neither the number read nor the one chosen is in them.
    assert not any(truth["buyer_id_number"] in w or "330106190007158451" in w for w in result.warnings)


def test_a_figure_washed_out_by_a_flash_is_taken_from_its_words_when_the_print_allows() -> None:
    """A flash hot spot over a policy's premium: ¥10606.59 read 10606.50 beside words read whole.
    The print of the figure does not rule out the words' 9, so the words' figure is taken, weaker,
    and said so."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("insurance_policy") if f.name == "policy_flash_hotspot")
    truth, pages = render_family(family, random_fields("insurance_policy", random.Random(34306)), seed=34306)
    result = read_pages("insurance_policy", pages)
    assert result.fields["premium"] == truth["premium"]
    assert any("premium: repaired" in w for w in result.warnings)


def test_a_washed_out_page_is_stretched_only_when_it_is_washed_out() -> None:
    import numpy as np

    from precredit.ocr.reader import _inked

    page = np.full((100, 200, 3), 235, np.uint8)
    page[40:60, 20:180] = 205  # pale ink on bright paper, as a lamp too bright leaves it
    page[:, :3] = 255
    stretched = _inked(page)
    assert stretched is not None
    assert stretched[50, 100].max() == 0 and stretched[0, 100].min() > 150  # ink black, paper far from it
    page[40:60, 20:180] = 30  # dark ink: nothing to do
    assert _inked(page) is None


@pytest.mark.parametrize(
    ("seed", "fields"), [(41373, ("total_price",)), (41377, ("invoice_code", "invoice_number"))]
)
def test_a_washed_out_invoice_is_read_again_stretched(seed: int, fields: tuple[str, ...]) -> None:
    """Invoices photographed under a bright lamp (the eighteenth set's, seen): the detector found
    nothing where these fields are printed (one page read two lines in all); read again with
    its grey levels stretched, the page gives them."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("vehicle_invoice") if f.name == "invoice_overexposed")
    truth, pages = render_family(family, random_fields("vehicle_invoice", random.Random(seed)), seed=seed)
    found = read_pages("vehicle_invoice", pages).fields
    assert {name: found[name] for name in fields} == {name: truth[name] for name in fields}


@pytest.mark.parametrize(
    ("kind", "family_name", "seed", "field"),
    [
        # The VIN printed one character to a box under its label: read box by box, joined.
        ("vehicle_invoice", "invoice_vin_boxes", 44396, "vin"),
        # 合約編號 in traditional characters, its 號 read 就: 合约编号 is a contract number's label
        # too, and one misread character of it is still that label.
        ("purchase_contract", "contract_traditional", 45412, "contract_number"),
    ],
)
def test_the_twentieth_sets_lessons(kind: str, family_name: str, seed: int, field: str) -> None:
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families(kind) if f.name == family_name)
    truth, pages = render_family(family, random_fields(kind, random.Random(seed)), seed=seed)
    assert read_pages(kind, pages).fields[field] == truth[field]


def _bench_document(kind: str, name: str, doc: int) -> tuple[dict[str, str], list[bytes]]:
    """The bench's document `doc` of family `name` (seed 0): its truth and its pages."""
    from precredit.ocr.bench import _doc_seed
    from precredit.ocr.synth import families, render_family

    index, family = next((i, f) for i, f in enumerate(families(kind)) if f.name == name)
    seed = _doc_seed(0, index, doc)
    return render_family(family, random_fields(kind, random.Random(seed)), seed=seed)


@pytest.mark.parametrize(
    ("kind", "family_name", "doc", "fields"),
    [
        # 仅供贷款使用 repeated across the card at 35 degrees: its fragments were read as lines and
        # joined the address they crossed (…222室贷款使用, …学院路4号理车贷) or stood in for a
        # name the detector missed (件仅).
        ("id_card_front", "id_front_watermarked", 3, ("address",)),
        ("id_card_front", "id_front_watermarked", 7, ("name",)),
        ("id_card_front", "id_front_watermarked", 9, ("address",)),
        # A contract's two pages side by side in one photo: one page's outline was taken for the
        # document, and the signing date on the other page was lost.
        ("purchase_contract", "contract_two_sheets_one_photo", 3, ("sign_date",)),
        # The twenty-fourth set. The printed price struck through and the agreed one written above
        # it by hand: the struck figure and its words were read as the price (9 of 10).
        ("purchase_contract", "contract_price_corrected", 0, ("vehicle_price",)),
        ("purchase_contract", "contract_price_corrected", 5, ("vehicle_price",)),
        # A schedule printed sideways on the upright page, its text running down: each line was
        # read upside down (十二0月1920月120), so the period, premium and beneficiary were lost.
        ("insurance_policy", "policy_rotated_schedule", 1, ("start_date", "premium", "first_beneficiary")),
        # Not strikes: a VIN in small bold print blurred into one dark bar, and one whose letters
        # touch under blur (both were taken for struck text by a first rule and lost).
        ("vehicle_invoice", "invoice_reduced_copy", 5, ("vin",)),
        ("vehicle_invoice", "invoice_classic", 0, ("vin",)),
        # The twenty-sixth set. An e-policy whose insurer and number are printed white on a dark
        # band: the paper's outline ran along the band's edge, the header was cut off and both
        # fields lost (9 of 10).
        ("insurance_policy", "policy_inverted_header", 1, ("policy_number", "insurer")),
        # The phone and hand reflected dark in a card's laminate: the outline stopped at the
        # shadow, cutting off the ID number below it.
        ("id_card_front", "id_front_phone_reflection", 6, ("id_number",)),
        # A contract signed in an app: its banner says 签署完成 2024-10-10 19:44:31 and nothing
        # else names the signing date, so the expected delivery date below was taken.
        ("purchase_contract", "contract_app_screenshot", 7, ("sign_date",)),
        # The twenty-seventh set. A card photographed by a front camera, its print mirrored: it
        # read as nothing (0 of 10).
        ("id_card_front", "id_front_mirrored", 2, ("name", "id_number", "address")),
        # A co-buyer and a guarantor with their own ID numbers, the buyer second of three or
        # first: the first number on the page was taken for the buyer's (6 of 10).
        ("purchase_contract", "contract_co_buyer_guarantor", 0, ("buyer_id_number",)),
        ("purchase_contract", "contract_co_buyer_guarantor", 4, ("buyer_id_number",)),
        # The twenty-eighth set. A schedule of four narrow columns whose values wrap down their
        # cells under a label at the cell's top: the first line alone was read (policy number 0 of
        # 10, VIN 3 of 10); a wrapped value's last character stacked with the one a row below.
        ("insurance_policy", "policy_wrapped_values", 0, ("policy_number", "vin", "start_date", "end_date")),
        ("insurance_policy", "policy_wrapped_values", 6, ("policy_number", "first_beneficiary")),
        # The twenty-ninth set. A contract printed with its changes tracked: the corrected price
        # and signing date underlined tight in the reviser's colour were taken for struck text
        # and dropped, so the replaced ones in the markup pane were read instead.
        ("purchase_contract", "contract_tracked_changes", 8, ("vehicle_price", "sign_date")),
        # The forty-eighth set. A policy form printing its number and VIN one character to a box
        # and its period into 年 月 日 时 boxes, the end's row under the start's: the detector
        # returned the boxes piece by piece, skipping some, and boxed a column of units (年 over
        # 月) as one line (55% of fields held out). Doc 0: units boxed across rows, a VIN with a
        # box missed; doc 5: a policy number read confidently up to where a piece broke off.
        ("insurance_policy", "policy_comb_boxes", 0, ("vin", "start_date", "end_date")),
        ("insurance_policy", "policy_comb_boxes", 5, ("policy_number", "start_date", "end_date")),
        # The fifty-ninth set. A front scanned as a whole A4 page, small in its corner: at the
        # page's scale the detector cut the address's last characters off (文化路13 for 文化路132号)
        # and missed its second line; read again from the card's part of the page, whole.
        ("id_card_front", "id_front_a4_flatbed_scan", 5, ("address",)),
        ("id_card_front", "id_front_a4_flatbed_scan", 6, ("address",)),
        # An invoice printed from a portal over two pages, the browser's print time in each
        # header and the page's address, a twelve-digit id in it, in each footer: the code and the
        # date are the invoice's own, not the address's number nor the print's moment.
        ("vehicle_invoice", "invoice_page_break_split", 2, ("invoice_code", "issue_date")),
        # A clerk struck out a policy's printed insured and wrote the right name just above it,
        # stamping 更正 beside: the struck name was read (更正 run on) in all ten. The struck
        # stretch is erased and read again, and the writing above it, reaching down to its line,
        # stands in its place, beside its label.
        ("insurance_policy", "policy_corrected_by_hand", 0, ("insured_name",)),
        ("insurance_policy", "policy_corrected_by_hand", 2, ("insured_name",)),
        ("insurance_policy", "policy_corrected_by_hand", 4, ("insured_name",)),
        # The sixty-second set. An e-invoice naming the car only in its item lines
        # (*机动车*…), a discount line under it repeating the car (0 of 10); doc 9 read the two
        # lines differently. A counter's date stamp in a period's blanks, read without its spaces
        # (7 of 10). An archive sticker over the margin hiding 保险 of 保险单号 (6 of 10).
        ("vehicle_invoice", "invoice_discount_line", 0, ("brand_model",)),
        ("vehicle_invoice", "invoice_discount_line", 9, ("brand_model",)),
        ("insurance_policy", "policy_date_stamps", 0, ("start_date", "end_date")),
        ("insurance_policy", "policy_date_stamps", 2, ("start_date", "end_date")),
        ("insurance_policy", "policy_archive_sticker_over_label", 0, ("policy_number",)),
        # The sixty-third set. A table grouping its rows under party headings written top to
        # bottom in merged cells, sub-labels naming no party: the buyer was read as the next
        # group's heading in all ten.
        ("purchase_contract", "contract_rowspan_group_labels", 0, ("buyer_name",)),
        ("purchase_contract", "contract_rowspan_group_labels", 3, ("buyer_name", "seller_name")),
        # The sixty-fourth set. Numbered stationery's red serial on every page, NO.0087324, above
        # the contract's 协议编号: the serial was taken in 7 of 10.
        ("purchase_contract", "contract_page_serial_numbers", 0, ("contract_number",)),
        ("purchase_contract", "contract_page_serial_numbers", 1, ("contract_number",)),
        # Each invoice party in four rows, its role across the first row's first cell, level with
        # 名称: the buyer was unread in 7 of 10.
        ("vehicle_invoice", "invoice_party_bank_rows", 0, ("buyer_name",)),
        ("vehicle_invoice", "invoice_party_bank_rows", 1, ("buyer_name",)),
        # The seventy-third set. A buyer with a transliterated name in a prose contract's first
        # sentence (甲方古丽米拉·热合曼（身份证号码…）自愿向乙方…购买): no surname opens it, so it was
        # taken for prose after the role word, and a re-read then took 甲方方… for the name.
        ("purchase_contract", "contract_transliterated_buyer", 5, ("buyer_name",)),
        ("purchase_contract", "contract_transliterated_buyer", 7, ("buyer_name",)),
        # The seventy-fourth set. A bilingual policy dating with English month names (27 May 2026
        # 00:00 to 26 May 2027 24:00): the period was unread in all ten.
        ("insurance_policy", "policy_english_month_dates", 0, ("start_date", "end_date")),
        # The buyer's pen signature across the printed name in its cell: the two were read as one
        # line (马涵 and the signed 马涵 as 强吴); the views with coloured ink removed read it.
        ("vehicle_invoice", "invoice_signed_across_buyer", 7, ("buyer_name",)),
        # The eightieth set. An agency's e-policy naming its insurer only by its market short
        # name (人保财险, 太平洋保险深圳分公司): no insurer was read (0 of 10), or the branch was
        # taken for a company of its own.
        ("insurance_policy", "policy_insurer_by_short_name", 0, ("insurer",)),
        ("insurance_policy", "policy_insurer_by_short_name", 6, ("insurer",)),
        # The eighty-first set. An e-policy striking the list premium through in grey before the
        # red one paid, beside a black label: the stroke was not taken for one, as it is lighter
        # than the label's ink, and the struck premium was read (9 of 10).
        ("insurance_policy", "policy_struck_list_premium", 2, ("premium",)),
        ("insurance_policy", "policy_struck_list_premium", 6, ("premium",)),
        # Plate and VIN in one cell under one label (号牌/识别代号), the space between them read
        # away (沪BD00094LVGV0XU54M4993762): no VIN was found in the run (7 of 10).
        ("insurance_policy", "policy_plate_and_vin_one_cell", 0, ("vin",)),
        ("insurance_policy", "policy_plate_and_vin_one_cell", 8, ("vin",)),
    ],
)
def test_the_twenty_second_and_later_sets_lessons(
    kind: str, family_name: str, doc: int, fields: tuple[str, ...]
) -> None:
    truth, pages = _bench_document(kind, family_name, doc)
    read = read_pages(kind, pages).fields
    assert {k: read[k] for k in fields} == {k: truth[k] for k in fields}


@pytest.mark.parametrize("buyer_right", [False, True])
def test_the_buyers_id_number_is_the_one_after_the_buyers_name(buyer_right: bool) -> None:
    from precredit.ocr.kinds import LABELS, all_labels
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.read_paper import read_contract

    mine, spouse, guarantor = (
        random_fields("id_card_front", random.Random(s))["id_number"] for s in (1, 2, 3)
    )

    def line(text: str, x: float, y: float) -> Line:
        return Line(text, x, y, x + 26 * len(text), y + 26, 0.97)

    stacked = [  # the co-buyer named first, each person's number under their name
        line("共同买受人：李娜", 70, 100),
        line(f"身份证号码：{spouse}", 70, 140),
        line("买受人：王伟", 70, 200),
        line(f"身份证号码：{mine}", 70, 240),
        line("担保人：张强", 70, 300),
        line(f"身份证号码：{guarantor}", 70, 340),
    ]
    labels = LABELS["purchase_contract"]
    found = read_contract(Layout(stacked, all_labels("purchase_contract")), labels)
    assert found["buyer_id_number"][0].value == mine
    # Two people side by side, their numbers in the row under them: the buyer's column decides.
    left, right = (
        ("共同买受人：李娜", "买受人：王伟") if buyer_right else ("买受人：王伟", "共同买受人：李娜")
    )
    first, second = (spouse, mine) if buyer_right else (mine, spouse)
    columns = [
        line(left, 70, 100),
        line(right, 560, 100),
        line(f"身份证号码：{first}", 70, 150),
        line(f"身份证号码：{second}", 560, 150),
    ]
    found = read_contract(Layout(columns, all_labels("purchase_contract")), labels)
    assert found["buyer_id_number"][0].value == mine


def test_lines_across_the_print_are_not_read_and_a_turned_page_keeps_its_lines() -> None:
    from precredit.ocr.engines import _across

    def box(x: float, y: float, length: float, angle: float, height: float = 30) -> list[list[float]]:
        import math

        c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        return [
            [x, y],
            [x + length * c, y + length * s],
            [x + length * c - height * s, y + length * s + height * c],
            [x - height * s, y + height * c],
        ]

    level = [box(10, 10 + 50 * i, 300, 0.5) for i in range(4)]
    marks = [box(400, 40 * i, 150, -35) for i in range(6)]  # many short fragments of a watermark
    texts = ["湖北省武汉市武昌区长江路"] * 4 + ["仅供贷款"] * 6
    assert _across(level + marks, texts) == [False] * 4 + [True] * 6
    # The same page turned 20 degrees with no outline to straighten it: its print is the level.
    turned = [box(10, 10 + 50 * i, 300, 20) for i in range(4)]
    assert _across(turned, texts[:4]) == [False] * 4
    # One character's box has no direction; a box of two characters and more does.
    assert _across([box(0, 0, 30, 40), *level], ["苗", *texts[:4]]) == [False] * 5


def test_a_page_turned_a_few_degrees_with_no_outline_is_read_again_level() -> None:
    """A phone's screen photographed turned 3.5 degrees on a textured floor: no outline, and the
    ink's rows gave no skew. Each value right-aligned 500 px from its label stands 30 px higher,
    beside the label of the row before, so fields are missing; the detector's boxes show the
    print's slant, and the page turned level by it gives them."""
    import cv2
    from PIL import ImageDraw

    from precredit.ocr import reader
    from precredit.ocr.kinds import DETECT_SIDE
    from precredit.ocr.synth.fonts import available_fonts, load_font

    rows = [
        ("保单号", "PDAA202433018068626143"),
        ("投保单号", "TDAA202444443462826943"),
        ("被保险人", "江雪芬"),
        ("车辆识别代码", "LZWJM3UR4M9670653"),
        ("保险起期", "2024-09-09 00:00:00"),
        ("保险止期", "2025-09-08 23:59:59"),
        ("应付保费", "¥13,592.70"),
        ("承保公司", "中国人寿财产保险股份有限公司"),
        ("第一受益人", "瑞信汽车金融有限公司"),
    ]
    img = Image.new("RGB", (1000, 700), (250, 250, 250))
    draw, face = ImageDraw.Draw(img), load_font(available_fonts()[0], 26)
    for i, (label, value) in enumerate(rows):
        draw.text((40, 40 + 44 * i), label, font=face, fill=(20, 20, 20))
        draw.text((960 - draw.textlength(value, font=face), 40 + 44 * i), value, font=face, fill=(20, 20, 20))
    turn = cv2.getRotationMatrix2D((500, 350), 3.5, 1.0)
    page = cv2.warpAffine(np.asarray(img)[:, :, ::-1].copy(), turn, (1000, 700), borderValue=(250, 250, 250))
    engine = get_engine("rapidocr")

    def read(image: np.ndarray) -> list:
        return engine.read(image, DETECT_SIDE["insurance_policy"])

    lines = read(page)
    from precredit.ocr.lines import print_direction

    slant = print_direction((ln.slant, len(ln.text)) for ln in lines if ln.slant is not None)
    assert slant is not None and -4.5 < slant < -2.5  # rising to the right
    before = reader._fields_on("insurance_policy", lines)
    assert before < len(FIELDS["insurance_policy"])
    level, again = reader._level("insurance_policy", page, lines, read)
    assert level.shape[0] > page.shape[0] and level.shape[1] > page.shape[1]  # every corner kept
    assert reader._fields_on("insurance_policy", again) == len(FIELDS["insurance_policy"]) > before


def test_a_page_ten_degrees_askew_is_read_again_level_even_with_every_field_found() -> None:
    """An invoice laid crooked on a scanner, its scan cut out square: the print runs ten degrees
    off, each row climbing into the next across the table. Every field is found, yet 厂牌型号
    takes the VIN from the row below it; turned level, every value is its own."""
    from precredit.ocr import reader
    from precredit.ocr.geometry import fit_width, levelled
    from precredit.ocr.kinds import DETECT_SIDE, LABELS, WORK_WIDTH
    from precredit.ocr.layout import Layout
    from precredit.ocr.synth.families import i_classic
    from precredit.ocr.synth.fonts import available_fonts

    kind = "vehicle_invoice"
    truth = random_fields(kind, random.Random(1))
    (page,) = i_classic(truth, available_fonts()[0], random.Random(1))
    askew = fit_width(levelled(np.asarray(page)[:, :, ::-1].copy(), 10.0), WORK_WIDTH[kind])
    engine = get_engine("rapidocr")

    def read(image: np.ndarray) -> list:
        return engine.read(image, DETECT_SIDE[kind])

    def values(lines: list) -> dict[str, str | None]:
        found = reader.READERS[kind](Layout(lines, all_labels(kind)), LABELS[kind])
        return {name: checked.value for name, (checked, _) in found.items()}

    lines = read(askew)
    assert reader._fields_on(kind, lines) == len(FIELDS[kind])
    assert values(lines)["brand_model"] != truth["brand_model"]
    level, again = reader._level(kind, askew, lines, read)
    assert level.shape[0] > askew.shape[0]  # the turned page, every corner kept
    assert values(again) == {name: truth[name] for name in FIELDS[kind]}


def test_the_print_direction_is_the_median_over_characters() -> None:
    from precredit.ocr.lines import print_direction

    assert print_direction([]) is None
    # Four long lines at -3 degrees outweigh six short watermark fragments at 35.
    assert print_direction([(-3.0, 12)] * 4 + [(35.0, 4)] * 6) == -3.0
    assert print_direction([(-3.0, 2), (1.0, 10)]) == 1.0


def _printed(text: str, size: int = 34) -> np.ndarray:
    from PIL import ImageDraw

    from precredit.ocr.synth.fonts import available_fonts, load_font

    face = load_font(available_fonts()[0], size)
    image = Image.new("RGB", (40 + int(face.getlength(text)), size * 2), (250, 250, 248))
    ImageDraw.Draw(image).text((20, size // 2), text, font=face, fill=(20, 20, 20))
    return np.asarray(image)[:, :, ::-1].copy()


def _page(
    size: tuple[int, int], prints: list[tuple[int, int, str, int, tuple[int, int, int]]]
) -> Image.Image:
    """A paper-white image with each (x, y, text, font size, colour) drawn on it."""
    from PIL import ImageDraw

    from precredit.ocr.synth.fonts import available_fonts, load_font

    font = available_fonts()[0]
    image = Image.new("RGB", size, (250, 250, 248))
    draw = ImageDraw.Draw(image)
    for x, y, text, points, colour in prints:
        draw.text((x, y), text, font=load_font(font, points), fill=colour)
    return image


def test_a_line_under_a_red_seal_is_read_again_through_red_and_red_print_is_kept() -> None:
    """A seal stamped over a signing date mixed its own characters and ring into the date
    (签订日期：2023专1031; the thirty-first set read a year 2028 and 2022). Through the page's red
    channel the seal's ink is nearly paper and black or blue print stays dark; a line printed in
    red itself (an invoice's title) vanishes there, so it keeps its first reading."""
    from precredit.ocr.reader import _unsealed
    from precredit.ocr.synth.flow import _seal
    from precredit.ocr.synth.fonts import available_fonts

    font = available_fonts()[0]
    ocr = get_engine()
    image = _page(
        (700, 400),
        [
            (60, 40, "机动车销售统一发票", 34, (200, 40, 40)),
            (60, 150, "买受人：王晓明", 26, (30, 50, 160)),
            (60, 300, "签订日期：2023-10-31", 26, (20, 20, 20)),
        ],
    )
    for cx, cy in ((200, 140), (250, 285)):
        image = Image.alpha_composite(image.convert("RGBA"), _seal(image.size, cx, cy, "合同专用章", font))
    page = np.asarray(image.convert("RGB"))[:, :, ::-1].copy()
    first = ocr.read(page)
    assert "买受人：王晓明" not in [ln.text for ln in first]
    assert "签订日期：2023-10-31" not in [ln.text for ln in first]
    again = sorted(_unsealed(page, first, ocr), key=lambda ln: ln.y0)
    assert [ln.text for ln in again] == ["机动车销售统一发票", "买受人：王晓明", "签订日期：2023-10-31"]
    clean = np.full_like(page, 250)
    assert _unsealed(clean, first, ocr) == first  # no seal: nothing read again


def test_a_line_a_seal_hid_from_the_detector_is_found_in_the_band_across_the_seal() -> None:
    """In dim light a seal over a signing date can hide the whole line from the detector (the
    thirty-third set's lamp-lit contract lost its date so). The band across each seal is read
    through red and a line found there that the reading lacked is added; one it has, or a page
    with no seal (red print is no seal), adds nothing."""
    from precredit.ocr.reader import _seals, _under_seals
    from precredit.ocr.synth.flow import _seal
    from precredit.ocr.synth.fonts import available_fonts

    font = available_fonts()[0]
    ocr = get_engine()
    red_title = (60, 30, "机动车买卖合同", 40, (200, 40, 40))
    image = _page(
        (800, 420),
        [
            red_title,
            (60, 160, "出卖人（盖章）：", 26, (20, 20, 20)),
            (60, 300, "签订日期：2023-02-16", 26, (20, 20, 20)),
        ],
    )
    image = Image.alpha_composite(image.convert("RGBA"), _seal(image.size, 220, 290, "合同专用章", font))
    page = np.asarray(image.convert("RGB"))[:, :, ::-1].copy()
    [(x0, y0, x1, y1, channel)] = _seals(page)  # the seal, not the red title
    assert x0 < 220 < x1 and y0 < 290 < y1 and channel == 2  # seen through red
    lines = ocr.read(page)
    missing = [ln for ln in lines if ln.y0 < 280]  # as if the detector had missed the date's line
    added = _under_seals("purchase_contract", [(page, missing)], ocr)
    assert added is not None
    assert "签订日期：2023-02-16" in [ln.text for ln in added[0][1] if ln not in missing]
    assert _under_seals("purchase_contract", [(page, added[0][1])], ocr) is None
    plain = np.asarray(_page((800, 420), [red_title]))[:, :, ::-1].copy()
    assert _seals(plain) == [] and _under_seals("purchase_contract", [(plain, [])], ocr) is None


def test_a_line_under_an_offices_blue_stamp_is_found_through_the_blue_channel() -> None:
    """A lender's office presses a blue received stamp (its name, a date, a filing number in a
    ruled box) across a policy; a period under it can be lost to the detector, and the red channel
    that sees through a seal shows blue ink dark. The band across a blue stamp is read through
    blue, where the stamp is nearly paper and black print stays dark. Values written in blue pen
    are lines, not a stamp."""
    from PIL import ImageDraw

    from precredit.ocr.reader import _seals, _under_seals
    from precredit.ocr.synth.fonts import available_fonts, load_font

    ocr = get_engine()
    period = "保险期间：2024-04-08 00:00 至 2025-04-07 24:00"
    image = _page(
        (900, 420),
        [
            (40, 40, "被保险人：王晓明", 26, (30, 50, 160)),  # filled in with a blue pen
            (40, 250, period, 26, (20, 20, 20)),
        ],
    )
    stamp = Image.new("L", (380, 160), 0)
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((3, 3, 376, 156), outline=255, width=4)
    draw.line((3, 56, 376, 56), fill=255, width=2)
    draw.line((3, 106, 376, 106), fill=255, width=2)
    face = load_font(available_fonts()[0], 26)
    draw.text((16, 14), "贷后管理部 收文", font=face, fill=255)
    draw.text((16, 64), "日期：2024-05-21", font=face, fill=255)
    draw.text((16, 114), "编号：13136329", font=face, fill=255)
    ink = np.asarray(stamp.rotate(4, expand=True), np.float32)[..., None] / 255 * 0.75
    rgb = np.asarray(image, np.float32).copy()
    x, y = 470, 180
    region = rgb[y : y + ink.shape[0], x : x + ink.shape[1]]
    blue = np.array((40, 60, 170), np.float32)
    rgb[y : y + ink.shape[0], x : x + ink.shape[1]] = region * (1 - ink) + np.minimum(region, blue) * ink
    page = np.ascontiguousarray(np.clip(rgb, 0, 255).astype(np.uint8)[:, :, ::-1])
    [(x0, y0, x1, y1, channel)] = _seals(page)  # the stamp, not the blue handwriting
    assert x0 < 600 < x1 and y0 < 260 < y1 and channel == 0  # seen through blue
    missing = [ln for ln in ocr.read(page) if ln.y1 < 150]  # as if the period's line were lost
    added = _under_seals("insurance_policy", [(page, missing)], ocr)
    assert added is not None
    assert any("2025-04-07" in ln.text for ln in added[0][1] if ln not in missing)


def test_labels_in_faint_print_are_found_on_a_darkened_reading_and_values_are_kept() -> None:
    """A form scanned in a mode that drops its colour keeps its labels only as faint brown print,
    which the detector passes by as background: the buyer, the model and the engine number then
    have no label. Read again with the page's light tones darkened against its own paper, the
    labels come back; each is added beside its value (or joins it), and the values read first
    stand."""
    from precredit.ocr.kinds import LABELS, all_labels
    from precredit.ocr.layout import Layout
    from precredit.ocr.read_paper import read_invoice
    from precredit.ocr.reader import _faint, _faint_print

    ocr = get_engine()
    faint, black = (226, 214, 206), (20, 20, 20)
    rows = [("购买方名称", "王晓明"), ("厂牌型号", "长安牌SC7164AAB6"), ("发动机号码", "KEW5769444")]
    image = _page(
        (1000, 330),
        [
            p
            for i, (label, value) in enumerate(rows)
            for p in ((40, 40 + 100 * i, label, 26, faint), (260, 40 + 100 * i, value, 27, black))
        ],
    )
    page = np.asarray(image)[:, :, ::-1].copy()
    darkened = _faint(page)
    assert page[40:75, 40:200].min() >= 200 and darkened[40:75, 40:200].min() < 160  # labels darker
    assert darkened[300:325, 600:900].min() >= 250  # paper stays paper
    # As if the detector had passed every label by, as it does on a real dropped-out scan.
    first = [ln for ln in ocr.read(page) if not any(label in ln.text for label, _ in rows)]
    assert sorted(ln.text for ln in first) == sorted(value for _, value in rows)
    [(_, lines)] = _faint_print("vehicle_invoice", [(page, first)], ocr) or [(page, [])]
    found = read_invoice(Layout(lines, all_labels("vehicle_invoice")), LABELS["vehicle_invoice"])
    assert found["buyer_name"][0].value == "王晓明"
    assert found["brand_model"][0].value == "长安牌SC7164AAB6"
    assert found["engine_number"][0].value == "KEW5769444"
    assert _faint_print("vehicle_invoice", [(page, lines)], ocr) is None  # nothing more to find


def test_a_stroke_through_a_line_is_found_and_an_underline_a_band_or_a_rule_is_not() -> None:
    import cv2

    from precredit.ocr.lines import Line
    from precredit.ocr.reader import _strike

    text = _printed("车辆总价：¥338,000.00（叁拾叁万捌仟元整）")
    page = np.pad(text, ((0, 0), (120, 120), (0, 0)), constant_values=250)
    h, w = page.shape[:2]
    line = Line("", 130, h * 0.2, w - 130, h * 0.85, 1.0)
    mid, end = int(h * 0.52), w - 150
    assert _strike(page, line) is None  # characters stand apart: no run of three line heights
    struck = page.copy()
    cv2.line(struck, (320, mid), (end, mid), (25, 25, 30), 2)
    span = _strike(struck, line)
    assert span is not None and abs(span[0] - 320) <= 3 and abs(span[1] - end) <= 3
    underlined = page.copy()
    cv2.line(underlined, (320, int(h * 0.83)), (end, int(h * 0.83)), (25, 25, 30), 2)
    assert _strike(underlined, line) is None
    # A word processor's underline under an inserted change sits tight at the characters' feet,
    # inside the band a stroke is looked for in; the characters end at it, they do not go on below.
    # (The detector's box reaches below the underline: it lies 0.75 of the box's height down.)
    inked = np.flatnonzero((page[:, 320:end].min(axis=2) < 128).any(axis=1))
    head, feet = int(inked[0]) - 2, int(inked[-1])
    boxed = Line("", 130, head, w - 130, head + (feet + 1 - head) / 0.75, 1.0)
    tight = page.copy()
    cv2.line(tight, (320, feet + 1), (end, feet + 1), (25, 25, 30), 2)
    assert _strike(tight, boxed) is None
    tight_struck = page.copy()  # the same box with a stroke through its middle is still struck
    cv2.line(tight_struck, (320, (head + feet) // 2), (end, (head + feet) // 2), (25, 25, 30), 2)
    assert _strike(tight_struck, boxed) is not None
    shaded = page.copy()
    shaded[int(h * 0.2) : int(h * 0.85), 300:] = (shaded[int(h * 0.2) : int(h * 0.85), 300:] * 0.6).astype(
        np.uint8
    )
    assert _strike(shaded, line) is None
    # A form's rule printed through the value runs on past the line, along its row of the form.
    ruled = page.copy()
    cv2.line(ruled, (0, mid), (w - 1, mid), (25, 25, 30), 2)
    assert _strike(ruled, line) is None
    # Letters blurred until they touch are lighter where they touch than on their strokes.
    blurred = cv2.GaussianBlur(
        cv2.resize(page, None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA), (3, 3), 0
    )
    small = Line("", 130 * 0.35, h * 0.2 * 0.35, (w - 130) * 0.35, h * 0.85 * 0.35, 1.0)
    assert _strike(blurred, small) is None
    # A list price printed grey beside a black label and struck through in the same grey (a shop's
    # discount): the stroke is as dark as the characters it crosses, if not as the label.
    grey = page.copy()
    grey[:, 320:] = (250 - (250 - grey[:, 320:].astype(np.float32)) * 0.42).astype(np.uint8)
    assert grey[:, 320:].min() > 140 and page[:, :320].min() < 60
    assert _strike(grey, line) is None
    cv2.line(grey, (320, mid), (end, mid), (150, 150, 150), 2)
    span = _strike(grey, line)
    assert span is not None and abs(span[0] - 320) <= 3 and abs(span[1] - end) <= 3


@pytest.mark.parametrize("turn", [1, 3])
def test_a_line_running_up_or_down_the_page_is_read_either_way(turn: int) -> None:
    """The recogniser turns a tall line's crop a quarter anticlockwise before reading: text running
    upward reads, text running downward came out upside down. Both read now."""
    text = "自2025年11月05日零时起"
    page = np.pad(np.rot90(_printed(text), turn), ((30, 30), (30, 30), (0, 0)), constant_values=250)
    assert [ln.text for ln in get_engine("rapidocr").read(page)] == [text]


def test_the_twenty_fifth_sets_lesson_a_date_in_chinese_numerals_is_a_date() -> None:
    """A formal contract dates itself 二〇二六年十一月五日: its signing date was read 0 of 10 times.
    A date in Chinese numerals is written in figures when a line is read, so every date rule
    applies; what is not a month and a day stays as printed."""
    from precredit.ocr.lines import in_figures, normalize

    assert normalize("本合同于二〇二六年十一月五日在杭州市签订") == "本合同于2026年11月5日在杭州市签订"
    assert in_figures("二○二三年十二月三十一日") == "2023年12月31日"  # 〇 returned as ○
    assert in_figures("二O二四年二月二十日") == "2024年2月20日"  # or as the letter O
    assert in_figures("二〇二五年十月十日") == "2025年10月10日"
    for text in ("二〇二五年十三月五日", "二〇二五年一月十十日", "乙方应于三十日内提车"):
        assert in_figures(text) == text
    kind = "purchase_contract"
    truth, pages = _bench_document(kind, "contract_numeral_dates", 0)
    assert read_pages(kind, pages).fields["sign_date"] == truth["sign_date"]


def test_the_seventy_sixth_sets_lesson_a_date_in_cheque_capitals_is_a_date() -> None:
    """A dealer's finance clerk dates a contract as cheques are dated, 贰零贰陆年零伍月贰拾柒日: its
    signing date was read 0 of 10 times. Capital numerals are read as the ordinary ones, with the
    零 that guards a month or day under ten and the 壹拾 of ten; what is no calendar date stays."""
    from precredit.ocr.lines import in_figures, normalize

    assert normalize("签订日期：贰零贰陆年零伍月贰拾柒日") == "签订日期:2026年5月27日"
    assert in_figures("贰零贰伍年壹拾贰月零叁拾日") == "2025年12月30日"
    assert in_figures("贰零贰陆年零壹拾月零贰拾日") == "2026年10月20日"  # ten and twenty guarded
    assert in_figures("二〇二五年一十一月三日") == "2025年11月3日"
    for text in (
        "贰零贰陆年壹拾叁月零伍日",
        "贰零贰陆年零伍月叁拾贰日",
        "贰零贰陆年拾拾月伍日",
        "贰零贰陆年伍月",
    ):
        assert in_figures(text) == text
    kind = "purchase_contract"
    truth, pages = _bench_document(kind, "contract_cheque_style_date", 0)
    assert read_pages(kind, pages).fields["sign_date"] == truth["sign_date"]


def test_the_seventy_fourth_sets_lesson_english_month_names_are_dates() -> None:
    """A foreign-invested insurer's bilingual policy writes 27 May 2026 or May 27, 2026: every
    date rule read figures and Chinese only. A date with an English month's name is written in
    figures when a line is read, before its spaces go (they end the year: 2026 00:00); what is no
    calendar's date stays as printed."""
    from precredit.ocr.lines import english_dates, normalize

    assert normalize("27 May 2026 00:00 to 26 May 2027 24:00") == "2026年5月27日00:00to2027年5月26日24:00"
    assert normalize("May 27, 2026 00:00 to May 26, 2027 24:00") == "2026年5月27日00:00to2027年5月26日24:00"
    assert english_dates("1st September 2024") == "2024年9月1日"
    assert english_dates("27-Sep-2026") == "2026年9月27日"
    assert english_dates("0ct 3, 2024") == "2024年10月3日"  # the O of Oct read as a zero
    assert english_dates("toMay26,2027") == "to2027年5月26日"  # spaces lost by the recogniser
    no_dates = ("30 Feb 2024", "Summary 27, 2026", "May 2026", "LFV2A21K2M4012345", "Mar 5, 3024", "JUN52019")
    for text in no_dates:
        assert english_dates(text) == text


def test_the_eightieth_sets_lesson_a_deeds_day_of_the_month_is_a_date() -> None:
    """An importer's contract dated itself as a deed does (Dated this 13th day of September, 2023),
    read with its spaces lost (Datedthis9thdayofMarch,2026): "day of" between the ordinal day and
    the month now leaves it a date; a day the month does not have is still none."""
    from precredit.ocr.lines import english_dates

    assert english_dates("Dated this 13th day of September, 2023") == "Dated this 2023年9月13日"
    assert english_dates("日Date:Datedthis9thdayofMarch,2026") == "日Date:Datedthis2026年3月9日"
    assert english_dates("the 1st day of Dec. 2025") == "the 2025年12月1日"
    assert english_dates("the 31st day of February, 2026") == "the 31st day of February, 2026"
    assert english_dates("9 days of March 2026") == "9 days of March 2026"


def test_an_iso_timestamp_with_its_first_dash_lost_is_its_date() -> None:
    """202412-25T00:00:00+08:00 (the seventy-third set's ISO timestamps, one dash unread) was found
    as 2412-25-00 inside its run of digits and failed; a date that starts inside a run of digits
    gives way to the run read as a date missing one separator."""
    assert v.parse_date("202412-25T00:00:00+08:00") == date(2024, 12, 25)
    assert v.parse_date("2024-12-25T00:00:00+08:00") == date(2024, 12, 25)
    assert v.parse_date("202603.17") == date(2026, 3, 17)
    assert v.parse_date("2023年5月1日") == date(2023, 5, 1)


def test_a_small_caption_misread_under_its_value_is_read_again_enlarged() -> None:
    """A label printed small and grey under a large value is misread at the page's scale far more
    than the value ((W阳起期 for 保险起期 in the thirty-second set). A short line holding no label
    in a caption's place is read again enlarged and kept when a label then opens it; a line that
    is no caption (the value itself, long prose) is not read again."""
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import _small_labels

    ocr = get_engine()
    image = _page(
        (700, 260),
        [
            (60, 40, "2025年6月11日", 34, (20, 20, 20)),
            (62, 95, "保险起期", 18, (120, 120, 125)),
            (60, 190, "客服电话：95518", 18, (120, 120, 125)),
        ],
    )
    page = np.asarray(image)[:, :, ::-1].copy()
    first = sorted(ocr.read(page), key=lambda ln: ln.y0)
    assert [ln.text for ln in first][:2] == ["2025年6月11日", "保险起期"]
    # The page's reading as a worse photo gives it: the caption misread past any label.
    cap = first[1]
    misread = [first[0], Line("(W阳起期", cap.x0, cap.y0, cap.x1, cap.y1, 0.6), *first[2:]]
    mended = _small_labels("insurance_policy", [(page, misread)], ocr)
    assert mended is not None
    assert sorted(ln.text for ln in mended[0][1]) == sorted(ln.text for ln in first)
    assert _small_labels("insurance_policy", [(page, first)], ocr) is None  # nothing to mend


def test_a_rule_painted_out_continues_the_strokes_it_cut_and_leaves_paper_elsewhere() -> None:
    from precredit.ocr.reader import _rules, _unruled

    page = np.full((140, 1000, 3), 245, np.uint8)  # a strip of a page at the reading width
    page[60:63, 20:980] = 60  # a table's rule, three pixels thick
    page[40:85, 200:204] = 20  # a character's stroke down through it, as tall as a character
    page[5:135, 390:393] = 60  # a rule down the page
    rules = _rules(page)
    assert rules[61, 100] and rules[61, 202] and rules[50, 391]
    assert not rules[45, 202]  # the stroke alone is no rule: it is shorter than any
    clean = _unruled(page, rules)
    assert clean[61, 100].min() > 230  # the rule is paper where nothing crossed it
    assert clean[61, 202].max() < 40  # and the stroke runs on across it
    assert clean[50, 391].max() > 230  # the rule down the page is painted out too


def test_values_printed_across_a_forms_rules_are_found_with_the_rules_painted_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A policy filled by a misfed printer pass (the fiftieth set's, seen): every value half a row
    low, the rules through their middles. The detector finds neither the policy number nor the
    VIN nor the period under the rules; with the rules painted out it finds them, and the number
    read from the print is right. Without the second look the number is not read at all."""
    from precredit.ocr import reader
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("insurance_policy") if f.name == "policy_misaligned_overprint")
    truth, pages = render_family(
        family, random_fields("insurance_policy", random.Random(104944)), seed=104944
    )
    result = read_pages("insurance_policy", pages)
    assert result.fields["policy_number"] == truth["policy_number"]
    assert result.fields["insured_name"] == truth["insured_name"]
    monkeypatch.setattr(reader, "_ruled_through", lambda kind, pages, ocr: None)
    assert read_pages("insurance_policy", pages).fields["policy_number"] is None


def test_a_page_laid_over_another_in_one_photo_does_not_hide_the_page_under_it() -> None:
    """Two pages photographed overlapping (the fifty-first set's shingled policy, seen): the
    outline rings the sheet on top, which holds the beneficiary and the insurer, while the
    schedule (number, insured, VIN) lies on the sheet under it, outside the outline. A reading
    that lacks fields reads the whole frame too and keeps whichever finds more."""
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("insurance_policy") if f.name == "policy_shingled_pages")
    truth, pages = render_family(
        family, random_fields("insurance_policy", random.Random(107969)), seed=107969
    )
    fields = read_pages("insurance_policy", pages).fields
    for name in ("policy_number", "insured_name", "vin", "first_beneficiary"):
        assert fields[name] == truth[name], name


def test_the_whole_frame_counts_as_more_only_for_text_the_outline_left_out() -> None:
    """The same page read smaller from the whole frame misreads a character here and there (汽车
    as 汽丰) and reads a line's short end apart (议。): no line of it is new. A sheet under the outlined one adds lines that resemble
    nothing the outline held."""
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import BEYOND_LINES, _lines_beyond

    def lines(*texts: str) -> list[Line]:
        return [Line(t, 0, 40 * i, 500, 40 * i + 30, 0.9) for i, t in enumerate(texts)]

    outlined = lines(
        "甲方(出卖人)盖章:杭州鑫源汽车贸易有限公司", "乙方身份证号:330106190007158451", "签署日期:2025.09.18"
    )
    again = lines(
        "甲方(出卖人)盖章:杭州鑫源汽丰贸易有限公司",
        "乙方身份证号:330106199007158451",
        "签署日期:2025.09.18",
        "议。",
    )
    assert _lines_beyond(again, outlined) == 0
    under = lines(
        "保险单号", "PDAA202351011617526605", "被保险人", "段彬博", "车辆识别代号", "LDCTRZH37PL894511"
    )
    assert _lines_beyond(again + under, outlined) == len(under) >= BEYOND_LINES


def test_two_sheets_photographed_side_by_side_are_read_as_two_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A contract's two pages laid side by side on a board and photographed in one shot (a seen
    family): the outline rings the second sheet, which holds only the signing date, and the whole
    frame reads both sheets too small to read. The first sheet is found by covering the second in
    the board's colour and read as the page before it. Without that, the whole frame's small print
    is read again at the photo's own detail (`fine_print_width`) and the buyer is read there too;
    without either, the parties are misread."""
    from precredit.ocr import reader
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("purchase_contract") if f.name == "contract_two_sheets_one_photo")
    truth, pages = render_family(family, random_fields("purchase_contract", random.Random(49442)), seed=49442)
    assert read_pages("purchase_contract", pages).fields == truth
    monkeypatch.setattr(reader, "_another_sheet", lambda kind, raw, flat, read, width: None)
    assert read_pages("purchase_contract", pages).fields["buyer_name"] == truth["buyer_name"]
    monkeypatch.setattr(reader, "fine_print_width", lambda kind, reading, raws: None)
    assert read_pages("purchase_contract", pages).fields["buyer_name"] != truth["buyer_name"]


def test_another_sheet_is_found_beside_the_outlined_one_and_a_card_is_not() -> None:
    from precredit.ocr.geometry import straighten
    from precredit.ocr.kinds import ASPECT, WORK_WIDTH
    from precredit.ocr.reader import _another_sheet

    frame = np.full((1400, 2000, 3), (60, 70, 80), np.uint8)
    frame[200:1200, 250:950] = 245  # the left sheet
    frame[190:1190, 1050:1750] = 250  # the right one, a little brighter
    flat = straighten(frame, WORK_WIDTH["purchase_contract"], aspect=ASPECT["purchase_contract"])
    assert flat.quad is not None
    found = _another_sheet("purchase_contract", frame, flat, lambda img: [], WORK_WIDTH["purchase_contract"])
    assert found is not None
    (page, _), before = found
    assert before == (flat.quad[:, 0].mean() > 1000)  # the other sheet comes first when it is left
    assert page.shape[1] == WORK_WIDTH["purchase_contract"]
    # A card beside the page is no second sheet.
    frame[190:1190, 1050:1750] = (60, 70, 80)
    frame[500:770, 1200:1630] = 250
    flat = straighten(frame, WORK_WIDTH["purchase_contract"], aspect=ASPECT["purchase_contract"])
    assert (
        _another_sheet("purchase_contract", frame, flat, lambda img: [], WORK_WIDTH["purchase_contract"])
        is None
    )


def test_a_dot_leaders_marks_are_found_between_label_and_value_and_a_decimal_point_is_not() -> None:
    """Leader dots (or dashes) from 合同编号 to a number flush right: a row of small marks on one
    level, none touching the next; the value's own small marks (a decimal point, a comma) stand
    alone between larger characters and are no leader."""
    from PIL import ImageDraw

    from precredit.ocr.lines import Line
    from precredit.ocr.reader import _leader_marks
    from precredit.ocr.synth.fonts import load_font

    for leader in (".", "-", "·"):
        image = Image.new("RGB", (1000, 60), (250, 250, 246))
        draw = ImageDraw.Draw(image)
        face = load_font("noto-sans", 24)
        draw.text((10, 15), "车辆总价款", font=face, fill=(20, 20, 20))
        start = 10 + draw.textlength("车辆总价款", font=face) + 6
        value_x = 760
        draw.text(
            (start, 15),
            leader * int((value_x - 8 - start) / draw.textlength(leader, font=face)),
            font=face,
            fill=(90, 90, 90),
        )
        draw.text((value_x, 15), "¥486,500.00", font=face, fill=(20, 20, 20))
        page = np.asarray(image)[:, :, ::-1].copy()
        marks = _leader_marks(page, Line("车辆总价款......¥486,500.00", 5, 8, 995, 52, 0.9))
        assert len(marks) >= 20, leader
        assert all(start - 2 <= x0 and x1 <= value_x + 2 for x0, _, x1, _ in marks), leader


def test_a_value_beside_dot_leaders_is_read_again_with_the_leaders_painted_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fifty-seventh set's contract of dot leaders (seen), doc 4: in a long run of dashes the
    recogniser lost the seller's name (---------------------------司-公司) and the buyer's ID
    number's first digit. With the leaders' marks painted out both read whole; without that
    second look the ID number is not read, and the seller only because its region's re-read
    without coloured ink paints the coloured leaders out too; without either, neither is read."""
    from precredit.ocr import reader, reread
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("purchase_contract") if f.name == "contract_dot_leaders")
    truth, pages = render_family(
        family, random_fields("purchase_contract", random.Random(119066)), seed=119066
    )
    fields = read_pages("purchase_contract", pages).fields
    assert (fields["seller_name"], fields["buyer_id_number"]) == (
        truth["seller_name"],
        truth["buyer_id_number"],
    )
    monkeypatch.setattr(reader, "_led", lambda kind, pages, ocr: None)
    fields = read_pages("purchase_contract", pages).fields
    assert fields["seller_name"] == truth["seller_name"] and fields["buyer_id_number"] is None
    monkeypatch.setattr(reread, "VARIANTS", reread.VARIANTS[:3])
    monkeypatch.setattr(reread, "INKLESS", ())
    fields = read_pages("purchase_contract", pages).fields
    assert fields["seller_name"] is None and fields["buyer_id_number"] is None


def test_fine_print_is_read_again_at_the_detail_the_photo_holds() -> None:
    """Lines 16 px high at the working width are read again at twice it where the photo is wide
    enough, at what it holds where it is narrower, not at all where it holds less than a quarter
    more; lines of ordinary height (30 px), or too few to say, are not read again, nor a card's
    (small lines round a card are a newspaper's it lies on)."""
    from precredit.ocr.kinds import all_labels
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, fine_print_width

    def reading(height: float, n: int = 12) -> Reading:
        lines = [Line(f"保险单号码{i:04d}", 100, 40 * i, 400, 40 * i + height, 0.9) for i in range(n)]
        return Reading(
            {}, False, np.zeros((10, 10, 3), np.uint8), Layout(lines, all_labels("insurance_policy"))
        )

    photo = [np.zeros((1500, 2400, 3), np.uint8)]
    assert fine_print_width("insurance_policy", reading(16), photo) == 2000
    assert fine_print_width("insurance_policy", reading(16), [np.zeros((1100, 1600, 3), np.uint8)]) == 1600
    assert fine_print_width("insurance_policy", reading(16), [np.zeros((900, 1200, 3), np.uint8)]) is None
    assert fine_print_width("insurance_policy", reading(30), photo) is None
    assert fine_print_width("insurance_policy", reading(16, n=5), photo) is None
    assert fine_print_width("id_card_back", reading(16), photo) is None  # a card's print has one size


def test_a_policy_printed_two_pages_to_a_sheet_is_read_at_the_photos_own_detail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fifty-seventh set's policy printed two pages to a landscape sheet (seen), doc 9: at the
    working width its print is 15 px high and the insurer's name lost a character (股份限公司);
    read again from the photo at its own detail it is whole. Without that, it is misread."""
    from precredit.ocr import reader
    from precredit.ocr.synth import families, render_family

    family = next(f for f in families("insurance_policy") if f.name == "policy_reduced_two_up")
    truth, pages = render_family(
        family, random_fields("insurance_policy", random.Random(120080)), seed=120080
    )
    assert read_pages("insurance_policy", pages).fields["insurer"] == truth["insurer"]
    monkeypatch.setattr(reader, "fine_print_width", lambda kind, reading, raws: None)
    assert read_pages("insurance_policy", pages).fields["insurer"] != truth["insurer"]


def test_a_card_small_in_its_frame_is_read_again_from_its_part_of_the_page() -> None:
    """Labelled lines spanning under CARD_SPAN of the page's width are a card small in its frame:
    its part of the page, grown round the labels, is given back enlarged to the working width. A
    card spanning the page, a paper document, or fewer than two labels: nothing."""
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, small_card

    page = np.full((1400, 1000, 3), 255, np.uint8)

    def reading(lines: list[Line], kind: str = "id_card_front") -> Reading:
        return Reading({}, False, page, Layout(lines, all_labels(kind)))

    small = [
        Line("姓名邱俊雨", 600, 640, 710, 675, 0.9),
        Line("住址湖北省武汉市武昌区文化路13", 600, 725, 840, 770, 0.9),
        Line("公民身份号码420106196612179566", 600, 840, 875, 880, 0.9),
    ]
    crop = small_card("id_card_front", reading(small))
    assert crop is not None and crop.shape[1] == 1000
    # The labels' span (275 px) grown 0.4 left and 1.9 right, clipped at the page's right edge.
    assert crop.shape[0] == round((880 + 0.3 * 275 - (640 - 0.9 * 275)) * 1000 / (1000 - (600 - 0.4 * 275)))
    wide = [Line(ln.text, ln.x0 - 500, ln.y0, ln.x1 - 100, ln.y1, 0.9) for ln in small]
    assert small_card("id_card_front", reading(wide)) is None
    assert small_card("purchase_contract", reading(small, "purchase_contract")) is None
    assert small_card("id_card_front", reading(small[:1])) is None


def test_a_short_stroke_through_a_name_counts_under_a_correction_and_a_dash_never() -> None:
    """A struck two-character name is a stroke of about one line height (the box is half as tall
    again as its characters): the sixty-first set's corrected policies were missed at the three
    a stroke alone needs. Under a correction (`STRUCK_CORRECTED`) one line height is enough; a
    run of dashes between characters, with nothing below it, is no stroke either way."""
    import cv2

    from precredit.ocr.lines import Line
    from precredit.ocr.reader import STRUCK_CORRECTED, _strike

    label = _printed("被保险人：")
    name = _printed("高美")
    page = np.pad(np.hstack([label, name]), ((0, 0), (60, 60), (0, 0)), constant_values=250)
    h, w = page.shape[:2]
    line = Line("", 70, h * 0.2, w - 70, h * 0.85, 1.0)
    struck = page.copy()
    x0 = 60 + label.shape[1] + 14
    x1 = 60 + label.shape[1] + name.shape[1] - 14
    for dy in (0.47, 0.58):
        cv2.line(struck, (x0, int(h * dy)), (x1, int(h * dy)), (25, 25, 30), 2)
    assert _strike(page, line, STRUCK_CORRECTED) is None
    assert _strike(struck, line) is None  # alone: too short to tell from touching characters
    span = _strike(struck, line, STRUCK_CORRECTED)
    assert span is not None and abs(span[0] - x0) <= 3 and abs(span[1] - x1) <= 3
    dashed = np.pad(_printed("二〇二四————二〇二五"), ((0, 0), (60, 60), (0, 0)), constant_values=250)
    dh, dw = dashed.shape[:2]
    dash_line = Line("", 70, dh * 0.2, dw - 70, dh * 0.85, 1.0)
    assert _strike(dashed, dash_line) is None and _strike(dashed, dash_line, STRUCK_CORRECTED) is None


def test_the_sixty_first_sets_lesson_a_document_small_in_a_large_photo_is_read_at_its_detail() -> None:
    """The car's invoice beside an accessories invoice, both small on a desk in a 24-megapixel
    photo: reduced to MAX_SIDE on decoding, its print was too small to read, and at 6% of the
    frame it was below the outline's least share. A reduced photo that gave less than half the
    fields is decoded again at its detail, where a smaller outline of a readable size is looked
    for; the car's invoice is read, not the other."""
    from precredit.ocr.decode import MAX_SIDE, decode_image, reduced

    kind = "vehicle_invoice"
    truth, pages = _bench_document(kind, "invoice_with_accessory_invoice", 1)
    assert reduced(pages[0]) and max(decode_image(pages[0]).shape[:2]) <= MAX_SIDE
    fields = read_pages(kind, pages).fields
    assert {k: fields[k] for k in ("invoice_number", "buyer_name", "vin", "total_price")} == {
        k: truth[k] for k in ("invoice_number", "buyer_name", "vin", "total_price")
    }
    small = _jpeg(np.full((900, 1200, 3), 250, np.uint8))
    assert not reduced(small)


def _jpeg(image: np.ndarray) -> bytes:
    import cv2

    ok, data = cv2.imencode(".jpg", image)
    assert ok
    return data.tobytes()
