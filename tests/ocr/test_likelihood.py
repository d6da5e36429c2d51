"""`claim_fit`'s arithmetic: the CTC forward algorithm against brute force, and the policy that uses
it. The engine-level figures (misread names confirmed, lies let through) are `ocr-bench --claims`."""

from __future__ import annotations

import itertools
import math
import random
from datetime import date
from typing import Any

import numpy as np
import pytest

from precredit.models.application import PolicyConfig
from precredit.models.decisions import Reason
from precredit.ocr.engines import get_engine
from precredit.ocr.likelihood import ctc_log_likelihood, text_log_likelihoods
from precredit.ocr.reader import read_pages
from precredit.ocr.synth import families, random_fields, render_family
from precredit.policy.idcard import assess_id_card
from precredit.policy.identifiers import id_check_char
from tests import factories


def brute_force(probs: np.ndarray, labels: list[int]) -> float:
    """Sum over every path whose collapse (merge repeats, drop blanks) is `labels`."""
    total = 0.0
    for path in itertools.product(range(probs.shape[1]), repeat=probs.shape[0]):
        collapsed = [c for i, c in enumerate(path) if c != 0 and (i == 0 or path[i - 1] != c)]
        if collapsed == labels:
            total += math.prod(probs[t, c] for t, c in enumerate(path))
    return total


@pytest.mark.parametrize("labels", [[], [1], [2], [1, 2], [1, 1], [2, 1, 2], [1, 1, 1]])
def test_the_forward_algorithm_sums_every_alignment(labels: list[int]) -> None:
    rng = np.random.default_rng(len(labels) * 7 + sum(labels))
    probs = rng.dirichlet(np.ones(3), size=5)
    expected = brute_force(probs, labels)
    got = ctc_log_likelihood(probs, labels)
    if expected == 0.0:
        assert got == -math.inf
    else:
        assert math.isclose(math.exp(got), expected, rel_tol=1e-9)


def test_texts_with_a_character_the_model_does_not_know_are_not_judged() -> None:
    probs = np.full((6, 3), 1 / 3)
    assert text_log_likelihoods(probs, {"甲": 1, "乙": 2}, ["甲乙", "甲丙", "甲 乙"]) == [
        pytest.approx(text_log_likelihoods(probs, {"甲": 1, "乙": 2}, ["甲乙"])[0]),
        None,
        pytest.approx(text_log_likelihoods(probs, {"甲": 1, "乙": 2}, ["甲乙"])[0]),  # spaces ignored
    ]


def test_on_a_real_card_the_printed_name_fits_and_a_one_character_lie_does_not() -> None:
    """PP-OCRv6 on rendered cards with rare name characters (a family developed on): a misread
    name's true form is judged close to the reading, and a name one character off is not."""
    family = next(f for f in families("id_card_front") if f.name == "id_front_rare_dev")
    judged = 0
    for seed in range(3):
        fields = random_fields("id_card_front", random.Random(seed))
        truth, pages = render_family(family, fields, seed=seed, degrade=False)
        name = truth["name"]
        lie = name[:-1] + ("王" if name[-1] != "王" else "李")
        honest = read_pages("id_card_front", pages, engine="rapidocr", claims={"name": name})
        lying = read_pages("id_card_front", pages, engine="rapidocr", claims={"name": lie})
        assert honest.fields == lying.fields  # claims never change what is read
        if honest.fields["name"] == name:
            assert honest.claim_fit == {"name": 1.0}
        elif "name" in honest.claim_fit:
            assert honest.claim_fit["name"] >= PolicyConfig().name_min_fit
        if "name" in lying.claim_fit:
            judged += 1
            assert lying.claim_fit["name"] < 1e-4, (name, lie, lying.claim_fit)
    assert judged == 3
    v4 = read_pages("id_card_front", pages, engine="rapidocr-v4", claims={"name": lie})
    if v4.fields["name"] and v4.fields["name"] != lie:  # PP-OCRv4 judges with its own recogniser
        assert v4.claim_fit["name"] < 1e-4
    assert get_engine("tesseract").likelihoods(np.zeros((20, 80, 3), np.uint8), ["x"]) == [None]


def _assess(
    read_name: str, fit: float | None, id_number: str | None = None
) -> tuple[list[str], dict[str, str]]:
    applicant = factories.request().applicant
    front: dict[str, str | None] = {
        "name": read_name, "sex": None, "birth_date": None, "ethnicity": "汉", "address": "北京市东城区",
        "id_number": id_number or applicant.id_number,
    }  # fmt: skip
    back: dict[str, str | None] = {
        "issuing_authority": "北京市公安局东城分局",
        "valid_from": "2020-01-01",
        "valid_to": "长期",
    }
    findings = assess_id_card(
        applicant=applicant, front=front, front_confidence={"name": 0.95}, back=back, front_warnings=[],
        today=date(2026, 11, 30), policy=PolicyConfig(), name_fit=fit,
    )  # fmt: skip
    return [*findings.decline, *findings.review], findings.notes


def test_a_name_the_print_bears_out_is_the_forms_and_the_note_names_no_one() -> None:
    name = factories.request().applicant.name
    misread = name[:-1] + "同"
    reasons, notes = _assess(misread, 0.3)
    assert reasons == [] and "fits the form's name" in notes["name"] and name not in notes["name"]
    # A poor fit, no judgement, or a card with another number: the reading stands (surely read: decline).
    assert _assess(misread, 1e-6)[0] == [Reason.ID_MISMATCH]
    assert _assess(misread, None)[0] == [Reason.ID_MISMATCH]
    other = "11010519900101123" + id_check_char("11010519900101123")
    assert Reason.ID_MISMATCH in _assess(misread, 0.3, id_number=other)[0]


def _printed_line(text: str, font: str) -> np.ndarray:
    from precredit.ocr.synth.draw import Page

    page = Page(760, 60, font, random.Random(0))
    page.text(12, 14, text, 28)
    return np.asarray(page.image)[:, :, ::-1].copy()  # BGR, as pages are read


def _chosen(printed: str, read: str, name: str, checked: Any) -> str | None:
    """What `choose_repair` makes of `checked` on a line printed `printed` and read `read`."""
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, choose_repair

    image = _printed_line(printed, "noto-sans")
    line = Line(read, 0, 0, image.shape[1], image.shape[0], 0.9)
    reading = Reading({}, False, image, Layout([line], []))
    return choose_repair(reading, get_engine("rapidocr"), name, checked).value


@pytest.mark.parametrize("font", ["noto-sans", "noto-serif", "wqy-microhei"])
def test_of_several_vin_repairs_the_print_chooses_the_one_it_holds(font: str) -> None:
    """A VIN read with S where 5 is printed fails its check digit, and two repairs pass it; the
    recogniser, asked how likely each is on the line, chooses the printed one. Printed the other
    way, it chooses the other: the choice follows the pixels, not an order of the options."""
    from precredit.ocr import validate as v
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, choose_repair

    failed = v.check_vin("vin", "LVGESR0V1M0605820")
    assert failed.value is None and "several repairs fit" in failed.warnings[0]
    assert len(failed.options) >= 2 and "LVGE5R0V1M0605820" in failed.options
    ocr = get_engine("rapidocr")
    for printed in failed.options[:2]:
        image = _printed_line(f"车架号：{printed}", font)
        line = Line(f"车架号：{failed.read_as}", 0, 0, image.shape[1], image.shape[0], 0.9)
        reading = Reading({}, False, image, Layout([line], []))
        chosen = choose_repair(reading, ocr, "vin", failed)
        assert chosen.value == printed and chosen.vouched
        assert any(f"repaired {failed.read_as} to {printed}" in w for w in chosen.warnings)
    # No line holds the reading: the failure stands.
    reading = Reading({}, False, image, Layout([Line("车架号：", 0, 0, 100, 60, 0.9)], []))
    assert choose_repair(reading, ocr, "vin", failed) is failed


def test_a_place_name_off_the_list_of_divisions_is_repaired_only_as_the_print_allows() -> None:
    """滩溪县 is no county of 淮北市; 濉溪县, one character away, is. Printed 濉溪县, the recogniser
    finds the listed name likely and it is taken; printed 滩溪县 (a card the list does not know),
    the print contradicts the repair and the reading stands."""
    from precredit.ocr import validate as v
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.places import repair
    from precredit.ocr.reader import Reading, choose_repair

    read = "安徽省淮北市滩溪县新华路73号"
    fix = repair(read)
    assert fix == ("安徽省淮北市滩溪县", ("安徽省淮北市濉溪县",))
    checked = v.Checked(read, 0.8, read_as=fix[0], options=fix[1])
    ocr = get_engine("rapidocr")
    for printed, expected in ((read.replace("滩", "濉"), read.replace("滩", "濉")), (read, read)):
        image = _printed_line(printed, "noto-sans")
        line = Line(read, 0, 0, image.shape[1], image.shape[0], 0.9)
        chosen = choose_repair(Reading({}, False, image, Layout([line], [])), ocr, "address", checked)
        assert chosen.value == expected
    # Names on the list, a renamed district's new type (临安区 where the list says 临安市), and a
    # name two characters off are left alone; two listed names one character away are both offered.
    assert repair("浙江省杭州市西湖区文三路") is None
    assert repair("浙江省杭州市临安区锦城街道") is None
    assert repair("浙江省杭州市西潮湖区") is None
    assert repair("安徽省黄山市黔县") == ("安徽省黄山市黔县", ("安徽省黄山市歙县", "安徽省黄山市黟县"))


def test_an_issuing_authoritys_place_off_the_list_is_repaired_as_the_print_allows() -> None:
    """浦阳县 is no county; 56 listed counties are one character from it. Printed 沭阳县公安局,
    the print picks 沭阳县 from all of them; a listed place is left alone."""
    from precredit.ocr import validate as v
    from precredit.ocr.places import repair_authority

    read = "浦阳县公安局"
    fix = repair_authority(read)
    assert fix is not None and fix[0] == "浦阳县" and "沭阳县" in fix[1] and len(fix[1]) > 10
    checked = v.Checked(read, 0.85, read_as=fix[0], options=fix[1])
    assert _chosen("沭阳县公安局", read, "issuing_authority", checked) == "沭阳县公安局"
    assert repair_authority("杭州市公安局西湖分局") is None
    assert repair_authority("杭卅市公安局西湖分局") == ("杭卅市", ("杭州市",))
    # The division's type itself misread as no type (市 as 布): the names differing in the type alone.
    assert repair_authority("深圳布公安局南山分局") == ("深圳布", ("深圳市",))
    # A type is never changed for another: 深圳县 is one character from 深圳市, which it is not offered.
    fix = repair_authority("深圳县公安局南山分局")
    assert fix is not None and "深圳市" not in fix[1]


def test_an_authoritys_branch_off_the_citys_districts_is_repaired_as_the_print_allows() -> None:
    """武候 is no district of 成都市; 武侯区 is, and its police branch is 武侯分局. Every district of
    the city named as long is offered (a branch's two characters may both be misread: 岳麓 read
    品著), and the print picks the one it holds; a branch no district names (高新分局), read as
    printed, is left alone by the print; a branch named as listed, with or without its type, is
    left alone, and a type the branch keeps is never changed."""
    from precredit.ocr import validate as v
    from precredit.ocr.places import repair_authority

    read = "成都市公安局武候分局"
    fix = repair_authority(read)
    assert fix is not None and fix[0] == "武候分局" and "武侯分局" in fix[1] and "锦江分局" in fix[1]
    assert all(len(o) == 4 for o in fix[1])
    checked = v.Checked(read, 0.85, read_as=fix[0], options=fix[1])
    assert _chosen("成都市公安局武侯分局", read, "issuing_authority", checked) == "成都市公安局武侯分局"
    read = "长沙市公安局品著分局"
    fix = repair_authority(read)
    assert fix is not None and "岳麓分局" in fix[1] and "市辖分局" not in fix[1]
    checked = v.Checked(read, 0.85, read_as=fix[0], options=fix[1])
    assert _chosen("长沙市公安局岳麓分局", read, "issuing_authority", checked) == "长沙市公安局岳麓分局"
    read = "成都市公安局高新分局"
    fix = repair_authority(read)
    assert fix is not None
    checked = v.Checked(read, 0.85, read_as=fix[0], options=fix[1])
    assert _chosen(read, read, "issuing_authority", checked) == read
    for listed in ("成都市公安局武侯分局", "北京市公安局朝阳区分局", "杭州市公安局西湖分局"):
        assert repair_authority(listed) is None
    fix = repair_authority("上海市公安局徐江分局")
    assert fix is not None and {"徐汇分局", "松江分局"} <= set(fix[1])
    fix = repair_authority("杭州市公安局西糊区分局")
    assert fix is not None and fix[0] == "西糊区分局" and "西湖区分局" in fix[1]
    assert all(o.endswith("区分局") for o in fix[1])
    assert repair_authority("杭州市公安局西湖县分局") is None  # 西湖区's type is not repaired
    assert repair_authority("深圳市公安局交通警察支队") is None


def test_a_date_the_document_was_made_on_read_after_today_is_repaired_as_the_print_allows() -> None:
    """A contract signed 2026-09-26 read as 2036: no document is signed after the day it is read,
    so the reading is refused and the years one digit away that are not later offered, and for a
    purchase's own contract not more than `RECENT` years back either (2006 and 2016 are none): the
    print picks 2026. Printed 2036 (a forged or misdated paper), nothing is taken: the field is
    unread. An ID card's first valid day may lie decades back, so there every year is offered."""
    from datetime import date

    from precredit.ocr import validate as v
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, choose_repair, not_after

    today = date(2026, 12, 1)
    read = "签订日期：2036年09月26日"
    ocr = get_engine("rapidocr")
    for printed, expected in ((read.replace("2036", "2026"), "2026-09-26"), (read, None)):
        image = _printed_line(printed, "noto-sans")
        reading = Reading(
            {}, False, image, Layout([Line(read, 0, 0, image.shape[1], image.shape[0], 0.9)], [])
        )
        refused = not_after(reading, "sign_date", v.Checked("2036-09-26", 0.9), today)
        assert refused.value is None and "after the day it was read" in refused.warnings[0]
        assert refused.read_as == "2036年09月26" and refused.values == ("2026-09-26",)
        assert refused.options == ("2026年09月26",)
        assert choose_repair(reading, ocr, "sign_date", refused).value == expected
        card = not_after(reading, "valid_from", v.Checked("2036-09-26", 0.9), today)
        assert card.values == ("2006-09-26", "2016-09-26", "2026-09-26")
    # Up to a time zone's day ahead stands; a date on no line is refused with nothing to repair.
    assert not_after(reading, "sign_date", v.Checked("2026-12-02", 0.9), today).value == "2026-12-02"
    lost = not_after(reading, "sign_date", v.Checked("2027-01-05", 0.9), today)
    assert lost.value is None and not lost.options


def test_a_companys_legal_form_misread_by_one_character_is_repaired_as_the_print_allows() -> None:
    """有服公司 is no legal form; 有限公司, one character away, is the one a dealer's name ends in.
    Printed 有限公司 the print picks it; printed 有服公司 (however unlikely) the reading stands,
    and a name read with its form intact offers nothing."""
    from precredit.ocr import entities as e

    read = "长沙永盛汽车贸易有服公司"
    checked = e.company("seller_name", read)
    assert checked.read_as == "有服公司" and checked.options == ("有限公司",)
    for printed, expected in ((read.replace("服", "限"), "长沙永盛汽车贸易有限公司"), (read, read)):
        assert _chosen(printed, read, "seller_name", checked) == expected
    assert not e.company("seller_name", "长沙永盛汽车贸易有限公司").options
    assert not e.company("insurer", "中国人民财产保险股份有限公司").options


def test_a_companys_trade_misread_by_one_character_is_repaired_as_the_print_allows() -> None:
    """汽车金册 is no trade; 汽车金融, one character away, is what a carmaker's lender calls itself.
    Printed 汽车金融 the print picks it; printed 汽车金册 (a name the list of trades does not know)
    the reading stands. Trades read whole, or names whose words are further from any trade,
    offer nothing."""
    from precredit.ocr import entities as e

    read = "东方汽车金册有限公司"
    checked = e.company("first_beneficiary", read)
    assert checked.read_as == "汽车金册" and checked.options == ("汽车金融",)
    for printed, expected in ((read.replace("册", "融"), "东方汽车金融有限公司"), (read, read)):
        assert _chosen(printed, read, "first_beneficiary", checked) == expected
    insurer = e.company("insurer", "中国大地财产保硷股份有限公司")
    assert insurer.read_as == "财产保硷" and insurer.options == ("财产保险",)
    for whole in ("东方汽车金融有限公司", "中国大地财产保险股份有限公司", "杭州安捷汽车销售服务有限公司"):
        assert not e.company("seller_name", whole).options
    assert not e.company("seller_name", "深圳永盛科技有限公司").options


@pytest.mark.parametrize("printed", ["签订日期：2024年06月26日", "签订日期：2024年08月26日"])
def test_a_month_no_calendar_has_is_repaired_as_the_print_allows(printed: str) -> None:
    """A month read as 00 (06 or 08 on a poor scan) is no date, and the real dates one digit away
    are offered to the print, which chooses the one it holds: the choice follows the pixels."""
    from precredit.ocr import validate as v

    read = printed.replace("06", "00").replace("08", "00")
    checked = v.check_date("sign_date", read)
    assert checked.value is None and len(checked.options) == 10
    assert _chosen(printed, read, "sign_date", checked) == v.check_date("d", printed).value


def test_a_brand_off_the_list_of_vehicle_brands_is_repaired_only_as_the_print_allows() -> None:
    """本国牌 is no vehicle brand; 本田牌, one character away, is. Printed 本田牌, the print takes
    the listed brand; printed 本国牌 (a brand the list does not know), the reading stands. A 牌
    read as another character after a listed brand is offered back; a listed brand is left alone."""
    from precredit.ocr import validate as v

    read = "本国牌HG7150HAC6"
    checked = v.check_brand_model("brand_model", read)
    assert checked.value == read and checked.read_as == "本国牌" and "本田牌" in checked.options
    assert (
        _chosen("厂牌型号：本田牌HG7150HAC6", f"厂牌型号：{read}", "brand_model", checked)
        == "本田牌HG7150HAC6"
    )
    assert _chosen(f"厂牌型号：{read}", f"厂牌型号：{read}", "brand_model", checked) == read
    cut = v.check_brand_model("brand_model", "长安线SC7164AAB6")
    assert (cut.read_as, cut.options) == ("长安线", ("长安牌",))
    assert _chosen("长安牌SC7164AAB6", "长安线SC7164AAB6", "brand_model", cut) == "长安牌SC7164AAB6"
    for listed in ("比亚迪牌BYD7005BEV", "大众汽车牌FV7152FBDWG", "SGM7158DAA1"):
        assert not v.check_brand_model("brand_model", listed).options


@pytest.mark.parametrize("printed", ["2015.02.08-2035.02.08", "2015.02.06-2035.02.06"])
def test_a_validity_period_off_its_anniversary_is_put_right_by_the_print_one_side_only(printed: str) -> None:
    """An ID card is valid to the day a term of years after it was issued. Read 2015.02.06 -
    2035.02.08, one of the two days is misread; both fields are offered the same two repairs (the
    start given the end's day, the end given the start's), so the print chooses one, for both:
    printed 2015.02.08 - 2035.02.08 the start is repaired and the end kept, printed with 06 twice
    the end is repaired and the start kept. Never both."""
    from precredit.ocr import validate as v
    from precredit.ocr.read_idcard import _off_term

    read = "有效期限2015.02.06-2035.02.08"
    apart = _off_term(read, date(2015, 2, 6), date(2035, 2, 8))
    assert set(apart) == {"valid_from", "valid_to"} and apart["valid_from"][1] == apart["valid_to"][1]
    as_read = {"valid_from": "2015-02-06", "valid_to": "2035-02-08"}
    chosen = {
        name: _chosen(
            f"有效期限{printed}",
            read,
            name,
            v.Checked(as_read[name], 0.6, read_as=read_as, options=options, values=values),
        )
        for name, (read_as, options, values) in apart.items()
    }
    start, end = printed.split("-")
    assert chosen == {"valid_from": start.replace(".", "-"), "valid_to": end.replace(".", "-")}
    # An anniversary, or dates apart by more than a day or a month alone, are offered nothing.
    assert _off_term("2015.02.08-2035.02.08", date(2015, 2, 8), date(2035, 2, 8)) == {}
    assert _off_term("2015.03.06-2035.02.08", date(2015, 3, 6), date(2035, 2, 8)) == {}
    assert _off_term("2015.02.06-2036.02.08", date(2015, 2, 6), date(2036, 2, 8)) == {}


def test_a_name_opening_with_no_common_surname_is_repaired_only_as_the_print_allows() -> None:
    """Printed 潘红 and read 酒红, the print picks 潘 of the surnames offered; printed 邝伟 (a
    surname rarer than the common ones, read right), no common surname is likely enough."""
    from precredit.ocr import validate as v
    from precredit.ocr.layout import Layout
    from precredit.ocr.lines import Line
    from precredit.ocr.reader import Reading, _changed, choose_repair

    checked = v.check_person("insured_name", "酒红")
    assert _chosen("被保险人：潘红", "被保险人：酒红", "insured_name", checked) == "潘红"
    # The note of the repair names neither the name read nor the name taken.
    image = _printed_line("被保险人：潘红", "noto-sans")
    line = Line("被保险人：酒红", 0, 0, image.shape[1], image.shape[0], 0.9)
    repaired = choose_repair(
        Reading({}, False, image, Layout([line], [])), get_engine("rapidocr"), "insured_name", checked
    )
    assert repaired.value == "潘红" and repaired.warnings
    assert not any("潘" in w or "酒" in w for w in repaired.warnings)
    checked = v.check_person("insured_name", "邝伟")
    assert checked.options and _chosen("被保险人：邝伟", "被保险人：邝伟", "insured_name", checked) == "邝伟"
    # Each character a repair changes must be as likely as REPAIR_FLOOR: two for 岳麓 from 品著.
    assert (_changed("品著分局", "岳麓分局"), _changed("酒红", "潘红"), _changed("ab", "abc")) == (2, 1, 1)


@pytest.mark.parametrize("font", ["noto-sans", "noto-serif"])
def test_a_vin_printed_in_lower_case_is_repaired_as_the_print_has_it(font: str) -> None:
    """A dealer's system printed the VIN as typed, in lower case: its l is read as 1, and several
    repairs pass the check digit. The line holds the reading in lower case; scored in upper case,
    every repair fits the lower-case print worse than the misreading, so the repairs are scored in
    the print's case and the one it holds is chosen."""
    from precredit.ocr import validate as v

    printed = "LHGU6N604SP073487"
    failed = v.check_vin("vin", "1hgu6n604sp073487")
    assert failed.value is None and printed in failed.options and len(failed.options) >= 2
    assert (
        _chosen(f"车辆识别代号：{printed.lower()}", f"车辆识别代号：{failed.read_as.lower()}", "vin", failed)
        == printed
    )
