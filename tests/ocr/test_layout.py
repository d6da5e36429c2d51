"""Reading by label on hand-made lines: misread labels anywhere in a line, without finding labels
inside values; values to the right (boxes overlapping) or underneath."""

from __future__ import annotations

from precredit.ocr.extract import read_label
from precredit.ocr.kinds import LABELS, all_labels
from precredit.ocr.layout import Layout
from precredit.ocr.lines import Line
from precredit.ocr.match import find_labels
from precredit.ocr.read_paper import read_policy
from precredit.ocr.validate import check_vin


def row(text: str, x0: float = 100, y0: float = 100, width: float = 600, height: float = 30) -> Line:
    return Line(text, x0, y0, x0 + width, y0 + height, 0.95)


def texts(layout: Layout, *labels: str) -> list[str]:
    return [c.text for c in layout.after(*labels)]


def test_misread_label_inside_a_line_is_found_and_ends_the_value_before_it() -> None:
    layout = Layout([row("合同编号:HT2024001签订日问:2024-01-02")], all_labels("purchase_contract"))
    assert texts(layout, "签订日期", "签约日期") == ["2024-01-02"]
    assert texts(layout, "合同编号", "合同号") == ["HT2024001"]


def test_misread_three_character_label_opening_a_cell() -> None:
    layout = Layout([row("合网号：GC2023121052615")], all_labels("purchase_contract"))
    assert texts(layout, "合同编号", "合同号") == ["GC2023121052615"]


def test_three_character_label_is_not_found_inside_prose() -> None:
    # 保单为 is one character from 保单号, but mid-sentence it is prose, not a label.
    layout = Layout([row("特别约定:本保单为分期付款购车保单")], all_labels("insurance_policy"))
    assert texts(layout, "保险单号", "保单号") == []


def test_misread_long_label_wins_over_the_short_label_it_contains() -> None:
    lines = [row("核保险人", width=100), row("田伟", x0=260, width=60)]
    layout = Layout(lines, all_labels("insurance_policy"))
    assert texts(layout, "被保险人") == ["田伟"]
    assert texts(layout, "保险人") == []


def test_misread_fitting_two_fields_is_a_label_of_neither() -> None:
    layout = Layout([row("发票编码12345678")], all_labels("vehicle_invoice"))
    assert [(h.start, h.end, h.labels) for h in layout.hits(layout.lines[0])] == [
        (0, 4, frozenset({"发票号码", "发票代码"}))
    ]
    assert texts(layout, "发票号码") == []
    assert texts(layout, "发票代码") == []


def test_a_label_missing_a_character_where_a_cell_opens_is_a_label() -> None:
    """The seventy-fifth set's lesson: 签订日期 read 签日期 left a contract's signing date unfound.
    A 4-character label missing an inner character is a label where a cell opens and a colon or
    figure follows; a 5+ character one missing its first character where a cell opens (货单位名称
    fits the buyer's and the seller's labels alike, so it names neither). In prose, or with a
    word after it, three characters are no label."""
    sign = LABELS["purchase_contract"]["sign_date"]
    assert texts(Layout([row("签日期2023年01月28日")], all_labels("purchase_contract")), *sign) == [
        "2023年01月28日"
    ]
    assert texts(Layout([row("签日期：2023-01-28")], all_labels("purchase_contract")), *sign) == [
        "2023-01-28"
    ]
    for prose in ("本合同签日期为2023年1月28日", "签日期以乙方收到车辆之日为准"):
        layout = Layout([row(prose)], all_labels("purchase_contract"))
        assert not any({"签订日期"} <= h.labels for h in layout.hits(layout.lines[0])), prose
    layout = Layout(
        [row("车辆识别代号:LSVAB1234CD567890"), row("辆识别代号LSVAB1234CD567891", y0=150)],
        all_labels("vehicle_invoice"),
    )
    assert texts(layout, "车辆识别代号") == ["LSVAB1234CD567890", "LSVAB1234CD567891"]
    # A label read whole that is another label headless (买方姓名, 购买方姓名 without 购) is itself.
    layout = Layout([row("买方姓名:袁欣颖")], all_labels("purchase_contract"))
    assert [h.labels for h in layout.hits(layout.lines[0])] == [frozenset({"买方姓名"})]
    layout = Layout([row("货单位名称成都瑞丰汽车销售服务有限公司")], all_labels("vehicle_invoice"))
    assert [h.labels for h in layout.hits(layout.lines[0])] == [frozenset({"购货单位名称", "销货单位名称"})]
    assert texts(layout, "销货单位名称") == []


def test_misread_fitting_two_fields_names_the_one_the_page_does_not_print_whole() -> None:
    """配保日期 is one character from 起保日期 and from 终保日期; 终保日期 read whole on the page leaves
    起保日期. With both printed whole elsewhere, or neither, the misread still names both."""
    lines = [
        row("配保日期:2026-03-30", x0=350, width=200),
        row("终保日期:2027年3月29日", x0=640, width=230),
    ]
    layout = Layout(lines, all_labels("insurance_policy"))
    assert texts(layout, "起保日期") == ["2026-03-30"]
    assert texts(layout, "终保日期") == ["2027年3月29日"]
    both = Layout([*lines, row("起保日期：2026年3月30日", y0=200, width=230)], all_labels("insurance_policy"))
    misread = next(ln for ln in both.lines if ln.text.startswith("配保"))
    assert both.hits(misread)[0].labels == frozenset({"起保日期", "终保日期"})
    neither = Layout(lines[:1], all_labels("insurance_policy"))
    assert neither.hits(neither.lines[0])[0].labels == frozenset({"起保日期", "终保日期"})


def test_misread_fitting_two_labels_of_one_field_reads_that_field() -> None:
    lines = [row("保险期问", width=100), row("自2025年08月21日零时起至2026年08月20日二十四时止", x0=260)]
    layout = Layout(lines, all_labels("insurance_policy"))
    assert texts(layout, "保险期间", "保险期限") == ["自2025年08月21日零时起至2026年08月20日二十四时止"]


def test_label_missing_an_inner_character_is_found_mid_line() -> None:
    layout = Layout([row("姓名张三身份证码11010119900307803X")], all_labels("purchase_contract"))
    assert texts(layout, "身份证号码", "身份证号") == ["11010119900307803X"]


def test_a_digit_or_letter_is_never_a_misread_chinese_label_character() -> None:
    assert find_labels("车辆价1", ["车辆价格"]) == []
    assert [h.labels for h in find_labels("车辆价洛", ["车辆价格"])] == [frozenset({"车辆价格"})]


def test_value_box_starting_inside_the_label_box_is_still_the_next_cell() -> None:
    # Detection boxes pad text: here the value starts 19 px left of where the label's box ends.
    label = Line("签发机关", 140, 454, 292, 488, 1.0)
    value = Line("深圳市公安局南山分局", 273, 451, 603, 489, 0.99)
    layout = Layout([label, value], all_labels("id_card_back"))
    assert texts(layout, "签发机关") == ["深圳市公安局南山分局"]


def test_value_under_a_spaced_label_with_a_full_width_colon() -> None:
    lines = [row("签 发 机 关：", width=150), row("杭州市公安局西湖分局", y0=140, width=300)]
    layout = Layout(lines, all_labels("id_card_back"))
    assert texts(layout, "签发机关") == ["杭州市公安局西湖分局"]


def test_no_value_taken_from_a_label_underneath() -> None:
    lines = [row("签发机关", width=150), row("有效期限2015.11.04-2035.11.04", y0=140)]
    layout = Layout(lines, all_labels("id_card_back"))
    assert texts(layout, "签发机关") == []
    assert texts(layout, "有效期限", "有效期", "效期限") == ["2015.11.04-2035.11.04"]


def test_a_note_in_brackets_after_a_label_belongs_to_the_label() -> None:
    lines = [
        row("出卖人（以下简称甲方）：宏达汽车销售有限公司", y0=100),
        row("第一受益人（贷款机构）：安信汽车金融有限公司", y0=160),
    ]
    layout = Layout(lines, all_labels("purchase_contract") + all_labels("insurance_policy"))
    assert texts(layout, "出卖人") == ["宏达汽车销售有限公司"]
    assert texts(layout, "第一受益人") == ["安信汽车金融有限公司"]


def test_values_in_the_row_under_a_header_row_of_a_table() -> None:
    """Header cells 30 px high, a 75 px row: the value's text starts 45 px under its header's."""
    header = [
        row("车型名称", x0=80, width=120),
        row("车架号（VIN）", x0=300, width=160),
        row("数量", x0=560, width=50),
    ]
    values = [row("红旗H5", x0=80, y0=175, width=100), row("LFV2A21K8S4123456", x0=290, y0=175, width=230)]
    layout = Layout(header + values, all_labels("purchase_contract"))
    vin = texts(layout, *LABELS["purchase_contract"]["vin"])
    assert vin[-1] == "LFV2A21K8S4123456"  # after the next header cell, which is no VIN


def test_a_role_heading_leads_to_the_generic_name_field_under_it() -> None:
    """卖方信息 | 买方信息 over 名称：… | 姓名：…: the role is the heading, 名称/姓名 say nothing."""
    lines = [
        row("卖方信息", x0=80, width=120),
        row("买方信息", x0=520, width=120),
        row("名称：宏达汽车销售有限公司", x0=80, y0=170, width=380),
        row("姓名：欧阳娜娜", x0=520, y0=170, width=200),
    ]
    layout = Layout(lines, all_labels("purchase_contract"))
    assert texts(layout, "卖方")[-1] == "宏达汽车销售有限公司"
    assert texts(layout, "买方")[-1] == "欧阳娜娜"


def test_a_role_heading_over_its_section_leads_to_the_value_beside_its_generic_name_row() -> None:
    """A policy in sections: 投保人信息 and 被保险人信息 each head a full-width band, and under each the
    same 名称 | value | 证件号码 | value rows. The insured is the value beside the 名称 opening the row
    under its own heading, never the holder's under the other."""
    lines = [
        row("投保人信息", x0=60, y0=250, width=135),
        row("名称", x0=60, y0=300, width=70),
        row("孙丽华", x0=213, y0=300, width=88),
        row("证件号码", x0=551, y0=300, width=105),
        row("370883141883812284", x0=693, y0=300, width=232),
        row("被保险人信息", x0=64, y0=420, width=150),
        row("冯英玲", x0=216, y0=465, width=91),
        row("名称", x0=58, y0=465, width=70),
        row("证件号码", x0=551, y0=465, width=108),
        row("099953639034017886", x0=690, y0=465, width=233),
        row("地址", x0=57, y0=520, width=70),
        row("文三路111号", x0=222, y0=520, width=140),
    ]
    layout = Layout(lines, all_labels("insurance_policy"))
    assert texts(layout, "被保险人") == ["冯英玲"]
    found = read_policy(layout, LABELS["insurance_policy"])
    assert found["insured_name"][0].value == "冯英玲"


def test_a_bracketed_label_opening_its_line_leads_to_its_value_a_role_after_a_name_does_not() -> None:
    """(小写)：¥11,389.13 is a label in brackets with its value after it; 李娜（买方） is a name with
    its role in brackets, which leads to nothing."""
    labels = all_labels("insurance_policy")
    assert texts(Layout([row("(小写):¥11,389.13")], labels), "小写") == ["¥11,389.13"]
    assert texts(Layout([row("致丁静文(被保险人):您好")], labels), "被保险人") == []


def test_amount_words_misread_inside_a_sentence_end_where_the_sentence_goes_on() -> None:
    """车辆总价款为¥119,000.00(大写:查给查万玖件元型),含增值税: the words, misread character by
    character, are what stands between 大写 and the bracket that closes them; the rest of the
    sentence is no part of them, so what was read of them can still confirm the figure."""
    from precredit.ocr.extract import read_amount

    labels = LABELS["purchase_contract"]
    layout = Layout(
        [row("车辆总价款为¥119,000.00(大写:查给查万玖件元型),含增值税,不含")], all_labels("purchase_contract")
    )
    checked, _ = read_amount(layout, "vehicle_price", labels["vehicle_price"], labels["price_words"])
    assert checked.value == "119000.00" and "agrees with the figure" in checked.warnings[0]
    # Words that do contradict the figure in their places still refuse it.
    layout = Layout(
        [row("车辆总价款为¥119,000.00(大写:壹拾贰万玖件元型),含增值税,不含")], all_labels("purchase_contract")
    )
    checked, _ = read_amount(layout, "vehicle_price", labels["vehicle_price"], labels["price_words"])
    assert checked.value is None


def test_a_value_printed_off_its_labels_row_is_the_labels_when_nearer_it_than_any_other() -> None:
    """A pre-printed invoice fed into a dot-matrix printer askew: each value sits most of a line
    below its label's row, still nearer its own label than the next row's."""
    labels = all_labels("vehicle_invoice")
    lines = [
        row("厂牌型号", x0=60, y0=287, width=90, height=22),
        row("长安牌SC7164AAB6", x0=266, y0=308, width=190, height=22),
        row("发动机号码", x0=622, y0=287, width=105, height=22),
        row("4663173", x0=842, y0=307, width=90, height=22),
        row("车辆识别代号/车架号码", x0=60, y0=346, width=200, height=22),
        row("LGWT62Y18SM629920", x0=290, y0=370, width=220, height=22),
    ]
    layout = Layout(lines, labels)
    assert texts(layout, "厂牌型号") == ["长安牌SC7164AAB6"]
    assert texts(layout, "发动机号码") == ["4663173"]
    assert texts(layout, "车辆识别代号/车架号码") == ["LGWT62Y18SM629920"]
    # A label whose value is missing does not take the next row's: that value is nearer its own
    # label, level with it.
    tight = Layout(
        [
            row("厂牌型号", x0=60, y0=100, width=90, height=22),
            row("发动机号码", x0=60, y0=126, width=105, height=22),
            row("4663173", x0=266, y0=126, width=90, height=22),
        ],
        labels,
    )
    assert texts(tight, "厂牌型号") == []
    assert texts(tight, "发动机号码") == ["4663173"]


def box(text: str, x0: float, y0: float, x1: float, y1: float) -> Line:
    return Line(text, x0, y0, x1, y1, 0.95)


# A policy's table as a misfed second printer pass filled it (read from a photograph): every value
# printed about half a row below its label, between its own row and the next.
_MISFED = [
    box("保险单号", 60, 204, 162, 246),
    box("PDAA202331018390080463", 347, 240, 614, 269),
    box("被保险人", 53, 261, 161, 307),
    box("魏勇", 345, 294, 406, 333),
    box("车辆识别代号", 58, 321, 203, 360),
    box("LZWRZ6S87ME633460", 345, 356, 554, 385),
    box("保险期间", 54, 376, 156, 418),
    box("2023-08-23 00:00 至 2024-08-22 24:00", 345, 414, 774, 443),
    box("保险费合计（人民币大写）", 60, 439, 310, 476),
    box("叁仟玖佰伍拾贰元贰角叁分", 348, 464, 632, 504),
    box("(小写)", 65, 492, 149, 540),
    box("¥3,952.23", 345, 530, 463, 560),
    box("第一受益人", 58, 553, 182, 593),
    box("宏达汽车金融有限公司", 347, 583, 591, 621),
]


# A contract form filled on a second pass fed off register (read from a photograph): every value
# about half a row low; its labels carry the parties' roles in brackets (出卖人（甲方）) and run two
# labels together (买受人身份证号码), and the clause headings below stand in the labels' column.
_OFF_REGISTER = [
    box("合同编号:", 72, 160, 183, 193),
    box("GC2026060995310", 360, 192, 561, 223),
    box("出卖人(甲方):", 73, 215, 249, 248),
    box("青岛永盛汽车贸易有限公司", 357, 244, 637, 280),
    box("买受人(乙方):", 73, 270, 247, 303),
    box("陈丽杰", 357, 300, 440, 333),
    box("买受人身份证号码:", 73, 325, 269, 358),
    box("370202198412239450", 357, 358, 592, 385),
    box("车辆识别代号:", 73, 380, 227, 412),
    box("LVSYR3BJ6RB610330", 357, 411, 575, 443),
    box("车辆价款:", 72, 434, 182, 467),
    box("396,000.00元", 356, 464, 504, 497),
    box("签订日期:", 72, 489, 182, 522),
    box("2026.06.09", 359, 521, 481, 549),
    box("第二条", 72, 582, 152, 617),
    box("交车时间:乙方应于合同签订后三十日内交付车辆,逾期每日按车价的万分之五支", 115, 622, 921, 658),
    box("第三条", 72, 700, 152, 734),
    box("争议解决:因本合同发生的争议,双方协商解决;协商不成的,向合同签订地人民", 117, 741, 923, 778),
]


def test_labels_with_their_roles_in_brackets_are_a_column_of_bare_labels() -> None:
    """A label with its party's role in brackets (出卖人(甲方):) or two labels run together
    (买受人身份证号码:) is still a label cell and nothing more, so the whole column of labels says
    which way the values moved, and each is paired with the value half a row below it; a label
    with a value after it is not bare."""
    layout = Layout(_OFF_REGISTER, all_labels("purchase_contract"))
    bare = {ln.text for ln in layout.lines if layout._bare(ln)}
    assert {"出卖人(甲方):", "买受人(乙方):", "买受人身份证号码:", "合同编号:"} <= bare
    labels = LABELS["purchase_contract"]
    assert texts(layout, *labels["contract_number"])[0] == "GC2026060995310"
    assert texts(layout, *labels["vehicle_price"])[0] == "396,000.00元"
    assert texts(layout, *labels["sign_date"])[0] == "2026.06.09"
    shifted = {ln.text: getattr(layout.shifted(ln), "text", None) for ln in layout.lines}
    assert shifted["买受人(乙方):"] == "陈丽杰"
    assert shifted["出卖人(甲方):"] == "青岛永盛汽车贸易有限公司"
    with_value = Layout([box("出卖人(甲方):青岛永盛汽车贸易有限公司", 73, 215, 637, 248)], [])
    assert not with_value._bare(with_value.lines[0])


def test_a_column_of_values_printed_off_their_rows_is_paired_in_order() -> None:
    """Half a row down, each value is as near the next row's label as its own, and the first is
    nearer the row above; only the column as a whole says which way the values moved: shifted
    down, every label has one value; shifted up, the last value has no label and the first
    label none."""
    layout = Layout(_MISFED, all_labels("insurance_policy"))
    assert texts(layout, "保险单号")[0] == "PDAA202331018390080463"
    assert texts(layout, "被保险人")[0] == "魏勇"
    assert texts(layout, "车辆识别代号")[0] == "LZWRZ6S87ME633460"
    assert texts(layout, "第一受益人")[0] == "宏达汽车金融有限公司"
    found = read_policy(layout, LABELS["insurance_policy"])
    assert {k: found[k][0].value for k in ("policy_number", "insured_name", "vin", "first_beneficiary")} == {
        "policy_number": "PDAA202331018390080463",
        "insured_name": "魏勇",
        "vin": "LZWRZ6S87ME633460",
        "first_beneficiary": "宏达汽车金融有限公司",
    }

    # The same column moved up: the values are paired with the rows below them.
    def moved(dy: float) -> Layout:
        """The misfed table with its values moved `dy` down, the labels where they were."""
        values_moved = [
            Line(ln.text, ln.x0, ln.y0 + dy, ln.x1, ln.y1 + dy, ln.conf) if ln.x0 > 300 else ln
            for ln in _MISFED
        ]
        return Layout(values_moved, all_labels("insurance_policy"))

    assert texts(moved(-58), "被保险人")[0] == "魏勇"
    # Where the column cannot say (the last value unread: down and up pair as many), nothing is
    # paired by the column.
    cut = Layout([ln for ln in _MISFED if ln.text != "宏达汽车金融有限公司"], all_labels("insurance_policy"))
    assert all(cut.shifted(ln) is None for ln in cut.lines)
    # Values level with their labels are the labels' as ever.
    level = moved(-33)
    assert all(level.shifted(ln) is None for ln in level.lines)
    assert texts(level, "被保险人")[0] == "魏勇"
    # A quarter of a row off, each value is nearest its own label: the column is not asked.
    near = moved(-44)
    assert all(near.shifted(ln) is None for ln in near.lines)
    assert texts(near, "被保险人")[0] == "魏勇"
    # Labels over their values (a grid): what lies right of the labels is under labels of its own.
    grid = Layout(
        [
            box("保单号", 73, 208, 130, 236),
            box("投保单号", 499, 210, 572, 238),
            box("PDAA202551012563754703", 70, 236, 452, 279),
            box("TDAA202567736749452386", 496, 242, 874, 276),
            box("被保险人", 74, 299, 146, 328),
            box("车辆识别代号", 501, 302, 605, 328),
            box("梁晓博", 69, 326, 169, 368),
            box("LFP29T5U3SF220938", 497, 332, 796, 368),
            box("保险起期", 74, 391, 146, 419),
            box("保险止期", 503, 394, 572, 418),
            box("2025年07月30日0时", 72, 418, 349, 457),
            box("2026年07月29日24时", 497, 416, 790, 460),
            box("保费合计(元)", 73, 481, 188, 512),
            box("第一受益人", 499, 481, 590, 512),
            box("东方汽车金融有限公司", 496, 511, 796, 550),
            box("10,591.04", 67, 508, 211, 556),
        ],
        all_labels("insurance_policy"),
    )
    assert all(grid.shifted(ln) is None for ln in grid.lines)


def test_a_line_that_is_only_a_labels_tail_is_that_label_wherever_it_sits() -> None:
    """厂牌型号 read 牌型号 in its own cell in the middle of a scan (not at the photo's edge, where
    the framing cuts labels): a line that is nothing but a label's tail is the label; a longer line
    that only opens with such a tail is not."""
    labels = all_labels("vehicle_invoice")
    layout = Layout(
        [
            row("牌型号", x0=42, y0=267, width=94, height=24),
            row("奔驰牌BJ7204GEL.", x0=232, y0=268, width=166, height=24),
        ],
        labels,
    )
    brand = LABELS["vehicle_invoice"]["brand_model"]  # 厂牌型号 and 品牌型号 both end so
    assert texts(layout, *brand) == ["奔驰牌BJ7204GEL"]
    prose = Layout([row("牌型号码不清的车辆不予登记", x0=42, y0=100, width=400, height=24)], labels)
    assert texts(prose, *brand) == []


def test_a_value_printed_one_character_to_a_box_is_one_line() -> None:
    """A VIN in a comb of seventeen boxes, returned one box at a time: the row of single letters
    and digits at an even pitch is one line, and the label above leads to it."""
    vin = "LGBL3EE49S9638252"
    boxes = [Line(c, 63 + 65 * i, 389, 93 + 65 * i, 420, 1.0) for i, c in enumerate(vin)]
    layout = Layout(
        [Line("车辆识别代号/车架号码", 59, 350, 304, 380, 1.0), *boxes], all_labels("vehicle_invoice")
    )
    assert [ln.text for ln in layout.lines if ln.y0 >= 389] == [vin]
    # Single characters that are not a comb stay as they are: too few, uneven, or on other rows.
    few = [Line(c, 100 + 65 * i, 500, 130 + 65 * i, 530, 1.0) for i, c in enumerate("13%"[:2])]
    uneven = [
        Line(c, x, 600, x + 30, 630, 1.0)
        for c, x in zip("ABCDEFG", (0, 60, 120, 200, 230, 300, 420), strict=True)
    ]
    stairs = [Line(c, 65 * i, 700 + 40 * i, 65 * i + 30, 730 + 40 * i, 1.0) for i, c in enumerate("ABCDEF")]
    kept = Layout([*few, *uneven, *stairs], all_labels("vehicle_invoice")).lines
    assert sorted(ln.text for ln in kept) == sorted("13" + "ABCDEFG" + "ABCDEF")


def test_a_value_wrapped_inside_its_cell_is_read_joined_and_a_tables_next_row_is_not() -> None:
    """A narrow cell wraps the model onto two lines beside its label (the twenty-third set): the
    label sits between them, so either line alone was taken (日产牌DFL716 or 0VBL3)."""
    labels = all_labels("vehicle_invoice")
    label = row("厂牌型号", x0=56, y0=302, width=87, height=33)
    top = row("日产牌DFL716", x0=202, y0=290, width=150, height=28)
    low = row("0VBL3", x0=203, y0=321, width=70, height=28)
    layout = Layout([label, low, top], labels)
    assert texts(layout, "厂牌型号")[0] == "日产牌DFL7160VBL3"
    # Beside a label as tall as two rows, the next row of a table (a gap of more than a line) and
    # a line of prose under a value (the usual line spacing) are not part of the value.
    tall = row("厂牌型号", x0=56, y0=285, width=87, height=90)
    for gap in (40, 22):
        apart = row("0VBL3", x0=203, y0=318 + gap, width=70, height=28)
        assert texts(Layout([tall, top, apart], labels), "厂牌型号")[0] == "日产牌DFL716"
    assert texts(Layout([tall, top, low], labels), "厂牌型号")[0] == "日产牌DFL7160VBL3"


def test_a_value_its_check_refuses_alone_is_read_joined_with_a_line_a_little_further_down() -> None:
    """The seventy-sixth set's lesson: a hand-drawn table's narrow cell held the VIN as LDCEWFBN4 /
    ME118671, the second line 13 px under a 28 px first, a pixel past a wrapped cell's usual gap,
    so only the first was read. Lines that far apart are read joined after the first line alone:
    a name or a complete code is taken alone as before, only what its check refuses alone is read
    joined, and never across a row whose own label stands beside its value."""
    labels = all_labels("purchase_contract")
    label = row("车辆识别代号", x0=65, y0=398, width=134, height=34)
    first = row("LDCEWFBN4", x0=219, y0=401, width=123, height=28)
    second = row("ME118671", x0=220, y0=442, width=104, height=30)
    layout = Layout([label, first, second], labels)
    assert texts(layout, "车辆识别代号") == ["LDCEWFBN4", "LDCEWFBN4ME118671"]
    read = read_label(layout, "vin", LABELS["purchase_contract"]["vin"], check_vin)[0]
    assert read.value == "LDCEWFBN4ME118671"
    # The next row's value under it, its label beside it: that row is no continuation.
    price = [
        row("车辆价款", x0=65, y0=440, width=94, height=34),
        row("¥467,500.00", x0=220, y0=442, width=140, height=30),
    ]
    assert texts(Layout([label, first, *price], labels), "车辆识别代号") == ["LDCEWFBN4"]
    # Further than three quarters of a line below: another row.
    far = row("ME118671", x0=220, y0=452, width=104, height=30)
    assert texts(Layout([label, first, far], labels), "车辆识别代号") == ["LDCEWFBN4"]


def test_a_value_wrapped_down_its_cell_under_a_label_at_the_cells_top_is_read_joined() -> None:
    """A schedule of four narrow columns (the twenty-eighth set): the label at the top of its cell,
    the policy number, the VIN and the period wrapped down the cell beside it, so the first line
    alone was read (PDAA202543012051, a VIN cut short)."""
    labels = all_labels("insurance_policy")
    label = row("保险单号", x0=80, y0=213, width=89, height=34)
    first = row("PDAA202543012051", x0=287, y0=216, width=190, height=28)
    second = row("850167", x0=286, y0=243, width=82, height=33)
    # The next row of the table: its own label to the left of its value.
    label2 = row("车辆识别代号", x0=80, y0=289, width=126, height=34)
    vin = row("LBVH5E782LV02296", x0=287, y0=292, width=189, height=28)
    vin_tail = row("9", x0=287, y0=323, width=23, height=25)
    period = [
        row("被保险人", x0=490, y0=212, width=88, height=35),
        row("保险期间", x0=490, y0=289, width=91, height=34),
        row("2025年5月10日0时起", x0=697, y0=289, width=196, height=32),
        row("至2026年5月9日24时", x0=697, y0=317, width=198, height=32),
        row("止", x0=696, y0=348, width=30, height=28),
        # The beneficiary's value in the row under the period, its last character wrapped.
        row("第一受益人", x0=490, y0=393, width=107, height=35),
        row("宏达汽车金融有限公", x0=697, y0=394, width=182, height=33),
        row("司", x0=696, y0=428, width=30, height=28),
    ]
    layout = Layout([label, first, second, label2, vin, vin_tail, *period], labels)
    assert texts(layout, "保险单号")[0] == "PDAA202543012051850167"
    assert texts(layout, "车辆识别代号")[0] == "LBVH5E782LV022969"
    assert texts(layout, "保险期间")[0] == "2025年5月10日0时起至2026年5月9日24时止"
    # 止 and 司 stand one above the other in one column, a row apart: they are two values' last
    # characters, not a word written top to bottom.
    assert texts(layout, "第一受益人")[0] == "宏达汽车金融有限公司"
    # A table whose next row's label the lexicon does not know (上牌服务费): its figure right under
    # the price is that row's value, not the price's second line.
    contract = all_labels("purchase_contract")
    price = [
        row("车辆价格", x0=80, y0=300, width=90, height=30),
        row("¥63,102.00", x0=290, y0=300, width=120, height=30),
        row("上牌服务费", x0=80, y0=334, width=110, height=30),
        row("¥1,000.00", x0=290, y0=334, width=110, height=30),
    ]
    assert texts(Layout(price, contract), "车辆价格")[0] == "¥63,102.00"


def test_a_short_value_or_a_wider_line_under_it_is_no_wrapped_cell() -> None:
    """A value wraps in its cell only when its first line filled the cell. An ID card under a
    watermark lost its 性别 label, so the sex 女 stood right under the two-character name, where a
    wrapped name's end would be: it was read 胡子女. Nor does a line wider than the one above it
    continue it (a wrapped line is at most as long as the line it wraps from)."""
    card = all_labels("id_card_front")
    name = [row("姓名", x0=80, y0=100, width=60, height=34), row("胡子", x0=180, y0=100, width=70, height=34)]
    sex = row("女", x0=181, y0=146, width=34, height=34)
    assert texts(Layout([*name, sex], card), "姓名")[0] == "胡子"
    policy = all_labels("insurance_policy")
    label = row("第一受益人", x0=490, y0=393, width=107, height=35)
    value = row("宏达汽车金融有限公", x0=697, y0=394, width=182, height=33)
    wider = row("本保单第一受益人为贷款银行", x0=697, y0=430, width=260, height=33)
    assert texts(Layout([label, value, wider], policy), "第一受益人")[0] == "宏达汽车金融有限公"
    tail = row("司", x0=696, y0=430, width=30, height=28)
    assert texts(Layout([label, value, tail], policy), "第一受益人")[0] == "宏达汽车金融有限公司"


def test_a_label_holding_its_value_reads_no_wrapped_cell_to_its_right() -> None:
    """A contract printed with its changes tracked: beside the VIN's line, the markup pane's note
    of the deleted VIN wraps onto a second line. The label's own line holds its value, so what lies
    to its right is another column, not a cell wrapped under the label."""
    contract = all_labels("purchase_contract")
    own = row("车辆识别代号:LSVB0YU36KY057767", x0=53, y0=318, width=374, height=35)
    note = row("删除的内容:LHGU3HYB1M5767", x0=736, y0=318, width=247, height=27)
    tail = row("822", x0=733, y0=342, width=39, height=26)
    assert texts(Layout([own, note, tail], contract), "车辆识别代号")[0] == "LSVB0YU36KY057767"


def test_a_tail_that_is_the_whole_line_outranks_a_one_character_swap() -> None:
    """保险单号 read 险单号 in small print: one swapped character from 保单号 and from 批单号 (an
    endorsement's number) too, so the loose hit named both and led to no field; the line is all of
    保险单号's tail, which says which label it is."""
    layout = Layout(
        [
            row("PDAA202531015502897324", x0=70, y0=135, width=311, height=33),
            row("险单号", x0=70, y0=175, width=71, height=30),
        ],
        all_labels("insurance_policy"),
    )
    (hit,) = layout.hits(layout.lines[1])
    assert hit.labels == {"保险单号"}
    # A swap that is no label's tail keeps its loose hit (核保险人 still reads as 被保险人).
    assert find_labels("核保险人", sorted(all_labels("insurance_policy"), key=len, reverse=True))[0].labels


def test_a_caption_under_its_value_leads_up_and_a_label_over_its_value_leads_down() -> None:
    """A policy summary printing each value large with its label small beneath it: the label's
    value is the line above, nearer it than the next card's value below. The same lines in a
    stack of labels over values (the label nearer the value under it) still lead down."""
    policy = LABELS["insurance_policy"]
    labels = all_labels("insurance_policy")
    caption = Layout(
        [
            row("萧嘉", x0=68, y0=219, width=68, height=44),
            row("被保险人", x0=70, y0=265, width=69, height=30),
            row("LDC7G8Z80LJ417839", x0=68, y0=312, width=246, height=37),
            row("车架号", x0=70, y0=351, width=56, height=33),
            row("瑞信汽车金融有限公司", x0=70, y0=489, width=279, height=39),
            row("第一受益人", x0=70, y0=532, width=86, height=30),
        ],
        labels,
    )
    assert texts(caption, *policy["insured_name"])[0] == "萧嘉"
    assert texts(caption, *policy["first_beneficiary"])[0] == "瑞信汽车金融有限公司"
    stacked = Layout(
        [
            row("萧嘉", x0=68, y0=219, width=68, height=44),
            row("被保险人", x0=70, y0=300, width=69, height=30),
            row("武军丹", x0=68, y0=340, width=90, height=44),
        ],
        labels,
    )
    assert set(texts(stacked, *policy["insured_name"])) == {"武军丹"}
    # A label under another label is a table's column of labels; a label taller than the line over
    # it is no caption of it.
    column = Layout([row("车架号", y0=219, width=69), row("被保险人", y0=255, width=69)], labels)
    assert column.captioned(column.lines[1]) is None
    taller = Layout([row("萧嘉", y0=219, height=24), row("被保险人", y0=250, width=69, height=34)], labels)
    assert taller.captioned(taller.lines[1]) is None
    # A receipt's labels and values evenly spaced: the label leads to the value under it.
    receipt = Layout(
        [
            row("2026年3月7日", x0=72, y0=779, width=235, height=47),
            row("终保日期:", x0=41, y0=846, width=187, height=47),
            row("2027-03-06", x0=75, y0=915, width=201, height=42),
        ],
        labels,
    )
    assert receipt.captioned(receipt.lines[1]) is None
    assert texts(receipt, *policy["period_end"])[0] == "2027-03-06"
    # A label whose value stands in its row to the right is that value's label, whatever is over it.
    beside = Layout(
        [
            row("备忘录", x0=135, y0=1025, width=83, height=52),
            row("保险费合计", x0=134, y0=1088, width=145, height=52),
            row("¥338,000.00", x0=869, y0=1090, width=205, height=50),
        ],
        labels,
    )
    assert beside.captioned(beside.lines[1]) is None


def test_a_contracts_own_number_label_outranks_an_order_number_printed_before_it() -> None:
    """A dealer system heads each page with its order number (订单号：…) above the contract's
    number (合同编号：…): both open their lines, so the order number came first in reading order.
    Where no label names the contract's own number, an order number still does."""
    from precredit.ocr.read_paper import _contract_number

    labels = LABELS["purchase_contract"]["contract_number"]
    both = Layout(
        [row("订单号：80859089808757", y0=40, width=300), row("合同编号：GC2025061119935", y0=300)],
        all_labels("purchase_contract"),
    )
    assert _contract_number(both, labels)[0].value == "GC2025061119935"
    bare = Layout(
        [row("订单号：09700270153592", y0=40, width=300), row("编号：GC2025052873761", y0=300)],
        all_labels("purchase_contract"),
    )
    assert _contract_number(bare, labels)[0].value == "GC2025052873761"
    order = Layout([row("订单编号：DD2025061119935", y0=40, width=300)], all_labels("purchase_contract"))
    assert _contract_number(order, labels)[0].value == "DD2025061119935"


def test_a_value_under_a_header_label_is_not_taken_for_the_label_beside_the_header() -> None:
    """A header row (厂牌型号 | 车辆识别代号) over its row of values: a value a little below the
    first label's row, to its right, stands under the second label and is that label's."""
    lines = [
        Line("厂牌型号", 46, 375, 152, 418, 0.95),
        Line("车辆识别代号", 326, 379, 467, 416, 0.95),
        Line("奔驰牌BJ7204GEL", 52, 431, 249, 464, 0.95),
        Line("LZWJU8N72N0864744", 326, 431, 574, 463, 0.95),
    ]
    layout = Layout(lines, all_labels("vehicle_invoice"))
    assert texts(layout, *LABELS["vehicle_invoice"]["brand_model"])[0] == "奔驰牌BJ7204GEL"
    # Without the header over it, the same line off the label's row is the label's value.
    layout = Layout([lines[0], lines[3]], all_labels("vehicle_invoice"))
    assert texts(layout, *LABELS["vehicle_invoice"]["brand_model"]) == ["LZWJU8N72N0864744"]


def test_an_authority_ends_with_its_bureau_and_a_seals_words_read_onto_it_are_dropped() -> None:
    from precredit.ocr.read_idcard import read_back

    def authority(text: str) -> str | None:
        lines = [row(f"签发机关{text}"), row("有效期限2015.11.04-2035.11.04", y0=150)]
        found = read_back(Layout(lines, all_labels("id_card_back")), LABELS["id_card_back"])
        return found["issuing_authority"][0].value

    assert authority("上海市公安局徐汇分局件与原件核对无误") == "上海市公安局徐汇分局"
    assert authority("沭阳县公安局与原件一致") == "沭阳县公安局"
    assert authority("上海市公安局徐汇分局") == "上海市公安局徐汇分局"
    assert authority("上海市公安局徐汇分") == "上海市公安局徐汇分"  # a branch whose 局 was lost: kept


def test_numbers_down_the_margin_are_no_text_and_a_sentence_wraps_past_them() -> None:
    """A lawyer's template numbers every line in the margin: the VIN wrapping from one line to the
    next goes on at the next line of text, not at the 6 beside it."""
    from precredit.ocr.read_paper import read_contract

    text = [
        Line("合同编号:GC2026061461738", 115, 139, 412, 171, 0.97),
        Line("出卖人:深圳华泰汽车销售有限公司", 115, 183, 490, 215, 0.97),
        Line("买受人:罗涛辉,身份证号码:440305197904175754", 114, 229, 653, 261, 0.97),
        Line("第一条出卖人向买受人出售车辆一台,车辆识别代号LGB3KVBX1SJ6691", 161, 270, 879, 302, 0.97),
        Line("38,发动机号G42069628,车辆价款人民币487,000.00元(大写:肆拾捌万", 111, 309, 869, 344, 0.97),
        Line("柒仟元整),含增值税。", 111, 354, 371, 390, 0.97),
        Line("第二条买受人于本合同签订之日一次性付清车款,出卖人收款后开具", 158, 399, 872, 436, 0.97),
        Line("机动车销售统一发票。", 111, 446, 349, 482, 0.97),
    ]
    numbers = [Line(str(n), 72 if n < 10 else 64, 106 + 43 * n, 90, 130 + 43 * n, 0.97) for n in range(1, 10)]
    layout = Layout(text + numbers, all_labels("purchase_contract"))
    found = read_contract(layout, LABELS["purchase_contract"])
    assert found["vin"][0].value == "LGB3KVBX1SJ669138"
    assert found["vehicle_price"][0].value == "487000.00"
    assert [ln.text for ln in layout.lines if ln.text.isdigit()] == []
    # Numbers that do not count up line by line (a table's figures, a stray digit) stay.
    stray = [Line(t, 72, 150 + 45 * i, 90, 172 + 45 * i, 0.97) for i, t in enumerate(["3", "12", "7", "40"])]
    layout = Layout(text + stray, all_labels("purchase_contract"))
    assert sorted(ln.text for ln in layout.lines if ln.text.isdigit()) == ["12", "3", "40", "7"]


def test_a_form_box_number_before_its_label_is_not_read_as_a_value() -> None:
    """Numbered boxes: 1.保险单号 over its value, 9.（小写） beside the figure; a number's dot is not
    a decimal point and the label still opens its box."""
    lines = [
        row("1.保险单号", x0=80, y0=180, width=90),
        row("3.投保单号", x0=80, y0=260, width=90),
        row("PDAA202351018479407003", x0=86, y0=226, width=320),
        row("TDAA202302954937386708", x0=86, y0=309, width=320),
        row("9.（小写）", x0=640, y0=507, width=80),
        row("¥5580.06", x0=646, y0=555, width=110),
    ]
    layout = Layout(lines, all_labels("insurance_policy"))
    assert [ln.text for ln in layout.lines][:2] == ["保险单号", "PDAA202351018479407003"]
    found = read_policy(layout, LABELS["insurance_policy"])
    assert found["policy_number"][0].value == "PDAA202351018479407003"
    assert found["premium"][0].value == "5580.06"
    # A decimal, a date and an amount keep their digits.
    kept = Layout([row("1.5万元"), row("2024.05.06", y0=200), row("9.00元", y0=300)], [])
    assert sorted(ln.text for ln in kept.lines) == sorted(["1.5万元", "2024.05.06", "9.00元"])


def test_one_line_the_detector_boxed_in_two_overlapping_pieces_is_joined() -> None:
    """杭州金 (x 449-497) and 金桥汽车销售有限公司 (x 477-600): one character in both boxes."""
    pieces = [row("杭州金", x0=449, width=48), row("金桥汽车销售有限公司", x0=477, width=123)]
    assert [ln.text for ln in Layout(pieces, []).lines] == ["杭州金桥汽车销售有限公司"]
    # Cells side by side that merely touch, or share a character where their boxes do not overlap
    # by its width, stay apart.
    apart = [row("车架号", x0=100, width=60), row("号码LFV2A21K8S4123456", x0=158, width=300)]
    assert len(Layout(apart, []).lines) == 2
    far = [row("杭州金", x0=449, width=48), row("金桥汽车销售有限公司", x0=440 + 48 + 60, width=123)]
    assert len(Layout(far, []).lines) == 2
    # A cell's box that took in the first digit of the date in the next cell: two cells still.
    cells = [row("LBVG196S0K33752472025-12-072", x0=382, width=343), row("2026-12-06", x0=707, width=119)]
    assert [ln.text for ln in Layout(cells, []).lines] == [c.text for c in cells]
    # A date a seal's ring split into two overlapping boxes (the seventy-fifth set: 期:2023/11
    # at x 72-235 and 11/14 at x 197-267): joined, its digits kept once, as no piece holds the
    # whole date; pieces that each hold a date, or that join into no calendar date, stay apart.
    date = [row("期:2023/11", x0=72, width=163), row("11/14", x0=197, width=70)]
    assert [ln.text for ln in Layout(date, []).lines] == ["期:2023/11/14"]
    whole = [row("2023/11/14", x0=72, width=163), row("14/2024/01/02", x0=200, width=180)]
    assert len(Layout(whole, []).lines) == 2
    no_day = [row("期:2023/11", x0=72, width=163), row("11/45", x0=197, width=70)]
    assert len(Layout(no_day, []).lines) == 2


def test_labels_joined_by_slashes_take_the_values_joined_by_slashes_in_their_order() -> None:
    contract = all_labels("purchase_contract")
    layout = Layout(
        [
            row("合同编号/版本:GC2023042235797/V1.1"),
            row("品牌型号/车辆识别代号:奥迪牌FV7201BCDBG/LVSXCKSR6MY343497", y0=140),
            row("签订日期/地点:2023/09/04/杭州市", y0=180),
        ],
        contract,
    )
    assert texts(layout, "合同编号")[0] == "GC2023042235797"
    assert texts(layout, "车辆识别代号")[0] == "LVSXCKSR6MY343497"
    # A date's own slashes join no two values.
    assert texts(layout, "签订日期")[0] == "2023/09/04"
    # Labels that are alternatives to one value (a person's name or a company's) all lead to it.
    assert texts(Layout([row("买受人姓名/名称:王伟")], contract), "买受人姓名") == ["王伟"]
    # Values that do not pair with the labels are left as they were read.
    odd = Layout([row("合同编号/版本:GC2023042235797/V1.1/A")], contract)
    assert "GC2023042235797" not in texts(odd, "合同编号")


def test_digits_broken_off_a_code_at_a_lines_end_are_not_the_next_lines_item_number() -> None:
    """Prose wraps a VIN after its sixteenth character and the seventeenth opens the next line
    (…识别代号LBVY0JJ09LR61271 / 8，车辆总价…, the comma read as a stop): the 8 looks like an item's
    number and was dropped, leaving a VIN one character short. Only after a line that runs to the
    edge and ends in a letter or digit does it go back; a list's numbers stay off."""
    from precredit.ocr.read_paper import read_contract

    prose = [
        row("出卖人：宏达汽车销售有限公司", x0=80, y0=100, width=420),
        row("乙方向甲方购买汽车一辆，车辆识别代号LBVY0JJ09LR61271", x0=130, y0=150, width=770),
        row("8.车辆总价为人民币261,000.00元，乙方以贷款方式支付。", x0=80, y0=200, width=820),
        row("争议解决：因本合同发生的争议，双方协商解决；协商不成的，向合", x0=130, y0=250, width=770),
        row("同签订地人民法院起诉。", x0=80, y0=300, width=300),
    ]
    layout = Layout(prose, all_labels("purchase_contract"))
    assert read_contract(layout, LABELS["purchase_contract"])["vin"][0].value == "LBVY0JJ09LR612718"
    # A list whose item ends in a code short of the edge: the next item's number is a number.
    items = [
        row("7.车辆识别代号：LBVY0JJ09LR612718", x0=80, y0=100, width=420),
        row("8.车辆总价为人民币261,000.00元，乙方以贷款方式支付。", x0=80, y0=150, width=820),
    ]
    assert [ln.text for ln in Layout(items, all_labels("purchase_contract")).lines] == [
        "车辆识别代号:LBVY0JJ09LR612718",
        "车辆总价为人民币261,000.00元,乙方以贷款方式支付。",
    ]


def test_an_invoice_code_whose_label_was_misread_into_it_is_found_anywhere_on_the_page() -> None:
    """No label leads to 代6161012535323 (代码 read 代6) and no run of ten or twelve digits stands
    alone: the one run of thirteen whose end is shaped like a code is the code. A mobile number,
    eleven digits, is never taken for one."""
    from precredit.ocr.read_paper import read_invoice

    lines = [
        row("代6161012535323", x0=40, y0=100, width=220),
        row("号码77374947", x0=620, y0=100, width=160),
        row("电话13812345678", x0=40, y0=150, width=220),
    ]
    found = read_invoice(Layout(lines, all_labels("vehicle_invoice")), LABELS["vehicle_invoice"])
    assert found["invoice_code"][0].value == "161012535323"
    phone = read_invoice(Layout(lines[1:], all_labels("vehicle_invoice")), LABELS["vehicle_invoice"])
    assert phone["invoice_code"][0].value is None


def test_values_set_in_square_brackets_of_any_shape_are_read_without_them() -> None:
    """A template sets each filled-in value in brackets (买受人：【侯英红】, 〔…〕, 「…」), and the
    recogniser may return the closing one as another bracket (〔侯英红)): the brackets are
    punctuation around the value, whatever their shape."""
    from precredit.ocr.read_paper import read_contract

    for opening, closing in (("【", "】"), ("〔", ")"), ("「", "」"), ("［", "］")):
        lines = [
            row(f"合同编号：{opening}GC2024031619435{closing}", y0=100, width=400),
            row(f"买受人(乙方)：{opening}侯英红{closing}", y0=150, width=300),
        ]
        found = read_contract(Layout(lines, all_labels("purchase_contract")), LABELS["purchase_contract"])
        assert found["buyer_name"][0].value == "侯英红"
        assert found["contract_number"][0].value == "GC2024031619435"


def test_dot_leaders_between_a_label_and_its_value_are_a_colon_and_nothing_at_a_lines_end() -> None:
    """A form's particulars led by dots to values flush right (the fifty-seventh set's contract,
    seen), however the recogniser reads the dots (....·, 。。。, ---): between a label and its value
    the run separates them like a colon; after a label whose value the detector boxed apart it
    is nothing, so the value beside it is the label's. A decimal point, a date's separators or
    a dash of a range are no leader."""
    from precredit.ocr.lines import normalize
    from precredit.ocr.read_paper import read_contract

    assert normalize("合同编号.......................·Gc2023101472743") == "合同编号:Gc2023101472743"
    assert (
        normalize("出卖人。。。。。。.。。。。。。深圳金桥汽车销售服务有限公司")
        == "出卖人:深圳金桥汽车销售服务有限公司"
    )
    assert normalize("签订日期：……") == "签订日期:"
    assert normalize("---¥486500.00") == "¥486500.00"
    for kept in ("2025.01.01-2026.01.01", "¥1,234.56", "2025--01--03", "——"):
        assert normalize(kept) == kept
    lines = [
        row("合同编号-------------------GC2024080698514", y0=100, width=800),
        row("车辆总价款(人民币)。。。。。。。。。。。。", y0=150, width=600),
        row("375,000.00元", x0=760, y0=150, width=150),
        row("买受人......................邹凤梓", y0=200, width=800),
    ]
    found = read_contract(Layout(lines, all_labels("purchase_contract")), LABELS["purchase_contract"])
    assert found["contract_number"][0].value == "GC2024080698514"
    assert found["vehicle_price"][0].value == "375000.00"
    assert found["buyer_name"][0].value == "邹凤梓"


def test_a_partys_role_in_brackets_after_another_role_leads_to_the_value() -> None:
    """行驶证车主（被保险人）：尹洋平 (the fifty-seventh set's roles policy, seen): the insured is the
    car's registered owner, and the bracketed role leads to the name after it. A role after a
    name (致王伟（被保险人）：) still notes who the name is and leads to nothing."""
    found = read_policy(
        Layout(
            [
                row("保险单号：PDAA202337027261487744", y0=100),
                row("行驶证车主(被保险人)：尹洋平", y0=150),
                row("车辆识别代号/车架号：LGWRM3WD3R2394917", y0=200),
            ],
            all_labels("insurance_policy"),
        ),
        LABELS["insurance_policy"],
    )
    assert found["insured_name"][0].value == "尹洋平"
    layout = Layout([row("致王伟(被保险人)：您好，您的保单已生效。", y0=100)], all_labels("insurance_policy"))
    assert texts(layout, "被保险人") == []


def test_a_label_read_loosely_leads_to_the_value_after_its_colon() -> None:
    """经销单位： is no label of the lexicon; 经销单 is one character from 经销商 and was found as
    it, which left 位 to open the seller's name. A loose hit with a character or two before a
    colon ends at the colon; an exact hit, or one with no colon after it, keeps its end."""
    layout = Layout([row("经销单位：东城恒通汽车贸易有限公司")], all_labels("purchase_contract"))
    assert texts(layout, *LABELS["purchase_contract"]["seller_name"])[0] == "东城恒通汽车贸易有限公司"
    exact = Layout([row("经销商：东城恒通汽车贸易有限公司")], all_labels("purchase_contract"))
    assert texts(exact, *LABELS["purchase_contract"]["seller_name"])[0] == "东城恒通汽车贸易有限公司"
