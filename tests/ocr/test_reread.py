"""The second reading of doubtful fields, with a scripted engine on a blank page: what is re-read,
and when a re-read is taken (vouched and agreed, or agreed and surer) or refused."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from precredit.ocr import validate as v
from precredit.ocr.kinds import LABELS, SOURCES, all_labels
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line
from precredit.ocr.read_paper import read_contract
from precredit.ocr.reread import INKLESS, VARIANTS, _inkless, agreed, second_chance
from precredit.policy.identifiers import id_check_char, with_vin_check_digit

VIN = "LSVAU2189N2123457"  # check digit 9
MISREAD_VIN = "LSVAU2180N2183457"  # two characters wrong: fails, and no single repair is unique


class ScriptedEngine:
    """Answers each crop with the next scripted text, as one line filling the crop."""

    name = "scripted"
    unsure = 0.85
    reread_regions = 6

    def __init__(self, *texts: str, conf: float = 0.97) -> None:
        self.texts = list(texts)
        self.conf = conf
        self.crops: list[tuple[int, int]] = []

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        h, w = bgr.shape[:2]
        self.crops.append((w, h))
        text = self.texts.pop(0) if self.texts else ""
        return [Line(text, 0, 0, w, h, self.conf)] if text else []

    def likelihoods(self, line: np.ndarray, texts: Sequence[str]) -> list[float | None]:
        return [None] * len(texts)


def contract(*lines: Line, engine: ScriptedEngine) -> dict[str, tuple[v.Checked, float]]:
    layout = Layout(lines, all_labels("purchase_contract"))
    labels = LABELS["purchase_contract"]
    page = np.full((400, 1000, 3), 255, np.uint8)
    return second_chance(
        read_contract(layout, labels),
        layout=layout,
        page=page,
        engine=engine,
        read=read_contract,
        labels=labels,
        sources=SOURCES,
    )


def row(text: str, x0: float = 100, y0: float = 100, width: float = 600, conf: float = 0.95) -> Line:
    return Line(text, x0, y0, x0 + width, y0 + 30, conf)


def test_failed_vin_is_taken_from_agreeing_rereads_and_says_so() -> None:
    engine = ScriptedEngine(*[VIN] * len(VARIANTS))
    out = contract(row(f"车辆识别代号:{MISREAD_VIN}"), engine=engine)
    checked, _ = out["vin"]
    assert checked.value == VIN
    assert "vin: value from a re-read of its region (the first reading failed its check)" in checked.warnings
    # Only the value is cropped, not its label: the as-is crop is narrower than the 600 px line.
    assert engine.crops[0][0] < 500


def test_one_valid_reread_alone_is_not_taken() -> None:
    engine = ScriptedEngine(VIN, "", "")
    out = contract(row(f"车辆识别代号:{MISREAD_VIN}"), engine=engine)
    assert out["vin"][0].value is None


def test_rereads_that_disagree_on_a_valid_vin_give_nothing() -> None:
    other = with_vin_check_digit("LSVAU2180N2123465")
    engine = ScriptedEngine(VIN, VIN, other)
    out = contract(row(f"车辆识别代号:{MISREAD_VIN}"), engine=engine)
    assert out["vin"][0].value is None
    assert out["vin"][0].warnings == [f"vin: VIN {MISREAD_VIN} rejected: several repairs fit"]


def test_value_the_detector_skipped_is_read_from_the_cell_beside_its_label() -> None:
    engine = ScriptedEngine(*["HT2024001"] * len(VARIANTS))
    out = contract(row("合同编号:", width=120), engine=engine)
    assert out["contract_number"][0].value == "HT2024001"
    assert any("re-read" in w for w in out["contract_number"][0].warnings)


def test_unsure_name_is_replaced_only_by_surer_agreeing_rereads() -> None:
    sure = ScriptedEngine(*["田伟"] * len(VARIANTS), conf=0.96)
    out = contract(row("买方:国伟", conf=0.63), engine=sure)
    assert out["buyer_name"][0].value == "田伟"
    assert (
        "buyer_name: value from a re-read of its region (the first reading was unsure)"
        in out["buyer_name"][0].warnings
    )
    assert not any("国伟" in w for w in out["buyer_name"][0].warnings)  # the misread name is not kept
    unsure = ScriptedEngine(*["田伟"] * len(VARIANTS), conf=0.7)
    out = contract(row("买方:国伟", conf=0.63), engine=unsure)
    assert out["buyer_name"][0].value == "国伟"


def test_confident_valid_fields_are_not_read_again() -> None:
    engine = ScriptedEngine()
    out = contract(row(f"车辆识别代号:{VIN}"), row("买方:田伟", y0=200, conf=0.99), engine=engine)
    assert out["vin"][0].value == VIN
    assert out["buyer_name"][0].value == "田伟"
    assert engine.crops == []


def test_agreement_rules() -> None:
    first = (v.Checked(None, 0.0, ["x: failed"]), 0.0)
    vouched = (v.Checked("A", 1.0, vouched=True), 0.8)
    assert agreed(first, [vouched, vouched]) == vouched
    assert agreed(first, [vouched]) is None
    assert agreed(first, [vouched, (v.Checked("B", 1.0, vouched=True), 0.9), vouched]) is None
    plain = (v.Checked("A", 0.9), 0.95)
    assert agreed(first, [plain, plain]) == plain
    assert agreed((v.Checked("A", 0.9), 0.6), [plain, plain]) is None  # same value: nothing new
    assert agreed((v.Checked("B", 0.9), 0.9), [plain, plain]) is None  # not clearly surer
    # Two sure readings agree; a third view agreeing less surely takes nothing from them (龚雪博 read
    # 0.92, 0.91 and, without coloured ink, 0.87 in a seen invoice under cup rings).
    third = (v.Checked("A", 0.9), 0.87)
    assert agreed((v.Checked("B", 0.9), 0.79), [plain, third, (v.Checked("A", 0.9), 0.92)]) == plain
    assert agreed((v.Checked("B", 0.9), 0.79), [plain, third]) is None  # one sure reading alone


def test_only_independent_checks_vouch() -> None:
    assert v.check_vin("vin", VIN).vouched
    assert v.check_id_number("id", "11010119900307" + "803" + id_check_char("11010119900307803")).vouched
    figure = v.check_figure("price", "¥234,500.00")
    assert v.check_amount("price", figure, "贰拾叁万肆仟伍佰元整").vouched
    assert not v.check_amount("price", figure, None).vouched
    assert not v.check_digits("code", "12345678", (8,)).vouched


class ViewEngine(ScriptedEngine):
    """Answers the first region's crop of the k-th view (`VARIANTS`; each view reads each of
    `regions` regions in turn) with the k-th answer's text and confidence, other regions' with
    nothing."""

    def __init__(self, *answers: tuple[str, float], regions: int = 1) -> None:
        super().__init__()
        self.answers = list(answers)
        self.regions = regions

    def read(self, bgr: np.ndarray, det_side: int | None = None) -> list[Line]:
        h, w = bgr.shape[:2]
        self.crops.append((w, h))
        view, region = divmod(len(self.crops) - 1, self.regions)
        text, conf = self.answers[view] if view < len(self.answers) and region == 0 else ("", 0.0)
        return [Line(text, 0, 0, w, h, conf)] if text else []


def test_coloured_ink_is_painted_as_paper_and_grey_print_is_kept() -> None:
    """A pen signature across a printed name: the inkless view keeps the black print and paints
    the blue strokes, their pale rims too, in the paper's colour."""
    crop = np.full((60, 200, 3), (222, 228, 232), np.uint8)  # slightly warm paper, BGR
    crop[20:40, 20:90] = (40, 40, 40)  # print
    crop[25:29, 60:180] = (170, 60, 35)  # a blue stroke, BGR, over the print's end
    crop[29:31, 60:180] = (215, 190, 180)  # its pale rim
    out = _inkless(crop)
    # The print away from the stroke (the stroke's rim is widened by two pixels, print or not).
    assert out[20:23, 20:90].max() <= 40 and out[33:40, 20:90].max() <= 40
    stroke = out[25:31, 100:180].astype(int)
    assert stroke.min() >= 200  # the stroke is gone
    assert np.abs(stroke - np.array((222, 228, 232))).max() <= 12  # into the paper's colour
    plain = np.full((40, 80, 3), 230, np.uint8)
    plain[10:30, 10:70] = 30
    assert np.array_equal(_inkless(plain), plain)  # nothing coloured: the crop as it was


def test_a_name_only_the_inkless_views_read_is_taken_at_their_own_bar() -> None:
    """The buyer's signature over the printed name: the plain views read the two as one wrong
    name, only the two views without coloured ink read the print, less surely than print alone.
    Their agreement at INKLESS_SURE, surer than the first reading, is taken; below it, not."""
    assert INKLESS == (3, 4) and len(VARIANTS) == 5
    first = row("买方:强吴", conf=0.69)
    signed = ViewEngine(("强员", 0.66), ("强吴", 0.39), ("强吴", 0.5), ("马涵", 0.86), ("马涵", 0.84))
    assert contract(first, engine=signed)["buyer_name"][0].value == "马涵"
    faint = ViewEngine(("强员", 0.66), ("强吴", 0.39), ("强吴", 0.5), ("马涵", 0.86), ("马涵", 0.75))
    assert contract(first, engine=faint)["buyer_name"][0].value == "强吴"
    # One inkless view alone is not enough, however sure.
    alone = ViewEngine(("强员", 0.66), ("强吴", 0.39), ("强吴", 0.5), ("马涵", 0.99), ("", 0.0))
    assert contract(first, engine=alone)["buyer_name"][0].value == "强吴"


def test_the_inkless_views_never_extend_a_code_along_its_row() -> None:
    """A code followed along its row by a short piece (a date in the next cell) is read again to
    see whether the piece is more of it. Without coloured ink the form's coloured rules go too, so
    those views read the two cells as one run (GC2023062136116 and 20230621 as one number, a
    seen contract at seed 3): only the plain views decide where a run ends."""
    number, date_cell = "GC2023062136116", "20230621"
    lines = (row(f"合同编号:{number}", width=400, conf=0.99), Line(date_cell, 520, 100, 640, 130, 0.99))
    joined = number + date_cell
    # Two regions are read again: the number with its run, and the empty cell of another field.
    views = {"regions": 2}
    inkless_join = ViewEngine(
        (joined, 1.0), (number, 1.0), (number, 1.0), (joined, 1.0), (joined, 1.0), **views
    )
    assert contract(*lines, engine=inkless_join)["contract_number"][0].value == number
    plain_join = ViewEngine(
        (joined, 1.0), (joined, 1.0), (number, 1.0), (number, 1.0), (number, 1.0), **views
    )
    assert contract(*lines, engine=plain_join)["contract_number"][0].value == joined
