"""Values whose labels did not read: an ID card photographed from afar (its small pale labels lost,
its values found where the national standard puts them), labels cut off at the photo's edge, and
an ID number run into digits its label was misread as. Hand-made lines, no OCR."""

from __future__ import annotations

from precredit.ocr import validate as v
from precredit.ocr.kinds import LABELS, all_labels
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line
from precredit.ocr.read_idcard import read_back, read_front
from precredit.ocr.read_paper import read_contract, read_invoice, read_policy

IDN = "430104197609145772"  # checksum valid, born 1976-09-14, male


def at(text: str, x0: float, y0: float, x1: float | None = None, h: float = 30, conf: float = 0.9) -> Line:
    return Line(text, x0, y0, x1 if x1 is not None else x0 + 30 * len(text), y0 + h, conf)


def front(*ls: Line) -> dict[str, tuple[str | None, list[str]]]:
    found = read_front(Layout(ls, all_labels("id_card_front")), LABELS["id_card_front"])
    return {k: (c.value, c.warnings) for k, (c, _) in found.items()}


def test_an_id_number_run_into_its_misread_label_is_cut_out_by_the_checksum() -> None:
    assert v.check_id_number("id_number", f"出R054{IDN}").value == IDN
    assert v.check_id_number("id_number", f"054{IDN}").strength == 0.9  # surer when exactly 18
    assert v.check_id_number("id_number", IDN).strength == 1.0
    assert v.check_id_number("id_number", f"054{IDN[:-1]}9").value is None  # no window passes


def test_a_card_front_whose_labels_did_not_read_is_read_by_where_its_values_are() -> None:
    got = front(
        at("薛春颖", 200, 50),
        at("性刻男美源壮", 70, 120),  # 性别 misread, 民族 misread, the value column from 男 on
        at("1976年9月14日", 200, 190),
        at("湖南省长沙市岳麓区青年路282", 200, 260),
        at("号金色家园10幢203室", 200, 300),
        at(f"出R054{IDN}", 70, 520),
    )
    assert got["name"][0] == "薛春颖" and any("found by its place" in w for w in got["name"][1])
    assert got["sex"][0] == "男" and got["ethnicity"][0] == "壮"
    assert got["birth_date"][0] == "1976-09-14"
    assert got["address"][0] == "湖南省长沙市岳麓区青年路282号金色家园10幢203室"
    assert got["id_number"][0] == IDN


def test_an_ethnic_group_beyond_a_piece_of_its_label_read_alone_is_found_by_its_place() -> None:
    """A front denoised hard by a phone's night mode: the pale labels gone but for 民 of 民族,
    read as a line of its own between the sex and the group."""
    got = front(
        at("陆杰梅", 182, 72),
        at("男", 186, 155),
        at("民", 306, 159),
        at("满", 390, 157),
        at("1974年2月15日", 186, 236),
        at("湖北省武汉市武昌区桂花城14栋3单", 183, 313),
        at("元1101", 185, 355),
        at(IDN, 311, 562),
    )
    assert got["sex"][0] == "男" and got["ethnicity"][0] == "满"
    assert any("found by its place" in w for w in got["ethnicity"][1])
    # 民 alone with nothing beyond it names no group.
    assert front(at("陆杰梅", 182, 72), at("男", 186, 155), at("民", 306, 159))["ethnicity"][0] is None


def test_values_found_by_their_labels_are_not_replaced_by_place() -> None:
    got = front(
        at("姓名王小明", 70, 50),
        at("性别男民族汉", 70, 120),
        at("出生1976年9月14日", 70, 190),
        at("住址湖南省长沙市岳麓区青年路282号", 70, 260),
        at(f"公民身份号码{IDN}", 70, 520),
    )
    assert got["name"] == ("王小明", [])
    assert all(not any("place" in w for w in ws) for _, ws in got.values())


def test_two_dates_on_a_front_are_no_birth_date_by_place() -> None:
    got = front(at("1976年9月14日", 200, 190), at("2020年1月1日", 200, 260), at(IDN, 70, 520))
    # Neither is taken by place; the number still completes the date (with its own warning).
    assert got["birth_date"][0] == "1976-09-14"
    assert not any("place" in w for w in got["birth_date"][1])


def test_a_card_back_whose_labels_did_not_read_is_read_by_what_its_values_are() -> None:
    found = read_back(
        Layout(
            [at("长沙市公安局岳麓分局", 280, 380), at("2010.07.16-2030.07.16", 280, 440)],
            all_labels("id_card_back"),
        ),
        LABELS["id_card_back"],
    )
    got = {k: c.value for k, (c, _) in found.items()}
    assert got == {
        "issuing_authority": "长沙市公安局岳麓分局",
        "valid_from": "2010-07-16",
        "valid_to": "2030-07-16",
    }
    # Each is weaker than one its label led to, and says why.
    for c, _ in found.values():
        assert c.strength < 0.9 and any("found by its place" in w for w in c.warnings)
    labelled = read_back(
        Layout(
            [at("签发机关长沙市公安局岳麓分局", 70, 380), at("有效期限2010.07.16-2030.07.16", 70, 440)],
            all_labels("id_card_back"),
        ),
        LABELS["id_card_back"],
    )
    assert [c.warnings for c, _ in labelled.values()] == [[], [], []]
    two = read_back(
        Layout(
            [at("2010.07.16-2030.07.16", 280, 380), at("2011.01.01-2031.01.01", 280, 440)],
            all_labels("id_card_back"),
        ),
        LABELS["id_card_back"],
    )
    assert two["valid_from"][0].value is None  # two periods: neither is the card's


def test_a_card_backs_label_misread_past_matching_is_not_taken_into_its_authority() -> None:
    """签发机关 read as 基成机关 (two characters off: no label) on the authority's line: the office is
    found by what it is, and the misread label before its place is dropped, with a warning."""

    def authority(text: str) -> tuple[str | None, list[str]]:
        found = read_back(Layout([at(text, 70, 380)], all_labels("id_card_back")), LABELS["id_card_back"])
        checked = found["issuing_authority"][0]
        return checked.value, checked.warnings

    value, warnings = authority("基成机关上海市公安局徐汇分局")
    assert value == "上海市公安局徐汇分局" and any("misread label" in w for w in warnings)
    assert authority("机关沭阳县公安局")[0] == "沭阳县公安局"
    # What does not look like the label, or is not followed by a listed place, stays.
    assert authority("关岭县公安局")[0] == "关岭县公安局"
    assert authority("签名杭州市公安局")[0] == "签名杭州市公安局"
    value, warnings = authority("上海市公安局徐汇分局")
    assert value == "上海市公安局徐汇分局" and not any("misread label" in w for w in warnings)


def test_labels_cut_off_at_the_photos_left_edge_still_lead_to_their_values() -> None:
    def invoice(*ls: Line) -> dict[str, str | None]:
        found = read_invoice(Layout(ls, all_labels("vehicle_invoice")), LABELS["vehicle_invoice"])
        return {k: c.value for k, (c, _) in found.items()}

    machine = at("905727871403", 200, 120)  # a second 12-digit run: the code is not the only one
    got = invoice(
        at("票代码142012514439", 3, 40), machine, at("动机号码", 4, 300), at("EUZ3254477", 200, 300)
    )
    assert got["invoice_code"] == "142012514439"
    assert got["engine_number"] == "EUZ3254477"
    # Away from the edge the same words are no label; a tail two fields share names neither.
    assert invoice(at("票代码142012514439", 120, 40), machine)["invoice_code"] is None
    assert invoice(at("方名称", 3, 200), at("张新", 200, 200))["buyer_name"] is None


def test_a_policy_with_start_and_end_of_cover_on_rows_of_their_own() -> None:
    found = read_policy(
        Layout(
            [
                at("起保时间", 30, 400, 160),
                at("2025-09-26 00:00", 470, 400),
                at("终保时间", 30, 470, 160),
                at("2026-09-25 23:59", 470, 470),
            ],
            all_labels("insurance_policy"),
        ),
        LABELS["insurance_policy"],
    )
    assert found["start_date"][0].value == "2025-09-26" and found["end_date"][0].value == "2026-09-25"


def test_a_name_wrapped_at_the_line_end_never_runs_into_the_next_field() -> None:
    def beneficiary(second: str) -> str | None:
        found = read_policy(
            Layout(
                [at("特别约定：本保单第一受益人为华融汽车金融", 70, 600), at(second, 70, 640)],
                all_labels("insurance_policy"),
            ),
            LABELS["insurance_policy"],
        )
        return found["first_beneficiary"][0].value

    assert beneficiary("有限公司，未经其书面同意不得退保。") == "华融汽车金融有限公司"
    # A page curled at its edge squeezed the name's end out of the reading; the line below is the
    # insurer's own field, not the rest of the name.
    assert beneficiary("保险人：中华联合财产保险股份有限公司") is None


def test_a_figure_whose_own_label_misread_is_the_one_figure_in_its_words_row() -> None:
    """(小写) read as (小): no label leads to the figure, but the row its words' label opens holds
    one figure, which the words then confirm. Two figures in that row: neither is taken."""

    def total(*cells: str) -> tuple[str | None, bool, list[str]]:
        lines = [at(text, 40 + 320 * i, 370) for i, text in enumerate(cells)]
        found = read_invoice(Layout(lines, all_labels("vehicle_invoice")), LABELS["vehicle_invoice"])
        checked = found["total_price"][0]
        return checked.value, checked.vouched, checked.warnings

    value, vouched, _ = total("价税合计(大写)", "叁拾叁万陆仟元整", "(小)", "336,000.00元")
    assert value == "336000.00" and vouched
    two = total("价税合计(大写)", "叁拾叁万陆仟元整", "(小)", "336,000.00元", "12,000.00")
    assert two[:2] == ("336000.00", False) and "taken from uppercase amount" in two[2][0]
    assert total("价税合计(大写)", "叁拾叁万陆仟元整", "(小)", "338,000.00元")[0] is None
    # Words misread past parsing and a figure they cannot confirm: refused, as with its label.
    assert total("价税合计(大写)", "热给售万纤光", "(小)", "336,000.00元")[0] is None


def test_a_contracts_one_date_is_its_sign_date_when_nothing_says_so() -> None:
    """本合同于…签订 read as 本合周于…盖订: no label and no signing sentence; the one date the contract
    prints is taken, with a warning. With a delivery date beside it, which is which is unknown."""

    def signed(*texts: str) -> tuple[str | None, list[str]]:
        lines = [at(text, 60, 100 + 60 * i) for i, text in enumerate(texts)]
        found = read_contract(Layout(lines, all_labels("purchase_contract")), LABELS["purchase_contract"])
        return found["sign_date"][0].value, found["sign_date"][0].warnings

    value, warnings = signed("甲方：王伟", "本合周于2026年8月5日在杭州盖订。", "甲方签字：")
    assert value == "2026-08-05" and any("only such value" in w for w in warnings)
    assert signed("本合周于2026年8月5日在杭州盖订。", "乙方于2026年8月20日前交付车辆。")[0] is None


def test_an_id_number_one_digit_short_is_completed_by_the_birth_date_and_sex_the_card_prints() -> None:
    """A finger over the number: 17 digits read. Putting one digit back passes the checksum in
    several places (a digit put into the region code shifts the birth date into place), but only
    one place gives a listed region, the printed birth date and the printed sex: it is taken,
    weaker, with a warning. A card whose printed birth date the number cannot say stays unread."""

    def card(number: str, born: str = "1976年9月14日", sex: str = "男") -> tuple[str | None, list[str]]:
        got = front(
            at("姓名", 70, 50),
            at("薛春颖", 200, 50),
            at("性别", 70, 120),
            at(sex, 200, 120),
            at("出生", 70, 190),
            at(born, 200, 190),
            at("公民身份号码", 70, 520),
            at(number, 300, 520),
        )
        return got["id_number"]

    short = IDN[:6] + IDN[7:]  # 430104 976… : the 1 of 1976 under a thumb
    value, warnings = card(short)
    assert value == IDN and any("one digit unread" in w for w in warnings)
    # A sequence digit lost: …146572 passes as well as …145772, with the same birth date and sex.
    assert card(IDN[:-3] + IDN[-2:])[0] is None
    assert card(short, born="1977年9月14日")[0] is None
    assert card(short, sex="女")[0] is None


def test_values_read_into_their_misread_labels_are_cut_at_the_value_column() -> None:
    """A card from an old phone: 姓名 read 姓6 and run into the name, 出生 run into the date, 住址
    read 址 on a line of its own. The name is what lies in the value column (the sex's column)
    when what lies before it keeps a character of 姓名; the address is the lines that start where
    the date does, not the label beside them; its district off the list (东武区) is offered the
    listed ones for the print to choose."""
    idn = "320102198606132235"  # born 1986-06-13, male
    got = front(
        at("姓6丁静文", 39, 55, x1=262),
        at("性男我圆", 39, 119, x1=406),
        at("出生1986年6月13日", 41, 186, x1=375),
        at("江苏省南京市东武区解放路252号", 139, 253, x1=622),
        at("址", 43, 255, x1=144),
        at(f"公民号码{idn}", 42, 508, x1=677),
    )
    assert got["name"][0] == "丁静文" and any("found by its place" in w for w in got["name"][1])
    assert got["address"][0] == "江苏省南京市东武区解放路252号"
    found = read_front(
        Layout(
            [
                at("出生1986年6月13日", 41, 186, x1=375),
                at("江苏省南京市东武区解放路252号", 139, 253, x1=622),
                at(f"公民号码{idn}", 42, 508, x1=677),
            ],
            all_labels("id_card_front"),
        ),
        LABELS["id_card_front"],
    )
    assert any("玄武区" in option for option in found["address"][0].options)
    # A line in the labels' column keeping nothing of 姓名 before the value column is no name.
    assert front(at("薛春额", 65, 36, x1=311), at("性刻男美源壮", 61, 104, x1=469))["name"][0] is None


def policy(*ls: Line) -> dict[str, tuple[str | None, list[str]]]:
    found = read_policy(Layout(ls, all_labels("insurance_policy")), LABELS["insurance_policy"])
    return {k: (c.value, c.warnings) for k, (c, _) in found.items()}


def test_a_policy_numbered_only_by_its_forms_serial_takes_it_unless_a_label_names_the_policys() -> None:
    number, proposal = "PDAA202361018800569777", "TDAA20236101884412345678"
    body = (at("被保险人：侯毓辉", 70, 180), at("车辆识别代号：LBVX0UXY2R2295991", 70, 230))
    # A branch's paper form: the number a numbering machine stamped after No., no label naming it.
    got = policy(at("机动车辆保险单", 300, 60), at(f"No. {number}", 560, 120), *body)
    assert got["policy_number"][0] == number and any("serial" in w for w in got["policy_number"][1])
    # A label that names the policy's number wins over the serial wherever each sits.
    other = "PDAA202361018800561111"
    got = policy(at(f"No.{other}", 560, 40), at(f"保险单号：{number}", 70, 120), *body)
    assert got["policy_number"] == (number, [])
    # The serial of a proposal (投保单号 No. …) is not the policy's.
    got = policy(at(f"投保单号 No.{proposal}", 70, 120), *body)
    assert got["policy_number"][0] is None


def test_an_address_continues_below_where_the_boxes_run_taller_than_the_rows_are_apart() -> None:
    # A small card on a photocopied sheet (the eighty-first set): its rows 26-28 px apart, the
    # detector's boxes 30-40 px tall, so the address's second row centres inside the first's box.
    found = front(
        Line("姓名雷华洋", 295, 247, 400, 278, 0.9),
        Line("性别女民族汉", 296, 273, 477, 312, 1.0),
        Line("出生1972年6月11日", 299, 306, 491, 339, 0.95),
        Line("住址上海市徐汇区中山路76号阳光", 297, 334, 557, 374, 1.0),
        Line("花园5幢114室", 343, 359, 451, 389, 1.0),
        Line("公民身份号码310104197206118609", 303, 440, 620, 470, 0.99),
    )
    assert found["address"][0] == "上海市徐汇区中山路76号阳光花园5幢114室"
