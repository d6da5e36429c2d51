"""Pure checks: amounts, identifiers, dates. A field that fails is None with a warning, never a guess."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from precredit.ocr import validate as v
from precredit.ocr.amounts import from_chinese, misread_cost, parse_figure, to_chinese
from precredit.ocr.entities import date_span, dates_in
from precredit.ocr.extract import parse_period as _period
from precredit.ocr.synth.fields import vin
from precredit.policy.identifiers import vin_valid
from tests import factories


@pytest.mark.parametrize(
    ("figure", "words"),
    [
        ("234500.00", "贰拾叁万肆仟伍佰元整"),
        ("100020.05", "壹拾万零贰拾元零伍分"),
        ("1005000.10", "壹佰万零伍仟元壹角"),
        ("3008.34", "叁仟零捌元叁角肆分"),
    ],
)
def test_uppercase_amounts_round_trip(figure: str, words: str) -> None:
    assert to_chinese(Decimal(figure)) == words
    assert from_chinese(words) == Decimal(figure)


def test_uppercase_amounts_random_round_trip() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        value = Decimal(rng.randrange(1, 10**9)) / 100
        assert from_chinese(to_chinese(value)) == value


def test_not_an_amount_is_none() -> None:
    assert from_chinese("机动车损失保险") is None
    assert parse_figure("¥234,500.00") == Decimal("234500.00")
    assert parse_figure("12 and 13") is None
    # Separators that do not part groups of three are a misread: a decimal point lost (490,974.00
    # read 490,97400) would make the price a hundred times itself.
    assert parse_figure("车辆总价款为490,97400元") is None
    # A decimal point read as a comma after whole groups of three is put back (the premium of a
    # renewal letter, 7,157,96元); two digits after a comma never make a thousands group.
    assert parse_figure("¥98,500,00") == Decimal("98500.00")
    assert parse_figure("人民币7,157,96元（大写：柒仟壹佰伍拾柒元玖角陆分）") == Decimal("7157.96")
    assert parse_figure("¥1,234,567,89") == Decimal("1234567.89")
    for not_money in ("12,34", "98,50,00", "7,157,96,1", "2024,03,18"):
        assert parse_figure(not_money) is None, not_money
    assert parse_figure("¥1,234,567.89") == Decimal("1234567.89")
    assert parse_figure("¥2,000.00，交车时抵作车款") == Decimal("2000.00")


def test_uppercase_words_cut_short_are_no_amount() -> None:
    # A numeral after 元 with its 角 or 分 lost (…叁拾元陆 | 伍分, the 角 under a stamp): which place
    # it counts is not known, so the words say no amount rather than the yuan alone.
    assert from_chinese("捌仟柒佰叁拾元陆") is None
    assert from_chinese("捌仟柒佰叁拾元陆伍分") is None
    assert from_chinese("捌仟柒佰叁拾元陆角伍分") == Decimal("8730.65")
    assert from_chinese("叁仟零捌元零肆分") == Decimal("3008.04")
    # Words opening on 仟 or 佰 lost their head (壹万壹 under a lens frame); only 拾 is written
    # without its 壹, and no repair makes headless words say a figure.
    assert from_chinese("仟壹佰捌拾叁元伍角伍分") is None
    assert misread_cost(Decimal("1183.55"), "仟壹佰捌拾叁元伍角五分") is None
    assert misread_cost(Decimal("1183.55"), "壹仟壹佰捌拾叁元伍角五分") == 0
    assert from_chinese("拾伍万元整") == Decimal("150000")
    # Words under one yuan are the tail of words cut short, never a price or premium.
    tail = v.check_amount("premium", v.fail("premium", "unreadable"), "伍分")
    assert tail.value is None


def test_amount_cross_check() -> None:
    ok = v.check_amount(
        "total_price", v.check_figure("total_price", "小写¥234,500.00"), "贰拾叁万肆仟伍佰元整"
    )
    assert ok.value == "234500.00" and ok.strength == 1.0 and not ok.warnings
    bad = v.check_amount("total_price", v.check_figure("total_price", "¥284,500.00"), "贰拾叁万肆仟伍佰元整")
    assert bad.value is None and "disagrees" in bad.warnings[0]
    words_only = v.check_amount("total_price", v.fail("total_price", "unreadable"), "贰拾叁万肆仟伍佰元整")
    assert words_only.value == "234500.00" and words_only.warnings


def test_id_number_checksum_and_digit_confusions() -> None:
    assert v.check_id_number("id", "公民身份号码 11010519491231002X").value == "11010519491231002X"
    assert v.check_id_number("id", "11O10519491231002X").value == "11010519491231002X"
    bad = v.check_id_number("id", "110105194912310021")
    assert bad.value is None and "GB 11643" in bad.warnings[0]


def test_vin_repair_only_when_unique() -> None:
    good = vin(random.Random(5))
    assert vin_valid(good)
    assert v.check_vin("vin", good).value == good
    with_o = good.replace("0", "O", 1)
    if with_o != good:
        repaired = v.check_vin("vin", with_o)
        assert repaired.value == good and "repaired" in repaired.warnings[0]
    broken = good[:8] + ("1" if good[8] != "1" else "2") + good[9:]
    checked = v.check_vin("vin", broken)
    assert checked.value is None or (vin_valid(checked.value) and checked.warnings)


def test_a_vin_with_w_read_as_v_or_e_as_b_is_offered_the_printed_letter() -> None:
    """V and W differ by one stroke pair; a V where the print holds W fails the check digit, and
    the repair to W is among those the print is asked to choose from (`reader.choose_repair`)."""
    printed = "LGW6TGDH0NL684748"
    assert vin_valid(printed)
    checked = v.check_vin("vin", printed.replace("W", "V"))
    assert checked.value is None and printed in checked.options
    # E and B too: a page forwarded through a chat app read the E's open side closed.
    printed = "LDCP2YWE8SB451108"
    assert vin_valid(printed)
    checked = v.check_vin("vin", printed.replace("E", "B"))
    assert checked.value is None and checked.options == (printed,)


def test_a_vin_struck_by_a_rule_is_offered_the_letter_the_rule_changed() -> None:
    """A form's rule through a VIN printed across it changes letters by a stroke: an F with the
    rule along its foot reads E, a V with it through the fork reads Y, an R's leg lost in it reads
    K. Each misread fails the check digit and the printed letter is among the repairs offered."""
    for printed, misread in (
        ("LFVY0WCG5SJ007336", "LEVY0WCG5SJ007336"),
        ("LVSMT3UT7N2478106", "LYSMT3UT7N2478106"),
        ("LZWRZ6S87ME633460", "LZWKZ6S87ME633460"),
    ):
        assert vin_valid(printed) and not vin_valid(misread)
        checked = v.check_vin("vin", misread)
        assert checked.value is None and printed in checked.options


def test_a_vin_whose_f_a_blurred_photo_closed_into_p_is_offered_the_f() -> None:
    """An invoice photographed turned on a desk: the F of LFPLKH227NR623476 read P (its arms closed
    into a bowl). The misread fails the check digit and F is offered to the print, one look-alike
    alone; P read for F the other way too."""
    for printed, misread in (
        ("LFPLKH227NR623476", "LPPLKH227NR623476"),
        ("LSGPC52U9RF083915", "LSGFC52U9RF083915"),
    ):
        assert vin_valid(printed) and not vin_valid(misread)
        checked = v.check_vin("vin", misread)
        assert checked.value is None and printed in checked.options


def test_a_vin_whose_m_a_soft_photo_read_n_is_offered_the_m() -> None:
    """A contract photographed soft: the model year M of LGWSF7RY6MC783202 read N. One look-alike
    alone is offered to the print, and N read M the other way."""
    for printed, misread in (
        ("LGWSF7RY6MC783202", "LGWSF7RY6NC783202"),
        ("LNBSCB3F3PR123456", "LMBSCB3F3PR123456"),
    ):
        assert vin_valid(printed) and not vin_valid(misread)
        checked = v.check_vin("vin", misread)
        assert checked.value is None and printed in checked.options


def test_a_label_read_where_a_name_was_lost_is_no_name() -> None:
    for label in ("车辆配代号", "下辆代号", "身份证号", "投保单位"):
        assert v.check_person("insured_name", label).value is None, label
    for name in ("王保国", "欧阳娜娜", "李期", "艾合买提·买买提"):
        assert v.check_person("insured_name", name).value == name


def test_a_vin_with_two_confusions_is_offered_to_the_print_never_taken() -> None:
    """Both S of LVS61Z5S4S2696698 read 5 (a renewal letter's prose): no one confusion fits the
    check digit, so every VIN two confusions away that fits is offered, the printed one among them,
    and none is taken without the print (`reader.choose_repair`)."""
    checked = v.check_vin("vin", "LVS61Z55452696698")
    assert checked.value is None and "LVS61Z5S4S2696698" in checked.options
    assert all(vin_valid(o) for o in checked.options) and 1 < len(checked.options) < 20
    assert "two-character repairs fit" in checked.warnings[0]
    # One confusion that fits is still the only offer: pairs are a last resort.
    one = v.check_vin("vin", "LVS61Z554S2696698")
    assert "LVS61Z5S4S2696698" in one.options and "two-character" not in one.warnings[0]


def test_a_failure_that_offers_repairs_outlasts_an_earlier_one_that_does_not() -> None:
    """A bank's stamp over a VIN's label was read into the label's line (车辆识别代号/车架银行收讫),
    and the VIN in the next cell one character off: the failure kept is the VIN's, whose repairs
    the print may choose from, not the stamp text's."""
    from precredit.ocr.extract import first_valid
    from precredit.ocr.layout import Candidate
    from precredit.ocr.lines import Line

    label = Line("车辆识别代号/车架银行收讫", 436, 349, 773, 418, 0.95)
    cell = Line("LGV6TGDHONL684748", 844, 363, 1022, 395, 0.96)
    candidates = [Candidate("行收讫", 0.95, label, 700), Candidate(cell.text, 0.96, cell, cell.x0)]
    checked, _ = first_valid("vin", candidates, v.check_vin)
    assert checked.value is None and "LGW6TGDH0NL684748" in checked.options
    # With no repairs offered anywhere, the first failure's warning stands, as before.
    checked, _ = first_valid("vin", [candidates[0], Candidate("ZZZ", 0.9, cell, cell.x0)], v.check_vin)
    assert checked.warnings == ["vin: no 17-character VIN in '行收讫'"]


def test_a_period_with_a_month_no_calendar_has() -> None:
    """One date of a period real, the other with month 00: the one repair that makes the policy's
    year is taken and said; both impossible, each is left to the print with its repairs."""
    from precredit.ocr.read_paper import _impossible_period

    one = _impossible_period("自2023年06月26日零时起至2024年00月25日二十四时止")
    assert one is not None
    start, end = one
    assert (start.value, end.value) == ("2023-06-26", "2024-06-25") and "one year" in end.warnings[0]
    both = _impossible_period("自2023年00月26日零时起至2024年00月25日二十四时止")
    assert both is not None and all(c.value is None and len(c.options) == 10 for c in both)
    assert both[1].read_as == "2024年00月25" and "2024-06-25" in both[1].values
    # Real dates, or no second date, are no business of this rule.
    assert _impossible_period("自2023年06月26日零时起至2024年06月25日二十四时止") is None
    assert _impossible_period("2023年00月26日") is None
    assert v.impossible_date("2025.08.14") is None and v.impossible_date("2025.13.14") is not None


def test_invoice_code_and_number_formats() -> None:
    assert v.check_digits("invoice_code", "144031900110", (10, 12)).value == "144031900110"
    assert v.check_digits("invoice_code", "14403190011", (10, 12)).value is None
    assert v.check_digits("invoice_number", "O1234567", (8,)).value == "01234567"


def test_an_invoice_code_with_its_labels_last_character_read_as_a_digit_joined_to_it() -> None:
    """代码 read 代6 before 161012535323: thirteen digits. The code is the one end of the run shaped
    like an invoice code (a tax bureau digit, then a division's first four digits, 6101 Xi'an);
    a run neither end of which is shaped so, or one of eleven digits, is no code."""
    assert v.check_invoice_code("invoice_code", "代6161012535323").value == "161012535323"
    assert v.check_invoice_code("invoice_code", "1440326748359").value == "144032674835"
    assert v.check_invoice_code("invoice_code", "144032674835").value == "144032674835"
    assert v.check_invoice_code("invoice_code", "代6961012535323").value is None
    assert v.check_invoice_code("invoice_code", "9999144032674835").value is None


def test_dates_and_periods() -> None:
    assert v.check_date("d", "2024年3月9日").value == "2024-03-09"
    assert v.check_date("d", "2024-02-30").value is None
    assert _period("2015.03.12-2035.03.12") is not None
    assert _period("2015.03.12-长期") == (v.parse_date("2015.03.12"), "长期")
    assert _period("2035.03.12-2015.03.12") is None
    span = _period("自2024年01月27日零时起至2025年01月26日二十四时止")
    assert span is not None and str(span[1]) == "2025-01-26"


def test_names_and_ethnicity() -> None:
    assert v.check_person("name", "欧阳娜").value == "欧阳娜"
    assert v.check_person("name", "12ab").value is None
    assert v.check_ethnicity("e", "维吾尔族").value == "维吾尔"
    assert v.check_ethnicity("e", "火星").value is None


def test_id_number_completes_an_unsure_birth_date_and_a_missing_sex_with_warnings() -> None:
    from precredit.ocr.read_idcard import _agree_with_id

    out = {
        "id_number": (v.Checked("11010519491231002X", 1.0), 0.99),
        "birth_date": (v.Checked("1949-12-21", 0.9), 0.7),
        "sex": (v.fail("sex", "not 男/女"), 0.0),
    }
    _agree_with_id(out)
    assert out["birth_date"][0].value == "1949-12-31"
    assert "repaired from the ID number" in out["birth_date"][0].warnings[0]
    assert out["sex"][0].value == "女" and out["sex"][0].warnings


def test_a_surely_printed_birth_date_that_contradicts_the_number_is_kept_and_flagged() -> None:
    from precredit.ocr.read_idcard import _agree_with_id

    out = {
        "id_number": (v.Checked("11010519491231002X", 1.0), 0.99),
        "birth_date": (v.Checked("1949-12-21", 0.9), 0.97),
        "sex": (v.Checked("女", 0.9), 0.98),
    }
    _agree_with_id(out)
    assert out["birth_date"][0].value == "1949-12-21" and not out["birth_date"][0].vouched
    assert out["birth_date"][0].warnings == ["birth_date: printed value disagrees with the ID number"]
    assert out["sex"][0].vouched and not out["sex"][0].warnings


def test_vin_illegal_letters_are_repaired() -> None:
    good = "LFV2A21KXA4042521"
    assert vin_valid(good)
    repaired = v.check_vin("vin", good.replace("1", "I", 1))
    assert repaired.value == good and repaired.warnings
    assert v.check_vin("vin", "LFV2A21K").value is None


def test_a_letter_in_the_check_digits_place_is_a_misread_of_x_or_a_digit() -> None:
    """The ninth character of a VIN is its check digit, 0-9 or X: an X read K (a hairline print)
    or a 5 read S there is repaired like an illegal letter, taken where the check then fits; a
    letter there that no look-alike makes fit is refused."""
    from precredit.policy.identifiers import with_vin_check_digit

    with_x = "LSVSBLF9XS2838163"
    assert vin_valid(with_x)
    for read in ("LSVSBLF9KS2838163", "LSVSBLF9YS2838163"):
        checked = v.check_vin("vin", read)
        assert checked.value == with_x and checked.vouched and checked.warnings
    with_five = next(
        x for x in (with_vin_check_digit(f"LFV2A21K0A40425{n:02d}") for n in range(100)) if x[8] == "5"
    )
    checked = v.check_vin("vin", with_five[:8] + "S" + with_five[9:])
    assert checked.value == with_five and checked.vouched
    # K where the check digit is 7: no look-alike of K fits, nothing is taken.
    with_seven = next(
        x for x in (with_vin_check_digit(f"LFV2A21K0A40425{n:02d}") for n in range(100)) if x[8] == "7"
    )
    assert v.check_vin("vin", with_seven[:8] + "K" + with_seven[9:]).value is None


def test_misread_uppercase_still_bounds_the_figure() -> None:
    # Tesseract-style misreads: digits garbled, units intact. A dropped leading digit is caught.
    words = "查万肆什音佰参抬伍元零参分"
    dropped = v.check_amount("premium", v.check_figure("premium", "¥4,135.03"), words)
    assert dropped.value is None and "not confirmed" in dropped.warnings[0]
    kept = v.check_amount("premium", v.check_figure("premium", "¥14,135.03"), words)
    assert kept.value == "14135.03" and kept.warnings


def test_uppercase_misread_character_by_character_confirms_only_what_it_still_says() -> None:
    """A carbon copy's words, most characters misread as no numeral at all: its leading 拾 misread,
    the first unit read is 万, which bounded 363000 to the ten-thousands and refused it. Placed
    against the figure's own words, what was read agrees (陆, 万, 仟, 元, 整) and nothing
    contradicts: taken, weaker, with a warning. A numeral read where the figure's words have
    another one refuses it; too little agreeing leaves it unconfirmed."""
    kept = v.check_amount("total_price", v.Checked("363000.00", 0.85), "鲁物陆万套仟元整")
    assert kept.value == "363000.00" and kept.strength < 0.8 and "agrees" in kept.warnings[0]
    # 302000 is 叁拾万零贰仟元整: the read 贰 (武) is where its words have 零, and 仟 where 贰.
    wrong = v.check_amount("total_price", v.Checked("302000.00", 0.85), "办怡法万武任心垫")
    assert wrong.value is None and "contradicted" in wrong.warnings[0]
    other = v.check_amount("total_price", v.Checked("363000.00", 0.85), "叁拾捌万鲁仟元整")
    assert other.value is None and "contradicted" in other.warnings[0]
    little = v.check_amount("total_price", v.Checked("598500.00", 0.85), "伍结以万享开密值之型")
    assert little.value is None and "not confirmed" in little.warnings[0]


def test_vin_last_four_are_digits() -> None:
    good = factories.VIN
    assert good[13:] == "3294"
    # A digit read as its look-alike letter in the serial is repaired without any guessing.
    checked = v.check_vin("vin", good[:14] + "Z" + good[15:])
    assert checked.value == good and "last four" in checked.warnings[0]
    # No repair may put a letter into the last four, even when the check digit would then fit.
    for i in range(13, 17):
        for letter in "ABCDEFGHJKLMNPRSTUVWXYZ":
            candidate = good[:i] + letter + good[i + 1 :]
            checked = v.check_vin("vin", candidate)
            assert checked.value is None or checked.value[13:].isdigit()


def test_a_vin_has_a_model_year_in_its_tenth_place() -> None:
    """Seventeen digits with a passing check digit but 0 in the model-year place are no VIN (an
    ID number read one digit short, beside the VIN's own unreadable line), and no repair may leave
    a 0 there."""
    from precredit.policy.identifiers import with_vin_check_digit

    digits = with_vin_check_digit("43000420009088435")
    assert vin_valid(digits) and digits[9] == "0"
    assert v.check_vin("vin", digits).value is None
    year_d = with_vin_check_digit("LSVAU2180D2123456")
    as_zero = year_d[:9] + "0" + year_d[10:]
    checked = v.check_vin("vin", as_zero)
    assert checked.value is None or checked.value[9] != "0"
    assert year_d in (checked.options or (checked.value,))


def test_a_reference_number_ends_where_chinese_text_starts() -> None:
    from precredit.ocr.validate import check_code

    assert check_code("policy_number", "PDAA20265101投保确认码4942843361653026").value == "PDAA20265101"
    assert check_code("contract_number", "HT-2024-00123").value == "HT202400123"


def test_a_date_and_nothing_else_is_no_reference_number() -> None:
    from precredit.ocr.validate import check_code

    for day in ("2025/06/12", "2025-06-12", "2025.6.1", " 2024 / 11 / 10 "):
        assert check_code("contract_number", day).value is None, day
    # A number that holds a date among other characters is still a number.
    assert check_code("contract_number", "2025-0612-001").value == "20250612001"
    assert check_code("contract_number", "GC2025061244030").value == "GC2025061244030"


def test_a_figure_one_digit_off_its_words_gives_way_to_the_words() -> None:
    from precredit.ocr.validate import Checked, check_amount

    doubled = check_amount("vehicle_price", Checked("39150000.00", 0.9), "叁拾玖万壹仟伍佰元整")
    assert doubled.value == "391500.00" and not doubled.vouched
    dropped = check_amount("premium", Checked("413.03", 0.9), "肆仟壹佰叁拾伍元零叁分")
    assert dropped.value == "4135.03" and not dropped.vouched
    replaced = check_amount("premium", Checked("4185.03", 0.9), "肆仟壹佰叁拾伍元零叁分")
    assert replaced.value is None  # a replaced digit: which reading is wrong is not known


def test_a_date_that_lost_one_separator_is_still_the_date() -> None:
    assert str(v.parse_date("签约时间：2026.0317")) == "2026-03-17"
    assert str(v.parse_date("2026-03/17")) == "2026-03-17"
    assert str(v.parse_date("202603.17")) == "2026-03-17"
    # Not when month or day might have one digit: 2026.317 could be March 17 or a misread.
    assert v.parse_date("2026.317") is None
    assert v.parse_date("2026.1317") is None  # no month 13


def test_one_confusion_that_fits_the_check_digit_is_left_to_the_print() -> None:
    """A legal character swapped for its look-alike fits the check digit by chance 1 time in 11:
    a unique such repair is offered to the print (`reader.choose_repair`), never taken blind."""
    good = factories.VIN
    offered = 0
    for i, c in enumerate(good[:13]):
        for alt in v._VIN_CONFUSED.get(c, ""):
            checked = v.check_vin("vin", good[:i] + alt + good[i + 1 :])
            assert checked.value is None  # nothing vouched from a guess
            assert good in checked.options
            if len(checked.options) == 1:
                offered += 1
                assert checked.read_as == good[:i] + alt + good[i + 1 :]
    assert offered >= 1


def test_a_date_whose_days_second_digit_was_lost_at_the_line_end_is_no_date() -> None:
    """签订日期：2025.08.14 at the end of a column's line read 2025.08.1: the month printed with its
    zero says the day would be too, so a one-digit day ending the text was cut, not the 1st."""
    assert v.parse_date("双方签字盖章之日起生效。签订日期:2025.08.1") is None
    assert v.parse_date("签订日期:2025.08.14") == date(2025, 8, 14)
    assert v.parse_date("2025.8.1") == date(2025, 8, 1)  # printed without zeros throughout
    assert v.parse_date("2025年08月1日") == date(2025, 8, 1)  # the day ends with 日, nothing lost


def test_a_one_digit_day_followed_by_a_misread_digit_is_no_date() -> None:
    """保险起期 2025-05-28 00:00:00 under a crack read 2025-05-2&Q0:0Q:00: the month printed with
    its zero says the day would be too, and no date is followed by & or a letter, so the 2nd is
    not made up; a space, a separator, 日 or the sentence's Chinese after it change nothing."""
    assert v.parse_date("2025-05-2&Q0:0Q:00") is None
    assert v.parse_date("2025/05/2#") is None
    assert v.parse_date("2025-05-28 00:00:00") == date(2025, 5, 28)
    assert v.parse_date("2025-05-2 00:00") == date(2025, 5, 2)
    assert v.parse_date("2025-05-2至2026-05-1") == date(2025, 5, 2)
    assert v.parse_date("2025-5-2&") == date(2025, 5, 2)  # printed without zeros: nothing to say
    assert v.parse_date("2024-09-0900:00:00") == date(2024, 9, 9)  # a time read joined on


def test_a_figure_missing_two_characters_of_its_words_gives_way_to_them() -> None:
    """¥234,000.00 under a ruler's edge read 3400.00 beside 贰拾叁万肆仟元整, read whole: the figure
    is the words' amount with two characters gone and none changed, so the words are taken."""
    checked = v.check_amount("total_price", v.Checked("3400.00", 0.9), "贰拾叁万肆仟元整")
    assert checked.value == "234000.00" and not checked.vouched and "lacks" in checked.warnings[0]
    # Three gone, a changed digit among them, or words not read whole: nothing is taken.
    assert v.check_amount("total_price", v.Checked("400.00", 0.9), "贰拾叁万肆仟元整").value is None
    assert v.check_amount("total_price", v.Checked("3500.00", 0.9), "贰拾叁万肆仟元整").value is None
    assert v.check_amount("total_price", v.Checked("3400.00", 0.9), "贰拾叁万肆仟元").value is None


def test_a_bare_number_is_no_make_and_model() -> None:
    """A ruler's centimetre number (14) between 厂牌型号 and its value is not the car: a make and
    model always has a letter, Chinese or Latin."""
    assert v.check_brand_model("brand_model", "14").value is None
    assert v.check_brand_model("brand_model", "7200").value is None
    assert v.check_brand_model("brand_model", "别克牌SGM7158DAA1").value == "别克牌SGM7158DAA1"
    assert v.check_brand_model("brand_model", "SGM7158DAA1").value == "SGM7158DAA1"


def test_a_buyers_id_number_one_digit_misread_offers_the_repairs_the_checksum_allows() -> None:
    """330106199007158451 read 330106190007158451: the checksum fails. The numbers one character
    away that pass it, open with a listed division and give a birth year from 1900 to now are the
    repairs; the right one is among them, none outside those rules is."""
    checked = v.check_id_number_or_repairs("buyer_id_number", "乙方身份证号:330106190007158451")
    assert checked.value is None and checked.read_as == "330106190007158451"
    assert "330106199007158451" in checked.options
    from precredit.ocr.places import divisions
    from precredit.policy.identifiers import id_number_valid

    for number in checked.options:
        assert id_number_valid(number) and number[:6] in divisions().codes
        assert 1900 <= int(number[6:10]) <= date.today().year
        assert sum(a != b for a, b in zip(number, checked.read_as, strict=True)) == 1
    # A number that passes is taken as read; two numbers in one text offer nothing.
    assert v.check_id_number_or_repairs("id", "330106199007158451").value == "330106199007158451"
    assert not v.check_id_number_or_repairs("id", "330106190007158451 330106190007158452").options


def test_a_figure_one_digit_off_words_that_parse_whole_offers_the_words_figure_to_the_print() -> None:
    """¥10,606.50 beside 壹万零陆佰零陆元伍角玖分: one digit differs, and the two alone cannot say
    which is misread. The words' figure, written as the figure is printed, is offered as the one
    repair for the print to judge; words that do not parse as written offer nothing."""
    figure = v.check_figure("premium", "(小写):¥10,606.50")
    assert figure.read_as == "10,606.50"
    checked = v.check_amount("premium", figure, "壹万零陆佰零陆元伍角玖分")
    assert checked.value is None and "disagrees" in checked.warnings[0]
    assert checked.read_as == "10,606.50" and checked.options == ("10,606.59",)
    assert checked.values == ("10606.59",)
    # Two digits apart is a disagreement with nothing to offer.
    assert not v.check_amount("premium", figure, "壹万零陆佰零柒元伍角玖分").options


def test_a_letter_read_among_a_model_codes_four_digits_is_put_back() -> None:
    """GB 9417: the maker's letters, then four digits. Out of focus, 5 was read S and 0 read O."""
    for read, printed in (
        ("比亚迪牌BYD700SBEV", "比亚迪牌BYD7005BEV"),
        ("本田牌HG715OHAC6", "本田牌HG7150HAC6"),
        ("长安牌SC71B4AAB6", "长安牌SC7184AAB6"),
    ):
        checked = v.check_brand_model("brand_model", read)
        assert checked.value == printed and "four digits" in checked.warnings[0]
    # Read right, or not a maker's code at all: kept as read, with no repair claimed.
    for text in (
        "宝马牌BMW7200MM",
        "大众汽车牌FV7152FBDWG",
        "宝马牌1W7200MM",
        "奥迪A6L 2.0T",
        "特斯拉牌TSL7000BEVAR2",
    ):
        checked = v.check_brand_model("brand_model", text)
        assert checked.value == text and not checked.warnings
    # The slot's first place is a digit that follows the letters; a letter there is the maker's.
    assert v.check_brand_model("brand_model", "长安牌SCZ164AAB6").value == "长安牌SCZ164AAB6"
    assert v.check_brand_model("brand_model", "").value is None


def test_a_day_with_its_first_digit_doubled_is_the_day_without_the_repeat() -> None:
    """A back shot in HDR while the hand moved read 有效期限 2014.01.27 as 22014.01.227: a ghost
    exposure doubled a digit. A day of three digits whose first two are one digit is the day with
    the repeat taken out; any other three-digit day keeps its first two as before, and a time or
    a longer run after the day changes nothing."""
    assert v.parse_date("22014.01.227-2034.01.227") == date(2014, 1, 27)
    assert v.parse_date("2034.01.227") == date(2034, 1, 27)
    assert v.parse_date("2014.01.277") == date(2014, 1, 27)
    assert v.parse_date("2014.01.237") == date(2014, 1, 23)
    assert v.parse_date("2014.01.2277") == date(2014, 1, 22)
    assert v.parse_date("2014.01.22 7") == date(2014, 1, 22)
    assert v.parse_date("2024-09-0900:00:00") == date(2024, 9, 9)


def test_a_figures_separators_read_as_other_dots_are_separators() -> None:
    """Printed full-width (３１６，２７４．００), a figure's comma and point were both read as a
    middle dot; a point with a speck of dirt on it was read as a colon after the thousands. Both
    are the figure; a colon anywhere else (a time) and a middle dot that leaves three decimals
    are not."""
    assert parse_figure("人民币316·274·00元") == Decimal("316274.00")
    assert parse_figure("316,274·00") == Decimal("316274.00")
    assert parse_figure("145,790:00元") == Decimal("145790.00")
    assert v.check_figure("vehicle_price", "人民币145,790:00元").value == "145790.00"
    assert parse_figure("10:30") is None
    assert parse_figure("145790:00") is None
    assert parse_figure("316·274") is None


def test_seven_read_as_its_look_alike_in_words_is_seven() -> None:
    """柒 is read 染 on a soft print: no numeral at all, so in uppercase words it is 柒."""
    assert from_chinese("参拾壹万陆仟贰佰染拾肆元整") == Decimal("316274")


def test_two_dates_read_as_one_are_a_period() -> None:
    """A validity period whose dash was lost (2015.02.082035.02.08): the first date's two-digit
    day, then a year with the same separators, are two dates; one digit of a day lost with it
    leaves nothing to split."""
    assert _period("2015.02.082035.02.08") == (date(2015, 2, 8), date(2035, 2, 8))
    assert _period("有效期限2015.02.082035.02.08") == (date(2015, 2, 8), date(2035, 2, 8))
    assert _period("2015.2.82035.2.8") is None


def test_a_name_opening_with_no_common_surname_offers_each_in_its_place() -> None:
    """酒红 opens with no surname: each common surname is offered in the first character's place
    for the print to choose (`reader.choose_repair`); a name opening with one, a compound one,
    or a transliterated name is offered nothing."""
    checked = v.check_person("insured_name", "酒红")
    assert checked.value == "酒红" and checked.read_as == "酒红"
    assert "潘红" in checked.options and "王红" in checked.options
    assert all(len(o) == 2 and o[1] == "红" for o in checked.options)
    for name in ("潘红", "欧阳娜", "阿依古丽·买买提"):
        assert v.check_person("insured_name", name).options == ()


def test_a_speck_read_as_a_dot_inside_a_model_code_is_dropped() -> None:
    assert v.check_brand_model("brand_model", "奔驰牌B.J7204GEL").value == "奔驰牌BJ7204GEL"
    # A dot after a digit is a displacement's, and stays.
    assert v.check_brand_model("brand_model", "大众牌FV7152FBDWG 1.5L").value == "大众牌FV7152FBDWG 1.5L"


def test_a_courtesy_title_after_a_name_is_no_part_of_it() -> None:
    """A front desk types 先生 or 女士 after the buyer's name (张伟先生, 李娜 女士): the name is what
    comes before it; a surname with a title alone (王先生) names no one."""
    assert v.check_person("buyer_name", "范玉国先生").value == "范玉国"
    assert v.check_person("buyer_name", "潘秀琪 女士").value == "潘秀琪"
    assert v.check_person("buyer_name", "黎洋小姐").value == "黎洋"
    assert v.check_person("buyer_name", "王先生").value is None
    # A name that only contains the characters stays whole.
    assert v.check_person("buyer_name", "李先").value == "李先"
    assert v.check_person("buyer_name", "何生士").value == "何生士"


def test_a_period_written_year_last_reads_in_the_order_that_makes_a_term() -> None:
    """A foreign insurer's system writes dates year last, day first, the time sometimes read
    joined to the year (24/09/202300:00至23/09/202424:00). A day over 12 settles the order; where
    both orders are dates, the one whose end falls a term after the start, whole years first."""
    assert _period("24/09/202300:00至23/09/202424:00") == (date(2023, 9, 24), date(2024, 9, 23))
    assert _period("09/24/2023 00:00 to 09/23/2024 24:00") == (date(2023, 9, 24), date(2024, 9, 23))
    # 11/10/2024 - 10/10/2025: a year less a day (day first) or eleven months (month first).
    assert _period("11/10/2024 00:00 至 10/10/2025 24:00") == (date(2024, 10, 11), date(2025, 10, 10))
    # Two orders that are both whole years: which is meant is not known.
    assert _period("01/02/2026 至 01/02/2027") is None
    # Year first as before.
    assert _period("2024-03-05 00:00 至 2025-03-04 24:00") == (date(2024, 3, 5), date(2025, 3, 4))


def test_marks_and_spellings_after_a_figure_or_a_name_are_no_part_of_it() -> None:
    """A footnote's raised mark printed after a value is read as a digit or an asterisk beside it
    (¥290,954.00³ read 290,954.003; 丁兰芳¹ read 丁兰芳1), a name's Latin spelling follows it as a
    passport writes it (韦红瑞/WEI HONGRUI), and an emphasis dot under a thousands comma makes it a
    colon (14:638.84): each is the value without it. A short figure with three decimals, a
    four-decimal price in ten-thousands, a time and a lone letter after a name are not these."""
    assert parse_figure("¥290,954.003") == Decimal("290954.00")
    assert parse_figure("509000.003") == Decimal("509000.00")
    assert parse_figure("保险费合计:14:638.84元") == Decimal("14638.84")
    assert parse_figure("316.274") is None
    assert parse_figure("30.855万") == Decimal("308550.00")
    assert parse_figure("12:30.00") is None
    assert v.check_person("buyer_name", "丁兰芳1").value == "丁兰芳"
    assert v.check_person("buyer_name", "王伟**").value == "王伟"
    assert v.check_person("buyer_name", "韦红瑞/WEIZHOUYAN").value == "韦红瑞"
    assert v.check_person("buyer_name", "武丹宁 / WU DANNING").value == "武丹宁"
    assert v.check_person("buyer_name", "张三A").value is None
    assert v.check_person("buyer_name", "丁兰芳12").value is None


def test_a_year_written_in_two_figures_is_a_date_with_its_units() -> None:
    """People write a date's year in two figures (23年2月23日), on a contract's signing line as in a
    sentence: with 年 and 月 after its parts it is this century's date (a year more than one
    ahead of today is the last century's); without them, or with more figures before it, or as
    part of a figure, it is no date."""
    assert v.parse_date("23年2月23日") == date(2023, 2, 23)
    assert v.parse_date("日期：23 年 12 月 1 日") == date(2023, 12, 1)
    assert v.parse_date("98年1月2日") == date(1998, 1, 2)
    assert v.check_date("sign_date", "签订日期：24年07月09日").value == "2024-07-09"
    assert v.parse_date("23.2.23") is None
    assert v.parse_date("123年2月3日") is None
    assert v.parse_date("1.23年2月3日") is None
    assert v.parse_date("23年13月3日") is None
    assert dates_in("买受人已于23年2月3日支付定金，2024年1月2日交车") == ["2023-02-03", "2024-01-02"]
    assert date_span("自25年3月1日零时起至26年2月28日二十四时止") == ("2025-03-01", "2026-02-28")


def test_a_registration_plate_read_joined_to_the_vin_is_not_part_of_it() -> None:
    # 号牌号码/车架号 in one cell, the space between read away: an ordinary plate (five after the
    # letter) or a new-energy one (six), the province's name opening it as no VIN does.
    assert v.check_vin("vin", "鄂A6U292LDC8FUHJ3L5957327").value == "LDC8FUHJ3L5957327"
    assert v.check_vin("vin", "沪BD00094LVGV0XU54M4993762").value == "LVGV0XU54M4993762"
    assert v.check_vin("vin", "浙A·3K82NLVGTZB6S1RD215736").value == "LVGTZB6S1RD215736"
    # Not a plate: no province before it, or a run that is not a plate and seventeen after it.
    assert v.check_vin("vin", "A6U292LDC8FUHJ3L5957327").value is None
    assert v.check_vin("vin", "沪BD00094LVGV0XU54M499376").value is None
