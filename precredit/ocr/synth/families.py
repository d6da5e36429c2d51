"""Document families: the declared list of layouts the generator draws, and which are held out.

A family is a way real issuers print a kind of document: prose contracts over several pages with
numbered articles, table contracts, two-column policies, invoice generations. Families differ in
layout, wording of labels, the roles parties are named by, where values sit (cells, sentences,
under a header) and what lies over them (seals). Each family's `split` was fixed when it was
written, before any result on it was seen: the extractor is developed on `development` families
and measured on `held-out` ones, so the held-out figure says how it does on layouts it has never
been tuned to. A held-out family whose failures were studied becomes `seen` (reported apart), and
a new held-out set is written before the next round of changes.
"""

from __future__ import annotations

import io
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from precredit.ocr.amounts import to_chinese
from precredit.ocr.synth.degrade import motion_kernel
from precredit.ocr.synth.draw import INK, RULE, Page
from precredit.ocr.synth.fields import BRAND_MODELS, id_number, person_name, random_fields
from precredit.ocr.synth.fields import vin as random_vin
from precredit.ocr.synth.flow import Flow
from precredit.ocr.synth.fonts import available_fonts, load_font
from precredit.ocr.synth.idcard import render_back, render_front
from precredit.policy.identifiers import id_check_char
from precredit.policy.loan import add_months

Render = Callable[[dict[str, str], str, random.Random], list[Image.Image]]


def _same(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return fields


def _to_image(pixels: np.ndarray) -> Image.Image:
    """A float picture back to 8-bit: clipped to 0..255, then truncated, as every family did."""
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


Split = Literal["development", "seen", "held-out"]
SPLITS: tuple[Split, ...] = ("development", "seen", "held-out")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str
    render: Render
    split: Split
    """`development`: the extractor is built on it. `seen`: held out when written (the first set in
    session 9, the second on 2026-11-30; the third, the fourth's paper families, the fifth, the
    sixth, the seventh, the eighth, the ninth, the tenth, the eleventh and the twelfth, with their
    ID variants, on 2026-12-01; the thirteenth and fourteenth on 2026-12-01 too; the fifteenth to
    twenty-sixth on 2026-12-02; the twenty-seventh to thirty-fourth on 2026-12-03, the
    thirty-fifth to forty-third on 2026-12-04, the forty-fourth to fifty-second on 2026-12-05,
    the fifty-third to sixty-ninth on 2026-12-06 and the seventieth to eighty-first
    on 2026-12-07), each measured once and its failures since read and named, so no longer a fair
    test.
    `held-out`: the fourth set's ID variants and the eighty-second set (written before the
    eighty-first's figures were read), each written before the extractor
    changes it measures; never looked at while developing."""
    # Changes the ground truth before rendering (rare name characters, long authorities).
    adapt: Callable[[dict[str, str], random.Random], dict[str, str]] = _same
    # Fonts the family is printed in; empty: any installed CJK font.
    fonts: tuple[str, ...] = ()

    @property
    def held_out(self) -> bool:
        return self.split == "held-out"


def _wide(s: str) -> str:
    """Digits, Latin letters and ASCII marks in their full-width forms (ＰＤＡＡ２０２６…), as old
    billing systems print them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _in_groups(value: str, n: int) -> str:
    """`value` spaced into groups of `n` characters, for reading aloud (1234 5678 …)."""
    return " ".join(value[i : i + n] for i in range(0, len(value), n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _date(iso: str, rng: random.Random) -> str:
    y, m, d = iso.split("-")
    return rng.choice((iso, f"{y}年{m}月{d}日", f"{y}年{int(m)}月{int(d)}日", f"{y}/{m}/{d}", f"{y}.{m}.{d}"))


def _money(value: str, rng: random.Random) -> str:
    a = Decimal(value)
    return rng.choice((f"¥{a:,.2f}", f"¥{a:.2f}", f"{a:,.2f}元", f"人民币{a:,.2f}元"))


def _words(value: str) -> str:
    return to_chinese(Decimal(value))


def _engine(rng: random.Random) -> str:
    return rng.choice(("", "DK", "CSS", "G4")) + _digits(rng, 7)


def _uscc(rng: random.Random) -> str:
    return "91" + _digits(rng, 6) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))


def _boilerplate(flow: Flow, rng: random.Random, n: int, first: int) -> None:
    """Articles of legal prose with distractor dates, amounts and numbers a reader must not take."""
    texts = (
        "交车时间：乙方应于合同签订后三十日内交付车辆，逾期每日按车价的万分之五支付违约金。",
        "车辆质量：车辆应符合国家标准及厂家出厂标准，三包有效期为二年或五万公里，以先到者为准。",
        f"定金：签订本合同时支付定金¥{rng.randrange(2, 20) * 1000:,}.00元，交车时抵作车款。",
        "争议解决：因本合同发生的争议，双方协商解决；协商不成的，向合同签订地人民法院起诉。",
        "其他：本合同一式贰份，双方各执壹份，自双方签字盖章之日起生效，复印件无效。",
        f"售后服务热线：400-{_digits(rng, 3)}-{_digits(rng, 4)}，服务时间为每日8:30至17:30。",
        "车辆交付时应附带合格证、发票、使用说明书及随车工具，甲乙双方当面验收并签字确认。",
    )
    nums = "一二三四五六七八九十"
    for i in range(n):
        flow.line(f"第{nums[(first + i) % 10]}条", size=flow.size + 1)
        flow.para(rng.choice(texts))


# ---------------------------------------------------------------- purchase contracts


def _contract_flow(font: str, rng: random.Random, title: str) -> Flow:
    flow = Flow(font, rng, size=rng.randint(22, 25), margin=rng.randint(60, 95))
    flow.title(title, rng.randint(36, 44))
    return flow


def c_table_classic(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"甲方（买方）：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"乙方（卖方）：{f['seller_name']}")
    flow.line(f"联系电话：1{_digits(rng, 10)}")
    flow.line("第一条 车辆信息")
    flow.table(
        [0.3, 0.7],
        [
            [("品牌型号", 1), ("比亚迪汉EV", 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("车辆价格", 1), (_money(f["vehicle_price"], rng), 1)],
            [("大写金额", 1), (_words(f["vehicle_price"]), 1)],
        ],
    )
    _boilerplate(flow, rng, 2, 1)
    flow.pair("甲方（签字）：", "乙方（盖章）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.7)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_prose_articles(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Seller first as 出卖人, buyer as 买受人, values in sentences, over two or three pages."""
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"统一社会信用代码：{_uscc(rng)}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.para("根据《中华人民共和国民法典》及有关法律法规，出卖人与买受人经平等协商，订立本合同。")
    flow.line("第一条 标的车辆")
    flow.para(f"车辆品牌：吉利星越L；车辆识别代号：{f['vin']}；发动机号：{_engine(rng)}；颜色：白色。")
    flow.line("第二条 价款")
    flow.para(
        f"车辆总价款为{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），"
        "含增值税，不含保险费及上牌费用。"
    )
    _boilerplate(flow, rng, rng.randint(4, 7), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=120)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.footer("机动车买卖合同（示范文本）")
    return flow.images()


def c_sell_buy_pairs(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """卖方/买方 in two columns, then a vehicle table with the price and its 大写 in one cell."""
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.pair(f"合同号：{f['contract_number']}", f"签订时间：{_date(f['sign_date'], rng)}")
    flow.pair(f"卖方：{f['seller_name']}", f"买方：{f['buyer_name']}")
    flow.pair(f"电话：0571-{_digits(rng, 8)}", f"证件号码：{f['buyer_id_number']}")
    flow.table(
        [0.25, 0.75],
        [
            [("车型", 1), ("丰田凯美瑞2.0G", 1)],
            [("车架号", 1), (f["vin"], 1)],
            [("成交价格", 1), (f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）", 1)],
            [("交车日期", 1), (_date("2026-12-31", rng), 1)],
        ],
    )
    _boilerplate(flow, rng, 3, 2)
    flow.pair("卖方（盖章）", "买方（签字）")
    flow.stamp("销售专用章", dx=100, dy=-20)
    return flow.images()


def c_sales_party(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """销售方/购买方, key-value lines with the price in figures and words on separate lines."""
    flow = _contract_flow(font, rng, "新车销售合同")
    flow.line(f"编号：{f['contract_number']}", right=True)
    flow.line(f"销售方：{f['seller_name']}")
    flow.line(f"地址：杭州市西湖区文三路{rng.randrange(1, 500)}号")
    flow.line(f"购买方：{f['buyer_name']}")
    flow.line(f"身份证号：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号（VIN）：{f['vin']}")
    flow.line(f"发动机号：{_engine(rng)}")
    flow.line(f"车辆售价：{_money(f['vehicle_price'], rng)}")
    flow.line(f"人民币大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, 3, 0)
    flow.line(f"签约日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def c_jia_seller(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """甲方 is the seller here: 「甲方（出卖人）」, then only 甲方/乙方 in the articles."""
    flow = _contract_flow(font, rng, "汽车买卖合同书")
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"甲方（出卖人）：{f['seller_name']}")
    flow.line(f"乙方（买受人）：{f['buyer_name']}")
    flow.line(f"乙方身份证号码：{f['buyer_id_number']}")
    flow.line("第一条 乙方向甲方购买下列车辆：")
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("品牌", 1), ("大众帕萨特", 1), ("颜色", 1), ("黑色", 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("发动机号", 1), (_engine(rng), 1), ("合格证号", 1), ("WAC" + _digits(rng, 11), 1)],
        ],
    )
    flow.line("第二条 价款及支付")
    flow.para(
        f"车辆价款合计{_money(f['vehicle_price'], rng)}，大写{_words(f['vehicle_price'])}；"
        f"乙方已付定金¥{rng.randrange(2, 10) * 1000:,}.00元。"
    )
    _boilerplate(flow, rng, rng.randint(3, 6), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=80)
    flow.line(f"日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_party_blocks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Parties as blocks under a role heading: 名称/姓名 labels name whoever the heading says."""
    flow = _contract_flow(font, rng, "车辆买卖协议")
    flow.line(f"协议编号：{f['contract_number']}", right=True)
    flow.table(
        [0.5, 0.5],
        [
            [("卖方信息", 1), ("买方信息", 1)],
            [(f"名称：{f['seller_name']}", 1), (f"姓名：{f['buyer_name']}", 1)],
            [(f"信用代码：{_uscc(rng)}", 1), (f"身份证：{f['buyer_id_number']}", 1)],
            [(f"电话：0571-{_digits(rng, 8)}", 1), (f"手机：1{_digits(rng, 10)}", 1)],
        ],
    )
    flow.para(
        f"买方购买卖方车辆一台，车架号{f['vin']}，成交总价{_money(f['vehicle_price'], rng)}"
        f"（{_words(f['vehicle_price'])}）。"
    )
    _boilerplate(flow, rng, 4, 1)
    flow.line(f"本协议于{_date(f['sign_date'], rng)}签订。")
    flow.stamp("合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def c_order_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An order form: values in a row under a header row, not beside their labels."""
    flow = _contract_flow(font, rng, "汽车订购合同")
    flow.pair(f"订单编号：{f['contract_number']}", f"订购日期：{_date(f['sign_date'], rng)}")
    flow.pair(f"经销商：{f['seller_name']}", "")
    flow.pair(f"订购人：{f['buyer_name']}", f"证件号：{f['buyer_id_number']}")
    flow.table(
        [0.22, 0.4, 0.14, 0.24],
        [
            [("车型", 1), ("车辆识别代号", 1), ("数量", 1), ("金额", 1)],
            [("哈弗H6", 1), (f["vin"], 1), ("1", 1), (_money(f["vehicle_price"], rng), 1)],
            [("合计（大写）", 1), (_words(f["vehicle_price"]), 3)],
        ],
    )
    _boilerplate(flow, rng, 3, 0)
    flow.pair("经销商（盖章）", "订购人（签字）")
    flow.stamp("业务专用章", dx=60)
    return flow.images()


def c_inline(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Everything in sentences: the parties, the car, the price and the date."""
    flow = _contract_flow(font, rng, "购车合同")
    flow.line(f"No.{f['contract_number']}", right=True)
    flow.para(
        f"甲方{f['buyer_name']}（身份证号码{f['buyer_id_number']}）自愿向乙方{f['seller_name']}购买"
        f"汽车一辆，车辆识别代号为{f['vin']}，发动机号为{_engine(rng)}。"
    )
    flow.para(
        f"该车成交价为{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），"
        "甲方以银行按揭方式付款。"
    )
    _boilerplate(flow, rng, rng.randint(5, 8), 0)
    flow.line(f"本合同于{_date(f['sign_date'], rng)}在杭州签订。")
    flow.pair("甲方签字：", "乙方盖章：")
    flow.stamp("合同专用章", dx=flow.inner * 0.65)
    return flow.images()


# ---------------------------------------------------------------- insurance policies


def _policy_flow(font: str, rng: random.Random) -> Flow:
    return Flow(font, rng, size=rng.randint(21, 24), margin=rng.randint(55, 90))


def _branch(insurer: str, rng: random.Random) -> str:
    return insurer + rng.choice(
        ("杭州市分公司", "浙江省分公司", "上海分公司", "西湖支公司", "深圳中心支公司")
    )


def _period(f: dict[str, str], rng: random.Random) -> str:
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    return rng.choice(
        (
            f"自{sy}年{sm}月{sd}日零时起至{ey}年{em}月{ed}日二十四时止",
            f"{sy}年{int(sm)}月{int(sd)}日0时起至{ey}年{int(em)}月{int(ed)}日24时止",
            f"{f['start_date']} 00:00 至 {f['end_date']} 24:00",
        )
    )


def _proposal(f: dict[str, str], rng: random.Random) -> str:
    return "TDAA" + f["policy_number"][4:8] + _digits(rng, 14)


def p_table_classic(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单")
    flow.pair(f"保险单号：{f['policy_number']}", f"签单日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.22, 0.3, 0.18, 0.3],
        [
            [("被保险人", 1), (f["insured_name"], 1), ("号牌号码", 1), ("浙A" + _digits(rng, 5), 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("发动机号", 1), (_engine(rng), 1)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("保险费合计", 1), (_words(f["premium"]), 1), ("小写", 1), (_money(f["premium"], rng), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 3)],
            [("保险人", 1), (f["insurer"], 3)],
        ],
    )
    flow.stamp("保险合同专用章", dx=flow.inner * 0.7)
    return flow.images()


def p_two_column(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Two columns of label：value, insurer only in the logo line, proposal number beside the policy's."""
    flow = _policy_flow(font, rng)
    flow.line(f"{f['insurer'][:4]}保险  {f['insurer']}", size=26)
    flow.title("机动车辆保险单（正本）", 36)
    flow.pair(f"投保单号：{_proposal(f, rng)}", f"保单号码：{f['policy_number']}")
    flow.pair(f"被保险人：{f['insured_name']}", f"号牌号码：苏E{_digits(rng, 5)}")
    flow.pair(f"车架号：{f['vin']}", f"发动机号：{_engine(rng)}")
    flow.line(f"保险期限：{_period(f, rng)}")
    flow.pair(f"保险费合计（大写）：{_words(f['premium'])}", f"（小写）：{_money(f['premium'], rng)}")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.para("重要提示：请详细阅读保险条款，特别是责任免除和投保人、被保险人义务。", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_footer_insurer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """No insurer in the header: only the footer names it, as a branch (保险人：…分公司)."""
    flow = _policy_flow(font, rng)
    flow.title("机动车商业保险单", 38)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.table(
        [0.25, 0.75],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号（车架号）", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("总保险费", 1), (f"{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）", 1)],
        ],
    )
    flow.line(f"特别约定：第一受益人为{f['first_beneficiary']}。")
    flow.gap(40)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.line(f"地址：杭州市上城区庆春路{rng.randrange(1, 300)}号  客服电话：95{_digits(rng, 3)}")
    flow.stamp("业务专用章", dx=flow.inner * 0.5)
    return flow.images()


def p_special_terms(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The first beneficiary only inside the special terms, in a sentence."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车综合商业保险保险单", 34)
    flow.pair(f"保单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("被保险人", 1), (f["insured_name"], 1), ("证件号码", 1), ("330106" + _digits(rng, 12), 1)],
            [("VIN码", 1), (f["vin"], 1), ("车辆种类", 1), ("六座以下客车", 1)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("险别", 1), ("保险金额/责任限额", 1), ("保险费", 1), ("备注", 1)],
            [("机动车损失保险", 1), (f"¥{rng.randrange(80, 400) * 1000:,}.00", 1), ("", 1), ("", 1)],
            [("保险费合计", 1), (f"{_words(f['premium'])}（¥{Decimal(f['premium']):,.2f}）", 3)],
        ],
    )
    flow.para(
        "特别约定：1.本保单为分期付款购车保单；2.本保单第一受益人为"
        f"{f['first_beneficiary']}，未经其书面同意不得退保或变更受益人。",
        indent=False,
    )
    flow.pair(f"保险人：{f['insurer']}", f"签单日期：{_date(f['start_date'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.3)
    return flow.images()


def p_kv_list(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """One label：value per line; the period as separate start and end dates."""
    flow = _policy_flow(font, rng)
    flow.title("保险单", 40)
    for text in (
        f"保险公司：{f['insurer']}",
        f"保险单号：{f['policy_number']}",
        f"被保险人名称：{f['insured_name']}",
        f"车辆识别代号：{f['vin']}",
        f"保险起期：{_date(f['start_date'], rng)}",
        f"保险止期：{_date(f['end_date'], rng)}",
        f"保险费：{_money(f['premium'], rng)}",
        f"保险费（大写）：{_words(f['premium'])}",
        f"第一受益人：{f['first_beneficiary']}",
        f"签单日期：{_date(f['start_date'], rng)}",
    ):
        flow.line(text)
    return flow.images()


def p_multi_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule page and a terms page that names the beneficiary and the insurer's branch."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车保险单", 38)
    flow.line(f"保险单号码：{f['policy_number']}")
    flow.line(f"投保单号码：{_proposal(f, rng)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代码：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（{_words(f['premium'])}）")
    flow.new_page()
    flow.line("保险条款摘要")
    for _ in range(3):
        flow.para(
            "保险期间内，被保险人或其允许的驾驶人在使用被保险机动车过程中发生意外事故，保险人依照约定负责赔偿。"
        )
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}（盖章）")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.4)
    return flow.images()


def p_header_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Values under a header row of labels."""
    flow = _policy_flow(font, rng)
    flow.line(f"承保公司：{_branch(f['insurer'], rng)}", size=22)
    flow.title("机动车商业险保险单", 36)
    flow.table(
        [0.5, 0.5],
        [[("保单号", 1), ("被保险人", 1)], [(f["policy_number"], 1), (f["insured_name"], 1)]],
    )
    flow.table(
        [0.4, 0.6],
        [[("车辆识别代号", 1), ("保险期间", 1)], [(f["vin"], 1), (_period(f, rng), 1)]],
    )
    flow.table(
        [0.35, 0.65],
        [
            [("保费（小写）", 1), ("保费（大写）", 1)],
            [(_money(f["premium"], rng), 1), (_words(f["premium"]), 1)],
        ],
    )
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    return flow.images()


def p_compulsory(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A 交强险-style form: 保险费合计（人民币大写）… (¥：…元), branch as 承保机构."""
    flow = _policy_flow(font, rng)
    flow.title("机动车交通事故责任强制保险单", 32)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保确认码：{_digits(rng, 16)}")
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [("被保险人", 1), (f["insured_name"], 1), ("联系电话", 1), ("1" + _digits(rng, 10), 1)],
            [("识别代码（车架号）", 1), (f["vin"], 3)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [
                ("保险费合计（人民币大写）", 1),
                (_words(f["premium"]), 1),
                ("（¥：", 1),
                (f"{Decimal(f['premium']):.2f}元）", 1),
            ],
        ],
    )
    flow.line(f"特别约定：第一受益人：{f['first_beneficiary']}")
    flow.line(f"承保机构：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.5)
    return flow.images()


# ---------------------------------------------------------------- vehicle invoices


def _invoice_flow(font: str, rng: random.Random) -> Flow:
    return Flow(font, rng, width=1240, height=880, size=rng.randint(20, 23), margin=rng.randint(40, 70))


def _invoice_head(
    flow: Flow, f: dict[str, str], rng: random.Random, code: str, number: str, day: str
) -> None:
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"{code}{f['invoice_code']}", f"{number}{f['invoice_number']}")
    flow.line(f"{day}{_date(f['issue_date'], rng)}")


def _total(f: dict[str, str], rng: random.Random) -> tuple[str, str]:
    return _words(f["total_price"]), _money(f["total_price"], rng)


def _classic_rows(
    f: dict[str, str], rng: random.Random, words: str, fig: str, origin: str
) -> list[list[tuple[str, int]]]:
    """The 2006 form's rows, from the machine number to the seller's tax number."""
    return [
        [("机器编号", 1), (_digits(rng, 12), 2), ("税控码", 1), (_digits(rng, 10), 2)],
        [("购买方名称", 1), (f["buyer_name"], 2), ("身份证号码/组织机构代码", 1), (f["buyer_id_number"], 2)],
        [("车辆类型", 1), ("轿车", 1), ("厂牌型号", 1), (f["brand_model"], 1), ("产地", 1), (origin, 1)],
        [("发动机号码", 1), (f["engine_number"], 1), ("车辆识别代号/车架号码", 2), (f["vin"], 2)],
        [("价税合计", 1), (words, 3), (f"小写 {fig}", 2)],
        [("销货单位名称", 1), (f["seller_name"], 3), ("电话", 1), (f"0571-{_digits(rng, 8)}", 1)],
        [("纳税人识别号", 1), (_uscc(rng), 3), ("账号", 1), (_digits(rng, 12), 1)],
    ]


def i_classic(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        _classic_rows(f, rng, words, fig, "长春"),
        row_h=rng.randint(52, 60),
    )
    return flow.images()


def i_old_generation(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The 2006 form: 购货单位（人）, 价税合计（大写）/（小写）, 销货单位名称."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [
                ("购货单位（人）", 1),
                (f["buyer_name"], 1),
                ("身份证号码/组织机构代码", 1),
                (f["buyer_id_number"], 1),
            ],
            [("厂牌型号", 1), (f["brand_model"], 1), ("合格证号", 1), ("WAC" + _digits(rng, 11), 1)],
            [("发动机号码", 1), (f["engine_number"], 1), ("车架号码", 1), (f["vin"], 1)],
            [("价税合计（大写）", 1), (words, 1), ("（小写）", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
            [("销货单位纳税人识别号", 1), (_uscc(rng), 3)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.3, dy=-60)
    return flow.images()


def i_taxpayer_id(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Newer form: 购买方名称 / 纳税人识别号 for the buyer, 销售方名称 for the seller, 车辆识别代号/车架号."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [
                ("购买方名称", 1),
                (f["buyer_name"], 1),
                ("纳税人识别号/身份证号码", 1),
                (f["buyer_id_number"], 1),
            ],
            [("车辆类型", 1), ("多用途乘用车", 1), ("厂牌型号", 1), (f["brand_model"], 1)],
            [("发动机号码", 1), (f["engine_number"], 1), ("车辆识别代号/车架号", 1), (f["vin"], 1)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销售方名称", 1), (f["seller_name"], 1), ("纳税人识别号", 1), (_uscc(rng), 1)],
            [("增值税税率或征收率", 1), ("13%", 1), ("增值税税额", 1), ("¥" + _digits(rng, 4) + ".00", 1)],
        ],
        row_h=rng.randint(54, 62),
    )
    return flow.images()


def i_seal_over(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A seller's seal stamped over the seller's name and tax number."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    flow.table(
        [0.18, 0.32, 0.18, 0.32],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.55, dy=-10)
    return flow.images()


def i_label_above(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Each cell holds its label on top and the value underneath."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.33, 0.34, 0.33],
        [
            [("购买方名称", 1), ("身份证号码/组织机构代码", 1), ("厂牌型号", 1)],
            [(f["buyer_name"], 1), (f["buyer_id_number"], 1), (f["brand_model"], 1)],
            [("发动机号码", 1), ("车辆识别代号/车架号码", 1), ("价税合计（小写）", 1)],
            [(f["engine_number"], 1), (f["vin"], 1), (fig, 1)],
        ],
        row_h=rng.randint(44, 52),
    )
    flow.line(f"价税合计（大写）：{words}")
    flow.line(f"销货单位名称：{f['seller_name']}")
    return flow.images()


def i_compact(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Short labels: 购方, 证件号码, 车架号, 发动机号, 合计金额, 销方."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "代码 ", "号码 ", "日期 ")
    words, fig = _total(f, rng)
    flow.table(
        [0.12, 0.38, 0.12, 0.38],
        [
            [("购方", 1), (f["buyer_name"], 1), ("证件号码", 1), (f["buyer_id_number"], 1)],
            [("车型", 1), (f["brand_model"], 1), ("发动机号", 1), (f["engine_number"], 1)],
            [("车架号", 1), (f["vin"], 1), ("合计金额", 1), (fig, 1)],
            [("大写", 1), (words, 3)],
            [("销方", 1), (f["seller_name"], 1), ("税号", 1), (_uscc(rng), 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    return flow.images()


def i_kv_lines(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A printed copy without rules: label：value pairs in two columns."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.pair(f"购买方：{f['buyer_name']}", f"身份证号码：{f['buyer_id_number']}")
    flow.pair(f"厂牌型号：{f['brand_model']}", f"发动机号码：{f['engine_number']}")
    flow.pair(f"车辆识别代号：{f['vin']}", f"机器编号：{_digits(rng, 12)}")
    flow.pair(f"价税合计：{words}", f"小写：{fig}")
    flow.pair(f"销售单位：{f['seller_name']}", f"纳税人识别号：{_uscc(rng)}")
    return flow.images()


def i_shifted(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dot-matrix print out of register: values drawn over the rules, a little off their cells."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码", "发票号码", "开票日期")
    words, fig = _total(f, rng)
    top = int(flow.y)
    rows = [
        ("购买方名称", f["buyer_name"], "身份证号码/组织机构代码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号/车架号码", f["vin"], "产地", "宁波"),
        ("价税合计", words, "小写", fig),
        ("销货单位名称", f["seller_name"], "电话", f"0571-{_digits(rng, 8)}"),
    ]
    flow.table([0.18, 0.32, 0.2, 0.3], [[(a, 1), ("", 1), (c, 1), ("", 1)] for a, _, c, _ in rows], row_h=56)
    dx, dy = rng.randint(-15, 25), rng.randint(-12, 12)
    for i, (_, b, _, d) in enumerate(rows):
        y = top + i * 56 + 14 + dy
        flow.page.text(flow.margin + flow.inner * 0.18 + 8 + dx, y, b, flow.size)
        flow.page.text(flow.margin + flow.inner * 0.7 + 8 + dx, y, d, flow.size)
    return flow.images()


# ---------------------------------------------------------------- held out 2026-11-30, seen 2026-12-01
# Written before that day's extractor changes, from how dealers, insurers and invoice printers
# word and lay out these documents; measured once after them (README), and their failures read on
# 2026-12-01, which makes them `seen`.


def c_supply_demand(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """供方/需方 wording, the car in an items table under a header row, the total in words and figures."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"合同号：{f['contract_number']}", right=True)
    flow.table(
        [0.3, 0.7],
        [
            [("供方（经销商）", 1), (f["seller_name"], 1)],
            [("需方（客户）", 1), (f["buyer_name"], 1)],
            [("需方证件号码", 1), (f["buyer_id_number"], 1)],
        ],
    )
    flow.para("经供需双方友好协商，就需方向供方购买汽车事宜达成如下条款：")
    flow.line("一、车辆明细")
    flow.table(
        [0.22, 0.36, 0.1, 0.16, 0.16],
        [
            [("车型名称", 1), ("车架号（VIN）", 1), ("数量", 1), ("单价（元）", 1), ("金额（元）", 1)],
            [("红旗H5", 1), (f["vin"], 1), ("1", 1), (f"{a:,.2f}", 1), (f"{a:,.2f}", 1)],
        ],
    )
    flow.line(f"合计人民币（大写）：{_words(f['vehicle_price'])}  ¥{a:,.2f}")
    _boilerplate(flow, rng, 3, 1)
    flow.pair("供方（盖章）：", "需方（签字）：")
    flow.stamp("销售合同专用章", dx=flow.inner * 0.2)
    flow.line(f"签约时间：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_numbered_clauses(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """出卖人（以下简称甲方）/买受人（以下简称乙方); numbered clauses over pages; a down payment and a
    lender's name in the text that are neither the price nor the seller."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"出卖人（以下简称甲方）：{f['seller_name']}")
    flow.line(f"统一社会信用代码：{_uscc(rng)}")
    flow.line(f"买受人（以下简称乙方）：{f['buyer_name']}")
    flow.line(f"乙方身份证号：{f['buyer_id_number']}")
    flow.para(
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等、自愿的基础上，"
        "就乙方购买甲方车辆事宜订立本合同。"
    )
    flow.line("第一条 标的车辆")
    flow.para(f"1.1 车辆识别号（VIN）：{f['vin']}；发动机编号：{_engine(rng)}；车身颜色：珍珠白。")
    flow.line("第二条 价款及支付")
    flow.para(f"2.1 本车成交价款总计人民币{_words(f['vehicle_price'])}（¥{a:,.2f}），含增值税。")
    down = (a * Decimal("0.3")).quantize(Decimal("1"))
    flow.para(
        f"2.2 乙方于合同签订当日支付首付款¥{down:,.2f}元，余款由乙方向宏信汽车金融有限公司申请贷款支付。"
    )
    _boilerplate(flow, rng, rng.randint(5, 8), 2)
    flow.line("（以下无正文）")
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签署日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def p_e_policy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An electronic policy: cover table by insurance line whose premiums add up to the total,
    the beneficiary inside a claims sentence, the issuing branch as 承保公司."""
    total = Decimal(f["premium"])
    first = (total * Decimal(rng.uniform(0.45, 0.6))).quantize(Decimal("0.01"))
    second = (total * Decimal(rng.uniform(0.25, 0.35))).quantize(Decimal("0.01"))
    third = total - first - second
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险电子保单", 34)
    flow.line(f"电子保单号：{f['policy_number']}")
    flow.pair(f"投保人：{f['insured_name']}", f"投保单号：{_proposal(f, rng)}")
    flow.pair(f"被保险人：{f['insured_name']}", "证件类型：居民身份证")
    flow.line(f"车辆识别码：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.table(
        [0.4, 0.3, 0.3],
        [
            [("承保险种", 1), ("保险金额（元）", 1), ("保险费（元）", 1)],
            [("机动车损失保险", 1), (f"{rng.randrange(80, 400) * 1000:,}.00", 1), (f"{first:,.2f}", 1)],
            [("第三者责任保险", 1), ("1,000,000.00", 1), (f"{second:,.2f}", 1)],
            [("车上人员责任保险", 1), ("50,000.00", 1), (f"{third:,.2f}", 1)],
        ],
    )
    flow.line(f"保险费合计：人民币{_words(f['premium'])}（¥{total:,.2f}）")
    flow.para(f"特别约定：本保单项下发生保险事故，赔款的第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"承保公司：{_branch(f['insurer'], rng)}")
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    flow.stamp("电子保单专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_side_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Labels other issuers use: 保单编号, 被保险人姓名, 车架号码, 保险起止日期, 应缴保费; the insurer
    only in the header with its hotline and as a branch under the seal."""
    flow = _policy_flow(font, rng)
    flow.line(f"{f['insurer']}  全国客服热线95{_digits(rng, 3)}", size=22)
    flow.title("机动车辆商业保险单", 36)
    sy, ey = _date(f["start_date"], rng), _date(f["end_date"], rng)
    flow.table(
        [0.32, 0.68],
        [
            [("保单编号", 1), (f["policy_number"], 1)],
            [("被保险人姓名", 1), (f["insured_name"], 1)],
            [("车架号码", 1), (f["vin"], 1)],
            [("保险起止日期", 1), (f"{sy} 至 {ey}", 1)],
            [("应缴保费", 1), (f"¥{Decimal(f['premium']):,.2f}", 1)],
            [("保费大写", 1), (_words(f["premium"]), 1)],
            [("第一受益人（贷款机构）", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.gap(30)
    flow.line(f"{_branch(f['insurer'], rng)}（盖章）", right=True)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.75)
    return flow.images()


def i_electronic(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The electronic invoice: buyer and seller in blocks under headings (名称 twice), the car in an
    items table under a header row, net amount and tax beside it."""
    total = Decimal(f["total_price"])
    net = (total / Decimal("1.13")).quantize(Decimal("0.01"))
    flow = _invoice_flow(font, rng)
    flow.line("电子发票（机动车销售统一发票）", x=flow.width / 2 - 260, size=32)
    flow.pair(f"发票代码：{f['invoice_code']}", f"发票号码：{f['invoice_number']}")
    flow.line(f"开票日期：{_date(f['issue_date'], rng)}", right=True)
    flow.table(
        [0.5, 0.5],
        [
            [("购买方信息", 1), ("销售方信息", 1)],
            [(f"名称：{f['buyer_name']}", 1), (f"名称：{f['seller_name']}", 1)],
            [(f"证件号码：{f['buyer_id_number']}", 1), (f"纳税人识别号：{_uscc(rng)}", 1)],
        ],
        row_h=rng.randint(46, 52),
    )
    flow.table(
        [0.24, 0.3, 0.16, 0.14, 0.06, 0.1],
        [
            [("厂牌型号", 1), ("车辆识别代号", 1), ("发动机号", 1), ("金额", 1), ("税率", 1), ("税额", 1)],
            [
                (f["brand_model"], 1),
                (f["vin"], 1),
                (f["engine_number"], 1),
                (f"{net:,.2f}", 1),
                ("13%", 1),
                (f"{total - net:,.2f}", 1),
            ],
        ],
        row_h=rng.randint(46, 52),
    )
    flow.line(f"价税合计（大写）{_words(f['total_price'])}    （小写）¥{total:,.2f}")
    return flow.images()


def i_print_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A 发票联 with other printers' wording: 购买方, 证件号码, 品牌型号, 车辆识别号, 发动机编号,
    合计金额（大写）, 销售单位; the seal over the seller."""
    flow = _invoice_flow(font, rng)
    flow.line("发票联", x=flow.width - 200, size=22)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方", 1), (f["buyer_name"], 1), ("证件号码", 1), (f["buyer_id_number"], 1)],
            [("品牌型号", 1), (f["brand_model"], 1), ("车辆识别号", 1), (f["vin"], 1)],
            [("发动机编号", 1), (f["engine_number"], 1), ("产地", 1), ("上海", 1)],
            [("合计金额（大写）", 1), (words, 1), ("¥", 1), (fig.lstrip("¥"), 1)],
            [("销售单位", 1), (f["seller_name"], 1), ("开户银行", 1), ("中国工商银行杭州分行", 1)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.3, dy=-10)
    return flow.images()


# ---------------------------------------------------------------- held out 2026-12-01, then seen
# The third held-out set, written and committed before the extractor changes of 2026-12-01 (which
# studied the failures of the 2026-11-30 set), measured once after them (README), then studied.


def c_buyer_first_columns(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """甲方 is the buyer here: both parties side by side in two columns, each with its own
    证件/信用代码 line; the price and its 大写 inside one sentence; the date in the closing clause."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "二手车/新车购销合同" if rng.random() < 0.3 else "新车购销合同")
    flow.line(f"编号：{f['contract_number']}", right=True)
    flow.pair("甲方（购车人）", "乙方（售车方）")
    flow.pair(f"姓名：{f['buyer_name']}", f"名称：{f['seller_name']}")
    flow.pair(f"证件号：{f['buyer_id_number']}", f"信用代码：{_uscc(rng)}")
    flow.pair(f"手机：1{_digits(rng, 10)}", f"电话：0571-{_digits(rng, 8)}")
    flow.para("甲方向乙方购买下列车辆，经双方协商一致，订立本合同，共同遵守。")
    flow.para(
        f"一、车辆：{rng.choice(('吉利星越L', '长安UNI-K', '理想L7', '问界M7'))}，"
        f"车辆VIN码{f['vin']}，发动机号{_engine(rng)}，颜色{rng.choice(('黑', '白', '灰'))}色。"
    )
    flow.para(
        f"二、车款：本车销售价格为人民币{_words(f['vehicle_price'])}（{a:,.2f}元），"
        f"甲方另付上牌服务费{rng.randrange(5, 30) * 100}元，不计入车款。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.para(f"本合同由双方于{_date(f['sign_date'], rng)}在乙方经营场所签订，一式两份。")
    flow.pair("甲方签名：", "乙方盖章：")
    flow.stamp("合同专用章", dx=flow.inner * 0.72)
    return flow.images()


def c_schedule_appendix(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """销售方/购买方 in the preamble; the car, its price and the total only in an appendix table
    (项目 | 内容) on the last page, after a page of terms; the signing date under the signatures."""
    flow = _contract_flow(font, rng, "汽车销售合同书")
    flow.line(f"合同编码 {f['contract_number']}")
    flow.line(f"销售方：{f['seller_name']}")
    flow.line(f"购买方：{f['buyer_name']}（居民身份证 {f['buyer_id_number']}）")
    flow.para("购买方自愿向销售方购买附件所列车辆，双方就车辆交付、价款及售后服务约定如下。")
    _boilerplate(flow, rng, rng.randint(5, 7), 0)
    flow.pair("销售方（章）", "购买方（签字）")
    flow.stamp("销售专用章", dx=flow.inner * 0.2)
    flow.line(f"日期：{_date(f['sign_date'], rng)}")
    flow.new_page()
    flow.title("附件：车辆信息及价款", 30)
    price = _money(f["vehicle_price"], rng)
    flow.table(
        [0.35, 0.65],
        [
            [("项目", 1), ("内容", 1)],
            [("品牌/车型", 1), (rng.choice(("大众ID.4", "丰田凯美瑞", "本田雅阁", "蔚来ES6")), 1)],
            [("车辆识别码", 1), (f["vin"], 1)],
            [("颜色/内饰", 1), ("白/黑", 1)],
            [("成交价", 1), (price, 1)],
            [("成交价（大写）", 1), (_words(f["vehicle_price"]), 1)],
            [("预计交车日期", 1), ("合同签订后15个工作日内", 1)],
        ],
    )
    return flow.images()


def p_proposal_first(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The proposal number printed above the policy number; 保险单号码 and 被保险人名称 as labels;
    the period in 保险期限; 总保险费 with its 大写 on the next line; the beneficiary clause among
    numbered special terms; the insurer only in the footer, as a branch with an address."""
    flow = _policy_flow(font, rng)
    flow.title("机动车综合商业保险保险单（正本）", 32)
    flow.line(f"投保单号：{_proposal(f, rng)}")
    flow.line(f"保险单号码：{f['policy_number']}")
    flow.table(
        [0.25, 0.75],
        [
            [("被保险人名称", 1), (f["insured_name"], 1)],
            [("VIN码/车架号", 1), (f["vin"], 1)],
            [("保险期限", 1), (_period(f, rng), 1)],
        ],
    )
    flow.line(f"总保险费：{_money(f['premium'], rng)}")
    flow.line(f"（大写）{_words(f['premium'])}")
    flow.line("特别约定：")
    flow.para("1. 本保单不承保营运性质的使用。", indent=False)
    flow.para(
        f"2. 如发生全损或推定全损，{f['first_beneficiary']}为本保单第一受益人，"
        "未经其书面同意不得退保或减保。",
        indent=False,
    )
    flow.para(f"3. 免赔额：每次事故绝对免赔额{rng.randrange(5, 20) * 100}元。", indent=False)
    flow.line(f"签单时间：{_date(f['start_date'], rng)}")
    flow.stamp("保险单专用章", dx=flow.inner * 0.7)
    flow.footer(f"保险人：{_branch(f['insurer'], rng)}  地址：{rng.choice(STREETS_FOR_FOOTER)}")
    return flow.images()


STREETS_FOR_FOOTER = ("杭州市上城区庆春路100号", "上海市浦东新区世纪大道88号", "深圳市福田区深南大道6000号")


def p_stacked_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A grid whose cells hold the label on top and the value under it, two per row; the insurer
    as a logo line in the header; premiums for two lines with a separate total row."""
    total = Decimal(f["premium"])
    first = (total * Decimal(rng.uniform(0.55, 0.7))).quantize(Decimal("0.01"))
    flow = _policy_flow(font, rng)
    flow.line(f"◆ {f['insurer']}", size=24)
    flow.title("机动车保险单", 36)
    sy, ey = _date(f["start_date"], rng), _date(f["end_date"], rng)
    flow.table(
        [0.5, 0.5],
        [
            [("保单号", 1), ("被保险人", 1)],
            [(f["policy_number"], 1), (f["insured_name"], 1)],
            [("车辆识别代码", 1), ("保险责任期间", 1)],
            [(f["vin"], 1), (f"{sy}起 {ey}止", 1)],
        ],
        row_h=rng.randint(44, 52),
    )
    flow.table(
        [0.5, 0.25, 0.25],
        [
            [("险别", 1), ("保额", 1), ("保费", 1)],
            [("车损险", 1), (f"{rng.randrange(80, 300) * 1000}", 1), (f"{first:.2f}", 1)],
            [("三者险", 1), ("2000000", 1), (f"{total - first:.2f}", 1)],
            [("合计（人民币）", 1), (_words(f["premium"]), 1), (f"{total:.2f}", 1)],
        ],
    )
    flow.line(f"赔款优先支付给：{f['first_beneficiary']}")
    flow.stamp("业务专用章", dx=flow.inner * 0.5)
    return flow.images()


def i_items_first(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A newer printer's layout: the car's rows first, the parties at the bottom; 购买方 with
    统一社会信用代码/身份证号码, 销售方 under its own heading; the total as 合计 with ¥ and the 大写 in
    a row of its own labelled 价税合计(大写)."""
    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=34)
    flow.line(f"发票代码{f['invoice_code']}    发票号码{f['invoice_number']}", right=True)
    flow.line(f"开票日期：{_date(f['issue_date'], rng)}", right=True)
    words, fig = _total(f, rng)
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [("厂牌型号", 1), (f["brand_model"], 1), ("车辆类型", 1), ("小型普通客车", 1)],
            [("车辆识别代号/车架号码", 1), (f["vin"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("价税合计(大写)", 1), (words, 3)],
            [("合计", 1), (fig, 1), ("吨位", 1), ("-", 1)],
            [
                ("购买方", 1),
                (f["buyer_name"], 1),
                ("统一社会信用代码/身份证号码", 1),
                (f["buyer_id_number"], 1),
            ],
            [("销售方", 1), (f["seller_name"], 1), ("统一社会信用代码", 1), (_uscc(rng), 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.45, dy=-20)
    return flow.images()


def i_receipt_lines(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A narrow print-out with no rules, one value per line and half-width colons, labels a
    printer of its own chose (买方名称, 买方证件号, VIN, 发动机号, 车价合计, 金额大写, 卖方)."""
    total = Decimal(f["total_price"])
    flow = Flow(font, rng, width=760, height=1180, size=rng.randint(20, 22), margin=rng.randint(40, 60))
    flow.line("机动车销售统一发票（打印件）", size=28)
    flow.line(f"票据代码:{f['invoice_code']}")
    flow.line(f"票据号码:{f['invoice_number']}")
    flow.line(f"开具日期:{_date(f['issue_date'], rng)}")
    flow.line("-" * 30)
    flow.line(f"买方名称:{f['buyer_name']}")
    flow.line(f"买方证件号:{f['buyer_id_number']}")
    flow.line(f"车型:{f['brand_model']}")
    flow.line(f"VIN:{f['vin']}")
    flow.line(f"发动机号:{f['engine_number']}")
    flow.line(f"车价合计:{total:.2f}")
    flow.line(f"金额大写:{_words(f['total_price'])}")
    flow.line("-" * 30)
    flow.line(f"卖方:{f['seller_name']}")
    flow.line(f"卖方税号:{_uscc(rng)}")
    return flow.images()


# ---------------------------------------------------------------- held out, written 2026-12-01 (second)
# The fourth set, written after the third was measured once and before its failures were read;
# committed before the extractor changes that study the third; measured once after them. Its
# paper families were then studied (`seen`); its ID variants, which read without fault, were not.


def c_party_matrix(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Parties as columns of one table (| 项目 | 卖方 | 买方 |, rows 名称/姓名, 证件号码, 地址);
    the price given as （大写）… then （小写）…; VIN in the car table as 车辆识别代号（VIN）."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "车辆买卖协议")
    flow.line(f"协议编号：{f['contract_number']}")
    flow.table(
        [0.24, 0.38, 0.38],
        [
            [("项目", 1), ("卖方", 1), ("买方", 1)],
            [("名称/姓名", 1), (f["seller_name"], 1), (f["buyer_name"], 1)],
            [("证件号码", 1), (_uscc(rng), 1), (f["buyer_id_number"], 1)],
            [
                ("联系地址", 1),
                (f"{rng.choice(('杭州', '宁波', '温州'))}市{rng.choice(('滨江', '鄞州', '鹿城'))}区", 1),
                ("同身份证地址", 1),
            ],
        ],
    )
    flow.line("一、车辆基本情况")
    flow.table(
        [0.4, 0.6],
        [
            [("品牌型号", 1), (rng.choice(("奥迪A6L", "宝马530Li", "沃尔沃S90")), 1)],
            [("车辆识别代号（VIN）", 1), (f["vin"], 1)],
            [("发动机号", 1), (_engine(rng), 1)],
        ],
    )
    flow.line("二、成交价格")
    flow.para(f"车辆成交价（大写）：{_words(f['vehicle_price'])}，（小写）：¥{a:,.2f}。", indent=False)
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.pair(f"签订时间：{_date(f['sign_date'], rng)}", "签订地点：本店")
    return flow.images()


def c_bilingual_order(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's order confirmation with Chinese-English labels (客户姓名 Customer Name, 车架号
    VIN, 车辆总价 Total Price, 经销商 Dealer, 日期 Date) in a two-column key-value table."""
    flow = _contract_flow(font, rng, "购车确认书 Vehicle Purchase Agreement")
    flow.table(
        [0.42, 0.58],
        [
            [("合同号 Contract No.", 1), (f["contract_number"], 1)],
            [("经销商 Dealer", 1), (f["seller_name"], 1)],
            [("客户姓名 Customer Name", 1), (f["buyer_name"], 1)],
            [("证件号码 ID No.", 1), (f["buyer_id_number"], 1)],
            [("车架号 VIN", 1), (f["vin"], 1)],
            [("车辆总价 Total Price", 1), (_money(f["vehicle_price"], rng), 1)],
            [("大写 In Words", 1), (_words(f["vehicle_price"]), 1)],
            [("日期 Date", 1), (_date(f["sign_date"], rng), 1)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.para("客户确认已阅读并同意背面条款。The customer confirms having read the terms overleaf.")
    flow.pair("经销商签章 Dealer", "客户签字 Customer")
    flow.stamp("销售专用章", dx=flow.inner * 0.2)
    return flow.images()


def p_bilingual(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Chinese-English labels (保险单号 Policy No., 被保险人 Insured, 保险期间 Period of Insurance,
    保险费 Premium, 第一受益人 First Beneficiary) and the insurer in both languages in the header."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.line("Property & Casualty Insurance Company Limited", size=18)
    flow.title("机动车辆保险单 MOTOR VEHICLE INSURANCE POLICY", 28)
    sy, ey = _date(f["start_date"], rng), _date(f["end_date"], rng)
    flow.table(
        [0.4, 0.6],
        [
            [("保险单号 Policy No.", 1), (f["policy_number"], 1)],
            [("被保险人 Insured", 1), (f["insured_name"], 1)],
            [("车辆识别代号 VIN", 1), (f["vin"], 1)],
            [("保险期间 Period of Insurance", 1), (f"{sy} - {ey}", 1)],
            [("保险费 Premium", 1), (f"RMB {Decimal(f['premium']):,.2f}", 1)],
            [("大写 In Words", 1), (_words(f["premium"]), 1)],
            [("第一受益人 First Beneficiary", 1), (f["first_beneficiary"], 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.stamp("保险单专用章", dx=flow.inner * 0.7)
    return flow.images()


def p_renewal_letter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A renewal confirmation in prose: the insured in the salutation, policy number, VIN, period,
    premium (figure and words) and beneficiary inside sentences; the insurer as the letter's sender."""
    a = Decimal(f["premium"])
    flow = _policy_flow(font, rng)
    flow.title("续保成功确认函", 34)
    flow.line(f"尊敬的{f['insured_name']}{rng.choice(('先生', '女士', ''))}：")
    flow.para(
        f"您好！您为车辆（车架号{f['vin']}）投保的机动车商业保险已续保成功，"
        f"保单号为{f['policy_number']}，保险期间{_period(f, rng)}。"
    )
    flow.para(f"本期保险费共计人民币{a:,.2f}元（大写：{_words(f['premium'])}），已于出单时缴清。")
    flow.para(
        f"因您的车辆尚有贷款未结清，本保单约定{f['first_beneficiary']}为第一受益人，"
        "保险事故赔款将优先支付给该受益人。"
    )
    flow.para(f"如有疑问，请拨打客服电话95{_digits(rng, 3)}。感谢您的信任！")
    flow.gap(20)
    flow.line(_branch(f["insurer"], rng), right=True)
    flow.line(_date(f["start_date"], rng), right=True)
    flow.stamp("业务专用章", dx=flow.inner * 0.75)
    return flow.images()


def i_combined_buyer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """One label cell for the buyer's name and number together (购买方名称及身份证号码/组织机构代码),
    the two values on two lines of the cell beside it; the code and number boxed top left, the date
    at the foot beside 开票人."""
    flow = _invoice_flow(font, rng)
    flow.table(
        [0.25, 0.75],
        [[("发票代码", 1), (f["invoice_code"], 1)], [("发票号码", 1), (f["invoice_number"], 1)]],
        row_h=40,
    )
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=34)
    words, fig = _total(f, rng)
    top = int(flow.y)
    flow.table(
        [0.3, 0.7],
        [
            [("购买方名称及身份证号码/组织机构代码", 1), ("", 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1)],
            [("发动机号码", 1), (f["engine_number"], 1)],
            [("价税合计", 1), (f"{words}   {fig}", 1)],
            [("销货单位名称", 1), (f["seller_name"], 1)],
        ],
        row_h=64,
    )
    x = flow.margin + flow.inner * 0.3 + 10
    flow.page.text(x, top + 4, f["buyer_name"], flow.size - 2)
    flow.page.text(x + flow.inner * 0.25, top + 32, f["buyer_id_number"], flow.size - 2)
    flow.pair(
        f"开票人：{rng.choice(('张', '李', '王'))}{rng.choice('敏静磊')}",
        f"开票日期：{_date(f['issue_date'], rng)}",
    )
    return flow.images()


def i_tax_split(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Net price, VAT and the total as three figures in one row (不含税价 | 增值税税额 | 价税合计（小写）),
    the 大写 on its own line; 销货单位名称（盖章） under a seal."""
    total = Decimal(f["total_price"])
    net = (total / Decimal("1.13")).quantize(Decimal("0.01"))
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("车辆识别代号", 1), (f["vin"], 1)],
            [("发动机号码", 1), (f["engine_number"], 1), ("合格证号", 1), ("WAC" + _digits(rng, 11), 1)],
        ],
        row_h=rng.randint(50, 56),
    )
    flow.table(
        [0.33, 0.33, 0.34],
        [
            [("不含税价", 1), ("增值税税额", 1), ("价税合计（小写）", 1)],
            [(f"¥{net:,.2f}", 1), (f"¥{total - net:,.2f}", 1), (f"¥{total:,.2f}", 1)],
        ],
        row_h=rng.randint(46, 52),
    )
    flow.line(f"价税合计（大写）：{_words(f['total_price'])}")
    flow.line(f"销货单位名称（盖章）：{f['seller_name']}")
    flow.stamp("发票专用章", dx=flow.inner * 0.4, dy=-5)
    return flow.images()


# ---------------------------------------------------------------- held out, written 2026-12-01 (third)
# The fifth set (paper kinds only), written after the fourth was measured once and before its
# paper families' failures were read.


def c_blanks_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A printed form filled in on blanks: every value sits on an underline inside one long
    sentence (兹有买方__…__（身份证号__…__）向卖方__…__购买…), nothing in a table."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "汽车购买协议书")
    flow.line(f"No. {f['contract_number']}", right=True)
    flow.para(
        f"兹有买方__{f['buyer_name']}__（身份证号__{f['buyer_id_number']}__）向卖方__{f['seller_name']}__"
        f"购买{rng.choice(('比亚迪秦PLUS', '日产轩逸', '哈弗H6'))}汽车壹辆，车架号__{f['vin']}__，"
        f"车辆总价款人民币__{a:,.2f}__元（大写__{_words(f['vehicle_price'])}__）。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 0)
    flow.para(f"本协议自双方签字之日起生效。签字日期：____{_date(f['sign_date'], rng)}____", indent=False)
    flow.pair("买方签字：________", "卖方盖章：________")
    flow.stamp("合同专用章", dx=flow.inner * 0.75)
    return flow.images()


def c_serial_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Every term a numbered row of one table (序号 | 项目 | 约定内容), the labels in the middle
    column; long terms between the parties and the price push the table onto a second page."""
    flow = _contract_flow(font, rng, "车辆销售合同")
    rows = [
        [("序号", 1), ("项目", 1), ("约定内容", 1)],
        [("1", 1), ("合同编号", 1), (f["contract_number"], 1)],
        [("2", 1), ("卖方", 1), (f["seller_name"], 1)],
        [("3", 1), ("买方", 1), (f["buyer_name"], 1)],
        [("4", 1), ("买方身份证号码", 1), (f["buyer_id_number"], 1)],
        [("5", 1), ("车辆识别代号", 1), (f["vin"], 1)],
    ]
    flow.table([0.1, 0.3, 0.6], rows, row_h=rng.randint(52, 60))
    _boilerplate(flow, rng, rng.randint(6, 8), 0)
    flow.table(
        [0.1, 0.3, 0.6],
        [
            [("6", 1), ("车辆总价（含税）", 1), (_money(f["vehicle_price"], rng), 1)],
            [("7", 1), ("总价大写", 1), (_words(f["vehicle_price"]), 1)],
            [("8", 1), ("签订日期", 1), (_date(f["sign_date"], rng), 1)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.pair("卖方（章）", "买方（签名）")
    return flow.images()


def p_endorsement(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An endorsement (批单) that restates the policy: a 批单号 beside the policy number, the
    beneficiary changed in the endorsement text (第一受益人变更为…), the premium unchanged."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=24)
    flow.title("机动车商业保险批单", 34)
    flow.pair(f"批单号：{'PE' + f['policy_number'][2:]}", f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车架号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"原保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.para(
        f"批改内容：经被保险人申请，本保单第一受益人变更为{f['first_beneficiary']}，"
        "保险费不变。其他条件不变。",
        indent=False,
    )
    flow.line(f"批改日期：{_date(f['start_date'], rng)}")
    flow.stamp("批单专用章", dx=flow.inner * 0.65)
    return flow.images()


def p_wide_row(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """One wide table: a header row of six labels and the values in the row under it; start and
    end dates in columns of their own; the beneficiary in a note under the table."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=24)
    flow.title("商业车险保单信息", 34)
    flow.table(
        [0.24, 0.12, 0.24, 0.14, 0.14, 0.12],
        [
            [
                ("保单号", 1),
                ("被保险人", 1),
                ("车架号", 1),
                ("起保日期", 1),
                ("终保日期", 1),
                ("保费(元)", 1),
            ],
            [
                (f["policy_number"], 1),
                (f["insured_name"], 1),
                (f["vin"], 1),
                (f["start_date"], 1),
                (f["end_date"], 1),
                (f"{Decimal(f['premium']):.2f}", 1),
            ],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.line(f"注：本车为按揭车辆，第一受益人：{f['first_beneficiary']}。")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_two_copies(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A scan of two parts of the same invoice one above the other (发票联 and 报税联): every value
    printed twice, with each part's own machine number between them."""
    flow = Flow(font, rng, width=1240, height=1750, size=rng.randint(20, 22), margin=rng.randint(40, 60))
    words, fig = _total(f, rng)
    for part in ("发票联", "报税联"):
        flow.line(f"机动车销售统一发票  {part}", x=flow.width / 2 - 230, size=30)
        flow.pair(f"发票代码 {f['invoice_code']}", f"发票号码 {f['invoice_number']}")
        flow.pair(f"开票日期 {_date(f['issue_date'], rng)}", f"机器编号 {_digits(rng, 12)}")
        flow.table(
            [0.18, 0.32, 0.2, 0.3],
            [
                [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
                [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
                [("车辆识别代号", 1), (f["vin"], 3)],
                [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
                [("销货单位名称", 1), (f["seller_name"], 3)],
            ],
            row_h=rng.randint(46, 52),
        )
        flow.gap(40)
    return flow.images()


def i_cny_amounts(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Amounts as CNY with no ¥ (CNY 142,343.00), the 大写 with ⊗ before it, the buyer's name
    and number on one line under 购买方（个人）."""
    total = Decimal(f["total_price"])
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    flow.line("购买方（个人）")
    flow.line(f"{f['buyer_name']}    {f['buyer_id_number']}")
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [("厂牌型号", 1), (f["brand_model"], 1), ("车辆识别代号/车架号码", 1), (f["vin"], 1)],
            [("发动机号码", 1), (f["engine_number"], 1), ("进口证明书号", 1), ("-", 1)],
            [("价税合计", 1), (f"⊗{_words(f['total_price'])}", 1), ("小写", 1), (f"CNY {total:,.2f}", 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(50, 58),
    )
    return flow.images()


# ---------------------------------------------------------------- the sixth set (2026-12-01, third of the day)
# Written after the fifth set was measured once and before its failures were read.


def _wan(a: Decimal) -> str:
    """A price quoted in 万元 (15.8万元) where it is a whole number of hundreds; yuan otherwise."""
    if a % 100:
        return f"{a:,.2f}元"
    return f"{(a / 10000).normalize():f}万元"


def c_confirmation_letter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's order confirmation written as a letter: the dealer in the letterhead and the
    closing, the buyer in the salutation (尊敬的…先生：) with the ID number in brackets, the price
    in words first and the figure after it, the date under the closing."""
    a = Decimal(f["vehicle_price"])
    flow = Flow(font, rng, size=rng.randint(22, 24), margin=rng.randint(70, 95))
    flow.line(f["seller_name"], size=28)
    flow.line(
        f"地址：{rng.choice(('滨江大道', '解放路', '迎宾大道'))}{rng.randrange(1, 300)}号  "
        f"电话：0571-{_digits(rng, 8)}",
        size=18,
    )
    flow.gap(20)
    flow.title("购车确认函", 38)
    flow.line(f"编号：{f['contract_number']}", right=True)
    flow.line(
        f"尊敬的{f['buyer_name']}{rng.choice(('先生', '女士'))}（证件号码：{f['buyer_id_number']}）：",
        x=flow.margin,
    )
    flow.para(
        f"感谢您选购本公司车辆。现确认您订购的{rng.choice(('大众朗逸', '丰田凯美瑞', '本田雅阁'))}一辆，"
        f"车辆识别代号{f['vin']}，成交价格为人民币{_words(f['vehicle_price'])}（¥{a:,.2f}），"
        "含增值税，不含购置税及保险费。"
    )
    _boilerplate(flow, rng, rng.randint(1, 3), 2)
    flow.para("请您核对以上信息，如无异议请签字确认，本函经双方签字盖章后与购车合同具有同等效力。")
    flow.gap(30)
    flow.line(f["seller_name"], right=True)
    flow.line(_date(f["sign_date"], rng), right=True)
    flow.stamp("合同专用章", dx=flow.inner * 0.72)
    flow.line("客户确认签字：____________")
    return flow.images()


def c_wan_columns(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The parties side by side (出卖方（甲方） | 买受方（乙方）) with their numbers under them, the
    price quoted in 万元 beside its 大写, the VIN as VIN码 and the date as 签约日期 at the very end."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"合同编号 No:{f['contract_number']}", right=True)
    flow.pair(f"出卖方（甲方）：{f['seller_name']}", f"买受方（乙方）：{f['buyer_name']}")
    flow.pair(f"统一社会信用代码：{_uscc(rng)}", f"身份证号：{f['buyer_id_number']}")
    flow.pair(f"联系电话：0571-{_digits(rng, 8)}", f"联系电话：1{rng.choice('3589')}{_digits(rng, 9)}")
    flow.line("一、车辆信息", size=flow.size + 1)
    flow.para(
        f"品牌型号：{rng.choice(('长安CS75', '吉利星越L', '奇瑞瑞虎8'))}；VIN码：{f['vin']}；"
        f"颜色：{rng.choice(('白色', '黑色', '灰色'))}。"
    )
    flow.line("二、价款", size=flow.size + 1)
    flow.para(f"成交价：{_wan(a)}（大写：{_words(f['vehicle_price'])}），乙方应于提车前付清全款或首付款。")
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    flow.line(f"签约日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def p_underwriting_notice(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An underwriting notice in sentences: addressed 致 …（被保险人）, the number, VIN, period and
    premium inside sentences, an issue date before the start, the beneficiary as 以…为第一受益人,
    the insurer only as a branch in the signature block."""
    issued = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 12))
    flow = _policy_flow(font, rng)
    flow.title("承保确认通知书", 34)
    flow.line(f"致 {f['insured_name']}（被保险人）：")
    flow.para(
        f"您为车架号{f['vin']}的车辆投保的机动车商业保险已于{_date(issued.isoformat(), rng)}承保，"
        f"保险单号为{f['policy_number']}，保险期间{_period(f, rng)}。"
    )
    flow.para(
        f"本期保险费合计人民币{_words(f['premium'])}（{_money(f['premium'], rng)}），请于保险期间开始前缴清。"
    )
    flow.para(f"根据投保人申请，本保单车辆损失险项下的赔款以{f['first_beneficiary']}为第一受益人。")
    flow.para(f"出险后请拨打客服电话955{_digits(rng, 2)}报案，并保护好现场。")
    flow.gap(30)
    flow.line(_branch(f["insurer"], rng), right=True)
    flow.line(_date(issued.isoformat(), rng), right=True)
    flow.stamp("业务专用章", dx=flow.inner * 0.7)
    return flow.images()


def p_phone_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A screenshot of an insurer's app: a narrow page, each field either a label with its value
    right-aligned on the same row or a small label with the value on the row under it; times on
    the dates (00:00:00 / 23:59:59); the proposal number above the policy number."""
    flow = Flow(font, rng, width=720, height=1560, size=rng.randint(22, 25), margin=rng.randint(30, 45))
    flow.line(f"{rng.randint(9, 21)}:{rng.randint(10, 59)}", size=18)
    flow.title("保单详情", 32)
    money = f"¥{Decimal(f['premium']):,.2f}"
    rows = [
        ("投保单号", _proposal(f, rng)),
        ("保单号", f["policy_number"]),
        ("承保公司", f["insurer"]),
        ("投保人/被保险人", f["insured_name"]),
        ("车辆识别代码(VIN)", f["vin"]),
        ("保险起期", f"{f['start_date']} 00:00:00"),
        ("保险止期", f"{f['end_date']} 23:59:59"),
        ("应付保费", money),
    ]
    for label, value in rows:
        if rng.random() < 0.5 and flow.page.width_of(label + value, flow.size) < flow.inner - 60:
            flow.page.text(flow.margin, flow.y, label, flow.size)
            flow.line(value, right=True)
        else:
            flow.line(label, size=flow.size - 4)
            flow.line(value)
        flow.page.draw.line(
            (flow.margin, flow.y - 12, flow.width - flow.margin, flow.y - 12), (220, 220, 220), 1
        )
    flow.line("特别约定", size=flow.size - 4)
    flow.para(f"以{f['first_beneficiary']}为第一受益人。", indent=False)
    return flow.images()


def i_full_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The whole 2015 form with every cell real invoices fill: 合格证号, 商检单号, 进口证明书号,
    不含税价 and 增值税税额 (amounts beside the total), 主管税务机关及代码, the seller's bank account,
    address and taxpayer number (numbers beside the buyer's)."""
    total = Decimal(f["total_price"])
    net = (total / Decimal("1.13")).quantize(Decimal("0.01"))
    words, fig = _total(f, rng)
    flow = Flow(font, rng, width=1240, height=1000, size=rng.randint(20, 23), margin=rng.randint(40, 70))
    _invoice_head(flow, f, rng, "发票代码", "发票号码", "开票日期")
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.12, 0.18],
        [
            [("机器编号", 1), (_digits(rng, 12), 2), ("税控码", 1), (_digits(rng, 16), 2)],
            [
                ("购买方名称", 1),
                (f["buyer_name"], 2),
                ("身份证号码/组织机构代码", 1),
                (f["buyer_id_number"], 2),
            ],
            [
                ("车辆类型", 1),
                ("多用途乘用车", 1),
                ("厂牌型号", 1),
                (f["brand_model"], 1),
                ("产地", 1),
                ("广州", 1),
            ],
            [
                ("合格证号", 1),
                ("WAD" + _digits(rng, 12), 1),
                ("进口证明书号", 1),
                ("", 1),
                ("商检单号", 1),
                ("", 1),
            ],
            [("发动机号码", 1), (f["engine_number"], 1), ("车辆识别代号/车架号码", 2), (f["vin"], 2)],
            [("价税合计", 1), (words, 3), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3), ("电话", 1), (f"0571-{_digits(rng, 8)}", 1)],
            [("纳税人识别号", 1), (_uscc(rng), 3), ("账号", 1), (_digits(rng, 19), 1)],
            [
                ("地址", 1),
                (f"{rng.choice(('滨江大道', '解放路'))}{rng.randrange(1, 300)}号", 3),
                ("开户银行", 1),
                ("中国工商银行", 1),
            ],
            [
                ("增值税税率或征收率", 1),
                ("13%", 1),
                ("增值税税额", 1),
                (f"¥{total - net:,.2f}", 1),
                ("主管税务机关及代码", 1),
                (f"1{_digits(rng, 10)}", 1),
            ],
            [
                ("不含税价", 1),
                (f"¥{net:,.2f}", 1),
                ("完税凭证号码", 1),
                ("", 1),
                ("吨位", 1),
                ("限乘人数 5", 1),
            ],
        ],
        row_h=rng.randint(48, 54),
    )
    return flow.images()


def i_vertical_parties(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Party blocks headed by a tall cell with 购买方 / 销售方 written top to bottom, the rows beside
    it labelled 名称, 统一社会信用代码/身份证号码, 地址、电话; the vehicle block after the parties; the
    dates as 开票日期 in the top right corner."""
    words, fig = _total(f, rng)
    flow = Flow(font, rng, width=1240, height=1000, size=rng.randint(20, 23), margin=rng.randint(40, 70))
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.line(f"发票代码：{f['invoice_code']}", right=True)
    flow.line(f"发票号码：{f['invoice_number']}", right=True)
    flow.line(f"开票日期：{_date(f['issue_date'], rng)}", right=True)
    widths = [0.06, 0.28, 0.66]

    def block(head: str, rows: list[tuple[str, str]]) -> None:
        top, h = int(flow.y), rng.randint(48, 54)
        flow.table(widths, [[("", 1), (label, 1), (value, 1)] for label, value in rows], row_h=h)
        cell = int(flow.inner * widths[0] / sum(widths))
        for i in range(1, len(rows)):  # one tall header cell: no rules across it
            flow.page.draw.line(
                (flow.margin + 3, top + i * h, flow.margin + cell - 3, top + i * h), (255, 255, 255), 3
            )
        step = len(rows) * h / (len(head) + 1)
        for i, ch in enumerate(head):
            flow.page.text(flow.margin + cell / 2 - flow.size / 2, top + (i + 0.6) * step, ch, flow.size)

    block(
        "购买方",
        [
            ("名称", f["buyer_name"]),
            ("统一社会信用代码/身份证号码", f["buyer_id_number"]),
            (
                "地址、电话",
                f"{rng.choice(('人民路', '中山路'))}{rng.randrange(1, 300)}号 1{_digits(rng, 10)}",
            ),
        ],
    )
    block(
        "销售方",
        [
            ("名称", f["seller_name"]),
            ("统一社会信用代码/纳税人识别号", _uscc(rng)),
            ("开户行及账号", f"中国建设银行 {_digits(rng, 19)}"),
        ],
    )
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("车辆类型", 1), ("轿车", 1), ("厂牌型号", 1), (f["brand_model"], 1)],
            [("车辆识别代号/车架号码", 1), (f["vin"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("价税合计（大写）", 1), (words, 1), ("（小写）", 1), (fig, 1)],
        ],
        row_h=rng.randint(48, 54),
    )
    return flow.images()


# Transliterated names (given·family) of the Uyghur and Kazakh naming systems, printed with a
# middle dot, on cards issued in Xinjiang; the region code of the ID number agrees with the address.
TRANSLIT_FIRST = (
    "阿依古丽",
    "买买提",
    "热依汗古丽",
    "艾力",
    "吐尔逊",
    "努尔兰",
    "帕提古丽",
    "阿不都",
    "迪丽娜尔",
    "古丽米拉",
)
TRANSLIT_LAST = ("艾则孜", "吐尔洪", "热合曼", "阿布拉", "依明", "卡德尔", "司马义", "玉素甫", "哈力克")
XINJIANG = (
    ("653101", "新疆维吾尔自治区喀什市"),
    ("654002", "新疆维吾尔自治区伊宁市"),
    ("653201", "新疆维吾尔自治区和田市"),
    ("652901", "新疆维吾尔自治区阿克苏市"),
)
AUTHORITIES_FIFTH = (
    "日喀则市公安局桑珠孜分局",
    "克孜勒苏柯尔克孜自治州公安局",
    "黔西南布依族苗族自治州公安局兴义市分局",
    "湘西土家族苗族自治州公安局吉首市分局",
)


def _transliterated(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    region, place = rng.choice(XINJIANG)
    born = date.fromisoformat(fields["birth_date"])
    male = int(fields["id_number"][16]) % 2 == 1
    street = rng.choice(("解放北路", "人民东路", "团结路", "天山路"))
    return {
        **fields,
        "name": f"{rng.choice(TRANSLIT_FIRST)}·{rng.choice(TRANSLIT_LAST)}",
        "ethnicity": rng.choice(("维吾尔", "哈萨克", "柯尔克孜")),
        "address": f"{place}{street}{rng.randrange(1, 300)}号",
        "id_number": id_number(rng, region, born, male),
    }


def _fifth_authority(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_FIFTH)}


# ---------------------------------------------------------------- the seventh set (2026-12-01)
# Written while the sixth set was being measured for the first time, before any of its results
# were read.


def _cell_lines(flow: Flow, x: float, y: float, w: float, h: float, text: str, size: int) -> None:
    """A label that wraps inside its narrow cell: as many lines as its width needs, centred."""
    lines = flow.page.wrap(text, size, w - 12)
    top = y + (h - len(lines) * size * 1.25) / 2
    for i, ln in enumerate(lines):
        flow.page.text(x + 6, top + i * size * 1.25, ln, size)


def _wrapped_table(
    flow: Flow, ratios: list[float], rows: list[list[str]], row_h: int, label_cols: set[int]
) -> None:
    """A ruled table whose label columns are narrow enough that long labels wrap onto two lines
    inside their cells (车辆识别 / 代号); values stay on one line."""
    widths = [flow.inner * r / sum(ratios) for r in ratios]
    for row in rows:
        flow.room(row_h)
        flow.page.table(
            flow.margin, int(flow.y), [int(w) for w in widths], [[("", 1)] * len(row)], row_h, flow.size - 1
        )
        x = float(flow.margin)
        for col, text in enumerate(row):
            size = flow.size - 2 if col in label_cols else flow.size - 1
            if col in label_cols:
                _cell_lines(flow, x, flow.y, widths[col], row_h, text, size)
            else:
                size = flow.page.fit(text, size, widths[col] - 12)
                flow.page.text(x + 8, flow.y + (row_h - size) / 2 - 2, text, size)
            x += widths[col]
        flow.y += row_h
    flow.y += flow.size


def c_price_breakdown(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The price as a breakdown: the car's own price on one row, accessories and service fees on
    others, and a 合计 whose 大写 is the whole sum, not the car's price."""
    a = Decimal(f["vehicle_price"])
    extras = [
        ("精品加装", Decimal(rng.randrange(20, 150) * 100)),
        ("上牌服务费", Decimal(rng.choice((500, 800, 1000)))),
    ]
    total = a + sum(v for _, v in extras)
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}    身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line("一、价款明细", size=flow.size + 1)
    rows = [[("项目", 1), ("金额（元）", 1)], [("车辆价格", 1), (f"{a:,.2f}", 1)]]
    rows += [[(name, 1), (f"{value:,.2f}", 1)] for name, value in extras]
    rows.append([("合计", 1), (f"{total:,.2f}", 1)])
    flow.table([0.5, 0.5], rows, row_h=rng.randint(46, 54))
    flow.para(f"以上合计人民币（大写）{_words(f'{total:.2f}')}，买受人应于提车前付清。")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_kai_filled(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed form filled in by hand: labels spaced out in the print font (买　受　人), the
    values in a brush-script font on the lines, payment ticked in boxes (☑全款 □贷款), the date
    as 年 月 日 blanks with the numbers written into them."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    hand = "ukai" if "ukai" in available_fonts() else font
    a = Decimal(f["vehicle_price"])

    def filled(label: str, value: str) -> None:
        flow.room(flow.size * 2)
        x = flow.page.text(flow.margin, flow.y, label + "：", flow.size)
        y_line = flow.y + flow.size + 6
        flow.page.draw.line((x, y_line, flow.width - flow.margin, y_line), (60, 60, 60), 1)
        printed = flow.page.font
        flow.page.font = hand
        flow.page.text(
            x + rng.randint(10, 40), flow.y - rng.randint(2, 8), value, flow.size + 2, (30, 40, 90)
        )
        flow.page.font = printed
        flow.y += flow.step()

    flow.line(f"合同编号：{f['contract_number']}", right=True)
    filled("出\u3000卖\u3000人", f["seller_name"])
    filled("买\u3000受\u3000人", f["buyer_name"])
    filled("身份证号码", f["buyer_id_number"])
    filled("车辆识别代号", f["vin"])
    filled("车辆价款（小写）", f"¥{a:,.2f}")
    filled("车辆价款（大写）", _words(f["vehicle_price"]))
    flow.line("付款方式：☑全款  □贷款  □分期" if rng.random() < 0.5 else "付款方式：□全款  ☑贷款  □分期")
    _boilerplate(flow, rng, rng.randint(2, 3), 3)
    y, m, d = f["sign_date"].split("-")
    flow.room(flow.size * 2)
    x = flow.page.text(flow.margin, flow.y, "签订日期：", flow.size)
    for value, unit in ((y, "年"), (str(int(m)), "月"), (str(int(d)), "日")):
        printed = flow.page.font
        flow.page.font = hand
        x = flow.page.text(x + 14, flow.y - 4, value, flow.size + 2, (30, 40, 90))
        flow.page.font = printed
        x = flow.page.text(x + 14, flow.y, unit, flow.size)
    flow.y += flow.step()
    return flow.images()


def p_wrapped_label_cells(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A four-column schedule with narrow label cells, so long labels wrap inside them (车辆识别 /
    代号, 第一受 / 益人); the insurer's name in the last row's value cell."""
    flow = _policy_flow(font, rng)
    flow.title("机动车商业保险保险单（正本）", 32)
    rows = [
        ["保险单号", f["policy_number"], "被保险人名称", f["insured_name"]],
        ["车辆识别代号", f["vin"], "号牌号码", f"浙A{rng.choice('BCDEF')}{_digits(rng, 4)}"],
        ["保险期间", _period(f, rng), "", ""],
        ["保险费合计", f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", "", ""],
        ["第一受益人", f["first_beneficiary"], "承保公司", f["insurer"]],
    ]
    widths = [0.12, 0.42, 0.12, 0.34]
    h = rng.randint(64, 74)
    for row in rows:
        if row[2]:
            _wrapped_table(flow, widths, [row], h, {0, 2})
        else:
            _wrapped_table(flow, [0.12, 0.88], [row[:2]], h, {0})
        flow.y -= flow.size
    flow.gap(flow.size)
    flow.stamp("保险单专用章", dx=flow.inner * 0.65)
    return flow.images()


def p_schedule_pages(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Two pages: a cover with the insurer, the insured and the policy number beside print and
    serial numbers; a schedule of covers, each with its own premium, the total in words first
    (人民币大写：…（¥…）), the period counted in days (共365天，自…起至…止) and the beneficiary."""
    flow = _policy_flow(font, rng)
    flow.gap(120)
    flow.title(f["insurer"], 30)
    flow.title("机动车商业保险", 40)
    flow.gap(80)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"打印流水号：{_digits(rng, 16)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"服务专线：955{_digits(rng, 2)}")
    flow.new_page()
    flow.title("承保险种明细", 30)
    total = Decimal(f["premium"])
    first = (total * Decimal(rng.uniform(0.45, 0.7))).quantize(Decimal("0.01"))
    rows = [
        [("承保险种", 1), ("保险金额/责任限额（元）", 1), ("保险费（元）", 1)],
        [("机动车损失保险", 1), (f"{rng.randrange(80, 400) * 1000:,}.00", 1), (f"{first:,.2f}", 1)],
        [("机动车第三者责任保险", 1), ("2,000,000.00", 1), (f"{total - first:,.2f}", 1)],
    ]
    flow.table([0.4, 0.32, 0.28], rows, row_h=rng.randint(46, 54))
    flow.line(f"保险费合计（人民币大写）：{_words(f['premium'])}（¥{total:,.2f}）")
    start, end = date.fromisoformat(f["start_date"]), date.fromisoformat(f["end_date"])
    flow.para(
        f"保险期间：共{(end - start).days + 1}天，{_period(f, rng)}。车架号：{f['vin']}。", indent=False
    )
    flow.para(f"特别约定：本保单第一受益人：{f['first_beneficiary']}。", indent=False)
    flow.footer(f"{f['insurer']}  保单号 {f['policy_number']}")
    return flow.images()


def i_two_line_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The 2015 form as it is printed: the long labels wrap onto two lines inside their cells
    (身份证号码/ / 组织机构代码, 车辆识别代号/ / 车架号码, 价税合计 over two lines)."""
    words, fig = _total(f, rng)
    flow = Flow(font, rng, width=1240, height=900, size=rng.randint(20, 23), margin=rng.randint(40, 70))
    _invoice_head(flow, f, rng, "发票代码", "发票号码", "开票日期")
    h = rng.randint(60, 68)
    _wrapped_table(
        flow,
        [0.11, 0.27, 0.11, 0.27, 0.09, 0.15],
        [
            ["机器编号", _digits(rng, 12), "税控码", _digits(rng, 12), "产地", "长春"],
            [
                "购买方名称",
                f["buyer_name"],
                "身份证号码/组织机构代码",
                f["buyer_id_number"],
                "车辆类型",
                "轿车",
            ],
            [
                "厂牌型号",
                f["brand_model"],
                "发动机号码",
                f["engine_number"],
                "合格证号",
                "WAC" + _digits(rng, 11),
            ],
            ["车辆识别代号/车架号码", f["vin"], "价税合计", words, "小写", fig],
            ["销货单位名称", f["seller_name"], "纳税人识别号", _uscc(rng), "电话", f"0571-{_digits(rng, 8)}"],
        ],
        h,
        {0, 2, 4},
    )
    return flow.images()


def i_patterned_paper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Anti-forgery paper: the form's name repeated diagonally in a light tint under everything,
    the tax bureau's oval supervision seal at the top, the values printed over the pattern."""
    words, fig = _total(f, rng)
    flow = Flow(font, rng, width=1240, height=880, size=rng.randint(20, 23), margin=rng.randint(40, 70))
    tint = (rng.randint(205, 225), rng.randint(215, 232), rng.randint(220, 236))
    layer = Image.new("RGBA", (flow.width * 2, flow.height * 2), (0, 0, 0, 0))
    pattern = ImageDraw.Draw(layer)
    small = load_font(font, 22)
    for row in range(0, flow.height * 2, 70):
        pattern.text((-(row % 140), row), "机动车销售统一发票  " * 12, font=small, fill=(*tint, 255))
    rotated = layer.rotate(rng.choice((20, 25, 30)), center=(flow.width, flow.height)).crop(
        (flow.width // 2, flow.height // 2, flow.width // 2 + flow.width, flow.height // 2 + flow.height)
    )
    base = flow.page.image.convert("RGBA")
    flow.page.image.paste(Image.alpha_composite(base, rotated).convert("RGB"))
    flow.page.draw.ellipse((flow.width / 2 - 90, 12, flow.width / 2 + 90, 72), outline=(200, 60, 60), width=3)
    flow.page.text(flow.width / 2 - 60, 30, "全国统一发票监制章", 14, (200, 60, 60))
    flow.gap(30)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    flow.table(
        [0.16, 0.34, 0.18, 0.32],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(50, 56),
    )
    return flow.images()


RARE_FIFTH = "旸瑀璘瑆珽淏沺涴淯珵"  # the seventh set's; none in GB 2312 nor in the sets above
VILLAGES = (
    "河北省保定市涞水县永阳镇北洛平村三组",
    "江苏省淮安市盱眙县马坝镇官滩村四组",
    "安徽省黄山市歙县郑村镇棠樾村",
    "河北省保定市蠡县辛兴镇北埝村",
    "江苏省宿迁市沭阳县韩山镇堰下村",
)
AUTHORITIES_SIXTH = ("盱眙县公安局", "蠡县公安局", "歙县公安局", "沭阳县公安局", "睢宁县公安局")


def _rare_village(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Rare given-name characters and a long village address that runs over three lines."""
    fields = _rare(RARE_FIFTH)(fields, rng)
    return {**fields, "address": f"{rng.choice(VILLAGES)}{rng.randrange(1, 120)}号"}


def _county_long_term(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A county police bureau with a rare character in its name, and a card valid for life (长期)."""
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_SIXTH), "valid_to": "长期"}


# ---------------------------------------------------------------- the eighth set (2026-12-01)
# Written while the seventh set was being measured for the first time, before any of its results
# were read.


def c_loan_combo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A three-party purchase-and-loan contract: the lender named beside seller and buyer with
    its own credit code, the loan amount and down payment each with a 大写 of their own, the
    car's price among them."""
    a = Decimal(f["vehicle_price"])
    down = (a * Decimal(rng.choice(("0.2", "0.3", "0.4")))).quantize(Decimal("1"))
    loan = a - down
    lender = rng.choice(("瑞信汽车金融有限公司", "华融汽车金融有限公司", "招商银行股份有限公司杭州分行"))
    flow = _contract_flow(font, rng, "汽车消费贷款购车合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"统一社会信用代码：{_uscc(rng)}")
    flow.line(f"贷款人（乙方）：{lender}")
    flow.line(f"统一社会信用代码：{_uscc(rng)}")
    flow.line(f"借款人/买受人（丙方）：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.para(
        f"丙方向甲方购买车辆一辆（车辆识别代号：{f['vin']}），车辆价格为人民币{a:,.2f}元"
        f"（大写：{_words(f['vehicle_price'])}）。"
    )
    flow.para(
        f"丙方支付首付款人民币{down:,.2f}元（大写：{_words(f'{down:.2f}')}），其余购车款人民币{loan:,.2f}元"
        f"（大写：{_words(f'{loan:.2f}')}）由乙方以贷款方式直接支付给甲方。"
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.line("甲方（盖章）        乙方（盖章）        丙方（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_english_first(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A foreign brand's dealer form: each English label before its Chinese one (Buyer 买方：…),
    the price as RMB with no ¥, the date in English order (Date 日期：22/08/2026)."""
    a = Decimal(f["vehicle_price"])
    y, m, d = f["sign_date"].split("-")
    flow = _contract_flow(font, rng, "Vehicle Purchase Agreement 车辆购买协议")
    flow.line(f"Agreement No. 协议编号：{f['contract_number']}")
    flow.line(f"Dealer 经销商：{f['seller_name']}")
    flow.line(f"Buyer 买方：{f['buyer_name']}")
    flow.line(f"ID No. 身份证号码：{f['buyer_id_number']}")
    flow.line(f"VIN 车辆识别代号：{f['vin']}")
    flow.line(f"Total Price 车辆总价：RMB {a:,.2f}")
    flow.line(f"In Words 大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(2, 3), 0)
    flow.pair("Dealer Signature 经销商签章", "Buyer Signature 买方签字")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    flow.line(f"Date 日期：{d}/{m}/{y}" if rng.random() < 0.5 else f"Date 日期：{y}-{m}-{d}")
    return flow.images()


def p_pocket_card(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pocket insurance card (保险卡) the size of a bank card: small type, two columns of
    label：value, the insurer's name across the top in its brand colour."""
    flow = Flow(font, rng, width=1000, height=630, size=rng.randint(19, 21), margin=rng.randint(30, 45))
    flow.page.draw.rectangle((0, 0, flow.width, 70), fill=(20, 80, 150))
    flow.page.text(flow.margin, 18, f["insurer"], 28, (255, 255, 255))
    flow.y = 90
    flow.line("机动车辆保险卡", x=flow.width / 2 - 90, size=26)
    flow.pair(f"保单号：{f['policy_number']}", f"被保险人：{f['insured_name']}")
    flow.pair(f"车架号：{f['vin']}", f"保费：¥{Decimal(f['premium']):,.2f}")
    flow.line(f"保险期限：{_period(f, rng)}")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"报案电话：955{_digits(rng, 2)}    投保单号：{_proposal(f, rng)}", size=flow.size - 2)
    return flow.images()


def p_seals_over_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A classic schedule with three seals where offices put them: over the insured's name, over
    the premium and over the beneficiary in the special terms."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.stamp("承保专用章", dx=rng.uniform(90, 160), dy=rng.uniform(-10, 10))
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计（人民币大写）：{_words(f['premium'])}  （¥：{Decimal(f['premium']):,.2f}）")
    flow.stamp("财务专用章", dx=flow.inner * rng.uniform(0.5, 0.7))
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.stamp("保险单专用章", dx=flow.inner * rng.uniform(0.3, 0.5))
    return flow.images()


def i_buyer_contact_cell(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The buyer's cell holds name, phone and address together (王伟 138… 杭州市…), the ID number
    in a row of its own; the seller's cell its name and address."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    contact = f"{f['buyer_name']}  1{rng.choice('3589')}{_digits(rng, 9)}  {rng.choice(('杭州市西湖区', '南京市玄武区', '武汉市武昌区'))}{rng.choice(('文三路', '中山路'))}{rng.randrange(1, 300)}号"
    flow.table(
        [0.2, 0.8],
        [
            [("购买方名称及联系方式", 1), (contact, 1)],
            [("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("发动机号码", 1), (f["engine_number"], 1)],
            [("价税合计", 1), (f"{words}    （小写）{fig}", 1)],
            [
                ("销货单位名称及地址", 1),
                (f"{f['seller_name']}  {rng.choice(('滨江大道', '解放路'))}{rng.randrange(1, 300)}号", 1),
            ],
        ],
        row_h=rng.randint(44, 50),
    )
    return flow.images()


def i_faint_dot_matrix(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Values printed by a worn dot-matrix printer: grey, unevenly faint, a line too low so they
    touch the cell's lower rule, in a font other than the form's."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    rows = [
        ("购买方名称", f["buyer_name"], "身份证号码/组织机构代码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号/车架号码", f["vin"], "价税合计小写", fig),
        ("价税合计", words, "", ""),
        ("销货单位名称", f["seller_name"], "", ""),
    ]
    widths = [int(flow.inner * r) for r in (0.18, 0.32, 0.2, 0.3)]
    h = rng.randint(52, 58)
    others = [name for name in available_fonts() if name != font] or [font]
    dots = rng.choice(others)
    for row in rows:
        flow.room(h)
        top = int(flow.y)
        flow.page.table(
            flow.margin, top, widths, [[(row[0], 1), ("", 1), (row[2], 1), ("", 1)]], h, flow.size - 1
        )
        for col, value in ((1, row[1]), (3, row[3])):
            if not value:
                continue
            x = flow.margin + sum(widths[:col]) + rng.randint(6, 20)
            grey = rng.randint(95, 140)
            printed = flow.page.font
            flow.page.font = dots
            size = flow.page.fit(value, flow.size, widths[col] - 16)
            flow.page.text(x, top + h - size - rng.randint(0, 4), value, size, (grey, grey, grey + 10))
            flow.page.font = printed
        flow.y = top + h
    return flow.images()


BACK_AUTHORITIES = ("杭州市公安局西湖分局", "南京市公安局玄武分局", "成都市公安局武侯分局")


def _photocopy(front: Image.Image, back: Image.Image, font: str, rng: random.Random) -> list[Image.Image]:
    """Both sides of a card photocopied onto one A4 sheet in grey, with the words a careful holder
    writes across a copy (仅供…使用，他用无效) lying over both."""
    page = Image.new("RGB", (1000, 1414), (250, 250, 248))
    w = rng.randint(560, 680)
    h = int(w * front.height / front.width)
    x = rng.randint(60, 1000 - w - 60)
    top = rng.randint(120, 220)
    page.paste(front.resize((w, h)), (x, top))
    page.paste(back.resize((w, h)), (x, top + h + rng.randint(80, 160)))
    page = page.convert("L").convert("RGB")
    layer = Image.new("RGBA", (1000, 1414), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    face = load_font(font, 46)
    note = rng.choice(("仅供办理汽车贷款使用，他用无效", "仅供购车贷款使用 再复印无效"))
    for y in (top + h // 2, top + int(1.6 * h)):
        draw.text((x - 20, y), note, font=face, fill=(90, 90, 90, 110))
    layer = layer.rotate(rng.choice((15, 20, -15)), center=(500, 707))
    return [Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")]


def id_front_photocopy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The front read from a photocopy of both sides on one sheet."""
    other = random_fields("id_card_back", rng)
    return _photocopy(render_front(f, font, rng, None), render_back(other, font, rng), font, rng)


def id_back_photocopy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back read from a photocopy of both sides on one sheet."""
    other = random_fields("id_card_front", rng)
    return _photocopy(render_front(other, font, rng, None), render_back(f, font, rng), font, rng)


# ---------------------------------------------------------------- the ninth set (2026-12-01)
# Written while the eighth set was being measured for the first time, before any of its results
# were read.


def c_two_column_prose(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Terms printed in two narrow columns of small type, newspaper fashion: the parties, the car
    and the price inside articles that run down the left column and on at the top of the right."""
    a = Decimal(f["vehicle_price"])
    flow = Flow(font, rng, size=rng.randint(17, 19), margin=rng.randint(50, 70))
    flow.title("汽车买卖合同（标准文本）", 32)
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    top = flow.y
    articles = [
        f"第一条 当事人 出卖人（甲方）：{f['seller_name']}；买受人（乙方）：{f['buyer_name']}，"
        f"身份证号码：{f['buyer_id_number']}。",
        f"第二条 标的 乙方购买甲方车辆一辆，车辆识别代号（VIN）：{f['vin']}，新车，随车文件齐全。",
        f"第三条 价款 车辆价款合计人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}），含增值税。",
        "第四条 交付 甲方应于合同签订后三十日内在其经营场所交付车辆，逾期每日按车价的万分之五支付违约金。",
        "第五条 质量 车辆应符合国家标准及厂家出厂标准，三包有效期为二年或五万公里，以先到者为准。",
        "第六条 争议 因本合同发生的争议，双方协商解决；协商不成的，向合同签订地人民法院起诉。",
        f"第七条 其他 本合同一式贰份，双方各执壹份，自双方签字盖章之日起生效。签订日期：{_date(f['sign_date'], rng)}。",
    ]
    col_w = (flow.inner - 40) / 2
    x, y, bottom = float(flow.margin), top, flow.height - flow.margin - 60
    lowest = top
    for text in articles:
        for ln in flow.page.wrap(text, flow.size, col_w):
            if y > top + (bottom - top) * rng.uniform(0.45, 0.55) and x == flow.margin:
                x, y = flow.margin + col_w + 40, top
            flow.page.text(x, y, ln, flow.size)
            y += int(flow.size * 1.6)
            lowest = max(lowest, y)
        y += flow.size // 2
    flow.y = lowest + 30
    flow.pair("甲方（盖章）", "乙方（签字）")
    return flow.images()


def c_digit_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A price written into digit boxes under their units (佰 拾 万 仟 佰 拾 元 角 分) with ¥ in
    the box before the first digit, the 大写 on the line above, as on hand-filled forms."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "车辆订购合同")
    flow.line(f"订单编号：{f['contract_number']}")
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}  证件号码：{f['buyer_id_number']}")
    flow.line(f"车架号码：{f['vin']}")
    flow.line(f"车辆价款（大写）：{_words(f['vehicle_price'])}")
    units = ["佰", "拾", "万", "仟", "佰", "拾", "元", "角", "分"]
    digits = f"{int(a * 100):d}"
    cells = [""] * (len(units) - len(digits)) + list(digits)
    first = next(i for i, c in enumerate(cells) if c)
    if first > 0:
        cells[first - 1] = "¥"
    flow.line("车辆价款（小写）：")
    flow.table(
        [1.0] * len(units), [[(u, 1) for u in units], [(c, 1) for c in cells]], row_h=rng.randint(44, 50)
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("卖方（盖章）", "买方（签字）")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def p_landscape_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on landscape A4: three label-value pairs per row of a wide grid."""
    flow = Flow(font, rng, width=1414, height=1000, size=rng.randint(20, 22), margin=rng.randint(50, 70))
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单", 34)
    flow.table(
        [0.1, 0.23, 0.1, 0.23, 0.1, 0.24],
        [
            [
                ("保险单号", 1),
                (f["policy_number"], 1),
                ("被保险人", 1),
                (f["insured_name"], 1),
                ("号牌号码", 1),
                (f"苏A{_digits(rng, 5)}", 1),
            ],
            [("车架号", 1), (f["vin"], 1), ("发动机号", 1), (_engine(rng), 1), ("核定载客", 1), ("5人", 1)],
            [("保险期间", 1), (_period(f, rng), 5)],
            [("保险费合计", 1), (f"¥{Decimal(f['premium']):,.2f}  （大写）{_words(f['premium'])}", 5)],
            [("特别约定", 1), (f"第一受益人：{f['first_beneficiary']}", 5)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.stamp("保险单专用章", dx=flow.inner * 0.8)
    return flow.images()


def p_grouped_numbers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy printing long numbers in groups for reading aloud (PDAA 2025 3301 …, a VIN in
    threes), dates as 2025年1月18日0时, the premium with 元 and no ¥."""

    flow = _policy_flow(font, rng)
    flow.title(f"{f['insurer']}", 28)
    flow.title("电子保单", 36)
    flow.line(f"保单号码：{_in_groups(f['policy_number'], 4)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{_in_groups(f['vin'], 3)}")
    sy, sm, sd = (int(p) for p in f["start_date"].split("-"))
    ey, em, ed = (int(p) for p in f["end_date"].split("-"))
    flow.line(f"保险期间：{sy}年{sm}月{sd}日0时 至 {ey}年{em}月{ed}日24时")
    flow.line(f"保险费：{Decimal(f['premium']):,.2f}元（{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"验证码：{_in_groups(_digits(rng, 12), 4)}")
    return flow.images()


def i_folded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice folded in three for an envelope and flattened for the photo: two creases
    across it, each a dark line with a shadow on one side, one running through a row of values."""
    pages = i_classic(f, font, rng)
    page = pages[0].convert("RGBA")
    w, h = page.size
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for y in (int(h * rng.uniform(0.3, 0.4)), int(h * rng.uniform(0.62, 0.72))):
        tilt = rng.randint(-12, 12)
        for k in range(rng.randint(18, 30)):
            alpha = max(0, 90 - 4 * k)
            draw.line((0, y + k, w, y + k + tilt), fill=(40, 40, 40, alpha), width=1)
        draw.line((0, y, w, y + tilt), fill=(250, 250, 250, 200), width=2)
    return [Image.alpha_composite(page, layer).convert("RGB")]


def i_tinted_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed form in its own colour (green rules and labels on tinted paper) with the
    values added by the dealer's printer in purple."""
    from precredit.ocr.synth.draw import Page

    words, fig = _total(f, rng)
    green, purple = (40, 120, 80), (90, 40, 120)
    page = Page(1240, 880, font, rng, background=(236, 246, 236))
    size = rng.randint(20, 23)
    page.text(440, 40, "机动车销售统一发票", 36, green)
    rows = [
        ("发票代码", f["invoice_code"], "发票号码", f["invoice_number"]),
        ("开票日期", _date(f["issue_date"], rng), "机器编号", _digits(rng, 12)),
        ("购买方名称", f["buyer_name"], "身份证号码/组织机构代码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号/车架号码", f["vin"], "小写", fig),
        ("价税合计", words, "", ""),
        ("销货单位名称", f["seller_name"], "", ""),
    ]
    x0, y, widths, h = 50, 120, [230, 340, 260, 310], rng.randint(54, 60)
    for row in rows:
        x = x0
        for i, text in enumerate(row):
            page.draw.rectangle((x, y, x + widths[i], y + h), outline=green, width=2)
            if text:
                s = page.fit(text, size, widths[i] - 14)
                page.text(
                    x + 8 + (rng.randint(0, 10) if i % 2 else 0),
                    y + (h - s) / 2 - 2,
                    text,
                    s,
                    purple if i % 2 else green,
                )
            x += widths[i]
        y += h
    return [page.image]


def _glare(card: Image.Image, rng: random.Random) -> Image.Image:
    """A lamp's reflection on the laminated card: a soft bright oval over part of the text."""
    w, h = card.size
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.25, 0.75) * h
    rx, ry = rng.uniform(0.12, 0.2) * w, rng.uniform(0.1, 0.18) * h
    yy, xx = np.mgrid[0:h, 0:w]
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    alpha = np.clip(1.0 - d, 0.0, 1.0) ** 0.7 * rng.uniform(0.45, 0.6)
    out = np.asarray(card, dtype=np.float32)
    out = out * (1 - alpha[..., None]) + 255.0 * alpha[..., None]
    return _to_image(out)


def id_front_glare(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_glare(render_front(f, font, rng, None), rng)]


def id_back_glare(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_glare(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the tenth set (2026-12-01)
# Written before the ninth set was measured, so before any of its results were read.


def c_parties_at_end(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The body speaks only of 甲方 and 乙方 (their roles defined in the first article); who they
    are is written only in the signature block at the end, the buyer's ID number beside the
    signature, the date as 签署日期 under both."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, rng.choice(("车辆买卖协议", "机动车买卖合同")))
    flow.line(f"编号：{f['contract_number']}", right=True)
    flow.para("第一条 本协议中甲方为车辆出卖人，乙方为车辆买受人，双方经平等协商订立本协议。")
    flow.para(
        f"第二条 乙方向甲方购买新车一辆，车辆识别代号为{f['vin']}，"
        f"成交价为人民币{a:,.2f}元整（{_words(f['vehicle_price'])}）。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.gap(30)
    flow.line(f"甲方（出卖人）盖章：{f['seller_name']}")
    flow.stamp("合同专用章", dx=flow.inner * rng.uniform(0.2, 0.45))
    flow.line(f"乙方（买受人）签字：{f['buyer_name']}")
    flow.line(f"乙方身份证号：{f['buyer_id_number']}")
    flow.line(f"签署日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _hand(flow: Flow, x: float, text: str, rng: random.Random, size: int) -> None:
    """A value written by hand into a blank: another (brush) font, blue ink, off the baseline."""
    printed = flow.page.font
    flow.page.font = "ukai" if "ukai" in available_fonts() else printed
    ink = (rng.randint(20, 50), rng.randint(40, 70), rng.randint(140, 190))
    flow.page.text(x + rng.randint(-4, 10), flow.y - rng.randint(2, 9), text, size + rng.randint(0, 4), ink)
    flow.page.font = printed


def _blank_rows(
    flow: Flow, rows: list[tuple[str, str]], rule: tuple[int, int, int], write: Callable[[float, str], None]
) -> None:
    """A form's label：____ rows, each value put on its rule by `write` (a pen, a pencil)."""
    for label, value in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        rule_y = flow.y + flow.size + 6
        flow.page.draw.line((end + 4, rule_y, flow.width - flow.margin, rule_y), fill=rule, width=1)
        write(end + 12, value)
        flow.y += flow.step()


def _date_blanks(
    flow: Flow, iso: str, rule: tuple[int, int, int], write: Callable[[float, str], None]
) -> None:
    """签订日期：____年___月___日, the year, month and day each put in its blank by `write`."""
    y, m, d = (int(p) for p in iso.split("-"))
    flow.room(flow.size * 2)
    x = flow.page.text(flow.margin, flow.y, "签订日期：", flow.size)
    for number, unit in ((y, "年"), (m, "月"), (d, "日")):
        blank = flow.page.width_of("0000" if unit == "年" else "000", flow.size)
        flow.page.draw.line((x, flow.y + flow.size + 6, x + blank, flow.y + flow.size + 6), fill=rule)
        write(x + 2, str(number))
        x = flow.page.text(x + blank + 4, flow.y, unit, flow.size) + 4
    flow.y += flow.step()


def c_handfilled_blanks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A printed form whose blanks the salesperson filled by hand in blue ink above the rules;
    the date's year, month and day each in a blank of its own between printed 年 月 日."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "汽车销售合同")
    rows = [
        ("合同编号：", f["contract_number"]),
        ("出卖人：", f["seller_name"]),
        ("买受人（姓名）：", f["buyer_name"]),
        ("买受人身份证件号码：", f["buyer_id_number"]),
        ("车辆识别代号：", f["vin"]),
        ("车辆总价（小写）：¥", f"{a:.2f}"),
        ("车辆总价（大写）：", _words(f["vehicle_price"])),
    ]
    _blank_rows(flow, rows, (60, 60, 60), lambda x, text: _hand(flow, x, text, rng, flow.size))
    _boilerplate(flow, rng, rng.randint(2, 3), 0)
    _date_blanks(flow, f["sign_date"], (60, 60, 60), lambda x, text: _hand(flow, x, text, rng, flow.size))
    flow.pair("出卖人（盖章）", "买受人（签字）")
    return flow.images()


def p_coverage_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule whose premium is the sum of a coverage table (险种, 保险金额/责任限额, 保险费):
    the sums insured and each line's premium are figures a reader must not take for the total."""
    total = Decimal(f["premium"])
    shares = (Decimal("0.55"), Decimal("0.3"), Decimal("0.1"))
    parts = [(total * s).quantize(Decimal("0.01")) for s in shares]
    parts.append(total - sum(parts))
    flow = _policy_flow(font, rng)
    flow.line(f"{_branch(f['insurer'], rng)}", size=26)
    flow.title("机动车商业保险保险单（正本）", 32)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号（车架号）：{f['vin']}")
    flow.table(
        [0.4, 0.3, 0.3],
        [
            [("承保险种", 1), ("保险金额/责任限额（元）", 1), ("保险费（元）", 1)],
            [("机动车损失保险", 1), (f"{rng.randrange(80, 400) * 1000:,}.00", 1), (f"{parts[0]:,.2f}", 1)],
            [
                ("第三者责任保险", 1),
                (f"{rng.choice((1000000, 2000000, 3000000)):,}.00", 1),
                (f"{parts[1]:,.2f}", 1),
            ],
            [("车上人员责任保险（司机）", 1), ("10,000.00/座", 1), (f"{parts[2]:,.2f}", 1)],
            [("车上人员责任保险（乘客）", 1), ("10,000.00/座×4", 1), (f"{parts[3]:,.2f}", 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.line(f"保险费合计（人民币大写）：{_words(f['premium'])}（¥{total:,.2f}）")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.para(
        f"特别约定：本保单车损险第一受益人为{f['first_beneficiary']}，未经其书面同意不得退保。", indent=False
    )
    flow.stamp("保险单专用章", dx=flow.inner * rng.uniform(0.55, 0.8))
    return flow.images()


def p_sms_notice(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A phone screenshot of the insurer's text message: the insurer's short name in the 【】
    sender tag and its full name signing off, every value inside one paragraph in a grey bubble,
    the phone's status bar above it."""
    short = f["insurer"].replace("股份有限公司", "").replace("有限责任公司", "").replace("有限公司", "")
    flow = Flow(font, rng, width=720, height=1480, size=rng.randint(26, 29), margin=rng.randint(36, 48))
    flow.page.draw.rectangle((0, 0, 720, 60), fill=(245, 245, 245))
    flow.page.text(30, 16, f"{rng.randint(8, 21)}:{rng.randint(10, 59)}", 24)
    flow.page.text(560, 16, f"{rng.randint(20, 99)}%", 24)
    flow.page.text(260, 80, f"1065{_digits(rng, 6)}", 28)
    flow.y = 170
    flow.line(
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(8, 20)}:{rng.randint(10, 59)}",
        x=270,
        size=20,
    )
    sy, sm, sd = (int(p) for p in f["start_date"].split("-"))
    ey, em, ed = (int(p) for p in f["end_date"].split("-"))
    text = (
        f"【{short}】尊敬的{f['insured_name']}客户，您投保的商业车险已承保成功，保单号{f['policy_number']}，"
        f"车架号{f['vin']}，保险期间{sy}年{sm}月{sd}日零时至{ey}年{em}月{ed}日二十四时，"
        f"保费{Decimal(f['premium']):.2f}元，第一受益人{f['first_beneficiary']}。"
        f"电子保单已发送至您的邮箱，如有疑问请致电955{_digits(rng, 2)}。祝您出行平安！——{f['insurer']}"
    )
    lines = flow.page.wrap(text, flow.size, flow.inner - 60)
    top = flow.y
    h = len(lines) * int(flow.size * 1.55) + 40
    flow.page.draw.rounded_rectangle(
        (flow.margin, top, flow.width - flow.margin - 20, top + h), 24, fill=(233, 233, 235)
    )
    y = top + 20
    for ln in lines:
        flow.page.text(flow.margin + 30, y, ln, flow.size)
        y += int(flow.size * 1.55)
    return flow.images()


def i_misregistered(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The form was fed into the printer out of register: every value lands a good part of a cell
    to the right and down, across the rules, some into the next row's label cell."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    rows = [
        ("机器编号", _digits(rng, 12), "税控码", _digits(rng, 10)),
        ("购买方名称", f["buyer_name"], "身份证号码/组织机构代码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号/车架号码", f["vin"], "价税合计（小写）", fig),
        ("价税合计（大写）", words, "", ""),
        ("销货单位名称", f["seller_name"], "电话", f"0571-{_digits(rng, 8)}"),
    ]
    widths = [int(flow.inner * r) for r in (0.2, 0.3, 0.22, 0.28)]
    h = rng.randint(50, 56)
    dx, dy = rng.uniform(0.15, 0.35), rng.uniform(0.3, 0.55)
    top = int(flow.y)
    for i, row in enumerate(rows):
        flow.page.table(
            flow.margin, top + i * h, widths, [[(row[0], 1), ("", 1), (row[2], 1), ("", 1)]], h, flow.size - 1
        )
    for i, row in enumerate(rows):
        for col, value in ((1, row[1]), (3, row[3])):
            if not value:
                continue
            x = flow.margin + sum(widths[:col]) + widths[col] * dx
            size = flow.page.fit(value, flow.size, widths[col] * 0.95)
            flow.page.text(x, top + i * h + h * dy, value, size, (30, 30, 60))
    flow.y = top + len(rows) * h + h
    return flow.images()


def i_low_light(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The 2006 form photographed at night under one warm lamp: dim, yellow, darker towards the
    corners, with the grain of a phone camera pushed to a high ISO."""
    page = np.asarray(i_old_generation(f, font, rng)[0], dtype=np.float32)
    h, w = page.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    light = np.clip(1.0 - dist * rng.uniform(0.7, 1.0), 0.35, 1.0) * rng.uniform(0.55, 0.7)
    warm = np.array([1.0, rng.uniform(0.85, 0.92), rng.uniform(0.6, 0.72)], np.float32)
    out = page * light[..., None] * warm[None, None, :]
    out += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(6, 10), out.shape)
    return [_to_image(out)]


def _worn(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card carried in a wallet for years: faded and yellowed print, fine scratches across it,
    the laminate worn white in specks."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    out = np.asarray(card, dtype=np.float32)
    fade = rng.uniform(0.45, 0.6)
    out = 255.0 - (255.0 - out) * fade
    out *= np.array([1.0, 0.98, rng.uniform(0.86, 0.92)], np.float32)[None, None, :]
    image = _to_image(out)
    draw = ImageDraw.Draw(image)
    w, h = image.size
    for _ in range(rng.randint(6, 12)):
        x0, y0 = rng.uniform(0, w), rng.uniform(0, h)
        x1, y1 = x0 + rng.uniform(-0.5, 0.5) * w, y0 + rng.uniform(-0.15, 0.15) * h
        shade = rng.randint(215, 245)
        draw.line((x0, y0, x1, y1), fill=(shade, shade, shade), width=rng.choice((1, 1, 2)))
    specks = np.asarray(image).copy()
    mask = nrng.random(specks.shape[:2]) < rng.uniform(0.004, 0.01)
    specks[mask] = 245
    return Image.fromarray(specks)


def id_front_worn(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_worn(render_front(f, font, rng, None), rng)]


def id_back_worn(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_worn(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the eleventh set (2026-12-01)
# Written before the tenth set was measured, so before any of its results were read.


def _faxed(page: Image.Image, rng: random.Random, header: str, font: str, fine: bool = False) -> Image.Image:
    """A page sent by fax: a transmission header across the top, halved resolution (fine mode:
    three quarters or more), black and white only, with the streaks a dirty scanner bar leaves
    down the page."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    draw = ImageDraw.Draw(page)
    draw.text((30, 12), header, font=load_font(font, 18), fill=(0, 0, 0))
    w, h = page.size
    scale = rng.uniform(0.75, 0.9) if fine else rng.uniform(0.45, 0.6)
    small = np.asarray(
        page.convert("L").resize((int(w * scale), int(h * scale)), Image.Resampling.BILINEAR), np.float32
    )
    small += nrng.normal(0, 12, small.shape)
    ink = (small < rng.uniform(150, 175)).astype(np.uint8)
    for x in nrng.integers(0, small.shape[1], rng.randint(1, 3)):
        ink[:, x] = 1  # a streak down the page
    bw = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8)).resize((w, h), Image.Resampling.NEAREST)
    return bw.convert("RGB")


def c_fax_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An articles contract as the dealer faxed it: each page black and white at half resolution,
    a fax header with the sending number, date and time and page count across the top."""
    pages = c_prose_articles(f, font, rng)
    sent = date.fromisoformat(f["sign_date"]) + timedelta(days=rng.randint(0, 3))
    return [
        _faxed(
            page,
            rng,
            f"FROM: 0{rng.randint(20, 99)}-{_digits(rng, 8)}   {sent:%Y/%m/%d} {rng.randint(8, 18)}:"
            f"{rng.randint(10, 59)}   P.{i + 1}/{len(pages)}",
            font,
        )
        for i, page in enumerate(pages)
    ]


def c_buyer_words(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer group's own form in its own words: 售车单位 and 购车人, 车辆识别码, 成交价 with the
    amount in words first, 签约时间 at the top beside the number."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, rng.choice(("新车销售合同", "购车合同书")))
    flow.pair(f"合同号：{f['contract_number']}", f"签约时间：{_date(f['sign_date'], rng)}")
    flow.line(f"售车单位：{f['seller_name']}")
    flow.line(f"购车人：{f['buyer_name']}    证件号：{f['buyer_id_number']}")
    flow.line(f"车辆识别码：{f['vin']}    车型：{rng.choice(('SUV', '轿车', 'MPV'))}")
    flow.line(f"成交价：人民币{_words(f['vehicle_price'])}（¥{a:,.2f}）")
    flow.line(f"其中裸车价：¥{a * Decimal('0.9'):,.2f}，装潢及其他：¥{a - a * Decimal('0.9'):,.2f}")
    _boilerplate(flow, rng, rng.randint(2, 3), 0)
    flow.pair("售车单位（盖章）", "购车人（签字）")
    flow.stamp("销售专用章", dx=flow.inner * 0.15)
    return flow.images()


def p_dark_mode_app(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The insurer's app in dark mode, screenshotted: light text on near-black, labels in grey on
    the left and values in white on the right, start and end of cover on rows of their own."""
    page = Page(720, 1560, font, rng, background=(18, 18, 20))
    grey, white = (150, 150, 155), (235, 235, 240)
    page.text(30, 20, f"{rng.randint(8, 21)}:{rng.randint(10, 59)}", 24, white)
    page.text(30, 90, f["insurer"], 26, white)
    page.text(30, 140, "保单详情", 34, white)
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    rows = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车架号", f["vin"]),
        ("起保时间", f"{sy}-{sm}-{sd} 00:00"),
        ("终保时间", f"{ey}-{em}-{ed} 23:59"),
        ("保费(元)", f"{Decimal(f['premium']):,.2f}"),
        ("第一受益人", f["first_beneficiary"]),
    ]
    y = 230
    size = rng.randint(24, 27)
    for label, value in rows:
        page.text(30, y, label, size, grey)
        s = page.fit(value, size, 690 - 220, smallest=14)
        page.text(690 - page.width_of(value, s), y, value, s, white)
        page.draw.line((30, y + size + 22, 690, y + size + 22), fill=(45, 45, 50), width=1)
        y += size + 46
    return [page.image]


def _pen(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, rng: random.Random) -> None:
    face = load_font("ukai" if "ukai" in available_fonts() else available_fonts()[0], rng.randint(26, 34))
    ink = (rng.randint(20, 50), rng.randint(40, 70), rng.randint(140, 190))
    draw.text(xy, text, font=face, fill=ink)


def p_pen_annotations(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A classic schedule the dealer's clerk wrote on in blue pen: a date and initials by the
    title, the premium ringed, a phone number in the margin."""
    page = p_table_classic(f, font, rng)[0]
    draw = ImageDraw.Draw(page)
    w, h = page.size
    d = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 20))
    _pen(draw, (w * 0.68, 40), f"{d.year}.{d.month}.{d.day} 已核", rng)
    _pen(
        draw, (w * 0.72, h * rng.uniform(0.55, 0.7)), f"客户电话 1{rng.choice('3589')}{_digits(rng, 9)}", rng
    )
    cx, cy = w * rng.uniform(0.3, 0.6), h * rng.uniform(0.35, 0.5)
    draw.ellipse((cx - 110, cy - 30, cx + 110, cy + 30), outline=(40, 60, 170), width=3)
    _pen(draw, (60, h - 150), "√ 首付已收", rng)
    return [page]


def i_cropped_left(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photo framed too tight: the invoice's left edge is cut off, taking the first characters
    of the labels in the first column with it, and a strip of its top."""
    page = i_classic(f, font, rng)[0]
    w, h = page.size
    left = int(w * rng.uniform(0.06, 0.085))
    return [page.crop((left, int(h * rng.uniform(0.0, 0.03)), w, h))]


def i_pen_annotations(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The 2006 form with the salesperson's pen notes over it: 已付清 and an amount paid by card,
    a phone number and a date on the white space under the table."""
    page = i_old_generation(f, font, rng)[0]
    draw = ImageDraw.Draw(page)
    w, h = page.size
    paid = (Decimal(f["total_price"]) * Decimal(rng.choice(("0.3", "0.5")))).quantize(Decimal("1"))
    _pen(draw, (w * 0.55, h * 0.78), f"已付清 刷卡{paid}", rng)
    _pen(
        draw,
        (60, h * 0.86),
        f"{rng.choice(('张', '李', '王'))}经理 1{rng.choice('3589')}{_digits(rng, 9)}",
        rng,
    )
    d = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(1, 9))
    _pen(draw, (w * 0.6, h * 0.9), f"{d.month}/{d.day} 提车", rng)
    return [page]


def _far(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card photographed from arm's length with an old phone: a fraction of the resolution."""
    w, h = card.size
    scale = rng.uniform(0.36, 0.48)
    return card.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)


def id_front_far(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_far(render_front(f, font, rng, None), rng)]


def id_back_far(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_far(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the twelfth set (2026-12-01)
# Written before the eleventh set was measured, so before any of its results were read.


def c_sideways_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An articles contract photographed page by page, one page with the phone held sideways and no
    orientation tag to undo it: that page's image is a quarter turn either way."""
    pages = c_prose_articles(f, font, rng)
    i = rng.randrange(len(pages))
    pages[i] = pages[i].rotate(rng.choice((90, 270)), expand=True)
    return pages


def _watermark(page: Image.Image, text: str, font: str, rng: random.Random) -> Image.Image:
    """A copy marked for one use: `text` repeated diagonally across the whole page in a pale ink."""
    w, h = page.size
    layer = Image.new("L", (w * 2, h * 2), 0)
    draw = ImageDraw.Draw(layer)
    face = load_font(font, rng.randint(40, 56))
    step_x = int(draw.textlength(text, font=face)) + rng.randint(80, 160)
    step_y = rng.randint(180, 260)
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-(row % 2) * step_x // 2, w * 2, step_x):
            draw.text((x, y), text, font=face, fill=255)
    layer = layer.rotate(rng.choice((30, 35, 40, 45)), resample=Image.Resampling.BILINEAR)
    layer = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    alpha = rng.uniform(0.2, 0.32)
    ink = Image.new("RGB", (w, h), rng.choice(((150, 150, 150), (200, 110, 110), (110, 130, 190))))
    return Image.composite(ink, page, layer.point(lambda v: int(v * alpha)))


def c_watermarked_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A table contract copied for the lender with a diagonal watermark over every page."""
    mark = rng.choice(("仅供办理汽车贷款使用", "复印件 仅限贷款审核", "本复印件再复印无效"))
    return [_watermark(page, mark, font, rng) for page in c_table_classic(f, font, rng)]


def p_email_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy as the buyer printed it from the insurer's e-mail: the browser's print line and
    the mail's header (sender, recipient, the day it was sent, a subject naming the proposal
    number) above the policy itself."""
    policy = p_e_policy(f, font, rng)[0]
    w, h = policy.size
    head = rng.randint(270, 310)
    page = Image.new("RGB", (w, h + head), (252, 252, 252))
    page.paste(policy, (0, head))
    draw = ImageDraw.Draw(page)
    small, size = load_font(font, 17), rng.randint(19, 22)
    face = load_font(font, size)
    sent = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 12))
    clock = f"{rng.randint(8, 20)}:{rng.randint(10, 59)}"
    draw.text((40, 14), f"{sent:%Y/%m/%d} {clock}", font=small, fill=(90, 90, 90))
    draw.text((w - 260, 14), "电子保单 - 邮箱", font=small, fill=(90, 90, 90))
    lines = (
        f"发件人：{f['insurer']} <epolicy@service{rng.randint(1, 9)}.example.com>",
        f"收件人：1{rng.choice('3589')}{_digits(rng, 9)}@163.com",
        f"时　间：{sent.year}年{sent.month}月{sent.day}日 {clock}",
        f"主　题：【{f['insurer']}】您的电子保单已生成（投保单号：{_proposal(f, rng)}）",
        "附　件：电子保单.pdf（1个）",
    )
    y = 52
    for line in lines:
        while line:  # the mail client wraps a long subject under itself
            cut = len(line)
            while cut > 1 and draw.textlength(line[:cut], font=face) > w - 120:
                cut -= 1
            draw.text((60, y), line[:cut], font=face, fill=(40, 40, 40))
            line = "　　　　" + line[cut:] if cut < len(line) else ""
            y += size + 14
    draw.line((40, head - 12, w - 40, head - 12), fill=(200, 200, 200), width=2)
    return [page]


def _curled(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page lying curled: it rises toward one side edge, so text lines bow and the letters near
    that edge are squeezed and shaded."""
    arr = np.asarray(page).astype(np.float32)
    h, w = arr.shape[:2]
    u = np.linspace(0.0, 1.0, w, dtype=np.float32)
    if rng.random() < 0.5:
        u = u[::-1]
    a = rng.uniform(0.6, 1.2)
    src_u = (u + a * u**4) / (1 + a)  # more of the page per pixel where it curls away
    if u[0] > u[-1]:
        src_u = 1 - src_u
    map_x = np.tile(src_u * (w - 1), (h, 1)).astype(np.float32)
    bow = rng.uniform(10, 26) * (2 * np.linspace(0.0, 1.0, w, dtype=np.float32) - 1) ** 2
    map_y = (np.arange(h, dtype=np.float32)[:, None] - bow[None, :] + bow.mean()).astype(np.float32)
    bg = tuple(int(v) for v in arr[2, 2])
    warped = cv2.remap(arr, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bg)
    shade = 1 - rng.uniform(0.15, 0.3) * u**3
    return _to_image(warped * shade[None, :, None])


def p_curled_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy with its beneficiary in the special terms, photographed lying curled on the desk."""
    return [_curled(page, rng) for page in p_special_terms(f, font, rng)]


def i_phone_shadow(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The phone's own shadow across the invoice: a hard-edged band, half as bright and a little
    blue, crossing rows of the table."""
    page = i_taxpayer_id(f, font, rng)[0]
    w, h = page.size
    mask = Image.new("L", (w, h), 0)
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.35, 0.65)
    half_w, half_h = w * rng.uniform(0.14, 0.22), h * rng.uniform(0.6, 0.9)
    angle = np.radians(rng.uniform(-35, 35))
    corners = [(-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)]
    ImageDraw.Draw(mask).polygon(
        [
            (cx + x * np.cos(angle) - y * np.sin(angle), cy + x * np.sin(angle) + y * np.cos(angle))
            for x, y in corners
        ],
        fill=255,
    )
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(rng.uniform(3, 9))), np.float32)[..., None] / 255
    dark = rng.uniform(0.42, 0.55)
    tint = np.array([1 - dark, 1 - dark + 0.02, 1 - dark + 0.06])
    arr = np.asarray(page, np.float32) * (1 - m * (1 - tint[None, None, :]))
    return [_to_image(arr)]


def i_card_slip(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card terminal's slip for the deposit stapled beside the invoice and photographed with it:
    its own amount, day and time, merchant, terminal and card numbers in a narrow column."""
    invoice = i_classic(f, font, rng)[0]
    w, h = invoice.size
    sw, size = rng.randint(320, 380), rng.randint(17, 19)
    deposit = rng.randrange(2, 30) * 1000
    paid = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(0, 10))
    rows = (
        "银联POS签购单",
        "持卡人存根",
        f"商户名称：{f['seller_name']}",
        f"商户编号：{_digits(rng, 15)}",
        f"终端编号：{_digits(rng, 8)}",
        f"卡号：6222****{_digits(rng, 4)}",
        f"交易类型：{rng.choice(('消费', '预授权完成'))}",
        f"批次号：{_digits(rng, 6)}",
        f"凭证号：{_digits(rng, 6)}",
        f"日期时间：{paid:%Y/%m/%d} {rng.randint(9, 20)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
        f"金额：RMB {deposit:,}.00",
        "持卡人签名：",
        "本人确认以上交易",
    )
    slip = Page(sw, 70 + len(rows) * (size + 20) + 40, font, rng, background=(246, 246, 240))
    y = 30
    for i, row in enumerate(rows):
        s = slip.fit(row, size, sw - 40)
        slip.text(20, y, row, s + (3 if i == 0 else 0))
        y += size + 20 + (10 if i == 0 else 0)
    turned = slip.image.convert("RGBA").rotate(
        rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BILINEAR
    )
    desk = rng.choice(((95, 100, 108), (120, 105, 90), (70, 75, 80)))
    overlap = rng.randint(10, 30)
    tw, th = turned.size
    canvas = Image.new("RGB", (20 + w - overlap + tw + 20, max(h, th) + 40), desk)
    canvas.paste(invoice, (20, 20))
    canvas.paste(turned, (20 + w - overlap, 20 + rng.randint(0, max(0, h - th))), turned)
    return [canvas]


def _slanted(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card photographed at a slant: its far edge a fraction of the near one, the card
    foreshortened, the desk showing in the corners the card no longer fills."""
    w, h = card.size
    far = rng.uniform(0.72, 0.84)
    depth = rng.uniform(0.8, 0.92)
    inset = w * (1 - far) / 2
    quad = {
        "top": [(inset, h * (1 - depth)), (w - inset, h * (1 - depth)), (w, h), (0, h)],
        "bottom": [(0, 0), (w, 0), (w - inset, h * depth), (inset, h * depth)],
        "left": [
            (w * (1 - depth), h * (1 - far) / 2),
            (w, 0),
            (w, h),
            (w * (1 - depth), h - h * (1 - far) / 2),
        ],
        "right": [(0, 0), (w * depth, h * (1 - far) / 2), (w * depth, h - h * (1 - far) / 2), (0, h)],
    }[rng.choice(("top", "bottom", "left", "right"))]
    return _onto(card, quad, rng.choice(((60, 60, 65), (110, 120, 130), (95, 80, 75))))


def _onto(image: Image.Image, quad: list[tuple[float, float]], desk: tuple[int, int, int]) -> Image.Image:
    """`image` with its corners (TL, TR, BR, BL) moved to `quad` in a frame of its own size, the
    desk's colour where it no longer reaches: a flat document seen at an angle."""
    w, h = image.size
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, np.array(quad, np.float32))
    return Image.fromarray(
        cv2.warpPerspective(np.asarray(image), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=desk)
    )


def _sleeve(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card left in its clear plastic sleeve: a milky film lifts the blacks, bright streaks where
    the plastic catches the light, and the print a little soft behind it."""
    arr = np.asarray(card.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2))), np.float32)
    h, w = arr.shape[:2]
    haze = rng.uniform(0.18, 0.3)
    arr = arr * (1 - haze) + 238 * haze
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(1, 3)):
        angle = np.radians(rng.uniform(20, 70))
        offset = rng.uniform(-0.4, 0.4) * w
        dist = (xx - w / 2) * np.cos(angle) + (yy - h / 2) * np.sin(angle) - offset
        arr += rng.uniform(30, 60) * np.exp(-((dist / rng.uniform(10, 30)) ** 2))[..., None]
    return _to_image(arr)


def id_front_slanted(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_slanted(render_front(f, font, rng, None), rng)]


def id_back_sleeve(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_sleeve(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the thirteenth set (2026-12-01)
# Written before the twelfth set was measured, so before any of its results were read.


def _carbon(page: Image.Image, rng: random.Random) -> Image.Image:
    """The second part of a carbonless form: the print came through the copy sheet as blue-violet
    marks, heavier where the pen or the print head pressed harder, on tinted paper."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    gray = np.asarray(page.convert("L"), np.float32) / 255
    ink = 1 - gray
    if rng.random() < 0.5:
        ink = np.asarray(cv2.dilate(ink, np.ones((2, 2), np.uint8)), np.float32)
    ink = np.asarray(cv2.GaussianBlur(ink, (0, 0), rng.uniform(1.0, 1.8)), np.float32)
    h, w = ink.shape
    cell = rng.randint(40, 90)
    pressure = cv2.resize(
        nrng.uniform(0.45, 1.0, (h // cell + 2, w // cell + 2)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    ink = np.clip(ink * pressure * rng.uniform(0.8, 1.0), 0, 1)[..., None]
    paper = np.array(
        rng.choice(((250, 228, 232), (250, 246, 214), (226, 242, 228), (230, 238, 250))), np.float32
    )
    violet = np.array(rng.choice(((70, 60, 150), (50, 60, 130), (95, 60, 140))), np.float32)
    out = paper[None, None, :] * (1 - ink) + violet[None, None, :] * ink
    out += nrng.normal(0, 4, out.shape)
    return _to_image(out)


def c_carbon_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The buyer's carbon copy of an all-in-sentences contract (the dealer kept the top sheet)."""
    return [_carbon(page, rng) for page in c_inline(f, font, rng)]


def c_bank_details(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's letterhead contract that also names the bank that collects the price (a company
    name that is not the seller), the salesperson (a name that is not the buyer) and a deposit
    (an amount that is not the price)."""
    flow = _contract_flow(font, rng, rng.choice(("整车销售合同", "汽车买卖合同")))
    flow.pages[0].text(flow.margin, 18, f["seller_name"], 20, (120, 30, 30))
    flow.pages[0].draw.line((flow.margin, 48, flow.width - flow.margin, 48), fill=(120, 30, 30), width=2)
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    staff = rng.choice(("王", "李", "陈", "赵")) + rng.choice(("晓峰", "思远", "丽娜", "建军", "雨涵"))
    flow.pair(f"卖方：{f['seller_name']}", f"销售顾问：{staff}")
    flow.pair(f"买方：{f['buyer_name']}", f"联系电话：1{rng.choice('3589')}{_digits(rng, 9)}")
    flow.line(f"买方证件号码：{f['buyer_id_number']}")
    flow.line("一、车辆")
    flow.para(f"车型：{rng.choice(('大众ID.4', '丰田凯美瑞', '本田雅阁'))}，车架号：{f['vin']}。")
    deposit = rng.randrange(1, 10) * 5000
    flow.line("二、价款与支付")
    flow.para(
        f"本车成交价{_money(f['vehicle_price'], rng)}，大写{_words(f['vehicle_price'])}。买方于签订"
        f"本合同时支付订金{deposit:,}.00元，余款以贷款方式支付。"
    )
    bank = rng.choice(("中国建设银行", "中国工商银行", "招商银行", "交通银行"))
    flow.para(
        f"卖方收款账户：户名：{f['seller_name']}；开户行：{bank}股份有限公司"
        f"{rng.choice(('西湖', '滨江', '天河', '浦东'))}支行；账号：{_digits(rng, 19)}。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    flow.line(f"日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _keystone(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page photographed standing over it at an angle: its far edge much narrower than the near
    one, so lines shrink up the page; the photo step then adds the desk."""
    w, h = page.size
    far = rng.uniform(0.62, 0.78)
    inset = w * (1 - far) / 2
    depth = rng.uniform(0.82, 0.92)
    quad = [(inset, h * (1 - depth)), (w - inset, h * (1 - depth)), (w, h), (0, h)]
    if rng.random() < 0.3:
        quad = [(0, 0), (w, 0), (w - inset, h * depth), (inset, h * depth)]
    return _onto(page, quad, rng.choice(((70, 70, 75), (120, 100, 80), (150, 150, 150))))


def p_keystone_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A list-style policy photographed from the chair: strongly foreshortened toward the top."""
    return [_keystone(page, rng) for page in p_kv_list(f, font, rng)]


def p_screen_moire(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-column policy open on a computer screen and photographed from it: the screen's pixel
    grid beats with the camera's into moiré bands, colours fringe and the white is a grey-blue."""
    page = p_two_column(f, font, rng)[0]
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = np.radians(rng.uniform(-12, 12))
    period = rng.uniform(7, 16)
    u = xx * np.cos(angle) + yy * np.sin(angle)
    bands = 1 - rng.uniform(0.1, 0.2) * (0.5 + 0.5 * np.sin(2 * np.pi * u / period))
    phase = np.stack([np.sin(2 * np.pi * (xx / 3 + k / 3)) for k in range(3)], -1)
    arr = arr * bands[..., None] * (1 + 0.06 * phase)
    white = np.array(rng.choice(((215, 225, 240), (225, 228, 235), (205, 215, 230))), np.float32) / 255
    arr = arr * white[None, None, :] + rng.uniform(10, 25)
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.6, 1.0))
    bezel = rng.randint(30, 60)
    canvas = np.full((h + 2 * bezel, w + 2 * bezel, 3), rng.randint(15, 35), np.float32)
    canvas[bezel : bezel + h, bezel : bezel + w] = arr
    return [_to_image(canvas)]


def i_carbon_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The register copy of the 2006 form: the printer's impact came through the carbon."""
    return [_carbon(page, rng) for page in i_old_generation(f, font, rng)]


def i_crumpled(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice crumpled in a pocket and smoothed out: creases cross it at random angles, each a
    bright and a dark side, and the paper between them is bent so lines wander."""
    return [_crumple(i_taxpayer_id(f, font, rng)[0], rng, (90, 160), (4, 9))]


def _crumple(
    page: Image.Image, rng: random.Random, cells: tuple[int, int], creases: tuple[int, int]
) -> Image.Image:
    """`page` crumpled and smoothed out: bent on a grid of cells `cells` pixels apart, crossed by
    `creases` creases."""
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    cell = rng.randint(*cells)
    dx, dy = (
        cv2.resize(
            nrng.normal(0, rng.uniform(2.5, 5), (h // cell + 2, w // cell + 2)).astype(np.float32),
            (w, h),
            interpolation=cv2.INTER_CUBIC,
        )
        for _ in range(2)
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bent = cv2.remap(arr, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    light = np.ones((h, w), np.float32)
    for _ in range(rng.randint(*creases)):
        angle = rng.uniform(0, np.pi)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        dist = (xx - cx) * np.cos(angle) + (yy - cy) * np.sin(angle)
        side = rng.uniform(0.05, 0.14)
        light *= 1 + side * np.tanh(dist / 3) * np.exp(-np.abs(dist) / rng.uniform(20, 60))
        light *= 1 - rng.uniform(0.1, 0.25) * np.exp(-((dist / 1.5) ** 2))
    return _to_image(bent * light[..., None])


def _night(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card photographed under a warm lamp at night: dark, orange, and the sensor's grain
    amplified to make up for the light, smoothed by the phone's denoiser."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(card, np.float32) * rng.uniform(0.35, 0.5)
    arr *= np.array((1.15, 0.95, 0.7), np.float32)[None, None, :]
    arr += nrng.normal(0, rng.uniform(9, 14), arr.shape)
    arr = np.asarray(cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.6, 1.0)), np.float32)
    return _to_image(arr)


def _shaken(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card photographed with a shaking hand: a long straight motion blur in one direction."""
    size = rng.randint(7, 11)
    return Image.fromarray(cv2.filter2D(np.asarray(card), -1, motion_kernel(size, rng.uniform(0, 180))))


def id_front_night(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_night(render_front(f, font, rng, None), rng)]


def id_back_shaken(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_shaken(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the fourteenth set (2026-12-01)
# Written before the thirteenth set was measured, so before any of its results were read.


def c_two_up_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An articles contract printed two pages to a sheet (2-up) to save paper: each page at about
    70% side by side on one landscape sheet, so the reading runs down the left page, then the
    right."""
    pages = c_prose_articles(f, font, rng)
    w, h = pages[0].size
    scale = rng.uniform(0.66, 0.72)
    pw, ph = int(w * scale), int(h * scale)
    gap = rng.randint(30, 60)
    sheets = []
    for i in range(0, len(pages), 2):
        sheet = Image.new("RGB", (2 * pw + 3 * gap, ph + 2 * gap), (252, 252, 250))
        for j, page in enumerate(pages[i : i + 2]):
            small = page.resize((pw, ph), Image.Resampling.LANCZOS)
            sheet.paste(small, (gap + j * (pw + gap), gap))
        sheets.append(sheet)
    return sheets


def _marker(page: Image.Image, n: int, rng: random.Random) -> Image.Image:
    """Highlighter strokes over `n` of the page's text lines (found as bands of inked rows), as a
    careful buyer marks what matters to them: the ink over the text takes the marker's colour."""
    arr = np.asarray(page, np.float32)
    gray = arr.mean(axis=2)
    ink_rows = np.where((gray < 140).sum(axis=1) > 3)[0]
    if not len(ink_rows):
        return page
    # Bands of consecutive ink rows are text lines; mark a few of them at random.
    bands, start = [], ink_rows[0]
    for a, b in itertools.pairwise(ink_rows):
        if b - a > 3:
            bands.append((start, a))
            start = b
    bands.append((start, ink_rows[-1]))
    bands = [(y0, y1) for y0, y1 in bands if 14 <= y1 - y0 <= 60]
    colour = np.array(rng.choice(((255, 240, 90), (170, 240, 120), (255, 190, 220))), np.float32)
    for y0, y1 in rng.sample(bands, min(len(bands), n)):
        cols = np.where((gray[y0:y1] < 140).any(axis=0))[0]
        if not len(cols):
            continue
        x0 = max(0, int(cols[0]) - rng.randint(0, 20))
        x1 = min(arr.shape[1], int(cols[-1]) + rng.randint(0, 20))
        region = arr[y0 - 3 : y1 + 3, x0:x1]
        arr[y0 - 3 : y1 + 3, x0:x1] = region * (colour / 255)[None, None, :]
    return _to_image(arr)


def c_highlighted(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A table contract the buyer went over with a highlighter before sending it."""
    return [_marker(page, rng.randint(3, 6), rng) for page in c_table_classic(f, font, rng)]


def _folded_thirds(page: Image.Image, rng: random.Random) -> Image.Image:
    """A letter folded in three for its envelope and opened again: two creases across it, each
    panel lit a little differently and shifted a few pixels against the next."""
    arr = np.asarray(page, np.float32).copy()
    h = arr.shape[0]
    cuts = [int(h / 3 + rng.uniform(-15, 15)), int(2 * h / 3 + rng.uniform(-15, 15))]
    edges = [0, *cuts, h]
    for i in range(3):
        y0, y1 = edges[i], edges[i + 1]
        panel = arr[y0:y1] * rng.uniform(0.85, 1.02)
        shift = rng.randint(-4, 4)
        arr[y0:y1] = np.roll(panel, shift, axis=1)
    for y in cuts:
        yy = np.arange(h, dtype=np.float32)[:, None]
        arr *= (1 - rng.uniform(0.15, 0.3) * np.exp(-(((yy - y) / 2.5) ** 2)))[..., None]
    return _to_image(arr)


def p_folded_thirds(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A footer-insurer policy that came by post, folded in three."""
    return [_folded_thirds(page, rng) for page in p_footer_insurer(f, font, rng)]


def _low_toner(page: Image.Image, rng: random.Random) -> Image.Image:
    """A laser printer low on toner: print fades in vertical bands and grows faint toward one side."""
    arr = np.asarray(page, np.float32)
    w = arr.shape[1]
    xs = np.linspace(0, 1, w, dtype=np.float32)
    fade = rng.uniform(0.25, 0.5) * (xs if rng.random() < 0.5 else xs[::-1])
    for _ in range(rng.randint(2, 4)):
        cx, width = rng.uniform(0, 1), rng.uniform(0.02, 0.06)
        fade += rng.uniform(0.2, 0.4) * np.exp(-(((xs - cx) / width) ** 2))
    fade = np.clip(fade, 0, 0.7)[None, :, None]
    return _to_image(arr + (250 - arr) * fade)


def p_low_toner(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A classic policy schedule printed by a dealer's printer running out of toner."""
    return [_low_toner(page, rng) for page in p_table_classic(f, font, rng)]


def _fingers(page: Image.Image, rng: random.Random, n: int) -> Image.Image:
    """Fingers holding the document up to the camera: skin-coloured shapes over its edges, reaching
    a little way in."""
    w, h = page.size
    canvas = page.copy()
    draw = ImageDraw.Draw(canvas)
    skin = rng.choice(((224, 182, 152), (198, 150, 120), (236, 200, 172)))
    for _ in range(n):
        side = rng.choice(("left", "right", "bottom"))
        reach, thick = rng.uniform(0.04, 0.08), rng.uniform(0.05, 0.09)
        if side == "bottom":
            cx, cy = w * rng.uniform(0.15, 0.85), float(h)
            rx, ry = w * thick / 2, h * reach * 2
        else:
            cx, cy = float(0 if side == "left" else w), h * rng.uniform(0.2, 0.9)
            rx, ry = w * reach, h * thick * 1.6
        draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=skin)
    return canvas.filter(ImageFilter.GaussianBlur(0.6))


def i_held_in_hand(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice held up in one hand: thumbs and fingers over its left, right or bottom edge."""
    return [_fingers(i_label_above(f, font, rng)[0], rng, rng.randint(2, 3))]


def i_two_up_receipt(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The 2006 form and its register copy photographed together, one above the other on the desk:
    every value twice, the copy paler and a little askew."""
    top = i_old_generation(f, font, rng)[0]
    copy = _low_toner(top, rng).rotate(rng.uniform(-2, 2), expand=True, fillcolor=(90, 95, 100))
    w, h = top.size
    gap = rng.randint(20, 50)
    canvas = Image.new("RGB", (max(w, copy.width) + 40, h + copy.height + gap + 40), (90, 95, 100))
    canvas.paste(top, (20, 20))
    canvas.paste(copy, (20 + rng.randint(-10, 10) + 10, 20 + h + gap))
    return [canvas]


def id_front_thumb(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card held between thumb and finger: one over each of two edges."""
    return [_fingers(render_front(f, font, rng, None), rng, 2)]


def _jpeg_blocks(
    card: Image.Image,
    rng: random.Random,
    *,
    rounds: int = 2,
    scale: tuple[float, float] = (0.6, 0.8),
    quality: tuple[int, int] = (12, 22),
) -> Image.Image:
    """A photo sent on through a chat app (by default twice): made smaller and compressed hard each
    time, then shown at its old size."""
    image = card
    for _ in range(rounds):
        w, h = image.size
        s = rng.uniform(*scale)
        image = image.resize((int(w * s), int(h * s)), Image.Resampling.BILINEAR)
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=rng.randint(*quality))
        image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return image.resize(card.size, Image.Resampling.BILINEAR)


def id_back_chat_forwarded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_jpeg_blocks(render_back(f, font, rng), rng)]


# ---------------------------------------------------------------- the fifteenth set (2026-12-01)
# Written before the fourteenth set was measured, so before any of its results were read.


def _fluorescent(card: Image.Image, rng: random.Random) -> Image.Image:
    """A card photographed under office tubes: a green-blue cast, and the lamps' flicker caught by
    the rolling shutter as soft bright and dark bands across it."""
    arr = np.asarray(card, np.float32)
    arr = arr * np.array((rng.uniform(0.82, 0.9), 1.0, rng.uniform(0.92, 1.0)), np.float32)[None, None, :]
    h = arr.shape[0]
    period = rng.uniform(0.12, 0.3) * h
    phase = rng.uniform(0, 2 * np.pi)
    ys = np.arange(h, dtype=np.float32)
    bands = 1 + rng.uniform(0.12, 0.22) * np.sin(2 * np.pi * ys / period + phase)
    return _to_image(arr * bands[:, None, None])


def id_front_fluorescent(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [_fluorescent(render_front(f, font, rng, None), rng)]


def id_back_lid_open(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card scanned on a flatbed with its lid left open: black all round it, the card itself
    overexposed, pale print on near-white."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    gain = rng.uniform(1.15, 1.3)
    card = np.clip(255 - (255 - card) / gain + rng.uniform(5, 15), 0, 255)
    h, w = card.shape[:2]
    canvas = np.full((int(h * rng.uniform(1.5, 2.0)), int(w * rng.uniform(1.4, 1.8)), 3), 12, np.float32)
    y, x = rng.randint(20, canvas.shape[0] - h - 20), rng.randint(20, canvas.shape[1] - w - 20)
    canvas[y : y + h, x : x + w] = card
    return [Image.fromarray(canvas.astype(np.uint8))]


def _coffee(page: Image.Image, rng: random.Random) -> Image.Image:
    """A coffee cup set down on the page: brown rings, darker at their rim, the paper inside them
    tinted, text under them still there."""
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(1, 2)):
        cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.08, 0.14) * w
        dist = np.hypot(xx - cx, yy - cy)
        stain = 0.18 * (dist < r) + 0.45 * np.exp(-(((dist - r) / 4.0) ** 2))
        tint = np.array((0.75, 0.55, 0.35), np.float32)  # what brown leaves of white per channel
        arr = arr * (1 - stain[..., None] * (1 - tint)[None, None, :])
    return _to_image(arr)


def c_coffee_stain(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A sales-party contract that sat under a coffee cup."""
    return [_coffee(page, rng) for page in c_sales_party(f, font, rng)]


def _yellowed(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page kept for years: the paper yellowed, the print faded toward brown, foxing spots."""
    arr = np.asarray(page, np.float32)
    ink = 1 - arr.mean(axis=2, keepdims=True) / 255
    paper = np.array((238, 222, 178), np.float32) * rng.uniform(0.95, 1.0)
    brown = np.array((95, 70, 45), np.float32)
    out = paper[None, None, :] * (1 - ink * 0.85) + brown[None, None, :] * (ink * 0.85)
    nrng = np.random.default_rng(rng.randrange(2**32))
    h, w = out.shape[:2]
    for _ in range(rng.randint(6, 14)):
        cx, cy, r = nrng.uniform(0, w), nrng.uniform(0, h), nrng.uniform(3, 12)
        y0, y1, x0, x1 = int(max(0, cy - r)), int(min(h, cy + r)), int(max(0, cx - r)), int(min(w, cx + r))
        out[y0:y1, x0:x1] *= np.array((0.92, 0.85, 0.75), np.float32)
    return _to_image(out)


def c_yellowed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A sell/buy-pairs contract on paper yellowed with age."""
    return [_yellowed(page, rng) for page in c_sell_buy_pairs(f, font, rng)]


def _flash(page: Image.Image, rng: random.Random) -> Image.Image:
    """The phone's flash fired close to a glossy page: a white hot spot washing out what is under
    it, the corners darker."""
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.3, 0.7) * h
    spot = np.exp(-(((xx - cx) / (0.1 * w)) ** 2 + ((yy - cy) / (0.08 * h)) ** 2))
    strength = rng.uniform(0.55, 0.8)
    vignette = 1 - 0.25 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 4
    out = arr * vignette[..., None] + (255 - arr * vignette[..., None]) * (strength * spot)[..., None]
    return _to_image(out)


def p_flash_hotspot(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-column policy photographed with the flash on."""
    return [_flash(page, rng) for page in p_two_column(f, font, rng)]


def _ink_bleed(page: Image.Image, rng: random.Random) -> Image.Image:
    """An inkjet on cheap absorbent paper: every stroke spreads and feathers, counters fill in."""
    gray = np.asarray(page.convert("L"), np.float32) / 255
    ink = 1 - gray
    ink = np.asarray(cv2.dilate(ink, np.ones((2, 2), np.uint8)), np.float32)
    ink = np.asarray(cv2.GaussianBlur(ink, (0, 0), rng.uniform(0.8, 1.2)), np.float32)
    ink = np.clip(ink * rng.uniform(1.2, 1.5), 0, 1)
    colour = np.asarray(page, np.float32)
    darkest = np.array((30, 30, 40), np.float32)
    out = colour * (1 - ink[..., None]) + darkest[None, None, :] * ink[..., None]
    return _to_image(out)


def p_ink_bleed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A key-value policy printed on an inkjet on absorbent paper."""
    return [_ink_bleed(page, rng) for page in p_kv_list(f, font, rng)]


def _dot_matrix(page: Image.Image, rng: random.Random) -> Image.Image:
    """Printed by a 24-pin dot-matrix printer, as invoices long were: each stroke a run of round
    dots on the print head's grid, the ribbon fading."""
    gray = np.asarray(page.convert("L"), np.float32)
    step = rng.choice((2, 3))
    ink = gray < 150
    grid = np.zeros_like(ink)
    grid[::step, ::step] = True
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (step + 1, step + 1))
    dots = np.asarray(cv2.dilate((ink & grid).astype(np.uint8), kernel), np.float32)
    fade = rng.uniform(0.55, 0.85)
    arr = np.asarray(page, np.float32).copy()
    paper = np.where(ink[..., None], 250.0, arr)  # the original glyphs are gone: only dots print
    ribbon = np.array((40, 40, 70), np.float32)
    out = paper * (1 - fade * dots[..., None]) + ribbon[None, None, :] * (fade * dots[..., None])
    return _to_image(out)


def i_dot_matrix(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The classic invoice as a dealer's dot-matrix printer fills in the pre-printed form."""
    return [_dot_matrix(page, rng) for page in i_classic(f, font, rng)]


def _window_light(page: Image.Image, rng: random.Random) -> Image.Image:
    """Daylight from a window beside the desk: bright on one side and falling off across the page,
    the window frame's shadow a soft cross over it."""
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    along = ((xx / w - 0.5) * np.cos(angle) + (yy / h - 0.5) * np.sin(angle)) + 0.5
    light = 1.1 - rng.uniform(0.35, 0.55) * np.clip(along, 0, 1)
    bx, by = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    bar = rng.uniform(0.03, 0.05)
    light *= 1 - 0.3 * np.exp(-(((xx - bx) / (bar * w)) ** 2))
    light *= 1 - 0.3 * np.exp(-(((yy - by) / (bar * h)) ** 2))
    return _to_image(arr * light[..., None])


def i_window_light(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A taxpayer-ID invoice on a desk by the window."""
    return [_window_light(page, rng) for page in i_taxpayer_id(f, font, rng)]


# ---------------------------------------------------------------- the sixteenth set (2026-12-02)
# Written before the fifteenth set was measured, so before any of its results were read.


def id_front_old_phone(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card shot on an old phone: a small, noisy sensor image saved at low JPEG quality, then
    sent on as it was."""
    card = np.asarray(render_front(f, font, rng, None))
    scale = rng.uniform(0.42, 0.55)
    small = np.asarray(cv2.resize(card, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    small += nrng.normal(0, rng.uniform(5, 9), small.shape).astype(np.float32)
    ok, data = cv2.imencode(
        ".jpg", np.clip(small, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(30, 45)]
    )
    if not ok:
        raise ValueError("the photo could not be encoded")
    return [Image.fromarray(np.asarray(cv2.imdecode(data, cv2.IMREAD_UNCHANGED), np.uint8))]


def id_back_edge_cut(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed with one edge just outside the frame: a strip of its border is gone
    (its outline has three sides and the wrong shape), the print is all there."""
    card = render_back(f, font, rng)
    w, h = card.size
    cut = rng.uniform(0.04, 0.07)
    box = rng.choice(((int(w * cut), 0, w, h), (0, int(h * cut), w, h), (0, 0, w, h - int(h * cut))))
    return [card.crop(box)]


def c_vehicle_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The buyer and seller in one opening sentence, the car in a grid whose labels head its
    columns with the values in the row below, the contract number and date in the closing lines."""
    flow = _contract_flow(font, rng, rng.choice(("汽车订购合同", "机动车销售合同", "购车合同")))
    flow.para(
        f"买方{f['buyer_name']}（身份证号码{f['buyer_id_number']}）向卖方{f['seller_name']}"
        "购买下列车辆，经双方协商一致，订立本合同，共同遵守。"
    )
    flow.line("一、车辆信息")
    flow.table(
        [0.22, 0.38, 0.18, 0.22],
        [
            [("品牌型号", 1), ("车辆识别代号", 1), ("颜色", 1), ("发动机号", 1)],
            [("长安CS75", 1), (f["vin"], 1), (rng.choice(("白色", "灰色", "蓝色")), 1), (_engine(rng), 1)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.line("二、价格")
    flow.table(
        [0.3, 0.7],
        [
            [("成交总价", 1), (_money(f["vehicle_price"], rng), 1)],
            [("金额大写", 1), (_words(f["vehicle_price"]), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=90)
    flow.pair(f"本合同编号：{f['contract_number']}", f"订立日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _dog_ear(page: Image.Image, rng: random.Random) -> Image.Image:
    """A bottom corner folded over: a triangle of the page's plain back where the corner was, a
    soft shadow along the fold."""
    arr = np.asarray(page, np.float32).copy()
    h, w = arr.shape[:2]
    leg = rng.uniform(0.08, 0.12) * w
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    across = xx if rng.random() < 0.5 else (w - 1 - xx)
    inside = across + (h - 1 - yy)  # distance from the corner along both edges
    fold = inside < leg
    arr[fold] = np.array((228, 226, 220), np.float32) * rng.uniform(0.92, 1.0)
    shadow = np.exp(-(((inside - leg) / 6.0) ** 2)) * (inside >= leg)
    arr *= (1 - 0.35 * shadow)[..., None]
    return _to_image(arr)


def c_dog_eared(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A numbered-clauses contract carried folded at a corner (dog-eared)."""
    return [_dog_ear(page, rng) for page in c_numbered_clauses(f, font, rng)]


def _through_plastic(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page inside a clear plastic sleeve: a milky haze over it and the room's lights reflected
    as bright streaks across it."""
    arr = np.asarray(page, np.float32)
    haze = rng.uniform(0.08, 0.14)
    arr = arr * (1 - haze) + 235 * haze
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(1, 2)):
        angle = rng.uniform(-0.6, 0.6)
        offset = rng.uniform(0.2, 0.8) * (w + h) / 2
        dist = (xx * np.cos(angle) + yy * np.sin(angle) - offset) / (rng.uniform(0.015, 0.03) * w)
        streak = rng.uniform(0.4, 0.6) * np.exp(-(dist**2))
        arr = arr + (255 - arr) * streak[..., None]
    return _to_image(arr)


def p_in_sleeve(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A header-grid policy kept in a clear plastic sleeve and photographed through it."""
    return [_through_plastic(page, rng) for page in p_header_grid(f, font, rng)]


def _gutter(page: Image.Image, rng: random.Random, left: bool) -> Image.Image:
    """A page of a stapled booklet photocopied open: the spine side squeezed and dark where it
    lifted off the glass, the copier's grey everywhere."""
    arr = np.asarray(page.convert("L"), np.float32)
    h, w = arr.shape
    band = rng.uniform(0.08, 0.13) * w
    xs = np.arange(w, dtype=np.float32)
    near = np.clip(1 - (xs if left else (w - 1 - xs)) / band, 0, 1)  # 1 at the spine, 0 past the band
    # The print curving down into the spine is foreshortened: x is squeezed toward it.
    squeeze = 0.35 * near**2 * band
    src = xs + (squeeze if left else -squeeze)
    warped = cv2.remap(
        arr,
        np.tile(src, (h, 1)),
        np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w)),
        cv2.INTER_LINEAR,
        borderValue=255.0,
    )
    dark = 1 - rng.uniform(0.55, 0.75) * near**1.5
    grey = np.asarray(warped, np.float32) * dark[None, :] * rng.uniform(0.9, 0.96)
    nrng = np.random.default_rng(rng.randrange(2**32))
    grey += nrng.normal(0, 4, grey.shape).astype(np.float32)
    return _to_image(grey).convert("RGB")


def p_booklet_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A multi-page policy booklet photocopied open, page by page, the spine on alternate sides."""
    first_left = rng.random() < 0.5
    return [
        _gutter(page, rng, (i % 2 == 0) == first_left) for i, page in enumerate(p_multi_page(f, font, rng))
    ]


def _black_and_white(page: Image.Image, rng: random.Random) -> Image.Image:
    """Scanned in black-and-white mode at a low resolution: every pixel ink or paper, strokes
    jagged, thin ones broken, the red seal as black as the text."""
    grey = np.asarray(page.convert("L"), np.float32)
    h, w = grey.shape
    scale = rng.uniform(0.55, 0.7)
    small = np.asarray(
        cv2.resize(grey, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA), np.float32
    )
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = small + np.asarray(nrng.normal(0, 6, small.shape), np.float32)
    ink = np.where(noisy < rng.uniform(160, 185), 0, 255).astype(np.uint8)
    back = cv2.resize(ink, (w, h), interpolation=cv2.INTER_NEAREST)
    return Image.fromarray(back).convert("RGB")


def i_black_and_white(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An old-generation invoice scanned in black-and-white mode by a dealer's office scanner."""
    return [_black_and_white(page, rng) for page in i_old_generation(f, font, rng)]


def i_hand_moved(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A compact invoice photographed as the hand moved: a short straight blur in one direction."""
    size = rng.randint(5, 8)
    kernel = motion_kernel(size, rng.uniform(0, 180))
    return [Image.fromarray(cv2.filter2D(np.asarray(page), -1, kernel)) for page in i_compact(f, font, rng)]


# ---------------------------------------------------------------- the seventeenth set (2026-12-02)
# Written before the sixteenth set was measured, so before any of its results were read.


def id_front_on_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photo of the card shown on another phone's screen: the screen's pixel stripes, a moire
    where they beat against the camera's, a cold cast."""
    arr = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    stripes = 1 - rng.uniform(0.08, 0.14) * (np.mod(xx, 3) == 2)
    angle = rng.uniform(-0.4, 0.4)
    beat = 1 + rng.uniform(0.05, 0.09) * np.sin(
        2 * np.pi * (xx * np.cos(angle) + yy * np.sin(angle)) / rng.uniform(18, 32)
    )
    cast = np.array((rng.uniform(0.86, 0.93), rng.uniform(0.95, 1.0), 1.0), np.float32)
    out = arr * (stripes * beat)[..., None] * cast[None, None, :]
    return [_to_image(out)]


def id_back_dim_noisy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed in a dim room: dark, warm, the sensor's noise over everything."""
    arr = np.asarray(render_back(f, font, rng), np.float32) / 255
    arr = arr ** rng.uniform(1.2, 1.5) * rng.uniform(0.42, 0.55)
    arr = arr * np.array((1.0, rng.uniform(0.88, 0.94), rng.uniform(0.72, 0.82)), np.float32)[None, None, :]
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = np.clip(arr * 255 + nrng.normal(0, rng.uniform(7, 11), arr.shape), 0, 255).astype(np.uint8)
    return [Image.fromarray(np.asarray(cv2.GaussianBlur(noisy, (0, 0), 0.7), np.uint8))]


def c_upside_down(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A table contract photographed from across the desk: every page upside down."""
    return [page.rotate(180) for page in c_table_classic(f, font, rng)]


def _forwarded_page(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page photo sent on through a chat app once, less harshly than a card's photo."""
    return _jpeg_blocks(page, rng, rounds=1, scale=(0.68, 0.8), quality=(22, 35))


def c_chat_forwarded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An articles contract whose pages the dealer forwarded through a chat app."""
    return [_forwarded_page(page, rng) for page in c_prose_articles(f, font, rng)]


def p_thermal_roll(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy slip from a counter's receipt printer: a narrow roll, each label on its own line
    with the value under it, the premium in figures only, the beneficiary in a closing note."""
    flow = Flow(font, rng, width=rng.randint(500, 560), height=1500, size=rng.randint(19, 21), margin=24)
    flow.line(f["insurer"], size=20)
    flow.line("车险电子保单凭条", size=26)
    flow.line("-" * 30)
    for label, value in (
        ("保单号：", f["policy_number"]),
        ("被保险人：", f["insured_name"]),
        ("车架号：", f["vin"]),
        ("起保日期：", _date(f["start_date"], rng)),
        ("终保日期：", _date(f["end_date"], rng)),
        ("实收保费：", _money(f["premium"], rng)),
    ):
        flow.line(label)
        flow.line(value, x=flow.margin + 20)
    flow.line("-" * 30)
    flow.para(f"特别约定：第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"打印时间：{_date(f['start_date'], rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}")
    slip = flow.images()[0]  # the roll is cut below the last line
    return [slip.crop((0, 0, slip.width, int(min(slip.height, flow.y + 40))))]


def _low_dpi(page: Image.Image, rng: random.Random) -> Image.Image:
    """Scanned at a low resolution in grey: detail lost to the scanner's pixels, then enlarged."""
    grey = page.convert("L")
    w, h = grey.size
    s = rng.uniform(0.45, 0.55)
    small = grey.resize((int(w * s), int(h * s)), Image.Resampling.BOX)
    return small.resize((w, h), Image.Resampling.BILINEAR).convert("RGB")


def p_low_dpi_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A compulsory-insurance policy scanned in grey at a low resolution."""
    return [_low_dpi(page, rng) for page in p_compulsory(f, font, rng)]


def _bank_stamp(page: Image.Image, font: str, rng: random.Random) -> Image.Image:
    """A bank's blue rectangular received stamp (银行收讫 and a date) pressed across the middle of
    the page, over whatever is printed there."""
    w, h = page.size
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    bw, bh = int(w * rng.uniform(0.22, 0.3)), int(h * rng.uniform(0.12, 0.16))
    x0, y0 = int(w * rng.uniform(0.3, 0.6)), int(h * rng.uniform(0.35, 0.55))
    ink = (40, 70, 170, rng.randint(150, 200))
    draw.rectangle((x0, y0, x0 + bw, y0 + bh), outline=ink, width=4)
    big = load_font(font, int(bh * 0.32))
    small = load_font(font, int(bh * 0.2))
    draw.text((x0 + bw * 0.12, y0 + bh * 0.1), "银行收讫", font=big, fill=ink)
    draw.text(
        (x0 + bw * 0.12, y0 + bh * 0.6),
        f"{rng.randint(2023, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
        font=small,
        fill=ink,
    )
    layer = layer.rotate(rng.uniform(-12, 12), center=(x0 + bw / 2, y0 + bh / 2))
    return Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")


def i_bank_stamp(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A classic invoice with the bank's received stamp across its middle rows."""
    return [_bank_stamp(page, font, rng) for page in i_classic(f, font, rng)]


def i_chat_forwarded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A taxpayer-ID invoice the dealer forwarded through a chat app."""
    return [_forwarded_page(page, rng) for page in i_taxpayer_id(f, font, rng)]


# ---------------------------------------------------------------- the eighteenth set (2026-12-02)
# Written before the seventeenth set was measured, so before any of its results were read.


def _overexposed(page: Image.Image, rng: random.Random) -> Image.Image:
    """Too much light: everything lifted toward white, the highlights clipped, the ink's contrast
    flattened, the brightest parts bleeding into their neighbours."""
    arr = np.asarray(page.convert("RGB"), np.float32) / 255
    lift = rng.uniform(0.12, 0.2)
    out = lift + (1 - lift) * np.clip(arr * rng.uniform(1.25, 1.45), 0, 1) ** rng.uniform(0.6, 0.75)
    bloom = cv2.GaussianBlur(out, (0, 0), rng.uniform(2.0, 3.5))
    out = np.maximum(out, bloom * rng.uniform(0.85, 0.95))
    return _to_image(out * 255)


def id_front_overexposed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed under a bright lamp: pale, washed-out print."""
    return [_overexposed(render_front(f, font, rng, None), rng)]


def id_back_portrait(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed with the phone held upright: the card lies a quarter-turn round."""
    return [render_back(f, font, rng).rotate(rng.choice((90, 270)), expand=True)]


def c_two_halves(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Each page of a contract photographed in two shots, top half and bottom half, the shots
    overlapping by a few lines (what a phone too close to the page does)."""
    out = []
    for page in c_jia_seller(f, font, rng):
        w, h = page.size
        cut, overlap = int(h * rng.uniform(0.46, 0.54)), int(h * rng.uniform(0.05, 0.09))
        out += [page.crop((0, 0, w, cut + overlap)), page.crop((0, cut - overlap, w, h))]
    return out


def c_fine_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract set in fine print to fit one page: small type, tight lines, the parties
    and the car in a run of numbered clauses."""
    a = Decimal(f["vehicle_price"])
    flow = Flow(font, rng, size=rng.randint(15, 17), margin=rng.randint(45, 60))
    flow.title("汽车销售合同", rng.randint(28, 32))
    flow.line(f"合同编号：{f['contract_number']}    签订日期：{_date(f['sign_date'], rng)}", right=True)
    flow.line(f"卖方：{f['seller_name']}（以下简称甲方）")
    flow.line(f"买方：{f['buyer_name']}（以下简称乙方）  证件号码：{f['buyer_id_number']}")
    flow.para(
        f"一、乙方向甲方购买车辆一台，车辆识别代号：{f['vin']}，发动机号：{_engine(rng)}，"
        f"车辆价款{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），"
        "含增值税，不含购置税、保险费及上牌服务费。"
    )
    down = (a * Decimal("0.2")).quantize(Decimal("1"))
    flow.para(f"二、乙方于本合同签订时支付定金¥{down:,.2f}元，提车时定金抵作车款。")
    _boilerplate(flow, rng, rng.randint(6, 9), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    return flow.images()


def _wide_angle(page: Image.Image, rng: random.Random) -> Image.Image:
    """Photographed close up with a wide lens: straight lines bow outward from the centre, the
    corners darken."""
    arr = np.asarray(page.convert("RGB"))
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy, norm = w / 2, h / 2, max(w, h) / 2
    dx, dy = (xx - cx) / norm, (yy - cy) / norm
    r2 = dx * dx + dy * dy
    k = rng.uniform(0.06, 0.11)
    scale = (1 + k * r2) / (1 + k * 0.5)  # sample further out toward the edges: barrel
    mapx, mapy = cx + dx * scale * norm, cy + dy * scale * norm
    bent = cv2.remap(arr, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    vignette = 1 - rng.uniform(0.25, 0.4) * np.clip(r2 / 1.8, 0, 1)
    return _to_image(bent * vignette[..., None])


def p_wide_angle(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-column policy photographed close up with a phone's wide lens."""
    return [_wide_angle(page, rng) for page in p_two_column(f, font, rng)]


def _stapled_slip(page: Image.Image, lines: list[str], font: str, rng: random.Random) -> Image.Image:
    """A small receipt stapled over the page's lower right corner, a little askew, with its own
    figures and numbers printed on it."""
    w, h = page.size
    sw, sh = int(w * rng.uniform(0.36, 0.42)), int(h * rng.uniform(0.16, 0.2))
    slip = Image.new("RGBA", (sw, sh), (250, 250, 246, 255))
    draw = ImageDraw.Draw(slip)
    size = int(sh / (len(lines) + 1.5))
    while size > 12 and max(draw.textlength(t, font=load_font(font, size)) for t in lines) > sw * 0.88:
        size -= 1
    type_ = load_font(font, size)
    for i, text in enumerate(lines):
        draw.text(
            (int(sw * 0.06), int(size * 0.6 + i * size * 1.25)), text, font=type_, fill=(35, 35, 35, 255)
        )
    draw.rectangle((0, 0, sw - 1, sh - 1), outline=(190, 190, 185, 255), width=2)
    slip = slip.rotate(rng.uniform(-6, 6), expand=True, fillcolor=(0, 0, 0, 0))
    x0 = int(w - slip.width - w * rng.uniform(0.02, 0.06))
    y0 = int(h - slip.height - h * rng.uniform(0.03, 0.07))
    out = page.convert("RGBA")
    shadow = Image.new("RGBA", slip.size, (0, 0, 0, 70))
    shadow.putalpha(slip.getchannel("A").point(lambda a: 70 if a else 0))
    out.alpha_composite(shadow, (x0 + 5, y0 + 6))
    out.alpha_composite(slip, (x0, y0))
    staple = ImageDraw.Draw(out)
    sx, sy = x0 + int(slip.width * 0.15), y0 + int(slip.height * 0.08)
    staple.line((sx, sy, sx + 40, sy - 3), fill=(120, 120, 125, 255), width=4)
    return out.convert("RGB")


def p_receipt_stapled(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A classic table policy with the payment receipt stapled over its lower corner: a serial
    number, the vehicle tax and a payment date of its own beside the premium."""
    tax = rng.choice(("360.00", "420.00", "480.00", "300.00"))
    lines = [
        "保费收据",
        f"流水号：{_digits(rng, 16)}",
        f"车船税：¥{tax}",
        f"收款日期：{_date(f['start_date'], rng)}",
    ]
    pages = p_table_classic(f, font, rng)
    return [_stapled_slip(pages[0], lines, font, rng), *pages[1:]]


def i_pdf_viewer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An electronic invoice as a screenshot of a PDF viewer: the page smaller than the screen, on
    the viewer's grey, a toolbar above it and page thumbnails beside it."""
    page = i_electronic(f, font, rng)[0]
    sw, sh = 1600, rng.randint(1000, 1100)
    screen = Image.new("RGB", (sw, sh), (rng.randint(70, 90),) * 3)
    draw = ImageDraw.Draw(screen)
    bar = 56
    draw.rectangle((0, 0, sw, bar), fill=(45, 45, 50))
    ui = load_font(font, 22)
    draw.text((20, 14), f"{_digits(rng, 20)}.pdf", font=ui, fill=(230, 230, 230))
    draw.text((sw - 300, 14), f"1 / 1     {rng.choice((75, 80, 90))}%", font=ui, fill=(230, 230, 230))
    side = 220
    draw.rectangle((0, bar, side, sh), fill=(58, 58, 62))
    thumb = page.resize((side - 40, int((side - 40) * page.height / page.width)), Image.Resampling.BILINEAR)
    screen.paste(thumb, (20, bar + 20))
    avail_w, avail_h = sw - side - 60, sh - bar - 40
    s = min(avail_w / page.width, avail_h / page.height) * rng.uniform(0.92, 1.0)
    shown = page.resize((int(page.width * s), int(page.height * s)), Image.Resampling.BILINEAR)
    screen.paste(shown, (side + (sw - side - shown.width) // 2, bar + 20))
    return [screen]


def i_overexposed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An old-generation invoice photographed under a bright lamp: pale, washed-out print."""
    return [_overexposed(page, rng) for page in i_old_generation(f, font, rng)]


# ---------------------------------------------------------------- the nineteenth set (2026-12-02)
# Written before the eighteenth set was measured, so before any of its results were read.


def id_front_hard_shadow(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card with a hard-edged shadow (a hand, the phone) across one side of it."""
    card = render_front(f, font, rng, None)
    w, h = card.size
    mask = Image.new("L", card.size, 0)
    x_top, x_bottom = w * rng.uniform(0.35, 0.65), w * rng.uniform(0.35, 0.65)
    left = rng.random() < 0.5
    edge = 0 if left else w
    ImageDraw.Draw(mask).polygon([(edge, 0), (x_top, 0), (x_bottom, h), (edge, h)], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(rng.uniform(2, 5)))
    arr = np.asarray(card, np.float32)
    dark = rng.uniform(0.42, 0.58)
    shade = 1 - (1 - dark) * (np.asarray(mask, np.float32) / 255)
    cast = np.array((0.92, 0.95, 1.0), np.float32)  # a shadow is lit by the sky's blue
    out = arr * shade[..., None] * (1 - (1 - cast) * (np.asarray(mask, np.float32) / 255)[..., None])
    return [_to_image(out)]


def _defocused(page: Image.Image, rng: random.Random, radius: tuple[float, float]) -> Image.Image:
    """Out of focus: every point spread over a small disc (a lens, not a moving hand)."""
    r = rng.uniform(*radius)
    n = int(np.ceil(r)) * 2 + 1
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) - n // 2
    disc = (xx * xx + yy * yy <= r * r).astype(np.float32)
    disc /= disc.sum()
    return Image.fromarray(cv2.filter2D(np.asarray(page.convert("RGB")), -1, disc))


def id_back_defocused(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back photographed too close for the lens to focus."""
    return [_defocused(render_back(f, font, rng), rng, (2.0, 3.0))]


def c_feeder_skew(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract scanned through a document feeder: each page a little askew, each its own way."""
    return [
        page.rotate(rng.uniform(1.5, 3.5) * rng.choice((-1, 1)), fillcolor=(255, 255, 255), expand=True)
        for page in c_sell_buy_pairs(f, font, rng)
    ]


def c_borderless_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract set as a table without rules: the parties' labels and values in two columns held
    apart only by space, the car's labels heading columns with their values on the row below."""
    flow = _contract_flow(font, rng, "车辆销售合同")
    col = flow.margin + rng.randint(190, 240)
    for label, value in (
        ("合同编号", f["contract_number"]),
        ("买受人", f["buyer_name"]),
        ("证件号码", f["buyer_id_number"]),
        ("出卖人", f["seller_name"]),
        ("签约日期", _date(f["sign_date"], rng)),
    ):
        flow.room(flow.size * 2)
        flow.page.text(flow.margin, flow.y, label, flow.size)
        flow.page.text(col, flow.y, value, flow.size)
        flow.y += flow.step()
    flow.gap(flow.size)
    flow.line("车辆信息")
    heads = ("品牌", "车辆识别代号", "颜色", "成交价（元）")
    values = ("长安CS75", f["vin"], rng.choice(("白色", "黑色", "银色")), _money(f["vehicle_price"], rng))
    xs = [flow.margin + int(flow.inner * r) for r in (0.0, 0.17, 0.56, 0.7)]
    for row in (heads, values):
        flow.room(flow.size * 2)
        for x, text in zip(xs, row, strict=True):
            flow.page.text(x, flow.y, text, flow.size - 1)
        flow.y += flow.step()
    flow.line(f"成交价大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def p_blue_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed policy form whose values another printer filled in blue, in a type of its own
    size, a little off where the form expects them."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车保险单", 38)
    blue = (rng.randint(20, 50), rng.randint(50, 90), rng.randint(150, 190))
    dx, dy = rng.randint(-12, 12), rng.randint(-7, 7)
    vsize = flow.size + rng.choice((-2, -1, 1, 2))
    col = flow.margin + rng.randint(200, 240)
    for label, value in (
        ("保单号码", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车架号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费（小写）", _money(f["premium"], rng)),
        ("保险费（大写）", _words(f["premium"])),
        ("第一受益人", f["first_beneficiary"]),
    ):
        flow.room(flow.size * 2)
        flow.page.text(flow.margin, flow.y, f"{label}：", flow.size)
        flow.page.text(col + dx, flow.y + dy, value, vsize, blue)
        flow.page.draw.line(
            (col - 6, flow.y + flow.size + 8, flow.width - flow.margin, flow.y + flow.size + 8), RULE, 1
        )
        flow.y += flow.step()
    flow.para("本保险单以电子数据为准，请妥善保管。", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_sideways_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed with the phone held sideways: the page a quarter-turn round."""
    return [page.rotate(rng.choice((90, 270)), expand=True) for page in p_kv_list(f, font, rng)]


def i_toner_streaks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from a laser printer with a worn drum: pale vertical streaks where the toner did
    not reach, and one dark line down the page."""
    out = []
    for page in i_taxpayer_id(f, font, rng):
        arr = np.asarray(page, np.float32)
        w = arr.shape[1]
        for _ in range(rng.randint(3, 6)):
            x, width = rng.randrange(w), rng.randint(3, 14)
            fade = rng.uniform(0.55, 0.8)
            arr[:, x : x + width] = arr[:, x : x + width] + (255 - arr[:, x : x + width]) * fade
        x = rng.randrange(w)
        arr[:, x : x + 2] *= rng.uniform(0.3, 0.5)
        out.append(_to_image(arr))
    return out


def i_defocused(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A compact invoice photographed out of focus."""
    return [_defocused(page, rng, (1.8, 2.6)) for page in i_compact(f, font, rng)]


# ---------------------------------------------------------------- the twentieth set (2026-12-02)
# Written before the nineteenth set was measured, so before any of its results were read.


def id_front_hologram(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card whose laminate catches the light: rainbow bands of the security film across it,
    strongest along one diagonal, laid over the print like a thin coloured glaze."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = np.radians(rng.uniform(25, 65))
    along = xx * np.cos(angle) + yy * np.sin(angle)
    hue = ((along / rng.uniform(90, 160) + rng.random()) % 1 * 180).astype(np.uint8)
    hsv = np.stack([hue, np.full_like(hue, 150), np.full_like(hue, 255)], -1)
    rainbow = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB).astype(np.float32)
    across = xx * -np.sin(angle) + yy * np.cos(angle)
    centre = rng.uniform(0.3, 0.7) * (w * abs(np.sin(angle)) + h * abs(np.cos(angle)))
    across -= across.min()
    strength = rng.uniform(0.28, 0.4) * np.exp(-(((across - centre) / rng.uniform(70, 130)) ** 2))
    out = card * (1 - strength[..., None]) + rainbow * strength[..., None]
    return [_to_image(out)]


def id_back_tungsten(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back under a warm household bulb at night: orange throughout, the blue channel
    nearly gone, the blacks lifted and the sensor's noise in the shadows."""
    arr = np.asarray(render_back(f, font, rng), np.float32)
    warm = np.array((1.0, rng.uniform(0.72, 0.8), rng.uniform(0.38, 0.5)), np.float32)
    lift = rng.uniform(18, 32)
    arr = lift + arr * warm[None, None, :] * rng.uniform(0.7, 0.82)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(4, 7), arr.shape[:2])
    arr += noise[..., None].astype(np.float32)
    return [_to_image(arr)]


def c_pages_reversed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract over pages photographed from the back of the stack: the signature page first, the
    parties' page last."""
    pages = c_prose_articles(f, font, rng)
    if len(pages) < 2:
        return pages
    return pages[::-1]


def c_traditional(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract printed in traditional characters (a template from across the strait):
    買受人, 出賣人, 身份證號碼, 車輛識別代號, 車價, 簽訂日期; the values as on the buyer's papers."""
    flow = _contract_flow(font, rng, "汽車買賣合約")
    flow.line(f"合約編號：{f['contract_number']}", right=True)
    flow.line(f"出賣人（甲方）：{f['seller_name']}")
    flow.line(f"買受人（乙方）：{f['buyer_name']}")
    flow.line(f"身份證號碼：{f['buyer_id_number']}")
    flow.para("甲乙雙方本著平等自願、誠實信用的原則，就乙方向甲方購買車輛事宜，訂立本合約。")
    flow.line("第一條　車輛資料")
    flow.table(
        [0.3, 0.7],
        [
            [("廠牌型號", 1), ("豐田卡羅拉1.8L", 1)],
            [("車輛識別代號", 1), (f["vin"], 1)],
            [("發動機號碼", 1), (_engine(rng), 1)],
        ],
    )
    flow.line("第二條　價款")
    flow.para(f"車價總額為{_money(f['vehicle_price'], rng)}，大寫：{_words(f['vehicle_price'])}。")
    flow.line("第三條　交車")
    flow.para("甲方應於本合約簽訂後三十日內交車，乙方應當場驗收，逾期交車每日按車價萬分之五支付違約金。")
    flow.line("第四條　其他")
    flow.para("本合約一式兩份，雙方各執一份，自雙方簽字蓋章之日起生效。")
    flow.pair("出賣人（蓋章）：", "買受人（簽字）：")
    flow.stamp("合同專用章", dx=flow.inner * 0.2)
    flow.line(f"簽訂日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _qr(draw: ImageDraw.ImageDraw, x: float, y: float, size: int, rng: random.Random) -> int:
    """A QR code's look (29 modules a side, random data, the square finder marks in its corners)
    drawn with its top left at (x, y) in about `size` pixels; the height it took."""
    n = 29
    cell = size // n
    modules = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for i in (0, n - 7):
        for j in (0, n - 7):
            for a in range(7):
                for b in range(7):
                    modules[i + a][j + b] = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
    modules[n - 7] = [m if k < n - 7 else rng.random() < 0.5 for k, m in enumerate(modules[n - 7])]
    for a, row in enumerate(modules):
        for b, dark in enumerate(row):
            if dark:
                left, top = x + b * cell, y + a * cell
                draw.rectangle((left, top, left + cell - 1, top + cell - 1), fill=(20, 20, 20))
    return n * cell


def _barcode(draw: ImageDraw.ImageDraw, x: float, top: float, bottom: float, rng: random.Random) -> float:
    """A barcode's look, 40 to 60 bars of random widths from x between `top` and `bottom`; where
    it ends."""
    for _ in range(rng.randint(40, 60)):
        bar = rng.choice((2, 3, 5))
        draw.rectangle((x, top, x + bar - 1, bottom), fill=(20, 20, 20))
        x += bar + rng.choice((2, 3, 4))
    return x


def p_verification_codes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy print carrying the codes an insurer adds for checking it: a QR code, a long
    verification code and a query code beside the policy number, each a string of capitals and
    digits a reader could take for it."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单（电子保单）", 32)
    alnum = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    check = "".join(rng.choice(alnum) for _ in range(rng.choice((20, 24))))
    query = "".join(rng.choice(alnum) for _ in range(16))
    qr = flow.margin + flow.inner - 170
    top = flow.y
    flow.line(f"电子保单校验码：{check}")
    flow.line(f"保单号：{f['policy_number']}")
    flow.line(f"查询码：{query}")
    flow.y = max(flow.y, top + _qr(flow.page.draw, qr, top, 170, rng) + 20)
    flow.line("扫描二维码或登录官网输入校验码验证保单真伪", size=flow.size - 4)
    flow.pair(f"被保险人：{f['insured_name']}", "证件类型：居民身份证")
    flow.line(f"车架号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计（人民币大写）：{_words(f['premium'])}  （¥：{Decimal(f['premium']):,.2f}元）")
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    flow.stamp("电子保单专用章", dx=flow.inner * 0.55)
    return flow.images()


def p_greenbar(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on continuous form paper: pale green bands every few lines under the
    print, a row of tractor-feed holes down each edge, a perforation across the foot."""
    out = []
    for page in p_kv_list(f, font, rng):
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        band = rng.randint(60, 90)
        green = np.array((rng.randint(200, 215), rng.randint(232, 242), rng.randint(205, 218)), np.float32)
        ys = (np.arange(h) // band) % 2 == 0
        arr[ys] = np.minimum(arr[ys], green)
        wide = np.full((h, w + 120, 3), 250, np.float32)
        wide[:, 60 : 60 + w] = arr
        img = Image.fromarray(wide.astype(np.uint8))
        draw = ImageDraw.Draw(img)
        for x in (30, w + 90):
            for y in range(rng.randint(10, 40), h, 50):
                draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=(70, 70, 72))
        y = h - rng.randint(20, 60)
        for x in range(0, w + 120, 14):
            draw.line((x, y, x + 7, y), fill=(170, 170, 170), width=1)
        out.append(img)
    return out


def i_vin_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose VIN is printed one character to a box, a comb of seventeen cells under its
    label, the other fields in a table of their own."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
        ],
        row_h=rng.randint(52, 58),
    )
    flow.line("车辆识别代号/车架号码")
    flow.y -= flow.size // 2
    flow.table([1.0] * 17, [[(c, 1) for c in f["vin"]]], row_h=rng.randint(40, 46))
    flow.table(
        [0.16, 0.5, 0.12, 0.22],
        [
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(52, 58),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.65, dy=-30)
    return flow.images()


def i_from_afar(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed from standing height on a desk: the paper fills half the frame, a
    little turned, the desk round it, every character a few pixels tall."""
    out = []
    for page in i_classic(f, font, rng):
        w, h = page.size
        scale = rng.uniform(0.5, 0.6)
        small = page.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)
        small = small.convert("RGBA").rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True)
        desk = (rng.randint(90, 150), rng.randint(90, 150), rng.randint(90, 150))
        frame = Image.new("RGB", (w, int(w * 0.75)), desk)  # a 4:3 photo
        x = rng.randint(0, max(0, frame.width - small.width))
        y = rng.randint(0, max(0, frame.height - small.height))
        frame.paste(small, (x, y), small)
        out.append(frame)
    return out


# ---------------------------------------------------------------- the twenty-first set (2026-12-02)
# Written before the twentieth set was measured, so before any of its results were read.


def id_front_tight_crop(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card image an app's auto-crop cut a little too tight (no card edge on one or two sides,
    the print running to the crop's edges), then photographed like every family."""
    card = render_front(f, font, rng, None)
    w, h = card.size
    left, top = rng.randint(20, 45), rng.randint(15, 35)
    right, bottom = w - rng.randint(0, 25), h - rng.randint(10, 30)
    return [card.crop((left, top, right, bottom))]


def id_back_upside_down(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back photographed upside down (the phone turned round, the card as it lay)."""
    return [
        render_back(f, font, rng).rotate(180 + rng.uniform(-4, 4), expand=True, fillcolor=(236, 234, 230))
    ]


def c_trade_in(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A purchase contract with the buyer's old car traded in: the old car's own VIN, its owner's
    name (the buyer's spouse) and its valuation stand beside the new car's, and the price due is
    the new car's less the trade-in."""
    old_vin = random_vin(rng)
    price = Decimal(f["vehicle_price"])
    allowance = Decimal(rng.randrange(20, 90) * 1000)
    flow = _contract_flow(font, rng, "汽车置换购车合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line("一、新车信息")
    flow.table(
        [0.3, 0.7],
        [
            [("品牌型号", 1), ("大众帕萨特330TSI", 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("车辆价格", 1), (f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）", 1)],
        ],
    )
    flow.line("二、置换旧车信息")
    flow.table(
        [0.3, 0.7],
        [
            [("旧车品牌", 1), ("丰田卡罗拉1.6L", 1)],
            [("旧车车架号", 1), (old_vin, 1)],
            [("登记车主", 1), (rng.choice(("王秀英", "李建华", "张丽娟", "刘志强")), 1)],
            [("旧车评估价", 1), (f"¥{allowance:,.2f}", 1)],
        ],
    )
    flow.para(
        f"三、乙方以旧车抵偿部分车款，抵偿后乙方应付新车差价为¥{price - allowance:,.2f}"
        f"（大写：{_words(str(price - allowance))}）。",
        indent=False,
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 3)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_seam_seal(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract over pages with a seam seal (骑缝章): the company's seal pressed across the pages'
    fanned edges, so each page carries a slice of it at its right margin, over whatever is there."""
    pages = c_prose_articles(f, font, rng)
    out = []
    for page in pages:
        w, h = page.size
        layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        r = rng.randint(70, 85)
        cx, cy = w - rng.randint(r // 4, r * 3 // 4), h * rng.uniform(0.3, 0.6)
        red = (215, 35, 35, rng.randint(120, 170))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=5)
        draw.regular_polygon((cx, cy, 18), 5, fill=red)
        out.append(Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB"))
    return out


def p_dense_terms(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on one dense page: the schedule in small type beside long clauses, other
    dates, amounts and numbers in the clauses' own small type."""
    flow = Flow(font, rng, size=rng.randint(15, 17), margin=rng.randint(45, 60))
    flow.line(f["insurer"], size=22)
    flow.title("机动车综合商业保险保险单", 28)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.pair(f"被保险人：{f['insured_name']}", f"车架号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    clauses = (
        "保险期间内，被保险人或被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失，"
        "且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。",
        f"发生保险事故时，被保险人应在{rng.choice((24, 48))}小时内通知保险人，拨打报案电话955{_digits(rng, 2)}。",
        f"本保单项下车辆损失保险金额为¥{rng.randrange(80, 400) * 1000:,}.00，第三者责任保险责任限额为¥1,000,000.00。",
        "被保险机动车转让的，被保险机动车的受让人承继被保险人的权利和义务，并应及时通知保险人。",
        f"绝对免赔额：每次事故¥{rng.choice((500, 1000, 2000)):,}.00；上年度出险次数：{rng.randint(0, 2)}次。",
    )
    more = (
        "下列原因导致的被保险机动车的损失和费用，保险人不负责赔偿：地震及其次生灾害、战争、军事冲突、恐怖活动、暴乱。",
        "被保险人索赔时，应当向保险人提供与确认保险事故的性质、原因、损失程度等有关的证明和资料。",
        f"保险人收到被保险人的赔偿请求后，应当及时作出核定；情形复杂的，应当在{rng.choice((30, 60))}日内作出核定。",
        "投保人应当如实填写投保单并回答保险人提出的询问，履行如实告知义务。",
        "在保险期间内，被保险机动车改装、加装或被保险家庭自用汽车从事营业运输的，被保险人应当及时通知保险人。",
        "保险责任开始前，投保人要求解除本保险合同的，应当向保险人支付应交保险费金额3%的退保手续费。",
    )
    terms = list(clauses + more)
    rng.shuffle(terms)
    for i, term in enumerate(terms):
        flow.para(f"第{i + 1}条　{term}", indent=False)
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}，未经其书面同意不得退保。", indent=False)
    flow.line(f"签单日期：{_date(f['start_date'], rng)}　　核保人：{rng.choice(('张敏', '陈伟', '周丽'))}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_upside_down(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-column policy photographed upside down."""
    return [page.rotate(180, expand=True) for page in p_two_column(f, font, rng)]


def i_tax_certificate(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice sent with the purchase-tax certificate (车辆购置税完税证明) as a second page: the
    same buyer, ID number and VIN, and amounts of its own (the tax, the price it was levied on)."""
    pages = i_taxpayer_id(f, font, rng)
    flow = Flow(font, rng, width=1240, height=880, size=rng.randint(20, 23), margin=rng.randint(40, 70))
    flow.line("车辆购置税完税证明", x=flow.width / 2 - 170, size=34)
    flow.pair(f"证明号码：{_digits(rng, 12)}", f"填发日期：{_date(f['issue_date'], rng)}")
    base = (Decimal(f["total_price"]) / Decimal("1.13")).quantize(Decimal("0.01"))
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("纳税人名称", 1), (f["buyer_name"], 1), ("证件号码", 1), (f["buyer_id_number"], 1)],
            [("车辆类型", 1), ("轿车", 1), ("车辆识别代号", 1), (f["vin"], 1)],
            [
                ("计税价格", 1),
                (f"{base:,.2f}", 1),
                ("完税价格", 1),
                (f"{(base * Decimal('0.1')).quantize(Decimal('0.01')):,.2f}", 1),
            ],
            [("征收机关", 1), (rng.choice(("国家税务总局杭州市税务局", "国家税务总局深圳市税务局")), 3)],
        ],
        row_h=rng.randint(52, 58),
    )
    flow.stamp("征税专用章", dx=flow.inner * 0.6, dy=-40)
    return pages + flow.images()


def i_beside_id_card(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with the buyer's ID card laid on it, over a corner of the table:
    the card's own name, number and address in the same frame."""
    (page,) = i_compact(f, font, rng)
    person = {
        "name": f["buyer_name"],
        "sex": rng.choice(("男", "女")),
        "ethnicity": "汉",
        "birth_date": f"{f['buyer_id_number'][6:10]}-{f['buyer_id_number'][10:12]}-{f['buyer_id_number'][12:14]}",
        "address": rng.choice(("浙江省杭州市西湖区文三路88号", "广东省深圳市南山区科技园1栋")),
        "id_number": f["buyer_id_number"],
    }
    card = render_front(person, font, rng, None).resize((380, 240), Image.Resampling.LANCZOS)
    card = card.convert("RGBA").rotate(rng.uniform(-12, 12), Image.Resampling.BICUBIC, expand=True)
    w, h = page.size
    table = (rng.randint(120, 160), rng.randint(100, 130), rng.randint(80, 100))  # a wooden table
    frame = Image.new("RGB", (w + card.width + 60, h + 40), table)
    frame.paste(page, (20, 20))
    frame.paste(card, (w + 40, rng.randint(20, max(20, h - card.height))), card)
    return [frame]


# ---------------------------------------------------------------- the twenty-second set (2026-12-02)
# Written before the twenty-first set was measured, so before any of its results were read.


def id_front_watermarked(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card image its owner marked for one use before sending it (仅供贷款使用 repeated across it
    in pale ink), as people are told to do with copies of their ID."""
    card = render_front(f, font, rng, None)
    return [_watermark(card, rng.choice(("仅供贷款使用", "仅供办理车贷", "此件仅供审核使用")), font, rng)]


def id_back_smudged(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back with greasy thumb smudges on the laminate: soft milky patches where the print
    is blurred and paler."""
    card = render_back(f, font, rng)
    arr = np.asarray(card, np.float32)
    soft = np.asarray(card.filter(ImageFilter.GaussianBlur(rng.uniform(2.0, 3.5))), np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    mask = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(2, 4)):
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.2, 0.9) * h
        rx, ry = rng.uniform(0.08, 0.18) * w, rng.uniform(0.1, 0.25) * h
        angle = rng.uniform(0, np.pi)
        dx, dy = xx - cx, yy - cy
        u = (dx * np.cos(angle) + dy * np.sin(angle)) / rx
        v = (-dx * np.sin(angle) + dy * np.cos(angle)) / ry
        mask = np.maximum(mask, np.exp(-(u * u + v * v) * 1.5))
    milky = soft * 0.8 + 235 * 0.2
    out = arr * (1 - mask[..., None]) + milky * mask[..., None]
    return [_to_image(out)]


def c_signed_over(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A signed contract: the buyer's name written by hand in the signature block and a flourish of
    a signature across the printed signing line."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}　身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号（VIN）：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.room(flow.size * 6)
    sign_y = flow.y
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.15, dy=-flow.size)
    pages = flow.images()
    last = pages[-1]
    draw = ImageDraw.Draw(last)
    x = flow.margin + flow.inner // 2 + rng.randint(170, 230)
    _pen(draw, (x, sign_y - rng.randint(6, 16)), f["buyer_name"], rng)
    ink = (rng.randint(10, 40), rng.randint(20, 50), rng.randint(90, 150))
    points = [(x - rng.randint(60, 120), sign_y + flow.size * 1.5)]
    for _ in range(rng.randint(5, 8)):
        px = points[-1][0]
        points.append((px + rng.randint(18, 40), sign_y + rng.uniform(-0.3, 2.6) * flow.size))
    draw.line(points, fill=ink, width=rng.randint(2, 4), joint="curve")
    return pages


def c_two_sheets_one_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract's first two pages laid side by side on a desk and photographed together, each a
    little turned its own way; any further page photographed alone."""
    pages = c_prose_articles(f, font, rng)
    if len(pages) < 2:
        return pages
    desk = (rng.randint(95, 140), rng.randint(85, 120), rng.randint(70, 100))
    turned = [
        page.convert("RGBA").rotate(rng.uniform(-4, 4), Image.Resampling.BICUBIC, expand=True)
        for page in pages[:2]
    ]
    gap = rng.randint(20, 60)
    frame = Image.new(
        "RGB", (turned[0].width + turned[1].width + gap + 80, max(t.height for t in turned) + 80), desk
    )
    frame.paste(turned[0], (40, 40 + rng.randint(0, 20)), turned[0])
    frame.paste(turned[1], (40 + turned[0].width + gap, 40 + rng.randint(0, 20)), turned[1])
    return [frame, *pages[2:]]


def p_long_screenshot(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An insurer's app's policy page saved as one long stitched screenshot: a phone's status bar,
    cards of grey labels over black values, far taller than wide."""
    width = 1080
    rows = [
        ("保险公司", f["insurer"]),
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车架号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保费合计", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
        ("投保单号", _proposal(f, rng)),
        ("签单日期", _date(f["start_date"], rng)),
    ]
    card_h, top = 190, 260
    height = top + len(rows) * (card_h + 24) + rng.randint(300, 600)
    image = Image.new("RGB", (width, height), (242, 243, 247))
    draw = ImageDraw.Draw(image)
    small, head = load_font(font, 34), load_font(font, 48)
    draw.rectangle((0, 0, width, 80), fill=(255, 255, 255))
    draw.text((40, 22), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=small, fill=(20, 20, 20))
    draw.text((width - 200, 22), f"{rng.randint(20, 99)}%", font=small, fill=(20, 20, 20))
    draw.rectangle(
        (0, 80, width, 200), fill=(rng.randint(20, 60), rng.randint(90, 140), rng.randint(200, 240))
    )
    draw.text((60, 112), "我的保单 · 保单详情", font=head, fill=(255, 255, 255))
    y = top
    for label, value in rows:
        draw.rounded_rectangle((30, y, width - 30, y + card_h), radius=24, fill=(255, 255, 255))
        draw.text((70, y + 30), label, font=small, fill=(140, 140, 150))
        size = 44
        while draw.textlength(value, font=load_font(font, size)) > width - 140 and size > 26:
            size -= 2
        draw.text((70, y + 92), value, font=load_font(font, size), fill=(25, 25, 30))
        y += card_h + 24
    return [image]


def p_speckled_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photocopied on a tired copier: grey, hard contrast, toner specks over the page and a
    dark band down one edge where the lid did not close."""
    out = []
    for page in p_side_labels(f, font, rng):
        grey = np.asarray(page.convert("L"), np.float32)
        grey = np.clip((grey - 60) * rng.uniform(1.3, 1.6), 0, 255)
        h, w = grey.shape
        gen = np.random.default_rng(rng.randrange(2**32))
        specks = gen.random((h, w)) < rng.uniform(0.002, 0.006)
        grey[cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0] = rng.uniform(20, 70)
        band = rng.randint(20, 60)
        ramp = np.linspace(0.15, 1.0, band, dtype=np.float32)
        if rng.random() < 0.5:
            grey[:, :band] *= ramp[None, :]
        else:
            grey[:, w - band :] *= ramp[::-1][None, :]
        out.append(_to_image(grey).convert("RGB"))
    return out


def i_stamp_over_total(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose seller pressed its invoice seal over the total row: the red ring and star
    across the amount in words and in figures."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    ratios = [0.16, 0.34, 0.16, 0.34]
    row_h = rng.randint(52, 58)
    flow.table(
        ratios,
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
        ],
        row_h=row_h,
    )
    flow.y -= flow.size
    flow.table(ratios, [[("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)]], row_h=row_h)
    flow.stamp("发票专用章", dx=flow.inner * rng.uniform(0.35, 0.7), dy=-row_h * 0.6)
    flow.y -= flow.size
    flow.table(ratios, [[("销货单位名称", 1), (f["seller_name"], 3)]], row_h=row_h)
    return flow.images()


def i_steep_angle(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed from the side of the desk at a steep angle: its far edge half the
    near one, the page turned a little, the far rows' print a sliver."""
    out = []
    for page in i_old_generation(f, font, rng):
        w, h = page.size
        far = rng.uniform(0.5, 0.62)
        depth = rng.uniform(0.7, 0.82)
        inset = w * (1 - far) / 2
        shift = rng.uniform(-0.08, 0.08) * w
        quad = [(inset + shift, h * (1 - depth)), (w - inset + shift, h * (1 - depth)), (w, h), (0, h)]
        out.append(_onto(page, quad, rng.choice(((70, 70, 75), (120, 100, 80), (150, 150, 150)))))
    return out


# ---------------------------------------------------------------- the twenty-third set (2026-12-02)
# Written before the twenty-second set was measured, so before any of its results were read.


def id_front_capture_guide(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A screenshot of a lending app's card-capture screen: the camera's view with everything
    outside the guide frame dimmed, white corner marks, the app's own instructions above and below
    it, and the card a little off the guide (a corner may lie in the dimmed part)."""
    card = render_front(f, font, rng, None)
    sw, sh = 1080, rng.randint(1500, 1700)
    desk = np.full(
        (sh, sw, 3), (rng.randint(90, 150), rng.randint(80, 130), rng.randint(70, 110)), np.float32
    )
    desk *= np.linspace(0.8, 1.1, sh, dtype=np.float32)[:, None, None]
    screen = _to_image(desk)
    gw = 940
    gh = int(gw * card.height / card.width)
    gx, gy = (sw - gw) // 2, (sh - gh) // 2 - rng.randint(0, 80)
    scale = rng.uniform(0.92, 1.04)
    shot = card.resize((int(gw * scale), int(gh * scale)), Image.Resampling.LANCZOS).convert("RGBA")
    shot = shot.rotate(rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True)
    screen.paste(shot, (gx + rng.randint(-30, 30), gy + rng.randint(-25, 25)), shot)
    dim = Image.new("RGBA", (sw, sh), (0, 0, 0, rng.randint(130, 170)))
    ImageDraw.Draw(dim).rectangle((gx, gy, gx + gw, gy + gh), fill=(0, 0, 0, 0))
    screen = Image.alpha_composite(screen.convert("RGBA"), dim).convert("RGB")
    draw = ImageDraw.Draw(screen)
    arm = 60
    for cx, cy, sx, sy in (
        (gx, gy, 1, 1),
        (gx + gw, gy, -1, 1),
        (gx, gy + gh, 1, -1),
        (gx + gw, gy + gh, -1, -1),
    ):
        draw.line((cx, cy, cx + sx * arm, cy), fill=(255, 255, 255), width=6)
        draw.line((cx, cy, cx, cy + sy * arm), fill=(255, 255, 255), width=6)
    ui, small = load_font(font, 40), load_font(font, 30)
    draw.text((40, 40), "×", font=ui, fill=(255, 255, 255))
    draw.text((sw // 2 - 100, 40), "拍摄身份证", font=ui, fill=(255, 255, 255))
    hint = rng.choice(("请将身份证人像面置于框内", "请将身份证正面对齐边框"))
    draw.text((sw // 2 - draw.textlength(hint, font=ui) / 2, gy - 110), hint, font=ui, fill=(255, 255, 255))
    tip = rng.choice(("请保持光线充足，避免反光", "确保边框完整，字迹清晰"))
    draw.text(
        (sw // 2 - draw.textlength(tip, font=small) / 2, gy + gh + 60), tip, font=small, fill=(220, 220, 220)
    )
    draw.ellipse((sw // 2 - 70, sh - 220, sw // 2 + 70, sh - 80), outline=(255, 255, 255), width=8)
    return [screen]


_NEWS = (
    "本报讯近日我市召开全市经济工作会议，会议总结了今年以来的工作，部署明年重点任务。",
    "据市统计局发布的数据显示，前三季度全市社会消费品零售总额同比增长百分之六点八。",
    "记者从市交通运输局获悉，地铁新线路预计将于明年年底开通运营，全长约三十二公里。",
    "气象台预报，受冷空气影响，本周后期全市将有一次明显降温过程，请市民注意防寒保暖。",
    "社区工作人员走访辖区独居老人，为他们送去米面油等生活物资，并检查家中用电安全。",
    "今年以来，我市新能源汽车推广应用成效明显，充电基础设施建设持续加快推进。",
)


def id_back_on_newspaper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back laid on a newspaper to be photographed: columns of small print, a headline and
    rules all round the card, some of it as large as the card's own type."""
    card = render_back(f, font, rng)
    fw, fh = rng.randint(1400, 1600), rng.randint(1000, 1150)
    paper = Page(
        fw, fh, font, rng, background=(rng.randint(215, 230), rng.randint(212, 225), rng.randint(198, 212))
    )
    head = rng.randint(44, 60)
    paper.text(40, 30, rng.choice(("城市新闻", "民生周刊", "经济观察")), head)
    cols = rng.randint(4, 6)
    colw = (fw - 80) // cols
    size = rng.randint(16, 22)
    for c in range(cols):
        x = 40 + c * colw
        paper.draw.line((x - 8, head + 60, x - 8, fh - 20), RULE, 1)
        y = head + 70
        while y < fh - 40:
            if rng.random() < 0.08:
                paper.text(x, y, rng.choice(_NEWS)[: max(4, colw // (size * 2))], size + 8)
                y += int((size + 8) * 1.6)
                continue
            text = rng.choice(_NEWS)
            for ln in paper.wrap(text, size, colw - 16):
                paper.text(x, y, ln, size)
                y += int(size * 1.45)
    frame = paper.image
    scale = rng.uniform(0.8, 0.95)
    shot = card.resize((int(card.width * scale), int(card.height * scale)), Image.Resampling.LANCZOS).convert(
        "RGBA"
    )
    shot = shot.rotate(rng.uniform(-10, 10), Image.Resampling.BICUBIC, expand=True)
    frame.paste(shot, (rng.randint(60, fw - shot.width - 60), rng.randint(60, fh - shot.height - 60)), shot)
    return [frame]


def c_e_signed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract signed on an e-signature platform: each page carries the platform's footer with a
    document number, and a last page certifies the signing: signers, signing times, certificate
    serial numbers and the document's hash in long hex."""
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.table(
        [0.25, 0.75],
        [
            [("出卖人", 1), (f["seller_name"], 1)],
            [("买受人", 1), (f["buyer_name"], 1)],
            [("买受人身份证号", 1), (f["buyer_id_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("成交价格", 1), (f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）", 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.pair("出卖人（电子签章）", "买受人（电子签名）")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    hexd = "0123456789ABCDEF"
    doc_no = "".join(rng.choice(hexd) for _ in range(16))
    flow.new_page()
    flow.title("电子签署信息", 34)
    flow.line(f"文档编号：{doc_no}")
    sha = "".join(rng.choice(hexd) for _ in range(64))
    flow.line("文档摘要（SHA-256）：")
    flow.line(sha[:32])
    flow.line(sha[32:])
    h1, m1 = rng.randint(9, 16), rng.randint(0, 59)
    for who, name in (("签署方一", f["seller_name"]), ("签署方二", f["buyer_name"])):
        flow.line(f"{who}：{name}")
        flow.line(f"签署时间：{f['sign_date']} {h1:02d}:{m1:02d}:{rng.randint(0, 59):02d}")
        flow.line(f"证书序列号：{''.join(rng.choice(hexd) for _ in range(rng.choice((24, 32))))}")
        flow.line(
            f"签署IP：{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        m1 = min(59, m1 + rng.randint(1, 20))
    flow.line(f"验证地址：https://verify.esign.example/{doc_no.lower()}")
    flow.footer(f"本文件经电子签名平台签署　文档编号：{doc_no}")
    return flow.images()


def c_payment_plan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract sold with a loan: the down payment, the amount financed and a table of the first
    instalments, each with its own due date, principal, interest and sum, before the signatures."""
    price = Decimal(f["vehicle_price"])
    down = (price * Decimal(rng.choice(("0.2", "0.3", "0.4")))).quantize(Decimal("1"))
    loan = price - down
    terms = rng.choice((24, 36, 48))
    flow = _contract_flow(font, rng, "汽车分期购车合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"甲方（出卖人）：{f['seller_name']}")
    flow.line(f"乙方（买受人）：{f['buyer_name']}")
    flow.line(f"乙方证件号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.para(
        f"车辆总价为{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），乙方首付款"
        f"¥{down:,.2f}，其余¥{loan:,.2f}由贷款机构发放贷款支付，分{terms}期偿还。",
        indent=False,
    )
    flow.line("还款计划（前六期）", size=flow.size + 1)
    y, m, _ = (int(p) for p in f["sign_date"].split("-"))
    day = rng.randint(5, 25)
    principal = (loan / terms).quantize(Decimal("0.01"))
    rows = [[("期数", 1), ("还款日", 1), ("应还本金", 1), ("应还利息", 1), ("本期合计", 1)]]
    for k in range(1, 7):
        m += 1
        if m > 12:
            y, m = y + 1, 1
        interest = (loan * Decimal("0.0045") * Decimal(terms - k + 1) / terms).quantize(Decimal("0.01"))
        rows.append(
            [
                (str(k), 1),
                (f"{y}-{m:02d}-{day:02d}", 1),
                (f"{principal:,.2f}", 1),
                (f"{interest:,.2f}", 1),
                (f"{principal + interest:,.2f}", 1),
            ]
        )
    flow.table([0.1, 0.25, 0.22, 0.2, 0.23], rows, row_h=int(flow.size * 1.9))
    _boilerplate(flow, rng, rng.randint(1, 3), 3)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    return flow.images()


def p_premium_invoice(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy sent with the insurer's VAT e-invoice for the premium as a second page: the branch
    as seller, the premium split into net amount and 6% tax, its own invoice number and date, and
    the policy number and VIN in the remarks."""
    pages = p_table_classic(f, font, rng)
    premium = Decimal(f["premium"])
    net = (premium / Decimal("1.06")).quantize(Decimal("0.01"))
    flow = Flow(font, rng, width=1240, height=820, size=rng.randint(19, 22), margin=rng.randint(40, 60))
    flow.line("电子发票（普通发票）", x=flow.width / 2 - 160, size=32)
    flow.pair(f"发票号码：{_digits(rng, 20)}", f"开票日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.5, 0.5],
        [
            [("购买方信息", 1), ("销售方信息", 1)],
            [(f"名称：{f['insured_name']}", 1), (f"名称：{_branch(f['insurer'], rng)}", 1)],
            [("统一社会信用代码/纳税人识别号：", 1), (f"统一社会信用代码/纳税人识别号：{_uscc(rng)}", 1)],
        ],
        row_h=rng.randint(44, 50),
    )
    flow.table(
        [0.34, 0.12, 0.18, 0.1, 0.26],
        [
            [("项目名称", 1), ("数量", 1), ("金额", 1), ("税率", 1), ("税额", 1)],
            [
                ("*保险服务*机动车商业保险", 1),
                ("1", 1),
                (f"{net:,.2f}", 1),
                ("6%", 1),
                (f"{premium - net:,.2f}", 1),
            ],
        ],
        row_h=rng.randint(44, 50),
    )
    flow.line(f"价税合计（大写）{_words(f['premium'])}　（小写）¥{premium:,.2f}")
    flow.line(f"备注：保单号{f['policy_number']}；车架号{f['vin']}")
    flow.stamp("发票专用章", dx=flow.inner * 0.65, dy=-30)
    return pages + flow.images()


def p_holder_differs(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy bought by someone other than the insured (a spouse, or the dealer for its buyer):
    投保人 and its ID number printed first, then 被保险人, and the registered owner beside them."""
    holder = rng.choice(("王秀英", "李建华", "张丽娟", "刘志强", "杭州顺达汽车销售服务有限公司"))
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险单（正本）")
    flow.pair(
        f"保险单号：{f['policy_number']}",
        f"投保确认码：{_digits(rng, 6)}{rng.choice('ABCDEFGH')}{_digits(rng, 9)}",
    )
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [
                ("投保人", 1),
                (holder, 1),
                ("投保人证件号", 1),
                (_uscc(rng) if len(holder) > 4 else random_fields("id_card_front", rng)["id_number"], 1),
            ],
            [("被保险人", 1), (f["insured_name"], 1), ("行驶证车主", 1), (f["insured_name"], 1)],
            [("车架号", 1), (f["vin"], 1), ("核定载客", 1), ("5人", 1)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("总保险费", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 3)],
        ],
    )
    flow.para(f"特别约定：第一受益人：{f['first_beneficiary']}。", indent=False)
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    flow.line(f"保险人：{f['insurer']}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_wrapped_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice form with narrow value cells: the seller's name, the buyer's name and the model
    wrap onto two lines inside their cells, the VIN and ID number on one line in wider ones."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    inner = flow.inner
    row_h = rng.randint(64, 72)
    size = flow.size - 1

    def row(cells: list[tuple[str, float, bool]]) -> None:
        widths = [int(inner * r) for _, r, _ in cells]
        flow.page.table(flow.margin, int(flow.y), widths, [[("", 1)] * len(cells)], row_h, size)
        x = float(flow.margin)
        for (text, _, wrap), w in zip(cells, widths, strict=True):
            if wrap:
                _cell_lines(flow, x, flow.y, w, row_h, text, size)
            else:
                s = flow.page.fit(text, size, w - 12)
                flow.page.text(x + 8, flow.y + (row_h - s) / 2 - 2, text, s)
            x += w
        flow.y += row_h

    row(
        [
            ("购买方名称", 0.13, False),
            (f["buyer_name"], 0.12, True),
            ("身份证号码", 0.13, False),
            (f["buyer_id_number"], 0.3, False),
            ("车辆类型", 0.12, False),
            ("轿车", 0.2, False),
        ]
    )
    row(
        [
            ("厂牌型号", 0.13, False),
            (f["brand_model"], 0.14, True),
            ("车辆识别代号", 0.17, False),
            (f["vin"], 0.36, False),
            ("产地", 0.08, False),
            ("长春", 0.12, False),
        ]
    )
    row(
        [
            ("发动机号码", 0.13, False),
            (f["engine_number"], 0.2, False),
            ("价税合计", 0.12, False),
            (words, 0.3, True),
            ("小写", 0.08, False),
            (fig, 0.17, False),
        ]
    )
    row(
        [
            ("销货单位名称", 0.13, False),
            (f["seller_name"], 0.15, True),
            ("地址", 0.08, False),
            (
                rng.choice(("杭州市西湖区文三路汽车城东区188号", "深圳市南山区沙河西路汽车广场2栋")),
                0.34,
                True,
            ),
            ("电话", 0.08, False),
            (f"0571-{_digits(rng, 8)}", 0.22, False),
        ]
    )
    flow.y += flow.size
    flow.stamp("发票专用章", dx=inner * 0.7)
    return flow.images()


def i_scanner_app(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice put through a phone's scanning app: the page flattened to black and white (or
    'enhanced': background divided out, contrast pushed), thin strokes thinned or lost, and the
    app's own mark printed in a corner."""
    out = []
    for page in i_classic(f, font, rng):
        grey = cv2.GaussianBlur(np.asarray(page.convert("L")), (3, 3), 0)
        if rng.random() < 0.5:
            flat = cv2.adaptiveThreshold(
                grey,
                255,
                cv2.ADAPTIVE_THRESH_MEAN_C,
                cv2.THRESH_BINARY,
                rng.choice((15, 21, 31)),
                rng.randint(8, 16),
            )
        else:
            back = cv2.medianBlur(grey, 31).astype(np.float32) + 1
            flat = np.clip(
                (grey.astype(np.float32) / back) * 255 * rng.uniform(1.05, 1.15) - 40, 0, 255
            ).astype(np.uint8)
        image = Image.fromarray(flat).convert("RGB")
        draw = ImageDraw.Draw(image)
        mark = rng.choice(("扫描全能王 创建", "由 全能扫描 生成", "CS 扫描全能王"))
        face = load_font(font, 20)
        w, h = image.size
        draw.rectangle((w - 260, h - 46, w - 10, h - 10), fill=(255, 255, 255))
        draw.text((w - 250, h - 40), mark, font=face, fill=(120, 120, 120))
        out.append(image)
    return out


# ---------------------------------------------------------------- the twenty-fourth set (2026-12-02)
# Written before the twenty-third set was measured, so before any of its results were read.


def id_front_on_keyboard(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card laid on a laptop's keyboard to be photographed: dark keys with white letters and
    digits all round it, a grid of hard edges, a little turned."""
    fw, fh = rng.randint(1500, 1700), rng.randint(1000, 1150)
    frame = Image.new("RGB", (fw, fh), (rng.randint(150, 190),) * 3)  # the laptop's aluminium
    draw = ImageDraw.Draw(frame)
    key, gap = rng.randint(88, 104), rng.randint(10, 16)
    rows = ("1234567890-=", "QWERTYUIOP[]", "ASDFGHJKL;'", "ZXCVBNM,./")
    face = load_font(font, rng.randint(26, 32))
    top = rng.randint(-40, 40)
    for r, keys in enumerate(rows * 3):
        y = top + r * (key + gap)
        x0 = -rng.randint(0, key) + (r % 4) * key // 3
        for c, ch in enumerate(keys * 2):
            x = x0 + c * (key + gap)
            draw.rounded_rectangle((x, y, x + key, y + key), radius=10, fill=(38, 38, 42))
            draw.text((x + 14, y + 10), ch, font=face, fill=(235, 235, 235))
    card = render_front(f, font, rng, None)
    scale = rng.uniform(0.8, 0.95)
    shot = card.resize((int(card.width * scale), int(card.height * scale)), Image.Resampling.LANCZOS)
    shot = shot.convert("RGBA").rotate(rng.uniform(-12, 12), Image.Resampling.BICUBIC, expand=True)
    frame.paste(shot, (rng.randint(40, fw - shot.width - 40), rng.randint(40, fh - shot.height - 40)), shot)
    return [frame]


def id_back_wallet_window(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back photographed in its wallet's clear window: hazy plastic over it, the leather
    round the window covering a strip of each edge, a stitched seam round the window."""
    card = _sleeve(render_back(f, font, rng), rng)
    w, h = card.size
    pad = rng.randint(120, 200)
    gen = np.random.default_rng(rng.randrange(2**32))
    base = np.array((rng.randint(70, 120), rng.randint(40, 70), rng.randint(20, 45)), np.float32)
    grain = cv2.GaussianBlur(gen.normal(0, 1, (h + 2 * pad, w + 2 * pad)).astype(np.float32), (0, 0), 2)
    leather = np.clip(base[None, None, :] * (1 + 0.12 * grain[..., None]), 0, 255).astype(np.uint8)
    wallet = Image.fromarray(leather)
    wallet.paste(card, (pad, pad))
    cover = [rng.randint(12, 28) for _ in range(4)]  # left, top, right, bottom strips under leather
    mask = Image.new("L", wallet.size, 255)
    ImageDraw.Draw(mask).rounded_rectangle(
        (pad + cover[0], pad + cover[1], pad + w - cover[2], pad + h - cover[3]), radius=18, fill=0
    )
    wallet = Image.composite(Image.fromarray(leather), wallet, mask)
    draw = ImageDraw.Draw(wallet)
    inset = 14
    x0, y0 = pad + cover[0] - inset, pad + cover[1] - inset
    x1, y1 = pad + w - cover[2] + inset, pad + h - cover[3] + inset
    thread = (rng.randint(200, 235), rng.randint(180, 210), rng.randint(140, 170))
    for x in range(x0, x1, 18):
        draw.line((x, y0, x + 9, y0), fill=thread, width=3)
        draw.line((x, y1, x + 9, y1), fill=thread, width=3)
    for y in range(y0, y1, 18):
        draw.line((x0, y, x0, y + 9), fill=thread, width=3)
        draw.line((x1, y, x1, y + 9), fill=thread, width=3)
    return [wallet]


def c_price_corrected(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose price was changed by hand after printing: the printed price and its words
    struck through, the agreed price written above them in pen and initialled."""
    new = Decimal(f["vehicle_price"])
    old = new + Decimal(rng.randrange(2, 30) * 1000)
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}")
    flow.line(f"买方身份证号码：{f['buyer_id_number']}")
    flow.line(f"车架号（VIN）：{f['vin']}")
    flow.room(flow.size * 5)
    flow.y += flow.size * 1.4  # room for the pen above the printed price
    y = flow.y
    after_label = flow.page.text(flow.margin, y, "车辆总价：", flow.size)
    end = flow.page.text(after_label, y, f"¥{old:,.2f}（大写：{_words(str(old))}）", flow.size)
    ink = (25, 25, 30)
    for dy in (0.45, 0.62):
        flow.page.draw.line(
            (after_label - 4, y + flow.size * dy, end + 4, y + flow.size * dy), fill=ink, width=2
        )
    _pen(flow.page.draw, (after_label + 6, y - flow.size * 1.5), f"¥{new:,.2f}（{_words(str(new))}）", rng)
    _pen(flow.page.draw, (min(end + 10, flow.width - 150), y), rng.choice(("已更正", "改")), rng)
    flow.y += flow.step()
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    return flow.images()


def c_certified_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract copy the dealer certified for the lender: on each page a blue box stamp
    与原件核对无误, the clerk's signature and the day it was certified (weeks after signing)
    written in pen beside it."""
    certified = date.fromisoformat(f["sign_date"]) + timedelta(days=rng.randint(3, 60))
    out = []
    for page in c_table_classic(f, font, rng):
        page = page.convert("L").convert("RGB")
        w, h = page.size
        layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        bx, by = int(w * rng.uniform(0.5, 0.62)), int(h * rng.uniform(0.7, 0.82))
        blue = (40, 70, 190, rng.randint(150, 200))
        draw.rectangle((bx, by, bx + 300, by + 110), outline=blue, width=5)
        draw.text((bx + 24, by + 16), "与原件核对无误", font=load_font(font, 36), fill=blue)
        draw.text((bx + 24, by + 66), "经办人：", font=load_font(font, 26), fill=blue)
        page = Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")
        pen = ImageDraw.Draw(page)
        _pen(pen, (bx + 130, by + 62), rng.choice(("李明", "王芳", "赵磊")), rng)
        _pen(pen, (bx + 20, by + 124), f"{certified.year}.{certified.month}.{certified.day}", rng)
        out.append(page)
    return out


def p_rotated_schedule(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose cover schedule is printed sideways in a box on the upright page (a wide table
    turned to fit): the number, the insured and the VIN upright above it, the period, the premium
    and the beneficiary running up the page inside it."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单")
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    box = Flow(font, rng, width=1000, height=560, size=flow.size, margin=40)
    box.table(
        [0.28, 0.72],
        [
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
            [("签单日期", 1), (_date(f["start_date"], rng), 1)],
        ],
    )
    (table,) = box.images()
    table = table.crop((0, 0, table.width, int(min(table.height, box.y + 30))))
    turned = table.rotate(rng.choice((90, 270)), expand=True)
    page = flow.images()[0]
    x = (page.width - turned.width) // 2
    y = int(flow.y) + 20
    page.paste(turned.crop((0, 0, turned.width, min(turned.height, page.height - y - 40))), (x, y))
    ImageDraw.Draw(page).rectangle(
        (x - 6, y - 6, x + turned.width + 6, min(page.height - 34, y + turned.height + 6)),
        outline=RULE,
        width=2,
    )
    return [page]


def p_renewal_comparison(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A renewed policy that prints last year's beside this year's: the previous policy number,
    period and premium in the same table, under 上年度, next to 本年度."""
    start, end = date.fromisoformat(f["start_date"]), date.fromisoformat(f["end_date"])
    last_start, last_end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    last_premium = Decimal(f["premium"]) * Decimal(rng.choice(("1.08", "1.15", "0.95"))).quantize(
        Decimal("1")
    )
    last_number = f["policy_number"][:4] + _digits(rng, len(f["policy_number"]) - 4)
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险续保保险单")
    flow.line(f"被保险人：{f['insured_name']}　　车架号：{f['vin']}")
    flow.table(
        [0.24, 0.38, 0.38],
        [
            [("项目", 1), ("本年度", 1), ("上年度", 1)],
            [("保险单号", 1), (f["policy_number"], 1), (last_number, 1)],
            [("保险起期", 1), (_date(f["start_date"], rng), 1), (last_start.isoformat(), 1)],
            [("保险止期", 1), (_date(f["end_date"], rng), 1), (last_end.isoformat(), 1)],
            [("保险费", 1), (_money(f["premium"], rng), 1), (f"{last_premium:,.2f}", 1)],
        ],
    )
    flow.line(f"本年度保险费（大写）：{_words(f['premium'])}")
    flow.para(f"特别约定：第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_reduced_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photocopied at a reduction onto an upright A4 sheet: small, grey, at the top of
    a mostly empty page, so the sheet's outline is the invoice's shape turned a quarter."""
    (page,) = i_classic(f, font, rng)
    sheet = Image.new("RGB", (1000, 1414), (248, 248, 246))
    scale = rng.uniform(0.7, 0.78)
    small = page.resize((int(page.width * scale), int(page.height * scale)), Image.Resampling.LANCZOS)
    sheet.paste(small, ((1000 - small.width) // 2 + rng.randint(-20, 20), rng.randint(60, 160)))
    grey = np.asarray(sheet.convert("L"), np.float32)
    grey = np.clip((grey - 30) * 1.15, 0, 255)
    return [Image.fromarray(grey.astype(np.uint8)).convert("RGB")]


def i_with_conformity_certificate(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice sent with the car's certificate of conformity (机动车整车出厂合格证) as a second
    page: the same VIN and engine number, the maker's name (another company), the model code and
    the day the car was made (another date)."""
    pages = i_classic(f, font, rng)
    made = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(20, 200))
    flow = Flow(font, rng, width=1240, height=880, size=rng.randint(19, 22), margin=rng.randint(40, 60))
    flow.line("机动车整车出厂合格证", x=flow.width / 2 - 180, size=34)
    flow.line(f"合格证编号：W{_digits(rng, 13)}", right=True)
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [
                ("车辆制造企业名称", 1),
                (rng.choice(("上汽大众汽车有限公司", "一汽丰田汽车有限公司", "比亚迪汽车工业有限公司")), 3),
            ],
            [("车辆品牌/型号", 1), (f["brand_model"], 1), ("车辆识别代号", 1), (f["vin"], 1)],
            [("发动机号", 1), (f["engine_number"], 1), ("车身颜色", 1), (rng.choice(("白", "黑", "灰")), 1)],
            [
                ("车辆制造日期", 1),
                (f"{made.year}年{made.month:02d}月{made.day:02d}日", 1),
                ("发证日期", 1),
                (made.isoformat(), 1),
            ],
        ],
        row_h=rng.randint(50, 56),
    )
    flow.stamp("产品合格章", dx=flow.inner * 0.65, dy=-30)
    return pages + flow.images()


# ---------------------------------------------------------------- the twenty-fifth set (2026-12-02)
# Written before the twenty-fourth set was measured, so before any of its results were read.


def id_front_fisheye(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card shot from close up with a phone's wide lens: barrel distortion bows the card's edges
    and its lines of print outward, most towards the corners, the card filling most of the frame."""
    card = np.asarray(render_front(f, font, rng, None))
    h, w = card.shape[:2]
    pad = int(w * rng.uniform(0.05, 0.1))
    frame = np.empty((h + 2 * pad, w + 2 * pad, 3), np.uint8)
    frame[...] = (rng.randint(90, 150), rng.randint(80, 130), rng.randint(60, 110))  # a wooden table
    frame[pad : pad + h, pad : pad + w] = card
    fh, fw = frame.shape[:2]
    cx, cy = fw / 2 + rng.uniform(-0.06, 0.06) * fw, fh / 2 + rng.uniform(-0.06, 0.06) * fh
    norm = max(fw, fh) / 2
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    x, y = (xx - cx) / norm, (yy - cy) / norm
    bow = 1 + rng.uniform(0.12, 0.22) * (x * x + y * y)  # each pixel shows the scene further out
    out = cv2.remap(
        frame, cx + x * bow * norm, cy + y * bow * norm, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return [Image.fromarray(out)]


def id_back_over_bank_card(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back laid over a bank card on the table: the bank card, the same size and shape,
    sticks out from under one side with its bank's name, its long number, its holder in capitals
    and its expiry date."""
    card = render_back(f, font, rng)
    w, h = card.size
    fw, fh = int(w * 1.75), int(h * 1.8)
    frame = Image.new("RGB", (fw, fh), (rng.randint(200, 230), rng.randint(195, 225), rng.randint(185, 215)))
    bank = Image.new("RGB", (w, h), rng.choice(((30, 60, 140), (150, 30, 40), (20, 110, 90), (60, 60, 70))))
    draw = ImageDraw.Draw(bank)
    light = (235, 225, 190)
    draw.text(
        (50, 40),
        rng.choice(("中国建设银行", "招商银行", "中国工商银行", "交通银行")),
        font=load_font(font, 44),
        fill=light,
    )
    draw.rounded_rectangle((70, 150, 190, 240), radius=12, fill=(205, 175, 90))  # the chip
    number = " ".join(_digits(rng, 4) for _ in range(4))
    draw.text((60, 300), number, font=load_font(font, 58), fill=light)
    draw.text(
        (60, 400),
        f"VALID THRU {rng.randint(1, 12):02d}/{rng.randint(27, 33)}",
        font=load_font(font, 30),
        fill=light,
    )
    holder = rng.choice(("ZHANG WEI", "LI NA", "WANG FANG", "LIU YANG", "CHEN JIE"))
    draw.text((60, 460), holder, font=load_font(font, 34), fill=light)
    draw.text((w - 220, h - 90), "银联 UnionPay", font=load_font(font, 30), fill=light)
    bank_rgba = bank.convert("RGBA").rotate(rng.uniform(-15, 15), Image.Resampling.BICUBIC, expand=True)
    side = rng.choice(("left", "right", "top"))
    bx = {"left": 20, "right": fw - bank_rgba.width - 20, "top": (fw - bank_rgba.width) // 2}[side]
    by = (fh - bank_rgba.height) // 2 if side != "top" else 15
    frame.paste(bank_rgba, (bx, by), bank_rgba)
    card_rgba = card.convert("RGBA").rotate(rng.uniform(-8, 8), Image.Resampling.BICUBIC, expand=True)
    cx = {"left": fw - card_rgba.width - 25, "right": 25, "top": (fw - card_rgba.width) // 2}[side]
    cy = (fh - card_rgba.height) // 2 + rng.randint(-30, 30) if side != "top" else fh - card_rgba.height - 20
    frame.paste(card_rgba, (cx, cy), card_rgba)
    return [frame]


def _numeral_date(iso: str) -> str:
    """二〇二六年十一月五日: the year digit by digit, month and day as counted numbers."""
    y, m, d = (int(p) for p in iso.split("-"))
    digits = "〇一二三四五六七八九"

    def counted(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")) + (
            "" if ones == 0 and tens else digits[ones]
        )

    return "".join(digits[int(c)] for c in str(y)) + f"年{counted(m)}月{counted(d)}日"


def c_numeral_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A formal contract that writes its dates in Chinese numerals (二〇二六年十一月五日): the
    signing date in the closing sentence and under the signatures, the delivery date before it."""
    delivery = date.fromisoformat(f["sign_date"]) + timedelta(days=rng.randint(10, 45))
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"乙方身份证号码：{f['buyer_id_number']}")
    flow.line("第一条　标的车辆", size=flow.size + 1)
    flow.table(
        [0.3, 0.7],
        [
            [("车辆识别代号", 1), (f["vin"], 1)],
            [
                ("车辆总价", 1),
                (f"人民币{_words(f['vehicle_price'])}（¥{Decimal(f['vehicle_price']):,.2f}）", 1),
            ],
        ],
    )
    flow.line("第二条　交付", size=flow.size + 1)
    flow.para(f"甲方应于{_numeral_date(delivery.isoformat())}前在其经营场所向乙方交付车辆及随车文件。")
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.para(f"本合同于{_numeral_date(f['sign_date'])}在杭州市签订，自双方签字盖章之日起生效。")
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    signed = _numeral_date(f["sign_date"])
    flow.pair(signed, signed)
    return flow.images()


def c_deposit_receipt(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract sent with the dealer's deposit receipt as its last page: a receipt number, the
    deposit in figures and words, the buyer as payer and the day it was paid (before signing)."""
    pages = c_sell_buy_pairs(f, font, rng)
    deposit = Decimal(rng.randrange(2, 30) * 1000)
    paid = date.fromisoformat(f["sign_date"]) - timedelta(days=rng.randint(1, 20))
    flow = Flow(font, rng, width=1240, height=760, size=rng.randint(22, 25), margin=rng.randint(50, 70))
    flow.title("定金收据", 38)
    flow.line(f"No.{_digits(rng, 8)}", right=True)
    flow.line(f"今收到{f['buyer_name']}交来购车定金")
    flow.line(f"人民币（大写）：{_words(str(deposit))}　　¥{deposit:,.2f}")
    flow.line(f"车架号：{f['vin']}")
    flow.line(f"收款单位：{f['seller_name']}")
    flow.line(f"收款日期：{_date(paid.isoformat(), rng)}")
    flow.stamp("财务专用章", dx=flow.inner * 0.55)
    flow.pair("收款人：", "交款人：")
    return pages + flow.images()


def _spaced(label: str, rng: random.Random) -> str:
    return rng.choice(("\u3000", " ", "  ")).join(label)


def p_spaced_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy form whose labels are spaced out to the width of their cells (被　保　险　人,
    保 险 费), as pre-printed forms set them, with the values in the next cell."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单")

    def s(label: str) -> str:
        return _spaced(label, rng)

    flow.table(
        [0.24, 0.76],
        [
            [(s("保险单号"), 1), (f["policy_number"], 1)],
            [(s("被保险人"), 1), (f["insured_name"], 1)],
            [(s("车架号"), 1), (f["vin"], 1)],
            [(s("保险期间"), 1), (_period(f, rng), 1)],
            [(s("保险费"), 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [(s("第一受益人"), 1), (f["first_beneficiary"], 1)],
            [(s("投保单号"), 1), (_proposal(f, rng), 1)],
        ],
        row_h=rng.randint(58, 66),
    )
    flow.line(f"{s('保险人')}：{_branch(f['insurer'], rng)}")
    flow.line(f"{s('签单日期')}：{_date(f['start_date'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_tractor_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on continuous tractor-feed paper: a column of sprocket holes down each side
    behind a perforation, and the copy's name running down the right margin one character under
    another (第二联　被保险人留存)."""
    flow = _policy_flow(font, rng)
    flow.margin += 70
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单")
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.table(
        [0.22, 0.3, 0.18, 0.3],
        [
            [("被保险人", 1), (f["insured_name"], 1), ("号牌号码", 1), ("苏E" + _digits(rng, 5), 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 3)],
            [("特别约定", 1), (f"本保单第一受益人为{f['first_beneficiary']}。", 3)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    pages = flow.images()
    copy = rng.choice(("第二联　被保险人留存", "第三联　投保人留存", "第一联　保险人留存"))
    face = load_font(font, 22)
    for page in pages:
        draw = ImageDraw.Draw(page)
        w, h = page.size
        for x in (34, w - 34):
            for y in range(30, h, 50):
                draw.ellipse((x - 11, y - 11, x + 11, y + 11), fill=(70, 70, 70))
        for x in (66, w - 66):
            for y in range(0, h, 14):
                draw.line((x, y, x, y + 6), fill=(150, 150, 150), width=1)
        y = rng.randint(200, 400)
        for ch in copy:
            draw.text((w - 100, y), ch, font=face, fill=(40, 40, 40))
            y += 26
    return pages


def i_torn_taped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice torn in two and taped back together: a ragged tear across the page, the pieces a
    little apart, shifted and turned against each other, clear tape over the tear."""
    (page,) = i_taxpayer_id(f, font, rng)
    arr = np.asarray(page)
    h, w = arr.shape[:2]
    steps = np.cumsum([rng.uniform(-3, 3) for _ in range(h)])
    tear = (rng.uniform(0.3, 0.7) * w + steps - steps.mean()).astype(np.float32)
    left = np.arange(w, dtype=np.float32)[None, :] < tear[:, None]
    pad = 60
    desk = np.empty((h + 2 * pad, w + 2 * pad, 3), np.uint8)
    desk[...] = (rng.randint(120, 170), rng.randint(110, 150), rng.randint(90, 130))
    piece = np.where(left[..., None], arr, desk[pad : pad + h, pad : pad + w])
    desk[pad : pad + h, pad : pad + w] = piece
    cx, cy = float(tear.mean()) + pad, h / 2 + pad
    turn = cv2.getRotationMatrix2D((cx, cy), rng.uniform(-1.5, 1.5), 1.0)
    turn[0, 2] += rng.uniform(4, 12)  # the right piece a little apart
    turn[1, 2] += rng.uniform(-8, 8)
    right = np.zeros((h + 2 * pad, w + 2 * pad), np.uint8)
    right[pad : pad + h, pad : pad + w] = (~left).astype(np.uint8) * 255
    full = np.zeros_like(desk)
    full[pad : pad + h, pad : pad + w] = arr
    moved = cv2.warpAffine(full, turn, (desk.shape[1], desk.shape[0]), flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(right, turn, (desk.shape[1], desk.shape[0]), flags=cv2.INTER_NEAREST) > 0
    out = np.where(mask[..., None], moved, desk).astype(np.float32)
    x0 = int(cx) - rng.randint(35, 50)
    band = out[:, x0 : x0 + rng.randint(70, 100)]
    band[...] = band * 0.93 + np.array((250, 245, 215), np.float32) * 0.07  # the tape's tint
    band[:, band.shape[1] // 3 : band.shape[1] // 3 + 6] += 25  # where it catches the light
    return [_to_image(out)]


def i_show_through(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice on thin paper photographed with light behind it: another invoice printed on the
    back of the sheet shows through, mirrored and faint, under every line."""
    (page,) = i_classic(f, font, rng)
    other = random_fields("vehicle_invoice", random.Random(rng.randrange(2**32)))
    (back,) = i_taxpayer_id(other, font, rng)
    back = back.resize(page.size).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    front = np.asarray(page, np.float32)
    ink = 255 - np.asarray(back.convert("L"), np.float32)
    strength = rng.uniform(0.18, 0.3)
    out = front - ink[..., None] * strength
    return [_to_image(out)]


# ---------------------------------------------------------------- the twenty-sixth set (2026-12-02)
# Written before the twenty-fifth set was measured, so before any of its results were read.


def id_front_phone_reflection(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed flat under a ceiling light: the phone and the hand holding it are
    reflected in the laminate as a dark, soft-edged shape over one side of the card."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    shade = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(shade)
    x0 = rng.randint(int(w * 0.35), int(w * 0.6))
    y0 = rng.randint(-h // 4, h // 4)
    draw.rounded_rectangle((x0, y0, x0 + int(w * 0.45), y0 + int(h * 1.3)), radius=60, fill=255)  # phone
    draw.ellipse(
        (x0 - int(w * 0.15), y0 + int(h * 0.6), x0 + int(w * 0.2), y0 + int(h * 1.4)), fill=255
    )  # hand
    soft = np.asarray(shade.filter(ImageFilter.GaussianBlur(rng.uniform(18, 30))), np.float32) / 255
    dark = rng.uniform(0.3, 0.45)
    out = card * (1 - dark * soft[..., None])
    return [_to_image(out)]


def id_back_beside_front(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Both sides photographed in one picture, the back beside the front: the front's name,
    birth date and ID number in the same photo as the back's authority and validity dates."""
    back = render_back(f, font, rng)
    front = render_front(random_fields("id_card_front", random.Random(rng.randrange(2**32))), font, rng, None)
    w, h = back.size
    gap = rng.randint(30, 80)
    frame = Image.new("RGB", (2 * w + gap + 120, h + 160), (rng.randint(60, 110),) * 3)
    first, second = (front, back) if rng.random() < 0.5 else (back, front)
    for i, card in enumerate((first, second)):
        turned = card.convert("RGBA").rotate(rng.uniform(-4, 4), Image.Resampling.BICUBIC, expand=True)
        frame.paste(turned, (50 + i * (w + gap), 70 + rng.randint(-20, 20)), turned)
    return [frame]


def c_app_screenshot(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract signed in a dealer's phone app and sent as one long screenshot: a green
    signed banner with the moment of signing, then each field as a small grey label with its value
    under it, the parties by their roles in the app (出卖方 / 购车人)."""
    flow = Flow(font, rng, width=720, height=2200, size=rng.randint(22, 25), margin=rng.randint(30, 45))
    flow.line(f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", size=18)
    flow.title("电子合同", 32)
    top = int(flow.y)
    flow.page.draw.rectangle((0, top - 10, 720, top + 70), fill=(46, 160, 90))
    signed = f"{f['sign_date']} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    flow.page.draw.text(
        (flow.margin, top + 8), f"签署完成  {signed}", font=load_font(font, 24), fill=(255, 255, 255)
    )
    flow.y = top + 100
    rows = [
        ("合同编号", f["contract_number"]),
        ("出卖方", f["seller_name"]),
        ("购车人", f["buyer_name"]),
        ("购车人证件号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("成交价", f"¥{Decimal(f['vehicle_price']):,.2f}"),
        ("价款大写", _words(f["vehicle_price"])),
        (
            "预计交车日期",
            (date.fromisoformat(f["sign_date"]) + timedelta(days=rng.randint(7, 40))).isoformat(),
        ),
    ]
    for label, value in rows:
        flow.page.text(flow.margin, flow.y, label, flow.size - 5, (150, 150, 150))
        flow.y += flow.size
        flow.line(value)
        flow.page.draw.line((flow.margin, flow.y - 10, 720 - flow.margin, flow.y - 10), (225, 225, 225), 1)
    (page,) = flow.images()
    return [page.crop((0, 0, 720, min(2200, int(flow.y) + 60)))]


def c_with_id_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract with the buyer's ID card photocopied onto its last page, front above back, the
    dealer's 与原件一致 written across: the same name and number again, and the card's birth date
    and validity dates on the page after the signing date."""
    pages = c_party_blocks(f, font, rng)
    born = f["buyer_id_number"][6:14]
    card = {
        "name": f["buyer_name"],
        "sex": "男" if int(f["buyer_id_number"][16]) % 2 else "女",
        "ethnicity": "汉",
        "birth_date": f"{born[:4]}-{born[4:6]}-{born[6:]}",
        "address": rng.choice(("浙江省杭州市西湖区文三路90号", "江苏省南京市鼓楼区中山北路8号")),
        "id_number": f["buyer_id_number"],
    }
    start = rng.randint(2012, 2022)
    back_fields = {
        "issuing_authority": rng.choice(("杭州市公安局西湖分局", "南京市公安局鼓楼分局")),
        "valid_from": f"{start}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "valid_to": "",
    }
    back_fields["valid_to"] = f"{start + 20}{back_fields['valid_from'][4:]}"
    sheet = Image.new("RGB", (1000, 1414), (252, 252, 250))
    for i, side in enumerate((render_front(card, font, rng, None), render_back(back_fields, font, rng))):
        grey = side.convert("L").convert("RGB").resize((640, 404), Image.Resampling.LANCZOS)
        sheet.paste(grey, (180, 120 + i * 480))
    ImageDraw.Draw(sheet).text((260, 1060), "与原件一致", font=load_font(font, 40), fill=(30, 50, 160))
    _pen(ImageDraw.Draw(sheet), (560, 1130), f["sign_date"].replace("-", "."), rng)
    return [*pages, sheet]


def p_inverted_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy whose head is white print on a dark blue band: the insurer and the policy
    number reversed out of the colour, the rest in black on white below."""
    flow = _policy_flow(font, rng)
    band = (rng.randint(10, 40), rng.randint(40, 80), rng.randint(110, 160))
    flow.page.draw.rectangle((0, 0, flow.width, 250), fill=band)
    face = load_font(font, 30)
    flow.page.draw.text((flow.margin, 50), f["insurer"], font=face, fill=(255, 255, 255))
    flow.page.draw.text(
        (flow.margin, 110), "机动车商业保险电子保单", font=load_font(font, 36), fill=(255, 255, 255)
    )
    flow.page.draw.text(
        (flow.margin, 180),
        f"保单号 {f['policy_number']}",
        font=load_font(font, flow.size),
        fill=(230, 235, 255),
    )
    flow.y = 290
    flow.table(
        [0.26, 0.74],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车架号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
        ],
    )
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    return flow.images()


def p_dot_leaders(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule set like a table of contents: each label followed by a row of dots
    leading across to its value at the right margin."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车辆保险单")
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险起期", _date(f["start_date"], rng)),
        ("保险止期", _date(f["end_date"], rng)),
        ("保险费（人民币）", f"{Decimal(f['premium']):,.2f}元"),
        ("第一受益人", f["first_beneficiary"]),
    ]
    dots = rng.choice(("·", ".", "…"))
    for label, value in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        right = flow.width - flow.margin - flow.page.width_of(value, flow.size)
        room = right - end - 16
        leader = dots * max(0, int(room // max(1, flow.page.width_of(dots, flow.size))))
        flow.page.text(end + 8, flow.y, leader, flow.size, (110, 110, 110))
        flow.page.text(right, flow.y, value, flow.size)
        flow.y += flow.step()
    flow.line(f"保费大写：{_words(f['premium'])}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_sticky_note(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with a yellow sticky note stuck on its lower margin and over the table's edge,
    the salesman's figures written on it in pen (the down payment, the loan, a phone number)."""
    (page,) = i_classic(f, font, rng)
    page = page.convert("RGBA")
    note = Image.new("RGBA", (300, 230), (250, 235, 120, 245))
    draw = ImageDraw.Draw(note)
    total = Decimal(f["total_price"])
    down = (total * Decimal(rng.choice(("0.2", "0.3", "0.4")))).quantize(Decimal("1"))
    _pen(draw, (16, 14), f"首付 {down:,}", rng)
    _pen(draw, (16, 74), f"贷款 {total - down:,}", rng)
    _pen(draw, (16, 134), f"1{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}", rng)
    note = note.rotate(rng.uniform(-8, 8), Image.Resampling.BICUBIC, expand=True)
    x = rng.randint(page.width - note.width - 80, page.width - note.width - 10)
    page.alpha_composite(note, (x, page.height - note.height - rng.randint(10, 60)))
    return [page.convert("RGB")]


def i_condensed_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed squeezed to 60-75% of its width (a printer's fit-to-page setting) on a
    sheet of the usual size: every character and cell narrow, the sheet's margins wide."""
    (page,) = i_taxpayer_id(f, font, rng)
    squeeze = rng.uniform(0.6, 0.75)
    narrow = page.resize((int(page.width * squeeze), page.height), Image.Resampling.LANCZOS)
    sheet = Image.new("RGB", page.size, (252, 252, 250))
    sheet.paste(narrow, (rng.randint(20, page.width - narrow.width - 20), 0))
    return [sheet]


# ---------------------------------------------------------------- the twenty-seventh set (2026-12-02)
# Written before the twenty-sixth set was measured, so before any of its results were read.


def id_front_mirrored(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card photographed with the front (selfie) camera of a phone or a car's screen, which
    saves the picture mirrored: every line of print runs right to left in mirror writing."""
    card = render_front(f, font, rng, None)
    return [card.transpose(Image.Transpose.FLIP_LEFT_RIGHT)]


def id_back_cabin_camera(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back held up to the car's cabin camera: a near-infrared picture without colour,
    of low resolution (the card 330-420 pixels wide), grainy, the card small in a dark interior."""
    card = render_back(f, font, rng).convert("L")
    w, h = card.size
    small_w = rng.randint(330, 420)
    small = card.resize((small_w, int(h * small_w / w)), Image.Resampling.BILINEAR)
    fw, fh = int(small_w * rng.uniform(1.5, 1.9)), int(small.height * rng.uniform(1.7, 2.1))
    frame = Image.new("L", (fw, fh), rng.randint(25, 55))
    frame.paste(small, (rng.randint(10, fw - small_w - 10), rng.randint(10, fh - small.height - 10)))
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(7, 12), (fh, fw))
    out = np.clip(np.asarray(frame, np.float32) * rng.uniform(0.8, 0.95) + grain, 0, 255).astype(np.uint8)
    # The frame as the camera sends it, scaled up by the app for the upload.
    return [Image.fromarray(out).convert("RGB").resize((fw * 2, fh * 2), Image.Resampling.BILINEAR)]


def c_co_buyer_guarantor(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract with three people on the buying side: the buyer, a co-buyer (the spouse, 共同买受人)
    and a guarantor (担保人), each with a name, an ID number and a phone, the buyer not always
    first."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    others = [random_fields("id_card_front", random.Random(rng.randrange(2**32))) for _ in range(2)]
    people = [
        ("买受人", f["buyer_name"], f["buyer_id_number"]),
        ("共同买受人", others[0]["name"], others[0]["id_number"]),
        ("担保人", others[1]["name"], others[1]["id_number"]),
    ]
    if rng.random() < 0.4:
        people = [people[1], people[0], people[2]]
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"统一社会信用代码：{_uscc(rng)}")
    for role, name, idn in people:
        flow.gap(flow.size // 2)
        flow.pair(f"{role}：{name}", f"电话：1{rng.choice('3589')}{_digits(rng, 9)}")
        flow.line(f"身份证号码：{idn}")
    flow.para(
        f"买受人与共同买受人共同向出卖人购买车辆一台，车辆识别代号{f['vin']}，成交价"
        f"{_money(f['vehicle_price'], rng)}（大写{_words(f['vehicle_price'])}）。担保人对买受人的付款义务"
        "承担连带保证责任。"
    )
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.pair("共同买受人（签字）", "担保人（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.15, dy=-flow.size * 3)
    return flow.images()


def c_signature_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose last page is its signing page, 本页无正文: only the parties' signatures,
    seals and the signing date, under a line naming the contract it signs; every page headed with
    the contract number and 第N页 共M页."""
    flow = _contract_flow(font, rng, "机动车买卖合同")
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"乙方身份证号码：{f['buyer_id_number']}")
    flow.line("第一条 车辆", size=flow.size + 1)
    flow.para(
        f"甲方向乙方出售车辆一台，车辆识别代号（VIN）为{f['vin']}，发动机号{_engine(rng)}，"
        f"车辆价款{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）。"
    )
    _boilerplate(flow, rng, rng.randint(6, 9), 1)
    flow.new_page()
    flow.y = flow.margin + 80
    flow.para(f"（本页无正文，为编号{f['contract_number']}《机动车买卖合同》之签署页）", indent=False)
    flow.gap(80)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.gap(60)
    flow.pair("法定代表人或授权代表：", "")
    flow.gap(60)
    day = _date(f["sign_date"], rng)
    flow.pair(f"日期：{day}", f"日期：{day}")
    flow.stamp("合同专用章", dx=flow.inner * 0.18, dy=-flow.size * 8)
    _pen(flow.page.draw, (flow.margin + flow.inner // 2 + 190, flow.y - 230), f["buyer_name"], rng)
    pages = flow.images()
    for i, page in enumerate(pages):
        draw = ImageDraw.Draw(page)
        face = load_font(font, 18)
        draw.text((flow.margin, 24), f"合同编号：{f['contract_number']}", font=face, fill=(90, 90, 90))
        draw.text(
            (flow.width - flow.margin - 140, 24),
            f"第{i + 1}页 共{len(pages)}页",
            font=face,
            fill=(90, 90, 90),
        )
    return pages


def p_fullwidth_digits(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy from an older system that prints numbers and Latin letters in full-width forms
    (ＰＤＡＡ２０２６…, ２０２６年１１月０５日, ￥３，４５６．７８), each as wide as a Chinese character."""

    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=28)
    flow.title("机动车辆商业保险保险单")
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    flow.table(
        [0.24, 0.76],
        [
            [("保险单号", 1), (_wide(f["policy_number"]), 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车架号", 1), (_wide(f["vin"]), 1)],
            [("保险期间", 1), (_wide(f"自{sy}年{sm}月{sd}日零时起至{ey}年{em}月{ed}日二十四时止"), 1)],
            [("保险费合计", 1), (_wide(f"￥{Decimal(f['premium']):,.2f}元"), 1)],
            [("大写", 1), (_words(f["premium"]), 1)],
        ],
    )
    flow.para(f"特别约定：第一受益人：{f['first_beneficiary']}。", indent=False)
    flow.line(_wide(f"签单日期：{_date(f['start_date'], rng)}"))
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_claims_history(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A renewed policy that lists the car's record: last year's policy number and period, and a
    table of past claims with their dates and amounts, next to this year's number, period and
    premium."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单（续保）")
    start = date.fromisoformat(f["start_date"])
    last_start, last_end = start - timedelta(days=365), start - timedelta(days=1)
    last_no = f["policy_number"][:4] + str(last_start.year) + f["policy_number"][8:12] + _digits(rng, 10)
    rows = [
        [("保险单号", 1), (f["policy_number"], 1)],
        [("上年保单号", 1), (last_no, 1)],
        [("被保险人", 1), (f["insured_name"], 1)],
        [("车辆识别代号", 1), (f["vin"], 1)],
        [("保险期间", 1), (_period(f, rng), 1)],
        [("上年保险期间", 1), (f"{last_start.isoformat()} 至 {last_end.isoformat()}", 1)],
        [("保险费", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
    ]
    if rng.random() < 0.5:
        rows[0], rows[1] = rows[1], rows[0]
    flow.table([0.26, 0.74], rows)
    flow.line("出险记录", size=flow.size + 2)
    claims = []
    for _ in range(rng.randint(1, 3)):
        when = last_start + timedelta(days=rng.randint(10, 350))
        claims.append(
            [
                (when.isoformat(), 1),
                (rng.choice(("追尾", "刮擦", "玻璃破碎", "倒车碰撞")), 1),
                (f"{rng.randint(300, 9000)}.{_digits(rng, 2)}", 1),
            ]
        )
    flow.table([0.35, 0.35, 0.3], [[("出险日期", 1), ("事故类型", 1), ("赔款金额（元）", 1)], *claims])
    flow.line(f"本年度无赔款优待系数：{rng.choice(('0.85', '1.00', '1.25'))}")
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_tax_app_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The buyer's tax app showing the invoice's details as a list on a phone: each label in grey at
    the left, its value at the right margin, long values wrapped under it; the status and the
    tax amounts among them."""
    flow = Flow(font, rng, width=720, height=1700, size=rng.randint(21, 24), margin=rng.randint(28, 40))
    flow.line(f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", size=18)
    flow.title("发票详情", 32)
    total = Decimal(f["total_price"])
    tax = (total / Decimal("1.13") * Decimal("0.13")).quantize(Decimal("0.01"))
    rows = [
        ("发票类型", "机动车销售统一发票"),
        ("发票状态", "正常"),
        ("发票代码", f["invoice_code"]),
        ("发票号码", f["invoice_number"]),
        ("开票日期", f["issue_date"]),
        ("销售方名称", f["seller_name"]),
        ("购买方名称", f["buyer_name"]),
        ("购买方证件号码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"]),
        ("车辆识别代号", f["vin"]),
        ("发动机号码", f["engine_number"]),
        ("不含税价", f"¥{total - tax:,.2f}"),
        ("税额", f"¥{tax:,.2f}"),
        ("价税合计", f"¥{total:,.2f}"),
    ]
    grey = (140, 140, 140)
    for label, value in rows:
        flow.room(flow.size * 3)
        flow.page.text(flow.margin, flow.y, label, flow.size, grey)
        if flow.page.width_of(label + value, flow.size) < flow.inner - 40:
            flow.line(value, right=True)
        else:
            flow.y += flow.step()
            flow.line(value, right=True)
        flow.page.draw.line(
            (flow.margin, flow.y - 6, flow.width - flow.margin, flow.y - 6), (228, 228, 228), 1
        )
    (page,) = flow.images()
    return [page.crop((0, 0, 720, min(1700, int(flow.y) + 50)))]


def i_bent_over_edge(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed lying on a table with its lower part hanging over the edge and bent
    down: below the bend the print is squashed to half its height or less and in shadow."""
    page = np.asarray(rng.choice((i_classic, i_taxpayer_id, i_old_generation))(f, font, rng)[0], np.float32)
    h, w = page.shape[:2]
    bend = int(h * rng.uniform(0.55, 0.7))
    squash = rng.uniform(0.35, 0.5)
    below = cv2.resize(page[bend:], (w, max(1, int((h - bend) * squash))), interpolation=cv2.INTER_AREA)
    shade = np.linspace(rng.uniform(0.75, 0.85), rng.uniform(0.45, 0.6), below.shape[0], dtype=np.float32)
    below = below * shade[:, None, None]
    floor = np.empty((h - bend - below.shape[0], w, 3), np.float32)
    floor[...] = (rng.randint(40, 70), rng.randint(35, 60), rng.randint(30, 50))  # the floor in shade
    out = np.concatenate([page[:bend], below, floor])
    return [_to_image(out)]


# ---------------------------------------------------------------- the twenty-eighth set (2026-12-03)
# Written before the twenty-seventh set was measured, so before any of its results were read.


def id_front_scratched(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An old card whose laminate is covered in fine scratches: dozens of thin bright lines in every
    direction across the print, some through the name and the number."""
    card = render_front(f, font, rng, None)
    draw = ImageDraw.Draw(card)
    w, h = card.size
    for _ in range(rng.randint(40, 80)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        length, angle = rng.uniform(30, 260), rng.uniform(0, np.pi)
        end = (x + length * np.cos(angle), y + length * np.sin(angle))
        shade = rng.randint(215, 250)
        draw.line((x, y, *end), fill=(shade, shade, shade), width=rng.choice((1, 1, 2)))
    return [card]


def id_back_diagonal(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back photographed turned 25-45 degrees in the frame, either way, on a plain desk:
    its lines of print run diagonally across the photo."""
    card = render_back(f, font, rng).convert("RGBA")
    turned = card.rotate(rng.choice((-1, 1)) * rng.uniform(25, 45), Image.Resampling.BICUBIC, expand=True)
    frame = Image.new("RGB", (turned.width + 120, turned.height + 120), (rng.randint(70, 120),) * 3)
    frame.paste(turned, (60, 60), turned)
    return [frame]


def c_seller_agent(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the dealer signs through its authorised representative (委托代理人), a person
    named with an ID number and a phone on the seller's side, above or below the buyer's own."""
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    agent = random_fields("id_card_front", random.Random(rng.randrange(2**32)))
    seller = [
        f"出卖人：{f['seller_name']}",
        f"法定代表人：{random_fields('id_card_front', random.Random(rng.randrange(2**32)))['name']}",
        f"委托代理人：{agent['name']}",
        f"代理人身份证号：{agent['id_number']}",
        f"联系电话：1{rng.choice('3589')}{_digits(rng, 9)}",
    ]
    buyer = [
        f"买受人：{f['buyer_name']}",
        f"身份证号码：{f['buyer_id_number']}",
        f"联系电话：1{rng.choice('3589')}{_digits(rng, 9)}",
    ]
    for block in (seller, buyer) if rng.random() < 0.6 else (buyer, seller):
        for text in block:
            flow.line(text)
        flow.gap(flow.size // 2)
    flow.para(
        f"出卖人向买受人出售车辆一台，车辆识别代号：{f['vin']}；发动机号：{_engine(rng)}；"
        f"成交价格{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）。"
    )
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.pair("委托代理人（签字）", f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def c_vin_lookalike_codes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer's system whose every page ends with a verification code of 17
    letters and digits, as long as a VIN and made of the same characters, beside a barcode."""
    pages = c_prose_articles(f, font, rng)
    out = []
    for i, page in enumerate(pages):
        draw = ImageDraw.Draw(page)
        w, h = page.size
        code = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        x = _barcode(draw, 70, h - 110, h - 70, rng)
        draw.text((x + 20, h - 105), f"验证码：{code}", font=load_font(font, 20), fill=(40, 40, 40))
        draw.text((w - 160, h - 105), f"第{i + 1}页", font=load_font(font, 20), fill=(40, 40, 40))
        out.append(page)
    return out


def p_vertical_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose table heads each block with its label printed downward, one character to a
    line, in a narrow tall cell (被/保/险/人), the values in the wide cell beside it."""
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=28)
    flow.title("机动车商业保险保险单")
    flow.line(f"保险单号：{f['policy_number']}")
    rows = [
        ("被保险人", f["insured_name"]),
        ("车架号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费", f"{_money(f['premium'], rng)}（{_words(f['premium'])}）"),
        ("受益人", f"第一受益人：{f['first_beneficiary']}"),
    ]
    x0, label_w = flow.margin, 56
    y = int(flow.y)
    for label, value in rows:
        h = len(label) * (flow.size + 6) + 20
        flow.page.draw.rectangle((x0, y, x0 + flow.inner, y + h), outline=RULE, width=2)
        flow.page.draw.line((x0 + label_w, y, x0 + label_w, y + h), fill=RULE, width=2)
        for k, ch in enumerate(label):
            flow.page.text(x0 + (label_w - flow.size) / 2, y + 10 + k * (flow.size + 6), ch, flow.size)
        size = flow.page.fit(value, flow.size, flow.inner - label_w - 30, smallest=14)
        flow.page.text(x0 + label_w + 16, y + h / 2 - size / 2, value, size)
        y += h
    flow.y = y + 40
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_wrapped_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule of four narrow columns whose long values wrap inside their cells: the
    policy number and the VIN broken over two lines, the period over three."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车辆保险单（正本）")
    cell = (flow.inner - 20) // 4
    size = flow.size - 2

    def wrapped(text: str) -> list[str]:
        return flow.page.wrap(text, size, cell - 16)

    rows = [
        ("保险单号", f["policy_number"], "被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"], "保险期间", _period(f, rng)),
        ("保险费", _money(f["premium"], rng), "第一受益人", f["first_beneficiary"]),
    ]
    y = int(flow.y)
    for row in rows:
        cells = [wrapped(t) for t in row]
        h = max(len(c) for c in cells) * (size + 10) + 16
        for k, lines in enumerate(cells):
            x = flow.margin + k * cell
            flow.page.draw.rectangle((x, y, x + cell, y + h), outline=RULE, width=2)
            for j, text in enumerate(lines):
                flow.page.text(x + 8, y + 8 + j * (size + 10), text, size)
        y += h
    flow.y = y + 30
    flow.line(f"保费大写：{_words(f['premium'])}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_blind_shadows(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed by a window with venetian blinds: parallel bands of shadow, soft at
    their edges, cross the whole page at a slant."""
    page = np.asarray(rng.choice((i_classic, i_taxpayer_id, i_full_grid))(f, font, rng)[0], np.float32)
    h, w = page.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = np.radians(rng.uniform(-25, 25))
    along = yy * np.cos(angle) + xx * np.sin(angle)
    period = rng.uniform(60, 110)
    wave = 0.5 + 0.5 * np.sin(2 * np.pi * along / period + rng.uniform(0, 6.3))
    shade = 1 - rng.uniform(0.35, 0.5) * np.clip((wave - 0.35) * 3, 0, 1)
    out = page * shade[..., None]
    return [_to_image(out)]


def i_on_clipboard(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice on a dealer's clipboard: brown board around it, the metal clip over the middle
    of its top edge, across the title and sometimes the first row."""
    (page,) = rng.choice((i_classic, i_old_generation))(f, font, rng)
    w, h = page.size
    board = Image.new(
        "RGB", (w + 120, h + 200), (rng.randint(120, 150), rng.randint(85, 105), rng.randint(50, 70))
    )
    board.paste(page, (60, 140))
    draw = ImageDraw.Draw(board)
    cx, clip_w = board.width // 2 + rng.randint(-120, 120), rng.randint(260, 360)
    depth = rng.randint(150, 230)
    draw.rounded_rectangle(
        (cx - clip_w // 2, 40, cx + clip_w // 2, 140 + depth - 100), radius=18, fill=(170, 172, 176)
    )
    draw.rectangle((cx - clip_w // 2 + 20, 60, cx + clip_w // 2 - 20, 90), fill=(120, 122, 126))
    return [board]


# ---------------------------------------------------------------- the twenty-ninth set (2026-12-03)
# Written before the twenty-seventh set was measured, so before any result of it or of the
# twenty-eighth was read.


def id_front_sideways(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front photographed with the phone held the other way round: the card lies a quarter
    turn round in the frame, either way, a few degrees off square, on a plain desk."""
    card = render_front(f, font, rng, None).convert("RGBA")
    turned = card.rotate(rng.choice((90, -90)) + rng.uniform(-4, 4), Image.Resampling.BICUBIC, expand=True)
    desk = (rng.randint(70, 150), rng.randint(70, 150), rng.randint(70, 150))
    frame = Image.new("RGB", (turned.width + 160, turned.height + 160), desk)
    frame.paste(turned, (80 + rng.randint(-40, 40), 80 + rng.randint(-40, 40)), turned)
    return [frame]


def id_back_key_over_corner(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back on a desk with the car's key fob lying over one of its top corners: a dark
    rounded shape with buttons and a soft shadow, covering the corner and running off the card, so
    the card's outline is broken there."""
    card = render_back(f, font, rng)
    w, h = card.size
    m = 160
    frame = Image.new("RGB", (w + 2 * m, h + 2 * m), tuple(rng.randint(150, 205) for _ in range(3)))
    frame.paste(card, (m, m))
    fw, fh = int(w * rng.uniform(0.24, 0.3)), int(h * rng.uniform(0.5, 0.6))
    fob = Image.new("RGBA", (fw, fh), (0, 0, 0, 0))
    draw = ImageDraw.Draw(fob)
    shade = rng.randint(15, 45)
    draw.rounded_rectangle((0, 0, fw - 1, fh - 1), radius=fw // 3, fill=(shade, shade, shade + 6, 255))
    for k in range(3):  # lock, unlock, boot
        by = fh * (0.2 + 0.22 * k)
        draw.ellipse((fw * 0.3, by, fw * 0.7, by + fh * 0.14), fill=(shade + 45,) * 3 + (255,))
    fob = fob.rotate(rng.uniform(-60, 60), Image.Resampling.BICUBIC, expand=True)
    right = rng.random() < 0.5
    out = rng.uniform(-0.02, 0.05) * w  # how far past the corner the fob's centre lies
    cx = m + (w + out if right else -out)
    cy = m - rng.uniform(-0.02, 0.06) * h
    at = (int(cx - fob.width / 2), int(cy - fob.height / 2))
    shadow = Image.new("RGBA", fob.size, (0, 0, 0, 0))
    shadow.putalpha(fob.getchannel("A").point(lambda a: a * 0.45))
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    frame.paste(shadow, (at[0] + 14, at[1] + 18), shadow)
    frame.paste(fob, at, fob)
    return [frame]


def c_tracked_changes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract printed from a word processor with its changes still tracked: the corrected price
    and signing date (and sometimes VIN) inline, underlined in the reviser's colour, the text they
    replaced in balloons down a grey markup pane on the right, joined to their place by dotted
    lines, with a reviser's comment among them."""
    body_w, pane = 760, rng.randint(260, 300)
    flow = Flow(font, rng, width=body_w, size=rng.randint(20, 22), margin=rng.randint(50, 66))
    flow.title("汽车买卖合同", rng.randint(32, 38))
    colour = rng.choice(((200, 30, 30), (30, 60, 190), (150, 40, 150)))
    marks: list[tuple[int, float, str]] = []

    def changed(label: str, new: str, old: str) -> None:
        flow.room(flow.size * 2)
        y = flow.y
        x = flow.page.text(flow.margin, y, label, flow.size)
        end = flow.page.text(x, y, new, flow.size, colour)
        flow.page.draw.line((x, y + flow.size + 4, end, y + flow.size + 4), fill=colour, width=2)
        marks.append((len(flow.pages) - 1, y, f"删除的内容: {old}"))
        flow.y += flow.step()

    price = Decimal(f["vehicle_price"])
    old_price = price + rng.randrange(3, 30) * 1000
    old_day = date.fromisoformat(f["sign_date"]) - timedelta(days=rng.randint(2, 20))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line("第一条 车辆")
    if rng.random() < 0.4:
        changed("车辆识别代号：", f["vin"], random_vin(rng))
    else:
        flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"发动机号：{_engine(rng)}")
    flow.line("第二条 价款")
    changed("成交价格：", _money(f["vehicle_price"], rng), f"¥{old_price:,.2f}")
    changed("大写：", _words(f["vehicle_price"]), _words(str(old_price)))
    marks.append((len(flow.pages) - 1, flow.y - flow.step(), "批注 [销售顾问1]: 按店内活动价调整"))
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.75)
    changed("签订日期：", _date(f["sign_date"], rng), _date(old_day.isoformat(), rng))
    out = []
    face = load_font(font, 17)
    for i, image in enumerate(flow.images()):
        sheet = Image.new("RGB", (body_w + pane, image.height), (252, 251, 247))
        sheet.paste(image, (0, 0))
        draw = ImageDraw.Draw(sheet)
        draw.rectangle((body_w, 0, body_w + pane, image.height), fill=(236, 236, 238))
        low = 0.0
        for page, y, text in marks:
            if page != i:
                continue
            lines = Page(pane, 100, font, rng).wrap(text, 17, pane - 40)
            top = max(y - 6, low)
            box = (body_w + 12, top, body_w + pane - 12, top + 14 + 24 * len(lines))
            draw.rounded_rectangle(box, radius=6, fill=(255, 255, 255), outline=colour, width=1)
            for k, ln in enumerate(lines):
                draw.text((box[0] + 8, top + 7 + 24 * k), ln, font=face, fill=(60, 60, 60))
            for x in range(int(body_w - 120), body_w + 12, 8):  # the dotted connector
                draw.line((x, y + flow.size + 8, x + 4, y + flow.size + 8), fill=colour, width=1)
            low = box[3] + 10
        out.append(sheet)
    return out


def c_table_across_pages(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose vehicle table starts at the foot of the first page and runs on to the next:
    its column heads (品牌型号, 车辆识别代号, 成交价…) on page one, the car's row under 续表 on page two,
    the heads repeated there only sometimes."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}")
    flow.line(f"证件号码：{f['buyer_id_number']}")
    flow.para("买卖双方根据《中华人民共和国民法典》，就买方购买卖方车辆一事，经协商一致，订立本合同。")
    row_h = int(flow.size * 2.4)
    bottom = flow.height - flow.margin - 40
    n, step = 1, flow.size * 2
    while flow.y + 4 * step + row_h < bottom:  # articles while one more surely fits
        _boilerplate(flow, rng, 1, n)
        n += 1
    heads = [("品牌型号", 1), ("车辆识别代号", 1), ("颜色", 1), ("数量", 1), ("成交价（元）", 1)]
    widths = [int(flow.inner * r) for r in (0.2, 0.34, 0.12, 0.1, 0.24)]
    flow.line(f"第{'一二三四五六七八九十'[n % 10]}条 车辆及价款")
    flow.para("双方约定所购车辆及价款如下表：")
    flow.y = min(flow.y + 6, bottom - row_h)
    flow.page.table(flow.margin, int(flow.y), widths, [heads], row_h, flow.size - 1)
    flow.new_page()
    flow.line("续表", size=flow.size - 2)
    rows = [
        [
            (rng.choice(("比亚迪汉EV", "丰田凯美瑞", "大众迈腾", "本田CR-V")), 1),
            (f["vin"], 1),
            (rng.choice(("白色", "黑色", "灰色")), 1),
            ("1", 1),
            (f"{Decimal(f['vehicle_price']):,.2f}", 1),
        ],
        [("合计（大写）", 1), (_words(f["vehicle_price"]), 4)],
    ]
    if rng.random() < 0.5:
        rows.insert(0, heads)
    flow.y = flow.page.table(flow.margin, int(flow.y), widths, rows, row_h, flow.size - 1) + flow.size
    _boilerplate(flow, rng, rng.randint(2, 3), n + 1)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.gap(flow.size)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15, dy=flow.size * 2)
    return flow.images()


def p_underlined_blanks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed policy form filled in by a printer: each value sits on the underline after its
    label, the period's year, month and day in the blanks of 自__年__月__日零时起, and the fill printed
    a little low, so the rule runs through the bottom of some values."""
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng) if rng.random() < 0.5 else f["insurer"], size=28)
    flow.title("机动车辆商业保险单")
    drop = rng.uniform(0.0, 0.2) * flow.size  # how far below its line the printer put the fill
    ink = rng.choice(((20, 20, 24), (30, 40, 120)))

    def form(*parts: tuple[str, bool]) -> None:
        flow.room(flow.size * 2)
        y, x = flow.y, float(flow.margin)
        for text, value in parts:
            if not value:
                x = flow.page.text(x, y, text, flow.size)
                continue
            w = flow.page.width_of(text, flow.size)
            blank = w + rng.randint(24, 48)
            flow.page.draw.line((x, y + flow.size + 5, x + blank, y + flow.size + 5), fill=(30, 30, 30))
            flow.page.text(x + (blank - w) / 2, y + drop, text, flow.size, ink)
            x += blank
        flow.y += flow.step()

    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    form(("保险单号：", False), (f["policy_number"], True))
    form(("投保单号：", False), (_proposal(f, rng), True))
    form(("被保险人：", False), (f["insured_name"], True), ("  号牌号码：", False), ("新车未上牌", True))
    form(("车辆识别代号：", False), (f["vin"], True))
    form(("发动机号：", False), (_engine(rng), True))
    form(("保险期间：自", False), (sy, True), ("年", False), (sm, True), ("月", False), (sd, True))
    form(("日零时起至", False), (ey, True), ("年", False), (em, True), ("月", False), (ed, True))
    flow.line("日二十四时止")
    form(("保险费合计（大写）：", False), (_words(f["premium"]), True))
    form(("（小写）：", False), (_money(f["premium"], rng), True))
    form(("第一受益人：", False), (f["first_beneficiary"], True))
    form(("签单日期：", False), (_date(f["start_date"], rng), True))
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_on_car_seat(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed lying on a car seat: woven upholstery round it with a seam, the page
    sagging into the cushion so its lines bow, and daylight from a side window fading across."""
    page = np.asarray(rng.choice((p_table_classic, p_two_column, p_kv_list))(f, font, rng)[0], np.float32)
    h, w = page.shape[:2]
    m = rng.randint(90, 140)
    nrng = np.random.default_rng(rng.randrange(2**32))
    yy, xx = np.mgrid[0 : h + 2 * m, 0 : w + 2 * m].astype(np.float32)
    colour = np.array(rng.choice(((52, 52, 58), (160, 142, 116), (34, 32, 32), (88, 90, 98))), np.float32)
    period = rng.uniform(5, 9)
    weave = 0.5 + 0.5 * np.sin(2 * np.pi * xx / period) * np.sin(2 * np.pi * yy / period)
    seat = colour[None, None, :] * (0.85 + 0.25 * weave[..., None])
    seat += nrng.normal(0, 6, seat.shape).astype(np.float32)
    seam = rng.randint(20, m - 20) if rng.random() < 0.5 else h + 2 * m - rng.randint(20, m - 20)
    seat[seam - 3 : seam + 3] *= 0.55
    # The page's middle sinks into the cushion: rows bow by up to `sag` pixels across its width.
    sag = rng.uniform(10, 26) * rng.choice((-1, 1))
    xs, ys = np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32)
    map_x = np.tile(xs, (h, 1))
    map_y = np.tile(ys[:, None], (1, w)) - sag * np.sin(np.pi * xs / w)[None, :] - min(sag, 0)
    warped = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.remap(np.ones((h, w), np.float32), map_x, map_y, cv2.INTER_LINEAR, borderValue=0.0)
    region = seat[m : m + h, m : m + w]
    seat[m : m + h, m : m + w] = region * (1 - mask[..., None]) + warped * mask[..., None]
    angle = rng.uniform(0, 2 * np.pi)
    along = (xx * np.cos(angle) + yy * np.sin(angle)) / (np.hypot(*seat.shape[:2]))
    along = (along - along.min()) / (along.max() - along.min())
    light = rng.uniform(0.55, 0.72) + (1 - rng.uniform(0.55, 0.72)) * along
    return [_to_image(seat * light[..., None])]


def i_trade_in_remark(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice for a car bought with a trade-in: the remarks cell (备注) names the old car by its
    own VIN (置换旧车车架号…), its engine number and the allowance, below the new car's row."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    old_vin, allowance = random_vin(rng), rng.randrange(20, 90) * 1000
    remark = rng.choice(
        (
            f"置换旧车车架号：{old_vin}，旧车抵扣¥{allowance:,}.00",
            f"以旧换新：原车车辆识别代号{old_vin}，原车发动机号{_engine(rng)}",
            f"旧车置换补贴 车架号{old_vin} 补贴金额{allowance}元",
        )
    )
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        [*_classic_rows(f, rng, words, fig, "上海"), [("备注", 1), (remark, 5)]],
        row_h=rng.randint(50, 56),
    )
    return flow.images()


def i_on_paper_stack(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed on top of the other papers of the purchase: two or three printed
    sheets under it, each a little turned, their lines of print showing past its edges, white
    paper against white paper."""
    (top,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation))(f, font, rng)
    w, h = top.size
    canvas = Image.new("RGB", (w + 500, h + 500), tuple(rng.randint(80, 130) for _ in range(3)))
    sentences = (
        "尊敬的客户：感谢您选购本店车辆，首次保养请于三个月或五千公里内到店进行。",
        f"服务热线：400-{_digits(rng, 3)}-{_digits(rng, 4)}  救援电话：{_digits(rng, 11)}",
        "车辆交接确认：随车工具、备胎、使用说明书、保养手册及钥匙两把已交付。",
        "贷款须知：请按期还款，逾期将影响个人征信记录，详情请咨询贷款机构。",
        f"交车日期：{_date(f['issue_date'], rng)}  经办人：{random_fields('id_card_front', rng)['name']}",
        "上牌服务：本店可代办上牌手续，所需材料为身份证原件、发票及合格证。",
    )
    for _ in range(rng.randint(2, 3)):
        sheet = Page(w + rng.randint(-80, 120), h + rng.randint(100, 300), font, rng)
        y = rng.randint(30, 60)
        while y < sheet.height - 40:
            sheet.text(rng.randint(30, 60), y, rng.choice(sentences), rng.randint(20, 24))
            y += rng.randint(36, 48)
        turned = sheet.image.convert("RGBA").rotate(rng.uniform(-8, 8), Image.Resampling.BICUBIC, expand=True)
        canvas.paste(turned, (rng.randint(60, 240), rng.randint(60, 240)), turned)
    turned = top.convert("RGBA").rotate(rng.uniform(-2, 2), Image.Resampling.BICUBIC, expand=True)
    canvas.paste(turned, (250 + rng.randint(-60, 60), 250 + rng.randint(-60, 60)), turned)
    return [canvas]


# ---------------------------------------------------------------- the thirtieth set (2026-12-03)
# Written before the twenty-eighth set was measured, so before any result of it or of the
# twenty-ninth was read.


def _ramp(xx: np.ndarray, yy: np.ndarray, rng: random.Random) -> np.ndarray:
    """0 to 1 across the frame (`xx`, `yy` its pixel grid) along a random direction: light that
    falls off from one side of a photo to the other."""
    angle = rng.uniform(0, 2 * np.pi)
    along = xx * np.cos(angle) + yy * np.sin(angle)
    ramp: np.ndarray = (along - along.min()) / (along.max() - along.min())
    return ramp


def id_front_dashboard_sun(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front on a car's dashboard in sunshine: dark grained plastic round it, the sun
    lighting one side far more than the other, and the windscreen's reflection of the sky lying
    over part of the card as a soft bluish haze."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    m = rng.randint(80, 140)
    nrng = np.random.default_rng(rng.randrange(2**32))
    dash = np.full((h + 2 * m, w + 2 * m, 3), float(rng.randint(28, 60)), np.float32)
    grain = cv2.GaussianBlur(nrng.normal(0, 1, dash.shape[:2]).astype(np.float32), (0, 0), 1.5)
    dash += 10 * grain[..., None]
    dash[m : m + h, m : m + w] = card
    rows, cols = dash.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    along = _ramp(xx, yy, rng)
    out = dash * (rng.uniform(0.6, 0.75) + rng.uniform(0.35, 0.5) * along)[..., None]
    tilt = np.radians(rng.uniform(-30, 30))
    across = (xx - cols * rng.uniform(0.3, 0.7)) * np.cos(tilt) + (yy - rows / 2) * np.sin(tilt)
    haze = rng.uniform(0.35, 0.55) * np.exp(-((across / (cols * rng.uniform(0.1, 0.18))) ** 2))
    sky = np.array((215, 228, 245), np.float32)
    out = out * (1 - haze[..., None]) + sky * haze[..., None]
    return [_to_image(out)]


def id_back_over_other_card(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A couple's two cards photographed together, backs up: the buyer's card lies over the
    other's, which shows past one side with part of its own print (another authority, another
    period) cut off by the top card's edge."""
    other = random_fields("id_card_back", random.Random(rng.randrange(2**32)))
    under = render_back(other, font, rng).convert("RGBA")
    under = under.rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True)
    top = render_back(f, font, rng).convert("RGBA")
    top = top.rotate(rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True)
    shift, dy, m = int(under.width * rng.uniform(0.35, 0.55)), rng.randint(-60, 60), 120
    ground = (rng.randint(90, 170), rng.randint(90, 170), rng.randint(90, 170))
    return [_lying_over(top, under, shift, dy, m, ground, rng)]


def _lying_over(
    top: Image.Image,
    under: Image.Image,
    shift: int,
    dy: int,
    m: int,
    ground: tuple[int, int, int],
    rng: random.Random,
) -> Image.Image:
    """Two cards (RGBA) on a `ground`-coloured table, `m` from its edges: `top` whole over `under`,
    which shows `shift` past its left or right side, `dy` lower or higher."""
    canvas = Image.new("RGB", (top.width + shift + 2 * m, max(top.height, under.height) + 2 * m + 60), ground)
    if rng.random() < 0.5:  # the other card shows on the left
        canvas.paste(under, (m, m + 30 + dy), under)
        canvas.paste(top, (m + shift, m + 30), top)
    else:
        canvas.paste(under, (m + top.width + shift - under.width, m + 30 + dy), under)
        canvas.paste(top, (m, m + 30), top)
    return canvas


def c_business_card(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract with the salesperson's business card stapled over the top left corner of its
    first page, hanging off it: the card names the salesperson, their title, mobile and address,
    and the dealer."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_jia_seller))(f, font, rng)
    person = random_fields("id_card_front", random.Random(rng.randrange(2**32)))
    card = Page(
        430, 250, font, rng, background=rng.choice(((250, 250, 250), (240, 236, 225), (225, 235, 245)))
    )
    size = card.fit(f["seller_name"], 20, 390)
    card.text(22, 22, f["seller_name"], size, (30, 60, 130))
    end = card.text(22, 80, person["name"], 34)
    card.text(end + 14, 92, rng.choice(("销售顾问", "客户经理", "销售经理")), 20)
    card.text(22, 150, f"手机：1{rng.choice('3589')}{_digits(rng, 9)}", 19)
    for k, text in enumerate(card.wrap(f"地址：{person['address']}", 16, 390)[:2]):
        card.text(22, 186 + 24 * k, text, 16)
    tag = card.image.convert("RGBA").rotate(rng.uniform(-10, 10), Image.Resampling.BICUBIC, expand=True)
    first = pages[0]
    m = 160
    sheet = Image.new("RGB", (first.width + 2 * m, first.height + 2 * m), (rng.randint(60, 120),) * 3)
    sheet.paste(first, (m, m))
    at = (m - rng.randint(60, 130), m - rng.randint(70, 120))
    sheet.paste(tag, at, tag)
    draw = ImageDraw.Draw(sheet)
    sx, sy = at[0] + tag.width // 2 + rng.randint(-40, 40), at[1] + 30
    draw.line((sx, sy, sx + 40, sy + rng.randint(-6, 6)), fill=(150, 150, 155), width=4)  # the staple
    return [sheet, *pages[1:]]


def c_pencil_fill(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A printed form filled in with a pencil: the values in soft grey strokes above the rules,
    lighter where the pencil barely touched, the date's year, month and day in blanks of their own."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))
    written: list[tuple[int, float, float, str, int]] = []  # page, x, y, text, size

    def pencil(x: float, text: str) -> None:
        written.append(
            (len(flow.pages) - 1, x + rng.randint(-2, 8), flow.y - rng.randint(1, 7), text, flow.size)
        )

    rows = [
        ("合同编号：", f["contract_number"]),
        ("卖方（甲方）：", f["seller_name"]),
        ("买方（乙方）：", f["buyer_name"]),
        ("乙方身份证号码：", f["buyer_id_number"]),
        ("车辆识别代号（VIN）：", f["vin"]),
        ("成交价格（小写）：¥", f"{a:,.2f}"),
        ("成交价格（大写）：", _words(f["vehicle_price"])),
    ]
    _blank_rows(flow, rows, (70, 70, 70), pencil)
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    _date_blanks(flow, f["sign_date"], (70, 70, 70), pencil)
    flow.pair("甲方（盖章）", "乙方（签字）")
    hand = "ukai" if "ukai" in available_fonts() else font
    nrng = np.random.default_rng(rng.randrange(2**32))
    out = []
    for i, page in enumerate(flow.images()):
        layer = Image.new("L", page.size, 0)
        draw = ImageDraw.Draw(layer)
        for at, px, py, text, size in written:
            if at == i:
                draw.text((px, py), text, font=load_font(hand, size + rng.randint(0, 3)), fill=255)
        h, w = page.size[1], page.size[0]
        cell = rng.randint(6, 14)
        pressure = cv2.resize(
            nrng.uniform(0.5, 0.95, (h // cell + 2, w // cell + 2)).astype(np.float32),
            (w, h),
            interpolation=cv2.INTER_LINEAR,
        )
        strokes = cv2.GaussianBlur(np.asarray(layer, np.float32) / 255, (0, 0), 0.7) * pressure
        grey = np.array(rng.choice(((95, 95, 100), (110, 110, 115), (85, 88, 95))), np.float32)
        arr = np.asarray(page, np.float32)
        arr = arr * (1 - strokes[..., None]) + grey * strokes[..., None]
        out.append(_to_image(arr))
    return out


def p_agency_named(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy sold through an insurance agency: the agency's name, licence number and hotline head
    the page and sign off its foot, and the insurer is named once, in the schedule, as 承保公司."""
    agency = (
        f"{rng.choice(('杭州', '深圳', '南京', '成都'))}{rng.choice(('安顺', '诚泰', '汇众', '明亚'))}"
        + rng.choice(("保险代理有限公司", "保险经纪有限公司", "保险销售服务有限公司"))
    )
    flow = _policy_flow(font, rng)
    flow.line(agency, size=28)
    flow.line(
        f"经营保险代理业务许可证：{_digits(rng, 12)}  客服热线：400-{_digits(rng, 3)}-{_digits(rng, 4)}",
        size=18,
    )
    flow.title("机动车商业保险保险单（代理出单）", 32)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.table(
        [0.22, 0.3, 0.18, 0.3],
        [
            [("承保公司", 1), (rng.choice((f["insurer"], _branch(f["insurer"], rng))), 3)],
            [("被保险人", 1), (f["insured_name"], 1), ("号牌号码", 1), ("新车", 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("发动机号", 1), (_engine(rng), 1)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("保险费合计", 1), (_words(f["premium"]), 1), ("小写", 1), (_money(f["premium"], rng), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 3)],
            [("代理机构", 1), (agency, 3)],
        ],
    )
    flow.line(f"经办人：{random_fields('id_card_front', rng)['name']}    代理机构（盖章）：{agency}", size=20)
    flow.stamp(agency[:6] + "业务专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_e_watermark(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An electronic policy as its PDF prints: a pale diagonal watermark repeating the insurer's
    short name and 电子保单 across the whole page, over every value."""
    mark = rng.choice((f"{f['insurer'][:4]} 电子保单", "电子保单 仅供查验", f"{f['insurer'][:4]}财险"))
    pages = rng.choice((p_e_policy, p_table_classic, p_kv_list))(f, font, rng)
    return [_watermark(page, mark, font, rng) for page in pages]


def i_faxed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice the dealer faxed to the lender: black and white at half resolution, a fax header
    with the sending number, the day and the page count across the top."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_label_above))(f, font, rng)
    sent = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(0, 5))
    header = (
        f"FAX 0571{_digits(rng, 8)}  {sent:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  P.1/1"
    )
    return [_faxed(page, rng, header, font)]


def i_on_cutting_mat(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice on a cutting mat: the mat's grid of fine lines, heavier every fifth, and its ruler
    figures along two edges round the page, the page a few degrees off square."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_label_above))(f, font, rng)
    m = rng.randint(150, 210)
    colour = rng.choice(((38, 105, 78), (40, 60, 95), (55, 58, 62)))
    mat = Image.new("RGB", (page.width + 2 * m, page.height + 2 * m), colour)
    draw = ImageDraw.Draw(mat)
    pitch = rng.randint(34, 44)
    line = (150, 200, 175) if colour[1] > 90 else (160, 170, 190)
    face = load_font(font, 18)
    for k, x in enumerate(range(pitch, mat.width, pitch)):
        draw.line((x, 0, x, mat.height), fill=line, width=2 if k % 5 == 4 else 1)
        if k % 5 == 4:
            draw.text((x + 3, 6), str(k + 1), font=face, fill=line)
    for k, y in enumerate(range(pitch, mat.height, pitch)):
        draw.line((0, y, mat.width, y), fill=line, width=2 if k % 5 == 4 else 1)
        if k % 5 == 4:
            draw.text((6, y + 3), str(k + 1), font=face, fill=line)
    turned = page.convert("RGBA").rotate(rng.uniform(-4, 4), Image.Resampling.BICUBIC, expand=True)
    mat.paste(turned, (m - (turned.width - page.width) // 2, m - (turned.height - page.height) // 2), turned)
    return [mat]


# ---------------------------------------------------------------- the thirty-first set (2026-12-03)
# Written before the twenty-ninth set was measured, so before any result of it or of the thirtieth
# was read.


def _bowed(frame: np.ndarray, rng: random.Random) -> np.ndarray:
    """`frame` bent about an axis across it, seen from above: the middle nearer the lens and larger,
    the sides foreshortened as they turn away and darker, so straight lines of print arc."""
    fh, fw = frame.shape[:2]
    theta = rng.uniform(0.55, 0.95)  # half the angle the bent card turns through
    grow = rng.uniform(0.04, 0.09)  # how much larger the near middle looks than the far edges
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    cx, cy = fw / 2, fh / 2
    u = np.clip((xx - cx) / cx, -1, 1)
    turned = np.arcsin(u * np.sin(theta))  # the angle on the cylinder this column shows
    scale = 1 + grow * (np.cos(turned) - np.cos(theta)) / (1 - np.cos(theta))
    src_x = cx + cx * turned / theta
    src_y = cy + (yy - cy) / scale
    out = cv2.remap(
        frame,
        src_x.astype(np.float32),
        src_y.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    dim = rng.uniform(0.65, 0.8)  # the light on the edges, against 1 on the middle
    light = dim + (1 - dim) * np.cos(turned) ** 2
    return np.asarray(np.clip(out * light[..., None], 0, 255), np.float32)


def id_front_bowed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card bowed from a tight wallet, photographed from above: its middle nearer the lens than
    its edges, so the print bulges and the lines of text arc (bent along the card's length or
    across it), the light falling off toward the edges that turn away."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    pad = int(w * rng.uniform(0.06, 0.12))
    frame = np.empty((h + 2 * pad, w + 2 * pad, 3), np.float32)
    frame[...] = rng.choice(((205, 200, 190), (70, 72, 78), (150, 120, 90)))
    frame[pad : pad + h, pad : pad + w] = card
    if rng.random() < 0.6:
        out = _bowed(frame, rng)
    else:  # bent across its short side: the same bend turned a quarter
        out = _bowed(frame.transpose(1, 0, 2).copy(), rng).transpose(1, 0, 2)
    return [Image.fromarray(np.ascontiguousarray(out).astype(np.uint8))]


def id_back_pixelated(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back that reached the lender as a chat thumbnail blown up again: the app kept a
    small compressed copy (a third to a half of the card's width) and the upload scaled it back
    up by repeating pixels, so every stroke is a staircase of blocks."""
    card = render_back(f, font, rng)
    w, h = card.size
    k = rng.uniform(0.34, 0.48)
    small = card.resize((int(w * k), int(h * k)), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=rng.randint(55, 75))
    small = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return [small.resize((w, h), Image.Resampling.NEAREST)]


GROUPS = ("恒信", "润华", "正通", "骏德", "远东", "华晨")
STREETS_GROUP = ("江南大道", "双龙大道", "天府大道", "解放大道")


def c_group_letterhead(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract on a dealer group's letterhead: the group (a company of its own, with its own
    credit code, address and hotline) heads every page in large type and signs its foot with its
    stores' brands and web address; the seller is one of its stores, named only among the
    parties."""
    group = rng.choice(GROUPS) + rng.choice(
        ("汽车集团股份有限公司", "汽车服务集团有限公司", "控股集团有限公司")
    )
    pages = rng.choice((c_table_classic, c_prose_articles, c_jia_seller, c_party_blocks))(f, font, rng)
    colour = rng.choice(((150, 25, 30), (20, 50, 120), (40, 40, 40)))
    head, foot = rng.randint(130, 160), rng.randint(70, 90)
    big, small = load_font(font, rng.randint(30, 36)), load_font(font, 16)
    city = rng.choice(("杭州市滨江区", "南京市江宁区", "成都市高新区", "武汉市江汉区"))
    brands = "、".join(rng.sample(("奥迪", "宝马", "丰田", "本田", "别克", "大众", "比亚迪", "沃尔沃"), 4))
    out = []
    for i, page in enumerate(pages):
        sheet = Image.new("RGB", (page.width, page.height + head + foot), (252, 251, 247))
        sheet.paste(page, (0, head))
        draw = ImageDraw.Draw(sheet)
        x = rng.randint(50, 80)
        draw.text((x, 24), group, font=big, fill=colour)
        draw.text(
            (x, 24 + big.size + 14),
            f"统一社会信用代码：{_uscc(rng)}    地址：{city}{rng.choice(STREETS_GROUP)}{rng.randint(1, 999)}号",
            font=small,
            fill=colour,
        )
        draw.text(
            (x, 24 + big.size + 40),
            f"集团服务热线：400-{_digits(rng, 3)}-{_digits(rng, 4)}    传真：0571-{_digits(rng, 8)}",
            font=small,
            fill=colour,
        )
        draw.line((x, head - 12, page.width - x, head - 12), fill=colour, width=3)
        y = head + page.height + 10
        draw.line((x, y, page.width - x, y), fill=colour, width=1)
        draw.text((x, y + 12), f"{group} 旗下品牌：{brands}", font=small, fill=colour)
        draw.text(
            (page.width - x - 200, y + 12),
            f"www.{rng.choice(('hx', 'rh', 'zt', 'jd'))}auto.com.cn  {i + 1}",
            font=small,
            fill=colour,
        )
        out.append(sheet)
    return out


def _grouped(s: str, sizes: tuple[int, ...], gap: str) -> str:
    parts, at = [], 0
    for n in sizes:
        parts.append(s[at : at + n])
        at += n
    if at < len(s):
        parts.append(s[at:])
    return gap.join(p for p in parts if p)


def c_spaced_digits(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract printed by a dealer system that groups long numbers for reading aloud: the VIN as
    WMI, descriptor and serial (3-6-8) or in fours, the buyer's ID number as region, birth date and
    sequence (6-8-4), the contract number in fours, with a space or a thin gap between groups."""
    gap = rng.choice((" ", "  ", "\u2009"))
    vin = _grouped(f["vin"], rng.choice(((3, 6, 8), (4, 4, 4, 5), (3, 5, 1, 8))), gap)
    idn = _grouped(f["buyer_id_number"], rng.choice(((6, 8, 4), (6, 4, 4, 4), (3, 3, 4, 4, 4))), gap)
    number = _grouped(f["contract_number"], (4, 4, 4, 4), gap)
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车买卖合同")))
    flow.line(f"合同编号：{number}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}    证件号码：{idn}")
    flow.line(f"联系电话：{_grouped('1' + _digits(rng, 10), (3, 4, 4), gap)}")
    flow.line("一、车辆信息")
    flow.table(
        [0.26, 0.74],
        [
            [("车型", 1), (rng.choice(("大众迈腾 2.0T", "丰田凯美瑞 2.5L", "比亚迪汉 EV")), 1)],
            [("车辆识别代号", 1), (vin, 1)],
            [("发动机号", 1), (_grouped(_engine(rng), (4, 4), gap), 1)],
            [("成交价", 1), (_money(f["vehicle_price"], rng), 1)],
            [("大写", 1), (_words(f["vehicle_price"]), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=90)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _ink_extent(page: Image.Image) -> int:
    """The y just below the last printed row of `page` (a margin added)."""
    ink = np.asarray(page.convert("L")) < 160
    rows = np.nonzero(ink.any(axis=1))[0]
    return min(page.height, int(rows[-1]) + 60) if len(rows) else page.height


def p_two_shots(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A one-page policy photographed in two shots because it would not come out sharp in one:
    the upper and the lower part, overlapping in the middle so some lines show in both, each
    shot at its own slight angle and in its own light."""
    page = rng.choice((p_table_classic, p_kv_list, p_two_column))(f, font, rng)[0]
    w, h = page.width, _ink_extent(page)
    share = rng.uniform(0.58, 0.68)
    parts = [page.crop((0, 0, w, int(h * share))), page.crop((0, int(h * (1 - share)), w, h))]
    desk = rng.choice(((70, 70, 75), (120, 100, 80), (150, 150, 150)))
    return _shots(parts, desk, 60, (0.75, 0.9), (0.05, 0.2), rng)


def _shots(
    parts: list[Image.Image],
    desk: tuple[int, int, int],
    margin: int,
    light: tuple[float, float],
    falloff: tuple[float, float],
    rng: random.Random,
) -> list[Image.Image]:
    """Each part of a page photographed on its own on a desk: at its own slight angle, in its own
    light falling off across the frame."""
    shots = []
    for part in parts:
        pw, ph = part.size
        frame = Image.new("RGB", (pw + 2 * margin, ph + 2 * margin), desk)
        frame.paste(part, (margin, margin))
        fw, fh = frame.size
        quad = [
            (rng.uniform(0, 0.05) * fw, rng.uniform(0, 0.05) * fh),
            (fw - rng.uniform(0, 0.05) * fw, rng.uniform(0, 0.05) * fh),
            (fw - rng.uniform(0, 0.05) * fw, fh - rng.uniform(0, 0.05) * fh),
            (rng.uniform(0, 0.05) * fw, fh - rng.uniform(0, 0.05) * fh),
        ]
        shot = np.asarray(_onto(frame, quad, desk), np.float32)
        yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
        along = _ramp(xx, yy, rng)
        shot *= (rng.uniform(*light) + rng.uniform(*falloff) * along)[..., None]
        shots.append(_to_image(shot))
    return shots


def p_short_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy's details as an insurer's app lists them, printed by the buyer: the everyday short
    labels (保单号, 被保人, 车架号, 保障期限, 保费, 受益人, 承保公司) on the left and the values
    right-aligned on the same row, a thin rule between rows."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("保单详情", "我的保单", "车险保单信息")), 34)
    start, end = f["start_date"], f["end_date"]
    rows = [
        (rng.choice(("保单号", "保单编号")), f["policy_number"]),
        ("险种", rng.choice(("商业险", "机动车商业保险"))),
        (rng.choice(("被保人", "被保险人")), f["insured_name"]),
        ("车牌号", rng.choice(("新车未上牌", "浙A" + _digits(rng, 5)))),
        (rng.choice(("车架号", "车架号/VIN")), f["vin"]),
        (rng.choice(("保障期限", "保险期限", "有效期")), f"{start} 至 {end}"),
        (rng.choice(("保费", "实付保费", "保费金额")), _money(f["premium"], rng)),
        (rng.choice(("受益人", "第一受益人")), f["first_beneficiary"]),
        (rng.choice(("承保公司", "保险公司")), rng.choice((f["insurer"], _branch(f["insurer"], rng)))),
        ("出单时间", f"{_date(start, rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"),
    ]
    grey = (120, 120, 125)
    for label, value in rows:
        flow.room(flow.size * 3)
        y = flow.y
        flow.page.text(flow.margin, y, label, flow.size, grey)
        size = flow.page.fit(value, flow.size, flow.inner * 0.7)
        flow.page.text(flow.width - flow.margin - flow.page.width_of(value, size), y, value, size)
        line_y = y + flow.size * 2
        flow.page.draw.line((flow.margin, line_y, flow.width - flow.margin, line_y), fill=RULE, width=1)
        flow.y = line_y + flow.size * 0.9
    flow.line(f"客服电话：95{_digits(rng, 3)}", size=18)
    return flow.images()


def i_water_drops(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with drops of water on it (a wet table, rain on the way in): each drop a small
    lens that magnifies and softens the print under it, with a dark rim and a bright highlight, a
    dozen or so of different sizes, some over values."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic))(f, font, rng)[0]
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    src_x, src_y = xx.copy(), yy.copy()
    shade = np.ones((h, w), np.float32)
    for _ in range(rng.randint(8, 16)):
        r = rng.uniform(14, 48)
        cx, cy = rng.uniform(0.05, 0.95) * w, rng.uniform(0.15, 0.95) * h
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r
        inside = d < 1
        pull = 0.55 + 0.45 * d**2  # the middle of a drop shows a smaller patch: magnified
        src_x = np.where(inside, cx + (xx - cx) * pull, src_x)
        src_y = np.where(inside, cy + (yy - cy) * pull, src_y)
        shade *= np.where((d > 0.86) & (d < 1.02), rng.uniform(0.84, 0.93), 1.0).astype(np.float32)
        hx, hy = cx - 0.35 * r, cy - 0.35 * r
        spot = np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (0.12 * r) ** 2))
        shade += 0.6 * spot.astype(np.float32)
    out = cv2.remap(arr, src_x, src_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    soft = cv2.GaussianBlur(out, (0, 0), 1.2)
    wet = (np.sqrt((xx - src_x) ** 2 + (yy - src_y) ** 2) > 0.5)[..., None]
    out = np.where(wet, soft, out) * shade[..., None]
    return [_to_image(out)]


def i_email_cover(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-invoice as the dealer's e-mail delivered it, printed whole: a first page with the
    message (sender, the mail's own date and time, the order number, the invoice's code, number
    and amount in a sentence, a download link) and the invoice itself on the second page."""
    sent = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(0, 3))
    flow = Flow(font, rng, size=rng.randint(20, 23), margin=rng.randint(60, 90))
    grey = (110, 110, 115)
    flow.line(f"【电子发票】您收到一张来自{f['seller_name']}的电子发票", size=flow.size + 4)
    flow.line(f"发件人：{f['seller_name']} <einvoice@{rng.choice(('dms', 'fp', 'inv'))}.com.cn>", size=18)
    flow.line(f"发送时间：{sent:%Y年%m月%d日} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", size=18)
    flow.line(f"收件人：{_digits(rng, 9)}@qq.com", size=18)
    flow.page.draw.line((flow.margin, flow.y, flow.width - flow.margin, flow.y), fill=grey, width=1)
    flow.gap(20)
    flow.line(f"尊敬的{f['buyer_name']}：")
    flow.para(
        f"您好！您于{f['seller_name']}购车的订单（订单号{_digits(rng, 16)}）已开具机动车销售统一发票，"
        f"发票代码{f['invoice_code']}，发票号码{f['invoice_number']}，价税合计{_money(f['total_price'], rng)}。"
        "电子发票与纸质发票具有同等法律效力，请下载后妥善保存。"
    )
    flow.line(
        f"下载链接：https://fp.example.cn/d/{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(12))}",
        size=18,
    )
    flow.line("本邮件由系统自动发送，请勿直接回复。", size=18)
    cover = flow.images()[0]
    invoice = rng.choice((i_electronic, i_classic, i_taxpayer_id))(f, font, rng)
    return [cover, *invoice]


# ---------------------------------------------------------------- the thirty-second set (2026-12-03)
# Written before the thirty-first set was measured, so before any result of it was read.


def _on_plain(
    image: np.ndarray, rng: random.Random, margins: tuple[int, int], grounds: tuple[tuple[int, int, int], ...]
) -> np.ndarray:
    """`image` (float RGB) in the middle of a plain ground of one of `grounds`, a margin drawn from
    `margins` wide on every side."""
    h, w = image.shape[:2]
    m = rng.randint(*margins)
    frame = np.empty((h + 2 * m, w + 2 * m, 3), np.float32)
    frame[...] = rng.choice(grounds)
    frame[m : m + h, m : m + w] = image
    return frame


def id_front_flicker_bands(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front photographed under LED lights that flicker faster than the eye sees: the
    phone's rolling shutter reads the rows at different moments of the flicker, so soft dark
    bands cross the whole picture, card and table alike, evenly spaced along the sensor's rows."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (60, 120), ((180, 175, 165), (95, 90, 85), (200, 205, 210)))
    rows, cols = frame.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    period = rng.uniform(45, 110)
    tilt = np.radians(rng.uniform(-4, 4))  # the phone held not quite level with the card
    phase = (yy * np.cos(tilt) + xx * np.sin(tilt)) * 2 * np.pi / period + rng.uniform(0, 2 * np.pi)
    depth = rng.uniform(0.25, 0.45)
    light = 1 - depth * ((1 + np.sin(phase)) / 2) ** 2
    out = (
        frame * light[..., None] * np.array((1.0, rng.uniform(0.97, 1.0), rng.uniform(0.9, 0.97)), np.float32)
    )
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 3, out.shape).astype(np.float32)
    return [_to_image(out)]


def _gingham(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A checked tablecloth: coloured bands across and down, darker where they cross, on a weave."""
    colour = np.array(rng.choice(((190, 40, 45), (40, 80, 160), (40, 120, 70), (60, 60, 60))), np.float32)
    check = rng.randint(18, 40)
    ys, xs = np.arange(h)[:, None], np.arange(w)[None, :]
    across = ((ys // check) % 2 == 0).astype(np.float32)
    down = ((xs // check) % 2 == 0).astype(np.float32)
    share = across * 0.5 + down * 0.5  # 0 white, 0.5 one band, 1 both
    white = np.array((238, 236, 230), np.float32)
    cloth = white * (1 - share[..., None]) + colour * share[..., None]
    weave = (((ys + xs) % 3) == 0).astype(np.float32) * 8
    return np.asarray(cloth - weave[..., None], np.float32)


def id_back_on_tablecloth(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's back photographed on a checked tablecloth: the busy cloth fills the frame around
    the card, which lies turned a little and seen at a slight angle."""
    card = render_back(f, font, rng).convert("RGBA")
    card = card.rotate(rng.uniform(-12, 12), Image.Resampling.BICUBIC, expand=True)
    m = rng.randint(90, 160)
    w, h = card.width + 2 * m, card.height + 2 * m
    cloth = _to_image(_gingham(h, w, rng))
    cloth.paste(card, (m, m), card)
    quad = [
        (rng.uniform(0, 0.06) * w, rng.uniform(0, 0.06) * h),
        (w - rng.uniform(0, 0.06) * w, rng.uniform(0, 0.06) * h),
        (w - rng.uniform(0, 0.06) * w, h - rng.uniform(0, 0.06) * h),
        (rng.uniform(0, 0.06) * w, h - rng.uniform(0, 0.06) * h),
    ]
    return [_onto(cloth, quad, (120, 110, 100))]


def c_ring_binder(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract kept in the dealer's ring binder and photographed in it, page by page: punched
    holes down the left margin with the binder's metal rings through them, the page bulging up
    from the rings (the print near them squeezed and shaded) and the binder's cover beyond."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_jia_seller, c_party_blocks))(f, font, rng)
    holes = rng.choice((2, 4))
    cover = rng.choice(((30, 40, 90), (25, 25, 28), (120, 20, 25)))
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        band = rng.uniform(0.07, 0.12) * w
        xs = np.arange(w, dtype=np.float32)
        near = np.clip(1 - xs / band, 0, 1)
        src = xs + 0.3 * near**2 * band  # the page rising from the rings: squeezed toward them
        warped = cv2.remap(
            arr,
            np.tile(src, (h, 1)),
            np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w)),
            cv2.INTER_LINEAR,
            borderValue=(255.0, 255.0, 255.0),
        )
        warped *= (1 - rng.uniform(0.25, 0.4) * near**1.5)[None, :, None]
        m = rng.randint(50, 80)
        sheet = Image.new("RGB", (w + 2 * m, h + 2 * m), cover)
        sheet.paste(_to_image(warped), (m, m))
        draw = ImageDraw.Draw(sheet)
        x = m + rng.uniform(0.025, 0.035) * w
        r = rng.uniform(0.011, 0.014) * w
        spacing = h / (holes + 1) if holes == 2 else h * 0.16
        top = m + (h - spacing * (holes - 1)) / 2
        metal = rng.choice(((170, 172, 178), (190, 180, 150)))
        for k in range(holes):
            cy = top + k * spacing
            draw.ellipse((x - r, cy - r, x + r, cy + r), fill=cover)
            # the ring: an arc from the hole out over the page's edge into the binder's spine
            draw.arc(
                (x - 3.2 * r, cy - 1.4 * r, x + 1.2 * r, cy + 1.4 * r),
                90,
                270,
                fill=metal,
                width=int(r * 0.6),
            )
        out.append(sheet)
    return out


def c_barcode_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract printed from a dealer system that heads each page with a barcode of the
    contract number (its digits printed under the bars, with no label) and a QR code for checking
    it online, beside the order number and the print time."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_jia_seller, c_sales_party))(f, font, rng)
    band = rng.randint(150, 175)
    small = load_font(font, 16)
    order = _digits(rng, 14)
    printed = f"{f['sign_date']} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    out = []
    for i, page in enumerate(pages):
        sheet = Image.new("RGB", (page.width, page.height + band), (255, 255, 255))
        sheet.paste(page, (0, band))
        draw = ImageDraw.Draw(sheet)
        x = rng.randint(55, 90)
        end = _barcode(draw, x, 30, 92, rng)
        draw.text((x + 20, 100), f["contract_number"], font=load_font(font, 18), fill=(15, 15, 15))
        draw.text((end + 40, 40), f"订单号：{order}", font=small, fill=(60, 60, 60))
        draw.text((end + 40, 66), f"打印时间：{printed}", font=small, fill=(60, 60, 60))
        draw.text((end + 40, 92), f"第{i + 1}页 共{len(pages)}页", font=small, fill=(60, 60, 60))
        q = rng.randint(100, 120)
        side = _qr(draw, page.width - x - q, 24, q, rng)
        draw.text((page.width - x - q - 4, 28 + side), "扫码验真", font=small, fill=(60, 60, 60))
        out.append(sheet)
    return out


def _guilloche(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A security background: fine interlaced waves in one light colour over the whole sheet (1 on
    paper, the ink's share where a line runs), as insurers print their policy stock on."""
    colour = np.array(
        rng.choice(((120, 190, 150), (210, 150, 170), (140, 170, 215), (215, 190, 120))), np.float32
    )
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ink = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(2, 3)):
        period = rng.uniform(18, 34)
        amp, wave = rng.uniform(6, 16), rng.uniform(120, 260)
        drift = rng.uniform(0, 2 * np.pi)
        phase = (ys + amp * np.sin(xs * 2 * np.pi / wave + drift)) * 2 * np.pi / period
        ink = np.maximum(ink, np.clip((np.cos(phase) - 0.82) / 0.18, 0, 1))
    tint = 1 - ink[..., None] * (1 - colour / 255) * rng.uniform(0.5, 0.8)
    paper = 1 - (1 - colour / 255) * rng.uniform(0.06, 0.12)  # the stock's own light tint
    return np.asarray(tint * paper, np.float32)


def p_guilloche_paper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on the insurer's security stock: fine wavy lines in a light colour cover
    the whole sheet behind the print, the paper itself faintly tinted."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_multi_page))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        out.append(
            Image.fromarray(
                np.clip(arr * _guilloche(arr.shape[0], arr.shape[1], rng), 0, 255).astype(np.uint8)
            )
        )
    return out


def p_caption_below(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy summary as an insurer's self-service page prints it: each value large and dark in
    a card, its label in small grey type under it (not before it), two cards to a row, the long
    names across a whole row."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("电子保单摘要", "保单信息", "车险保单")), 34)
    grey, line = (130, 130, 135), (215, 215, 220)
    cards = [
        (f["policy_number"], rng.choice(("保单号", "保险单号")), True),
        (f["insured_name"], "被保险人", False),
        (_money(f["premium"], rng), rng.choice(("保费", "保险费合计")), False),
        (f["vin"], rng.choice(("车辆识别代号", "车架号")), True),
        (_date(f["start_date"], rng), rng.choice(("保险起期", "生效日期")), False),
        (_date(f["end_date"], rng), rng.choice(("保险止期", "终止日期")), False),
        (f["first_beneficiary"], "第一受益人", True),
        (rng.choice((f["insurer"], _branch(f["insurer"], rng))), rng.choice(("承保机构", "保险人")), True),
    ]
    big, small = flow.size + rng.randint(2, 6), max(14, flow.size - 7)
    half = flow.inner // 2
    col = 0
    for value, label, wide in cards:
        if wide and col:
            flow.y += big * 3.2
            col = 0
        flow.room(big * 3.4)
        x = flow.margin + col * half
        width = flow.inner if wide else half - 14
        size = flow.page.fit(value, big, width - 24, smallest=14)
        flow.page.draw.rectangle((x, flow.y - 10, x + width, flow.y + big * 2.8), outline=line, width=2)
        flow.page.text(x + 14, flow.y, value, size)
        flow.page.text(x + 14, flow.y + big * 1.6, label, small, grey)
        if wide or col == 1:
            flow.y += big * 3.2
            col = 0
        else:
            col = 1
    if col:
        flow.y += big * 3.2
    flow.line(f"客服电话：95{_digits(rng, 3)}    保单验真请登录保险公司官网", size=17)
    return flow.images()


def i_under_glass(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice under the glass top of a dealer's desk, photographed through it: the glass tints
    the paper green, and the room reflects in it — a ceiling lamp as a bright streak, a window as
    a pale slab — washing out the print beneath them."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic))(f, font, rng)[0]
    arr = np.asarray(page, np.float32) * np.array((0.9, 0.97, 0.93), np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    glow = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(1, 2)):  # ceiling lamps: long soft streaks
        angle = np.radians(rng.uniform(-30, 30))
        cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        along = (xx - cx) * np.cos(angle) + (yy - cy) * np.sin(angle)
        across = -(xx - cx) * np.sin(angle) + (yy - cy) * np.cos(angle)
        glow += rng.uniform(0.45, 0.7) * np.exp(
            -((along / (w * 0.25)) ** 4) - (across / rng.uniform(25, 60)) ** 2
        )
    x0, y0 = rng.uniform(0, 0.6) * w, rng.uniform(0, 0.6) * h  # a window's pane
    pane = (
        (xx > x0)
        & (xx < x0 + w * rng.uniform(0.2, 0.35))
        & (yy > y0)
        & (yy < y0 + h * rng.uniform(0.2, 0.35))
    )
    glow += rng.uniform(0.2, 0.35) * cv2.GaussianBlur(pane.astype(np.float32), (0, 0), 9)
    glow = np.clip(glow, 0, 0.85)[..., None]
    out = arr * (1 - glow) + 250 * glow
    m = 40
    framed = Image.new("RGB", (w + 2 * m, h + 2 * m), (110, 130, 120))
    framed.paste(_to_image(out), (m, m))
    return [framed]


def i_pen_across(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with a ballpoint pen lying across it, as it was left after signing:
    the pen's body, clip and tip in a straight line across the page at any angle, its soft shadow
    beside it."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic, i_print_copy))(f, font, rng)[0]
    w, h = page.size
    length, thick = rng.uniform(0.55, 0.8) * w, rng.uniform(20, 30)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.25, 0.8) * h
    angle = np.radians(rng.uniform(-35, 35))
    ux, uy = np.cos(angle), np.sin(angle)
    nx, ny = -uy, ux

    def strip(a: float, b: float, half: float, dx: float = 0, dy: float = 0) -> list[tuple[float, float]]:
        return [
            (cx + ux * a + nx * half + dx, cy + uy * a + ny * half + dy),
            (cx + ux * b + nx * half + dx, cy + uy * b + ny * half + dy),
            (cx + ux * b - nx * half + dx, cy + uy * b - ny * half + dy),
            (cx + ux * a - nx * half + dx, cy + uy * a - ny * half + dy),
        ]

    half = length / 2
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).polygon(strip(-half, half, thick / 2, 10, 12), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(9))
    out = Image.composite(Image.new("RGB", page.size, (40, 40, 45)), page, shadow)
    draw = ImageDraw.Draw(out)
    body = rng.choice(((25, 45, 120), (20, 20, 22), (200, 200, 205), (170, 30, 35)))
    draw.polygon(strip(-half, half * 0.62, thick / 2), fill=body)
    draw.polygon(strip(half * 0.62, half * 0.9, thick / 2.6), fill=(200, 200, 205))  # grip
    draw.polygon(strip(half * 0.9, half, thick / 6), fill=(140, 140, 140))  # tip
    draw.polygon(
        strip(-half * 0.9, -half * 0.45, thick / 7, nx * thick * 0.45, ny * thick * 0.45),
        fill=(190, 190, 195),
    )
    draw.line(
        [strip(-half, half * 0.62, thick / 5)[0], strip(-half, half * 0.62, thick / 5)[1]],
        fill=(255, 255, 255),
        width=2,
    )
    return [out]


# ---------------------------------------------------------------- the thirty-third set (2026-12-03)
# Written before the thirty-second set's figures were read.


def id_front_colour_fringes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front through a cheap lens (an old phone's, a laptop camera's): the colours do not
    meet, red spread out and blue drawn in towards the frame's edges so every stroke has coloured
    fringes, the corners dark and the whole picture a little soft."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 100), ((150, 140, 130), (70, 72, 80), (205, 200, 190)))
    rows, cols = frame.shape[:2]
    cx, cy = cols / 2 + rng.uniform(-0.05, 0.05) * cols, rows / 2 + rng.uniform(-0.05, 0.05) * rows
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    spread = rng.uniform(0.006, 0.012)  # lateral chromatic aberration: each colour its own scale
    out = np.empty_like(frame)
    for c, scale in ((0, 1 + spread), (1, 1.0), (2, 1 - spread * rng.uniform(0.6, 1.0))):
        out[..., c] = cv2.remap(
            frame[..., c],
            cx + (xx - cx) / scale,
            cy + (yy - cy) / scale,
            cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )
    r2 = ((xx - cx) / (cols / 2)) ** 2 + ((yy - cy) / (rows / 2)) ** 2
    out *= (1 - rng.uniform(0.25, 0.45) * np.clip(r2 / 2, 0, 1) ** 1.3)[..., None]
    soft = np.asarray(cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.0)), np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    soft += nrng.normal(0, 4, soft.shape).astype(np.float32)
    return [_to_image(soft)]


def id_back_stamped_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back as a copy a branch certified: a grey copier print of the card alone on a strip of
    paper, a red round seal (与原件一致) pressed half onto the card, and a clerk's blue signature and
    date written across its lower edge."""
    card = render_back(f, font, rng).convert("L").convert("RGB")
    w, h = card.size
    mx, my = rng.randint(60, 120), rng.randint(60, 110)
    sheet = Image.new("RGB", (w + 2 * mx, h + 2 * my + 90), (246, 246, 243))
    sheet.paste(card, (mx, my))
    arr = np.asarray(sheet, np.float32)
    arr = 255 - (255 - arr) * rng.uniform(0.75, 0.95)  # copier toner, a little light
    nrng = np.random.default_rng(rng.randrange(2**32))
    specks = nrng.random(arr.shape[:2]) < 0.0015
    arr[specks] = 60
    sheet = _to_image(arr).convert("RGBA")
    layer = Image.new("RGBA", sheet.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx = mx + w * rng.uniform(0.55, 0.85)
    cy = my + h * rng.uniform(0.3, 0.75)
    r = rng.uniform(0.16, 0.22) * h
    red = (205, 40, 45, rng.randint(120, 170))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, int(r * 0.06)))
    draw.regular_polygon((cx, cy - r * 0.1, r * 0.22), 5, fill=red)
    face = load_font(font, max(16, int(r * 0.24)))
    label = rng.choice(("与原件一致", "复印件与原件核对无误", "经办人核验"))
    lw = draw.textlength(label, font=face)
    draw.text((cx - lw / 2, cy + r * 0.25), label, font=face, fill=red)
    sheet = Image.alpha_composite(sheet, layer).convert("RGB")
    pen = ImageDraw.Draw(sheet)
    signed = date.fromisoformat(f["valid_from"]) + timedelta(days=rng.randint(400, 2000))
    _pen(pen, (mx + w * rng.uniform(0.05, 0.3), my + h - rng.randint(10, 30)), f"核 {signed:%Y.%m.%d}", rng)
    return [sheet]


def _new_energy_extras(rng: random.Random) -> tuple[str, str]:
    """A traction battery's pack code (24 letters and digits, some runs of which look like a VIN's)
    and its drive motor's number, as new-energy cars carry beside the VIN."""
    pack = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(24))
    motor = rng.choice(("TZ220XS", "TZ180XY", "YS210", "BYD-TZ")) + _digits(rng, 8)
    return pack, motor


def c_new_energy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A new-energy car's purchase contract: the car described with its battery pack's code and
    drive motor's number beside the VIN, a battery warranty article with its own figures, the
    price before and after a trade-in subsidy the dealer fronts (the contract price is the one the
    buyer owes), parties as 出卖人 and 买受人."""
    pack, motor = _new_energy_extras(rng)
    flow = _contract_flow(font, rng, rng.choice(("新能源汽车买卖合同", "新能源汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"证件号码：{f['buyer_id_number']}")
    flow.line("第一条 车辆基本信息")
    rows = [
        [("车型", 1), (rng.choice(("比亚迪秦PLUS EV", "小鹏P7", "蔚来ET5", "广汽埃安S")), 1)],
        [("车辆识别代号（VIN）", 1), (f["vin"], 1)],
        [("驱动电机编号", 1), (motor, 1)],
        [("动力电池包编号", 1), (pack, 1)],
        [("电池容量", 1), (f"{rng.randint(50, 90)}.{rng.randint(0, 9)}kWh", 1)],
    ]
    if rng.random() < 0.5:
        rows[2], rows[3] = rows[3], rows[2]
    flow.table([0.32, 0.68], rows)
    flow.line("第二条 价款")
    price = Decimal(f["vehicle_price"])
    subsidy = Decimal(rng.choice((5000, 8000, 10000, 15000)))
    flow.para(
        f"车辆指导价{_money(str(price + subsidy), rng)}，出卖人垫付以旧换新补贴¥{subsidy:,.2f}，"
        f"买受人应付车辆价款{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）。"
    )
    flow.line("第三条 电池质保")
    flow.para(
        f"动力电池首任车主终身质保，非首任车主八年或{rng.choice(('12', '15', '20'))}万公里；"
        f"电池容量衰减低于{rng.choice(('70', '75', '80'))}%时免费更换。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 3)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=90)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_lamp_lit(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract photographed at night under a desk lamp: a warm pool of light on part of the
    page, falling off to dim yellow-brown towards the far edges, the phone's noise rising where
    the light is low, the dark desk around the sheet."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_jia_seller, c_party_blocks))(f, font, rng)
    out = []
    for page in pages:
        frame = _on_plain(
            np.asarray(page, np.float32), rng, (40, 80), ((60, 45, 35), (35, 35, 38), (90, 70, 50))
        )
        rows, cols = frame.shape[:2]
        yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
        lx, ly = rng.uniform(0.2, 0.8) * cols, rng.uniform(0.1, 0.6) * rows
        reach = rng.uniform(0.55, 0.8) * max(rows, cols)
        d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / reach
        light = np.clip(1.05 - 0.8 * d**1.6, rng.uniform(0.22, 0.3), 1.05)
        warm = np.array((1.0, rng.uniform(0.82, 0.88), rng.uniform(0.6, 0.7)), np.float32)
        lit = frame * light[..., None] * warm
        nrng = np.random.default_rng(rng.randrange(2**32))
        lit += nrng.normal(0, 1, lit.shape).astype(np.float32) * (3 + 9 * (1 - light[..., None]))
        out.append(_to_image(lit))
    return out


def p_new_energy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A new-energy car's commercial policy (新能源汽车商业保险专属条款): the car's battery pack
    code and drive motor number beside its VIN, coverages of its own (charging pile, battery,
    external grid) each with a sum insured, and the beneficiary in the special terms."""
    pack, motor = _new_energy_extras(rng)
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("新能源汽车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.table(
        [0.24, 0.76],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车架号/VIN", 1), (f["vin"], 1)],
            [("电池包编号", 1), (pack, 1)],
            [("电机号", 1), (motor, 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
        ],
    )
    cover = [
        ("新能源汽车损失保险", f"{rng.randint(15, 40) * 10000:,}.00"),
        ("第三者责任保险", "2,000,000.00"),
        ("自用充电桩损失保险", f"{rng.randint(3, 8) * 1000:,}.00"),
        ("外部电网故障损失险", f"{rng.randint(1, 5) * 10000:,}.00"),
    ]
    total = Decimal(f["premium"])
    shares = [Decimal(rng.randint(20, 60)) for _ in cover]
    parts = [(total * s / sum(shares)).quantize(Decimal("0.01")) for s in shares]
    parts[-1] = total - sum(parts[:-1])
    rows = [[("险种", 1), ("保险金额/责任限额", 1), ("保险费", 1)]]
    rows += [
        [(name, 1), (amount, 1), (f"{p:,.2f}", 1)] for (name, amount), p in zip(cover, parts, strict=True)
    ]
    rows.append([("保险费合计", 1), (f"{_words(f['premium'])}", 1), (_money(f["premium"], rng), 1)])
    flow.table([0.38, 0.3, 0.32], rows)
    flow.line("特别约定：")
    flow.para(f"本保单第一受益人为{f['first_beneficiary']}。车辆全损时保险金优先支付第一受益人。")
    flow.line(f"签单日期：{_date(f['start_date'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_sun_faded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy left on a car's dashboard for a summer: the side that faced the windscreen is
    bleached, its print gone pale brown-grey and the paper yellowed, fading smoothly into the side
    the sun did not reach."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_header_grid))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        angle = rng.uniform(0, 2 * np.pi)
        along = ((xx / w - 0.5) * np.cos(angle) + (yy / h - 0.5) * np.sin(angle)) + 0.5
        sun = np.clip((along - rng.uniform(0.2, 0.45)) / rng.uniform(0.3, 0.5), 0, 1)[..., None]
        fade = rng.uniform(0.45, 0.6)
        paper = np.array((242, 228, 190), np.float32)
        bleached = paper - (paper - arr) * (1 - fade) * np.array((0.9, 0.95, 1.0), np.float32)
        out.append(_to_image(arr * (1 - sun) + bleached * sun))
    return out


def i_new_energy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A new-energy car's invoice as some dealers' systems print it: the engine-number cell named
    for the drive motor (驱动电机号码 / 电动机编号), the battery pack's code in the remarks, and
    免征车辆购置税 noted under the total."""
    pack, _ = _new_energy_extras(rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    motor_label = rng.choice(("驱动电机号码", "电动机编号", "电机号码"))
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("车辆类型", 1), ("纯电动轿车", 1), ("厂牌型号", 1), (f["brand_model"], 1)],
            [(motor_label, 1), (f["engine_number"], 1), ("车辆识别代号/车架号码", 1), (f["vin"], 1)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
            [("备注", 1), (f"电池包编号：{pack}", 3)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.line(rng.choice(("新能源汽车免征车辆购置税", "本车辆属于免征车辆购置税的新能源汽车")), size=18)
    flow.stamp("发票专用章", dx=flow.inner * 0.55, dy=-40)
    return flow.images()


def i_dappled_shade(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed outdoors under a tree: the leaves' shadows lie across the page in
    soft blotches of shade with sunlit patches between, the sunlit print a little washed out."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic, i_old_generation))(
        f, font, rng
    )[0]
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    small = nrng.random((max(4, h // 80), max(4, w // 80))).astype(np.float32)
    blotch = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    blotch = cv2.GaussianBlur(blotch, (0, 0), rng.uniform(18, 28))
    blotch = (blotch - blotch.min()) / max(float(blotch.max() - blotch.min()), 1e-6)
    shade = np.clip((blotch - rng.uniform(0.4, 0.55)) * 4, 0, 1)[..., None]  # 1 in the shade
    sunlit = 255 - (255 - arr) * rng.uniform(0.7, 0.85)
    shaded = arr * rng.uniform(0.5, 0.65) * np.array((0.85, 0.92, 1.0), np.float32)
    out = sunlit * (1 - shade) + shaded * shade
    m = rng.randint(30, 60)
    framed = Image.new("RGB", (w + 2 * m, h + 2 * m), (70, 85, 60))
    framed.paste(_to_image(out), (m, m))
    return [framed]


def id_front_rolling_shutter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front taken with a phone that was still moving: the sensor reads its rows one after
    another, so each row is shifted sideways a little more or less than the last (a lean and a
    wobble, the card's straight edges bent), and the motion smears strokes along the rows."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (60, 110), ((120, 110, 100), (60, 62, 70), (190, 185, 175)))
    rows, cols = frame.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    lean = rng.uniform(0.03, 0.07) * rng.choice((-1, 1))  # pixels sideways per row
    wobble = rng.uniform(3, 8)
    period = rng.uniform(0.5, 1.3) * rows
    phase = rng.uniform(0, 2 * np.pi)
    shift = lean * (yy - rows / 2) + wobble * np.sin(2 * np.pi * yy / period + phase)
    bent = cv2.remap(frame, xx + shift, yy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    smeared = cv2.filter2D(bent, -1, motion_kernel(rng.choice((3, 5)), rng.uniform(-4, 4)))
    nrng = np.random.default_rng(rng.randrange(2**32))
    base = np.asarray(smeared, np.float32)
    noisy = base + nrng.normal(0, 3, base.shape).astype(np.float32)
    return [_to_image(noisy)]


def id_back_dithered(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back printed in black and white by an office printer in its toner-saving mode and
    photographed: every grey is dots of black on white (error diffusion), the emblem and the
    background pattern a field of dots, the print at a lower resolution than the photo."""
    card = render_back(f, font, rng).convert("L")
    w, h = card.size
    scale = rng.uniform(0.55, 0.75)
    small = card.resize((int(w * scale), int(h * scale)), Image.Resampling.BILINEAR)
    lighter = small.point(lambda v: int(255 - (255 - v) * rng.uniform(0.8, 0.9)))
    dots = lighter.convert("1").convert("L").resize((w, h), Image.Resampling.NEAREST)
    mx, my = rng.randint(50, 100), rng.randint(50, 100)
    sheet = Image.new("L", (w + 2 * mx, h + 2 * my), 250)
    sheet.paste(dots, (mx, my))
    arr = np.asarray(
        cv2.GaussianBlur(np.asarray(sheet, np.float32), (0, 0), rng.uniform(0.5, 0.9)), np.float32
    )  # the photo of the print
    paper = np.array(rng.choice(((248, 246, 240), (240, 240, 236))), np.float32)
    rgb = arr[..., None] / 255.0 * paper
    nrng = np.random.default_rng(rng.randrange(2**32))
    rgb = rgb + nrng.normal(0, 3, rgb.shape).astype(np.float32)
    return [_to_image(rgb)]


def c_red_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed model contract form (示范文本): the title, every label, the ruling and the
    printed terms in red-brown ink, the values typed in black by the dealer's printer, which did
    not feed the sheet straight, so the values sit off their boxes and across the red rules."""
    red = rng.choice(((190, 60, 55), (170, 70, 60), (200, 90, 80)))
    page = Page(1000, 1414, font, rng)
    draw = page.draw
    size = rng.randint(22, 25)
    left, right = rng.randint(70, 100), 1000 - rng.randint(70, 100)
    title = rng.choice(("汽车买卖合同", "机动车买卖合同（示范文本）", "汽车销售合同"))
    tw = page.width_of(title, 40)
    page.text(500 - tw / 2, 80, title, 40, red, 2)
    page.text(right - 330, 150, "合同编号：", size, red)
    split = left + int((right - left) * rng.uniform(0.3, 0.36))
    party_a, party_b = rng.choice(
        (("出卖人（甲方）", "买受人（乙方）"), ("甲方（出卖人）", "乙方（买受人）"))
    )
    rows = [
        (party_a, f["seller_name"]),
        (party_b, f["buyer_name"]),
        ("身份证号码", f["buyer_id_number"]),
        ("车辆品牌型号", rng.choice(("大众帕萨特330TSI", "本田雅阁260TURBO", "别克君越652T"))),
        ("车辆识别代号", f["vin"]),
        ("车辆价款（小写）", _money(f["vehicle_price"], rng)),
        ("车辆价款（大写）", _words(f["vehicle_price"])),
        ("交车地点", rng.choice(("出卖人经营场所", "买受人指定地点"))),
    ]
    row_h = rng.randint(54, 62)
    top = 210
    for i, (label, _) in enumerate(rows):
        y = top + i * row_h
        draw.rectangle((left, y, right, y + row_h), outline=red, width=2)
        draw.line((split, y, split, y + row_h), fill=red, width=2)
        page.text(left + 10, y + (row_h - size) // 2 - 2, label, size, red)
    y = top + len(rows) * row_h + 30
    terms = (
        "一、出卖人保证对所售车辆享有完全的所有权，车辆不存在任何权利瑕疵。",
        "二、买受人应按约定支付价款，出卖人收到全部价款后交付车辆及随车文件。",
        "三、车辆的质量、三包责任按国家有关规定执行，三包有效期为二年或五万公里。",
        "四、本合同一式贰份，双方各执壹份，自双方签字或盖章之日起生效。",
    )
    for term in terms[: rng.randint(2, 4)]:
        for part in page.wrap(term, size - 3, right - left):
            page.text(left, y, part, size - 3, red)
            y += int((size - 3) * 1.8)
    y += 30
    page.text(left, y, "甲方（签章）：", size, red)
    page.text(500 + 20, y, "乙方（签字）：", size, red)
    page.text(left, y + 90, "签订日期：", size, red)
    # The values, typed by a printer that took the sheet a few millimetres off and slightly turned.
    layer = Image.new("RGBA", page.image.size, (0, 0, 0, 0))
    typed, face = ImageDraw.Draw(layer), load_font(rng.choice(available_fonts()), size)
    dx, dy = rng.uniform(-25, 40), rng.uniform(-14, 14)
    black = (25, 25, 30, 255)
    at = right - 330 + page.width_of("合同编号：", size) + dx
    typed.text((at, 150 + dy), f["contract_number"], font=face, fill=black)
    for i, (_, value) in enumerate(rows):
        typed.text(
            (split + 12 + dx, top + i * row_h + (row_h - size) // 2 - 2 + dy), value, font=face, fill=black
        )
    at = left + page.width_of("签订日期：", size) + dx
    typed.text((at, y + 90 + dy), _date(f["sign_date"], rng), font=face, fill=black)
    layer = layer.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, center=(500, 700))
    out = Image.alpha_composite(page.image.convert("RGBA"), layer).convert("RGB")
    seal = Flow(font, rng)
    seal.pages[0].image = out
    seal.pages[0].draw = ImageDraw.Draw(out)
    seal.y = y - 40
    seal.stamp("合同专用章", dx=rng.uniform(40, 160))
    return seal.images()


def c_clogged_nozzles(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract printed on an inkjet with clogged nozzles: thin white lines run across every
    line of print at the head's pitch, the black a little cyan where the black cartridge ran low,
    and the density banding where the head passed."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_sell_buy_pairs, c_sales_party))(f, font, rng)
    pitch = rng.randint(9, 14)
    gaps = rng.sample(range(pitch), rng.randint(1, 2))
    tint = np.array((rng.uniform(0.9, 1.0), rng.uniform(1.0, 1.1), rng.uniform(1.1, 1.3)), np.float32)
    pass_h = rng.randint(60, 120)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h = arr.shape[0]
        paper = np.array((250, 249, 245), np.float32)
        ink = (paper - arr) * np.clip(1 / tint, 0, 1)  # how much ink each channel took
        rows = np.arange(h)
        missing = np.isin(rows % pitch, gaps)
        density = 0.85 + 0.15 * ((rows // pass_h) % 2)  # alternate passes a little lighter
        ink *= density[:, None, None]
        ink[missing] *= rng.uniform(0.0, 0.15)
        out.append(_to_image(paper - ink))
    return out


def p_receipt_stub(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy with a tear-off receipt at its foot (回执，客户签收后交回): the body's label：value
    lines, then a dashed cut line and the stub repeating the insured and the policy number beside
    a receipt number of the same shape and a signing date of its own."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车综合商业保险保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.pair(f"号牌号码：{rng.choice(('粤B', '湘A', '鲁C'))}{_digits(rng, 5)}", f"发动机号：{_engine(rng)}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line("特别约定：")
    flow.para(f"本保单第一受益人为{f['first_beneficiary']}，未经其书面同意不得退保或减保。")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    flow.gap(40)
    flow.room(300)
    cut = rng.choice(("沿此线剪开", "请沿虚线撕下"))
    dash = "- " * int((flow.inner - flow.page.width_of(cut, 16)) / 2 / flow.page.width_of("- ", 16))
    flow.line(f"{dash}{cut}{dash}", size=16)
    flow.line(rng.choice(("保险单回执（客户联）", "客户签收回执")), x=flow.width / 2 - 120, size=26)
    receipt = "PDAA" + f["policy_number"][4:8] + _digits(rng, len(f["policy_number"]) - 8)
    signed = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 15))
    flow.pair(f"回执编号：{receipt}", f"保单号：{f['policy_number']}")
    flow.pair(f"被保险人：{f['insured_name']}", f"签收日期：{_date(signed.isoformat(), rng)}")
    flow.line("本人已收到上述保险单正本及条款，保险人已就免责条款履行明确说明义务。")
    flow.line("投保人（被保险人）签字：")
    return flow.images()


def p_halftone_reprint(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that went through a printer's halftone screen: a pale copy reprinted in photo
    mode, so the print is grey made of dots on a slanted grid, every stroke's edge beaded, the
    seal a screen of grey dots."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_header_grid))(f, font, rng)
    cell = rng.uniform(3.5, 5.5)
    angle = np.deg2rad(rng.choice((15, 45, 75)))
    pale = rng.uniform(0.7, 0.85)  # how dark the copy's black still is
    out = []
    for page in pages:
        grey = np.asarray(page.convert("L"), np.float32) / 255.0
        grey = 1 - (1 - grey) * pale
        h, w = grey.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        u = xx * np.cos(angle) + yy * np.sin(angle)
        v = -xx * np.sin(angle) + yy * np.cos(angle)
        # from 0.04 to 0.96: paper stays white and the copy's black solid, greys between become dots
        screen = 0.5 + 0.23 * (np.cos(2 * np.pi * u / cell) + np.cos(2 * np.pi * v / cell))
        printed = cv2.GaussianBlur(
            np.where(grey > screen, 248.0, 30.0).astype(np.float32), (0, 0), rng.uniform(0.6, 1.0)
        )
        out.append(_to_image(printed).convert("RGB"))
    return out


def i_verification_result(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The tax service's verification result printed instead of the invoice (全国增值税发票查验平台):
    the platform's header, how many times and when it was checked (a later date and a time), then
    the invoice's fields in the platform's own grid and labels (购方名称, 销方名称, 车架号码)."""
    flow = _invoice_flow(font, rng)
    flow.line("国家税务总局全国增值税发票查验平台", x=flow.width / 2 - 290, size=30)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 130, size=26)
    checked = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(1, 60))
    clock = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    flow.pair(f"查验次数：第{rng.randint(1, 6)}次", f"查验时间：{checked.isoformat()} {clock}")
    words, fig = _total(f, rng)
    y, m, d = f["issue_date"].split("-")
    flow.table(
        [0.12, 0.22, 0.12, 0.2, 0.12, 0.22],
        [
            [("发票代码", 1), (f["invoice_code"], 1), ("发票号码", 1), (f["invoice_number"], 1),
             ("开票日期", 1), (f"{y}年{m}月{d}日", 1)],
            [("机器编号", 1), (_digits(rng, 12), 1), ("购方名称", 1), (f["buyer_name"], 3)],
            [("身份证号码/组织机构代码", 2), (f["buyer_id_number"], 2), ("车辆类型", 1), ("轿车", 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("产地", 1), (rng.choice(("长春", "上海", "广州")), 1),
             ("合格证号", 1), ("WBA" + _digits(rng, 11), 1)],
            [("发动机号码", 1), (f["engine_number"], 1), ("车架号码", 1), (f["vin"], 3)],
            [("价税合计", 1), (words, 3), ("小写", 1), (fig, 1)],
            [("销方名称", 1), (f["seller_name"], 3), ("纳税人识别号", 1), (_uscc(rng), 1)],
            [("增值税税率", 1), ("13%", 1), ("增值税税额", 1), (_money(str((Decimal(f["total_price"]) * Decimal("0.13") / Decimal("1.13")).quantize(Decimal("0.01"))), rng), 1),
             ("主管税务机关", 1), ("国家税务总局某市税务局", 1)],
        ],
        row_h=rng.randint(48, 56),
    )  # fmt: skip
    flow.line(f"打印时间：{checked.isoformat()} {clock}    https://inv-veri.chinatax.gov.cn", size=16)
    return flow.images()


def i_photo_filter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with a camera app's filter left on (a 'film' look): blacks lifted
    to a faded brown, the whites cream, the contrast flattened in the middle, the corners
    darkened and a film grain over everything."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic, i_old_generation))(
        f, font, rng
    )[0]
    arr = np.asarray(page, np.float32) / 255.0
    h, w = arr.shape[:2]
    lift = rng.uniform(0.18, 0.3)
    faded = lift + (1 - lift - rng.uniform(0.03, 0.08)) * arr
    sepia = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]], np.float32)
    toned = faded @ sepia.T
    mix = rng.uniform(0.35, 0.6)
    look = (1 - mix) * faded + mix * np.clip(toned, 0, 1)
    look = 0.5 + (look - 0.5) * rng.uniform(0.8, 0.9)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    look *= (1 - rng.uniform(0.2, 0.35) * np.clip(r2 / 2, 0, 1) ** 1.5)[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    look += nrng.normal(0, rng.uniform(0.015, 0.03), (h, w, 1)).astype(np.float32)
    return [_to_image(look * 255)]


def id_front_lanyard_holder(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front photographed inside a clear lanyard holder: a tinted plastic over the whole
    card, a coloured frame around it with a slot punched at the top, fine scratches on the
    plastic catching the light and the print a little soft behind it."""
    card = render_front(f, font, rng, None)
    w, h = card.size
    pad = rng.randint(24, 40)
    slot = rng.randint(40, 60)
    holder = Image.new(
        "RGB", (w + 2 * pad, h + 2 * pad + slot), rng.choice(((30, 90, 170), (200, 40, 50), (40, 40, 45)))
    )
    draw = ImageDraw.Draw(holder)
    draw.rounded_rectangle(
        ((w + 2 * pad) / 2 - 70, pad // 2, (w + 2 * pad) / 2 + 70, pad // 2 + slot * 0.5),
        12,
        fill=(235, 235, 235),
    )
    holder.paste(card.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9))), (pad, pad + slot))
    arr = np.asarray(holder, np.float32)
    tint = np.array(rng.choice(((0.93, 0.96, 1.0), (0.97, 0.97, 0.92), (0.95, 0.95, 0.95))), np.float32)
    window = np.zeros(arr.shape[:2], bool)
    window[pad + slot : pad + slot + h, pad : pad + w] = True
    arr[window] = arr[window] * tint + 10
    scratches = Image.new("L", holder.size, 0)
    sd = ImageDraw.Draw(scratches)
    for _ in range(rng.randint(15, 40)):
        x, y = rng.uniform(pad, pad + w), rng.uniform(pad + slot, pad + slot + h)
        length, angle = rng.uniform(20, 160), rng.uniform(0, np.pi)
        sd.line(
            (x, y, x + length * np.cos(angle), y + length * np.sin(angle)), fill=rng.randint(40, 110), width=1
        )
    arr += np.asarray(scratches, np.float32)[..., None]
    m = rng.randint(50, 90)
    frame = np.empty((arr.shape[0] + 2 * m, arr.shape[1] + 2 * m, 3), np.float32)
    frame[...] = rng.choice(((180, 175, 165), (90, 95, 100)))
    frame[m:-m, m:-m] = arr
    return [_to_image(frame)]


def _wood(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A wooden table top: long wavy grain lines in browns, knots of darker rings here and there."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    wobble = cv2.resize(nrng.random((4, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    grain = np.sin(yy / rng.uniform(5, 9) + 18 * wobble + 0.002 * xx) * 0.5 + 0.5
    fine = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 1.2)
    tone = 0.6 * grain + 0.4 * fine
    base = np.array(rng.choice(((150, 105, 65), (120, 80, 50), (185, 140, 95))), np.float32)
    return np.asarray(np.clip(base * (0.75 + 0.4 * tone[..., None]), 0, 255), np.float32)


def id_back_on_wood_grain(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back lying on a wooden table with a strong grain: long dark stripes run on past the
    card's edges in the card's own direction, and the light falls off towards one side."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h, w = card.shape[:2]
    mx, my = rng.randint(80, 160), rng.randint(70, 140)
    table = _wood(h + 2 * my, w + 2 * mx, rng)
    table[my : my + h, mx : mx + w] = card
    cols = table.shape[1]
    light = np.linspace(rng.uniform(0.75, 0.9), rng.uniform(1.0, 1.05), cols, dtype=np.float32)
    if rng.random() < 0.5:
        light = light[::-1]
    return [_to_image(table * light[None, :, None])]


def c_line_item_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract that lists the car as a line item: a header row (序号 | 车型 | 车架号 |
    颜色 | 数量 | 单价 | 金额) over one row of values, then 合计 with the amount in words; the
    parties in a block above, 供方 and 需方."""
    flow = _contract_flow(font, rng, rng.choice(("车辆购销合同", "汽车订购合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"供方：{f['seller_name']}")
    flow.line(f"需方：{f['buyer_name']}")
    flow.line(f"需方证件号码：{f['buyer_id_number']}")
    flow.line("一、产品名称、数量及金额")
    price = _money(f["vehicle_price"], rng).replace("人民币", "").replace("元", "")
    model = rng.choice(("哈弗H6 1.5T", "长安CS75 PLUS", "传祺GS4", "宋PLUS DM-i"))
    flow.table(
        [0.07, 0.2, 0.3, 0.09, 0.08, 0.13, 0.13],
        [
            [("序号", 1), ("车型", 1), ("车架号", 1), ("颜色", 1), ("数量", 1), ("单价", 1), ("金额", 1)],
            [("1", 1), (model, 1), (f["vin"], 1), (rng.choice(("白", "黑", "灰")), 1), ("1", 1), (price, 1), (price, 1)],
            [("合计", 2), (f"人民币（大写）{_words(f['vehicle_price'])}", 4), (price, 1)],
        ],
        row_h=rng.randint(50, 58),
    )  # fmt: skip
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.pair("供方（盖章）：", "需方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    flow.line(f"签约日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_pink_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract's customer copy on the pink sheet of a carbonless set: the print transferred
    faint purple-blue onto pink paper, a little spread, with the set's pressure marks."""
    pages = rng.choice((c_table_classic, c_sell_buy_pairs, c_sales_party, c_jia_seller))(f, font, rng)
    paper = np.array(rng.choice(((246, 214, 222), (250, 222, 228), (240, 206, 216))), np.float32)
    ink = np.array(rng.choice(((80, 60, 140), (60, 60, 150), (95, 70, 130))), np.float32)
    out = []
    for page in pages:
        grey = np.asarray(page.convert("L"), np.float32)
        spread = cv2.GaussianBlur(grey, (0, 0), rng.uniform(0.7, 1.1))
        amount = np.clip((250 - spread) / 230, 0, 1) ** rng.uniform(0.8, 1.1) * rng.uniform(0.6, 0.8)
        arr = paper * (1 - amount[..., None]) + ink * amount[..., None]
        nrng = np.random.default_rng(rng.randrange(2**32))
        arr += nrng.normal(0, 3, arr.shape).astype(np.float32)
        out.append(_to_image(arr))
    return out


def p_list_export(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy as an agency's system exports it, landscape: one header row of field names over a
    row of values, wrapped into two bands of columns, then the beneficiary in the remarks."""
    flow = Flow(font, rng, width=1414, height=1000, size=rng.randint(19, 21), margin=rng.randint(40, 60))
    flow.title("保单信息导出", 32)
    flow.line(
        f"导出时间：{_date(f['start_date'], rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", size=16
    )
    flow.table(
        [0.3, 0.16, 0.22, 0.32],
        [
            [("保单号", 1), ("被保险人", 1), ("车架号", 1), ("保险公司", 1)],
            [(f["policy_number"], 1), (f["insured_name"], 1), (f["vin"], 1), (f["insurer"], 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.gap(20)
    flow.table(
        [0.25, 0.25, 0.2, 0.3],
        [
            [("起保日期", 1), ("终保日期", 1), ("保费合计", 1), ("险种", 1)],
            [(f["start_date"], 1), (f["end_date"], 1), (f["premium"], 1), ("商业险（车损/三者/座位）", 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.gap(20)
    flow.line(f"备注：第一受益人：{f['first_beneficiary']}")
    flow.line(
        f"业务员：{rng.choice(('张', '李', '王'))}{rng.choice(('敏', '强', '华'))}  渠道：4S店代理", size=16
    )
    return flow.images()


def p_recycled_paper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on grey recycled paper in economy mode: the sheet a speckled grey with
    dark fibres, the toner a mid grey, so print and paper are closer than on white."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms))(f, font, rng)
    out = []
    for page in pages:
        grey = np.asarray(page.convert("L"), np.float32)
        h, w = grey.shape
        nrng = np.random.default_rng(rng.randrange(2**32))
        sheet = rng.uniform(185, 205) + cv2.GaussianBlur(
            nrng.normal(0, 6, (h, w)).astype(np.float32), (0, 0), 2
        )
        toner = rng.uniform(85, 110)
        amount = np.clip((250 - grey) / 230, 0, 1)
        arr = sheet * (1 - amount) + toner * amount
        fibres = Image.new("L", (w, h), 0)
        fd = ImageDraw.Draw(fibres)
        for _ in range(rng.randint(150, 300)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            a = rng.uniform(0, np.pi)
            length = rng.uniform(3, 14)
            fd.line((x, y, x + length * np.cos(a), y + length * np.sin(a)), fill=rng.randint(40, 90), width=1)
        arr -= np.asarray(fibres, np.float32)
        rgb = arr[..., None] * np.array((1.0, 0.99, 0.96), np.float32)
        out.append(_to_image(rgb))
    return out


def i_sideways(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with the phone turned, saved without the orientation tag: the form
    lies a quarter turn round in a portrait picture, a few degrees off square, on a desk."""
    page = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_label_above))(f, font, rng)[0]
    turned = page.convert("RGBA").rotate(
        rng.choice((90, -90)) + rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True
    )
    m = rng.randint(40, 80)
    desk = Image.new(
        "RGBA",
        (turned.width + 2 * m, turned.height + 2 * m),
        (*rng.choice(((90, 90, 95), (160, 150, 140))), 255),
    )
    desk.alpha_composite(turned, (m, m))
    return [desk.convert("RGB")]


def i_summary_retyped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The dealer's retyped summary of the invoice for the lender (购车发票信息确认单): its own words
    for every field (购车人, 发票金额, 开票单位), the code and number on one line, no ruling."""
    flow = Flow(font, rng, width=1000, height=1414, size=rng.randint(22, 25), margin=rng.randint(70, 100))
    flow.title(rng.choice(("购车发票信息确认单", "机动车发票信息登记表")), 34)
    flow.line(f"发票代码/号码：{f['invoice_code']} / {f['invoice_number']}")
    flow.line(f"开票时间：{_date(f['issue_date'], rng)}")
    flow.line(f"购车人：{f['buyer_name']}")
    flow.line(f"证件号码：{f['buyer_id_number']}")
    flow.line(f"车辆品牌型号：{f['brand_model']}")
    flow.line(f"发动机号：{f['engine_number']}")
    flow.line(f"车架号（VIN）：{f['vin']}")
    flow.line(f"发票金额（价税合计）：{_money(f['total_price'], rng)}")
    flow.line(f"金额大写：{_words(f['total_price'])}")
    flow.line(f"开票单位：{f['seller_name']}")
    flow.gap(30)
    flow.line("以上信息与机动车销售统一发票原件一致，如有不符由经销商承担责任。", size=18)
    flow.pair("经办人：", f"日期：{_date(f['issue_date'], rng)}")
    flow.stamp("业务专用章", dx=flow.inner * 0.6)
    return flow.images()


def id_front_window_reflection(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front on a glossy table by a window: the window's bright pane reflected across part
    of the card, soft-edged, bluish, split by the dark bar of its frame, washing out what lies under
    it without hiding it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (60, 110), ((60, 50, 45), (30, 30, 32), (110, 90, 70)))
    rows, cols = frame.shape[:2]
    pane = np.zeros((rows, cols), np.float32)
    x0 = int(rng.uniform(0.1, 0.5) * cols)
    x1 = x0 + int(rng.uniform(0.25, 0.4) * cols)
    y0, y1 = int(rng.uniform(0.0, 0.3) * rows), int(rng.uniform(0.6, 1.0) * rows)
    skew = rng.uniform(-0.25, 0.25)
    for y in range(y0, y1):
        shift = int(skew * (y - y0))
        pane[y, max(0, x0 + shift) : max(0, min(cols, x1 + shift))] = 1.0
    bar = (x0 + x1) // 2
    pane[:, bar - 6 : bar + 6] *= 0.2
    pane = np.asarray(cv2.GaussianBlur(pane, (0, 0), rng.uniform(12, 25)), np.float32)
    strength = rng.uniform(0.3, 0.5)
    sky = np.array((205, 225, 245), np.float32)
    out = frame * (1 - strength * pane[..., None]) + sky * strength * pane[..., None]
    return [_to_image(out)]


def id_back_thermal_printout(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back as a thermal printout of a scan (a self-service kiosk's slip): low resolution,
    grey-brown print on off-white paper that has faded unevenly, and the head's faint streaks
    running down the slip."""
    card = render_back(f, font, rng).convert("L")
    w, h = card.size
    scale = rng.uniform(0.5, 0.65)
    small = card.resize((int(w * scale), int(h * scale)), Image.Resampling.BILINEAR)
    arr = np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), np.float32)
    fade = np.linspace(rng.uniform(0.55, 0.7), rng.uniform(0.85, 1.0), h, dtype=np.float32)[:, None]
    amount = np.clip((245 - arr) / 225, 0, 1) * fade
    nrng = np.random.default_rng(rng.randrange(2**32))
    streaks = 1 - 0.25 * (nrng.random(w) < 0.02).astype(np.float32)[None, :]
    amount *= streaks
    paper = np.array((244, 240, 230), np.float32)
    ink = np.array((70, 62, 55), np.float32)
    slip = paper * (1 - amount[..., None]) + ink * amount[..., None]
    frame = _on_plain(slip, rng, (40, 100), ((120, 125, 130), (70, 70, 75)))
    return [_to_image(frame)]


def c_words_only_price(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An old-style contract that states the price only in words (车辆价款：人民币贰拾叁万…元整), no
    figure anywhere, with a deposit and a fee given in figures elsewhere."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同书", "购车合同")))
    flow.line(f"编号：{f['contract_number']}", right=True)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}  身份证号：{f['buyer_id_number']}")
    flow.line("一、车辆")
    flow.para(f"买方向卖方购买{rng.choice(('别克英朗', '日产轩逸', '丰田卡罗拉'))}一辆，车架号{f['vin']}。")
    flow.line("二、价款")
    flow.para(f"车辆价款：人民币{_words(f['vehicle_price'])}。")
    flow.para(
        f"买方于签约时付定金¥{rng.randrange(2, 10) * 1000:,}.00，上牌服务费¥{rng.choice((500, 800, 1200))}.00另计。"
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_held_by_fingers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Each page of a contract held up by hand to be photographed: fingertips over the side margins,
    the sheet bowed a little between them and the room dim behind it."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_sales_party))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        bow = rng.uniform(6, 14) * np.sin(np.pi * xx / w)
        bent = np.asarray(
            cv2.remap(arr, xx, yy - bow, cv2.INTER_LINEAR, borderValue=(60, 58, 55)), np.float32
        )
        framed = _on_plain(bent, rng, (40, 70), ((60, 58, 55), (85, 80, 75)))
        image = _to_image(framed)
        draw = ImageDraw.Draw(image)
        skin = rng.choice(((224, 180, 150), (200, 150, 120), (236, 196, 170)))
        m = (image.width - w) // 2
        for side in (0, 1):
            cx = m + (rng.uniform(-10, 25) if side == 0 else w - rng.uniform(-10, 25))
            cy = rng.uniform(0.3, 0.7) * image.height
            for k in range(rng.randint(2, 4)):
                y = cy + k * rng.uniform(50, 70)
                draw.ellipse((cx - 45, y - 28, cx + 45, y + 28), fill=skin)
        out.append(image.filter(ImageFilter.GaussianBlur(0.6)))
    return out


def p_footnoted(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose values carry footnote marks ([1], [2]) explained at the page's foot, and the
    footnotes hold their own dates and amounts (a tax collected with the premium, a grace period)."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}[1]")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}[2]（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    flow.gap(60)
    grace = date.fromisoformat(f["start_date"]) + timedelta(days=rng.choice((15, 30)))
    tax = rng.choice(("360.00", "420.00", "300.00"))
    flow.line(f"[1] 保险费应于{_date(grace.isoformat(), rng)}前缴清，逾期保险人不承担保险责任。", size=16)
    flow.line(f"[2] 不含代收车船税¥{tax}，车船税另开完税凭证。", size=16)
    return flow.images()


def p_depth_of_field(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed close up with the phone focused near the top: the print sharp there
    and softer and softer down the page as it leaves the focus plane."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h = arr.shape[0]
        most = rng.uniform(1.6, 2.4)
        levels = [arr] + [np.asarray(cv2.GaussianBlur(arr, (0, 0), s), np.float32) for s in (most / 2, most)]
        depth = (
            np.clip((np.arange(h, dtype=np.float32) / h - rng.uniform(0.2, 0.4)) / 0.5, 0, 1)[:, None, None]
            * 2
        )
        low = np.floor(np.clip(depth, 0, 1.999)).astype(int)
        t = depth - low
        stack = np.stack(levels)
        rows = np.arange(h)
        blended = stack[low[:, 0, 0], rows] * (1 - t) + stack[np.minimum(low[:, 0, 0] + 1, 2), rows] * t
        out.append(_to_image(blended))
    return out


def i_scratch_area(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An older invoice with a scratch-off lottery area (刮奖区) beside the header: a silver panel,
    scratched or not, and a prize code (兑奖码) of digits printed under it."""
    page = rng.choice((i_classic, i_old_generation, i_taxpayer_id))(f, font, rng)[0]
    draw = ImageDraw.Draw(page)
    w, _ = page.size
    x0, y0 = w - rng.randint(260, 320), rng.randint(12, 30)
    draw.rectangle((x0, y0, x0 + 200, y0 + 60), fill=(190, 192, 196), outline=(120, 120, 125))
    face = load_font(font, 18)
    if rng.random() < 0.5:  # scratched: the silver half rubbed off, a prize message under it
        draw.rectangle((x0 + 10, y0 + 8, x0 + 120, y0 + 52), fill=(245, 245, 240))
        draw.text((x0 + 16, y0 + 20), rng.choice(("谢谢您", "未中奖")), font=face, fill=(40, 40, 40))
    draw.text((x0 + 130, y0 + 20), "刮奖区", font=face, fill=(90, 90, 95))
    draw.text((x0, y0 + 66), f"兑奖码：{_digits(rng, 12)}", font=face, fill=(40, 40, 40))
    return [page]


def i_ghosted(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with a hand that jerked once during the exposure: a faint second
    copy of everything a few pixels off, as if printed twice."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_electronic, i_old_generation))(
        f, font, rng
    )[0]
    arr = np.asarray(page, np.float32)
    dx, dy = rng.choice((-1, 1)) * rng.randint(4, 9), rng.choice((-1, 1)) * rng.randint(2, 6)
    move = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    shifted = np.asarray(
        cv2.warpAffine(arr, move, (arr.shape[1], arr.shape[0]), borderMode=cv2.BORDER_REPLICATE), np.float32
    )
    weight = rng.uniform(0.25, 0.4)
    out = arr * (1 - weight) + shifted * weight
    return [_to_image(out)]


# ---------------------------------------------------------------- the thirty-seventh set (2026-12-04)
# Written before the thirty-sixth set was measured, so before any result of it was read.


def id_front_zip_bag(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A card's front kept in a clear zip bag and photographed through it: a milky haze over
    everything, the plastic's crinkles as thin bright streaks at every angle, and the zip's double
    ridge across one end."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 100), ((70, 72, 78), (150, 140, 125), (35, 35, 40)))
    rows, cols = frame.shape[:2]
    haze = rng.uniform(0.12, 0.22)
    out = frame * (1 - haze) + 235 * haze
    streaks = np.zeros((rows, cols), np.float32)
    for _ in range(rng.randint(5, 10)):
        x0, y0 = rng.uniform(0, cols), rng.uniform(0, rows)
        angle, length = rng.uniform(0, np.pi), rng.uniform(0.2, 0.6) * cols
        end = (int(x0 + length * np.cos(angle)), int(y0 + length * np.sin(angle)))
        cv2.line(streaks, (int(x0), int(y0)), end, 1.0, thickness=rng.randint(2, 5))
    streaks = np.asarray(cv2.GaussianBlur(streaks, (0, 0), rng.uniform(2, 4)), np.float32)
    out += 120 * rng.uniform(0.5, 0.9) * streaks[..., None]
    y = int(rng.choice((rng.uniform(0.03, 0.1), rng.uniform(0.9, 0.97))) * rows)
    for dy in (0, 10):
        out[y + dy : y + dy + 4] = (
            out[y + dy : y + dy + 4] * 0.5 + np.array((200, 200, 205), np.float32) * 0.5
        )
    return [_to_image(out)]


def id_back_raking_light(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back lit by a lamp low at one side: the near edge glaring, the far edge in shade, and
    the card's fine surface texture standing out in relief across the print."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((90, 85, 80), (50, 55, 60)))
    rows, cols = frame.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    relief = np.asarray(
        cv2.GaussianBlur(nrng.standard_normal((rows, cols)).astype(np.float32), (0, 0), 1.5), np.float32
    )
    angle = rng.uniform(0, 2 * np.pi)
    gx = np.asarray(cv2.Sobel(relief, cv2.CV_32F, 1, 0), np.float32)
    gy = np.asarray(cv2.Sobel(relief, cv2.CV_32F, 0, 1), np.float32)
    shade = np.cos(angle) * gx + np.sin(angle) * gy
    shade /= float(np.abs(shade).max()) + 1e-6
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    t = ((xx - cols / 2) * np.cos(angle) + (yy - rows / 2) * np.sin(angle)) / (0.5 * np.hypot(rows, cols))
    light = 1.0 + rng.uniform(0.25, 0.4) * t
    out = frame * light[..., None] + rng.uniform(18, 30) * shade[..., None]
    return [_to_image(out)]


def c_list_and_deal_price(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract that prints the maker's guide price (厂家指导价) and the discount before
    the price actually agreed (成交价), all three as figures, and sometimes the agreed one in words."""
    a = Decimal(f["vehicle_price"])
    off = Decimal(rng.randrange(3, 40) * 1000)
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"销售方：{f['seller_name']}")
    flow.line(f"购买方：{f['buyer_name']}")
    flow.line(f"证件号码：{f['buyer_id_number']}")
    flow.line("一、车辆及价格", size=flow.size + 1)
    deal = rng.choice(("成交价", "实际成交价", "车辆成交价格"))
    flow.table(
        [0.35, 0.65],
        [
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("厂家指导价", 1), (f"¥{a + off:,.2f}", 1)],
            [(rng.choice(("现金优惠", "优惠金额")), 1), (f"-¥{off:,.2f}", 1)],
            [(deal, 1), (f"¥{a:,.2f}", 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    if rng.random() < 0.5:
        flow.para(f"{deal}（大写）：{_words(f['vehicle_price'])}。")
    flow.para("上述价格已含增值税，不含车辆购置税、保险费及上牌费用。")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("销售方（盖章）：", "购买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签约日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_stitched_panorama(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Each page photographed in two halves that the phone stitched into one picture: below the
    seam the page sits a few pixels off and a hair rotated, a little brighter or darker, and the
    lines that cross the seam are broken there."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_sales_party))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        seam = int(h * rng.uniform(0.35, 0.65))
        turn = cv2.getRotationMatrix2D((w / 2, seam), rng.uniform(-0.8, 0.8), 1.0)
        turn[0, 2] += rng.choice((-1, 1)) * rng.randint(3, 10)
        turn[1, 2] += rng.choice((-1, 1)) * rng.randint(2, 6)
        lower = np.asarray(cv2.warpAffine(arr, turn, (w, h), borderMode=cv2.BORDER_REPLICATE), np.float32)
        lower = lower * rng.uniform(0.88, 1.1)
        blend = np.clip((np.arange(h, dtype=np.float32) - seam) / 8 + 0.5, 0, 1)[:, None, None]
        out.append(_to_image(arr * (1 - blend) + lower * blend))
    return out


def p_instalments(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose premium is paid in instalments: the total premium once, then a schedule of
    two to four payments, each with its own due date and amount, the first due before the period
    starts."""
    total = Decimal(f["premium"])
    n = rng.randint(2, 4)
    part = (total / n).quantize(Decimal("0.01"))
    parts = [part] * (n - 1) + [total - part * (n - 1)]
    start = date.fromisoformat(f["start_date"])
    due = [start - timedelta(days=rng.randint(1, 10))] + [start + timedelta(days=91 * i) for i in range(1, n)]
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单（分期缴费）", 32)
    flow.table(
        [0.35, 0.65],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (_money(f["premium"], rng), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
        row_h=rng.randint(48, 56),
    )
    flow.line("分期缴费计划", size=flow.size + 2)
    rows = [[("期次", 1), ("应缴日期", 1), ("应缴金额（元）", 1)]]
    rows += [
        [(f"第{i + 1}期", 1), (_date(d.isoformat(), rng), 1), (f"{p:,.2f}", 1)]
        for i, (d, p) in enumerate(zip(due, parts, strict=True))
    ]
    flow.table([0.2, 0.4, 0.4], rows, row_h=rng.randint(44, 50))
    flow.para("投保人未按约定缴纳任一期保险费的，自逾期之日起保险人不承担保险责任。")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_hdr_halo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy shot in a phone's HDR mode: local tone mapping leaves the paper blotchy, bright
    halos round every block of print and text over-sharpened into hard, ringing strokes."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        base = np.asarray(cv2.GaussianBlur(arr, (0, 0), rng.uniform(20, 40)), np.float32)
        toned = arr + rng.uniform(0.6, 1.0) * (arr - base)
        soft = np.asarray(cv2.GaussianBlur(toned, (0, 0), rng.uniform(1.2, 2.0)), np.float32)
        sharp = toned + rng.uniform(1.0, 1.8) * (toned - soft)
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        blotch = 1 + 0.08 * np.sin(xx / rng.uniform(120, 220) + rng.uniform(0, 6)) * np.cos(
            yy / rng.uniform(150, 260) + rng.uniform(0, 6)
        )
        out.append(_to_image(sharp * blotch[..., None]))
    return out


def i_requantised(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice saved again and again as a small JPEG on its way (a phone, a chat, a dealer's
    system): shrunk, compressed hard, enlarged and compressed again, its strokes in 8-pixel blocks
    and ringing."""
    page = rng.choice((i_classic, i_old_generation, i_taxpayer_id, i_label_above, i_electronic))(
        f, font, rng
    )[0]
    w, h = page.size
    for scale, quality in ((rng.uniform(0.55, 0.7), rng.randint(14, 24)), (1.0, rng.randint(18, 30))):
        size = (int(w * scale), int(h * scale))
        buf = io.BytesIO()
        page.resize(size, Image.Resampling.BILINEAR).save(buf, "JPEG", quality=quality)
        page = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return [page]


def i_bilingual_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice form with Chinese and English labels (a dealer of imported cars): 购买方 Buyer,
    车辆识别代号 VIN, 价税合计 Total, each pair in either order, the English in smaller type."""
    english_first = rng.random() < 0.5

    def label(zh: str, en: str) -> tuple[str, int]:
        return (f"{en} {zh}" if english_first else f"{zh} {en}", 1)

    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=34)
    flow.line("MOTOR VEHICLE SALES INVOICE", x=flow.width / 2 - 190, size=20)
    flow.pair(f"发票代码 Invoice Code：{f['invoice_code']}", f"发票号码 No.：{f['invoice_number']}")
    flow.line(f"开票日期 Date：{_date(f['issue_date'], rng)}")
    words, fig = _total(f, rng)
    flow.table(
        [0.3, 0.7],
        [
            [label("购买方名称", "Buyer"), (f["buyer_name"], 1)],
            [label("身份证号码", "ID No."), (f["buyer_id_number"], 1)],
            [label("厂牌型号", "Make/Model"), (f["brand_model"], 1)],
            [label("车辆识别代号", "VIN"), (f["vin"], 1)],
            [label("发动机号码", "Engine No."), (f["engine_number"], 1)],
            [label("价税合计", "Total"), (f"{words}  {fig}", 1)],
            [label("销售单位", "Seller"), (f["seller_name"], 1)],
        ],
        row_h=rng.randint(50, 56),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.55, dy=-40)
    return flow.images()


# ---------------------------------------------------------------- the thirty-eighth set (2026-12-04)
# Written before the thirty-seventh set was measured, so before any result of it was read.


def id_front_fogged(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A cold card's front photographed in a warm car: condensation fogs it in patches, thickest
    towards the edges, a fine grain of droplets over the print, and one clear streak where a
    finger wiped it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 100), ((60, 62, 68), (120, 110, 100), (30, 30, 34)))
    rows, cols = frame.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    patches = cv2.resize(
        nrng.uniform(0, 1, (rows // 80 + 2, cols // 80 + 2)).astype(np.float32),
        (cols, rows),
        interpolation=cv2.INTER_CUBIC,
    )
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    edge = np.hypot((xx - cols / 2) / (cols / 2), (yy - rows / 2) / (rows / 2)) / np.sqrt(2)
    fog = np.clip(rng.uniform(0.1, 0.2) + rng.uniform(0.15, 0.3) * patches + 0.25 * edge, 0, 0.6)
    wipe_y, wipe_h = rng.uniform(0.2, 0.8) * rows, rng.uniform(0.08, 0.16) * rows
    tilt = rng.uniform(-0.15, 0.15)
    fog *= 1 - 0.8 * np.exp(-(((yy - wipe_y - tilt * (xx - cols / 2)) / wipe_h) ** 4))
    grain = np.asarray(
        cv2.GaussianBlur(nrng.uniform(0, 1, (rows, cols)).astype(np.float32), (0, 0), 1.2), np.float32
    )
    fog = np.clip(fog * (0.7 + 0.6 * grain), 0, 0.7)
    soft = np.asarray(cv2.GaussianBlur(frame, (0, 0), 2.0), np.float32)
    out = (frame * (1 - fog[..., None]) + soft * fog[..., None]) * (1 - fog[..., None] * 0.6) + 225 * fog[
        ..., None
    ] * 0.6
    return [_to_image(out)]


def id_back_dusty_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back on a flatbed scanner with a dirty glass: the white lid all round, dust as dark
    specks everywhere, one to three hairs lying across the print, and the lamp's faint bands."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((246, 246, 244), (238, 239, 242)))
    rows, cols = frame.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    dirt = np.zeros((rows, cols), np.float32)
    for _ in range(rng.randint(60, 160)):
        cv2.circle(dirt, (rng.randrange(cols), rng.randrange(rows)), rng.choice((1, 1, 1, 2, 3)), 1.0, -1)
    for _ in range(rng.randint(1, 3)):
        x, y = rng.uniform(0, cols), rng.uniform(0, rows)
        heading = rng.uniform(0, 2 * np.pi)
        pts = []
        for _ in range(rng.randint(60, 140)):
            pts.append((int(x), int(y)))
            heading += rng.uniform(-0.08, 0.08)
            x, y = x + 4 * np.cos(heading), y + 4 * np.sin(heading)
        cv2.polylines(dirt, [np.array(pts, np.int32)], False, 1.0, thickness=rng.choice((1, 2)))
    dirt = np.asarray(cv2.GaussianBlur(dirt, (0, 0), 0.7), np.float32)
    bands = 1 + 0.03 * np.sin(np.arange(cols, dtype=np.float32) / rng.uniform(6, 14) + rng.uniform(0, 6))
    out = frame * bands[None, :, None] * (1 - rng.uniform(0.6, 0.85) * dirt[..., None])
    return [_to_image(out + nrng.normal(0, 2.5, out.shape))]


def c_caption_below_lines(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract form whose values are printed on rules with their labels in small type under
    the rule (as a signature line is captioned), two to a row, the price and date among them."""
    flow = _contract_flow(font, rng, rng.choice(("机动车买卖合同", "汽车销售合同书")))
    small = max(14, flow.size - 7)
    a = Decimal(f["vehicle_price"])

    def row(cells: list[tuple[str, str]]) -> None:
        flow.room(flow.size * 3 + small)
        width = flow.inner / len(cells)
        for i, (value, caption) in enumerate(cells):
            x0 = flow.margin + i * width
            flow.page.text(x0 + rng.randint(4, 20), flow.y, value, flow.size)
            y_rule = flow.y + flow.size + 8
            flow.page.draw.line((x0, y_rule, x0 + width - 24, y_rule), (50, 50, 50), 1)
            flow.page.text(x0 + rng.randint(0, 30), y_rule + 6, caption, small)
        flow.y += flow.size + small + rng.randint(34, 48)

    flow.line(f"No. {f['contract_number']}", right=True)
    flow.para("经双方协商一致，就下列车辆的买卖事宜订立本合同，双方信息及成交条件如下：")
    row([(f["seller_name"], "出卖人（盖章）")])
    row([(f["buyer_name"], "买受人姓名"), (f["buyer_id_number"], "买受人身份证号码")])
    row([(f["vin"], "车辆识别代号（VIN）"), (_engine(rng), "发动机号")])
    price = rng.choice((f"¥{a:,.2f}", f"{a:,.2f}元", f"{a:.2f}"))
    row([(price, "车辆价款（含税）"), (_words(f["vehicle_price"]), "价款大写")])
    row([(_date(f["sign_date"], rng), "签订日期"), (f"1{_digits(rng, 10)}", "买受人联系电话")])
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.stamp("合同专用章", dx=flow.inner * rng.uniform(0.1, 0.4), dy=-200)
    return flow.images()


def c_sign_here_flags(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract as the dealer hands it over: coloured translucent sign-here flags (请在此签字)
    stuck on at the edges, each an arrow lying over the ends of a few lines of print, which show
    through it tinted."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_sales_party, c_inline))(
        f, font, rng
    )
    colours = ((250, 80, 120), (255, 200, 40), (80, 200, 120), (90, 150, 250))
    out = []
    for page in pages:
        base = page.convert("RGBA")
        w, h = base.size
        for _ in range(rng.randint(1, 3)):
            flag = Image.new("RGBA", base.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(flag)
            fw, fh = rng.randint(200, 300), rng.randint(44, 60)
            y = rng.randint(120, h - 120)
            colour = rng.choice(colours)
            if rng.random() < 0.5:  # from the right edge, pointing left
                x = w - fw + rng.randint(0, 40)
                shape = [(x, y + fh // 2), (x + 30, y), (w + 5, y), (w + 5, y + fh), (x + 30, y + fh)]
                tx = x + 40
            else:
                x = -rng.randint(0, 40)
                shape = [(x, y), (x + fw - 30, y), (x + fw, y + fh // 2), (x + fw - 30, y + fh), (x, y + fh)]
                tx = x + 50
            draw.polygon(shape, fill=(*colour, rng.randint(90, 130)))
            draw.text(
                (tx, y + fh // 2 - 12),
                "请在此签字",
                font=load_font(font, 22),
                fill=(*(c // 2 for c in colour), 220),
            )
            base = Image.alpha_composite(
                base, flag.rotate(rng.uniform(-3, 3), center=(x + fw / 2, y + fh / 2))
            )
        out.append(base.convert("RGB"))
    return out


def p_premium_factors(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that shows how its premium was priced: the base premium (基准保险费), the no-claims
    and pricing factors, then the premium actually charged, with the sum insured beside them; only
    the last amount is the premium."""
    total = Decimal(f["premium"])
    ncd = Decimal(rng.choice(("0.85", "0.70", "0.60", "1.00", "1.25")))
    own = Decimal(rng.choice(("0.75", "0.85", "0.95", "1.10")))
    base = (total / ncd / own).quantize(Decimal("0.01"))
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保单号码：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    flow.pair(f"被保险人：{f['insured_name']}", f"车架号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    charged = rng.choice(("签单保险费", "应缴保险费", "实收保险费", "保险费"))
    flow.table(
        [0.5, 0.5],
        [
            [("机动车损失保险保险金额", 1), (f"¥{rng.randrange(80, 400) * 1000:,}.00", 1)],
            [("基准保险费", 1), (f"¥{base:,.2f}", 1)],
            [("无赔款优待系数（NCD）", 1), (str(ncd), 1)],
            [("自主定价系数", 1), (str(own), 1)],
            [(charged, 1), (_money(f["premium"], rng), 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.para(f"计算公式：{charged}＝基准保险费×无赔款优待系数×自主定价系数。", indent=False)
    flow.para(f"特别约定：第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.stamp("保险单专用章", dx=flow.inner * rng.uniform(0.5, 0.75))
    return flow.images()


def p_water_stained(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that got wet and dried: brown tide rings where the water stopped, the paper
    cockled in slow waves that bend the lines, and the ink inside the wet patch run a little."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms, p_header_grid))(
        f, font, rng
    )
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        nrng = np.random.default_rng(rng.randrange(2**32))
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.15, 0.35) * w
        wobble = cv2.resize(
            nrng.normal(0, 0.08, (8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        d = np.hypot(xx - cx, (yy - cy) * rng.uniform(0.7, 1.3)) / r + wobble
        wet = np.clip(1 - d, 0, 1) > 0
        run = np.asarray(cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.8, 1.4)), np.float32)
        arr = np.where(wet[..., None], run, arr)
        ring = np.exp(-(((d - 1) / 0.012) ** 2)) * rng.uniform(0.25, 0.45)
        tint = np.array((0.82, 0.7, 0.5), np.float32)
        arr = arr * (1 - ring[..., None] * (1 - tint)) * (1 - 0.05 * wet[..., None])
        dx, dy = (
            cv2.resize(
                nrng.normal(0, rng.uniform(3, 6), (5, 4)).astype(np.float32),
                (w, h),
                interpolation=cv2.INTER_CUBIC,
            )
            for _ in range(2)
        )
        bent = cv2.remap(arr, xx + dx, yy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        shade = 1 + 0.5 * np.asarray(cv2.Sobel(dx, cv2.CV_32F, 1, 0, ksize=5), np.float32) / 400
        out.append(_to_image(bent * shade[..., None]))
    return out


def i_agent_in_remarks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice for a financed car bought through an agent: the remarks name the person who
    handled it (经办人 or 代办人) with their own ID number and the lender holding the mortgage, and
    a second name signs at the foot; the buyer is still only the one in the buyer cell."""
    agent = random_fields("id_card_front", rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    who = rng.choice(("经办人", "代办人", "委托代理人"))
    lender = rng.choice(("瑞信汽车金融有限公司", "华融汽车金融有限公司", "东方汽车金融有限公司"))
    remark = rng.choice(
        (
            f"{who}：{agent['name']}，身份证号：{agent['id_number']}；抵押权人：{lender}",
            f"贷款购车，抵押权人{lender}。{who}{agent['name']}（{agent['id_number']}）",
        )
    )
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        [
            *_classic_rows(f, rng, words, fig, rng.choice(("武汉", "广州", "宁波"))),
            [("备注", 1), (remark, 5)],
        ],
        row_h=rng.randint(50, 56),
    )
    flow.pair(f"开票人：{random_fields('id_card_front', rng)['name']}", f"收款人：{agent['name']}")
    flow.stamp("发票专用章", dx=flow.inner * 0.7, dy=-30)
    return flow.images()


def i_night_mode_smear(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice shot in a phone's night mode: a dark, noisy exposure brightened and smoothed so
    hard by the denoiser that thin strokes melt into flat patches with soft, painted edges."""
    page = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_label_above, i_kv_lines))(f, font, rng)[
        0
    ]
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(page, np.float32) * rng.uniform(0.25, 0.4)
    arr += nrng.normal(0, rng.uniform(6, 10), arr.shape)
    img = np.clip(arr, 0, 255).astype(np.uint8)
    for _ in range(rng.randint(2, 3)):
        img = cv2.bilateralFilter(img, 7, rng.uniform(30, 50), rng.uniform(3, 6))
    gain = 230 / max(float(np.percentile(img, 95)), 1.0)
    warm = np.array((1.0, rng.uniform(0.92, 0.98), rng.uniform(0.8, 0.9)), np.float32)
    return [_to_image(img.astype(np.float32) * gain * warm)]


# ---------------------------------------------------------------- the thirty-ninth set (2026-12-04)
# Written before the thirty-eighth set was measured, so before any result of it was read.


def id_front_video_call_frame(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front held up to a video call with the lender's agent and grabbed from the stream: a
    small frame blown up, compressed hard, a little smeared by motion, with the call's own
    overlay on it, the caller's masked name tag and the running time."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (120, 200), ((70, 80, 95), (110, 100, 90), (45, 50, 55)))
    rows, cols = frame.shape[:2]
    small = (int(cols * rng.uniform(0.5, 0.6)), int(rows * rng.uniform(0.5, 0.6)))
    kernel = motion_kernel(rng.randint(3, 6), rng.uniform(0, 180))
    shot = cv2.filter2D(cv2.resize(frame, small, interpolation=cv2.INTER_AREA), -1, kernel)
    buf = io.BytesIO()
    _to_image(shot).save(buf, "JPEG", quality=rng.randint(30, 45))
    image = (
        Image.open(io.BytesIO(buf.getvalue())).convert("RGB").resize((cols, rows), Image.Resampling.BICUBIC)
    )
    draw = ImageDraw.Draw(image, "RGBA")
    tag = f"客户 {random_fields('id_card_front', rng)['name'][0]}**"
    draw.rounded_rectangle((20, rows - 70, 250, rows - 20), 10, fill=(0, 0, 0, 140))
    draw.text((36, rows - 62), tag, font=load_font(font, 28), fill=(255, 255, 255, 230))
    draw.text(
        (cols - 160, 24),
        f"00:{rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}",
        font=load_font(font, 26),
        fill=(255, 255, 255, 220),
    )
    draw.ellipse((cols - 190, 30, cols - 174, 46), fill=(230, 40, 40, 230))
    return [image]


def id_back_red_fingerprint(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back with a red fingerprint on it from the seal-ink pad the buyer pressed the contract
    with: an oval of ridges in translucent red over part of the print, smudged at one side."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((200, 195, 185), (85, 80, 75)))
    rows, cols = frame.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.8) * cols, rng.uniform(0.45, 0.85) * rows
    a, b = rng.uniform(80, 110), rng.uniform(110, 150)
    turn = rng.uniform(-0.6, 0.6)
    u = ((xx - cx) * np.cos(turn) + (yy - cy) * np.sin(turn)) / a
    v = (-(xx - cx) * np.sin(turn) + (yy - cy) * np.cos(turn)) / b
    r = np.hypot(u, v)
    nrng = np.random.default_rng(rng.randrange(2**32))
    wander = cv2.resize(
        nrng.normal(0, 1.5, (6, 6)).astype(np.float32), (cols, rows), interpolation=cv2.INTER_CUBIC
    )
    ridges = 0.5 + 0.5 * np.sin(r * rng.uniform(70, 90) + 1.5 * np.arctan2(v, u) + wander)
    press = np.clip(1.2 - r, 0, 1) * ridges * rng.uniform(0.55, 0.8)
    press = np.asarray(cv2.GaussianBlur(press.astype(np.float32), (0, 0), 1.2), np.float32)
    smear = np.asarray(
        cv2.filter2D(press, -1, motion_kernel(rng.randint(15, 30), rng.uniform(0, 180))), np.float32
    )
    ink = np.clip(np.maximum(press, 0.6 * smear), 0, 1)[..., None]
    red = np.array((205, 35, 45), np.float32)
    return [_to_image(frame * (1 - ink) + frame * ink * red / 255)]


def c_line_numbered(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract drawn up by a lawyer's template: every line numbered in the margin (1, 2, 3 …
    from the top of each page, small and close to the text), a rule between numbers and text, the
    parties, car and price in articles of prose."""
    flow = _contract_flow(font, rng, "机动车买卖合同")
    a = Decimal(f["vehicle_price"])
    flow.margin += 50
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}，身份证号码：{f['buyer_id_number']}")
    flow.para(
        f"第一条 出卖人向买受人出售车辆一台，车辆识别代号{f['vin']}，发动机号{_engine(rng)}，"
        f"车辆价款人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}），含增值税。"
    )
    flow.para("第二条 买受人于本合同签订之日一次性付清车款，出卖人收款后开具机动车销售统一发票。")
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    out = []
    for page in flow.images():
        draw = ImageDraw.Draw(page)
        x = flow.margin - rng.randint(14, 22)
        draw.line((x, 40, x, flow.height - 40), (120, 120, 120), 1)
        small = load_font(font, rng.randint(14, 17))
        step = flow.size * rng.uniform(1.7, 1.9)
        y, n = float(flow.margin - 10), 1
        while y < flow.height - 60:
            draw.text(
                (x - 10 - draw.textlength(str(n), font=small), y + 4), str(n), font=small, fill=(90, 90, 90)
            )
            y, n = y + step, n + 1
        out.append(page)
    return out


def c_microfilm_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract pulled from the dealer's archive as a microfilm print: grey and grainy, blown up
    from a tiny frame (soft strokes), the film's dark border and dust, long thin scratches down it
    and light falling off towards the corners."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_sales_party, c_party_blocks))(f, font, rng)
    out = []
    for page in pages:
        grey = np.asarray(page.convert("L"), np.float32)
        h, w = grey.shape
        nrng = np.random.default_rng(rng.randrange(2**32))
        small = cv2.resize(grey, (int(w * 0.45), int(h * 0.45)), interpolation=cv2.INTER_AREA)
        soft = cv2.resize(cv2.GaussianBlur(small, (0, 0), 0.6), (w, h), interpolation=cv2.INTER_CUBIC)
        low, high = rng.uniform(40, 70), rng.uniform(195, 220)
        arr = low + (high - low) * np.asarray(soft, np.float32) / 255
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        fall = (
            1 - rng.uniform(0.15, 0.3) * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / 2
        )
        arr = arr * fall + nrng.normal(0, rng.uniform(6, 10), arr.shape)
        for _ in range(rng.randint(2, 5)):
            x = rng.uniform(0, w)
            cv2.line(arr, (int(x), 0), (int(x + rng.uniform(-30, 30)), h), float(rng.uniform(150, 230)), 1)
        border = rng.randint(15, 35)
        arr[:border], arr[-border:], arr[:, :border], arr[:, -border:] = 25, 25, 25, 25
        out.append(_to_image(np.repeat(arr[..., None], 3, axis=2)))
    return out


def p_service_providers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that names the other companies behind it: the roadside-assistance provider, the
    loss adjuster and the agency that sold it, each a company with its own hotline, beside the
    insurer, who signs at the foot."""

    def company(word: str) -> str:
        return rng.choice(("安达", "路通", "众援", "恒信", "中联")) + word

    flow = _policy_flow(font, rng)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.pair(f"保险费合计：{_money(f['premium'], rng)}", f"第一受益人：{f['first_beneficiary']}")
    flow.line("服务信息", size=flow.size + 2)
    flow.table(
        [0.3, 0.45, 0.25],
        [
            [("服务项目", 1), ("服务机构", 1), ("服务电话", 1)],
            [
                ("道路救援", 1),
                (company("汽车救援服务有限公司"), 1),
                (f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", 1),
            ],
            [
                ("事故查勘定损", 1),
                (company("保险公估有限公司"), 1),
                (f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", 1),
            ],
            [("代理销售", 1), (company("保险代理有限公司"), 1), (f"0571-{_digits(rng, 8)}", 1)],
        ],
        row_h=rng.randint(44, 50),
    )
    flow.para("出险后请于48小时内报案，救援服务由上述机构提供，费用由保险人按约定承担。")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险单专用章", dx=flow.inner * rng.uniform(0.3, 0.6))
    return flow.images()


def p_crumpled_ball(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy screwed up into a ball and flattened again: creases everywhere, small and close,
    each a bright and a dark side, and the paper between them bent so the lines wander."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms))(f, font, rng)
    return [_crumple(page, rng, (55, 95), (10, 18)) for page in pages]


def i_abbreviated_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's own invoice print with every label cut short: 购方, 证件号, 车型, 车架号, 发动机,
    合计, 销方, in a table of narrow label cells."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "代码：", "号码：", "日期：")
    words, fig = _total(f, rng)
    flow.table(
        [0.1, 0.4, 0.1, 0.4],
        [
            [("购方", 1), (f["buyer_name"], 1), ("证件号", 1), (f["buyer_id_number"], 1)],
            [("车型", 1), (f["brand_model"], 1), ("车架号", 1), (f["vin"], 1)],
            [("发动机", 1), (f["engine_number"], 1), ("税率", 1), ("13%", 1)],
            [("合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销方", 1), (f["seller_name"], 1), ("税号", 1), (_uscc(rng), 1)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.6, dy=-20)
    return flow.images()


def i_lens_flare(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice shot towards a bright window: a wash of light from one corner, and the lens's
    flare across it, a streak and a row of pale polygon ghosts over the print."""
    page = rng.choice((i_classic, i_taxpayer_id, i_seal_over, i_label_above))(f, font, rng)[0]
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sx, sy = rng.choice((0, w)), rng.choice((0, h))
    wash = np.exp(-np.hypot(xx - sx, yy - sy) / rng.uniform(250, 450)) * rng.uniform(0.5, 0.8)
    flare = np.zeros((h, w), np.float32)
    cx, cy = w / 2, h / 2
    sides = rng.choice((5, 6, 8))
    for _ in range(rng.randint(3, 6)):
        t = rng.uniform(0.2, 1.6)
        px, py = sx + (cx - sx) * t, sy + (cy - sy) * t
        radius = rng.uniform(25, 90)
        pts = [
            (
                int(px + radius * np.cos(2 * np.pi * i / sides)),
                int(py + radius * np.sin(2 * np.pi * i / sides)),
            )
            for i in range(sides)
        ]
        cv2.fillPoly(flare, [np.array(pts, np.int32)], float(rng.uniform(0.15, 0.35)))
    cv2.line(flare, (int(sx), int(sy)), (int(2 * cx - sx), int(2 * cy - sy)), 0.3, rng.randint(6, 14))
    flare = np.asarray(cv2.GaussianBlur(flare, (0, 0), 6), np.float32)
    light = np.clip(wash + flare, 0, 0.9)[..., None]
    tint = np.array((1.0, rng.uniform(0.9, 1.0), rng.uniform(0.75, 0.95)), np.float32)
    return [_to_image(arr * (1 - light) + 255 * tint * light)]


# ---------------------------------------------------------------- the fortieth set (2026-12-04)
# Written before the thirty-ninth set was measured, so before any result of it was read.


def id_front_beauty_filter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front taken with a chat app's camera and its beauty filter left on: everything smoothed
    flat (thin strokes thinned and softened), brightened, warmed and the colours pushed up."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 110), ((150, 120, 110), (90, 95, 120), (60, 60, 60)))
    img = np.clip(frame, 0, 255).astype(np.uint8)
    for _ in range(rng.randint(2, 3)):
        img = cv2.bilateralFilter(img, 9, rng.uniform(40, 70), rng.uniform(5, 9))
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] *= rng.uniform(1.2, 1.5)
    hsv[..., 2] = 255 * (hsv[..., 2] / 255) ** rng.uniform(0.7, 0.85)
    out = cv2.cvtColor(np.clip(hsv, 0, 255).astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)
    return [_to_image(out * np.array((1.0, rng.uniform(0.95, 1.0), rng.uniform(0.88, 0.95)), np.float32))]


def id_back_stretched_aspect(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back as an app delivered it after forcing the picture to its own frame without keeping
    proportions: squeezed or stretched across by a fifth to a third, the print with it."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((70, 70, 75), (180, 175, 170)))
    rows, cols = frame.shape[:2]
    factor = rng.choice((rng.uniform(0.65, 0.8), rng.uniform(1.2, 1.35)))
    if rng.random() < 0.5:
        size = (int(cols * factor), rows)
    else:
        size = (cols, int(rows * factor))
    return [_to_image(cv2.resize(frame, size, interpolation=cv2.INTER_AREA))]


def c_hereinafter_named(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that names its parties once in its opening sentence, each followed by the role it
    is called by from then on (…有限公司（以下简称"出卖人"）与王伟（身份证号码：…，以下简称"买受人"）),
    and afterwards only by those roles."""
    seller_role, buyer_role = rng.choice((("出卖人", "买受人"), ("卖方", "买方"), ("甲方", "乙方")))
    a = Decimal(f["vehicle_price"])
    q = rng.choice((("“", "”"), ('"', '"'), ("", "")))
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.para(
        f"本合同由{f['seller_name']}（以下简称{q[0]}{seller_role}{q[1]}）与{f['buyer_name']}"
        f"（身份证号码：{f['buyer_id_number']}，以下简称{q[0]}{buyer_role}{q[1]}）"
        f"于{_date(f['sign_date'], rng)}在{rng.choice(('长沙', '杭州', '南京', '武汉'))}签订。"
    )
    flow.para(
        f"第一条 {seller_role}同意将车辆识别代号为{f['vin']}的新车一辆出售给{buyer_role}，"
        f"车辆价款为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}）。"
    )
    flow.para(
        f"第二条 {buyer_role}应于合同签订当日向{seller_role}支付全部车款，{seller_role}收款后开具发票。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair(f"{seller_role}（盖章）：", f"{buyer_role}（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def c_gif_palette(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Contract pages saved through a tool that exported them as GIFs: the picture cut down to a
    small palette of colours and dithered, so grey edges become scattered dots of ink and paper."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_sales_party, c_party_blocks))(f, font, rng)
    out = []
    for page in pages:
        shaded = _to_image(
            np.asarray(page, np.float32) * rng.uniform(0.9, 1.0) + rng.uniform(-10, 10)
        ).convert("RGB")
        few = shaded.quantize(colors=rng.choice((4, 6, 8)), dither=Image.Dither.FLOYDSTEINBERG)
        out.append(few.convert("RGB"))
    return out


def p_named_drivers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy with designated drivers (指定驾驶人): two or three people with their own names, ID
    numbers and licence dates in a table after the insured, the insured sometimes among them."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}")
    flow.line("指定驾驶人", size=flow.size + 2)
    rows = [[("姓名", 1), ("身份证号码", 2), ("初次领证日期", 1)]]
    insured_drives = rng.random() < 0.5
    for i in range(rng.randint(2, 3)):
        person = random_fields("id_card_front", rng)
        if i == 0 and insured_drives:
            person["name"] = f["insured_name"]
        rows.append(
            [
                (person["name"], 1),
                (person["id_number"], 2),
                (_date(f"20{rng.randint(10, 22)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", rng), 1),
            ]
        )
    flow.table([0.22, 0.26, 0.26, 0.26], rows, row_h=rng.randint(44, 50))
    flow.para(
        f"特别约定：第一受益人为{f['first_beneficiary']}；非指定驾驶人驾驶发生事故的，绝对免赔率增加10%。",
        indent=False,
    )
    flow.stamp("保险单专用章", dx=flow.inner * rng.uniform(0.5, 0.7))
    return flow.images()


def p_scanner_line_defects(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy scanned on a sheet-fed scanner with a dirty or dead sensor: thin lines, white or
    black, run straight down the whole page through the print, the same place on every page."""
    pages = rng.choice((p_table_classic, p_two_column, p_kv_list, p_special_terms, p_header_grid))(
        f, font, rng
    )
    w = pages[0].size[0]
    lines = [
        (rng.randrange(60, w - 60), rng.randint(1, 3), rng.choice((0.0, 255.0, 60.0)))
        for _ in range(rng.randint(2, 5))
    ]
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32).copy()
        for x, width, level in lines:
            arr[:, x : x + width] = arr[:, x : x + width] * 0.2 + level * 0.8
        out.append(_to_image(arr))
    return out


def i_grouped_codes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer system's invoice print that spaces long codes into groups of four for reading
    aloud: the invoice code and number, the buyer's ID number and the VIN."""

    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(
        f"发票代码：{_in_groups(f['invoice_code'], 4)}", f"发票号码：{_in_groups(f['invoice_number'], 4)}"
    )
    flow.line(f"开票日期：{_date(f['issue_date'], rng)}")
    words, fig = _total(f, rng)
    flow.table(
        [0.18, 0.32, 0.18, 0.32],
        [
            [
                ("购买方名称", 1),
                (f["buyer_name"], 1),
                ("身份证号码", 1),
                (_in_groups(f["buyer_id_number"], 4), 1),
            ],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (_in_groups(f["vin"], 4), 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销售单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.65, dy=-20)
    return flow.images()


def i_foreground_blur(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed past something near the lens: a mug's rim or a fingertip at one
    corner, far out of focus, a soft dark shape over the margin and the edge of the print."""
    page = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_seal_over))(f, font, rng)[0]
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    mask = np.zeros((h, w), np.float32)
    cx, cy = rng.choice((0, w)), rng.choice((0, h))
    cv2.ellipse(
        mask,
        (cx, cy),
        (int(w * rng.uniform(0.1, 0.16)), int(h * rng.uniform(0.14, 0.22))),
        rng.uniform(0, 180),
        0,
        360,
        1.0,
        -1,
    )
    mask = np.asarray(cv2.GaussianBlur(mask, (0, 0), rng.uniform(25, 40)), np.float32)[..., None]
    colour = np.array(rng.choice(((70, 50, 40), (190, 140, 120), (40, 60, 90))), np.float32)
    blurred = np.asarray(cv2.GaussianBlur(arr, (0, 0), 12), np.float32)
    return [_to_image(arr * (1 - mask) + (0.5 * blurred + 0.5 * colour) * mask)]


# ---------------------------------------------------------------- the forty-first set (2026-12-04)
# Written before the fortieth set was measured, so before any result of it was read.


def id_front_oversharpened(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front from a cheap phone that sharpens hard after denoising: grain lifted into speckle,
    bright and dark halos along every stroke, then saved as a small JPEG."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((120, 110, 100), (205, 200, 190), (70, 75, 85)))
    nrng = np.random.default_rng(rng.randrange(2**32))
    frame = frame * rng.uniform(0.8, 0.95) + nrng.normal(0, rng.uniform(4, 8), frame.shape).astype(np.float32)
    soft = np.asarray(cv2.GaussianBlur(frame, (0, 0), rng.uniform(1.6, 2.6)), np.float32)
    sharp = frame + rng.uniform(1.4, 2.4) * (frame - soft)
    buf = io.BytesIO()
    _to_image(sharp).save(buf, format="JPEG", quality=rng.randint(35, 55))
    return [Image.open(io.BytesIO(buf.getvalue())).convert("RGB")]


def id_back_clipped_to_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back held to a dealer's application form by a binder clip over its top edge: the form's
    own printed lines (what to attach, a signature line, a date line) above and below the card,
    the clip's steel jaw and its shadow over the card's upper edge."""
    card = render_back(f, font, rng)
    cw, ch = card.size
    w, h = cw + rng.randint(160, 300), ch + rng.randint(330, 420)
    form = Page(w, h, font, rng, background=(rng.randint(240, 250),) * 3)
    form.text(
        rng.randint(30, 70), rng.randint(25, 40), "附件二：申请人身份证复印件粘贴处", rng.randint(26, 30)
    )
    form.text(
        rng.randint(30, 70),
        rng.randint(80, 95),
        "（请将身份证反面夹于此处，复印件须清晰完整）",
        rng.randint(20, 23),
    )
    x0, y0 = (w - cw) // 2 + rng.randint(-30, 30), rng.randint(140, 170)
    form.draw.rectangle((x0 - 12, y0 - 12, x0 + cw + 12, y0 + ch + 12), outline=RULE, width=2)
    below = y0 + ch + rng.randint(45, 70)
    form.text(rng.randint(30, 70), below, "申请人签字：__________", rng.randint(22, 25))
    form.text(w // 2 + rng.randint(0, 40), below, "日期：____年___月___日", rng.randint(22, 25))
    page = form.image.convert("RGBA")
    shade = Image.new("RGBA", card.size, (0, 0, 0, 0))
    ImageDraw.Draw(shade).rectangle((0, 0, cw, ch), fill=(0, 0, 0, 60))
    page.alpha_composite(shade, (x0 + 4, y0 + 5))
    page.alpha_composite(card.convert("RGBA"), (x0, y0))
    draw = ImageDraw.Draw(page)
    jaw_w, jaw_h = rng.randint(150, 220), rng.randint(55, 75)
    jx = x0 + rng.randint(int(cw * 0.15), int(cw * 0.85) - jaw_w)
    jy = y0 - jaw_h // 2
    draw.rectangle((jx + 6, jy + 8, jx + jaw_w + 6, jy + jaw_h + 10), fill=(0, 0, 0, 70))
    draw.rectangle((jx, jy, jx + jaw_w, jy + jaw_h), fill=(28, 28, 32, 255))
    draw.rectangle((jx, jy + jaw_h - 10, jx + jaw_w, jy + jaw_h), fill=(70, 70, 78, 255))
    for side in (jx + jaw_w * 0.25, jx + jaw_w * 0.75):
        draw.line(
            (side, jy, side + rng.randint(-8, 8), jy - rng.randint(50, 80)),
            fill=(160, 160, 170, 255),
            width=5,
        )
    out = np.asarray(page.convert("RGB"), np.float32)
    light = np.linspace(rng.uniform(0.85, 1.0), rng.uniform(0.85, 1.0), out.shape[1], dtype=np.float32)
    return [_to_image(out * light[None, :, None])]


def c_summary_box(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars sit only in a boxed summary of the deal at the head of its
    first page, in the dealer's short labels (购车人, 证件号码, 车架号, 整车价格, 签订日期,
    经销商); the articles below refer to that box and repeat none of them."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line("合同要素表", size=flow.size + 2)
    flow.table(
        [0.18, 0.32, 0.18, 0.32],
        [
            [("购车人", 1), (f["buyer_name"], 1), ("证件号码", 1), (f["buyer_id_number"], 1)],
            [("经销商", 1), (f["seller_name"], 3)],
            [("车架号", 1), (f["vin"], 1), ("签订日期", 1), (_date(f["sign_date"], rng), 1)],
            [("整车价格", 1), (f"¥{a:,.2f}", 1), ("大写", 1), (_words(f["vehicle_price"]), 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.para("第一条 买卖双方就上表所列车辆的买卖达成一致，上表为本合同不可分割的组成部分。")
    flow.para("第二条 购车人应按上表所列整车价格付款，经销商收款后开具机动车销售统一发票。")
    _boilerplate(flow, rng, rng.randint(3, 5), 2)
    flow.pair("经销商（盖章）：", "购车人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def c_spreadsheet_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract a dealer keeps as a spreadsheet and prints with its headings: column letters
    across the top, row numbers down the left in grey cells, light gridlines everywhere, labels
    in one column and values in the next, numbers right-aligned in their cells."""
    a = Decimal(f["vehicle_price"])
    y, m, d = f["sign_date"].split("-")
    rows = [
        ("", "车辆买卖合同", ""),
        ("合同编号", f["contract_number"], ""),
        ("卖方", f["seller_name"], ""),
        ("买方", f["buyer_name"], ""),
        ("买方身份证号", f["buyer_id_number"], ""),
        ("车辆识别代号", f["vin"], ""),
        ("车辆价款（元）", "", f"{a:,.2f}"),
        ("价款大写", _words(f["vehicle_price"]), ""),
        ("定金（元）", "", f"{rng.randrange(2, 20) * 1000:,.2f}"),
        ("签订日期", "", f"{int(y)}/{int(m)}/{int(d)}"),
        ("备注", "双方签字盖章后生效。", ""),
        ("卖方盖章", "", ""),
        ("买方签字", "", ""),
    ]
    flow = Flow(font, rng)
    page = flow.page
    size = rng.randint(20, 23)
    head_w, row_h = rng.randint(44, 56), rng.randint(40, 48)
    widths = [rng.randint(190, 220), rng.randint(420, 460), rng.randint(180, 200)]
    x0, y0 = rng.randint(25, 40), rng.randint(60, 110)
    grid, grey = (205, 205, 205), (232, 232, 232)
    xs = [x0 + head_w]
    for wd in widths:
        xs.append(xs[-1] + wd)
    page.draw.rectangle((x0, y0, xs[-1], y0 + row_h), fill=grey)
    page.draw.rectangle((x0, y0, x0 + head_w, y0 + row_h * (len(rows) + 1)), fill=grey)
    for i, letter in enumerate("ABC"):
        cx = (xs[i] + xs[i + 1]) / 2 - page.width_of(letter, size - 2) / 2
        page.text(cx, y0 + (row_h - size) / 2, letter, size - 2, (90, 90, 90))
    for r, (label, value, number) in enumerate(rows, 1):
        top = y0 + r * row_h
        n = str(r)
        page.text(
            x0 + head_w / 2 - page.width_of(n, size - 2) / 2,
            top + (row_h - size) / 2,
            n,
            size - 2,
            (90, 90, 90),
        )
        page.text(xs[0] + 6, top + (row_h - size) / 2, label, size)
        page.text(xs[1] + 6, top + (row_h - size) / 2, value, size + (6 if r == 1 else 0))
        if number:
            page.text(xs[3] - 8 - page.width_of(number, size), top + (row_h - size) / 2, number, size)
    for r in range(len(rows) + 2):
        page.draw.line((x0, y0 + r * row_h, xs[-1], y0 + r * row_h), fill=grid, width=1)
    for x in [x0, *xs]:
        page.draw.line((x, y0, x, y0 + row_h * (len(rows) + 1)), fill=grid, width=1)
    flow.y = y0 + row_h * (len(rows) - 1) + flow.size
    flow.stamp("合同专用章", dx=xs[1] + 140 - flow.margin)
    return flow.images()


def p_vehicle_and_tax(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy as insurers print it with the vehicle's particulars (plate, model, engine number,
    seats, first registration and the new-car purchase price it is insured against) and, under
    the premium, the vehicle and vessel tax collected with it and the sum of the two to pay."""
    premium = Decimal(f["premium"])
    tax = Decimal(rng.choice(("300.00", "360.00", "420.00", "480.00", "660.00")))
    late = Decimal(rng.choice(("0.00", "0.00", "12.60", "35.40")))
    value = Decimal(rng.randrange(90, 400) * 1000 + rng.choice((0, 800, 900)))
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=26)
    flow.title("机动车综合商业保险保险单")
    flow.pair(f"保险单号：{f['policy_number']}", f"被保险人：{f['insured_name']}")
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("号牌号码", 1), ("新车未上牌", 1), ("厂牌型号", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("发动机号", 1), (_engine(rng), 1)],
            [
                ("核定载客", 1),
                (f"{rng.choice((5, 5, 7))}人", 1),
                ("初次登记日期", 1),
                (_date(f["start_date"], rng), 1),
            ],
            [("新车购置价", 1), (f"¥{value:,.2f}", 1), ("使用性质", 1), ("家庭自用", 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.table(
        [0.3, 0.7],
        [
            [("保险费合计", 1), (f"{_words(f['premium'])}（¥{premium:,.2f}）", 1)],
            [("代收车船税", 1), (f"当年应缴¥{tax:,.2f}  往年补缴¥0.00  滞纳金¥{late:,.2f}", 1)],
            [("本期应缴合计", 1), (f"¥{premium + tax + late:,.2f}", 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * rng.uniform(0.55, 0.7))
    return flow.images()


def p_notice_first(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy sent with the insurer's notice to the customer as its first page: how to check
    the policy, report a claim and complain, with service numbers, hours, days and amounts of
    its own, and the policy itself on the page after."""
    flow = _policy_flow(font, rng)
    flow.title("致客户告知书", 34)
    flow.para(f"尊敬的{f['insured_name']}：", indent=False)
    notes = (
        f"感谢您选择{f['insurer']}。您可登录官方网站或关注官方微信公众号，输入保险单号及证件号码后四位查询保单信息。",
        "出险后请于48小时内拨打客服电话报案，车损金额在5000元以下的可通过手机自助理赔。",
        "如您对本保单有异议，请自收到保单之日起10日内提出；投诉电话工作时间为每日9:00至18:00。",
        "本保单仅列明主要内容，保险条款及特别约定以保险单正本为准，请妥善保管。",
        f"温馨提示：请核对车辆识别代号与行驶证一致，如有错误请于{rng.randint(3, 15)}日内联系服务人员批改。",
    )
    for i, text in enumerate(rng.sample(notes, k=len(notes)), 1):
        flow.para(f"{i}. {text}", indent=False)
    flow.line(f"客服热线：955{_digits(rng, 2)}   服务网点：{_branch(f['insurer'], rng)}")
    flow.new_page()
    flow.line(f["insurer"], size=26)
    flow.title("机动车商业保险保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.para(f"特别约定：第一受益人：{f['first_beneficiary']}。", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_fullwidth_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from an old billing system that prints every digit and Latin letter full-width
    (ＬＳＶ…, ２０２６年…, ￥１２８，５００．００), each as wide as a Chinese character."""

    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"发票代码：{_wide(f['invoice_code'])}", f"发票号码：{_wide(f['invoice_number'])}")
    flow.line(_wide(f"开票日期：{_date(f['issue_date'], rng)}"))
    words, fig = _total(f, rng)
    flow.table(
        [0.18, 0.32, 0.2, 0.3],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (_wide(f["buyer_id_number"]), 1)],
            [
                ("厂牌型号", 1),
                (_wide(f["brand_model"]), 1),
                ("发动机号码", 1),
                (_wide(f["engine_number"]), 1),
            ],
            [("车辆识别代号", 1), (_wide(f["vin"]), 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (_wide(fig), 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(52, 60),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.62, dy=-10)
    return flow.images()


def i_with_accessory_list(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with the dealer's list of what else was sold stapled behind it (销售清单): mats,
    film, a dash camera, each with a price, and a total of its own, under the same buyer's name
    and the invoice's number."""
    pages = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_kv_lines))(f, font, rng)
    flow = _invoice_flow(font, rng)
    flow.title("销售清单", 34)
    flow.pair(f"购买方：{f['buyer_name']}", f"所属发票号码：{f['invoice_number']}")
    items = rng.sample(
        (
            ("全车脚垫", 680),
            ("前挡隔热膜", 1980),
            ("行车记录仪", 899),
            ("底盘装甲", 1200),
            ("座椅套", 560),
            ("尾箱垫", 260),
        ),
        k=rng.randint(3, 5),
    )
    rows = [[("序号", 1), ("名称", 2), ("数量", 1), ("金额（元）", 1)]]
    for i, (name, price) in enumerate(items, 1):
        rows.append([(str(i), 1), (name, 2), ("1", 1), (f"{price:,.2f}", 1)])
    total = sum(price for _, price in items)
    rows.append([("合计", 3), (f"¥{total:,.2f}", 2)])
    flow.table([0.1, 0.25, 0.25, 0.15, 0.25], rows, row_h=rng.randint(44, 50))
    flow.line(f"销售单位：{f['seller_name']}")
    flow.stamp("发票专用章", dx=flow.inner * 0.55)
    return [*pages, *flow.images()]


# ---------------------------------------------------------------- the forty-second set (2026-12-04)
# Written before the forty-first set was measured, so before any result of it was read.


def id_front_aged_yellow(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front nearly twenty years old: the laminate yellowed and hazed, the print faded toward
    brown, the edges more than the middle."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2) / np.sqrt(2)
    age = rng.uniform(0.45, 0.7) + rng.uniform(0.15, 0.3) * edge[..., None]
    yellow = np.array((236, 214, 150), np.float32)
    faded = card + (255 - card) * rng.uniform(0.25, 0.4)  # ink lightened
    aged = faded * (1 - age * 0.35) + yellow * age * 0.35
    aged *= np.array((1.0, rng.uniform(0.94, 0.98), rng.uniform(0.8, 0.88)), np.float32)
    frame = _on_plain(aged, rng, (50, 100), ((60, 60, 65), (170, 160, 150), (200, 200, 205)))
    return [_to_image(frame)]


def id_back_enlarged_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back photocopied enlarged to fill half a sheet, as some branches ask: grey, the copier's
    toner specks and a darker band where the lid did not close, the card's edge a hard line."""
    card = render_back(f, font, rng).convert("L")
    page = Image.new("L", (1000, 1414), 248)
    w = rng.randint(820, 900)
    h = int(w * card.height / card.width)
    x, top = (1000 - w) // 2 + rng.randint(-20, 20), rng.randint(90, 220)
    page.paste(card.resize((w, h), Image.Resampling.BICUBIC), (x, top))
    arr = np.asarray(page, np.float32)
    arr = 255 - (255 - arr) * rng.uniform(1.1, 1.3)  # a copier lifts contrast
    nrng = np.random.default_rng(rng.randrange(2**32))
    specks = nrng.random(arr.shape) < rng.uniform(0.0008, 0.002)
    arr[specks] = rng.uniform(20, 80)
    band = rng.randint(40, 110)
    side = rng.choice((slice(0, band), slice(arr.shape[1] - band, arr.shape[1])))
    arr[:, side] *= rng.uniform(0.45, 0.65)
    arr = np.asarray(cv2.GaussianBlur(arr, (0, 0), 0.7), np.float32)
    return [_to_image(np.repeat(arr[..., None], 3, axis=2))]


def c_numbered_fields(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract that numbers every blank it fills (1. 买方姓名：…  2. 证件号码：…), two
    numbered fields to a line where they fit, then numbered articles after them."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"No. {f['contract_number']}", right=True)
    items = [
        ("卖方", f["seller_name"]),
        ("买方姓名", f["buyer_name"]),
        ("证件号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("车辆价格", f"{_money(f['vehicle_price'], rng)}"),
        ("大写金额", _words(f["vehicle_price"])),
        ("签订日期", _date(f["sign_date"], rng)),
    ]
    style = rng.choice(("{n}. ", "（{n}）", "{n}、"))
    numbered = [f"{style.format(n=i)}{label}：{value}" for i, (label, value) in enumerate(items, 1)]
    i = 0
    while i < len(numbered):
        left = numbered[i]
        right = numbered[i + 1] if i + 1 < len(numbered) else ""
        if (
            right
            and max(flow.page.width_of(left, flow.size), flow.page.width_of(right, flow.size))
            < flow.inner / 2 - 20
        ):
            flow.pair(left, right)
            i += 2
        else:
            flow.line(left)
            i += 1
    flow.para(f"买方应于签订之日付清车款{a:,.2f}元，卖方于收款后七日内交车。")
    _boilerplate(flow, rng, rng.randint(3, 5), 0)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    return flow.images()


def c_cover_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract bound with a cover: the title large, its number, the two parties and the date
    on the cover page; the vehicle, price and the buyer's ID in the articles on the pages after."""
    a = Decimal(f["vehicle_price"])
    flow = _contract_flow(font, rng, "")
    flow.gap(rng.randint(260, 380))
    flow.title(rng.choice(("汽车买卖合同", "机动车买卖合同书")), rng.randint(52, 60))
    flow.gap(rng.randint(60, 120))
    flow.line(f"合同编号：{f['contract_number']}", x=flow.width * 0.3)
    flow.gap(rng.randint(300, 420))
    x = flow.width * rng.uniform(0.22, 0.3)
    flow.line(f"出卖人：{f['seller_name']}", x=x)
    flow.line(f"买受人：{f['buyer_name']}", x=x)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}", x=x)
    flow.new_page()
    flow.line("第一条 车辆", size=flow.size + 1)
    flow.para(f"出卖人向买受人出售新车一辆，车辆识别代号：{f['vin']}。")
    flow.line("第二条 价款", size=flow.size + 1)
    flow.para(f"车辆价款为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}）。")
    flow.line("第三条 买受人证件", size=flow.size + 1)
    flow.para(f"买受人身份证号码：{f['buyer_id_number']}，买受人应提供身份证原件供出卖人核验。")
    _boilerplate(flow, rng, rng.randint(3, 5), 3)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    return flow.images()


def p_faxed_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy faxed from the branch: the fax machine's line across the top of every page (its
    own date and time, sender's number, page count), the page gone to black and white at fax
    resolution."""
    pages = rng.choice((p_table_classic, p_kv_list, p_two_column, p_special_terms))(f, font, rng)
    sent = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 20))
    out = []
    for i, page in enumerate(pages):
        draw = ImageDraw.Draw(page)
        face = load_font(font, rng.randint(16, 19))
        draw.text(
            (rng.randint(20, 50), rng.randint(8, 20)),
            f"{sent:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  FROM: 0{rng.randint(10, 999)}"
            f"{_digits(rng, 8)}  TO: {_digits(rng, 11)}  P.{i + 1:03d}/{len(pages):03d}",
            font=face,
            fill=(20, 20, 20),
        )
        grey = np.asarray(page.convert("L"), np.float32)
        w, h = page.size
        low = cv2.resize(grey, (w, int(h * rng.uniform(0.5, 0.6))), interpolation=cv2.INTER_AREA)
        bw = np.where(low < rng.uniform(150, 175), 0, 255).astype(np.uint8)
        back = cv2.resize(bw, (w, h), interpolation=cv2.INTER_NEAREST)
        out.append(Image.fromarray(back).convert("RGB"))
    return out


def p_chinese_numeral_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A formal policy that writes its period in Chinese numerals (自二〇二六年三月一日零时起至二〇二七年
    二月二十八日二十四时止) and its premium in words beside the figure."""
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=26)
    flow.title("机动车商业保险保险单", 34)
    flow.table(
        [0.26, 0.74],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
        ],
        row_h=rng.randint(46, 54),
    )
    start, end = _numeral_date(f["start_date"]), _numeral_date(f["end_date"])
    flow.para(f"保险期间：自{start}零时起至{end}二十四时止。", indent=False)
    flow.line(f"保险费合计：人民币{_words(f['premium'])}（¥{Decimal(f['premium']):,.2f}）")
    flow.para(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。", indent=False)
    flow.line(f"签单日期：{_numeral_date(f['start_date'])}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_colour_dropout(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice scanned in a mode that drops the form's colour: the pre-printed form (title,
    labels, rules, in the invoice's brown) all but gone, the values the printer added in black
    left, a little off the form's grid as printers put them."""
    flow = _invoice_flow(font, rng)
    page = flow.page
    faint = rng.choice(((226, 214, 206), (232, 222, 214), (220, 210, 204)))
    size = flow.size
    page.text(flow.width / 2 - 180, flow.margin, "机动车销售统一发票", 36, faint)
    dx, dy = rng.randint(-8, 12), rng.randint(-6, 6)
    left, right = flow.margin, flow.margin + flow.inner // 2 + 10
    rows = [
        (("发票代码", f["invoice_code"]), ("发票号码", f["invoice_number"])),
        (("开票日期", _date(f["issue_date"], rng)), None),
        (("购买方名称", f["buyer_name"]), ("身份证号码", f["buyer_id_number"])),
        (("厂牌型号", f["brand_model"]), ("发动机号码", f["engine_number"])),
        (("车辆识别代号", f["vin"]), None),
        (("价税合计", _words(f["total_price"])), ("小写", f"¥{Decimal(f['total_price']):,.2f}")),
        (("销货单位名称", f["seller_name"]), None),
    ]
    y = flow.margin + 80
    step = rng.randint(64, 80)
    for row in rows:
        page.draw.line((left - 10, y - 14, flow.width - flow.margin, y - 14), fill=faint, width=2)
        for x, cell in zip((left, right), row, strict=True):
            if cell is None:
                continue
            label, value = cell
            end = page.text(x, y, label, size, faint)
            page.text(end + 16 + dx, y + dy, value, size + 1)
        y += step
    page.draw.line((left - 10, y - 14, flow.width - flow.margin, y - 14), fill=faint, width=2)
    flow.y = y
    flow.stamp("发票专用章", dx=flow.inner * 0.6, dy=-60)
    return flow.images()


def i_place_value_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice form of the older kind that prints the total's figure one digit to a box under
    place headings (百万 十万 万 千 百 十 元 角 分), ¥ in the box before the first digit, beside the
    total in words."""
    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"发票代码：{f['invoice_code']}", f"发票号码：{f['invoice_number']}")
    flow.line(f"开票日期：{_date(f['issue_date'], rng)}")
    flow.table(
        [0.2, 0.3, 0.2, 0.3],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("价税合计（大写）", 1), (_words(f["total_price"]), 3)],
        ],
        row_h=rng.randint(50, 56),
    )
    heads = ("百万", "十万", "万", "千", "百", "十", "元", "角", "分")
    cents = str(int(Decimal(f["total_price"]) * 100))
    digits = [""] * (len(heads) - len(cents)) + list(cents)
    first = next(i for i, d in enumerate(digits) if d)
    if first > 0:
        digits[first - 1] = "¥"
    box = flow.inner * 0.7 / len(heads)
    x0 = flow.margin + flow.inner * 0.3
    y = int(flow.y) - flow.size
    page = flow.page
    page.text(flow.margin + 6, y + 28, "价税合计（小写）", flow.size - 1)
    for i, (head, digit) in enumerate(zip(heads, digits, strict=True)):
        x = x0 + i * box
        page.draw.rectangle((x, y, x + box, y + 36), outline=RULE, width=1)
        page.draw.rectangle((x, y + 36, x + box, y + 84), outline=RULE, width=1)
        page.text(x + box / 2 - page.width_of(head, 16) / 2, y + 9, head, 16)
        if digit:
            page.text(x + box / 2 - page.width_of(digit, flow.size) / 2, y + 48, digit, flow.size)
    flow.gap(84 + flow.size)
    flow.line(f"销货单位名称：{f['seller_name']}")
    flow.stamp("发票专用章", dx=flow.inner * 0.6, dy=-20)
    return flow.images()


# ---------------------------------------------------------------- the forty-third set (2026-12-04)
# Written before the forty-second set was measured, so before any result of it was read.


def id_front_washed_grey_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front scanned on an office flatbed in 8-bit grey with the brightness turned up: the whole
    card squeezed into the top third of the grey scale, the blue labels nearly as light as the
    paper, the sensor's faint noise and the lid's white all round."""
    card = np.asarray(render_front(f, font, rng, None).convert("L"), np.float32)
    low = rng.uniform(150, 180)  # what black becomes
    washed = low + card * (250 - low) / 255
    washed = 255 * (washed / 255) ** rng.uniform(0.75, 0.9)  # brightness lifts the mid-tones most
    nrng = np.random.default_rng(rng.randrange(2**32))
    washed += nrng.normal(0, rng.uniform(1.5, 3.5), washed.shape)
    frame = _on_plain(
        np.repeat(washed[..., None], 3, axis=2), rng, (40, 90), ((252, 252, 252), (246, 246, 246))
    )
    return [_to_image(frame)]


def id_back_faxed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back faxed by a branch in fine mode, enlarged on the sheet so the fax can carry it:
    black and white only, the fax's header across the top, a streak from a dirty scanner bar."""
    card = render_back(f, font, rng)
    page = Image.new("RGB", (1000, 1414), (255, 255, 255))
    w = rng.randint(800, 900)
    h = int(w * card.height / card.width)
    page.paste(card.resize((w, h), Image.Resampling.BICUBIC), ((1000 - w) // 2, rng.randint(140, 300)))
    header = (
        f"{rng.randint(2024, 2026)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} {rng.randint(8, 18):02d}:"
        f"{rng.randint(10, 59)}  FAX 0{rng.randint(20, 99)}{_digits(rng, 8)}  P.001"
    )
    return [_faxed(page, rng, header, font, fine=True)]


def c_used_car(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A used-car dealer's contract: the car's plate, the date it was first registered, its
    inspection and insurance dates and its previous registered owner stand in the vehicle table
    before the parties' signatures and the date of signing."""
    day = date.fromisoformat(f["sign_date"])
    first = day - timedelta(days=rng.randint(400, 2500))
    inspect = day + timedelta(days=rng.randint(30, 600))
    cover = day + timedelta(days=rng.randint(20, 330))
    flow = _contract_flow(font, rng, rng.choice(("二手车买卖合同", "旧机动车交易合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人（经销企业）：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"买受人身份证号码：{f['buyer_id_number']}")
    flow.line("一、车辆基本情况")
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [
                ("号牌号码", 1),
                (rng.choice("湘浙苏粤川鄂") + rng.choice("ABCD") + _digits(rng, 5), 1),
                ("厂牌型号", 1),
                (rng.choice(BRAND_MODELS), 1),
            ],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [
                ("初次登记日期", 1),
                (_date(first.isoformat(), rng), 1),
                ("表显里程", 1),
                (f"{rng.randint(8, 160) * 1000}公里", 1),
            ],
            [
                ("年检有效期至", 1),
                (_date(inspect.isoformat(), rng), 1),
                ("交强险到期", 1),
                (_date(cover.isoformat(), rng), 1),
            ],
            [("原登记所有人", 1), (person_name(rng), 3)],
        ],
        row_h=rng.randint(48, 56),
    )
    flow.para(
        f"二、车辆价款为人民币{_words(f['vehicle_price'])}（¥{Decimal(f['vehicle_price']):,.2f}），"
        "含车辆过户手续费用。",
        indent=False,
    )
    flow.para("三、出卖人保证该车来源合法，无抵押、查封及重大事故，并协助买受人办理转移登记。", indent=False)
    _boilerplate(flow, rng, rng.randint(2, 4), 3)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_narrow_reflow(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract read on a phone in a reading app that reflows it to the screen: large type, a
    dozen or so characters to a line, so names, a party's company and sentences break anywhere,
    screenshots cut where the screen ends, a status bar on each."""
    a = Decimal(f["vehicle_price"])
    text = [
        f"合同编号：{f['contract_number']}",
        f"出卖人：{f['seller_name']}",
        f"买受人：{f['buyer_name']}，身份证号码：{f['buyer_id_number']}",
        f"第一条 出卖人将车辆识别代号为{f['vin']}的新车一辆出售给买受人。",
        f"第二条 车辆总价款为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}）。",
        "第三条 买受人应于本合同签订之日付清全部价款，出卖人于收款后七日内交付车辆及随车文件。",
        "第四条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
        f"签订日期：{_date(f['sign_date'], rng)}",
    ]
    w, h = 720, rng.randint(1440, 1600)
    size, margin = rng.randint(30, 36), rng.randint(28, 44)
    shots: list[Page] = []
    y = h  # start a new screenshot at once
    lines = [("汽车买卖合同", size + 8)]
    screen = Page(w, h, font, rng)  # measures the text only
    for para in text:
        lines += [(ln, size) for ln in screen.wrap(para, size, w - 2 * margin, words=True)]
        lines.append(("", size // 2))
    for ln, s in lines:
        if y + s * 1.6 > h - 40:
            shots.append(Page(w, h, font, rng, background=(255, 255, 255)))
            bar = shots[-1]
            bar.text(24, 14, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 24)
            bar.text(w - 130, 14, f"5G {rng.randint(20, 99)}%", 24)
            y = rng.randint(70, 110)
        if ln:
            shots[-1].text(margin, y, ln, s)
        y += int(s * rng.uniform(1.55, 1.75)) if ln else s
    return [shot.image for shot in shots]


def p_right_aligned_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule whose labels are set flush right against one column of colons, each value
    starting just after it: short labels stand far from the margin, long ones reach it."""
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=26)
    flow.title(rng.choice(("机动车保险单", "机动车商业保险保险单（电子）")), 34)
    rows = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("号牌号码", rng.choice("浙苏沪粤") + rng.choice("ABCE") + _digits(rng, 5)),
        ("车辆识别代号（VIN）", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计（大写）", _words(f["premium"])),
        ("保险费合计（小写）", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
        ("签单日期", _date(f["start_date"], rng)),
    ]
    colon = (
        flow.margin
        + max(flow.page.width_of(label + "：", flow.size) for label, _ in rows)
        + rng.randint(0, 30)
    )
    for label, value in rows:
        flow.room(flow.size * 2)
        flow.page.text(colon - flow.page.width_of(label + "：", flow.size), flow.y, label + "：", flow.size)
        for i, part in enumerate(flow.page.wrap(value, flow.size, flow.width - flow.margin - colon - 10)):
            if i:
                flow.y += flow.step()
            flow.page.text(colon + rng.randint(0, 8), flow.y, part, flow.size)
        flow.y += flow.step()
    flow.stamp("保险合同专用章", dx=flow.inner * 0.65)
    return flow.images()


def p_preprinted_green_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An insurer's pre-printed form in green ink (title, labels, the grid), the values printed
    into it afterwards in black by an office printer that does not quite hit the boxes."""
    green = rng.choice(((30, 125, 80), (20, 110, 100), (60, 140, 70)))
    flow = _policy_flow(font, rng)
    page = flow.page
    title = "机动车辆保险单（正本）"
    page.text(flow.width / 2 - page.width_of(title, 34) / 2, flow.margin, title, 34, green, 2)
    page.text(flow.margin, flow.margin + 60, _branch(f["insurer"], rng), 22, green)
    cells = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费（大写）", _words(f["premium"])),
        ("保险费（小写）", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
    ]
    label_w = int(flow.inner * rng.uniform(0.24, 0.3))
    row_h = rng.randint(56, 66)
    dx, dy = rng.randint(-10, 18), rng.randint(-12, 10)  # the printer's offset against the form
    y = flow.margin + 110
    x0, x1 = flow.margin, flow.width - flow.margin
    for label, value in cells:
        page.draw.rectangle((x0, y, x1, y + row_h), outline=green, width=2)
        page.draw.line((x0 + label_w, y, x0 + label_w, y + row_h), fill=green, width=2)
        page.text(x0 + 10, y + (row_h - flow.size) // 2 - 2, label, flow.size, green)
        size = page.fit(value, flow.size + 1, x1 - x0 - label_w - 30, smallest=14)
        page.text(x0 + label_w + 14 + dx, y + (row_h - size) // 2 + dy, value, size)
        y += row_h
    page.text(x0, y + 30, "保险人签章：", flow.size, green)
    page.text(x0 + flow.inner // 2, y + 30, "签单日期：", flow.size, green)
    page.text(
        x0 + flow.inner // 2 + page.width_of("签单日期：", flow.size) + dx,
        y + 30 + dy,
        _date(f["start_date"], rng),
        flow.size,
    )
    flow.y = y + 60
    flow.stamp("保险合同专用章", dx=flow.inner * 0.2, dy=-10)
    return flow.images()


def i_void_pantograph(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photocopy of an invoice printed on security paper: the hidden pattern in the paper's fine
    dots comes out in the copy as large words (复印无效, COPY) repeated across the page under the
    print, and the copy is grey and a little harsher than the original."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_kv_lines))(f, font, rng)
    w, h = page.size
    words = Image.new("L", (w * 2, h * 2), 0)
    draw = ImageDraw.Draw(words)
    face = load_font(font, rng.randint(90, 130))
    word = rng.choice(("复印无效", "COPY 复印件", "VOID 作废"))
    step_x, step_y = rng.randint(520, 700), rng.randint(240, 320)
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-(row % 2) * step_x // 2, w * 2, step_x):
            draw.text((x, y), word, font=face, fill=255)
    words = words.rotate(rng.uniform(20, 35), center=(w, h)).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    inside = np.asarray(words, np.float32) > 128
    nrng = np.random.default_rng(rng.randrange(2**32))
    dots = nrng.random((h, w)) < np.where(inside, rng.uniform(0.18, 0.28), rng.uniform(0.01, 0.03))
    grey = np.asarray(page.convert("L"), np.float32)
    grey = 255 - (255 - grey) * rng.uniform(1.05, 1.25)
    grey = np.minimum(grey, np.where(dots, rng.uniform(120, 170), 255)).astype(np.float32)
    soft = cv2.GaussianBlur(grey, (0, 0), 0.6)
    return [_to_image(np.repeat(soft[..., None], 3, axis=2))]


def i_right_aligned_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed by software that sets every value flush right in its cell: a short value
    stands at the far end of a wide cell, next to the following cell's label rather than its own."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    widths = [int(flow.inner * r) for r in (0.15, 0.35, 0.15, 0.35)]
    rows = [
        ("购买方名称", f["buyer_name"], "身份证号码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号", f["vin"], "车辆类型", "轿车"),
        ("价税合计", words, "小写", fig),
        ("销货单位名称", f["seller_name"], "电话", f"0{rng.randint(20, 99)}-{_digits(rng, 8)}"),
    ]
    page = flow.page
    row_h = rng.randint(52, 60)
    y = int(flow.y)
    size = flow.size - 1
    for row in rows:
        x = flow.margin
        page.draw.rectangle((x, y, x + sum(widths), y + row_h), outline=RULE, width=2)
        for i, (text, cw) in enumerate(zip(row, widths, strict=True)):
            page.draw.line((x, y, x, y + row_h), fill=RULE, width=2)
            s = page.fit(text, size, cw - 14)
            tx = x + 6 if i % 2 == 0 else x + cw - 8 - page.width_of(text, s) - rng.randint(0, 4)
            page.text(tx, y + (row_h - s) // 2 - 2, text, s)
            x += cw
        y += row_h
    flow.y = y + flow.size
    flow.stamp("发票专用章", dx=flow.inner * 0.6, dy=-30)
    return flow.images()


# ---------------------------------------------------------------- the forty-fourth set (2026-12-04)
# Written before the forty-third set was measured, so before any result of it was read.


def id_front_cyan_dry(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A colour printout of the front from an inkjet whose cyan cartridge has run dry: black still
    prints from its own cartridge, but every blue and grey lacks its cyan (the labels and the
    pattern turn violet or pink), the paper's faint banding across it, photographed on a desk."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    cmy = 255 - card
    k = cmy.min(axis=2, keepdims=True)
    colour = cmy - k
    colour[..., 0] *= rng.uniform(0.03, 0.2)  # what cyan is left
    printed = 255 - np.clip(colour + k * rng.uniform(0.9, 1.0), 0, 255)
    rows = np.arange(printed.shape[0], dtype=np.float32)[:, None, None]
    period = rng.uniform(6, 14)
    printed += rng.uniform(2, 6) * np.sin(rows * 2 * np.pi / period)  # the head's passes
    frame = _on_plain(printed, rng, (50, 110), ((120, 100, 80), (205, 200, 190), (70, 75, 85)))
    return [_to_image(frame)]


def id_back_tilted_focus(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back photographed close and at a slant with the lens wide open: the near edge sharp, the
    picture going soft toward the far edge (shallow depth of field), the far edge also smaller."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((150, 140, 130), (60, 62, 70), (215, 210, 200)))
    h, w = frame.shape[:2]
    far = rng.choice(("top", "bottom", "left", "right"))
    squeeze = rng.uniform(0.06, 0.14)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = src.copy()
    if far == "top":
        dst[0, 0] += w * squeeze
        dst[1, 0] -= w * squeeze
    elif far == "bottom":
        dst[3, 0] += w * squeeze
        dst[2, 0] -= w * squeeze
    elif far == "left":
        dst[0, 1] += h * squeeze
        dst[3, 1] -= h * squeeze
    else:
        dst[1, 1] += h * squeeze
        dst[2, 1] -= h * squeeze
    tilted = cv2.warpPerspective(
        frame, cv2.getPerspectiveTransform(src, dst), (w, h), borderMode=cv2.BORDER_REPLICATE
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = {"top": 1 - yy / h, "bottom": yy / h, "left": 1 - xx / w, "right": xx / w}[far]
    t = np.clip((t - rng.uniform(0.2, 0.45)) / 0.55, 0, 1)[..., None]  # sharp over the near part
    most = rng.uniform(2.0, 3.2)
    levels = [tilted] + [cv2.GaussianBlur(tilted, (0, 0), most * k / 3) for k in (1, 2, 3)]
    pos = t * 3
    out = np.zeros_like(tilted)
    for i in range(3):
        weight = np.clip(1 - np.abs(pos - i), 0, 1) if i else np.clip(1 - pos, 0, 1)
        out += weight * levels[i]
    out += np.clip(pos - 2, 0, 1) * levels[3]
    return [_to_image(out)]


def _footer_codes(
    page: Image.Image, font: str, rng: random.Random, template: str, archive: str, number: int, total: int
) -> Image.Image:
    """A form's running header and footer: its template code and version at the top, an archive
    number with a bar code and the page count at the bottom."""
    page = page.copy()
    draw = ImageDraw.Draw(page)
    w, h = page.size
    small = load_font(font, 17)
    draw.text((60, 22), f"模板编号：{template}", font=small, fill=(90, 90, 90))
    draw.text((w - 260, 22), f"版本：V{rng.randint(1, 5)}.{rng.randint(0, 9)}", font=small, fill=(90, 90, 90))
    draw.line((60, 50, w - 60, 50), fill=(150, 150, 150), width=1)
    x = 60
    while x < 330:  # a bar code: bars only, nothing a reader could take as text
        bar = rng.choice((2, 2, 3, 5))
        draw.rectangle((x, h - 78, x + bar - 1, h - 44), fill=(20, 20, 20))
        x += bar + rng.choice((2, 3, 4))
    draw.text((60, h - 40), f"档案编号：{archive}", font=small, fill=(60, 60, 60))
    draw.text((w - 220, h - 52), f"第{number}页 共{total}页", font=small, fill=(60, 60, 60))
    return page


def c_template_code_footer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer group's standard form: each page carries the form's template code and version at
    the top and an archive number under a bar code at the bottom (codes of the form and the filing
    system, not the contract's), with the contract's own number on the first page only."""
    template = f"{rng.choice(('QC', 'XS', 'HT'))}-{rng.choice(('HT', 'XSHT', 'GC'))}-{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}"
    archive = rng.choice(("DA", "GD", "")) + _digits(rng, rng.randint(12, 16))
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同（示范文本）")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"甲方（出卖人）：{f['seller_name']}")
    flow.line(f"乙方（买受人）：{f['buyer_name']}")
    flow.line(f"乙方证件号码：{f['buyer_id_number']}")
    flow.line("第一条 标的车辆")
    flow.table(
        [0.26, 0.74],
        [
            [("品牌型号", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("车身颜色", 1), (rng.choice(("珍珠白", "曜石黑", "星空灰", "冰川蓝")), 1)],
        ],
    )
    flow.para(
        f"第二条 车辆价款：本车价款合计人民币{_words(f['vehicle_price'])}"
        f"（¥{Decimal(f['vehicle_price']):,.2f}），含增值税。",
        indent=False,
    )
    _boilerplate(flow, rng, rng.randint(4, 6), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    pages = flow.images()
    return [
        _footer_codes(page, font, rng, template, archive, i + 1, len(pages)) for i, page in enumerate(pages)
    ]


def _check_line(flow: Flow, label: str, options: list[tuple[str, bool]], rng: random.Random) -> None:
    """label：□ option □ option, the chosen box ticked by pen (boxes drawn, not glyphs)."""
    flow.room(flow.size * 2)
    page, s = flow.page, flow.size
    x = page.text(flow.margin, flow.y, label, s) + 6
    for text, chosen in options:
        top = flow.y + s * 0.15
        if x + s + page.width_of(text, s) > flow.width - flow.margin:
            flow.y += flow.step()
            x, top = flow.margin + s * 2, flow.y + s * 0.15
        page.draw.rectangle((x, top, x + s * 0.8, top + s * 0.8), outline=(30, 30, 30), width=2)
        if chosen:
            ink = (rng.randint(10, 40), rng.randint(30, 60), rng.randint(130, 180))
            page.draw.line((x + 2, top + s * 0.4, x + s * 0.35, top + s * 0.8), fill=ink, width=3)
            page.draw.line((x + s * 0.35, top + s * 0.8, x + s * 1.0, top - s * 0.2), fill=ink, width=3)
        x = page.text(x + s * 0.8 + 6, flow.y, text, s) + s
    flow.y += flow.step()


def c_checkbox_choices(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract of tick boxes: the car's kind, how it is paid (a loan, with a down payment and a
    loan amount that are not the price) and who registers it, each option behind a drawn box
    and the chosen one ticked by pen."""
    price = Decimal(f["vehicle_price"])
    down = (price * Decimal(rng.choice(("0.2", "0.3", "0.4", "0.5")))).quantize(Decimal("1"))
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}    身份证号：{f['buyer_id_number']}")
    _check_line(flow, "车辆类别：", [("新车", True), ("二手车", False), ("试乘试驾车", False)], rng)
    flow.line(f"车辆识别代号（VIN）：{f['vin']}")
    flow.line(f"车辆总价：人民币{price:,.2f}元（大写：{_words(f['vehicle_price'])}）")
    _check_line(
        flow,
        "付款方式：",
        [("一次性付款", False), (f"贷款购车：首付款{down:,.2f}元，贷款金额{price - down:,.2f}元", True)],
        rng,
    )
    _check_line(flow, "车辆登记：", [("买受人自行办理", rng.random() < 0.5), ("委托出卖人代办", False)], rng)
    _boilerplate(flow, rng, rng.randint(2, 3), 4)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def p_handwritten_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A branch's paper schedule: the form printed, the policy number stamped in red by a numbering
    machine at the top right, every other value written by hand by the agent on the form's rules."""
    flow = _policy_flow(font, rng)
    flow.line(_branch(f["insurer"], rng), size=26)
    flow.title("机动车辆保险单", 34)
    red = (rng.randint(170, 210), rng.randint(20, 50), rng.randint(30, 60))
    number = f"No. {f['policy_number']}"
    flow.page.text(flow.width - flow.margin - flow.page.width_of(number, 24), flow.y, number, 24, red)
    flow.y += flow.step()
    rows = [
        ("被保险人：", f["insured_name"]),
        ("车辆识别代号：", f["vin"]),
        ("保险期间：", _period(f, rng)),
        ("保险费（大写）：", _words(f["premium"])),
        ("保险费（小写）：¥", f"{Decimal(f['premium']):.2f}"),
        ("第一受益人：", f["first_beneficiary"]),
    ]
    _blank_rows(flow, rows, (70, 70, 70), lambda x, text: _hand(flow, x, text, rng, flow.size))
    flow.line("保险人签章：")
    _date_blanks(flow, f["start_date"], (70, 70, 70), lambda x, text: _hand(flow, x, text, rng, flow.size))
    flow.stamp("保险合同专用章", dx=flow.inner * 0.5)
    return flow.images()


def p_received_stamp(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule as the lender's office filed it: a rectangular blue receipt stamp (the office,
    the date it came in, a filing number) pressed across its upper part, over the print."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column))(f, font, rng)
    w, h = page.size
    sw, sh = rng.randint(330, 400), rng.randint(150, 180)
    stamp = Image.new("L", (sw, sh), 0)
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((3, 3, sw - 4, sh - 4), outline=255, width=4)
    for k in (1, 2):
        draw.line((3, k * sh // 3, sw - 4, k * sh // 3), fill=255, width=2)
    face = load_font(font, 26)
    received = date.fromisoformat(f["start_date"]) + timedelta(days=rng.randint(-20, 40))
    draw.text((16, 12), rng.choice(("汽车金融 收件", "贷后管理部 收文")), font=face, fill=255)
    draw.text((16, sh // 3 + 12), f"日期：{received.isoformat()}", font=face, fill=255)
    draw.text((16, 2 * sh // 3 + 12), f"编号：{_digits(rng, rng.randint(6, 9))}", font=face, fill=255)
    stamp = stamp.rotate(rng.uniform(-8, 8), expand=True)
    ink = np.asarray(stamp, np.float32)[..., None] / 255 * rng.uniform(0.6, 0.85)
    x, y = rng.randint(int(w * 0.4), w - stamp.width - 30), rng.randint(int(h * 0.08), int(h * 0.3))
    arr = np.asarray(page, np.float32).copy()
    blue = np.array((40, 60, 170), np.float32)
    region = arr[y : y + stamp.height, x : x + stamp.width]
    arr[y : y + stamp.height, x : x + stamp.width] = region * (1 - ink) + np.minimum(region, blue) * ink
    return [_to_image(arr), *rest]


def i_highlighted_fields(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice the buyer went over with a highlighter (yellow, green or pink) before sending it:
    a few of its lines marked, the ink under the marker taking its colour."""
    base = rng.choice((i_classic, i_taxpayer_id, i_label_above, i_kv_lines))
    return [_marker(page, rng.randint(2, 4), rng) for page in base(f, font, rng)]


def i_pos_slip_stapled(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The invoice with the card terminal's slip for the deposit stapled to its lower edge: the
    slip names the same seller, its own amount (the deposit), date, reference and terminal
    numbers, in thermal print hanging off the sheet."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines))(f, font, rng)
    w, h = page.size
    sw = rng.randint(330, 380)
    slip = Page(sw, 760, font, rng, background=(238, 236, 230))
    paid = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(3, 40))
    deposit = rng.randrange(5, 50) * 1000
    lines = [
        ("银联POS签购单", 26),
        ("商户存根 MERCHANT COPY", 18),
        (f"商户名称：{f['seller_name']}", 18),
        (f"商户编号：{_digits(rng, 15)}", 18),
        (f"终端编号：{_digits(rng, 8)}", 18),
        (f"卡号：6{_digits(rng, 3)} **** **** {_digits(rng, 4)}", 18),
        ("交易类型：消费/SALE", 18),
        (f"参考号：{_digits(rng, 12)}", 18),
        (f"日期/时间：{paid.strftime('%Y/%m/%d')} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}", 18),
        (f"金额：RMB {deposit:,}.00", 22),
        ("持卡人签名：", 18),
    ]
    y = 20
    for text, size in lines:
        for part in slip.wrap(text, size, sw - 30):
            slip.text(15, y, part, size, (70, 70, 70))
            y += int(size * 1.7)
    slip_img = slip.image.crop((0, 0, sw, y + 30)).rotate(
        rng.uniform(-6, 6), expand=True, fillcolor=(0, 0, 0)
    )
    overlap = rng.randint(40, 70)
    sheet = Image.new(
        "RGB", (w + 80, h + slip_img.height - overlap + 80), rng.choice(((90, 85, 80), (200, 195, 185)))
    )
    sheet.paste(page, (40, 40))
    mask = Image.fromarray((np.asarray(slip_img.convert("L")) > 0).astype(np.uint8) * 255)
    sx = rng.randint(40 + w // 2, 40 + w - slip_img.width // 2)
    sheet.paste(slip_img, (sx, 40 + h - overlap), mask)
    draw = ImageDraw.Draw(sheet)
    draw.line((sx + 30, 40 + h - 20, sx + 70, 40 + h - 22), fill=(160, 160, 165), width=4)  # the staple
    return [sheet]


# ---------------------------------------------------------------- the forty-fifth set (2026-12-05)
# Written before the forty-fourth set was measured, so before any result of it was read.


def id_front_laminate_bubbles(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A printout of the front sealed in a cheap laminating pouch: the film tints it faintly and
    shines along one diagonal, and air trapped under the film makes a few bubbles, each lifting the
    print a little (magnified, brighter) inside a bright rim."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    out = card * np.array((rng.uniform(0.95, 1.0), 1.0, rng.uniform(0.88, 0.95)), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(3, 6)):
        cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        ax, ay = rng.uniform(0.04, 0.12) * w, rng.uniform(0.04, 0.1) * h
        r = np.sqrt(((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2)
        inside = r < 1
        lift = rng.uniform(1.04, 1.12)  # the film bulges, the print under it looks larger
        mx = (cx + (xx - cx) / lift).astype(np.float32)
        my = (cy + (yy - cy) / lift).astype(np.float32)
        lens = cv2.remap(out, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        out = np.where(inside[..., None], lens * rng.uniform(1.02, 1.08) + 6, out)
        rim = np.exp(-(((r - 1) / 0.06) ** 2))[..., None]
        out = out * (1 - 0.5 * rim) + 255 * 0.5 * rim
    along = (xx / w + yy / h) / 2
    shine = np.exp(-(((along - rng.uniform(0.3, 0.7)) / rng.uniform(0.05, 0.12)) ** 2))
    out = out + rng.uniform(30, 60) * shine[..., None]
    frame = _on_plain(out, rng, (50, 100), ((140, 120, 100), (200, 198, 192), (60, 62, 66)))
    return [_to_image(frame)]


def id_back_graph_paper_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A grey photocopy of the back printed onto a sheet torn from a squared exercise book: the
    book's light blue grid (a darker line every five squares) runs under and through the print."""
    card = np.asarray(render_back(f, font, rng), np.float32).mean(axis=2)
    card = np.clip((card - 128) * rng.uniform(1.1, 1.4) + 128 + rng.uniform(-5, 10), 0, 255)
    h, w = card.shape
    m = rng.randint(60, 120)
    ph, pw = h + 2 * m, w + 2 * m
    paper = np.empty((ph, pw, 3), np.float32)
    paper[...] = (rng.randint(240, 250), rng.randint(240, 248), rng.randint(230, 240))
    step = rng.randint(18, 28)
    ox, oy = rng.randrange(step), rng.randrange(step)
    line = np.array((rng.randint(150, 185), rng.randint(190, 215), rng.randint(225, 240)), np.float32)
    for i, x in enumerate(range(ox, pw, step)):
        paper[:, x : x + (2 if i % 5 == 0 else 1)] = line * (0.92 if i % 5 == 0 else 1.0)
    for i, y in enumerate(range(oy, ph, step)):
        paper[y : y + (2 if i % 5 == 0 else 1)] = line * (0.92 if i % 5 == 0 else 1.0)
    paper[m : m + h, m : m + w] *= (card / 255)[
        ..., None
    ]  # toner is opaque: the grid shows only where it is not
    frame = _on_plain(paper, rng, (30, 70), ((90, 80, 70), (175, 170, 160)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    frame *= (rng.uniform(0.8, 0.9) + rng.uniform(0.08, 0.18) * _ramp(xx, yy, rng))[..., None]
    return [_to_image(frame)]


def c_vehicle_swap_addendum(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that replaces an earlier one after the buyer changed cars: it names the earlier
    contract's number and the car first ordered (its own VIN, now cancelled) in a change clause
    beside the car actually sold."""
    old_number = f"GC{f['sign_date'].replace('-', '')[:6]}{_digits(rng, 2)}{_digits(rng, 5)}"
    old_vin = random_vin(rng)
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同（换车）", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.para(
        f"第一条 变更说明：本合同替代双方于此前签订的编号为{old_number}的合同。原合同项下订购车辆"
        f"（原车辆识别代号：{old_vin}）因买受人要求更换车型，已办理退订，原合同自本合同签订之日起终止。",
        indent=False,
    )
    flow.line("第二条 本合同车辆")
    flow.table(
        [0.3, 0.7],
        [
            [("品牌型号", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车辆识别代号（VIN）", 1), (f["vin"], 1)],
            [("发动机号", 1), (_engine(rng), 1)],
            [("车辆价款", 1), (f"¥{Decimal(f['vehicle_price']):,.2f}（{_words(f['vehicle_price'])}）", 1)],
        ],
    )
    flow.para(
        f"第三条 原合同已付定金人民币{rng.randrange(5, 30) * 1000:,}.00元转作本合同定金，交车时抵作车款。",
        indent=False,
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 3)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.2)
    return flow.images()


def c_e_sign_verification(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract signed on an e-signing platform and printed: the platform's verification panel on
    the last page carries a QR code, a verification code, the file's SHA-256 digest across two lines
    and each party's signing time, all beside the contract's own details."""
    flow = _contract_flow(font, rng, "汽车销售合同")
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"销售方：{f['seller_name']}")
    flow.line(f"购买方：{f['buyer_name']}（身份证号：{f['buyer_id_number']}）")
    flow.table(
        [0.25, 0.75],
        [
            [("车型", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车架号", 1), (f["vin"], 1)],
            [("成交价", 1), (_money(f["vehicle_price"], rng), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.pair("销售方（电子签章）", "购买方（电子签名）")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.room(330)
    page, top = flow.page, flow.y + 10
    page.draw.rectangle(
        (flow.margin, top, flow.width - flow.margin, top + 300), outline=(120, 120, 120), width=2
    )
    side = _qr(page.draw, flow.margin + 15, top + 15, 170, rng)
    x = flow.margin + side + 40
    s = 18
    digest = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    code = "-".join(
        "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) for _ in range(4)
    )
    signed = f"{f['sign_date']} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = [
        f"签署平台：{rng.choice(('易签宝', '云契签', '法签通'))}电子签约平台",
        f"合同验证码：{code}",
        f"文件摘要（SHA-256）：{digest[:32]}",
        digest[32:],
        f"销售方签署时间：{signed}",
        f"购买方签署时间：{signed[:11]}{rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "扫描二维码或登录平台输入验证码核验合同真伪",
    ]
    y = top + 16
    for text in rows:
        page.text(x, y, text, s, (70, 70, 70))
        y += int(s * 2)
    flow.y = top + 320
    return flow.images()


def p_numbered_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule printed as a form of numbered boxes: each box has its number in a corner, a small
    label along its top and the value in larger print beneath, two or three boxes to a row."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    boxes = [
        ("保险单号", f["policy_number"], 2),
        ("被保险人", f["insured_name"], 1),
        ("投保单号", _proposal(f, rng), 2),
        ("号牌号码", rng.choice(("新车未上牌", "鲁B" + _digits(rng, 5))), 1),
        ("车辆识别代号", f["vin"], 2),
        ("发动机号", _engine(rng), 1),
        ("保险期间", _period(f, rng), 3),
        ("保险费合计（大写）", _words(f["premium"]), 2),
        ("（小写）", _money(f["premium"], rng), 1),
        ("第一受益人", f["first_beneficiary"], 2),
        ("签单日期", _date(f["start_date"], rng), 1),
    ]  # each row filled: 2+1, 2+1, 2+1, 3, 2+1, 2+1
    cols = 3
    unit = flow.inner / cols
    box_h = rng.randint(78, 92)
    label_s, value_s = rng.randint(14, 16), flow.size
    number_style = rng.choice(("plain", "circled"))
    col = 0
    flow.room(box_h)
    for i, (label, value, span) in enumerate(boxes, 1):
        if col + span > cols:
            col = 0
            flow.y += box_h
            flow.room(box_h)
        page = flow.page
        x0, y0 = flow.margin + col * unit, flow.y
        x1 = x0 + span * unit
        page.draw.rectangle((x0, y0, x1, y0 + box_h), outline=RULE, width=2)
        mark = chr(0x2460 + i - 1) if number_style == "circled" else f"{i}."
        after = page.text(x0 + 5, y0 + 4, mark, label_s, (90, 90, 90))
        page.text(after + 6, y0 + 4, label, label_s, (90, 90, 90))
        size = page.fit(value, value_s, x1 - x0 - 16)
        page.text(x0 + 10, y0 + box_h - size - 14, value, size)
        col += span
    flow.y += box_h + flow.size
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.65)
    return flow.images()


def p_hand_shadow(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A schedule photographed under a ceiling lamp with the phone held over it: the shadow of the
    hand and phone lies over part of the page, dark in its core and soft at its edge, the rest lit
    warm."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column, p_special_terms))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    edge = rng.choice(("bottom", "right", "left"))
    pw, ph = rng.uniform(0.28, 0.4) * w, rng.uniform(0.35, 0.55) * h  # the phone, seen from above
    if edge == "bottom":
        cx = rng.uniform(0.3, 0.7) * w
        draw.rounded_rectangle((cx - pw / 2, h - ph, cx + pw / 2, h + 40), radius=int(pw * 0.12), fill=255)
        draw.ellipse((cx - pw * 0.9, h - ph * 0.35, cx + pw * 0.9, h + ph * 0.4), fill=255)  # the hand
    else:
        cy = rng.uniform(0.35, 0.75) * h
        x0 = w - ph if edge == "right" else -40
        x1 = w + 40 if edge == "right" else ph
        draw.rounded_rectangle((x0, cy - pw / 2, x1, cy + pw / 2), radius=int(pw * 0.12), fill=255)
        hx = w if edge == "right" else 0
        draw.ellipse((hx - ph * 0.4, cy - pw * 0.9, hx + ph * 0.4, cy + pw * 0.9), fill=255)
    soft = np.asarray(mask.filter(ImageFilter.GaussianBlur(rng.uniform(25, 60))), np.float32) / 255
    depth = rng.uniform(0.35, 0.55)
    lit = np.array((1.0, rng.uniform(0.93, 0.97), rng.uniform(0.8, 0.88)), np.float32)
    out = arr * lit * (1 - depth * soft)[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 2.5, out.shape).astype(np.float32) * (1 + soft)[..., None]
    return [_to_image(out), *rest]


def i_two_shots(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A wide invoice photographed in two shots, its left and right halves, overlapping in the
    middle so some cells show in both, each shot at its own slight angle and in its own light."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation))(f, font, rng)
    w, h = page.size
    share = rng.uniform(0.58, 0.66)
    parts = [page.crop((0, 0, int(w * share), h)), page.crop((int(w * (1 - share)), 0, w, h))]
    desk = rng.choice(((80, 75, 70), (140, 120, 95), (200, 200, 198)))
    return _shots(parts, desk, 50, (0.78, 0.92), (0.05, 0.15), rng)


def i_wet_ink_smear(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An inkjet print handled before its ink had dried: one to three fingers dragged across it, each
    leaving a band where the print is smeared along the finger's path and the paper greyed."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    out = arr.copy()
    for _ in range(rng.randint(1, 3)):
        angle = rng.uniform(-25, 25) + rng.choice((0, 90))
        length = rng.randint(6, 12)
        smeared = cv2.filter2D(arr, -1, motion_kernel(length, angle))
        band = Image.new("L", (w, h), 0)
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
        reach = rng.uniform(0.15, 0.35) * max(w, h)
        dx, dy = np.cos(np.radians(angle)) * reach, np.sin(np.radians(angle)) * reach
        ImageDraw.Draw(band).line((cx - dx, cy - dy, cx + dx, cy + dy), fill=255, width=rng.randint(28, 45))
        soft = np.asarray(band.filter(ImageFilter.GaussianBlur(8)), np.float32)[..., None] / 255
        grey = np.float32(rng.uniform(0.9, 0.97))
        out = (out * (1 - soft) + smeared * grey * soft).astype(np.float32)
    return [_to_image(out)]


# ---------------------------------------------------------------- the forty-sixth set (2026-12-05)
# Written before the forty-fifth set was measured, so before any result of it was read.


def _photographed(
    frame: np.ndarray, light: tuple[float, float], falloff: tuple[float, float], rng: random.Random
) -> np.ndarray:
    """`frame` (float RGB) as a phone photographs it: light drawn from `light` falling off by up to
    `falloff` across it, and the sensor's noise."""
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    out = frame.copy()
    out *= (rng.uniform(*light) + rng.uniform(*falloff) * _ramp(xx, yy, rng))[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 3, frame.shape).astype(np.float32)
    return out


def id_front_e_ink_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front shown on an e-ink reader and photographed: sixteen greys between a dark grey and a
    paper grey, a ghost of the page shown before it left on the panel, the reader's plastic bezel
    round it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32).mean(axis=2)
    lo, hi = rng.uniform(45, 75), rng.uniform(185, 215)
    levels = np.round(card / 255 * 15) / 15
    before = random_fields("id_card_front", rng)
    ghost = np.asarray(render_front(before, font, rng, None), np.float32).mean(axis=2) / 255
    shown = lo + (hi - lo) * levels - (hi - lo) * rng.uniform(0.04, 0.09) * (1 - ghost)
    shown = cv2.GaussianBlur(shown, (0, 0), rng.uniform(0.5, 0.9))
    grey = np.repeat(shown[..., None], 3, axis=2) * np.array((1.0, 0.99, rng.uniform(0.94, 0.98)), np.float32)
    bezel = _on_plain(grey, rng, (40, 80), ((38, 38, 40), (200, 200, 196), (120, 90, 60)))
    frame = _on_plain(bezel, rng, (30, 70), ((150, 130, 110), (60, 60, 64), (225, 222, 215)))
    return [_to_image(_photographed(frame, (0.8, 0.9), (0.05, 0.15), rng))]


def id_back_printhead_misaligned(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back printed by an inkjet whose head is out of alignment: it prints alternate passes in
    opposite directions, every other band of rows lands a pixel or three to one side, so upright
    strokes come out jagged; a half-clogged nozzle leaves pale lines at a fixed pitch."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h = card.shape[0]
    band = rng.randint(3, 8)
    shift = rng.choice((1, 2, 3)) * rng.choice((-1, 1))
    out = card.copy()
    for y0 in range(band, h, 2 * band):
        out[y0 : y0 + band] = np.roll(card[y0 : y0 + band], shift, axis=1)
    pitch, at = rng.randint(24, 48), rng.randrange(24)
    pale = np.zeros(h, np.float32)
    pale[at::pitch] = rng.uniform(0.3, 0.6)
    out = 255 - (255 - out) * (1 - pale)[:, None, None]
    paper = _on_plain(out, rng, (50, 110), ((250, 250, 246),))
    frame = _on_plain(paper, rng, (30, 70), ((95, 85, 75), (180, 178, 170), (52, 56, 62)))
    return [_to_image(frame)]


def c_buyer_proxy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the buyer had an authorised agent sign: the buyer named with their ID number,
    then the agent (委托代理人) with the agent's own name, ID number and phone; the seller with its
    legal representative; the agent's name typed in the signature line."""
    born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    agent = person_name(rng)
    agent_id = id_number(rng, f["buyer_id_number"][:6], born, rng.random() < 0.5)
    boss = person_name(rng)
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "汽车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    parties = [
        ("出卖人", f["seller_name"]),
        ("法定代表人", boss),
        ("买受人", f["buyer_name"]),
        ("身份证号码", f["buyer_id_number"]),
        ("委托代理人", agent),
        ("代理人身份证号码", agent_id),
        ("代理人联系电话", f"1{rng.choice('3589')}{_digits(rng, 9)}"),
    ]
    if rng.random() < 0.5:
        flow.table([0.32, 0.68], [[(label, 1), (value, 1)] for label, value in parties])
    else:
        for label, value in parties:
            flow.line(f"{label}：{value}")
    a = Decimal(f["vehicle_price"])
    flow.para(
        f"第一条 买受人委托代理人代为签订本合同。买受人向出卖人购买车辆一台，车辆识别代号：{f['vin']}；"
        f"发动机号：{_engine(rng)}；成交价格为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}）。",
        indent=False,
    )
    flow.para("第二条 委托代理人在授权范围内签署的文件，买受人均予以承认；授权委托书附后。", indent=False)
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("出卖人（盖章）：", f"买受人（委托代理人）：{agent}")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def c_duplex_scan_backs(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A one-sided contract put through a duplex scanner: after every page comes its blank back,
    grey with the scanner's noise and the page's print showing through mirrored and faint."""
    render = rng.choice((c_prose_articles, c_table_classic, c_party_blocks, c_numbered_clauses))
    nrng = np.random.default_rng(rng.randrange(2**32))
    out = []
    for page in render(f, font, rng):
        front = np.asarray(page, np.float32)
        out.append(_to_image(front + nrng.normal(0, 2, front.shape).astype(np.float32)))
        ink = 255 - cv2.GaussianBlur(front[:, ::-1].mean(axis=2), (0, 0), rng.uniform(1.5, 3))
        paper = rng.uniform(232, 246) - ink * rng.uniform(0.04, 0.1)
        back = np.repeat(paper[..., None], 3, axis=2) + nrng.normal(0, 2.5, front.shape).astype(np.float32)
        out.append(_to_image(back))
    return out


def p_cracked_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The insurer's app on a phone whose screen is cracked, photographed by another phone: cracks
    run out from a point of impact, each a bright line with a dark edge, and the glass between them
    sits a pixel or two out of place."""
    screen = p_phone_screen(f, font, rng)[0]
    arr = np.asarray(screen, np.float32)
    h, w = arr.shape[:2]
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    n = rng.randint(6, 11)
    turns = sorted(rng.uniform(0, 2 * np.pi) for _ in range(n))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sector = np.searchsorted(np.array(turns), np.mod(np.arctan2(yy - cy, xx - cx), 2 * np.pi)) % n
    shards = arr.copy()
    for k in range(n):
        dx, dy = rng.randint(-2, 2), rng.randint(-2, 2)
        moved = np.roll(arr, (dy, dx), axis=(0, 1))
        shards = np.where((sector == k)[..., None], moved, shards)
    cracks = Image.new("L", (w, h), 0)
    edge = Image.new("L", (w, h), 0)
    draw, shade = ImageDraw.Draw(cracks), ImageDraw.Draw(edge)
    for turn in turns:
        x, y, a = cx, cy, turn
        while 0 <= x < w and 0 <= y < h:
            a += rng.uniform(-0.25, 0.25)
            step = rng.uniform(20, 60)
            nx, ny = x + np.cos(a) * step, y + np.sin(a) * step
            draw.line((x, y, nx, ny), fill=255, width=rng.choice((1, 2)))
            shade.line((x + 1.5, y + 1.5, nx + 1.5, ny + 1.5), fill=255, width=2)
            if rng.random() < 0.08:
                b = a + rng.uniform(-1.2, 1.2)
                draw.line((nx, ny, nx + np.cos(b) * 80, ny + np.sin(b) * 80), fill=255, width=1)
            x, y = nx, ny
    bright = np.asarray(cracks, np.float32)[..., None] / 255
    dark = np.asarray(edge, np.float32)[..., None] / 255
    glass = shards * (1 - 0.35 * dark)
    glass = glass * (1 - bright) + 235 * bright
    phone = _on_plain(glass, rng, (18, 30), ((20, 20, 22),))
    frame = _on_plain(phone, rng, (40, 90), ((170, 160, 150), (70, 70, 75), (205, 200, 190)))
    return [_to_image(cv2.GaussianBlur(_photographed(frame, (0.85, 0.95), (0.05, 0.12), rng), (0, 0), 0.6))]


def p_loan_pack_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A copy of the policy filed in the lender's loan pack: the page shrunk under the lender's own
    header band (its application and loan-contract numbers, the borrower, what the page is, its
    page number, a barcode), with a 与原件核对一致 check stamp and a clerk's name."""
    (page, *rest) = rng.choice((p_table_classic, p_two_column, p_footer_insurer, p_special_terms, p_kv_list))(
        f, font, rng
    )
    w, h = page.size
    sheet = Page(w, h, font, rng)
    top = rng.randint(150, 190)
    scale = (h - top - 30) / h
    small = page.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)
    sheet.image.paste(small, ((w - small.width) // 2, top))
    day = f["start_date"].replace("-", "")
    s = rng.randint(17, 20)
    sheet.text(40, 28, f"{f['first_beneficiary']} 个人汽车消费贷款档案", s + 4)
    sheet.text(40, 28 + 2 * s, f"申请编号：AP{day}{_digits(rng, 6)}", s)
    sheet.text(w / 2, 28 + 2 * s, f"借款合同号：JK{day[:6]}{_digits(rng, 8)}", s)
    sheet.text(40, 28 + 4 * s, f"借款人：{f['insured_name']}", s)
    sheet.text(w / 2, 28 + 4 * s, f"资料名称：保险单（复印件）  第{rng.randint(3, 9)}页", s)
    _barcode(sheet.draw, w - 420, 12, 52, rng)
    sheet.draw.line((30, top - 10, w - 30, top - 10), fill=(60, 60, 60), width=2)
    stamp = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    sd = ImageDraw.Draw(stamp)
    x0, y0 = rng.uniform(0.5, 0.65) * w, rng.uniform(0.55, 0.8) * h
    sd.rectangle((x0, y0, x0 + 250, y0 + 90), outline=(200, 40, 45, 170), width=4)
    face = load_font(font, 26)
    sd.text((x0 + 20, y0 + 12), "与原件核对一致", font=face, fill=(200, 40, 45, 170))
    sd.text(
        (x0 + 20, y0 + 50), f"经办：{person_name(rng)}", font=load_font(font, 22), fill=(200, 40, 45, 170)
    )
    merged = Image.alpha_composite(sheet.image.convert("RGBA"), stamp).convert("RGB")
    return [merged, *rest]


def i_transparent_ruler(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with a clear plastic ruler lying across it to hold it flat: the
    ruler's millimetre ticks and centimetre numbers print over the text under it, the thick
    plastic tints and shifts what it covers by a pixel or two, its edges show as thin grey lines."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_kv_lines))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    length, wide = int(np.hypot(w, h)) + 200, rng.randint(60, 90)
    strip = Image.new("RGBA", (length, wide), (0, 0, 0, 0))
    sd = ImageDraw.Draw(strip)
    mm = rng.uniform(3.2, 4.2)
    face = load_font(font, rng.randint(13, 17))
    for i in range(int(length / mm)):
        x = 20 + i * mm
        tick = 22 if i % 10 == 0 else 15 if i % 5 == 0 else 9
        sd.line((x, 0, x, tick), fill=(25, 25, 25, 230), width=1)
        if i % 10 == 0:
            sd.text((x - 4, 24), str(i // 10), font=face, fill=(25, 25, 25, 230))
    sd.line((0, 0, length, 0), fill=(120, 120, 120, 200), width=2)
    sd.line((0, wide - 2, length, wide - 2), fill=(120, 120, 120, 200), width=2)
    body = Image.new("L", (length, wide), 255)
    angle = rng.uniform(-25, 25)
    turned = strip.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    mask_t = body.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    px = int(w / 2 - turned.width / 2 + rng.uniform(-0.15, 0.15) * w)
    py = int(h * rng.uniform(0.3, 0.7) - turned.height / 2)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    layer.paste(turned, (px, py), turned)
    cover = Image.new("L", (w, h), 0)
    cover.paste(mask_t, (px, py), mask_t)
    inside = np.asarray(cover, np.float32)[..., None] / 255
    dx, dy = rng.choice((-2, -1, 1, 2)), rng.choice((-1, 0, 1))
    under = np.roll(arr, (dy, dx), axis=(0, 1)) * np.array((0.94, 0.97, 1.0), np.float32) + 6
    out = arr * (1 - inside) + under * inside
    base = _to_image(out).convert("RGBA")
    photo = np.asarray(Image.alpha_composite(base, layer).convert("RGB"), np.float32)
    frame = _on_plain(photo, rng, (30, 70), ((120, 100, 80), (60, 62, 66), (210, 208, 200)))
    fh, fw = frame.shape[:2]
    fy, fx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    frame *= (rng.uniform(0.82, 0.92) + rng.uniform(0.05, 0.15) * _ramp(fx, fy, rng))[..., None]
    return [_to_image(frame)]


def i_archive_punched(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The dealer's archived copy: two binder holes punched through one edge (the desk showing
    through them, some through print), a staple in a corner, and the bookkeeper's voucher number
    and attachment count written in pen in the top margin."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_label_above))(f, font, rng)
    w, h = page.size
    desk = rng.choice(((70, 60, 52), (40, 42, 46), (150, 140, 125)))
    m = rng.randint(40, 70)
    frame = Image.new("RGB", (w + 2 * m, h + 2 * m), desk)
    frame.paste(page, (m, m))
    draw = ImageDraw.Draw(frame)
    r = rng.randint(11, 15)
    inset = rng.randint(32, 48)
    if rng.random() < 0.5:  # along the top edge
        centres = [(m + w / 2 + side * rng.randint(150, 170), float(m + inset)) for side in (-1, 1)]
    else:  # along the left edge
        centres = [(float(m + inset), m + h / 2 + side * rng.randint(150, 170)) for side in (-1, 1)]
    for x, y in centres:
        draw.ellipse((x - r - 2, y - r - 2, x + r + 2, y + r + 2), fill=(185, 182, 175))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=desk)
    sx, sy = m + rng.randint(12, 30), m + rng.randint(12, 30)
    draw.line((sx, sy + 40, sx + 40, sy), fill=(150, 150, 155), width=4)
    draw.line((sx + 2, sy + 42, sx + 42, sy + 2), fill=(90, 90, 95), width=1)
    _pen(
        draw, (m + w * rng.uniform(0.62, 0.75), m + rng.randint(2, 12)), f"记-{rng.randint(1, 999):04d}", rng
    )
    _pen(
        draw, (m + w * rng.uniform(0.05, 0.2), m + h - rng.randint(45, 60)), f"附件{rng.randint(1, 4)}张", rng
    )
    arr = np.asarray(frame, np.float32)
    fh, fw = arr.shape[:2]
    fy, fx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    light = rng.uniform(0.85, 0.95) + rng.uniform(0.04, 0.1) * _ramp(fx, fy, rng)
    return [_to_image(arr * light[..., None])]


# ---------------------------------------------------------------- the forty-seventh set (2026-12-05)
# Written before the forty-sixth set was measured, so before any result of it was read.


def id_front_markup_edits(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front its owner marked up in the phone's photo editor before sending: a round sticker
    over the portrait, the ID number ringed by a finger in red (a wobbling loop, not an ellipse),
    and a short arrow drawn towards it."""
    card = render_front(f, font, rng, None)
    w, h = card.size
    ink = np.asarray(card, np.int16)
    dark = (ink.max(axis=2) < 90) & (np.arange(h)[:, None] > h * 0.72) & (np.arange(w)[None, :] > w * 0.22)
    ys, xs = np.nonzero(dark)
    x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
    draw = ImageDraw.Draw(card)
    cx, cy, r = w * rng.uniform(0.77, 0.81), h * rng.uniform(0.33, 0.42), rng.randint(85, 110)
    face = rng.choice(((250, 200, 40), (245, 150, 170), (120, 200, 240)))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=face, outline=(255, 255, 255), width=5)
    draw.ellipse((cx - r * 0.4, cy - r * 0.3, cx - r * 0.2, cy - r * 0.05), fill=(40, 30, 30))
    draw.ellipse((cx + r * 0.2, cy - r * 0.3, cx + r * 0.4, cy - r * 0.05), fill=(40, 30, 30))
    draw.arc((cx - r * 0.5, cy - r * 0.2, cx + r * 0.5, cy + r * 0.55), 20, 160, fill=(40, 30, 30), width=5)
    red = (rng.randint(215, 245), rng.randint(20, 50), rng.randint(30, 60))
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    ax, ay = (x1 - x0) / 2 + rng.randint(18, 30), (y1 - y0) / 2 + rng.randint(10, 16)
    turns = rng.uniform(1.05, 1.2)
    start = rng.uniform(0, 2 * np.pi)
    loop = [
        (
            mx + ax * (1 + 0.04 * np.sin(5 * t)) * np.cos(t + start),
            my + ay * (1 + 0.08 * np.sin(3 * t)) * np.sin(t + start),
        )
        for t in np.linspace(0, 2 * np.pi * turns, 90)
    ]
    draw.line(loop, fill=red, width=rng.randint(4, 6), joint="curve")
    tip = (mx - ax * 0.4, my - ay - 6)
    tail = (tip[0] - rng.randint(50, 90), tip[1] - rng.randint(45, 70))
    draw.line((tail, tip), fill=red, width=5)
    draw.line((tip, (tip[0] - 18, tip[1] - 2)), fill=red, width=5)
    draw.line((tip, (tip[0] - 6, tip[1] - 17)), fill=red, width=5)
    frame = _on_plain(np.asarray(card, np.float32), rng, (20, 50), ((235, 235, 235), (30, 30, 32)))
    return [_to_image(frame)]


def id_back_through_glass(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed through a sheet of glass (a car window, a service counter's screen): a
    green tint, a faint second image from the glass's far surface a few pixels off, and the sky's
    bright reflection lying over one part of it."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((120, 115, 110), (60, 58, 55), (190, 190, 185)))
    ghost = np.roll(
        frame, (rng.randint(3, 8) * rng.choice((-1, 1)), rng.randint(2, 7) * rng.choice((-1, 1))), axis=(0, 1)
    )
    a = rng.uniform(0.12, 0.22)
    out = frame * (1 - a) + ghost * a
    out *= np.array((rng.uniform(0.8, 0.88), rng.uniform(0.93, 0.98), rng.uniform(0.85, 0.92)), np.float32)
    fh, fw = out.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    bx, by = rng.uniform(0.1, 0.9) * fw, rng.uniform(0.1, 0.9) * fh
    spread = rng.uniform(0.2, 0.35) * fw
    sky = np.exp(-(((xx - bx) / spread) ** 2 + ((yy - by) / (spread * 0.6)) ** 2))
    out += (sky * rng.uniform(35, 60))[..., None] * np.array((0.9, 0.95, 1.0), np.float32)
    return [_to_image(_photographed(out, (0.9, 1.0), (0.0, 0.08), rng))]


def c_delivery_checklist(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract with the dealer's handover sheet (车辆交接确认单) filed with it, before or after:
    the day the car was handed over (after the signing), a temporary plate, the odometer, keys
    counted, the papers ticked off, the sales adviser and the buyer's signature."""
    render = rng.choice(
        (c_table_classic, c_prose_articles, c_party_blocks, c_numbered_clauses, c_sales_party)
    )
    pages = render(f, font, rng)
    handed = date.fromisoformat(f["sign_date"]) + timedelta(days=rng.randint(2, 30))
    flow = Flow(font, rng, size=rng.randint(22, 25), margin=rng.randint(60, 90))
    flow.title(rng.choice(("车辆交接确认单", "新车交付确认书")), rng.randint(34, 40))
    flow.line(f"订单编号：DD{handed:%Y%m%d}{_digits(rng, 4)}", right=rng.random() < 0.5)
    flow.table(
        [0.22, 0.28, 0.22, 0.28],
        [
            [
                ("客户姓名", 1),
                (f["buyer_name"], 1),
                ("联系电话", 1),
                (f"1{rng.choice('3589')}{_digits(rng, 9)}", 1),
            ],
            [
                ("车型", 1),
                (rng.choice(BRAND_MODELS), 1),
                ("车身颜色", 1),
                (rng.choice(("珍珠白", "曜石黑", "星空灰")), 1),
            ],
            [("车架号", 1), (f["vin"], 3)],
            [
                ("交车日期", 1),
                (_date(handed.isoformat(), rng), 1),
                ("临时号牌", 1),
                (f"{rng.choice('浙苏沪粤')}A临{_digits(rng, 5)}", 1),
            ],
            [
                ("交车里程", 1),
                (f"{rng.randint(8, 60)}公里", 1),
                ("钥匙数量", 1),
                (f"{rng.choice((2, 2, 3))}把", 1),
            ],
        ],
    )
    flow.line("随车资料及物品（已点交请打√）：")
    items = ["车辆合格证", "购车发票", "三包凭证", "使用说明书", "随车工具", "备胎", "灭火器"]
    rng.shuffle(items)
    flow.line("  ".join(f"{'√' if rng.random() < 0.85 else '□'}{item}" for item in items[:4]))
    flow.line("  ".join(f"{'√' if rng.random() < 0.85 else '□'}{item}" for item in items[4:]))
    flow.para("客户已对车辆外观、内饰、功能及随车物品当面验收，确认无误。", indent=False)
    flow.gap(20)
    flow.pair(f"销售顾问：{person_name(rng)}", f"交车专员：{person_name(rng)}")
    flow.pair(f"客户签字：{f['buyer_name']}", f"日期：{_date(handed.isoformat(), rng)}")
    sheet = flow.images()
    return sheet + pages if rng.random() < 0.35 else pages + sheet


def c_dark_mode_reader(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract PDF opened in a phone's reader set to dark mode and screenshotted page by page:
    every colour inverted (light grey print on dark grey, the seal turned cyan), the reader's
    title bar with the file's name above and its page counter below."""
    render = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_numbered_clauses, c_inline))
    pages = render(f, font, rng)
    width = rng.choice((720, 828, 1080))
    bg, fg = rng.randint(24, 40), rng.randint(200, 225)
    ui = load_font(font, int(width / 24))
    name = rng.choice(
        ("购车合同.pdf", "汽车销售合同(签字版).pdf", f"{f['contract_number']}.pdf", "合同扫描件.pdf")
    )
    out = []
    for i, page in enumerate(pages):
        inverted = 255 - np.asarray(page, np.float32)
        shown = bg + (fg - bg) * inverted / 255
        small = _to_image(shown).resize(
            (width, int(page.height * width / page.width)), Image.Resampling.LANCZOS
        )
        top, bottom = int(width * 0.2), int(width * 0.17)
        screen = Image.new("RGB", (width, top + small.height + bottom), (bg - 8,) * 3)
        screen.paste(small, (0, top))
        draw = ImageDraw.Draw(screen)
        draw.text(
            (width * 0.04, width * 0.02),
            f"{rng.randint(8, 22)}:{rng.randint(10, 59)}",
            font=ui,
            fill=(230,) * 3,
        )
        draw.text((width * 0.04, top * 0.5), "〈", font=ui, fill=(230,) * 3)
        draw.text((width * 0.14, top * 0.5), name, font=ui, fill=(230,) * 3)
        counter = f"{i + 1} / {len(pages)}"
        draw.text(
            (width / 2 - draw.textlength(counter, font=ui) / 2, top + small.height + bottom * 0.3),
            counter,
            font=ui,
            fill=(170,) * 3,
        )
        out.append(screen)
    return out


def p_notification_banner(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The insurer's app screenshotted just as a chat message arrived: the phone's status bar and
    a notification banner above the policy, the sender's name and a message with its own date,
    amount and the VIN's last digits in it."""
    (screen,) = p_phone_screen(f, font, rng)
    w, h = screen.size
    band = rng.randint(170, 200)
    shot = Image.new("RGB", (w, h + band), rng.choice(((246, 246, 246), (235, 242, 250))))
    shot.paste(screen, (0, band))
    draw = ImageDraw.Draw(shot)
    small, big = load_font(font, 18), load_font(font, 23)
    draw.text((24, 10), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=small, fill=(20, 20, 20))
    draw.text((w - 110, 10), f"5G  {rng.randint(12, 99)}%", font=small, fill=(20, 20, 20))
    x0, y0, x1, y1 = 14, 40, w - 14, band - 12
    draw.rounded_rectangle((x0 + 3, y0 + 4, x1 + 3, y1 + 4), 22, fill=(200, 200, 200))
    draw.rounded_rectangle((x0, y0, x1, y1), 22, fill=(252, 252, 252))
    draw.rounded_rectangle(
        (x0 + 16, y0 + 16, x0 + 60, y0 + 60), 10, fill=rng.choice(((7, 193, 96), (18, 150, 219)))
    )
    app = rng.choice(("微信", "短信", "钉钉"))
    draw.text((x0 + 72, y0 + 14), f"{app} · 刚刚", font=small, fill=(120, 120, 120))
    draw.text((x0 + 72, y0 + 42), person_name(rng), font=big, fill=(20, 20, 20))
    due = date.fromisoformat(f["start_date"]) + timedelta(days=rng.randint(1, 9))
    message = rng.choice(
        (
            f"保单收到了，{due.month}月{due.day}日前把首付{rng.randint(2, 9)}万转过来",
            f"车架号后六位{f['vin'][-6:]}对一下，{due.month}月{due.day}日提车",
            f"您的订单已付款¥{rng.randint(200, 900)}.00，请查收",
        )
    )
    draw.text((x0 + 72, y0 + 78), message, font=small, fill=(70, 70, 70))
    draw.rounded_rectangle((w / 2 - 70, h + band - 16, w / 2 + 70, h + band - 10), 3, fill=(30, 30, 30))
    return [shot]


def p_bold_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A newer e-policy that prints each value large and bold and its label small and grey, either
    to the value's left (the two sitting on different baselines) or as a caption above it in a
    two-column grid; the premium in words small under the figure; the issuing branch at the foot."""
    page = Page(1000, 1414, font, rng)
    grey, ink = (140, 140, 145), (15, 15, 20)
    ls, vs = rng.randint(15, 18), rng.randint(28, 33)
    m = rng.randint(60, 85)
    page.draw.ellipse((m, 40, m + 56, 96), fill=(200, 30, 40))
    page.text(m + 72, 48, f["insurer"], 28)
    page.text(m, 130, rng.choice(("机动车商业保险电子保单", "电子保单（机动车商业险）")), 34)
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    rows = [
        ("保单号", f["policy_number"]),
        ("投保单号", _proposal(f, rng)),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险起期", f"{sy}年{sm}月{sd}日 0时"),
        ("保险止期", f"{ey}年{em}月{ed}日 24时"),
        ("保费合计（元）", f"{Decimal(f['premium']):,.2f}"),
        ("第一受益人", f["first_beneficiary"]),
    ]
    face = load_font(font, vs)

    def value(x: float, y: float, text: str) -> None:
        page.draw.text((x, y), text, font=face, fill=ink, stroke_width=1, stroke_fill=ink)

    y = 220
    if rng.random() < 0.5:
        for label, text in rows:
            page.text(m, y + vs - ls - 2, label, ls, grey)
            value(m + rng.randint(170, 200), y, text)
            if label.startswith("保费"):
                y += vs + 12
                page.text(m + 185, y, f"大写：{_words(f['premium'])}", ls, grey)
            y += vs + rng.randint(34, 44)
            page.draw.line((m, y - 18, 1000 - m, y - 18), fill=(230, 230, 232), width=1)
    else:
        col = (1000 - 2 * m) // 2
        for i, (label, text) in enumerate(rows):
            x = m + (i % 2) * col
            wide = page.draw.textlength(text, font=face) > col - 20
            if wide and i % 2:
                y += 2 * vs + 30
                x = m
            page.text(x, y, label, ls, grey)
            value(x, y + ls + 8, text)
            if wide or i % 2:
                y += ls + vs + 50
        page.text(m, y, f"保费大写：{_words(f['premium'])}", ls, grey)
        y += ls + 40
    page.text(m, y + 30, f"承保机构：{_branch(f['insurer'], rng)}", ls + 2, grey)
    page.text(
        m, y + 60, f"客服电话：95{_digits(rng, 3)}  出单时间：{_date(f['start_date'], rng)}", ls + 2, grey
    )
    return [page.image]


def _camera_stamp(frame: np.ndarray, day: date, rng: random.Random, font: str) -> np.ndarray:
    """A watermark camera's caption (time, date and weekday, place, coordinates, who took it) set
    into the bottom-left corner of `frame`, white with a soft shadow, as lenders' document apps do."""
    fh, fw = frame.shape[:2]
    layer = Image.new("RGBA", (fw, fh), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    big, small = load_font(font, rng.randint(52, 64)), load_font(font, rng.randint(19, 23))
    x, y = rng.randint(24, 50), fh - rng.randint(190, 215)
    clock = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    week = "一二三四五六日"[day.weekday()]
    lines = [
        f"{day.isoformat()} 星期{week}",
        f"{rng.choice(('浙江省杭州市西湖区文三路', '江苏省南京市鼓楼区中山北路', '广东省佛山市南海区桂城街道'))}{rng.randint(1, 400)}号",
        f"{rng.uniform(110, 121):.4f}°E  {rng.uniform(22, 33):.4f}°N  拍摄人：{person_name(rng)}",
    ]
    for dx, dy, ink in ((2, 2, (0, 0, 0, 110)), (0, 0, (255, 255, 255, 235))):
        draw.text((x + dx, y + dy), clock, font=big, fill=ink)
        draw.rectangle(
            (x + 190 + dx, y + 12 + dy, x + 195 + dx, y + 62 + dy),
            fill=(250, 200, 40, 235) if dx == 0 else ink,
        )
        for i, text in enumerate(lines):
            draw.text((x + dx, y + 80 + i * 32 + dy), text, font=small, fill=ink)
    draw.text((fw - 230, fh - 40), "水印相机 · 时间地点真实", font=small, fill=(255, 255, 255, 200))
    photo = Image.alpha_composite(_to_image(frame).convert("RGBA"), layer).convert("RGB")
    return np.asarray(photo, np.float32)


def i_camera_watermark(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with a watermark camera app, as lenders ask dealers to: the desk
    round it, and in the bottom corner the app's caption with the day it was taken (days after
    the invoice's), the place, the coordinates and the photographer's name."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_kv_lines, i_label_above))(
        f, font, rng
    )
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    side, below = rng.randint(40, 80), rng.randint(200, 240)
    frame = np.empty((h + side + below, w + 2 * side, 3), np.float32)
    frame[...] = rng.choice(((110, 95, 80), (55, 57, 60), (200, 198, 190)))
    frame[side : side + h, side : side + w] = arr
    taken = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(0, 40))
    shot = _photographed(frame, (0.85, 0.95), (0.04, 0.12), rng)
    return [_to_image(_camera_stamp(shot, taken, rng, font))]


def i_copy_of_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photocopy of a photocopy: each pass blurs the print a little and crushes its greys to black
    or white (thin strokes break up, heavy ones fill in), turns and shrinks the page a little, adds
    toner specks and a dark band where the glass's edge was."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_full_grid))(f, font, rng)
    grey = np.asarray(page.convert("L"), np.float32)
    h, w = grey.shape
    nrng = np.random.default_rng(rng.randrange(2**32))
    for generation in range(2):
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.7, 0.7), rng.uniform(0.97, 0.995))
        moved = cv2.warpAffine(grey, turn, (w, h), borderValue=rng.uniform(225, 245))
        grey = cv2.GaussianBlur(moved, (0, 0), 0.6 + 0.3 * generation).astype(np.float32)
        grey = 255 / (1 + np.exp(-(grey - rng.uniform(155, 175)) / rng.uniform(16, 22)))
        specks = nrng.random(grey.shape) < rng.uniform(0.0003, 0.0008)
        grey[cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0] = rng.uniform(20, 60)
        edge = rng.randint(6, 18)
        if rng.random() < 0.5:
            grey[:, :edge] = rng.uniform(30, 70)
        else:
            grey[-edge:, :] = rng.uniform(30, 70)
    return [_to_image(np.repeat(grey[..., None], 3, axis=2))]


# ---------------------------------------------------------------- the forty-eighth set (2026-12-05)
# Written before the forty-seventh set was measured, so before any result of it was read.


def id_front_backlit(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front held up in front of a bright window: the phone exposed for the window, so the
    card comes out dark and flat, a veil of flare over it from the light behind."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (70, 140), ((250, 250, 248), (242, 246, 250)))
    fh, fw = frame.shape[:2]
    m = (fh - card.shape[0]) // 2
    dark = rng.uniform(0.35, 0.5)
    frame[m : fh - m, m : fw - m] *= dark
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    veil = rng.uniform(25, 50) * (0.6 + 0.4 * _ramp(xx, yy, rng))
    out = frame + veil[..., None] * np.array((1.0, 1.0, 0.97), np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 4, out.shape).astype(np.float32)
    return [_to_image(cv2.GaussianBlur(out, (0, 0), 0.7))]


def id_back_taped_crack(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An old back cracked across and mended with clear tape: a jagged dark crack, the two halves
    a pixel or two out of line, the tape's strip a little yellow and glossy, its edges and
    wrinkles catching the light."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h, w = card.shape[:2]
    x0 = rng.uniform(0.3, 0.7) * w
    points = [(x0, 0.0)]
    while points[-1][1] < h:
        x, y = points[-1]
        points.append((x + rng.uniform(-18, 18), y + rng.uniform(20, 45)))
    xs = np.interp(np.arange(h), [p[1] for p in points], [p[0] for p in points])
    out = card.copy()
    dx = rng.choice((-2, -1, 1, 2))
    for y in range(h):
        cut = int(xs[y])
        out[y, cut:] = np.roll(card[y, cut:], dx, axis=0)
    crack = Image.new("L", (w, h), 0)
    ImageDraw.Draw(crack).line(points, fill=255, width=2)
    c = np.asarray(crack, np.float32)[..., None] / 255
    out *= 1 - 0.7 * c
    band = rng.randint(110, 160)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    across = np.abs(xx - xs[:, None])  # xs holds the crack's x at every row already
    tape = (across < band / 2).astype(np.float32)
    gloss = np.exp(-(((across - rng.uniform(-0.3, 0.3) * band) / (band * 0.12)) ** 2)) * tape
    wrinkles = (np.sin(yy / rng.uniform(25, 45) + xx / 300) > 0.97).astype(np.float32) * tape
    edge = (np.abs(across - band / 2) < 1.5).astype(np.float32)
    out = out * (1 - 0.06 * tape[..., None]) * np.array((1.0, 0.99, 0.93), np.float32) ** tape[..., None]
    out = out + (gloss * rng.uniform(25, 45) + wrinkles * 40 + edge * 30)[..., None]
    frame = _on_plain(out, rng, (40, 90), ((110, 100, 90), (200, 198, 192), (45, 48, 55)))
    return [_to_image(frame)]


def c_party_contact_blocks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """Each party with every way to reach it, as a formal contract lists them: address with its
    numbers, postcode, telephone, fax, e-mail, bank and account; the buyer's ID number among them
    and an emergency contact with a name and phone of their own."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    street = rng.choice(("解放路", "人民大道", "建设北路", "滨江路"))
    seller = [
        f"出卖人：{f['seller_name']}",
        f"住所：{street}{rng.randint(1, 999)}号{rng.randint(1, 30)}幢{rng.randint(101, 1208)}室",
        f"邮政编码：{rng.randint(1, 8)}{_digits(rng, 5)}    电话：0{rng.randint(10, 999)}-{_digits(rng, 8)}",
        f"传真：0{rng.randint(10, 999)}-{_digits(rng, 8)}    电子邮箱：sales{rng.randint(1, 99)}@dealer.cn",
        f"开户银行：{rng.choice(('中国建设银行', '招商银行', '中国银行'))}{rng.choice(('城东支行', '高新支行'))}",
        f"账号：{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
    ]
    buyer = [
        f"买受人：{f['buyer_name']}",
        f"身份证号码：{f['buyer_id_number']}",
        f"住址：{rng.choice(('幸福里', '花园新村', '锦绣家园'))}{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2802)}室",
        f"邮政编码：{rng.randint(1, 8)}{_digits(rng, 5)}    手机：1{rng.choice('3589')}{_digits(rng, 9)}",
        f"紧急联系人：{person_name(rng)}    联系电话：1{rng.choice('3589')}{_digits(rng, 9)}",
    ]
    for block in (seller, buyer) if rng.random() < 0.5 else (buyer, seller):
        for text in block:
            flow.line(text)
        flow.gap(12)
    a = Decimal(f["vehicle_price"])
    flow.para(
        f"第一条 买受人向出卖人购买车辆一台，车辆识别代号（VIN）：{f['vin']}，发动机号：{_engine(rng)}。",
        indent=False,
    )
    flow.para(
        f"第二条 车辆价款为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}），含增值税。", indent=False
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def c_initialled_pages(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract both parties initialled page by page: at the foot of every page a printed
    甲方签字 / 乙方签字 line with the buyer's name and the seller's clerk's name written in pen over
    it, and the pages numbered 第 x 页 共 y 页."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_numbered_clauses, c_party_blocks))(f, font, rng)
    clerk = person_name(rng)
    out = []
    for i, page in enumerate(pages):
        page = page.copy()
        w, h = page.size
        draw = ImageDraw.Draw(page)
        face = load_font(font, 18)
        y = h - rng.randint(42, 52)
        draw.rectangle((40, y - 28, w - 40, h - 8), fill=(252, 252, 250))
        draw.text((60, y), "甲方签字：", font=face, fill=(40, 40, 40))
        draw.text((w * 0.4, y), "乙方签字：", font=face, fill=(40, 40, 40))
        draw.text((w - 190, y), f"第 {i + 1} 页 共 {len(pages)} 页", font=face, fill=(40, 40, 40))
        _pen(draw, (150 + rng.randint(-5, 10), y - 14 + rng.randint(-4, 4)), f["buyer_name"], rng)
        _pen(draw, (w * 0.4 + 90 + rng.randint(-5, 10), y - 14 + rng.randint(-4, 4)), clerk, rng)
        out.append(page)
    return out


def p_comb_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed policy form whose policy number and VIN are printed one character to a box of
    a comb, and whose period is printed into 年 月 日 时 boxes; the rest label：value."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单（正本）")), 36)
    page = flow.page
    s = flow.size

    def comb(label: str, value: str) -> None:
        flow.room(s * 3)
        x = page.text(flow.margin, flow.y + 8, label, s) + 14
        box = min(34, (flow.width - flow.margin - x) / len(value))
        for k, ch in enumerate(value):
            bx = x + k * box
            page.draw.rectangle((bx, flow.y, bx + box, flow.y + s + 18), outline=(60, 60, 60), width=1)
            cw = page.width_of(ch, s)
            page.text(bx + (box - cw) / 2, flow.y + 8, ch, s)
        flow.y += s + 40

    def stamped(label: str, iso: str, hour: str) -> None:
        y, m, d = iso.split("-")
        x = page.text(flow.margin, flow.y + 8, label, s) + 14
        for value, unit, wide in ((y, "年", 80), (m, "月", 50), (d, "日", 50), (hour, "时", 50)):
            page.draw.rectangle((x, flow.y, x + wide, flow.y + s + 18), outline=(60, 60, 60), width=1)
            page.text(x + (wide - page.width_of(value, s)) / 2, flow.y + 8, value, s)
            x = page.text(x + wide + 4, flow.y + 8, unit, s) + 10
        flow.y += s + 40

    comb("保险单号", f["policy_number"])
    flow.line(f"被保险人：{f['insured_name']}")
    comb("车辆识别代号", f["vin"])
    stamped("保险期间自", f["start_date"], "0")
    stamped("至", f["end_date"], "24")
    flow.line(f"保险费合计（大写）：{_words(f['premium'])}  （小写）：{_money(f['premium'], rng)}")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.gap(20)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_split_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A tablet in split screen, screenshotted: the policy's PDF on one side, a chat with the
    dealer on the other, whose messages carry a name, a date, a phone number and an amount of
    their own."""
    (page, *_) = rng.choice((p_table_classic, p_two_column, p_kv_list, p_e_policy))(f, font, rng)
    W, H = 2000, 1400
    screen = Image.new("RGB", (W, H), (236, 236, 238))
    half = W * rng.uniform(0.55, 0.62)
    scale = min((half - 30) / page.width, (H - 60) / page.height)
    small = page.resize((int(page.width * scale), int(page.height * scale)), Image.Resampling.LANCZOS)
    left = rng.random() < 0.6
    px = 15 if left else int(W - half + 15)
    screen.paste(small, (px, 45))
    draw = ImageDraw.Draw(screen)
    ui = load_font(font, 24)
    draw.text((20, 8), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=ui, fill=(30, 30, 30))
    cx0 = int(half + 10) if left else 10
    cx1 = W - 10 if left else int(W - half - 10)
    draw.rectangle((cx0, 40, cx1, H - 10), fill=(245, 245, 245))
    dealer = person_name(rng)
    draw.text((cx0 + 20, 55), f"{dealer}（销售顾问）", font=ui, fill=(20, 20, 20))
    due = date.fromisoformat(f["start_date"]) + timedelta(days=rng.randint(2, 12))
    messages = [
        (False, "保单已经出了，您看一下"),
        (True, "好的，第一受益人写对了吧"),
        (False, f"对的，{due.month}月{due.day}号上午来提车"),
        (False, f"尾款{rng.randint(1, 9)}{_digits(rng, 1)},{_digits(rng, 3)}元，到店刷卡"),
        (True, f"我电话1{rng.choice('3589')}{_digits(rng, 9)}，到了打我"),
    ]
    y = 120
    for mine, text in messages:
        tw = draw.textlength(text, font=ui)
        x = cx1 - tw - 50 if mine else cx0 + 30
        draw.rounded_rectangle(
            (x - 14, y - 10, x + tw + 14, y + 40), 12, fill=(149, 236, 105) if mine else (255, 255, 255)
        )
        draw.text((x, y), text, font=ui, fill=(20, 20, 20))
        y += 85
    return [screen]


def i_cipher_area(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The form as the tax system prints it: the supervising bureau's red oval seal over the title,
    机打代码 and 机打号码 repeating the code and number, a 密码区 of four rows of encrypted digits
    and signs beside the buyer, and the copy's name (第一联 发票联) printed down the right edge."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    cipher = ["".join(rng.choice("0123456789<>*/+-") for _ in range(27)) for _ in range(4)]
    flow.table(
        [0.14, 0.22, 0.14, 0.5],
        [
            [("机打代码", 1), (f["invoice_code"], 1), ("密码区", 1), (cipher[0], 1)],
            [("机打号码", 1), (f["invoice_number"], 1), ("", 1), (cipher[1], 1)],
            [("机器编号", 1), (_digits(rng, 12), 1), ("", 1), (cipher[2], 1)],
            [("购买方名称", 1), (f["buyer_name"], 1), ("", 1), (cipher[3], 1)],
        ],
        row_h=rng.randint(40, 46),
    )
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [
                ("身份证号码/组织机构代码", 1),
                (f["buyer_id_number"], 1),
                ("厂牌型号", 1),
                (f["brand_model"], 1),
            ],
            [("发动机号码", 1), (f["engine_number"], 1), ("车辆识别代号/车架号码", 1), (f["vin"], 1)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 1), ("纳税人识别号", 1), (_uscc(rng), 1)],
        ],
        row_h=rng.randint(48, 56),
    )
    (page,) = flow.images()
    w = page.width
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (210, 40, 45, 150)
    cx, cy = w / 2 + rng.randint(-30, 30), rng.randint(40, 60)
    draw.ellipse((cx - 110, cy - 55, cx + 110, cy + 55), outline=red, width=4)
    small = load_font(font, 17)
    draw.text((cx - 76, cy - 40), "全国统一发票监制章", font=small, fill=red)
    draw.text((cx - 68, cy - 10), "国家税务总局", font=load_font(font, 22), fill=red)
    draw.text((cx - 50, cy + 20), f"{rng.choice(('浙江省', '江苏省', '广东省'))}税务局", font=small, fill=red)
    for k, ch in enumerate(rng.choice(("第一联发票联", "第一联 发票联 购货单位付款凭证"))):
        draw.text((w - 32, 120 + k * 24), ch, font=small, fill=(120, 60, 60, 230))
    return [Image.alpha_composite(page.convert("RGBA"), layer).convert("RGB")]


def i_on_car_bonnet(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice laid on the car's bonnet at the handover and photographed in daylight: the
    paint round it glossy, the sky's bright reflection sweeping across paint and paper, the
    sheet bowed over the bonnet's curve."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_old_generation, i_kv_lines))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    bow = rng.uniform(8, 20)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    map_y = yy + bow * np.sin(np.pi * xx / w) - bow / 2
    bent = cv2.remap(arr, xx, map_y.astype(np.float32), cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    inside = cv2.remap(np.ones((h, w), np.float32), xx, map_y.astype(np.float32), cv2.INTER_LINEAR)
    paint = np.array(rng.choice(((30, 32, 38), (180, 182, 186), (120, 20, 25), (235, 235, 232))), np.float32)
    m = rng.randint(60, 120)
    fh, fw = h + 2 * m, w + 2 * m
    frame = np.empty((fh, fw, 3), np.float32)
    frame[...] = paint
    region = frame[m : m + h, m : m + w]
    frame[m : m + h, m : m + w] = bent * inside[..., None] + region * (1 - inside[..., None])
    fy, fx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    sweep = _ramp(fx, fy, rng)
    centre = rng.uniform(0.3, 0.7)
    sky = np.exp(-(((sweep - centre) / rng.uniform(0.08, 0.15)) ** 2)) * rng.uniform(30, 60)
    out = frame + sky[..., None] * np.array((0.92, 0.96, 1.0), np.float32)
    return [_to_image(_photographed(out, (0.95, 1.05), (0.0, 0.1), rng))]


# ---------------------------------------------------------------- the forty-ninth set (2026-12-05)
# Written before the forty-eighth set was measured, so before any result of it was read.


def id_front_tinted_window(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front held against a car's tinted side window and photographed from outside: the glass
    tints it green-grey and takes a third of its contrast, the sky's reflection lies across it in
    a soft band, and the glass's inner face shows a faint second image a few pixels off."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 110), ((40, 44, 46), (70, 76, 78)))
    shift = (rng.randint(3, 7), rng.randint(-4, 4))
    ghost = np.roll(frame, shift, axis=(0, 1))
    through = 0.88 * frame + 0.12 * ghost
    tint = np.array(rng.choice(((0.72, 0.8, 0.74), (0.66, 0.7, 0.72), (0.7, 0.76, 0.8))), np.float32)
    out = through * tint * rng.uniform(0.7, 0.85) + 20
    fh, fw = out.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    sweep = _ramp(xx, yy, rng)
    band = np.exp(-(((sweep - rng.uniform(0.25, 0.75)) / rng.uniform(0.1, 0.2)) ** 2))
    out = out + (band * rng.uniform(35, 60))[..., None] * np.array((0.9, 0.95, 1.0), np.float32)
    return [_to_image(_photographed(out, (0.95, 1.05), (0.0, 0.12), rng))]


def id_back_sepia_grain(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back kept as an old photographic print: sepia toned, the film's grain over everything,
    fine white scratches and dust specks, the print's edges a little darker than its middle."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    grey = card.mean(axis=2, keepdims=True) / 255
    sepia = grey * np.array((236, 214, 176), np.float32) + (1 - grey) * np.array((52, 36, 22), np.float32)
    h, w = sepia.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 0.8)
    out = sepia + (grain * rng.uniform(9, 15))[..., None]
    marks = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(marks)
    for _ in range(rng.randint(4, 9)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        draw.line(
            [(x, y), (x + rng.uniform(-200, 200), y + rng.uniform(-60, 60))],
            fill=rng.randint(120, 220),
            width=1,
        )
    for _ in range(rng.randint(30, 70)):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.8, 2.2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    out = out + (np.asarray(marks, np.float32) / 255 * 90)[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * rng.uniform(0.5, 0.9)
    out = out * (1 - edge)[..., None]
    frame = _on_plain(out, rng, (40, 90), ((225, 222, 215), (120, 110, 100)))
    return [_to_image(frame)]


def c_margin_notes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the salesman wrote on in pen while the buyer waited: in the top margin the day
    the deposit came in and how much, beside the parties a phone number, at the foot of the last
    page the day the car is to be handed over and his initials."""
    pages = [
        p.copy()
        for p in rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_numbered_clauses))(
            f, font, rng
        )
    ]
    signed = date.fromisoformat(f["sign_date"])
    paid = signed - timedelta(days=rng.randint(1, 15))
    handover = signed + timedelta(days=rng.randint(5, 40))
    first, last = ImageDraw.Draw(pages[0]), ImageDraw.Draw(pages[-1])
    w, h = pages[-1].size
    # In the margins only: above the title, and under the last line any page can hold.
    _pen(first, (rng.randint(14, 40), rng.randint(4, 14)), f"1{rng.choice('3589')}{_digits(rng, 9)}", rng)
    _pen(
        first,
        (w * rng.uniform(0.68, 0.72), rng.randint(4, 14)),
        f"{paid.month}/{paid.day} 收定金{rng.randrange(2, 20)}000",
        rng,
    )
    note = rng.choice(
        (f"{handover.year}.{handover.month}.{handover.day} 交车", f"交车 {handover.month}月{handover.day}日")
    )
    _pen(last, (w * rng.uniform(0.5, 0.56), h - rng.randint(50, 56)), f"{note}  {person_name(rng)[0]}", rng)
    return pages


def c_typewritten(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract typed on an office typewriter: each character struck a little harder or softer
    than the one beside it, the type bars not quite on one baseline, the ribbon's ink speckled."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_numbered_clauses, c_party_blocks))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        cell = rng.randint(20, 26)
        gh, gw = h // cell + 1, w // cell + 1
        strike = np.array([[rng.uniform(0.45, 1.0) for _ in range(gw)] for _ in range(gh)], np.float32)
        force = np.kron(strike, np.ones((cell, cell), np.float32))[:h, :w]
        ink = 255 - arr
        for k in range(gw):
            dy = rng.choice((-1, 0, 0, 1))
            if dy:
                ink[:, k * cell : (k + 1) * cell] = np.roll(ink[:, k * cell : (k + 1) * cell], dy, axis=0)
        nrng = np.random.default_rng(rng.randrange(2**32))
        speckle = (nrng.random((h, w)) > rng.uniform(0.08, 0.16)).astype(np.float32)
        typed = 255 - ink * (force * speckle)[..., None]
        out.append(_to_image(cv2.GaussianBlur(typed, (0, 0), 0.5)))
    return out


def p_running_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed from the insurer's system: every page headed with the print run's serial
    number and the day it was printed, and footed with a page count and a verification code, each
    a number or a date that is not the policy's."""
    pages = [
        p.copy()
        for p in rng.choice((p_multi_page, p_schedule_pages, p_table_classic, p_kv_list))(f, font, rng)
    ]
    printed = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(0, 6))
    serial = f"{rng.choice(('PDZA', 'YS', 'NO.'))}{_digits(rng, rng.randint(10, 14))}"
    for i, page in enumerate(pages):
        draw = ImageDraw.Draw(page)
        w, h = page.size
        face = load_font(font, 16)
        grey = (90, 90, 90)
        draw.text((30, 10), f"印刷流水号：{serial}", font=face, fill=grey)
        draw.text(
            (w - 290, 10),
            f"打印日期：{printed.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            font=face,
            fill=grey,
        )
        draw.line((30, 32, w - 30, 32), fill=(150, 150, 150), width=1)
        draw.text(
            (30, h - 28),
            f"验证码：{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            font=face,
            fill=grey,
        )
        draw.text((w - 150, h - 28), f"第{i + 1}页/共{len(pages)}页", font=face, fill=grey)
    return pages


def p_zebra_rows(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule whose table rows are shaded alternately, its header row white on a dark
    band, as an insurer's web page prints: no rules between cells, only the bands."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车综合商业保险保险单")), 36)
    page = flow.page
    s = flow.size
    band = rng.choice(((40, 70, 120), (30, 90, 80), (110, 30, 40)))
    shade = rng.choice(((236, 240, 246), (238, 244, 240), (244, 240, 236)))
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计（大写）", _words(f["premium"])),
        ("保险费合计（小写）", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
    ]
    x0, x1 = flow.margin, flow.width - flow.margin
    split = x0 + (x1 - x0) * rng.uniform(0.3, 0.36)
    rh = int(s * 2.2)
    page.draw.rectangle((x0, flow.y, x1, flow.y + rh), fill=band)
    page.text(x0 + 12, flow.y + (rh - s) / 2, "项目", s, (255, 255, 255))
    page.text(split + 12, flow.y + (rh - s) / 2, "内容", s, (255, 255, 255))
    flow.y += rh
    for k, (label, value) in enumerate(rows):
        if k % 2 == 1:
            page.draw.rectangle((x0, flow.y, x1, flow.y + rh), fill=shade)
        page.text(x0 + 12, flow.y + (rh - s) / 2, label, s)
        page.text(split + 12, flow.y + (rh - s) / 2, value, s)
        flow.y += rh
    flow.gap(30)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_perforated_stub(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice torn from the dealer's book along its perforation, the counterfoil still
    attached on one side: a row of punched holes, and on the counterfoil its own serial number, a
    date and an amount written in by hand."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_old_generation))(f, font, rng)
    w, h = page.size
    stub_w = rng.randint(170, 230)
    sheet = Image.new("RGB", (w + stub_w, h), (250, 249, 245))
    left = rng.random() < 0.5
    sheet.paste(page, (stub_w if left else 0, 0))
    draw = ImageDraw.Draw(sheet)
    line_x = stub_w if left else w
    for y in range(8, h, 18):
        draw.ellipse((line_x - 4, y - 4, line_x + 4, y + 4), fill=(60, 58, 55))
    sx = 14 if left else w + 14
    face = load_font(font, 17)
    draw.text((sx, 30), "存根联", font=face, fill=(60, 60, 60))
    draw.text((sx, 60), f"No.{_digits(rng, 8)}", font=face, fill=(60, 60, 60))
    day = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(0, 3))
    _pen(draw, (sx, 110), f"{day.month}.{day.day}", rng)
    _pen(draw, (sx, 160), f"{rng.randint(1, 9)}{_digits(rng, 4)}", rng)
    arr = np.asarray(sheet, np.float32)
    frame = _on_plain(arr, rng, (50, 100), ((70, 66, 60), (190, 186, 178), (40, 42, 48)))
    return [_to_image(_photographed(frame, (0.9, 1.05), (0.0, 0.12), rng))]


def i_dealer_sticker(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with the dealer's yellow stock label stuck on it (in the blank foot of the
    sheet under the form): the stock number, the day the car came in, the salesman and his phone."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    w, h = page.size
    lw, lh = rng.randint(260, 320), rng.randint(130, 160)
    label = Image.new("RGB", (lw, lh), rng.choice(((250, 224, 90), (255, 236, 130), (245, 245, 240))))
    draw = ImageDraw.Draw(label)
    face = load_font(font, 18)
    arrived = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(10, 90))
    draw.text((12, 10), f"库存编号：K{arrived.year}{_digits(rng, 6)}", font=face, fill=(30, 30, 30))
    draw.text((12, 42), f"入库日期：{arrived.isoformat()}", font=face, fill=(30, 30, 30))
    draw.text((12, 74), f"销售顾问：{person_name(rng)}", font=face, fill=(30, 30, 30))
    draw.text((12, 106), f"电话：1{rng.choice('3589')}{_digits(rng, 9)}", font=face, fill=(30, 30, 30))
    label = label.rotate(rng.uniform(-6, 6), expand=True, fillcolor=(255, 255, 255))
    mask = label.convert("L").point(lambda v: 255 if v < 250 else 0)
    # Stuck in the blank foot of the sheet under the form, where it covers nothing printed.
    sheet = Image.new("RGB", (w, h + label.height + 24), page.getpixel((w // 2, h - 2)))
    sheet.paste(page, (0, 0))
    sheet.paste(label, (rng.randint(20, w - label.width - 20), h + 6), mask)
    page = sheet
    return [page]


# ---------------------------------------------------------------- the fiftieth set (2026-12-05)
# Written before the forty-ninth set was measured, so before any result of it was read.


def id_front_zoom_blur(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed while the phone still moved towards it: sharp at the middle, smeared
    outwards from the centre more and more towards the edges, as a zoom blur."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 100), ((120, 96, 70), (210, 206, 198), (36, 38, 44)))
    fh, fw = frame.shape[:2]
    cy, cx = fh / 2 + rng.uniform(-40, 40), fw / 2 + rng.uniform(-60, 60)
    reach = rng.uniform(0.012, 0.022)
    acc = np.zeros_like(frame)
    steps = 7
    for k in range(steps):
        s = 1 + reach * k / (steps - 1)
        m = np.array([[s, 0, cx * (1 - s)], [0, s, cy * (1 - s)]], np.float32)
        acc += np.asarray(cv2.warpAffine(frame, m, (fw, fh), borderMode=cv2.BORDER_REFLECT), np.float32)
    smeared = acc / steps
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    r = np.sqrt(((xx - cx) / fw) ** 2 + ((yy - cy) / fh) ** 2) / 0.7
    weight = np.clip(r, 0, 1)[..., None]
    out = frame * (1 - weight) + smeared * weight
    return [_to_image(_photographed(out, (0.9, 1.05), (0.0, 0.12), rng))]


def id_back_folded_quarters(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photocopy of the back, on paper that was folded in four to fit a wallet and opened again:
    two creases crossing near the card, each a bright ridge with a shadow beside it, the four
    quarters lit a little differently."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    grey = card.mean(axis=2, keepdims=True)
    copy = np.clip((grey - 128) * 1.25 + 138, 0, 255).repeat(3, axis=2)
    paper = _on_plain(copy, rng, (60, 120), ((246, 245, 240),))
    fh, fw = paper.shape[:2]
    fx, fy = fw * rng.uniform(0.35, 0.65), fh * rng.uniform(0.35, 0.65)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    light = rng.choice((-1, 1))
    shade = 1 - 0.06 * ((xx > fx).astype(np.float32) * light) - 0.05 * (yy > fy).astype(np.float32) * light
    out = paper * shade[..., None]
    for across in (xx - fx, yy - fy):
        ridge = np.exp(-((across / 1.6) ** 2)) * rng.uniform(30, 50)
        shadow = np.exp(-(((across - 4 * light) / 3.5) ** 2)) * rng.uniform(35, 60)
        out = out + (ridge - shadow)[..., None]
    frame = _on_plain(out, rng, (30, 60), ((70, 60, 52), (150, 150, 155)))
    return [_to_image(_photographed(frame, (0.92, 1.04), (0.0, 0.1), rng))]


def c_marginal_headings(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract set as a law firm sets it: each clause's heading in a narrow left column (当事人,
    标的车辆, 价款, 签署), the clause's text in the wide column beside it, a thin rule between."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同书")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    page, s = flow.page, flow.size
    side = int(flow.inner * rng.uniform(0.16, 0.2))
    body_x = flow.margin + side + 24
    body_w = flow.width - flow.margin - body_x
    a = Decimal(f["vehicle_price"])
    seller_first = rng.random() < 0.5
    parties = [
        f"出卖人：{f['seller_name']}",
        f"买受人：{f['buyer_name']}（身份证号码：{f['buyer_id_number']}）",
    ]
    clauses = [
        ("当事人", parties if seller_first else parties[::-1]),
        (
            "标的车辆",
            [
                f"买受人向出卖人购买车辆一台，车辆识别代号：{f['vin']}，发动机号：{_engine(rng)}，"
                "车辆以交付时现状为准。"
            ],
        ),
        (
            "价款",
            [f"车辆总价款为人民币{a:,.2f}元（大写：{_words(f['vehicle_price'])}），买受人于交车前付清。"],
        ),
        ("交付", ["出卖人应于全部价款付清之日起七日内在其营业场所交付车辆及随车文件。"]),
        ("争议", ["因本合同发生争议的，双方协商解决；协商不成的，向出卖人所在地人民法院起诉。"]),
    ]
    for heading, texts in clauses:
        lines = [ln for t in texts for ln in page.wrap(t, s, body_w)]
        flow.room(len(lines) * flow.step() + 10)
        page = flow.page
        top = flow.y
        page.text(flow.margin, top, heading, s, (60, 60, 60))
        for ln in lines:
            page.text(body_x, flow.y, ln, s)
            flow.y += flow.step()
        page.draw.line((body_x - 12, top, body_x - 12, flow.y - 8), fill=RULE, width=1)
        flow.gap(10)
    flow.gap(20)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    return flow.images()


def c_two_pairs_per_row(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A one-page contract form with two label：value pairs on each row and no rules, so a value
    is followed on its line by the next pair's label; the articles under it in prose."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "购车合同")))
    a = Decimal(f["vehicle_price"])
    rows = [
        (f"合同编号：{f['contract_number']}", f"签订日期：{_date(f['sign_date'], rng)}"),
        (f"卖方：{f['seller_name']}", f"联系电话：0{rng.randint(10, 999)}-{_digits(rng, 8)}"),
        (f"买方：{f['buyer_name']}", f"身份证号：{f['buyer_id_number']}"),
        (f"车架号：{f['vin']}", f"发动机号：{_engine(rng)}"),
        (f"成交价：¥{a:,.2f}", f"车身颜色：{rng.choice(('珍珠白', '曜石黑', '星空灰', '极地银'))}"),
    ]
    for left, right in rows:
        flow.pair(left, right)
    flow.line(f"价款大写：{_words(f['vehicle_price'])}")
    flow.gap(10)
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def p_misaligned_overprint(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed policy form filled by a separate printer pass that was fed a little off: the
    values land lower and to one side of their cells, some across the rule into the next row or
    over the end of their label, in another ink."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 36)
    page, s = flow.page, flow.size
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计（人民币大写）", _words(f["premium"])),
        ("（小写）", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
    ]
    widths = [int(flow.inner * 0.3), flow.inner - int(flow.inner * 0.3)]
    rh = int(s * 2.4)
    top = int(flow.y)
    page.table(flow.margin, top, widths, [[(label, 1), ("", 1)] for label, _ in rows], rh, s - 1)
    dx = rng.uniform(-40, 30)
    dy = rng.uniform(0.25, 0.5) * rh
    ink = rng.choice(((30, 40, 120), (20, 20, 20), (70, 30, 90)))
    for k, (_, value) in enumerate(rows):
        size = page.fit(value, s, widths[1] - 10)
        page.text(flow.margin + widths[0] + 10 + dx, top + k * rh + (rh - size) / 2 + dy, value, size, ink)
    flow.y = top + len(rows) * rh + rh
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_privacy_mosaic(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy page the buyer pixelated before sending it: the insured's ID number, phone and
    address blotted out with a coarse mosaic that spills a little past each value."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单（电子保单）", "机动车综合商业保险保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    hidden = []
    for label, value in (
        ("证件号码：", random_fields("id_card_front", rng)["id_number"]),
        ("联系电话：", f"1{rng.choice('3589')}{_digits(rng, 9)}"),
        (
            "通讯地址：",
            f"{rng.choice(('杭州市', '宁波市', '苏州市'))}{rng.choice(('解放路', '文三路'))}{rng.randint(1, 400)}号",
        ),
    ):
        x = flow.page.text(flow.margin, flow.y, label, flow.size)
        hidden.append(
            (len(flow.pages) - 1, x, flow.y, x + flow.page.width_of(value, flow.size), flow.y + flow.size)
        )
        flow.page.text(x, flow.y, value, flow.size)
        flow.y += flow.step()
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_words(f['premium'])}（¥{Decimal(f['premium']):,.2f}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.gap(20)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("电子保单专用章", dx=flow.inner * 0.6)
    pages = flow.images()
    block = rng.randint(10, 16)
    for at, x0, y0, x1, y1 in hidden:
        arr = np.asarray(pages[at]).copy()
        spill = rng.randint(3, 8)
        a0, a1 = int(x0) - spill, int(x1) + spill * 3
        b0, b1 = int(y0) - spill, int(y1) + spill
        region = arr[b0:b1, a0:a1]
        small = cv2.resize(
            region,
            (max(1, region.shape[1] // block), max(1, region.shape[0] // block)),
            interpolation=cv2.INTER_AREA,
        )
        arr[b0:b1, a0:a1] = cv2.resize(
            small, (region.shape[1], region.shape[0]), interpolation=cv2.INTER_NEAREST
        )
        pages[at] = Image.fromarray(arr)
    return pages


def i_cylinder_curl(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice that was kept rolled up and will not lie flat: photographed curling round a
    cylinder, its columns squeezed towards the edges that bend away, the far parts of each line
    a little lower, the curve shaded."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_old_generation))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    half = w / 2
    radius = half / rng.uniform(1.05, 1.35)
    span = radius * np.sin(half / radius)
    ow = int(2 * span)
    oy, ox = np.mgrid[0:h, 0:ow].astype(np.float32)
    t = (ox - span) / radius
    src_x = half + radius * np.arcsin(np.clip(t, -1, 1))
    depth = 1 - np.cos(np.arcsin(np.clip(t, -1, 1)))
    sag = rng.uniform(6, 16)
    src_y = oy - sag * depth + sag / 2
    out = cv2.remap(
        arr, src_x.astype(np.float32), src_y.astype(np.float32), cv2.INTER_LINEAR, borderValue=(90, 88, 84)
    )
    out = out * (1 - rng.uniform(0.15, 0.3) * depth)[..., None]
    frame = _on_plain(out, rng, (40, 90), ((90, 88, 84), (200, 196, 188)))
    return [_to_image(_photographed(frame, (0.95, 1.05), (0.0, 0.12), rng))]


def i_screen_recording_frame(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A still taken from a screen recording of the dealer's scan viewer: the invoice at the
    size the viewer showed it, the viewer's bars and the recorder's red dot and timer round it,
    colour halved and the video's blocky compression over everything."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    W, H = 1700, 1000
    screen = Image.new("RGB", (W, H), (48, 50, 54))
    scale = min((W - 80) / page.width, (H - 110) / page.height) * rng.uniform(0.92, 1.0)
    small = page.resize((int(page.width * scale), int(page.height * scale)), Image.Resampling.BILINEAR)
    screen.paste(small, ((W - small.width) // 2, 70))
    draw = ImageDraw.Draw(screen)
    ui = load_font(font, 22)
    draw.rectangle((0, 0, W, 52), fill=(32, 33, 36))
    draw.text((20, 14), f"扫描件_{_digits(rng, 8)}.pdf", font=ui, fill=(220, 220, 220))
    draw.text((W - 260, 14), f"{rng.randint(60, 120)}%   第1页/共1页", font=ui, fill=(220, 220, 220))
    draw.ellipse((W - 330, 18, W - 314, 34), fill=(230, 40, 40))
    draw.text(
        (W / 2 - 40, H - 34),
        f"00:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        font=ui,
        fill=(200, 200, 200),
    )
    ycc = cv2.cvtColor(np.asarray(screen), cv2.COLOR_RGB2YCrCb)
    for c in (1, 2):
        half = cv2.resize(ycc[..., c], (W // 2, H // 2), interpolation=cv2.INTER_AREA)
        ycc[..., c] = cv2.resize(half, (W, H), interpolation=cv2.INTER_LINEAR)
    rgb = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    ok, buf = cv2.imencode(".jpg", rgb, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(30, 45)])
    assert ok
    return [Image.fromarray(np.asarray(cv2.imdecode(buf, cv2.IMREAD_UNCHANGED), np.uint8))]


# ---------------------------------------------------------------- the fifty-first set (2026-12-05)
# Written before the fiftieth set was measured, so before any result of it was read.


def id_front_desk_lamp(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed at night under a desk lamp standing to one side: warm light bright
    at the near end and falling away steeply, the far end dim and grainy where the phone raised
    its gain."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 110), ((110, 84, 60), (188, 182, 170), (40, 40, 46)))
    fh, fw = frame.shape[:2]
    side = rng.choice((-0.35, 1.35))
    lx, ly = fw * side, fh * rng.uniform(0.1, 0.9)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / fw
    near = float(d.min())
    light = 1.15 / (1 + ((d - near) / rng.uniform(0.45, 0.6)) ** 2)
    light = np.maximum(light, rng.uniform(0.3, 0.38))
    warm = np.array((1.0, rng.uniform(0.86, 0.92), rng.uniform(0.66, 0.76)), np.float32)
    out = frame * light[..., None] * warm
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = (
        nrng.normal(0, 1, (fh, fw, 1)).astype(np.float32) * (4 + 10 * (1 - np.clip(light, 0, 1)))[..., None]
    )
    return [_to_image(out + grain)]


def id_back_interlaced(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back as a frame grabbed from an old interlaced video camera at a service counter: the
    odd rows taken a moment after the even ones, so every other row sits a few pixels to one side
    and is a little darker; the frame then scaled to the capture card's size."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((60, 62, 70), (170, 168, 160)))
    out = _photographed(frame, (0.9, 1.05), (0.0, 0.1), rng)
    shift = rng.choice((-1, 1)) * rng.randint(2, 4)
    out[1::2] = np.roll(out[1::2], shift, axis=1) * rng.uniform(0.88, 0.96)
    h, w = out.shape[:2]
    scale = rng.uniform(0.8, 0.95)
    small = cv2.resize(out, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_NEAREST)
    return [_to_image(small)]


def c_slash_paired_fields(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract form whose rows each ask two things under one label joined by a slash (姓名/名称,
    证件类型/号码, 小写/大写), the two values after the colon joined by a slash in the same order."""
    flow = _contract_flow(font, rng, rng.choice(("机动车销售合同", "汽车买卖合同")))
    a = Decimal(f["vehicle_price"])
    city = rng.choice(("杭州市", "苏州市", "合肥市", "南昌市"))
    rows = [
        f"合同编号/版本：{f['contract_number']}/V{rng.randint(1, 4)}.{rng.randint(0, 9)}",
        f"出卖人名称/统一社会信用代码：{f['seller_name']}/{_uscc(rng)}",
        f"出卖人地址/电话：{city}{rng.choice(('滨江区', '高新区', '经开区'))}{rng.choice(('江南大道', '长江路', '创业大道'))}"
        f"{rng.randint(1, 999)}号/0{rng.randint(10, 999)}-{_digits(rng, 8)}",
        f"买受人姓名/名称：{f['buyer_name']}",
        f"证件类型/号码：居民身份证/{f['buyer_id_number']}",
        f"品牌型号/车辆识别代号：{rng.choice(BRAND_MODELS)}/{f['vin']}",
        f"车辆价款（小写/大写）：¥{a:,.2f}/{_words(f['vehicle_price'])}",
        f"签订日期/地点：{_date(f['sign_date'], rng)}/{city}",
    ]
    for row in rows:
        for ln in flow.page.wrap(row, flow.size, flow.inner):
            flow.line(ln)
    flow.gap(10)
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.gap(20)
    flow.pair("出卖人（盖章）：", "买受人（签字/捺印）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def c_marker_redactions(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose sender blacked out what they did not want to share (phones, an address, a
    bank account) with a felt marker before scanning: uneven strokes, streaky where the marker ran
    dry, wider than the words under them, the labels left showing."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "车辆买卖合同")))
    a = Decimal(f["vehicle_price"])
    hidden: list[tuple[int, float, float, float]] = []

    def private(label: str, value: str) -> None:
        flow.room(flow.size * 2)
        x = flow.page.text(flow.margin, flow.y, label, flow.size)
        end = flow.page.text(x, flow.y, value, flow.size)
        hidden.append((len(flow.pages) - 1, x, end, flow.y))
        flow.y += flow.step()

    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"卖方：{f['seller_name']}")
    private("卖方联系人电话：", f"1{rng.choice('3589')}{_digits(rng, 9)}")
    flow.line(f"买方：{f['buyer_name']}")
    flow.line(f"买方身份证号码：{f['buyer_id_number']}")
    private("买方手机：", f"1{rng.choice('3589')}{_digits(rng, 9)}")
    private(
        "买方住址：",
        f"{rng.choice(('杭州市', '宁波市'))}{rng.choice(('文一路', '中山路'))}{rng.randint(1, 400)}号{rng.randint(1, 30)}幢",
    )
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价格：人民币{a:,.2f}元（{_words(f['vehicle_price'])}）")
    private("买方还款账户：", " ".join(_digits(rng, 4) for _ in range(4)) + _digits(rng, 3))
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.gap(10)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    pages = flow.images()
    for at, x0, x1, y in hidden:
        page = pages[at].convert("RGBA")
        ink = Image.new("RGBA", page.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(ink)
        strokes = rng.randint(2, 3)
        for k in range(strokes):
            top = y - 4 + k * (flow.size + 8) / strokes
            xa, xb = x0 - rng.uniform(2, 10), x1 + rng.uniform(6, 30)
            pts = [(xa + (xb - xa) * t / 8, top + rng.uniform(-3, 3)) for t in range(9)]
            draw.line(pts, fill=(18, 18, 22, rng.randint(225, 250)), width=int(flow.size * 0.75))
        arr = np.asarray(ink).copy()
        nrng = np.random.default_rng(rng.randrange(2**32))
        dry = nrng.random(arr.shape[:2]) < 0.06
        arr[..., 3] = np.where(dry, arr[..., 3] // 3, arr[..., 3])
        pages[at] = Image.alpha_composite(page, Image.fromarray(arr)).convert("RGB")
    return pages


def p_tube_light_streaks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A glossy policy photographed under an office's fluorescent tubes: two long bright bands of
    reflection across the page, washing the print out to a faint grey where they lie."""
    (page,) = rng.choice((p_table_classic, p_two_column, p_footer_insurer, p_compulsory))(f, font, rng)
    arr = np.asarray(page, np.float32)
    frame = _on_plain(arr, rng, (40, 90), ((120, 118, 112), (60, 58, 62)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    angle = np.deg2rad(rng.uniform(-35, 35))
    across = -np.sin(angle) * xx + np.cos(angle) * yy
    wash = np.zeros((fh, fw), np.float32)
    for _ in range(2):
        at = rng.uniform(0.15, 0.85) * fh
        width = rng.uniform(18, 40)
        wash = np.maximum(wash, rng.uniform(0.5, 0.7) * np.exp(-(((across - at) / width) ** 2)))
    out = frame * (1 - wash[..., None]) + 250 * wash[..., None]
    return [_to_image(_photographed(out, (0.92, 1.04), (0.0, 0.12), rng))]


def p_shingled_pages(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-page policy photographed in one shot with the pages laid overlapping like roof tiles:
    the second page lies over the first's lower half, a little to one side and turned, its shadow
    on the first; the schedule on page one, the beneficiary and the insurer on page two."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 36)
    flow.table(
        [0.28, 0.72],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"¥{Decimal(f['premium']):,.2f}（{_words(f['premium'])}）", 1)],
        ],
    )
    flow.y = flow.height * 0.55
    flow.para(
        "保险责任：保险期间内，被保险人或其允许的驾驶人在使用被保险机动车过程中发生意外事故的，保险人负责赔偿。"
    )
    flow.new_page()
    flow.line("特别约定及重要提示", size=26)
    flow.para(f"一、本保单第一受益人为{f['first_beneficiary']}，未经其书面同意不得退保或减少保险金额。")
    flow.para("二、被保险机动车转让的，应及时通知保险人并办理批改手续。")
    flow.gap(20)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.5)
    first, second = (np.asarray(p, np.float32) for p in flow.images())
    h, w = first.shape[:2]
    dx, dy = int(rng.uniform(-0.08, 0.08) * w), int(rng.uniform(0.5, 0.56) * h)
    turn = rng.uniform(-3, 3)
    ch, cw = h + dy + 60, w + abs(dx) + 80
    canvas = np.empty((ch, cw, 3), np.float32)
    canvas[...] = rng.choice(((96, 84, 72), (150, 146, 140), (52, 54, 60)))
    x1 = 40 + max(0, -dx)
    canvas[30 : 30 + h, x1 : x1 + w] = first
    m = cv2.getRotationMatrix2D((w / 2, h / 2), turn, 1.0)
    m[:, 2] += (x1 + dx, 30 + dy)
    mask = cv2.warpAffine(np.ones((h, w), np.float32), m, (cw, ch))
    shadow = cv2.GaussianBlur(
        cv2.warpAffine(
            np.ones((h, w), np.float32), m + np.array([[0, 0, 6], [0, 0, -8]], np.float64), (cw, ch)
        ),
        (0, 0),
        9,
    )
    canvas *= (1 - 0.35 * shadow)[..., None]
    placed = cv2.warpAffine(second, m, (cw, ch))
    canvas = canvas * (1 - mask[..., None]) + placed * mask[..., None]
    return [_to_image(_photographed(canvas, (0.93, 1.04), (0.0, 0.12), rng))]


def i_negative_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice scanned with the scanner app's film-negative mode left on: white print on a black
    page, in grey, with the scanner's faint streak of noise."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_old_generation, i_compact))(f, font, rng)
    grey = np.asarray(page, np.float32).mean(axis=2)
    neg = 255 - grey
    neg = rng.uniform(8, 20) + neg * rng.uniform(0.85, 0.95)
    nrng = np.random.default_rng(rng.randrange(2**32))
    neg += nrng.normal(0, 4, neg.shape).astype(np.float32)
    neg += np.tile(nrng.normal(0, 3, (1, neg.shape[1])).astype(np.float32), (neg.shape[0], 1))
    return [_to_image(np.repeat(neg[..., None], 3, axis=2))]


def i_diagonal_on_desk(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice dropped on a desk and photographed from above as it lay, at a steep turn of
    twenty to forty degrees either way, the desk showing in the corners."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_seal_over))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    angle = rng.choice((-1, 1)) * rng.uniform(20, 40)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, rng.uniform(0.9, 1.0))
    c, s = abs(m[0, 0]), abs(m[0, 1])
    ow, oh = int(h * s + w * c) + 80, int(h * c + w * s) + 80
    m[0, 2] += ow / 2 - w / 2
    m[1, 2] += oh / 2 - h / 2
    desk = rng.choice(((122, 92, 64), (196, 192, 184), (58, 60, 66)))
    out = cv2.warpAffine(arr, m, (ow, oh), flags=cv2.INTER_LINEAR, borderValue=desk)
    return [_to_image(_photographed(out, (0.92, 1.05), (0.0, 0.14), rng))]


# ---------------------------------------------------------------- the fifty-second set (2026-12-05)
# Written before the fifty-first set was measured, so before any result of it was read.


def id_front_ring_light(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed under a ring light on a phone stand, as sellers and agents use: the
    light's round reflection lies on the laminate as a bright ring, washing out the print it
    crosses, with a fainter glow inside it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((70, 70, 76), (200, 198, 192), (120, 96, 70)))
    fh, fw = frame.shape[:2]
    cx, cy = fw * rng.uniform(0.3, 0.7), fh * rng.uniform(0.3, 0.7)
    radius = fw * rng.uniform(0.14, 0.26)
    thick = rng.uniform(6, 13)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + ((yy - cy) * rng.uniform(0.9, 1.15)) ** 2)
    ring = rng.uniform(0.65, 0.85) * np.exp(-(((d - radius) / thick) ** 2))
    inside = rng.uniform(0.08, 0.18) * np.clip(1 - d / radius, 0, 1)
    wash = np.maximum(ring, inside)
    out = frame * (1 - wash[..., None]) + 252 * wash[..., None]
    return [_to_image(_photographed(out, (0.92, 1.04), (0.0, 0.1), rng))]


def id_back_low_angle(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back lying on a table, photographed from a low seat at a grazing angle: the card squat
    (about half its height), its far edge narrower than the near one, and the far half softer
    where it falls out of focus."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (30, 60), ((96, 80, 64), (176, 170, 160), (52, 52, 58)))
    h, w = frame.shape[:2]
    squat = rng.uniform(0.45, 0.6)
    narrow = rng.uniform(0.08, 0.16) * w
    oh = int(h * squat)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[narrow, 0], [w - narrow, 0], [w, oh], [0, oh]], np.float32)
    out = cv2.warpPerspective(
        frame, cv2.getPerspectiveTransform(src, dst), (w, oh), borderMode=cv2.BORDER_REPLICATE
    )
    soft = cv2.GaussianBlur(out, (0, 0), rng.uniform(1.0, 1.6))
    far = np.clip(1 - np.arange(oh, dtype=np.float32) / (oh * 0.55), 0, 1)[:, None, None]
    out = out * (1 - far) + soft * far
    return [_to_image(_photographed(out, (0.9, 1.04), (0.0, 0.12), rng))]


def c_header_row_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars sit in two ruled tables read across: a row of labels, the
    values in the row underneath, as in a spreadsheet; no colons anywhere."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车买卖合同")))
    flow.line(rng.choice(("一、合同要素", "第一部分 基本信息")))
    flow.table(
        [0.24, 0.3, 0.46],
        [
            [("合同编号", 1), ("签订日期", 1), ("出卖人", 1)],
            [(f["contract_number"], 1), (_date(f["sign_date"], rng), 1), (f["seller_name"], 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.table(
        [0.2, 0.4, 0.4],
        [
            [("买受人", 1), ("身份证号码", 1), ("车辆识别代号", 1)],
            [(f["buyer_name"], 1), (f["buyer_id_number"], 1), (f["vin"], 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    a = Decimal(f["vehicle_price"])
    flow.table(
        [0.3, 0.3, 0.4],
        [
            [("品牌型号", 1), ("车辆价款（元）", 1), ("大写", 1)],
            [(rng.choice(BRAND_MODELS), 1), (f"{a:,.2f}", 1), (_words(f["vehicle_price"]), 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def c_bound_spine(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A stapled contract booklet scanned open on a flatbed: each page bends down into the
    binding, so its print squeezes together and darkens towards the spine edge."""
    pages = rng.choice((c_table_classic, c_prose_articles, c_sell_buy_pairs, c_party_blocks))(f, font, rng)
    out = []
    first_left = rng.random() < 0.5
    for i, page in enumerate(pages):
        arr = np.asarray(page, np.float32)
        h, w = arr.shape[:2]
        bend = rng.uniform(0.22, 0.32) * w
        left = first_left == (i % 2 == 0)
        x = np.arange(w, dtype=np.float32)
        u = x if left else w - 1 - x
        # Within `bend` of the spine the page falls away: the same width shows more of the paper.
        t = np.clip(1 - u / bend, 0, 1)
        src_u = u - bend * 0.45 * t**2
        src_x = src_u if left else w - 1 - src_u
        map_x = np.tile(np.clip(src_x, 0, w - 1), (h, 1)).astype(np.float32)
        map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w))
        warped = cv2.remap(arr, map_x, map_y, cv2.INTER_LINEAR, borderValue=(250, 250, 250))
        shade = 1 - rng.uniform(0.45, 0.65) * t**2.2
        out.append(_to_image(warped * shade[None, :, None]))
    return out


def p_reverse_video_cells(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule printed from an insurer's new template: the value cells filled in a dark
    brand colour with the values in white, the labels dark on the paper beside them."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车综合商业保险单")), 34)
    fill = rng.choice(((24, 54, 104), (110, 24, 30), (20, 84, 64), (60, 60, 66)))
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计", f"{_money(f['premium'], rng)}（{_words(f['premium'])}）"),
        ("第一受益人", f["first_beneficiary"]),
    ]
    lw = int(flow.inner * rng.uniform(0.22, 0.28))
    row_h = int(flow.size * rng.uniform(2.0, 2.4))
    for label, value in rows:
        flow.room(row_h + 6)
        y = int(flow.y)
        flow.page.text(flow.margin, y + (row_h - flow.size) // 2, label, flow.size)
        x0 = flow.margin + lw
        flow.page.draw.rectangle((x0, y, flow.width - flow.margin, y + row_h), fill=fill)
        size = flow.page.fit(value, flow.size, flow.width - flow.margin - x0 - 16)
        flow.page.text(x0 + 8, y + (row_h - size) // 2 - 1, value, size, (250, 250, 250))
        flow.y += row_h + rng.randint(3, 8)
    flow.gap(20)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def p_icon_bullets(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy from an app's export: each line of the schedule starts with a small coloured
    pictogram (a dot, a square, a shield, a car) drawn in front of its label."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("电子保单", "机动车保险电子保单")), 36)
    colours = ((220, 90, 30), (40, 120, 200), (30, 150, 90), (150, 60, 170))
    lines = [
        f"保险公司：{f['insurer']}",
        f"保单号：{f['policy_number']}",
        f"被保险人：{f['insured_name']}",
        f"车架号：{f['vin']}",
        f"保险期间：{_period(f, rng)}",
        f"保费合计：{_money(f['premium'], rng)}",
        f"第一受益人：{f['first_beneficiary']}",
    ]
    s = flow.size
    for text in lines:
        flow.room(s * 2)
        x, y = flow.margin, flow.y
        c = rng.choice(colours)
        shape = rng.randrange(4)
        d = flow.page.draw
        if shape == 0:
            d.ellipse((x, y + 3, x + s - 4, y + s - 1), fill=c)
        elif shape == 1:
            d.rounded_rectangle((x, y + 3, x + s - 4, y + s - 1), 4, fill=c)
        elif shape == 2:
            d.polygon(
                [(x, y + 2), (x + s - 4, y + 2), (x + s - 4, y + s * 0.55), ((x + x + s - 4) / 2, y + s)],
                fill=c,
            )
        else:
            d.rounded_rectangle((x, y + s * 0.35, x + s - 2, y + s * 0.8), 3, fill=c)
            d.polygon(
                [
                    (x + 4, y + s * 0.35),
                    (x + s * 0.3, y + 4),
                    (x + s * 0.7, y + 4),
                    (x + s - 6, y + s * 0.35),
                ],
                fill=c,
            )
            d.ellipse((x + 3, y + s * 0.72, x + 9, y + s * 0.72 + 6), fill=(255, 255, 255))
            d.ellipse((x + s - 11, y + s * 0.72, x + s - 5, y + s * 0.72 + 6), fill=(255, 255, 255))
        for ln in flow.page.wrap(text, s, flow.inner - s - 10):
            flow.line(ln, x=x + s + rng.randint(4, 10))
    return flow.images()


def i_selfie_mirrored(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed with the front camera of a tablet held over it, which saves the
    picture mirrored: every line runs right to left in mirror writing."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_old_generation, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 70), ((150, 140, 126), (70, 72, 80)))
    out = _photographed(frame, (0.92, 1.05), (0.0, 0.12), rng)
    return [_to_image(out[:, ::-1])]


def i_hairline_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from a printer set to save toner: every stroke thinner than the font drew it and
    grey rather than black, on slightly grey recycled paper."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    grey = np.asarray(page.convert("L"), np.float32)
    h, w = grey.shape
    big = cv2.resize(grey, (w * 3, h * 3), interpolation=cv2.INTER_CUBIC)
    thin = cv2.dilate(big, np.ones((3, 3), np.uint8), iterations=rng.choice((1, 2)))
    small = cv2.resize(thin, (w, h), interpolation=cv2.INTER_AREA)
    ink = rng.uniform(95, 130)
    paper = rng.uniform(225, 238)
    out = paper - (255 - small) / 255 * (paper - ink)
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 3, out.shape).astype(np.float32)
    return [_to_image(np.repeat(out[..., None], 3, axis=2))]


# ---------------------------------------------------------------- the fifty-third set (2026-12-05)
# Written before the fifty-second set was measured, so before any result of it was read.

# Policy holders who are not the insured, for the families that name both (the same choices in each).
_OTHER_HOLDERS = ("李建国", "陈晓燕", "赵志强", "孙丽华", "周明")


def id_front_led_cast(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed in a room lit by a coloured LED strip: the whole frame tinted from one
    saturated hue on one side to another on the other (magenta to blue, red to cyan), one channel
    nearly dark, so the print keeps its contrast only in the colours the light has."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((60, 60, 66), (180, 176, 170), (110, 90, 70)))
    fh, fw = frame.shape[:2]
    hues = (
        ((1.0, 0.25, 0.95), (0.35, 0.45, 1.0)),
        ((1.0, 0.3, 0.3), (0.3, 0.9, 1.0)),
        ((0.95, 0.3, 1.0), (1.0, 0.55, 0.2)),
        ((0.3, 1.0, 0.5), (0.4, 0.35, 1.0)),
    )
    a, b = (np.array(c, np.float32) for c in rng.choice(hues))
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    t = np.clip(_ramp(xx, yy, rng), 0, 1)[..., None]
    light = a * (1 - t) + b * t
    out = frame * light * rng.uniform(0.8, 1.0)
    return [_to_image(_photographed(out, (0.95, 1.05), (0.0, 0.08), rng))]


def id_back_one_bit_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back scanned by an office scanner in its black-and-white text mode: every pixel either
    black or white at one threshold, so thin strokes break where the threshold is low, fill in
    where it is high, and the card's tinted pattern turns into speckle."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (30, 60), ((250, 250, 250),))
    grey = cv2.cvtColor(frame.clip(0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY)
    soft = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), rng.uniform(0.6, 1.1))
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = soft + nrng.normal(0, rng.uniform(6, 12), soft.shape)
    bw = np.where(noisy < rng.uniform(120, 175), 0.0, 255.0).astype(np.float32)
    return [_to_image(np.repeat(bw[..., None], 3, axis=2))]


def c_key_terms_sidebar(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose articles run down a narrow left column while the deal's particulars sit
    in a shaded box down the right: each label small and grey, its value under it; the articles
    name the parties only as 甲方 and 乙方."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))
    page, s = flow.page, flow.size
    top = int(flow.y) + 10
    box_x = flow.margin + int(flow.inner * rng.uniform(0.6, 0.64))
    box_w = flow.width - flow.margin - box_x
    left_w = box_x - flow.margin - 24
    texts = [
        "甲方（出卖人）同意将右栏所列车辆出售给乙方（买受人），乙方同意按右栏所列价款购买。",
        "交车时间：甲方应于合同签订后三十日内交付车辆，逾期每日按车价的万分之五支付违约金。",
        f"定金：签订本合同时乙方支付定金¥{rng.randrange(2, 20) * 1000:,}.00元，交车时抵作车款。",
        "车辆质量：车辆应符合国家标准及厂家出厂标准，三包有效期为二年或五万公里。",
        "争议解决：因本合同发生的争议，双方协商解决；协商不成的，向合同签订地人民法院起诉。",
        "其他：本合同一式贰份，双方各执壹份，自双方签字盖章之日起生效。",
    ]
    y = top
    nums = "一二三四五六七八九十"
    for i, text in enumerate(texts):
        page.text(flow.margin, y, f"第{nums[i]}条", s + 1)
        y += int(s * 1.8)
        for ln in page.wrap("\u3000\u3000" + text, s, left_w):
            page.text(flow.margin, y, ln, s)
            y += int(s * 1.75)
        y += 6
    a = Decimal(f["vehicle_price"])
    items = [
        ("合同编号", f["contract_number"]),
        ("签订日期", _date(f["sign_date"], rng)),
        ("甲方（出卖人）", f["seller_name"]),
        ("乙方（买受人）", f["buyer_name"]),
        ("乙方身份证号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("品牌型号", rng.choice(BRAND_MODELS)),
        ("车辆总价", f"¥{a:,.2f}"),
        ("大写", _words(f["vehicle_price"])),
    ]
    small = max(14, s - rng.randint(6, 8))
    label_ink = rng.choice(((110, 110, 116), (96, 104, 120)))
    box_h = len(items) * int(small * 1.5 + s * 1.7) + 40
    page.draw.rectangle(
        (box_x, top - 10, box_x + box_w, top + box_h), fill=rng.choice(((236, 240, 246), (242, 238, 228)))
    )
    page.text(box_x + 14, top, "合同要点", s)
    by = top + int(s * 1.9)
    for label, value in items:
        page.text(box_x + 14, by, label, small, label_ink)
        by += int(small * 1.5)
        size = page.fit(value, s, box_w - 28)
        page.text(box_x + 14, by, value, size)
        by += int(s * 1.7)
    flow.y = max(y, top + box_h) + 30
    flow.pair("甲方（盖章）", "乙方（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def c_crumpled_flat(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract carried folded in a bag, crumpled, smoothed out on a table and photographed page
    by page: creases at random angles, the paper between them bent so lines wander."""
    render = rng.choice((c_table_classic, c_prose_articles, c_sell_buy_pairs, c_jia_seller, c_inline))
    out = []
    for page in render(f, font, rng):
        crumpled = np.asarray(_crumple(page, rng, (100, 190), (5, 10)), np.float32)
        frame = _on_plain(crumpled, rng, (20, 50), ((120, 100, 80), (70, 70, 76), (190, 186, 178)))
        out.append(_to_image(_photographed(frame, (0.9, 1.04), (0.0, 0.12), rng)))
    return out


def p_section_generic_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule in sections headed 投保人 / 被保险人 / 保险车辆 / 保险人, each with the same
    generic labels (名称, 证件号码, 地址) that mean whatever party the heading names; the policy
    holder a different person from the insured."""
    flow = _policy_flow(font, rng)
    flow.line(f"{f['insurer'][:4]}保险", size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车综合商业保险保险单（正本）")), 32)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保单号：{_proposal(f, rng)}")
    holder = rng.choice(_OTHER_HOLDERS)
    widths = [0.18, 0.38, 0.16, 0.28]
    h = rng.randint(44, 52)

    def section(head: str, rows: list[list[tuple[str, int]]]) -> None:
        flow.room(h * (len(rows) + 1) + 20)
        y = int(flow.y)
        flow.page.draw.rectangle(
            (flow.margin, y, flow.width - flow.margin, y + h),
            fill=(226, 230, 236),
            outline=(60, 60, 60),
            width=2,
        )
        flow.page.text(flow.margin + 8, y + (h - flow.size) // 2, head, flow.size)
        flow.y = y + h
        flow.table(widths, rows, row_h=h)
        flow.y -= flow.size - 8

    section(
        "投保人信息",
        [
            [("名称", 1), (holder, 1), ("证件号码", 1), (_digits(rng, 18), 1)],
            [
                ("地址", 1),
                (f"{rng.choice(('人民路', '解放路'))}{rng.randrange(1, 300)}号", 1),
                ("电话", 1),
                (f"1{_digits(rng, 10)}", 1),
            ],
        ],
    )
    section(
        "被保险人信息",
        [
            [("名称", 1), (f["insured_name"], 1), ("证件号码", 1), (_digits(rng, 18), 1)],
            [
                ("地址", 1),
                (f"{rng.choice(('文三路', '延安路'))}{rng.randrange(1, 300)}号", 1),
                ("电话", 1),
                (f"1{_digits(rng, 10)}", 1),
            ],
        ],
    )
    section(
        "保险车辆信息",
        [
            [("号牌号码", 1), ("浙A" + _digits(rng, 5), 1), ("发动机号", 1), (_engine(rng), 1)],
            [("车架号", 1), (f["vin"], 3)],
        ],
    )
    section(
        "保险期间及保险费",
        [
            [("保险期间", 1), (_period(f, rng), 3)],
            [("保险费合计", 1), (_words(f["premium"]), 1), ("小写", 1), (_money(f["premium"], rng), 1)],
        ],
    )
    section("特别约定", [[(f"本保单第一受益人为{f['first_beneficiary']}。", 4)]])
    section(
        "保险人信息",
        [
            [("名称", 1), (_branch(f["insurer"], rng), 3)],
            [
                ("地址", 1),
                (f"{rng.choice(('庆春路', '环城北路'))}{rng.randrange(1, 300)}号", 1),
                ("邮编", 1),
                ("310000", 1),
            ],
        ],
    )
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_hand_shake_blur(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed with a hand that moved during the exposure: every page smeared
    along one direction by a few pixels, the phone's sharpening not able to undo it."""
    render = rng.choice((p_table_classic, p_two_column, p_kv_list, p_header_grid, p_special_terms))
    out = []
    for page in render(f, font, rng):
        arr = np.asarray(page, np.float32)
        frame = _on_plain(arr, rng, (20, 50), ((150, 140, 126), (70, 72, 80)))
        kernel = motion_kernel(rng.randint(5, 9), rng.uniform(0, 180))
        smeared = cv2.filter2D(frame, -1, kernel)
        out.append(_to_image(_photographed(smeared, (0.92, 1.04), (0.0, 0.1), rng)))
    return out


def i_used_car_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The used-car sales invoice (二手车销售统一发票): 买方单位/个人 and 卖方单位/个人 for the parties,
    单位代码/身份证号码 for both numbers, 车架号/车辆识别代码, 车价合计, the trading market and its tax
    number among the rows, and the engine number only in 备注."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    flow.line("二手车销售统一发票", x=flow.width / 2 - 170, size=34)
    flow.pair(f"发票代码 {f['invoice_code']}", f"发票号码 {f['invoice_number']}")
    flow.line(f"开票日期 {_date(f['issue_date'], rng)}")
    flow.table(
        [0.16, 0.22, 0.16, 0.2, 0.1, 0.16],
        [
            [
                ("机打代码", 1),
                (f["invoice_code"], 1),
                ("机打号码", 1),
                (f["invoice_number"], 1),
                ("机器编号", 1),
                (_digits(rng, 12), 1),
            ],
            [
                ("买方单位/个人", 1),
                (f["buyer_name"], 1),
                ("单位代码/身份证号码", 1),
                (f["buyer_id_number"], 3),
            ],
            [
                ("买方单位/个人住址", 1),
                (f"{rng.choice(('人民路', '中山路'))}{rng.randrange(1, 300)}号", 3),
                ("电话", 1),
                (f"1{_digits(rng, 10)}", 1),
            ],
            [("卖方单位/个人", 1), (f["seller_name"], 1), ("单位代码/身份证号码", 1), (_uscc(rng), 3)],
            [
                ("车牌照号", 1),
                ("浙A" + _digits(rng, 5), 1),
                ("登记证号", 1),
                (_digits(rng, 12), 1),
                ("车辆类型", 1),
                ("轿车", 1),
            ],
            [("车架号/车辆识别代码", 1), (f["vin"], 1), ("厂牌型号", 1), (f["brand_model"], 3)],
            [("车价合计（大写）", 1), (words, 3), ("小写", 1), (fig, 1)],
            [("经营、拍卖单位", 1), (f["seller_name"], 3), ("纳税人识别号", 1), (_uscc(rng), 1)],
            [
                ("二手车市场", 1),
                (rng.choice(("杭州汽车城二手车交易市场有限公司", "浙江二手车交易中心有限公司")), 3),
                ("纳税人识别号", 1),
                (_uscc(rng), 1),
            ],
            [("备注", 1), (f"发动机号：{f['engine_number']}", 5)],
        ],
        row_h=rng.randint(50, 58),
    )
    return flow.images()


def i_through_mesh(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed through the fine mesh of a mesh document pouch: a dark grid a few
    pixels apart, slightly turned and out of focus, over the whole page."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((150, 140, 126), (70, 72, 80)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    angle = np.deg2rad(rng.uniform(-12, 12))
    u = xx * np.cos(angle) + yy * np.sin(angle)
    v = -xx * np.sin(angle) + yy * np.cos(angle)
    period = rng.uniform(5.5, 9.0)
    width = rng.uniform(0.12, 0.22)
    wires = np.maximum(
        (np.abs(((u / period) % 1) - 0.5) > 0.5 - width).astype(np.float32),
        (np.abs(((v / period) % 1) - 0.5) > 0.5 - width).astype(np.float32),
    )
    wires = cv2.GaussianBlur(wires, (0, 0), rng.uniform(0.8, 1.6))
    shade = 1 - rng.uniform(0.25, 0.45) * wires
    out = frame * shade[..., None]
    return [_to_image(_photographed(out, (0.92, 1.05), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the fifty-fourth set (2026-12-06)
# Written before the fifty-third set was measured, so before any result of it was read.


def id_front_halftone_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A colour print of a scanned front from a cheap laser printer, then photographed: every
    colour made of cyan, magenta, yellow and black dots on their own slanted screens, the print's
    strokes beaded at their edges."""
    card = np.asarray(render_front(f, font, rng, None), np.float32) / 255.0
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cell = rng.uniform(3.0, 4.5)
    cmy = 1 - card
    k = cmy.min(axis=2)
    inks = [cmy[..., 0] - k, cmy[..., 1] - k, cmy[..., 2] - k, k]
    colours = ((0, 160, 230), (230, 0, 140), (255, 230, 0), (20, 20, 20))
    out = np.full((h, w, 3), 250.0, np.float32)
    for ink, colour, deg in zip(inks, colours, (15, 75, 0, 45), strict=True):
        a = np.deg2rad(deg + rng.uniform(-2, 2))
        u = xx * np.cos(a) + yy * np.sin(a)
        v = -xx * np.sin(a) + yy * np.cos(a)
        screen = 0.5 + 0.25 * (np.cos(2 * np.pi * u / cell) + np.cos(2 * np.pi * v / cell))
        dots = (ink > screen).astype(np.float32)[..., None]
        out = out * (1 - dots * 0.85) + np.array(colour, np.float32) * dots * 0.85
    soft = np.asarray(cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9)), np.float32)
    frame = _on_plain(soft, rng, (30, 70), ((120, 100, 80), (70, 72, 80), (200, 196, 188)))
    return [_to_image(_photographed(frame, (0.92, 1.04), (0.0, 0.1), rng))]


def id_back_glass_desk_reflection(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The back lying on a glossy black desk: below the card its own reflection, upside down,
    faint and blurred, as long as the card is tall."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h, w = card.shape[:2]
    m = rng.randint(30, 60)
    desk = np.array(rng.choice(((18, 18, 22), (30, 26, 24), (12, 16, 24))), np.float32)
    frame = np.empty((h * 2 + m * 2, w + 2 * m, 3), np.float32)
    frame[...] = desk
    frame[m : m + h, m : m + w] = card
    mirror = cv2.GaussianBlur(card[::-1], (0, 0), rng.uniform(1.5, 3.0))
    gap = rng.randint(2, 8)
    fade = rng.uniform(0.25, 0.45) * np.linspace(1, 0.1, h, dtype=np.float32)[:, None, None]
    below = frame[m + h + gap : m + 2 * h + gap, m : m + w]
    rows = below.shape[0]
    below[:] = below * (1 - fade[:rows]) + mirror[:rows] * fade[:rows]
    return [_to_image(_photographed(frame, (0.9, 1.05), (0.0, 0.12), rng))]


def c_number_in_footer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose number appears only in the footer of every page (合同编号：… 第1页 共2页),
    small, and whose signing date appears only in the signature block at the end."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"乙方身份证号码：{f['buyer_id_number']}")
    flow.para(
        f"乙方向甲方购买{rng.choice(BRAND_MODELS)}汽车一辆，车辆识别代号{f['vin']}，车辆总价为人民币"
        f"{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），乙方以贷款方式支付。"
    )
    _boilerplate(flow, rng, rng.randint(5, 8), 1)
    flow.gap(20)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    d = _date(f["sign_date"], rng)
    flow.pair(f"日期：{d}", f"日期：{d}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12)
    total = len(flow.pages)
    small = rng.randint(15, 18)
    for i, page in enumerate(flow.pages):
        text = f"合同编号：{f['contract_number']}    第{i + 1}页 共{total}页"
        x = (flow.width - page.width_of(text, small)) / 2
        page.draw.line((flow.margin, flow.height - 66, flow.width - flow.margin, flow.height - 66), RULE, 1)
        page.text(x, flow.height - 56, text, small, (90, 90, 90))
    return flow.images()


def c_red_typed_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract template whose blanks the dealer's printer filled in red (the form is kept in
    black, the deal in colour), the red seal over the seller's line like every other red."""
    flow = _contract_flow(font, rng, "汽车销售合同")
    red = rng.choice(((200, 30, 40), (220, 50, 50), (180, 20, 60)))
    rows = [
        ("合同编号：", f["contract_number"]),
        ("出卖人：", f["seller_name"]),
        ("买受人：", f["buyer_name"]),
        ("身份证号码：", f["buyer_id_number"]),
        ("车辆识别代号：", f["vin"]),
        ("车辆价款：", f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）"),
    ]
    for label, value in rows:
        flow.room(flow.size * 2)
        x = flow.page.text(flow.margin, flow.y, label, flow.size)
        size = flow.page.fit(value, flow.size, flow.width - flow.margin - x - 10)
        flow.page.text(x + 6, flow.y, value, size, red)
        flow.y += flow.step()
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.room(flow.size * 2)
    x = flow.page.text(flow.margin, flow.y, "签订日期：", flow.size)
    flow.page.text(x + 6, flow.y, _date(f["sign_date"], rng), flow.size, red)
    flow.y += flow.step()
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * rng.uniform(0, 4))
    return flow.images()


def p_party_columns(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose parties sit side by side in one table: a column for the policy holder and
    one for the insured under the same row labels (名称, 证件号码, 联系电话), the holder another person."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    holder = rng.choice(_OTHER_HOLDERS)
    first = rng.random() < 0.5  # the holder's column first or the insured's
    cols = [("投保人", holder, _digits(rng, 18)), ("被保险人", f["insured_name"], _digits(rng, 18))]
    if not first:
        cols.reverse()
    flow.table(
        [0.22, 0.39, 0.39],
        [
            [("", 1), (cols[0][0], 1), (cols[1][0], 1)],
            [("名称", 1), (cols[0][1], 1), (cols[1][1], 1)],
            [("证件号码", 1), (cols[0][2], 1), (cols[1][2], 1)],
            [("联系电话", 1), (f"1{_digits(rng, 10)}", 1), (f"1{_digits(rng, 10)}", 1)],
        ],
        row_h=rng.randint(44, 52),
    )
    flow.table(
        [0.22, 0.78],
        [
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
        row_h=rng.randint(44, 52),
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_blue_carbon_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The insured's carbonless copy of a hand-issued policy: the print came through as
    blue-violet marks, heavier where the print head pressed harder, on tinted paper."""
    render = rng.choice((p_table_classic, p_kv_list, p_two_column, p_special_terms))
    return [_carbon(page, rng) for page in render(f, font, rng)]


def i_half_sun_half_shade(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed outdoors across the edge of a building's shadow: one part in
    direct sun, near white with its print washed out, the other in deep shade, dark and grainy."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((170, 160, 150), (110, 110, 116)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, np.pi)
    cx, cy = fw * rng.uniform(0.35, 0.65), fh * rng.uniform(0.35, 0.65)
    side = (xx - cx) * np.cos(a) + (yy - cy) * np.sin(a)
    edge = 1 / (1 + np.exp(-side / rng.uniform(3, 10)))
    sun, shade = rng.uniform(1.25, 1.45), rng.uniform(0.3, 0.45)
    light = shade + (sun - shade) * edge
    out = frame * light[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += (nrng.normal(0, 7, out.shape) * (1 - edge)[..., None]).astype(np.float32)
    return [_to_image(_photographed(np.clip(out, 0, 255), (0.97, 1.02), (0.0, 0.05), rng))]


def i_grey_bands(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer system's printout of the invoice with no rules at all: each label in grey on the
    left, its value on a pale grey band across the rest of the line, two columns."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票（打印件）", x=flow.width / 2 - 230, size=32)
    pairs = [
        (("发票代码", f["invoice_code"]), ("发票号码", f["invoice_number"])),
        (("开票日期", _date(f["issue_date"], rng)), ("机器编号", _digits(rng, 12))),
        (("购买方名称", f["buyer_name"]), ("身份证号码/组织机构代码", f["buyer_id_number"])),
        (("厂牌型号", f["brand_model"]), ("发动机号码", f["engine_number"])),
        (("车辆识别代号/车架号码", f["vin"]), ("价税合计（小写）", fig)),
        (("价税合计（大写）", words), ("纳税人识别号", _uscc(rng))),
        (("销货单位名称", f["seller_name"]), ("电话", f"0571-{_digits(rng, 8)}")),
    ]
    grey_ink = rng.choice(((110, 110, 110), (90, 96, 110)))
    band = rng.choice(((232, 232, 232), (226, 230, 236), (236, 232, 224)))
    half = flow.inner // 2
    label_w = int(half * rng.uniform(0.34, 0.4))
    s = flow.size
    for row in pairs:
        flow.room(s * 2.2)
        y = int(flow.y)
        for col, (label, value) in enumerate(row):
            x0 = flow.margin + col * (half + 10)
            lsize = flow.page.fit(label, s - 2, label_w - 8)
            flow.page.text(x0, y + (s - lsize) // 2, label, lsize, grey_ink)
            bx = x0 + label_w
            flow.page.draw.rectangle((bx, y - 6, x0 + half - 12, y + s + 8), fill=band)
            vsize = flow.page.fit(value, s, x0 + half - 12 - bx - 12)
            flow.page.text(bx + 8, y + (s - vsize) // 2, value, vsize)
        flow.y += int(s * rng.uniform(2.0, 2.3))
    return flow.images()


# ---------------------------------------------------------------- the fifty-fifth set (2026-12-06)
# Written before the fifty-fourth set was measured, so before any result of it was read.


def id_front_gallery_screenshot(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A screenshot of the phone's photo gallery showing the photo of the front: a black screen,
    the photo in the middle at the gallery's size, above it the photo's own date and time and
    place, below it the gallery's buttons, the phone's status bar at the top."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    photo = _to_image(
        _photographed(
            _on_plain(card, rng, (20, 50), ((150, 130, 110), (70, 70, 76))), (0.9, 1.0), (0.0, 0.1), rng
        )
    )
    sw = int(photo.width * rng.uniform(1.02, 1.1))
    sh = int(sw * rng.uniform(2.0, 2.2))
    ground = rng.choice(((0, 0, 0), (18, 18, 20), (250, 250, 250)))
    screen = Image.new("RGB", (sw, sh), ground)
    ink = (235, 235, 235) if ground[0] < 128 else (30, 30, 30)
    top = int(sh * rng.uniform(0.3, 0.38))
    screen.paste(photo, ((sw - photo.width) // 2, top))
    draw = ImageDraw.Draw(screen)
    small, big = load_font(font, 24), load_font(font, 34)
    draw.text((30, 14), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", font=small, fill=ink)
    draw.text((sw - 130, 14), f"{rng.randint(12, 99)}%", font=small, fill=ink)
    taken = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    stamp = rng.choice((f"{taken.year}年{taken.month}月{taken.day}日", taken.isoformat()))
    draw.text((40, top - 120), stamp, font=big, fill=ink)
    draw.text(
        (40, top - 72),
        f"{rng.choice(('杭州市', '成都市', '武汉市', '苏州市'))} · {rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
        font=small,
        fill=ink,
    )
    y = top + photo.height + int(sh * rng.uniform(0.12, 0.2))
    for i, word in enumerate(("分享", "收藏", "编辑", "删除", "更多")):
        draw.text((int(sw * (0.07 + i * 0.19)), y), word, font=small, fill=ink)
    return [screen]


def id_back_scanner_stutter(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back scanned on a flatbed whose carriage stutters: in some bands of rows it lingered and
    the rows are drawn out, in others it jumped and they are squeezed; a speck on the glass leaves
    a thin light streak down the whole scan."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (20, 40), ((245, 245, 242), (230, 232, 235)))
    rows, cols = frame.shape[:2]
    speed = np.ones(rows, np.float32)
    for _ in range(rng.randint(3, 6)):
        at, width = rng.randrange(rows), rng.randint(15, 60)
        speed[at : at + width] *= rng.choice((rng.uniform(0.55, 0.75), rng.uniform(1.3, 1.6)))
    source = np.concatenate(([0.0], np.cumsum(speed)[:-1])).astype(np.float32)
    source *= (rows - 1) / source[-1]
    map_y = np.repeat(source[:, None], cols, axis=1)
    map_x = np.repeat(np.arange(cols, dtype=np.float32)[None, :], rows, axis=0)
    out = np.asarray(
        cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE), np.float32
    )
    for _ in range(rng.randint(1, 2)):
        x = rng.randrange(cols)
        width = rng.randint(1, 2)
        out[:, x : x + width] = np.minimum(out[:, x : x + width] + rng.uniform(40, 90), 255)
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = out + nrng.normal(0, 2.5, out.shape).astype(np.float32)
    return [_to_image(noisy)]


def c_values_in_brackets(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract template whose every filled-in value is set in square brackets after its label
    (买受人：【王伟】), the brackets of one kind through the whole contract, the price and date among
    them, in running text as well as on lines of their own."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "车辆销售合同")))
    o, c = rng.choice((("【", "】"), ("〔", "〕"), ("[", "]"), ("［", "］")))
    flow.line(f"合同编号：{o}{f['contract_number']}{c}")
    flow.line(f"出卖人（甲方）：{o}{f['seller_name']}{c}")
    flow.line(f"买受人（乙方）：{o}{f['buyer_name']}{c}")
    flow.line(f"证件号码：{o}{f['buyer_id_number']}{c}")
    flow.para(
        f"第一条 乙方购买甲方车辆一台，品牌型号{o}{rng.choice(BRAND_MODELS)}{c}，车辆识别代号{o}{f['vin']}{c}，"
        f"车辆总价{o}{_money(f['vehicle_price'], rng)}{c}（大写：{o}{_words(f['vehicle_price'])}{c}）。"
    )
    _boilerplate(flow, rng, rng.randint(3, 6), 2)
    flow.gap(16)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.line(f"签订日期：{o}{_date(f['sign_date'], rng)}{c}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1)
    return flow.images()


def c_tab_stops(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract typed in a word processor with tab stops and nothing else: each label, no colon
    after it, then a wide gap and its value at the next stop, no rules and no boxes; the stop
    the values line up on differs from section to section."""
    flow = _contract_flow(font, rng, "机动车买卖合同")
    sections = [
        (
            "一、合同当事人",
            [
                ("合同编号", f["contract_number"]),
                ("出卖人", f["seller_name"]),
                ("买受人", f["buyer_name"]),
                ("身份证号", f["buyer_id_number"]),
            ],
        ),
        (
            "二、车辆",
            [
                ("品牌型号", rng.choice(BRAND_MODELS)),
                ("车辆识别代号", f["vin"]),
                ("车身颜色", rng.choice(("白色", "黑色", "灰色"))),
            ],
        ),
        (
            "三、价款",
            [
                ("车辆总价", _money(f["vehicle_price"], rng)),
                ("大写金额", _words(f["vehicle_price"])),
                ("付款方式", "贷款"),
            ],
        ),
    ]
    for heading, rows in sections:
        flow.line(heading)
        stop = flow.margin + int(flow.inner * rng.choice((0.25, 0.3, 0.35)))
        for label, value in rows:
            flow.room(flow.size * 2)
            flow.page.text(flow.margin + flow.size * 2, flow.y, label, flow.size)
            size = flow.page.fit(value, flow.size, flow.width - flow.margin - stop)
            flow.page.text(stop, flow.y, value, size)
            flow.y += flow.step()
        flow.gap(8)
    _boilerplate(flow, rng, rng.randint(2, 4), 4)
    flow.pair("出卖人（盖章）", "买受人（签字）")
    flow.room(flow.size * 2)
    stop = flow.margin + int(flow.inner * 0.3)
    flow.page.text(flow.margin, flow.y, "签订日期", flow.size)
    flow.page.text(stop, flow.y, _date(f["sign_date"], rng), flow.size)
    flow.y += flow.step()
    flow.stamp("合同专用章", dx=flow.inner * 0.08)
    return flow.images()


def p_tinted_folder(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed inside a coloured transparent document folder: the whole page seen
    through blue, red, green or yellow film that takes contrast from the print, the folder's
    welded edge and a soft sheen of the ceiling light across part of it."""
    render = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))
    (page, *_) = render(f, font, rng)
    film = np.array(
        rng.choice(((120, 170, 235), (235, 120, 120), (130, 210, 150), (240, 220, 110))), np.float32
    )
    pixels = np.asarray(page, np.float32)
    seen = pixels * (film / 255) * rng.uniform(0.75, 0.9) + film * rng.uniform(0.08, 0.16)
    frame = _on_plain(seen, rng, (30, 60), ((90, 85, 80), (170, 165, 160)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, np.pi)
    d = (xx - fw * rng.uniform(0.3, 0.7)) * np.cos(a) + (yy - fh * rng.uniform(0.3, 0.7)) * np.sin(a)
    sheen = rng.uniform(35, 70) * np.exp(-((d / rng.uniform(60, 140)) ** 2))
    out = frame + sheen[..., None]
    weld = rng.randint(20, 40)
    out[:, :weld] = out[:, :weld] * 0.8 + film * 0.2
    return [_to_image(_photographed(np.clip(out, 0, 255), (0.9, 1.02), (0.0, 0.1), rng))]


def p_three_pairs_per_row(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule printed without a table: three label：value pairs on every line at fixed
    thirds of the width, a long value pushing its neighbour to the next line of its own."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车辆保险单（正本）", 34)
    pairs = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("号牌号码", f"浙A{_digits(rng, 5)}"),
        ("车架号", f["vin"]),
        ("使用性质", "家庭自用"),
        ("核定座位", "5座"),
        ("起保日期", _date(f["start_date"], rng)),
        ("终保日期", _date(f["end_date"], rng)),
        ("签单日期", _date(f["start_date"], rng)),
        ("保费合计", _money(f["premium"], rng)),
        ("大写", _words(f["premium"])),
        ("第一受益人", f["first_beneficiary"]),
    ]
    third = flow.inner / 3
    col = 0
    s = flow.size - 2
    for label, value in pairs:
        text = f"{label}：{value}"
        span = (
            1
            if flow.page.width_of(text, s) < third - 16
            else (2 if flow.page.width_of(text, s) < 2 * third - 16 else 3)
        )
        if col + span > 3:
            flow.y += flow.step()
            col = 0
        flow.room(s * 2)
        x = flow.margin + col * third
        size = flow.page.fit(text, s, span * third - 16)
        flow.page.text(x, flow.y, text, size)
        col += span
        if col >= 3:
            flow.y += flow.step()
            col = 0
    if col:
        flow.y += flow.step()
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def i_projector_slide(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice projected on a meeting-room wall and photographed from a seat: the projector's
    keystone (wider at the top), soft focus, washed-out blacks from the room's light, bright in
    the middle and dim at the corners, on a grey wall."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    soft = cv2.GaussianBlur(np.asarray(page, np.float32), (0, 0), rng.uniform(0.8, 1.4))
    floor = rng.uniform(60, 95)
    pixels = (floor + soft * (250 - floor) / 255).astype(np.float32)
    h, w = pixels.shape[:2]
    m = int(w * rng.uniform(0.08, 0.14))
    wall = rng.uniform(45, 75)
    fw, fh = w + 2 * m, h + 2 * m
    squeeze = rng.uniform(0.06, 0.12) * w
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[m, m], [m + w, m], [m + w - squeeze, m + h], [m + squeeze, m + h]], np.float32)
    warp = cv2.warpPerspective(
        pixels,
        cv2.getPerspectiveTransform(src, dst),
        (fw, fh),
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(wall, wall, wall),
    )
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    r = ((xx - fw / 2) / fw) ** 2 + ((yy - fh / 2) / fh) ** 2
    out = (
        warp
        * (1 - rng.uniform(0.6, 1.0) * r)[..., None]
        * np.array((1.0, 0.98, rng.uniform(0.9, 1.0)), np.float32)
    )
    return [_to_image(_photographed(out, (0.95, 1.0), (0.0, 0.05), rng))]


def i_barrel_close_up(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice shot from close up with the phone's ultra-wide lens so the whole sheet fits:
    barrel distortion bows every line of print, most near the edges, the sheet's borders curving
    out past the frame at the corners."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(
        np.asarray(page, np.float32), rng, (10, 40), ((120, 100, 80), (200, 196, 188), (60, 62, 70))
    )
    fh, fw = frame.shape[:2]
    cx, cy = fw / 2 + rng.uniform(-0.05, 0.05) * fw, fh / 2 + rng.uniform(-0.05, 0.05) * fh
    norm = max(fw, fh) / 2
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    x, y = (xx - cx) / norm, (yy - cy) / norm
    bow = 1 + rng.uniform(0.1, 0.2) * (x * x + y * y)
    out = cv2.remap(
        frame, cx + x * bow * norm, cy + y * bow * norm, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return [_to_image(_photographed(out, (0.9, 1.02), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the fifty-sixth set (2026-12-06)
# Written before the fifty-fifth set was measured, so before any result of it was read.


def id_front_signed_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photocopy of the front on an A4 sheet that its owner signed across, as lenders ask: a
    handwritten-looking note beside the card (与原件一致 / 仅供购车贷款使用, the owner's name and the
    day it was signed) and a looping signature stroke running over a corner of the card."""
    card = render_front(f, font, rng, None).convert("L").convert("RGB")
    w, h = card.size
    sheet = Image.new("RGB", (int(w * 1.5), int(h * 2.2)), (246, 246, 244))
    x0, y0 = int(w * rng.uniform(0.08, 0.3)), int(h * rng.uniform(0.15, 0.35))
    sheet.paste(card, (x0, y0))
    draw = ImageDraw.Draw(sheet)
    pen = rng.choice(((25, 40, 120), (20, 20, 30)))
    size = rng.randint(30, 38)
    note_y = y0 + h + rng.randint(30, 70)
    signed = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    for k, text in enumerate(
        (
            rng.choice(("与原件一致", "此复印件与原件一致")),
            rng.choice(("仅供购车贷款使用", "仅用于汽车贷款申请", "再复印无效")),
            f"{f['name']}  {signed.year}.{signed.month}.{signed.day}",
        )
    ):
        draw.text(
            (x0 + rng.randint(-10, 30), note_y + k * int(size * 1.6)),
            text,
            font=load_font(font, size),
            fill=pen,
        )
    # The signature: a loose loop of strokes from below the card up over its lower right corner.
    t = np.linspace(0, 1, 200)
    sx = x0 + w * (0.55 + 0.45 * t) + 25 * np.sin(t * rng.uniform(14, 20))
    sy = y0 + h * (1.15 - 0.35 * t) + 18 * np.cos(t * rng.uniform(10, 16))
    draw.line(list(zip(sx.tolist(), sy.tolist(), strict=True)), fill=pen, width=rng.randint(2, 4))
    pixels = cv2.GaussianBlur(np.asarray(sheet, np.float32), (0, 0), rng.uniform(0.4, 0.8))
    frame = _on_plain(pixels, rng, (20, 50), ((120, 100, 80), (200, 196, 188)))
    return [_to_image(_photographed(frame, (0.9, 1.02), (0.0, 0.12), rng))]


def id_back_hdr_ghost(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed in the phone's HDR mode while the hand moved: two exposures merged a few
    pixels apart, every stroke doubled by a fainter copy of itself, the brighter frame's colours
    a little washed out."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((150, 140, 125), (70, 72, 80)))
    dx, dy = rng.uniform(3, 8) * rng.choice((-1, 1)), rng.uniform(1, 5) * rng.choice((-1, 1))
    moved = cv2.warpAffine(
        frame,
        np.array([[1, 0, dx], [0, 1, dy]], np.float32),
        frame.shape[1::-1],
        borderMode=cv2.BORDER_REPLICATE,
    )
    weight = rng.uniform(0.3, 0.42)
    bright = np.minimum(moved * rng.uniform(1.1, 1.25) + 10, 255)
    merged = frame * (1 - weight) + bright * weight
    return [_to_image(_photographed(merged, (0.95, 1.03), (0.0, 0.08), rng))]


def c_fingerprint_over_name(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the buyer signed and pressed with a red fingerprint over the name at the end, as
    Chinese contracts are (买受人（签字并按手印）：王伟 under a red whorl of ridges); the seller's
    seal over its own line beside it."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}")
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}    身份证号码：{f['buyer_id_number']}")
    flow.para(
        f"买受人向出卖人购买车辆一辆，车辆识别代号：{f['vin']}，车辆总价款为{_money(f['vehicle_price'], rng)}"
        f"（大写：{_words(f['vehicle_price'])}）。"
    )
    _boilerplate(flow, rng, rng.randint(3, 6), 1)
    flow.gap(24)
    flow.room(flow.size * 6)
    top = flow.y
    left = flow.page.text(flow.margin, top, "出卖人（盖章）：", flow.size)
    flow.page.text(flow.margin + flow.inner // 2, top, "买受人（签字并按手印）：", flow.size)
    name_x = flow.margin + flow.inner // 2 + flow.size * rng.uniform(1, 4)
    flow.page.text(name_x, top + flow.size * 1.8, f["buyer_name"], flow.size + 6, (30, 30, 60))
    flow.y = top + flow.size * 4
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=left - flow.margin, dy=-flow.size * 4)
    pages = flow.images()
    last = np.asarray(pages[-1], np.float32)
    rows, cols = last.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    cx, cy = name_x + flow.size * rng.uniform(0.5, 2.0), top + flow.size * rng.uniform(1.8, 2.6)
    a, b, turn = rng.uniform(30, 40), rng.uniform(40, 52), rng.uniform(-0.5, 0.5)
    u = ((xx - cx) * np.cos(turn) + (yy - cy) * np.sin(turn)) / a
    v = (-(xx - cx) * np.sin(turn) + (yy - cy) * np.cos(turn)) / b
    r = np.sqrt(u * u + v * v)
    ridges = 0.5 + 0.5 * np.cos(r * rng.uniform(22, 28) + 0.8 * np.arctan2(v, u))
    ink = (np.clip(1.15 - r, 0, 1) * ridges * rng.uniform(0.5, 0.75))[..., None]
    red = np.array((200, 30, 45), np.float32)
    pages[-1] = _to_image(last * (1 - ink) + last * ink * red / 255)
    return pages


def c_adaptive_threshold_app(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract "scanned" by a phone app's black-and-white document mode: the photo, shaded
    across the page, turned to pure black and white by a local threshold, which leaves blotches
    where the shading changes fast, breaks thin strokes and fills small counters."""
    render = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_numbered_clauses))
    out = []
    for page in render(f, font, rng):
        shot = _photographed(np.asarray(page, np.float32), (0.75, 0.95), (0.2, 0.45), rng)
        grey = np.clip(shot.mean(axis=2), 0, 255).astype(np.uint8)
        block = rng.choice((15, 21, 31, 41))
        bw = cv2.adaptiveThreshold(
            grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, rng.uniform(6, 14)
        )
        out.append(Image.fromarray(bw).convert("RGB"))
    return out


def p_pasted_in_message(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An agent's message with the policy's particulars pasted into it as one run of text, the
    fields separated by semicolons or bars, wrapped wherever the screen's width ran out, inside a
    value as readily as between two."""
    flow = Flow(
        font,
        rng,
        width=rng.randint(760, 900),
        height=rng.randint(640, 820),
        size=rng.randint(24, 28),
        margin=40,
    )
    sep = rng.choice(("；", "｜", "，", " | "))
    parts = [
        f"保险公司：{f['insurer']}",
        f"保单号：{f['policy_number']}",
        f"被保险人：{f['insured_name']}",
        f"车架号：{f['vin']}",
        f"保险期间：{_date(f['start_date'], rng)}至{_date(f['end_date'], rng)}",
        f"保费：{_money(f['premium'], rng)}",
        f"第一受益人：{f['first_beneficiary']}",
    ]
    flow.line(rng.choice(("您好，您的商业险保单信息如下：", "王经理：客户保单信息如下，请查收。")))
    flow.para(sep.join(parts) + "。", indent=False)
    flow.para("如需电子保单请回复邮箱地址，感谢支持！", indent=False)
    return flow.images()


def p_smudged_lens(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed with a fingerprint on the phone's lens: over part of the picture a
    milky glow, light smeared out of the paper into the print around it, the strokes low in
    contrast and soft, the rest sharp."""
    render = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))
    (page, *_) = render(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((90, 85, 80), (170, 165, 160)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    cx, cy = fw * rng.uniform(0.25, 0.75), fh * rng.uniform(0.25, 0.75)
    spread = rng.uniform(0.12, 0.22) * max(fw, fh)
    smear = np.exp(-(((xx - cx) ** 2 + ((yy - cy) * rng.uniform(0.6, 1.4)) ** 2) / (2 * spread**2)))
    amount = (smear * rng.uniform(0.35, 0.55))[..., None]
    glow = cv2.GaussianBlur(frame, (0, 0), rng.uniform(8, 16))
    soft = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.8, 1.3))
    hazy = soft * (1 - amount) + (glow * 0.7 + 255 * 0.3) * amount
    out = frame * (1 - smear[..., None]) + hazy * smear[..., None]
    return [_to_image(_photographed(out, (0.92, 1.02), (0.0, 0.08), rng))]


def i_specular_band(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A glossy invoice print photographed under a window: a bright band of reflected sky across
    the page, its middle near white, the print inside it faded to a faint trace."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((120, 100, 80), (70, 72, 80)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, np.pi)
    d = (xx - fw * rng.uniform(0.3, 0.7)) * np.cos(a) + (yy - fh * rng.uniform(0.3, 0.7)) * np.sin(a)
    band = np.clip(1.3 * np.exp(-((d / rng.uniform(30, 70)) ** 4)), 0, 1) * rng.uniform(0.7, 0.85)
    out = frame + (250 - frame) * band[..., None]
    return [_to_image(_photographed(out, (0.95, 1.02), (0.0, 0.08), rng))]


def i_value_stickers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed invoice form whose values were printed on white adhesive labels and stuck into
    its boxes by hand: each value on its own label, a little askew and off its box's centre, a
    thin shadow along the label's lower edge, the form's pale tint round it."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    tint = rng.choice(((236, 244, 236), (244, 238, 228), (232, 238, 246)))
    page = flow.page
    page.draw.rectangle((0, 0, flow.width, flow.height), fill=tint)
    page.text(flow.width / 2 - 180, flow.margin, "机动车销售统一发票", 36)
    rows = [
        (("发票代码", f["invoice_code"]), ("发票号码", f["invoice_number"])),
        (("开票日期", _date(f["issue_date"], rng)), ("机器编号", _digits(rng, 12))),
        (("购买方名称", f["buyer_name"]), ("身份证号码", f["buyer_id_number"])),
        (("厂牌型号", f["brand_model"]), ("发动机号码", f["engine_number"])),
        (("车辆识别代号", f["vin"]), ("价税合计（小写）", fig)),
        (("价税合计（大写）", words), ("纳税人识别号", _uscc(rng))),
        (("销货单位名称", f["seller_name"]), ("电话", f"0571-{_digits(rng, 8)}")),
    ]
    top, row_h = flow.margin + 70, int((flow.height - flow.margin - 120) / len(rows))
    half = flow.inner // 2
    label_w = int(half * 0.36)
    s = flow.size
    for r, row in enumerate(rows):
        y = top + r * row_h
        for c, (label, value) in enumerate(row):
            x = flow.margin + c * half
            page.draw.rectangle((x, y, x + half, y + row_h), outline=RULE, width=1)
            page.draw.line((x + label_w, y, x + label_w, y + row_h), fill=RULE, width=1)
            page.text(x + 6, y + (row_h - s) / 2, label, page.fit(label, s - 2, label_w - 12), (90, 60, 40))
            size = page.fit(value, s, half - label_w - 40)
            tw = int(page.width_of(value, size)) + 16
            sticker = Image.new("RGBA", (tw, size + 14), (255, 255, 255, 255))
            ImageDraw.Draw(sticker).text((8, 5), value, font=load_font(font, size), fill=(20, 20, 24, 255))
            sticker = sticker.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, expand=True)
            sx = x + label_w + 8 + rng.randint(0, max(1, half - label_w - tw - 24))
            sy = int(y + (row_h - sticker.height) / 2 + rng.randint(-4, 4))
            shadow = Image.new("RGBA", sticker.size, (0, 0, 0, 70))
            page.image.paste(shadow, (sx + 2, sy + 3), sticker)
            page.image.paste(sticker, (sx, sy), sticker)
    return flow.images()


# ---------------------------------------------------------------- the fifty-seventh set (2026-12-06)
# Written before the fifty-sixth set was measured, so before any result of it was read.


def id_front_rainbow_laminate(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front whose plastic lamination throws thin-film colours under a ceiling light: soft bands
    of shifting hue (magenta, green, gold) sweeping diagonally across the card, strongest near the
    light's reflection, the print under them tinted but whole."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((120, 100, 80), (60, 62, 70), (200, 196, 188)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    a = rng.uniform(0, np.pi)
    d = (xx * np.cos(a) + yy * np.sin(a)) / rng.uniform(60, 140)
    phase = d + 0.6 * np.sin(d * rng.uniform(0.3, 0.7))
    hue = np.stack([np.sin(phase + k * 2.1) for k in range(3)], axis=-1) * 0.5 + 0.5
    cx, cy = fw * rng.uniform(0.3, 0.7), fh * rng.uniform(0.3, 0.7)
    near = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (0.35 * max(fw, fh)) ** 2))[..., None]
    strength = rng.uniform(0.25, 0.4) * near
    colour = 255 * (0.55 + 0.45 * hue)
    out = frame * (1 - strength) + (frame * 0.5 + colour * 0.5) * strength
    return [_to_image(_photographed(out, (0.92, 1.03), (0.0, 0.1), rng))]


def id_back_punched_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back cancelled by a perforator as some offices mark a copy: a band of small round holes
    punched through the paper in rows, the dark desk showing through each, crossing the card
    wherever the clerk held it."""
    card = render_back(f, font, rng).convert("L").convert("RGB")
    w, h = card.size
    sheet = Image.new("RGB", (int(w * 1.3), int(h * 1.6)), (244, 243, 240))
    x0, y0 = int(w * rng.uniform(0.05, 0.25)), int(h * rng.uniform(0.1, 0.45))
    sheet.paste(card, (x0, y0))
    pixels = np.asarray(sheet, np.float32)
    ground = rng.choice(((60, 62, 70), (110, 90, 70), (30, 30, 34)))
    frame = _on_plain(pixels, rng, (20, 50), (ground,))
    fh, fw = frame.shape[:2]
    holes = Image.new("L", (fw, fh), 0)
    draw = ImageDraw.Draw(holes)
    pitch, r = rng.randint(14, 20), rng.uniform(2.5, 4.0)
    a = rng.uniform(-0.6, 0.6)
    cy = fh * rng.uniform(0.3, 0.7)
    rows = rng.randint(2, 4)
    for k in range(rows):
        for i in range(int(fw * 1.2 / pitch)):
            x = i * pitch
            y = cy + (k - rows / 2) * pitch + (x - fw / 2) * np.tan(a)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    mask = np.asarray(holes, np.float32)[..., None] / 255
    out = frame * (1 - mask) + np.array(ground, np.float32) * 0.8 * mask
    return [_to_image(_photographed(out, (0.92, 1.02), (0.0, 0.1), rng))]


def c_dot_leaders(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars are a list of labels each led by a row of dots to its value set
    flush against the right margin, as a printed form's contents page is."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))
    leader = rng.choice((".", "·", "…", "-"))
    rows = [
        ("合同编号", f["contract_number"]),
        (rng.choice(("出卖人（卖方）", "销售方", "出卖人")), f["seller_name"]),
        (rng.choice(("买受人（买方）", "购买方", "买受人")), f["buyer_name"]),
        ("买受人身份证号码", f["buyer_id_number"]),
        ("车辆识别代号（VIN）", f["vin"]),
        ("车辆总价款（人民币）", _money(f["vehicle_price"], rng)),
        ("签订日期", _date(f["sign_date"], rng)),
    ]
    rng.shuffle(rows[4:6])
    flow.line(rng.choice(("一、合同要素", "合同主要信息")), size=flow.size + 2)
    for label, value in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        vx = flow.width - flow.margin - flow.page.width_of(value, flow.size)
        fill = end + 8
        dot = flow.page.width_of(leader, flow.size) or 8
        n = max(0, int((vx - 8 - fill) / dot))
        flow.page.text(fill, flow.y, leader * n, flow.size, (110, 110, 110))
        flow.page.text(vx, flow.y, value, flow.size)
        flow.y += flow.step()
    flow.gap(12)
    _boilerplate(flow, rng, rng.randint(4, 7), 2)
    flow.gap(24)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def c_z_fold_panels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that came folded in a zig-zag to fit an envelope and was photographed half flat:
    the page in three or four horizontal panels, each tilted its own way so one is lit and the
    next in shade, a crease of light or shadow where they meet, the lines in each panel
    slanting a little differently."""
    render = rng.choice((c_table_classic, c_prose_articles, c_party_blocks, c_sell_buy_pairs))
    out = []
    for page in render(f, font, rng):
        arr = np.asarray(page, np.float32)
        ph, pw = arr.shape[:2]
        n = rng.choice((3, 4))
        cuts = [int(ph * k / n) for k in range(n + 1)]
        pieces = []
        for k in range(n):
            panel = arr[cuts[k] : cuts[k + 1]]
            hh = panel.shape[0]
            squeeze = rng.uniform(0.9, 0.97) if k % 2 else 1.0
            shear = rng.uniform(-0.015, 0.015)
            m = np.array([[1, shear, -shear * hh / 2], [0, squeeze, 0]], np.float32)
            warped = cv2.warpAffine(panel, m, (pw, hh), borderMode=cv2.BORDER_REPLICATE)
            warped = warped[: int(hh * squeeze)]
            light = rng.uniform(0.72, 0.85) if k % 2 else rng.uniform(0.95, 1.03)
            ramp = np.linspace(1.0, rng.uniform(0.9, 1.05), warped.shape[0], dtype=np.float32)
            pieces.append(warped * (light * ramp)[:, None, None])
        folded = np.concatenate(pieces, axis=0)
        y = 0
        for piece in pieces[:-1]:
            y += piece.shape[0]
            shade = rng.uniform(-60, 40)
            lo, hi = max(0, y - 3), min(folded.shape[0], y + 3)
            folded[lo:hi] = np.clip(folded[lo:hi] + shade, 0, 255)
        frame = _on_plain(folded, rng, (20, 50), ((120, 100, 80), (70, 72, 80)))
        out.append(_to_image(_photographed(frame, (0.95, 1.03), (0.0, 0.1), rng)))
    return out


def p_combined_roles(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that names roles together, as when the buyer is proposer, insured and owner at once
    (投保人/被保险人：王伟, 行驶证车主（被保险人）：), calls the insurer 承保公司 and the first
    beneficiary 赔款优先受偿人."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车商业保险保险单（电子）", "机动车辆商业保险保单")))
    insured = rng.choice(("投保人/被保险人", "被保险人/投保人", "行驶证车主（被保险人）", "投保人及被保险人"))
    rows = [
        (rng.choice(("承保公司", "保险人（承保机构）", "承保机构")), _branch(f["insurer"], rng)),
        (rng.choice(("保单号码", "保险单号")), f["policy_number"]),
        (insured, f["insured_name"]),
        (rng.choice(("车架号/VIN码", "车辆识别代号/车架号")), f["vin"]),
        ("保险期间", _period(f, rng)),
        (rng.choice(("应缴保费", "保费合计（人民币）")), _money(f["premium"], rng)),
        (rng.choice(("赔款优先受偿人", "第一受益人/优先受偿人")), f["first_beneficiary"]),
    ]
    for label, value in rows:
        flow.line(f"{label}：{value}")
    flow.gap(16)
    flow.para("特别约定：本保单项下发生保险事故，保险赔款超过人民币一万元的，优先支付给赔款优先受偿人。")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_reduced_two_up(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A two-page policy printed two pages to a landscape sheet to save paper and photographed:
    each page at a little over half size, the schedule on the left, the terms that continue it on
    the right, a thin gutter between."""
    pages = p_multi_page(f, font, rng)
    while len(pages) < 2:
        pages.append(Image.new("RGB", pages[0].size, (252, 251, 247)))
    left, right = pages[0], pages[1]
    scale = rng.uniform(0.55, 0.68)
    size = (int(left.width * scale), int(left.height * scale))
    gutter = rng.randint(20, 50)
    sheet = Image.new("RGB", (2 * size[0] + 3 * gutter, size[1] + 2 * gutter), (250, 250, 248))
    sheet.paste(left.resize(size, Image.Resampling.LANCZOS), (gutter, gutter))
    sheet.paste(right.resize(size, Image.Resampling.LANCZOS), (2 * gutter + size[0], gutter))
    frame = _on_plain(np.asarray(sheet, np.float32), rng, (20, 50), ((120, 100, 80), (70, 72, 80)))
    return [_to_image(_photographed(frame, (0.9, 1.02), (0.0, 0.12), rng))]


def i_mixed_fonts(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose values were filled in by a program that picked a different face and size
    for each box (a bold name, a serif amount, a rounded code) over labels in the form's own."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    page = flow.page
    faces = available_fonts()
    page.text(flow.width / 2 - 180, flow.margin, "机动车销售统一发票", 36)
    rows = [
        ("发票代码", f["invoice_code"], "发票号码", f["invoice_number"]),
        ("开票日期", _date(f["issue_date"], rng), "机器编号", _digits(rng, 12)),
        ("购买方名称", f["buyer_name"], "身份证号码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"], "发动机号码", f["engine_number"]),
        ("车辆识别代号", f["vin"], "价税合计（小写）", fig),
        ("价税合计（大写）", words, "电话", f"0571-{_digits(rng, 8)}"),
        ("销货单位名称", f["seller_name"], "纳税人识别号", _uscc(rng)),
    ]
    top = flow.margin + 70
    row_h = int((flow.height - flow.margin - 120) / len(rows))
    half = flow.inner // 2
    label_w = int(half * 0.36)
    for r, (l1, v1, l2, v2) in enumerate(rows):
        y = top + r * row_h
        for c, (label, value) in enumerate(((l1, v1), (l2, v2))):
            x = flow.margin + c * half
            page.draw.rectangle((x, y, x + half, y + row_h), outline=RULE, width=1)
            page.text(x + 6, y + (row_h - flow.size) / 2, label, page.fit(label, flow.size - 2, label_w - 12))
            face = rng.choice(faces)
            size = rng.randint(flow.size - 2, flow.size + 6)
            face_font = load_font(face, size)
            while size > 12 and page.draw.textlength(value, font=face_font) > half - label_w - 16:
                size -= 1
                face_font = load_font(face, size)
            page.draw.text(
                (x + label_w + rng.randint(0, 10), y + (row_h - size) / 2 + rng.randint(-3, 3)),
                value,
                font=face_font,
                fill=rng.choice(((20, 20, 24), (30, 30, 90), (60, 20, 20))),
            )
    return flow.images()


def i_humidity_ripple(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice that took on damp and dried in waves, photographed lying loose on a desk: the
    paper rippled in long soft undulations both ways, each crest lit and each trough shaded, the
    lines of print swaying with it."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (20, 50), ((120, 100, 80), (200, 196, 188)))
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    lx, ly = rng.uniform(180, 320), rng.uniform(200, 360)
    ax, ay = rng.uniform(3, 7), rng.uniform(3, 7)
    px, py = rng.uniform(0, 2 * np.pi), rng.uniform(0, 2 * np.pi)
    wave = np.sin(2 * np.pi * xx / lx + px) * np.cos(2 * np.pi * yy / ly + py)
    map_x = xx + ax * np.sin(2 * np.pi * yy / ly + py)
    map_y = yy + ay * wave
    out = cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    slope = np.cos(2 * np.pi * xx / lx + px) * np.cos(2 * np.pi * yy / ly + py)
    out = out * (1 + rng.uniform(0.08, 0.16) * slope)[..., None]
    return [_to_image(_photographed(out, (0.92, 1.02), (0.0, 0.1), rng))]


# ---------------------------------------------------------------- the fifty-eighth set (2026-12-06)
# Written before the fifty-seventh set was measured, so before any result of it was read.


def id_front_crumpled_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A grey photocopy of the front that spent a week in a pocket and was smoothed out on a desk:
    the sheet bent between creases, each crease a bright and a dark line, the card's print
    wandering with the paper."""
    card = render_front(f, font, rng, None).convert("L").convert("RGB")
    w, h = card.size
    sheet = Image.new("RGB", (int(w * 1.35), int(h * 1.7)), (240, 240, 237))
    sheet.paste(card, (int(w * rng.uniform(0.05, 0.3)), int(h * rng.uniform(0.1, 0.6))))
    crumpled = np.asarray(_crumple(sheet, rng, (110, 180), (3, 7)), np.float32)
    frame = _on_plain(crumpled, rng, (20, 50), ((120, 100, 80), (70, 72, 80)))
    return [_to_image(_photographed(frame, (0.9, 1.02), (0.0, 0.12), rng))]


def id_back_webcam_capture(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back held up to a counter's cheap webcam: a 640x480 frame with the card filling half of
    it, bowed by the lens and dark at the corners, soft, and saved at a low JPEG quality."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (150, 260), ((90, 85, 80), (150, 140, 125)))
    page = _wide_angle(_to_image(frame), rng).resize((640, 480), Image.Resampling.BILINEAR)
    soft = cv2.GaussianBlur(np.asarray(page, np.float32), (0, 0), rng.uniform(0.5, 0.9))
    buf = io.BytesIO()
    _to_image(_photographed(soft, (0.85, 1.0), (0.0, 0.1), rng)).save(
        buf, "JPEG", quality=rng.randint(30, 50)
    )
    return [Image.open(io.BytesIO(buf.getvalue())).convert("RGB")]


def c_fullwidth_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer's old billing system that prints every digit and Latin letter in
    its full-width form (ＬＦＶ２Ａ…, ２０２５年), so each value is twice as wide as usual and its
    characters stand apart."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同书")))
    flow.line(f"合同编号：{_wide(f['contract_number'])}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{_wide(f['buyer_id_number'])}")
    flow.line(f"车辆识别代号：{_wide(f['vin'])}")
    flow.para(
        f"车辆价款合计人民币{_wide(_money(f['vehicle_price'], rng))}（大写：{_words(f['vehicle_price'])}），"
        "买受人于提车前付清。"
    )
    _boilerplate(flow, rng, rng.randint(3, 6), 1)
    flow.gap(20)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签订日期：{_wide(_date(f['sign_date'], rng))}")
    return flow.images()


def c_overprint_off_register(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's pre-printed contract form filled on a second printer pass that was fed off
    register: every value lands half a line low and to one side of its blank, across the rule
    under it and sometimes into the next label, in a different ink from the form."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    page, s = flow.page, flow.size
    rows = [
        ("合同编号", f["contract_number"]),
        ("出卖人（甲方）", f["seller_name"]),
        ("买受人（乙方）", f["buyer_name"]),
        ("买受人身份证号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("车辆价款", _money(f["vehicle_price"], rng)),
        ("签订日期", _date(f["sign_date"], rng)),
    ]
    label_w = int(flow.inner * rng.uniform(0.3, 0.36))
    rh = int(s * rng.uniform(2.2, 2.6))
    top = int(flow.y)
    for k, (label, _) in enumerate(rows):
        y = top + k * rh
        page.text(flow.margin, y + (rh - s) / 2, label + "：", s, (110, 60, 40))
        page.draw.line((flow.margin + label_w, y + rh - 6, flow.width - flow.margin, y + rh - 6), RULE, 1)
    dx, dy = rng.uniform(-50, 40), rng.uniform(0.3, 0.55) * rh
    ink = rng.choice(((25, 30, 110), (20, 20, 20), (60, 25, 80)))
    for k, (_, value) in enumerate(rows):
        size = page.fit(value, s, flow.width - flow.margin - label_w - flow.margin - 20)
        page.text(flow.margin + label_w + 10 + dx, top + k * rh + (rh - size) / 2 + dy, value, size, ink)
    flow.y = top + len(rows) * rh + rh
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    return flow.images()


def p_traditional_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed from a template in traditional characters (被保險人, 保險期間, 保險費合計,
    第一受益人, 車輛識別代號, 保險人); the values as the insurer's system holds them."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("機動車商業保險保險單", "機動車輛保險單")), 36)
    flow.pair(f"保險單號：{f['policy_number']}", f"簽單日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.24, 0.3, 0.18, 0.28],
        [
            [("被保險人", 1), (f["insured_name"], 1), ("號牌號碼", 1), ("浙A" + _digits(rng, 5), 1)],
            [("車輛識別代號", 1), (f["vin"], 1), ("發動機號", 1), (_engine(rng), 1)],
            [("保險期間", 1), (_period(f, rng), 3)],
            [("保險費合計", 1), (_words(f["premium"]), 1), ("小寫", 1), (_money(f["premium"], rng), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 3)],
        ],
    )
    flow.para("特別約定：本保單在保險期間內發生保險事故，賠款優先支付給第一受益人。")
    flow.line(f"保險人：{_branch(f['insurer'], rng)}")
    flow.stamp("保險合同專用章", dx=flow.inner * 0.6)
    return flow.images()


def p_phone_silhouette(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A glossy policy photographed from straight above under a bright ceiling: the dark shape of
    the phone and the hand holding it mirrored in the gloss over the middle of the page, the print
    under it lower in contrast, a pale halo of the ceiling light round it."""
    render = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))
    (page, *_) = render(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((90, 85, 80), (170, 165, 160)))
    fh, fw = frame.shape[:2]
    shape = Image.new("L", (fw, fh), 0)
    draw = ImageDraw.Draw(shape)
    cx, cy = fw * rng.uniform(0.35, 0.65), fh * rng.uniform(0.35, 0.6)
    pw, ph = fw * rng.uniform(0.18, 0.26), fh * rng.uniform(0.2, 0.3)
    draw.rounded_rectangle(
        (cx - pw / 2, cy - ph / 2, cx + pw / 2, cy + ph / 2), radius=int(pw * 0.12), fill=255
    )
    draw.ellipse((cx - pw * 0.7, cy + ph * 0.25, cx + pw * 0.5, cy + ph * 0.95), fill=200)  # the hand
    mask = (
        np.asarray(shape.filter(ImageFilter.GaussianBlur(rng.uniform(14, 26))), np.float32)[..., None] / 255
    )
    halo = cv2.GaussianBlur(np.asarray(shape, np.float32), (0, 0), 80)[..., None] / 255
    dark = rng.uniform(0.35, 0.5)
    out = frame * (1 - mask * dark) + 255 * np.clip(halo - mask, 0, 1) * rng.uniform(0.15, 0.3)
    return [_to_image(_photographed(out, (0.92, 1.02), (0.0, 0.08), rng))]


def i_upside_down(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed from across the dealer's desk, upside down and a little turned,
    the light falling off toward the photographer's side."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above, i_compact))(f, font, rng)
    frame = _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((120, 100, 80), (70, 72, 80)))
    turned = _to_image(frame).rotate(
        180 + rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(100, 90, 80)
    )
    return [_to_image(_photographed(np.asarray(turned, np.float32), (0.9, 1.02), (0.05, 0.2), rng))]


def i_spaced_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printer set to spread every value across its box: a space between each two
    characters of the codes, the VIN, the ID number, the names and the amounts."""
    words, fig = _total(f, rng)

    def spread(value: str) -> str:
        return (" " * rng.choice((1, 1, 2))).join(value)

    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [
                ("购买方名称", 1),
                (spread(f["buyer_name"]), 1),
                ("身份证号码", 1),
                (spread(f["buyer_id_number"]), 1),
            ],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (spread(f["engine_number"]), 1)],
            [("车辆识别代号", 1), (spread(f["vin"]), 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (spread(fig), 1)],
            [("销货单位名称", 1), (spread(f["seller_name"]), 3)],
        ],
        row_h=rng.randint(52, 60),
    )
    return flow.images()


# ---------------------------------------------------------------- the fifty-ninth set (2026-12-06)
# Written before the fifty-eighth set was measured, so before any result of it was read.


def id_front_a4_flatbed_scan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front laid on an office flatbed and scanned as a whole A4 page at a low resolution: the
    card small and a little crooked near one corner of a white page, the lid's grey edge down one
    side, the scan soft and saved as a JPEG."""
    dpi = rng.uniform(130, 200)
    card = render_front(f, font, rng, None)
    scale = 85.6 / 25.4 * dpi / card.width
    card = card.resize((round(card.width * scale), round(card.height * scale)), Image.Resampling.LANCZOS)
    card = card.convert("RGBA").rotate(rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True)
    pw, ph = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    page = Image.new("RGB", (pw, ph), (rng.randint(244, 252),) * 3)
    x = rng.choice((rng.randint(10, 60), pw - card.width - rng.randint(10, 60)))
    y = rng.choice((rng.randint(10, 80), rng.randint(ph // 3, ph // 2)))
    page.paste(card, (x, y), card)
    draw = ImageDraw.Draw(page)
    edge = rng.randint(6, 18)
    side = rng.choice((0, pw - edge))
    draw.rectangle((side, 0, side + edge, ph), fill=(rng.randint(120, 170),) * 3)
    soft = cv2.GaussianBlur(np.asarray(page, np.float32), (0, 0), rng.uniform(0.4, 0.8))
    buf = io.BytesIO()
    _to_image(soft).save(buf, "JPEG", quality=rng.randint(55, 80))
    return [Image.open(io.BytesIO(buf.getvalue())).convert("RGB")]


def id_back_app_card_view(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A screenshot of a wallet app showing the back as a saved card: the status bar, the app's
    title, the card across the screen's width, and under it the app's own rows (the kind of
    document, its state, when it was last shown, with a date of its own) and two buttons."""
    card = render_back(f, font, rng)
    sw = rng.randint(1000, 1170)
    side = rng.randint(30, 60)
    card = card.resize((sw - 2 * side, round(card.height * (sw - 2 * side) / card.width)))
    sh = round(sw * rng.uniform(2.05, 2.2))
    dark = rng.random() < 0.3
    ground, ink = ((20, 20, 22), (235, 235, 235)) if dark else ((244, 245, 248), (30, 30, 34))
    screen = Image.new("RGB", (sw, sh), ground)
    draw = ImageDraw.Draw(screen)
    small, big = load_font(font, 30), load_font(font, 40)
    draw.text((40, 18), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", font=small, fill=ink)
    draw.text((sw - 140, 18), f"{rng.randint(12, 99)}%", font=small, fill=ink)
    draw.text((sw / 2 - 80, 110), rng.choice(("证件详情", "我的证件", "电子卡包")), font=big, fill=ink)
    top = rng.randint(220, 300)
    screen.paste(card, (side, top))
    y = top + card.height + 60
    shown = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    rows = [
        ("证件类型", "居民身份证"),
        ("证件状态", rng.choice(("正常", "已认证"))),
        ("最近使用", rng.choice((shown.isoformat(), f"{shown.year}年{shown.month}月{shown.day}日"))),
    ]
    for label, value in rows:
        draw.text((side + 10, y), label, font=small, fill=ink)
        draw.text((sw - side - 10 - draw.textlength(value, font=small), y), value, font=small, fill=ink)
        draw.line((side, y + 60, sw - side, y + 60), fill=(200, 200, 205) if not dark else (60, 60, 64))
        y += 90
    y += 40
    for i, word in enumerate(("出示证件", "保存到相册")):
        x0 = side + i * (sw - 2 * side) // 2 + 10
        draw.rounded_rectangle((x0, y, x0 + (sw - 2 * side) // 2 - 20, y + 90), 20, fill=(40, 110, 220))
        draw.text((x0 + 60, y + 25), word, font=small, fill=(255, 255, 255))
    return [screen]


def c_bracketed_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose every label stands in square brackets with no colon after it (【出卖人】
    …, 〔买受人〕…, ［车辆识别代号］…), the value right after the bracket; the same bracket
    style through the document."""
    left, right = rng.choice((("【", "】"), ("〔", "〕"), ("［", "］"), ("[", "]")))

    def b(label: str, value: str) -> str:
        return f"{left}{label}{right}{rng.choice(('', ' ', '  '))}{value}"

    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车买卖合同", "新车销售合同")))
    flow.line(b("合同编号", f["contract_number"]), right=rng.random() < 0.5)
    flow.line(b(rng.choice(("出卖人", "卖方", "销售方")), f["seller_name"]))
    flow.line(b(rng.choice(("买受人", "买方", "购买方")), f["buyer_name"]))
    flow.line(b(rng.choice(("身份证号码", "证件号码")), f["buyer_id_number"]))
    flow.line(b(rng.choice(("车辆识别代号", "车架号")), f["vin"]))
    flow.line(b("车辆价款", f"{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）"))
    _boilerplate(flow, rng, rng.randint(3, 6), 1)
    flow.gap(20)
    flow.pair(f"{left}出卖人盖章{right}", f"{left}买受人签字{right}")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(b(rng.choice(("签订日期", "签约日期")), _date(f["sign_date"], rng)))
    return flow.images()


def c_laptop_scrolls(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract open in a PDF viewer on a laptop, zoomed to the page's width, photographed from
    the chair once per screenful while scrolling down: each photo a slanted view of the screen
    with the viewer's toolbar, part of a page (the screenfuls overlap a little, a page break may
    fall inside one), the screen's moiré and the dark bezel round it."""
    render = rng.choice((c_table_classic, c_prose_articles, c_sales_party, c_party_blocks, c_inline))
    pages = render(f, font, rng)
    zoom = rng.uniform(1.15, 1.35)
    width = round(pages[0].width * zoom)
    gap = 24
    tall = Image.new("RGB", (width + 80, sum(round(p.height * zoom) + gap for p in pages)), (82, 86, 92))
    y = 0
    for p in pages:
        tall.paste(p.resize((width, round(p.height * zoom)), Image.Resampling.BILINEAR), (40, y))
        y += round(p.height * zoom) + gap
    view = round((width + 80) * rng.uniform(0.56, 0.62))
    step = round(view * rng.uniform(0.8, 0.88))
    shots = []
    for top in range(0, max(tall.height - view, 0) + step, step):
        window = tall.crop((0, top, tall.width, min(top + view, tall.height)))
        screen = Image.new("RGB", (tall.width, view + 56), (50, 52, 56))
        draw = ImageDraw.Draw(screen)
        draw.text((20, 14), "合同.pdf", font=load_font(font, 24), fill=(230, 230, 230))
        draw.text(
            (tall.width - 260, 14), f"{round(zoom * 100)}%", font=load_font(font, 24), fill=(230, 230, 230)
        )
        screen.paste(window, (0, 56))
        arr = np.asarray(screen, np.float32)
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        u = xx * np.cos(np.radians(rng.uniform(-15, 15))) + yy * np.sin(np.radians(rng.uniform(-15, 15)))
        arr = (
            arr
            * (1 - rng.uniform(0.06, 0.14) * (0.5 + 0.5 * np.sin(2 * np.pi * u / rng.uniform(8, 18))))[
                ..., None
            ]
        )
        arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.5, 0.9))
        bezel = rng.randint(30, 60)
        framed = np.full((h + 2 * bezel, w + 2 * bezel, 3), rng.randint(10, 30), np.float32)
        framed[bezel : bezel + h, bezel : bezel + w] = arr
        shots.append(
            _to_image(
                _photographed(
                    np.asarray(_keystone(_to_image(framed), rng), np.float32), (0.9, 1.0), (0.0, 0.1), rng
                )
            )
        )
    return shots


def p_over_other_papers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed lying on the buyer's other papers: the top of the car's invoice (its
    header, numbers, date and amount) sticks out above or beside the policy in the same photo."""
    (page, *_) = rng.choice((p_table_classic, p_kv_list, p_header_grid))(f, font, rng)
    other = random_fields("vehicle_invoice", random.Random(rng.randrange(2**32)))
    (under,) = rng.choice((i_classic, i_taxpayer_id, i_compact))(other, font, rng)
    under = under.resize((round(page.width * 1.05), round(under.height * page.width * 1.05 / under.width)))
    show = round(under.height * rng.uniform(0.25, 0.4))
    desk = Image.new(
        "RGB", (page.width + 300, page.height + show + 160), rng.choice(((120, 100, 80), (70, 72, 80)))
    )
    turned = under.convert("RGBA").rotate(rng.uniform(-5, 5), Image.Resampling.BICUBIC, expand=True)
    desk.paste(turned, (rng.randint(60, 200), 40), turned)
    shadow = Image.new("RGBA", page.size, (0, 0, 0, 90))
    x, y = rng.randint(90, 200), 60 + show
    desk.paste(shadow, (x + 8, y + 10), shadow)
    front = page.convert("RGBA").rotate(rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True)
    desk.paste(front, (x, y), front)
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.9, 1.02), (0.0, 0.12), rng))]


def p_oblique_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy template that prints every value in a slanted (oblique) face beside upright
    labels: the values lean forward by ten to eighteen degrees."""
    flow = _policy_flow(font, rng)
    page, s = flow.page, flow.size
    lean = np.tan(np.radians(rng.uniform(10, 18)))

    def oblique(x: float, y: float, text: str, size: int) -> None:
        w = round(page.width_of(text, size)) + size
        layer = Image.new("L", (w + size, size * 2), 0)
        ImageDraw.Draw(layer).text((size // 2, size // 3), text, font=load_font(font, size), fill=255)
        # x' = x + lean * (h - y): the foot stays, the top moves right.
        h = layer.height
        slanted = layer.transform(
            layer.size, Image.Transform.AFFINE, (1, lean, -lean * h, 0, 1, 0), Image.Resampling.BICUBIC
        )
        page.image.paste((25, 25, 30), (round(x - size // 2), round(y - size // 3)), slanted)

    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单（正本）")), 36)
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计", f"{_money(f['premium'], rng)}（{_words(f['premium'])}）"),
        ("第一受益人", f["first_beneficiary"]),
    ]
    label_w = page.width_of("车辆识别代号：", s) + 20
    for label, value in rows:
        page.text(flow.margin, flow.y, label + "：", s)
        size = page.fit(value, s, flow.inner - label_w - s)
        oblique(flow.margin + label_w, flow.y, value, size)
        flow.y += flow.step()
    flow.gap(20)
    flow.para("特别约定：本保单项下发生保险事故，赔款优先支付给第一受益人。")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_selected_in_viewer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A screenshot of the invoice open in a PDF viewer with part of its text selected: the
    viewer's toolbar above (the file's name, the page count, the zoom), a band of rows tinted the
    selection's blue, the text cursor left over the page."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above))(f, font, rng)
    arr = np.asarray(page, np.float32).copy()
    h, w = arr.shape[:2]
    inked = np.flatnonzero((arr.mean(axis=2) < 150).sum(axis=1))
    first, last = int(inked[0]), int(inked[-1])
    y0 = rng.randint(first + (last - first) // 5, first + (last - first) // 2)
    y1 = min(last + 10, y0 + rng.randint((last - first) // 4, (last - first) // 2))
    blue = np.array(rng.choice(((170, 205, 250), (180, 215, 255), (150, 190, 245))), np.float32) / 255
    x0 = rng.randint(int(w * 0.1), int(w * 0.5))
    arr[y0 : y0 + 34, x0:] *= blue
    arr[y0 + 34 : y1 - 34] *= blue
    arr[y1 - 34 : y1, : rng.randint(int(w * 0.3), int(w * 0.9))] *= blue
    view = Image.new("RGB", (w + 160, h + 160), (rng.randint(60, 90),) * 3)
    view.paste(_to_image(arr), (80, 110))
    draw = ImageDraw.Draw(view)
    draw.rectangle((0, 0, view.width, 70), fill=(rng.randint(225, 245),) * 3)
    small = load_font(font, 24)
    draw.text((20, 22), f"发票{_digits(rng, 8)}.pdf", font=small, fill=(30, 30, 30))
    draw.text((view.width // 2 - 30, 22), "1 / 1", font=small, fill=(30, 30, 30))
    draw.text((view.width - 160, 22), f"{rng.choice((100, 110, 125, 150))}%", font=small, fill=(30, 30, 30))
    cx, cy = rng.randint(100, w), rng.randint(130, h + 80)
    draw.line((cx, cy, cx, cy + 30), fill=(0, 0, 0), width=2)
    draw.line((cx - 6, cy, cx + 6, cy), fill=(0, 0, 0), width=2)
    draw.line((cx - 6, cy + 30, cx + 6, cy + 30), fill=(0, 0, 0), width=2)
    return [view]


def i_page_break_split(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed from a web portal onto two portrait pages: the browser broke the page
    between two rows of the form, so its top half is on the first sheet and the rest on the
    second, each sheet with the browser's header (the print date and time, the page's title) and
    footer (the address, "1/2")."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    ink = (np.asarray(page.convert("L")) < 150).sum(axis=1)
    inked = np.flatnonzero(ink)
    first, last = int(inked[0]), int(inked[-1])
    lo, hi = first + int((last - first) * 0.4), first + int((last - first) * 0.65)
    cut = lo + int(np.argmin(ink[lo:hi]))
    halves = [page.crop((0, 0, page.width, cut)), page.crop((0, cut, page.width, page.height))]
    printed = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    clock = f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}"
    stamp = rng.choice(
        (f"{printed.isoformat()} {clock}", f"{printed.year}/{printed.month}/{printed.day} {clock}")
    )
    sheets = []
    for i, half in enumerate(halves):
        sheet = Image.new("RGB", (page.width + 120, round((page.width + 120) * 1.414)), (255, 255, 255))
        draw = ImageDraw.Draw(sheet)
        small = load_font(font, 18)
        draw.text((40, 20), stamp, font=small, fill=(60, 60, 60))
        draw.text((sheet.width // 2 - 90, 20), "发票查询结果", font=small, fill=(60, 60, 60))
        sheet.paste(half, (60, 70))
        draw.text(
            (40, sheet.height - 40),
            f"https://fp.example.cn/view?id={_digits(rng, 12)}",
            font=small,
            fill=(60, 60, 60),
        )
        draw.text((sheet.width - 90, sheet.height - 40), f"{i + 1}/2", font=small, fill=(60, 60, 60))
        sheets.append(sheet)
    return sheets


# ---------------------------------------------------------------- the sixtieth set (2026-12-06)
# Written before the fifty-ninth set was measured, so before any result of it was read.


def id_front_cling_film(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front kept wrapped in kitchen cling film and photographed in it: the film's wrinkles
    wander across the card as thin bright curves where they catch the light, a faint haze over all
    of it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    haze = rng.uniform(0.06, 0.14)
    out = card * (1 - haze) + 255 * haze
    sheen = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(sheen)
    for _ in range(rng.randint(8, 16)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        heading = rng.uniform(0, 2 * np.pi)
        points = [(x, y)]
        for _ in range(rng.randint(6, 14)):
            heading += rng.uniform(-0.5, 0.5)
            x, y = x + 40 * np.cos(heading), y + 40 * np.sin(heading)
            points.append((x, y))
        draw.line(points, fill=rng.randint(120, 230), width=rng.randint(2, 5))
    glint = (
        np.asarray(sheen.filter(ImageFilter.GaussianBlur(rng.uniform(1.5, 3))), np.float32)[..., None] / 255
    )
    out = out * (1 - glint * 0.7) + 255 * glint * 0.7
    frame = _on_plain(out, rng, (30, 70), ((120, 100, 80), (70, 72, 80), (190, 185, 175)))
    return [_to_image(_photographed(frame, (0.9, 1.02), (0.0, 0.12), rng))]


def id_back_wrong_auto_crop(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back put through a scanning app whose edge finder took the wrong four corners (a mark on
    the table for one of the card's): the "flattened" result shows the card as a skewed
    four-sided shape, squeezed toward the wrong corner, with the table in the wedge it left."""
    card = render_back(f, font, rng)
    w, h = card.size
    frame = Image.new("RGB", (int(w * 1.4), int(h * 1.6)), rng.choice(((150, 120, 90), (95, 95, 100))))
    x0, y0 = int(w * 0.2), int(h * 0.3)
    frame.paste(card, (x0, y0))
    # The app's quad: the card's corners, give or take, one of them pushed out onto the table.
    quad: list[tuple[float, float]] = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    wrong = rng.randrange(4)
    out_x, out_y = (-1, 1, 1, -1)[wrong], (-1, -1, 1, 1)[wrong]
    qx, qy = quad[wrong]
    quad[wrong] = (qx + out_x * w * rng.uniform(0.1, 0.18), qy + out_y * h * rng.uniform(0.12, 0.25))
    quad = [(x + rng.uniform(-8, 8), y + rng.uniform(-8, 8)) for x, y in quad]
    src = np.array(quad, np.float32)
    dst = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    flat = cv2.warpPerspective(
        np.asarray(frame), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(200, 200, 200)
    )
    return [Image.fromarray(flat)]


def c_synonym_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer group's own template that names every field its own way: 经销商
    for the seller, 购车人 for the buyer, 公民身份号码 (the card's own term), 车架号码, 购车总价,
    签署日期."""
    flow = _contract_flow(font, rng, rng.choice(("车辆购买协议", "购车协议书", "汽车购销协议")))
    flow.line(f"协议编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"{rng.choice(('经销商', '经销单位', '售车单位'))}：{f['seller_name']}")
    flow.line(f"{rng.choice(('购车人', '购车客户', '客户姓名'))}：{f['buyer_name']}")
    flow.line(f"{rng.choice(('公民身份号码', '证件号', '有效证件号码'))}：{f['buyer_id_number']}")
    flow.line(f"{rng.choice(('车架号码', '车架号（VIN）', '底盘号'))}：{f['vin']}")
    flow.line(f"{rng.choice(('购车总价', '协议价格', '整车价格'))}：{_money(f['vehicle_price'], rng)}")
    flow.line(f"大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(3, 5), 1)
    flow.gap(20)
    flow.pair("经销商（盖章）：", "购车人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"{rng.choice(('签署日期', '协议日期', '日期'))}：{_date(f['sign_date'], rng)}")
    return flow.images()


def c_toner_gap(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a laser printer whose drum has a worn band: one or two vertical stripes down
    every page where the toner barely took, the print inside them a pale grey, crossing the values
    that lie under them."""
    render = rng.choice((c_table_classic, c_prose_articles, c_sales_party, c_party_blocks, c_inline))
    pages = []
    bands = [(rng.uniform(0.15, 0.85), rng.uniform(8, 22)) for _ in range(rng.randint(1, 2))]
    for page in render(f, font, rng):
        arr = np.asarray(page, np.float32)
        w = arr.shape[1]
        xx = np.arange(w, dtype=np.float32)
        fade = np.zeros(w, np.float32)
        for at, width in bands:
            fade = np.maximum(fade, np.exp(-(((xx - at * w) / width) ** 2)))
        keep = 1 - rng.uniform(0.6, 0.8) * fade  # how much of the ink is left
        paper = arr.max(axis=(0, 1), keepdims=True)
        pages.append(_to_image(paper - (paper - arr) * keep[None, :, None]))
    return pages


def p_synonym_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy from a regional insurer's template with its own words for every field: 保单号码,
    被保人, 投保车辆车架号, 保障期限, 总保费, 优先受偿方, 承保公司."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车辆商业保险保单", "车险电子保单")), 34)
    flow.table(
        [0.3, 0.7],
        [
            [(rng.choice(("保单号码", "保单编号")), 1), (f["policy_number"], 1)],
            [(rng.choice(("被保人", "被保险人名称")), 1), (f["insured_name"], 1)],
            [(rng.choice(("投保车辆车架号", "车架号码")), 1), (f["vin"], 1)],
            [(rng.choice(("保障期限", "保险有效期")), 1), (_period(f, rng), 1)],
            [
                (rng.choice(("总保费", "应缴保费")), 1),
                (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1),
            ],
            [(rng.choice(("优先受偿方", "优先受偿人")), 1), (f["first_beneficiary"], 1)],
            [(rng.choice(("承保公司", "承保机构")), 1), (_branch(f["insurer"], rng), 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.para("温馨提示：请核对保单信息，如有疑问请致电客服。")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_microtext_background(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed on security paper whose background is lines of tiny repeated text (the
    insurer's name and 保单专用 over and over) in a pale tint, under the whole form."""
    render = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))
    (page, *rest) = render(f, font, rng)
    w, h = page.size
    ground = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(ground)
    size = rng.randint(7, 10)
    small = load_font(font, size)
    motto = (f["insurer"] + rng.choice(("保单专用", "防伪底纹", "POLICY"))) * 12
    tint = rng.choice(((205, 220, 235), (225, 210, 220), (210, 230, 210)))
    for y in range(0, h, size + rng.randint(1, 3)):
        draw.text((-(y * 7) % (size * 9), y), motto, font=small, fill=tint)
    arr = np.minimum(np.asarray(page, np.float32), np.asarray(ground, np.float32))
    return [_to_image(arr), *rest]


def i_fanned_copies(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The invoice's parts (发票联, 抵扣联, 报税联) photographed fanned out on the desk: the top
    copy whole, the edges of the copies under it showing below and to the side with the same
    print, each on its own tint."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_compact))(f, font, rng)
    w, h = page.size
    desk = Image.new("RGB", (w + 260, h + 260), rng.choice(((120, 100, 80), (70, 72, 80))))
    tints = [(255, 255, 255), (235, 245, 235), (250, 235, 235)]
    arr = np.asarray(page, np.float32)
    for k in (2, 1, 0):
        copy = _to_image(arr * np.array(tints[k], np.float32) / 255).convert("RGBA")
        copy = copy.rotate(rng.uniform(-3, 3) + k * rng.uniform(2, 4), Image.Resampling.BICUBIC, expand=True)
        desk.paste(copy, (40 + k * rng.randint(40, 80), 40 + k * rng.randint(50, 90)), copy)
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.9, 1.02), (0.0, 0.12), rng))]


def i_phone_showing_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A photo of the invoice shown on one phone and photographed with another: the first photo's
    desk and light inside the screen, the screen's pixel stripes and moiré over it, the phone's
    black bezel round it and the second phone's own light falling off."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above))(f, font, rng)
    first = _photographed(
        _on_plain(np.asarray(page, np.float32), rng, (30, 60), ((120, 100, 80), (70, 72, 80))),
        (0.9, 1.02),
        (0.0, 0.12),
        rng,
    )
    h, w = first.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    stripes = 1 - rng.uniform(0.06, 0.12) * (np.mod(xx, 3) == 2)
    angle = rng.uniform(-0.4, 0.4)
    beat = 1 + rng.uniform(0.04, 0.08) * np.sin(
        2 * np.pi * (xx * np.cos(angle) + yy * np.sin(angle)) / rng.uniform(16, 30)
    )
    shown = first * (stripes * beat)[..., None]
    bezel = rng.randint(40, 70)
    phone = np.full((h + 2 * bezel, w + 2 * bezel, 3), rng.randint(8, 25), np.float32)
    phone[bezel : bezel + h, bezel : bezel + w] = shown
    frame = _on_plain(phone, rng, (40, 90), ((180, 175, 165), (95, 90, 85)))
    return [_to_image(_photographed(frame, (0.9, 1.0), (0.0, 0.15), rng))]


# ---------------------------------------------------------------- the sixty-first set (2026-12-06)
# Written before the sixtieth set was measured, so before any result of it was read.


def id_front_document_camera(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front under a bank counter's document camera: seen straight down on a grey cutting mat
    with its grid, evenly lit but for the soft shadow of the camera's arm across one side, the
    picture at the camera's modest resolution and a little soft."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    mat = np.full((int(h * 1.9), int(w * 1.6), 3), rng.choice(((110, 115, 110), (70, 90, 80))), np.float32)
    mh, mw = mat.shape[:2]
    step = rng.randint(38, 60)
    mat[::step, :] += 40
    mat[:, ::step] += 40
    y0, x0 = rng.randint(40, mh - h - 40), rng.randint(40, mw - w - 40)
    mat[y0 : y0 + h, x0 : x0 + w] = card
    xx = np.arange(mw, dtype=np.float32)[None, :]
    yy = np.arange(mh, dtype=np.float32)[:, None]
    angle = rng.uniform(-0.6, 0.6)
    across = xx * np.cos(angle) + yy * np.sin(angle)
    centre = rng.uniform(0.2, 0.8) * mw
    shadow = 1 - rng.uniform(0.25, 0.4) * np.exp(-(((across - centre) / rng.uniform(60, 120)) ** 2))
    shaded = mat * shadow[..., None]
    small = cv2.resize(shaded, (int(mw * 0.6), int(mh * 0.6)), interpolation=cv2.INTER_AREA)
    return [_to_image(cv2.GaussianBlur(small, (0, 0), rng.uniform(0.5, 0.9)))]


def id_back_handwritten_purpose_note(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A copy of the back the buyer marked by hand, as lenders ask, with what it may be used for
    (仅供办理购车贷款使用，他用无效) written in blue pen slanting across the card, over the
    authority and the validity dates, and signed."""
    card = render_back(f, font, rng).convert("L").convert("RGB")
    w, h = card.size
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    note = rng.choice(
        ("仅供办理购车贷款使用，他用无效", "此复印件仅用于汽车贷款", "仅限车贷申请使用 再复印无效")
    )
    size = rng.randint(44, 60)
    pen = load_font(font, size)
    ink = rng.choice(((30, 50, 160, 210), (20, 20, 90, 200)))
    x: float = rng.randint(30, 120)
    y = rng.randint(int(h * 0.35), int(h * 0.6))
    for ch in note:
        draw.text((x, y + rng.uniform(-4, 4)), ch, font=pen, fill=ink)
        x += size * rng.uniform(0.85, 1.05)
    draw.text((x + 10, y + size * 1.1), person_name(rng), font=load_font(font, 36), fill=ink)
    layer = layer.rotate(rng.uniform(8, 18), Image.Resampling.BICUBIC, center=(w / 2, h / 2))
    marked = Image.alpha_composite(card.convert("RGBA"), layer).convert("RGB")
    frame = _on_plain(np.asarray(marked, np.float32), rng, (30, 60), ((240, 240, 236),))
    return [_to_image(_photographed(frame, (0.92, 1.02), (0.0, 0.1), rng))]


def c_thermal_order_slip(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's sales order printed as the contract's summary on an 80 mm receipt printer: a
    narrow, long strip in one small size, label and value on one line where they fit and the value
    on the next where not, dashed rules between the blocks, grey thermal print."""
    page = Page(576, 1500, font, rng, background=(246, 246, 242))
    s = rng.randint(20, 23)
    ink = (70, 70, 74)
    y = 30
    rows = [
        ("购车合同（订单）", None),
        ("合同编号", f["contract_number"]),
        ("-", None),
        ("销售方", f["seller_name"]),
        ("买方", f["buyer_name"]),
        ("证件号码", f["buyer_id_number"]),
        ("-", None),
        ("车架号", f["vin"]),
        ("成交价", _money(f["vehicle_price"], rng)),
        ("大写", _words(f["vehicle_price"])),
        ("-", None),
        ("签约日期", _date(f["sign_date"], rng)),
        ("买方签字：", None),
    ]
    for label, value in rows:
        if label == "-":
            page.text(16, y, "-" * 40, s, ink)
            y += int(s * 1.5)
            continue
        if value is None:
            page.text(16, y, label, s + (4 if y < 50 else 0), ink)
            y += int(s * 1.8)
            continue
        end = page.text(16, y, label + "：", s, ink)
        if end + page.width_of(value, s) < page.width - 16:
            page.text(end, y, value, s, ink)
        else:
            y += int(s * 1.4)
            page.text(32, y, value, page.fit(value, s, page.width - 48), ink)
        y += int(s * 1.6)
    strip = page.image.crop((0, 0, page.width, y + 40))
    frame = _on_plain(np.asarray(strip, np.float32), rng, (40, 80), ((120, 100, 80), (70, 72, 80)))
    return [_to_image(_photographed(frame, (0.9, 1.02), (0.0, 0.12), rng))]


def c_vin_wrapped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract in running prose whose lines break wherever the width runs out, even inside a
    value: the VIN, the ID number or the price figure may begin at the end of one line and end at
    the start of the next."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.para(
        f"出卖人{f['seller_name']}（以下简称甲方）与买受人{f['buyer_name']}（身份证号码"
        f"{f['buyer_id_number']}，以下简称乙方）经协商一致，就乙方向甲方购买车辆一事订立本合同。"
    )
    flow.para(
        f"甲方出售、乙方购买的车辆为{rng.choice(BRAND_MODELS)}型轿车一台，车辆识别代号（车架号）"
        f"{f['vin']}，车辆价款为人民币{_money(f['vehicle_price'], rng)}"
        f"（大写：{_words(f['vehicle_price'])}），乙方应于提车前一次付清。"
    )
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.gap(20)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def p_corrected_by_hand(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose printed insured's name and VIN were wrong and were put right by the insurer's
    clerk in pen: the printed value struck through twice, the right one written above it, the
    change stamped 更正 in small red."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=26)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    page, s = flow.page, flow.size
    wrong_name = person_name(rng)
    wrong_vin = random_vin(rng)
    for label, printed, right in (
        ("被保险人：", wrong_name, f["insured_name"]),
        ("车辆识别代号：", wrong_vin, f["vin"]),
    ):
        flow.room(s * 4)
        flow.y += s * 1.4
        after = page.text(flow.margin, flow.y, label, s)
        end = page.text(after, flow.y, printed, s)
        for dy in (0.45, 0.6):
            page.draw.line((after - 3, flow.y + s * dy, end + 3, flow.y + s * dy), fill=(25, 25, 30), width=2)
        _pen(page.draw, (after + 4, flow.y - s * 1.4), right, rng)
        page.text(end + 12, flow.y, "更正", 16, (200, 40, 40))
        flow.y += flow.step()
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_show_through(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy on thin paper photographed against the light: the terms printed on the back of the
    sheet show through, mirrored and faint, under every line of the schedule."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column))(f, font, rng)
    back = Flow(font, rng, width=page.width, height=page.height, size=22)
    back.title("保险条款", 34)
    for _ in range(12):
        back.para(rng.choice(_TERMS_TEXT))
    ink = 255 - np.asarray(
        back.images()[0].transpose(Image.Transpose.FLIP_LEFT_RIGHT).convert("L"), np.float32
    )
    out = np.asarray(page, np.float32) - ink[..., None] * rng.uniform(0.15, 0.28)
    return [_to_image(out), *rest]


_TERMS_TEXT = (
    "在保险期间内，被保险人或其允许的驾驶人在使用被保险机动车过程中发生意外事故，致使第三者遭受人身伤亡或财产直接损毁，"
    "依法应当对第三者承担的损害赔偿责任，保险人依照本保险合同的约定负责赔偿。",
    "下列原因导致的人身伤亡、财产损失和费用，保险人不负责赔偿：地震及其次生灾害；战争、军事冲突、恐怖活动、暴乱。",
    "保险人收到被保险人的赔偿请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定。",
    "投保人要求解除本保险合同的，应当向保险人提出书面申请，保险人按短期月费率计收保险费。",
)


def i_with_accessory_invoice(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The car's invoice photographed beside the dealer's ordinary VAT invoice for the accessories
    sold with it (增值税普通发票: its own code, number, date and a small total, the same buyer), the
    two side by side in one photo."""
    (car,) = rng.choice((i_classic, i_taxpayer_id, i_compact))(f, font, rng)
    flow = _invoice_flow(font, rng)
    flow.line("增值税普通发票", x=flow.width / 2 - 130, size=36)
    flow.pair(f"发票代码：0{_digits(rng, 11)}", f"发票号码：{_digits(rng, 8)}")
    sold = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(0, 3))
    flow.line(f"开票日期：{_date(sold.isoformat(), rng)}")
    amount = Decimal(rng.randrange(800, 9000))
    flow.table(
        [0.3, 0.7],
        [
            [("购买方名称", 1), (f["buyer_name"], 1)],
            [
                ("货物或应税劳务名称", 1),
                (rng.choice(("*汽车用品*脚垫", "*汽车装饰*贴膜", "*服务*延保服务")), 1),
            ],
            [("价税合计（大写）", 1), (_words(str(amount)), 1)],
            [("（小写）", 1), (f"¥{amount:,.2f}", 1)],
            [("销售方名称", 1), (f["seller_name"], 1)],
        ],
        row_h=rng.randint(48, 56),
    )
    (extra,) = flow.images()
    extra = extra.resize((int(extra.width * 0.8), int(extra.height * 0.8)))
    gap = rng.randint(30, 80)
    desk = Image.new(
        "RGB", (car.width + extra.width + gap + 120, max(car.height, extra.height) + 160), (90, 85, 80)
    )
    first, second = (car, extra) if rng.random() < 0.5 else (extra, car)
    desk.paste(first, (60, 80))
    desk.paste(second, (60 + first.width + gap, 80 + rng.randint(-40, 40)))
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.9, 1.02), (0.0, 0.12), rng))]


def i_torn_halves(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice torn in two and photographed with the halves laid back together, not taped: a
    jagged gap between them, the right half a little higher or lower and turned."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_label_above))(f, font, rng)
    w, h = page.size
    tear = np.array(
        [int(w * rng.uniform(0.4, 0.6)) + int(rng.uniform(-14, 14)) for _ in range(h // 20 + 2)], np.float32
    )
    edge = np.interp(np.arange(h), np.arange(len(tear)) * 20, tear).astype(int)
    arr = np.asarray(page)
    left = np.zeros((h, w, 4), np.uint8)
    right = np.zeros((h, w, 4), np.uint8)
    cols = np.arange(w)[None, :]
    left_mask = cols < edge[:, None]
    left[..., :3], right[..., :3] = arr, arr
    left[..., 3] = np.where(left_mask, 255, 0)
    right[..., 3] = np.where(~left_mask, 255, 0)
    desk = Image.new("RGB", (w + 200, h + 200), rng.choice(((120, 100, 80), (70, 72, 80))))
    lh = Image.fromarray(left, "RGBA")
    rh = Image.fromarray(right, "RGBA").rotate(rng.uniform(-2, 2), Image.Resampling.BICUBIC)
    desk.paste(lh, (80, 100), lh)
    desk.paste(rh, (80 + rng.randint(12, 30), 100 + rng.randint(-18, 18)), rh)
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.9, 1.02), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the sixty-second set (2026-12-06)
# Written before the sixty-first set was measured, so before any result of it was read.


def id_front_infrared_kiosk(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front read by a self-service kiosk's near-infrared scanner: the card's coloured pattern
    and tint gone white (colour inks are clear in infrared, black print is not), the photo pale,
    the card on the black platen with the light ring's two reflections beside it, at the
    scanner's low resolution."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    grey = card.max(axis=2)  # colour inks reflect infrared; only the black print absorbs it
    grey = 255 * (grey / 255) ** rng.uniform(0.6, 0.8)
    h, w = grey.shape
    platen = np.full((h + 160, w + 200), rng.uniform(12, 30), np.float32)
    y0, x0 = rng.randint(40, 120), rng.randint(50, 150)
    platen[y0 : y0 + h, x0 : x0 + w] = grey
    ph, pw = platen.shape
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    for _ in range(2):
        cy, cx = rng.choice((rng.uniform(5, y0), rng.uniform(y0 + h, ph - 5))), rng.uniform(0, pw)
        platen += 180 * np.exp(-(((yy - cy) / 14) ** 2 + ((xx - cx) / 40) ** 2))
    ring = np.hypot((xx - pw / 2) / pw, (yy - ph / 2) / ph)
    platen *= 1 - rng.uniform(0.2, 0.35) * ring
    small = np.asarray(
        cv2.resize(platen, (int(pw * 0.55), int(ph * 0.55)), interpolation=cv2.INTER_AREA), np.float32
    )
    nrng = np.random.default_rng(rng.randrange(2**32))
    small += nrng.normal(0, 4, small.shape).astype(np.float32)
    return [_to_image(np.repeat(small[..., None], 3, axis=2))]


def id_back_pinned_on_corkboard(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A grey photocopy of the back, cut out and pinned to the dealer's cork board with two
    push pins at its top corners, the paper bowing a little between them, photographed on the
    board."""
    copy = np.asarray(render_back(f, font, rng).convert("L"), np.float32)
    h, w = copy.shape
    # the paper bows: each column sags a little between the pinned corners
    sag = rng.uniform(6, 14) * np.sin(np.linspace(0, np.pi, w, dtype=np.float32))
    map_x = np.tile(np.arange(w, dtype=np.float32), (h, 1))
    map_y = np.arange(h, dtype=np.float32)[:, None] - sag[None, :]
    bowed = cv2.remap(copy, map_x, map_y, cv2.INTER_LINEAR, borderValue=255.0)
    nrng = np.random.default_rng(rng.randrange(2**32))
    board = np.empty((h + 260, w + 260, 3), np.float32)
    board[...] = rng.choice(((176, 130, 88), (160, 118, 78)))
    board += nrng.normal(0, 14, board.shape[:2]).astype(np.float32)[..., None]
    specks = nrng.random(board.shape[:2]) < 0.01
    board[specks] *= 0.6
    y0, x0 = rng.randint(90, 150), rng.randint(90, 150)
    shadow = board[y0 + 6 : y0 + h + 6, x0 + 6 : x0 + w + 6]
    shadow *= 0.7
    board[y0 : y0 + h, x0 : x0 + w] = bowed[..., None] * 0.97
    image = Image.fromarray(np.clip(board, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    for px in (x0 + rng.randint(8, 30), x0 + w - rng.randint(8, 30)):
        py = y0 + rng.randint(8, 24)
        colour = rng.choice(((200, 30, 40), (30, 90, 200), (240, 200, 30), (30, 160, 80)))
        draw.ellipse((px - 16, py - 10, px + 24, py + 30), fill=(60, 45, 35))
        draw.ellipse((px - 20, py - 20, px + 20, py + 20), fill=colour)
        draw.ellipse((px - 8, py - 12, px + 2, py - 2), fill=(250, 250, 250))
    return [_to_image(_photographed(np.asarray(image, np.float32), (0.85, 1.0), (0.0, 0.15), rng))]


def c_pdf_form_fields(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's fillable PDF contract printed as filled: each value in its pale blue form field
    of fixed width, the field's text shrunk by the viewer until it fits (a long name or the VIN in
    a much smaller size than the rest), some labels beside their field and some above it."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "车辆买卖合同")))
    page, s = flow.page, flow.size
    tint = rng.choice(((222, 232, 250), (232, 238, 252), (236, 236, 236)))
    box_w = flow.inner * rng.uniform(0.32, 0.42)

    def field(label: str, value: str, above: bool) -> None:
        flow.room(s * 4)
        if above:
            page.text(flow.margin, flow.y, label, s - 2)
            flow.y += s * 1.3
            bx = float(flow.margin)
        else:
            bx = page.text(flow.margin, flow.y + 6, label, s) + 12
        page.draw.rectangle((bx, flow.y, bx + box_w, flow.y + s + 16), fill=tint, outline=(150, 160, 190))
        size = page.fit(value, s, box_w - 10, smallest=10)
        page.text(bx + 5, flow.y + 8 + (s - size) / 2, value, size)
        flow.y += s + 30

    above = rng.random() < 0.5
    field("合同编号", f["contract_number"], above)
    field("出卖人（销售方）", f["seller_name"], not above)
    field("买受人（购车人）", f["buyer_name"], above)
    field("买受人身份证号码", f["buyer_id_number"], not above)
    field("车辆识别代号（VIN）", f["vin"], rng.random() < 0.5)
    field("车辆总价（元）", f"{Decimal(f['vehicle_price']):,.2f}", above)
    field("总价大写", _words(f["vehicle_price"]), not above)
    _boilerplate(flow, rng, rng.randint(1, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15)
    field("签订日期", _date(f["sign_date"], rng), False)
    return flow.images()


def c_chop_over_price(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose seller pressed its company chop on the price itself (as some do, against
    later changes): the red seal, ring, star and words, centred over the price figure, a second
    one over the date."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "新车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}    身份证号：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    label = rng.choice(("车辆成交价：", "车款总额：", "购车价格："))
    y0 = flow.y
    x_value = flow.page.width_of(label, flow.size)
    flow.line(f"{label}{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）")
    centre = y0 + flow.size / 2 + rng.uniform(-10, 10)
    flow.stamp("合同专用章", dx=x_value + rng.uniform(40, 140), dy=centre - (flow.y - flow.size))
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    y1 = flow.y
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=rng.uniform(80, 200), dy=y1 + flow.size / 2 - (flow.y - flow.size))
    return flow.images()


def p_date_stamps(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A pre-printed policy form whose period and signing date were put on with the counter's
    violet date stamp: blanks in the printed line, the dates stamped into them a little askew,
    unevenly inked and not quite on the line."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    page, s = flow.page, flow.size
    style = rng.choice(("dots", "spaces", "units"))
    violet = rng.choice(((90, 50, 150), (70, 40, 120), (110, 60, 160)))
    nrng = np.random.default_rng(rng.randrange(2**32))

    def stamped(iso: str) -> Image.Image:
        y, m, d = iso.split("-")
        text = {"dots": f"{y}.{m}.{d}", "spaces": f"{y} {m} {d}", "units": f"{y}年{m}月{d}日"}[style]
        size = s + rng.randint(0, 4)
        face = load_font(font, size)
        tw = int(ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=face)) + 16
        mark = Image.new("L", (tw, size + 16), 0)
        ImageDraw.Draw(mark).text((8, 6), text, font=face, fill=255)
        ink = np.asarray(mark, np.float32) * nrng.uniform(0.55, 1.0, (size + 16, tw))
        mark = Image.fromarray(ink.astype(np.uint8)).rotate(
            rng.uniform(-4, 4), Image.Resampling.BICUBIC, expand=True
        )
        stamp = Image.new("RGBA", mark.size, (*violet, 0))
        stamp.putalpha(mark)
        return stamp

    def blank_then_stamp(x: float, before: str, iso: str, after: str) -> None:
        flow.room(s * 3)
        x = page.text(x, flow.y, before, s)
        mark = stamped(iso)
        page.image.paste(mark, (int(x + 6), int(flow.y - 6 + rng.randint(-8, 8))), mark)
        page.text(x + mark.width + 14, flow.y, after, s)
        flow.y += flow.step()

    blank_then_stamp(flow.margin, "保险期间：自", f["start_date"], "零时起")
    blank_then_stamp(flow.margin + page.width_of("保险期间：", s), "至", f["end_date"], "二十四时止")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.gap(s)
    blank_then_stamp(flow.margin, "签单日期：", f["start_date"], "")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_archive_sticker_over_label(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The insurer's archived copy: a white barcode sticker (档案号 and bars) stuck in the left
    margin so that it hides the first characters of one field's label, the value beside it clear."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    rows = [
        ("保险单号：", f["policy_number"]),
        ("被保险人：", f["insured_name"]),
        ("车辆识别代号：", f["vin"]),
        ("保险期间：", _period(f, rng)),
        ("保险费合计：", f"{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）"),
        ("第一受益人：", f["first_beneficiary"]),
    ]
    hidden = rng.randrange(len(rows))
    page, s = flow.page, flow.size
    covered: tuple[float, float, float] = (0, 0, 0)
    for i, (label, value) in enumerate(rows):
        flow.room(s * 3)
        if i == hidden:
            k = rng.randint(1, max(1, len(label) - 3))
            covered = (flow.y, flow.margin + page.width_of(label[:k], s), s)
        flow.line(label + value)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    y, right, size = covered
    sticker = Image.new(
        "RGB",
        (int(right - flow.margin + rng.randint(30, flow.margin - 15)), int(size * 2.1)),
        (250, 250, 250),
    )
    draw = ImageDraw.Draw(sticker)
    x = 8
    while x < sticker.width - 10:
        bar = rng.choice((1, 2, 3))
        draw.rectangle((x, 6, x + bar, sticker.height * 0.62), fill=(10, 10, 10))
        x += bar + rng.choice((1, 2, 3))
    draw.text(
        (8, sticker.height * 0.66),
        "档案号 DA" + _digits(rng, 10),
        font=load_font(font, 14),
        fill=(10, 10, 10),
    )
    (page_image, *rest) = flow.images()
    left = int(right - sticker.width)
    top = int(y + size / 2 - sticker.height / 2 + rng.randint(-4, 4))
    page_image.paste((200, 200, 200), (left + 3, top + 4, left + sticker.width + 3, top + sticker.height + 4))
    page_image.paste(sticker, (left, top))
    return [page_image, *rest]


def i_discount_line(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A vehicle invoice whose dealer wrote the discount as a line of its own (折扣行): the car at
    its list amount, a negative line under it, net amounts and tax per line, a 合计 row, and the
    total to pay (价税合计) after the discount."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    total = Decimal(f["total_price"])
    off = Decimal(rng.randrange(3000, 30000, 500))
    gross = total + off

    def net(a: Decimal) -> Decimal:
        return (a / Decimal("1.13")).quantize(Decimal("0.01"))

    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
        ],
        row_h=rng.randint(50, 58),
    )
    item = "*机动车*" + f["brand_model"]
    flow.table(
        [0.3, 0.08, 0.17, 0.17, 0.1, 0.18],
        [
            [("项目名称", 1), ("数量", 1), ("单价", 1), ("金额", 1), ("税率", 1), ("税额", 1)],
            [
                (item, 1),
                ("1", 1),
                (f"{net(gross):.2f}", 1),
                (f"{net(gross):.2f}", 1),
                ("13%", 1),
                (f"{gross - net(gross):.2f}", 1),
            ],
            [(item, 1), ("", 1), ("", 1), (f"-{net(off):.2f}", 1), ("13%", 1), (f"-{off - net(off):.2f}", 1)],
            [
                ("合计", 1),
                ("", 1),
                ("", 1),
                (f"¥{net(gross) - net(off):.2f}", 1),
                ("", 1),
                (f"¥{gross - net(gross) - off + net(off):.2f}", 1),
            ],
        ],
        row_h=rng.randint(46, 54),
    )
    words, fig = _total(f, rng)
    flow.line(f"价税合计（大写）{words}    （小写）{fig}")
    flow.line(f"销售方名称：{f['seller_name']}")
    flow.line(f"纳税人识别号：{_uscc(rng)}")
    flow.stamp("发票专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_binder_clip_over_top(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice held to the dealer's folder by a black binder clip over the middle of its top
    edge, photographed so: the clip hides part of the title, its wire handles stand out over the
    desk, and it throws a soft shadow down the page."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    w, h = page.size
    desk = Image.new("RGB", (w + 160, h + 260), rng.choice(((120, 100, 80), (70, 72, 80), (180, 180, 176))))
    px, py = 80, 180
    desk.paste(page, (px, py))
    arr = np.asarray(desk, np.float32).copy()
    cw = rng.randint(170, 250)
    cx = px + w / 2 + rng.uniform(-140, 60)
    depth = rng.randint(70, 100)
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]].astype(np.float32)
    inside = (abs(xx - cx) < cw / 2 + 10) & (yy > py) & (yy < py + depth + 30)
    soft = np.clip(1 - (yy - py - depth) / 30, 0, 1)
    arr[inside] *= (1 - 0.35 * soft[inside])[..., None]
    image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    draw.polygon(
        [
            (cx - cw / 2, py - 10),
            (cx + cw / 2, py - 10),
            (cx + cw / 2 - 8, py + depth),
            (cx - cw / 2 + 8, py + depth),
        ],
        fill=(22, 22, 26),
    )
    draw.line((cx - cw / 2 + 12, py + 6, cx + cw / 2 - 12, py + 6), fill=(70, 70, 78), width=3)
    for side in (-1, 1):
        base = cx + side * (cw / 2 - 20)
        draw.line(
            (base, py - 10, base + side * rng.randint(10, 30), py - rng.randint(110, 150)),
            fill=(175, 175, 182),
            width=6,
        )
    return [_to_image(_photographed(np.asarray(image, np.float32), (0.88, 1.02), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the sixty-third set (2026-12-06)
# Written before the sixty-second set was measured, so before any result of it was read.


def id_front_faxed(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front faxed by a branch in standard mode: the card enlarged on the sheet, sent at half
    the vertical resolution of the horizontal (a fax's 200 by 100 lines), black and white only,
    the portrait and the pattern either dithered into dots (photo mode) or cut at one grey
    (text mode), the fax's header across the top and a streak from a dirty scanner bar."""
    card = render_front(f, font, rng, None)
    page = Image.new("RGB", (1000, 1414), (255, 255, 255))
    w = rng.randint(780, 900)
    h = int(w * card.height / card.width)
    page.paste(card.resize((w, h), Image.Resampling.BICUBIC), ((1000 - w) // 2, rng.randint(160, 320)))
    draw = ImageDraw.Draw(page)
    draw.text(
        (30, 12),
        f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 18):02d}:"
        f"{rng.randint(10, 59)}  FROM 0{rng.randint(20, 99)}{_digits(rng, 8)}  #{rng.randint(100, 999)} P.01",
        font=load_font(font, 18),
        fill=(0, 0, 0),
    )
    sx, sy = rng.uniform(0.7, 0.85), rng.uniform(0.35, 0.45)  # lines across, lines down
    grey = page.convert("L").resize((int(1000 * sx), int(1414 * sy)), Image.Resampling.BILINEAR)
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = np.clip(np.asarray(grey, np.float32) + nrng.normal(0, 8, (grey.height, grey.width)), 0, 255)
    grey = Image.fromarray(noisy.astype(np.uint8))
    if rng.random() < 0.5:
        bw = np.asarray(grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG), np.uint8) * 255
    else:
        bw = np.where(np.asarray(grey) < rng.uniform(140, 170), 0, 255).astype(np.uint8)
    for x in nrng.integers(0, bw.shape[1], rng.randint(1, 2)):
        bw[:, x] = 0
    out = Image.fromarray(bw).resize((1000, 1414), Image.Resampling.NEAREST)
    return [out.convert("RGB")]


def id_back_bent_by_fingers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back held up to the camera between a thumb and fingers that bend it: the card cupped
    about its long axis (the rows of print arc, the middle band lit, the edges dimmer), a glint
    along the bend, the fingertips over its two short edges and a room behind."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h, w = card.shape[:2]
    pad = int(w * rng.uniform(0.08, 0.14))
    frame = np.empty((h + 2 * pad, w + 2 * pad, 3), np.float32)
    frame[...] = rng.choice(((95, 88, 80), (150, 150, 156), (60, 64, 70)))
    frame[pad : pad + h, pad : pad + w] = card
    fh, fw = frame.shape[:2]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    u = (xx - fw / 2) / (w / 2)
    depth = rng.uniform(10, 22) * rng.choice((-1, 1))  # rows sag (or rise) at the middle
    src_y = yy + depth * (1 - np.clip(u, -1.2, 1.2) ** 2)
    src_x = fw / 2 + (xx - fw / 2) * (1 + rng.uniform(0.02, 0.05) * u**2)
    out = cv2.remap(frame, src_x, src_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    light = 1 - rng.uniform(0.15, 0.3) * np.clip(np.abs(u), 0, 1) ** 2
    ridge = fw / 2 + rng.uniform(-0.3, 0.3) * w / 2
    light += rng.uniform(0.08, 0.16) * np.exp(-(((xx - ridge) / (w * 0.05)) ** 2))
    out = out * light[..., None]
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    skin = rng.choice(((224, 172, 140), (198, 140, 104), (236, 196, 170)))
    for side in (-1, 1):
        x_edge = fw / 2 + side * w / 2
        cy = fh / 2 + rng.uniform(-0.25, 0.25) * h
        tip = x_edge - side * rng.uniform(0.03, 0.06) * w  # how far the fingertip lies over the card
        draw.ellipse((min(tip, tip + side * 140), cy - 48, max(tip, tip + side * 140), cy + 48), fill=skin)
    return [_to_image(_photographed(np.asarray(image, np.float32), (0.85, 1.0), (0.0, 0.2), rng))]


def c_rowspan_group_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract's particulars in one ruled table whose first column groups its rows: a merged
    cell down the left written one character under another (出卖人, 买受人, 车辆信息) and, beside
    it, plain sub-labels that name no party (名称, 姓名, 证件号码, 地址), so only the group says
    whose each value is."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    s = flow.size
    groups = [
        (
            rng.choice(("出卖人", "卖方")),
            [
                ("名称", f["seller_name"]),
                ("地址", rng.choice(STREETS_FOR_FOOTER)),
                ("电话", f"0{rng.randint(20, 99)}-{_digits(rng, 8)}"),
            ],
        ),
        (
            rng.choice(("买受人", "买方")),
            [
                ("姓名", f["buyer_name"]),
                ("证件号码", f["buyer_id_number"]),
                ("电话", f"1{rng.choice('3589')}{_digits(rng, 9)}"),
            ],
        ),
        (
            "车辆信息",
            [
                ("车辆识别代号", f["vin"]),
                ("品牌型号", rng.choice(BRAND_MODELS)),
                ("成交价", f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）"),
            ],
        ),
    ]
    row_h = rng.randint(48, 56)
    x0 = flow.margin
    w_group, w_label = int(flow.inner * 0.1), int(flow.inner * 0.22)
    w_value = flow.inner - w_group - w_label
    for group, rows in groups:
        flow.room(row_h * len(rows) + 10)
        page = flow.page
        y = int(flow.y)
        height = row_h * len(rows)
        page.draw.rectangle((x0, y, x0 + flow.inner, y + height), outline=RULE, width=2)
        page.draw.line((x0 + w_group, y, x0 + w_group, y + height), fill=RULE, width=2)
        page.draw.line((x0 + w_group + w_label, y, x0 + w_group + w_label, y + height), fill=RULE, width=2)
        gs = min(s, int((height - 12) / len(group)))
        top = y + (height - gs * len(group)) / 2
        for k, ch in enumerate(group):
            page.text(x0 + (w_group - gs) / 2, top + k * gs, ch, gs)
        for i, (label, value) in enumerate(rows):
            ry = y + i * row_h
            if i:
                page.draw.line((x0 + w_group, ry, x0 + flow.inner, ry), fill=RULE, width=2)
            page.text(x0 + w_group + 8, ry + (row_h - s) / 2 - 2, label, s - 1)
            size = page.fit(value, s - 1, w_value - 14)
            page.text(x0 + w_group + w_label + 8, ry + (row_h - size) / 2 - 2, value, size)
        flow.y = y + height
    flow.gap(s)
    _boilerplate(flow, rng, rng.randint(2, 4), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def c_superscript_cents(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract printed from its sales system, whose amounts show the yuan in full size
    and the fen raised and small after them (¥185,000 with a small .00 above the line), the
    deposit and the balance likewise, the total in words below."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车购买合同")))
    s = flow.size
    flow.pair(f"合同编号：{f['contract_number']}", f"签订日期：{_date(f['sign_date'], rng)}")
    flow.line(f"销售方：{f['seller_name']}")
    flow.line(f"购买方：{f['buyer_name']}    身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    price = Decimal(f["vehicle_price"])
    deposit = Decimal(rng.randrange(2000, 20000, 1000))
    small = max(11, int(s * rng.uniform(0.5, 0.62)))
    comma = rng.random() < 0.7

    def amount(label: str, value: Decimal) -> None:
        flow.room(s * 2)
        page = flow.page
        whole = f"{int(value):,}" if comma else f"{int(value)}"
        x = page.text(flow.margin, flow.y, f"{label}¥{whole}", s)
        page.text(x + 1, flow.y - rng.randint(0, 3), f".{int(value * 100) % 100:02d}", small)
        flow.y += flow.step()

    amount(rng.choice(("车辆总价：", "成交价格：", "车款合计：")), price)
    amount("其中定金：", deposit)
    amount("余款：", price - deposit)
    flow.line(f"车辆总价大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("销售方（盖章）：", "购买方（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-s)
    return flow.images()


def p_remarks_column(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule in three columns, 项目 | 内容 | 备注, the remarks beside each value holding
    their own numbers, dates and names (a hotline, a limit, the day the record was last changed,
    the branch that keeps the file)."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆商业保险单（正本）")), 32)
    changed = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(2, 40))
    rows = [
        [("项目", 1), ("内容", 1), ("备注", 1)],
        [("保险单号", 1), (f["policy_number"], 1), (f"投保单号 {_proposal(f, rng)}", 1)],
        [("被保险人", 1), (f["insured_name"], 1), (f"资料更新于{changed:%Y-%m-%d}", 1)],
        [("车辆识别代号", 1), (f["vin"], 1), ("与行驶证一致", 1)],
        [("保险期间", 1), (_period(f, rng), 1), ("以北京时间为准", 1)],
        [
            ("保险费合计", 1),
            (_money(f["premium"], rng), 1),
            (f"三者限额 {rng.choice((100, 200, 300))}0000.00", 1),
        ],
        [("第一受益人", 1), (f["first_beneficiary"], 1), ("经被保险人同意", 1)],
        [("承保机构", 1), (_branch(f["insurer"], rng), 1), (f"客服电话 955{_digits(rng, 2)}", 1)],
    ]
    flow.table([0.2, 0.5, 0.3], rows, row_h=rng.randint(50, 58))
    flow.line(f"保险费大写：{_words(f['premium'])}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_corner_torn_off(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose top right corner was torn away along a ragged edge (taking the printed
    serial and the end of the header with it) photographed on a desk, the desk showing through
    where the corner was."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.line(f"印刷流水号：{_digits(rng, 12)}", right=True, size=18)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    _boilerplate(flow, rng, 1, 1)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    (page, *rest) = flow.images()
    w, h = page.size
    x_top, y_side = w * rng.uniform(0.7, 0.8), h * rng.uniform(0.05, 0.09)
    edge = [(x_top, 0.0)]
    for k in range(1, 24):
        t = k / 24
        edge.append((x_top + (w - x_top) * t + rng.uniform(-6, 6), y_side * t + rng.uniform(-6, 6)))
    edge.append((float(w), y_side))
    mask = Image.new("L", (w, h), 255)
    ImageDraw.Draw(mask).polygon([*edge, (float(w), 0.0)], fill=0)
    m = rng.randint(60, 120)
    ground = rng.choice(((132, 100, 70), (64, 66, 72), (190, 188, 180)))
    desk = Image.new("RGB", (w + 2 * m, h + 2 * m), ground)
    fibres = Image.new("RGB", (w, h), (244, 242, 236))  # the torn edge's white fibres
    desk.paste(fibres, (m + 2, m + 2), mask)
    desk.paste(page, (m, m), mask)
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.88, 1.02), (0.0, 0.15), rng)), *rest]


def i_embossed_seal(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice pressed with a dry embossing seal (钢印) over its middle: no ink, only the
    paper raised into the seal's ring, star and words, which the raking light of the photo turns
    into light and dark edges across the values under it."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    w, h = page.size
    r = rng.randint(130, 170)
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.4, 0.65)
    relief = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(relief)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=8)
    draw.ellipse((cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16), outline=255, width=2)
    star = [
        (
            cx + (34 if k % 2 == 0 else 14) * np.sin(k * np.pi / 5),
            cy - (34 if k % 2 == 0 else 14) * np.cos(k * np.pi / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=255)
    face = load_font(font, 26)
    words = rng.choice(("机动车销售专用钢印", "发票专用钢印", "销售服务有限公司"))
    for k, ch in enumerate(words):
        a = np.pi * (-0.75 + 1.5 * k / max(1, len(words) - 1))
        glyph = Image.new("L", (32, 32), 0)
        ImageDraw.Draw(glyph).text((2, 0), ch, font=face, fill=255)
        glyph = glyph.rotate(-np.degrees(a), Image.Resampling.BICUBIC)
        relief.paste(255, (int(cx + (r - 44) * np.sin(a) - 16), int(cy - (r - 44) * np.cos(a) - 16)), glyph)
    height = cv2.GaussianBlur(np.asarray(relief, np.float32) / 255, (0, 0), rng.uniform(1.5, 2.5))
    gy, gx = np.gradient(height)
    angle = rng.uniform(0, 2 * np.pi)
    shade = 1 + rng.uniform(5, 9) * (gx * np.cos(angle) + gy * np.sin(angle))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    pushed = cv2.remap(
        np.asarray(page, np.float32),
        xx - 8 * gx,
        yy - 8 * gy,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    out = pushed * np.clip(shade, 0.6, 1.3)[..., None]
    return [_to_image(_photographed(np.clip(out, 0, 255), (0.85, 1.0), (0.05, 0.2), rng))]


def i_on_expense_claim_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice glued onto a company's expense claim backing sheet (粘贴单) and photographed
    whole: the sheet's own printed grid and labels round it (报销人, 部门, 金额, 日期, 附单据张数)
    with the claimant's handwriting in them, the invoice a little crooked in the glue box."""
    (inv,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    iw, ih = inv.size
    sheet = Page(iw + 260, ih + 420, font, rng, background=(250, 250, 246))
    s = 24
    sheet.text(sheet.width / 2 - 120, 30, "费用报销粘贴单", 36, spacing=4)
    claimed = date.fromisoformat(f["issue_date"]) + timedelta(days=rng.randint(2, 30))
    cells = [("报销人", ""), ("部门", ""), ("金额", ""), ("日期", ""), ("附单据", "张")]
    cw = (sheet.width - 120) / len(cells)
    for k, (label, unit) in enumerate(cells):
        x = 60 + k * cw
        sheet.draw.rectangle((x, 100, x + cw, 160), outline=RULE, width=2)
        sheet.text(x + 8, 116, label, s)
        if unit:
            sheet.text(x + cw - 34, 116, unit, s)
    sheet.draw.rectangle((90, 200, sheet.width - 90, sheet.height - 90), outline=(170, 170, 170), width=2)
    sheet.text(100, sheet.height - 80, "粘贴处（单据请按顺序粘贴整齐）", 18, fill=(130, 130, 130))
    angle = rng.uniform(-2.5, 2.5)
    tilted = inv.convert("RGBA").rotate(angle, Image.Resampling.BICUBIC, expand=True)
    sheet.image.paste(tilted, (130, 230), tilted)
    draw = ImageDraw.Draw(sheet.image)
    _pen(draw, (60 + 0 * cw + 90, 110), rng.choice(("李明", "王芳", "赵磊", "陈静")), rng)
    _pen(draw, (60 + 1 * cw + 70, 110), rng.choice(("销售部", "财务部", "行政")), rng)
    _pen(draw, (60 + 2 * cw + 70, 110), f"{Decimal(f['total_price']):.0f}", rng)
    _pen(draw, (60 + 3 * cw + 70, 110), f"{claimed.month}.{claimed.day}", rng)
    _pen(draw, (60 + 4 * cw + 90, 110), str(rng.randint(1, 3)), rng)
    frame = np.asarray(sheet.image, np.float32)
    return [
        _to_image(
            _photographed(
                _on_plain(frame, rng, (40, 90), ((90, 80, 70), (180, 178, 172))),
                (0.85, 1.0),
                (0.0, 0.15),
                rng,
            )
        )
    ]


# ---------------------------------------------------------------- the sixty-fourth set (2026-12-06)
# Written before the sixty-third set was measured, so before any result of it was read.


def id_front_sticky_note_over_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front with the dealer's yellow sticky note stuck over the portrait, a customer's name
    (not the holder's) and a phone number written on it in pen, its top edge lifting a little so
    it throws a thin shadow."""
    card = render_front(f, font, rng, None)
    draw = ImageDraw.Draw(card)
    w = card.width
    nx0 = int(w * rng.uniform(0.64, 0.68))
    ny0 = rng.randint(110, 170)
    side = rng.randint(200, 240)
    draw.rectangle((nx0 + 4, ny0 + 6, nx0 + side + 4, ny0 + side + 6), fill=(150, 150, 140))
    draw.rectangle(
        (nx0, ny0, nx0 + side, ny0 + side),
        fill=rng.choice(((250, 234, 120), (252, 226, 96), (246, 240, 150))),
    )
    draw.rectangle((nx0, ny0, nx0 + side, ny0 + 26), fill=(238, 220, 104))  # the glued strip
    other = person_name(rng)
    _pen(draw, (nx0 + 14, ny0 + 40), rng.choice(("客户：", "")) + other, rng)
    _pen(draw, (nx0 + 14, ny0 + 100), f"1{rng.choice('3589')}{_digits(rng, 9)}"[:7], rng)
    _pen(draw, (nx0 + 14, ny0 + 140), rng.choice(("复印2份", "已核", "周五提车")), rng)
    return [card]


def id_back_negative_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A copy of the back made with the copier's negative (reverse) setting: white print on a
    black card on a dark grey sheet, in the copier's greys, a little soft, with toner specks
    showing light."""
    card = np.asarray(render_back(f, font, rng).convert("L"), np.float32)
    h, w = card.shape
    sheet = np.full((h + 300, w + 240), 255.0, np.float32)
    y0, x0 = rng.randint(60, 200), rng.randint(40, 200)
    sheet[y0 : y0 + h, x0 : x0 + w] = card
    sheet = cv2.GaussianBlur(sheet, (0, 0), rng.uniform(0.6, 1.1))
    negative = 255 - sheet * rng.uniform(0.8, 0.92)
    nrng = np.random.default_rng(rng.randrange(2**32))
    negative += nrng.normal(0, 6, negative.shape).astype(np.float32)
    specks = nrng.random(negative.shape) < 0.002
    negative[specks] = 230
    return [_to_image(np.repeat(negative[..., None], 3, axis=2))]


def c_justified_prose(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract set in prose justified to both margins: each full line's characters spread
    apart until it fills the measure, so the values inside its sentences (the VIN, the ID
    number, the price) come out letter-spaced by a different amount on every line, and break
    across lines wherever the measure ends."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    s = flow.size

    def justified(text: str) -> None:
        lines = flow.page.wrap("\u3000\u3000" + text, s, flow.inner * rng.uniform(0.86, 0.94))
        for i, ln in enumerate(lines):
            flow.room(s * 2)
            page = flow.page
            if i == len(lines) - 1 or len(ln) < 2:
                page.text(flow.margin, flow.y, ln, s)
            else:
                extra = (flow.inner - page.width_of(ln, s)) / (len(ln) - 1)
                x = float(flow.margin)
                for ch in ln:
                    page.text(x, flow.y, ch, s)
                    x += page.width_of(ch, s) + extra
            flow.y += flow.step()

    justified(
        f"出卖人{f['seller_name']}（以下简称甲方）与买受人{f['buyer_name']}（身份证号码：{f['buyer_id_number']}，"
        "以下简称乙方）经平等协商，就乙方向甲方购买车辆一事订立本合同。"
    )
    justified(
        f"第一条 甲方向乙方出售{rng.choice(BRAND_MODELS)}一辆，车辆识别代号为{f['vin']}，"
        "车况以交车时双方共同确认的为准。"
    )
    justified(
        f"第二条 车辆总价款为人民币{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}），"
        "乙方于交车前付清。"
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("甲方（盖章）：", "乙方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-s)
    return flow.images()


def c_page_serial_numbers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract on the dealer's numbered stationery: every page carries a numbering machine's
    red serial at its top right (No. 0034521, a different number each page), apart from the
    contract number printed in the particulars."""
    pages = rng.choice((c_table_classic, c_sell_buy_pairs, c_party_blocks))(f, font, rng)
    first = rng.randint(10000, 99999)
    out = []
    for i, page in enumerate(pages):
        page = page.copy()
        draw = ImageDraw.Draw(page)
        w = page.width
        text = f"{rng.choice(('No.', 'NO.', '№'))} {first + i:07d}"
        face = load_font(rng.choice(available_fonts()), rng.randint(26, 32))
        draw.text(
            (w - 70 - draw.textlength(text, font=face), rng.randint(14, 30)),
            text,
            font=face,
            fill=(200, 40, 50),
        )
        out.append(page)
    return out


def _translit_insured(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "insured_name": f"{rng.choice(TRANSLIT_FIRST)}·{rng.choice(TRANSLIT_LAST)}"}


def p_transliterated_insured(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy issued in Xinjiang to an insured with a transliterated name (given·family, the
    middle dot between), in a two-column schedule; the insured's name is long and the dot may be
    printed as a full-width dot or a hyphen-like point."""
    name = f["insured_name"].replace("·", rng.choice(("·", "•", "・")))
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"投保人：{name}")
    flow.pair(f"被保险人：{name}", f"车牌号码：新{rng.choice('ABCDFGHJ')}{_digits(rng, 5)}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_rubber_band_across(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed still held in its bundle by a rubber band: a band a few millimetres
    wide running across the page at a slant, crossing two or three lines of print and pressing
    a faint shadow beside it."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column))(f, font, rng)
    w, h = page.size
    arr = np.asarray(page, np.float32).copy()
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    slope = np.tan(np.radians(rng.uniform(-18, 18)))
    y_mid = h * rng.uniform(0.12, 0.32)  # across the schedule, in the top part of the page
    dist = (yy - (y_mid + (xx - w / 2) * slope)) * np.cos(np.arctan(slope))
    width = rng.uniform(6, 10)  # a thin band: most of each character it crosses still shows
    shadow = np.exp(-(((dist - width) / 6) ** 2))
    arr *= (1 - 0.35 * shadow)[..., None]
    band = np.abs(dist) < width / 2
    colour = np.array(rng.choice(((196, 120, 70), (170, 60, 50), (210, 170, 90))), np.float32)
    shade = 0.85 + 0.15 * np.cos(dist / (width / 2) * np.pi / 2)
    arr[band] = colour * shade[band][..., None]
    return [_to_image(_photographed(arr, (0.88, 1.0), (0.0, 0.15), rng)), *rest]


def i_party_bank_rows(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose parties each have four rows, as a VAT special invoice gives them: name,
    taxpayer or ID number, address and telephone, bank and account, so long digit runs (phone
    numbers, account numbers) sit beside the buyer's ID number and the seller's name."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    bank = rng.choice(("中国工商银行", "中国建设银行", "招商银行", "中国银行"))
    street = rng.choice(STREETS_FOR_FOOTER)

    def party(head: str, rows: list[tuple[str, str]]) -> None:
        flow.table(
            [0.08, 0.26, 0.66],
            [[(head if i == 0 else "", 1), (label, 1), (value, 1)] for i, (label, value) in enumerate(rows)],
            row_h=rng.randint(40, 46),
        )

    party(
        "购买方",
        [
            ("名称", f["buyer_name"]),
            ("身份证号码", f["buyer_id_number"]),
            ("地址、电话", f"{street} 1{rng.choice('3589')}{_digits(rng, 9)}"),
            ("开户行及账号", f"{bank}{rng.choice(('城东支行', '高新支行'))} 6222{_digits(rng, 15)}"),
        ],
    )
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("价税合计（小写）", 1), (fig, 1)],
            [("价税合计（大写）", 1), (words, 3)],
        ],
        row_h=rng.randint(44, 50),
    )
    party(
        "销售方",
        [
            ("名称", f["seller_name"]),
            ("纳税人识别号", _uscc(rng)),
            ("地址、电话", f"{street} 0{rng.randint(20, 99)}-{_digits(rng, 8)}"),
            ("开户行及账号", f"{bank}{rng.choice(('营业部', '支行'))} {_digits(rng, 19)}"),
        ],
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_finger_over_label(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice held flat on the counter by the buyer's finger, photographed so: the fingertip
    lies over the start of one label on the left of the form, the value beside it clear, the hand
    running off the bottom edge of the photo."""
    (page,) = rng.choice((i_kv_lines, i_compact, i_classic))(f, font, rng)
    w, h = page.size
    m = rng.randint(60, 110)
    desk = Image.new(
        "RGB", (w + 2 * m, h + 2 * m + 120), rng.choice(((120, 100, 80), (200, 198, 190), (60, 60, 66)))
    )
    desk.paste(page, (m, m))
    draw = ImageDraw.Draw(desk)
    skin = rng.choice(((224, 172, 140), (198, 140, 104), (236, 196, 170)))
    tip_x = m + rng.randint(20, 45)  # over a label's first characters at the form's left margin
    tip_y = m + h * rng.uniform(0.35, 0.7)
    fw = rng.randint(54, 70)
    bottom = desk.height + 10
    draw.polygon(
        [
            (tip_x - fw / 2, tip_y + 20),
            (tip_x + fw / 2, tip_y + 20),
            (tip_x + fw / 2 + 40, bottom),
            (tip_x - fw / 2 - 20, bottom),
        ],
        fill=(int(skin[0] * 0.7), int(skin[1] * 0.7), int(skin[2] * 0.7)),
    )
    draw.polygon(
        [
            (tip_x - fw / 2 + 4, tip_y + 20),
            (tip_x + fw / 2 - 4, tip_y + 20),
            (tip_x + fw / 2 + 32, bottom),
            (tip_x - fw / 2 - 12, bottom),
        ],
        fill=skin,
    )
    draw.ellipse((tip_x - fw / 2, tip_y - fw * 0.6, tip_x + fw / 2, tip_y + fw * 0.6), fill=skin)
    draw.ellipse(
        (tip_x - fw / 4, tip_y - fw * 0.45, tip_x + fw / 4, tip_y + fw * 0.05), fill=(240, 214, 204)
    )  # the nail
    return [_to_image(_photographed(np.asarray(desk, np.float32), (0.85, 1.0), (0.0, 0.2), rng))]


# ---------------------------------------------------------------- the sixty-fifth set (2026-12-06)
# Written before the sixty-fourth set was measured, so before any result of it was read.


def id_front_ceiling_light_bars(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed flat under an office's rows of tube lights: two or three long bright
    bars of their reflection across the laminate, parallel and evenly spaced, each washing out a
    band of the print."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = np.radians(rng.uniform(-25, 25))
    across = (xx - w / 2) * np.sin(angle) + (yy - h / 2) * np.cos(angle)
    n = rng.randint(2, 3)
    pitch = h * rng.uniform(0.3, 0.4)
    first = -pitch * (n - 1) / 2 + rng.uniform(-0.1, 0.1) * h
    alpha = np.zeros((h, w), np.float32)
    for k in range(n):
        centre = first + k * pitch
        half = rng.uniform(0.025, 0.045) * h
        alpha = np.maximum(alpha, rng.uniform(0.45, 0.65) * np.exp(-(((across - centre) / half) ** 4)))
    out = card * (1 - alpha[..., None]) + 250.0 * alpha[..., None]
    return [_to_image(out)]


def id_back_lit_by_screen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed in a dark room lit only by a laptop's screen beside it: a cold blue
    light strong on the side nearer the screen and falling off fast across the card, the
    phone's noise and its smoothing high in the dark side."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((40, 38, 36), (70, 64, 58), (25, 25, 30)))
    fw = frame.shape[1]
    xx = np.tile(np.arange(fw, dtype=np.float32), (frame.shape[0], 1))
    side = rng.choice((0, 1))
    d = xx / fw if side == 0 else 1 - xx / fw
    light = rng.uniform(0.7, 0.9) * np.exp(-rng.uniform(0.6, 1.0) * d) + 0.08
    tint = np.array((rng.uniform(0.7, 0.8), rng.uniform(0.85, 0.92), 1.0), np.float32)
    out = frame * light[..., None] * tint
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, 7, out.shape).astype(np.float32) * (1.3 - light)[..., None]
    out = cv2.bilateralFilter(np.clip(out, 0, 255).astype(np.uint8), 5, 30, 5).astype(np.float32)
    return [_to_image(out)]


def c_correction_tape(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose price, or the buyer's name, was corrected with correction tape: a strip of
    off-white tape laid over the printed value, its edges catching a thin shadow, the right value
    written by hand on the tape."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同")))
    s = flow.size
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    taped = rng.choice(("buyer_name", "vehicle_price"))
    rows: list[tuple[str, str, str]] = [
        ("买受人：", f["buyer_name"], person_name(rng)),
        ("身份证号码：", f["buyer_id_number"], ""),
        ("车辆识别代号：", f["vin"], ""),
        (
            "车辆价款：",
            _money(f["vehicle_price"], rng),
            f"{Decimal(f['vehicle_price']) + rng.randrange(2000, 20000, 1000):,.2f}",
        ),
    ]
    spot: tuple[int, float, float, float, str] | None = None
    for label, value, printed_instead in rows:
        flow.room(s * 2)
        fixed = (label == "买受人：" and taped == "buyer_name") or (
            label == "车辆价款：" and taped == "vehicle_price"
        )
        shown = printed_instead if fixed else value
        x = flow.page.text(flow.margin, flow.y, label, s)
        end = flow.page.text(x, flow.y, shown, s)
        if fixed:
            spot = (len(flow.pages) - 1, x, end, flow.y, value)
        flow.y += flow.step()
    flow.line(f"价款大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-s)
    pages = flow.images()
    assert spot is not None
    at, x0, x1, y, value = spot
    page = pages[at]
    draw = ImageDraw.Draw(page)
    width = max(x1 - x0, sum(18 if ch.isascii() else 34 for ch in value)) + rng.randint(14, 30)
    left = x0 - rng.randint(4, 10)
    top, bottom = y - rng.randint(4, 8), y + s + rng.randint(6, 10)
    draw.rectangle((left + 2, top + 3, left + width + 2, bottom + 3), fill=(205, 205, 200))
    draw.rectangle(
        (left, top, left + width, bottom),
        fill=rng.choice(((248, 248, 244), (244, 246, 248), (250, 249, 240))),
    )
    _pen(draw, (left + 8, top - rng.randint(2, 8)), value, rng)
    return pages


def c_manuscript_grid(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A short contract printed onto 稿纸, manuscript paper ruled in green squares, one character
    to a square (digits and letters too), the labels and values running on along the rows."""
    page = Page(1000, 1414, font, rng, background=(250, 250, 244))
    green = rng.choice(((90, 160, 110), (60, 140, 90), (150, 90, 80)))
    cell = rng.randint(34, 40)
    cols = (1000 - 120) // cell
    x0, y0 = 60, 90
    rows = (1414 - 160) // (cell + 10)
    for r in range(rows):
        top = y0 + r * (cell + 10)
        for c in range(cols + 1):
            page.draw.line((x0 + c * cell, top, x0 + c * cell, top + cell), fill=green, width=1)
        page.draw.line((x0, top, x0 + cols * cell, top), fill=green, width=1)
        page.draw.line((x0, top + cell, x0 + cols * cell, top + cell), fill=green, width=1)
    size = cell - rng.randint(10, 14)
    text = [
        "　　　　　　汽车买卖合同",
        f"合同编号：{f['contract_number']}",
        f"出卖人：{f['seller_name']}",
        f"买受人：{f['buyer_name']}",
        f"身份证号码：{f['buyer_id_number']}",
        f"车辆识别代号：{f['vin']}",
        f"车辆价款：{_money(f['vehicle_price'], rng)}",
        f"大写：{_words(f['vehicle_price'])}",
        "　　双方经平等协商，就上述车辆买卖事宜达成一致，本合同自双方签字盖章之日起生效。",
        f"签订日期：{_date(f['sign_date'], rng)}",
    ]
    r = 0
    face = load_font(font, size)
    for line in text:
        chars = list(line)
        while chars:
            top = y0 + r * (cell + 10)
            for c, ch in enumerate(chars[:cols]):
                tw = page.draw.textlength(ch, font=face)
                page.draw.text(
                    (x0 + c * cell + (cell - tw) / 2, top + (cell - size) / 2 - 2),
                    ch,
                    font=face,
                    fill=(30, 30, 30),
                )
            chars = chars[cols:]
            r += 1
    return [page.image]


def p_copy_stamp_diagonal(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The customer's copy of a policy, stamped across the middle with a large red outlined
    副本 (COPY) at a slant, the hollow letters crossing several lines of the schedule."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))(f, font, rng)
    w, h = page.size
    size = rng.randint(150, 220)
    word = rng.choice(("副本", "副 本", "客户联"))
    layer = Image.new("L", (w, h), 0)
    face = load_font(font, size)
    draw = ImageDraw.Draw(layer)
    tw = draw.textlength(word, font=face)
    cx, cy = w / 2 + rng.uniform(-80, 80), h * rng.uniform(0.25, 0.4)
    draw.text((cx - tw / 2, cy - size / 2), word, font=face, fill=255, stroke_width=3, stroke_fill=255)
    inner = Image.new("L", (w, h), 0)
    ImageDraw.Draw(inner).text((cx - tw / 2, cy - size / 2), word, font=face, fill=255)
    outline = np.asarray(layer, np.float32) - np.asarray(inner.filter(ImageFilter.MinFilter(5)), np.float32)
    mark = Image.fromarray(np.clip(outline, 0, 255).astype(np.uint8)).rotate(
        rng.uniform(15, 35), Image.Resampling.BICUBIC, center=(cx, cy)
    )
    alpha = np.asarray(mark, np.float32) / 255 * rng.uniform(0.55, 0.8)
    arr = np.asarray(page, np.float32)
    red = np.array((210, 40, 50), np.float32)
    return [_to_image(arr * (1 - alpha[..., None]) + red * alpha[..., None]), *rest]


def _two_character_insured(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    name = fields["insured_name"]
    return {**fields, "insured_name": name[0] + name[-1]}


def p_padded_two_char_names(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose system pads a two-character name to the width of three, as Chinese forms
    do (王　芳: a full-width space, or two half-width ones, between surname and given name), in
    the insured's row and again in the signature block."""
    name = f["insured_name"]
    padded = name[0] + rng.choice(("\u3000", "  ", " ")) + name[1:]
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.table(
        [0.26, 0.74],
        [
            [("被保险人", 1), (padded, 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
        row_h=rng.randint(48, 56),
    )
    flow.pair(f"投保人签名：{padded}", f"经办人：{rng.choice(('李　明', '王　芳', '赵　磊'))}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_remarks_with_loan_split(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose 备注 cell holds the dealer's note of how the car was paid: the down
    payment and the loan, each with its amount (首付¥…, 贷款¥…), and the lender's name, below the
    total to pay."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    total = Decimal(f["total_price"])
    down = (total * Decimal(rng.choice(("0.2", "0.3", "0.4")))).quantize(Decimal("1"))
    lender = rng.choice(
        ("上汽通用汽车金融有限责任公司", "大众汽车金融（中国）有限公司", "平安银行汽车消费金融中心")
    )
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销售方名称", 1), (f["seller_name"], 1), ("纳税人识别号", 1), (_uscc(rng), 1)],
            [("备注", 1), (f"首付¥{down:,.2f}，贷款¥{total - down:,.2f}（{lender}）", 3)],
        ],
        row_h=rng.randint(50, 58),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_red_ink_fingerprints(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice handled by a clerk with red stamp-pad ink on the fingers: two or three red
    fingerprints, ridged ovals, pressed over the form, one of them over a value."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    for _ in range(rng.randint(2, 3)):
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.25, 0.85) * h
        rx, ry = rng.uniform(28, 38), rng.uniform(38, 50)
        a = np.radians(rng.uniform(-40, 40))
        u = ((xx - cx) * np.cos(a) + (yy - cy) * np.sin(a)) / rx
        v = (-(xx - cx) * np.sin(a) + (yy - cy) * np.cos(a)) / ry
        d = np.sqrt(u**2 + v**2)
        ridges = 0.5 + 0.5 * np.sin(np.sqrt((u * rx) ** 2 + (v * ry * 0.8) ** 2) * rng.uniform(0.9, 1.2))
        ink = np.clip(1.2 - d, 0, 1) * ridges * rng.uniform(0.45, 0.7)
        ink *= nrng.uniform(0.6, 1.0, (h, w)).astype(np.float32)
        red = np.array((200, 35, 45), np.float32)
        arr = (arr * (1 - ink[..., None]) + (arr * red / 255) * ink[..., None]).astype(np.float32)
    return [_to_image(_photographed(arr, (0.88, 1.0), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the sixty-sixth set (2026-12-06)
# Written before the sixty-fifth set was measured, so before any result of it was read.


def id_front_upscaled_thumbnail(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front forwarded as a chat's preview: the photo shrunk to a thumbnail a few hundred pixels
    wide and saved with hard JPEG compression, then enlarged back by the app that received it,
    its blocks and ringing blown up with it and sharpened once more."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (20, 60), ((200, 196, 188), (150, 140, 128), (90, 92, 96)))
    h, w = frame.shape[:2]
    small_w = rng.randint(380, 460)
    small = cv2.resize(frame, (small_w, int(h * small_w / w)), interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(
        ".jpg", np.clip(small, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(28, 45)]
    )
    assert ok
    small = np.asarray(cv2.imdecode(jpeg, cv2.IMREAD_COLOR), np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    blur = cv2.GaussianBlur(big, (0, 0), 1.6)
    out = big + rng.uniform(0.4, 0.8) * (big - blur)
    return [_to_image(out)]


def id_back_channel_swapped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back saved by an app that swapped the red and blue channels (the card's blue-green
    pattern turned orange, the red seal blue) and then compressed it hard with the colour at
    quarter resolution."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (30, 80), ((60, 90, 150), (180, 170, 150), (40, 40, 44)))
    frame = _photographed(frame, (0.85, 1.0), (0.0, 0.15), rng)[..., ::-1].copy()
    bgr = np.clip(frame[..., ::-1], 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(35, 55)])
    assert ok
    return [_to_image(np.asarray(cv2.imdecode(jpeg, cv2.IMREAD_COLOR), np.float32)[..., ::-1])]


def _wrapped_rows(flow: Flow, ratios: list[float], rows: list[list[str]], size: int) -> None:
    """Ruled rows whose cells keep the font's size and wrap their text inside the cell's width
    (as a word processor's table does), each row as tall as its longest cell."""
    widths = [int(flow.inner * r / sum(ratios)) for r in ratios]
    lead = int(size * 1.35)
    for row in rows:
        lines = [flow.page.wrap(text, size, w - 14) or [""] for text, w in zip(row, widths, strict=True)]
        h = max(len(c) for c in lines) * lead + 18
        flow.room(h)
        y0, x = int(flow.y), flow.margin
        flow.page.draw.rectangle((x, y0, x + sum(widths), y0 + h), outline=RULE, width=2)
        for cell, w in zip(lines, widths, strict=True):
            flow.page.draw.line((x, y0, x, y0 + h), fill=RULE, width=2)
            top = y0 + (h - len(cell) * lead) // 2 + 3
            for i, text in enumerate(cell):
                flow.page.text(x + 7, top + i * lead, text, size)
            x += w
        flow.y = y0 + h
    flow.y += flow.size


def c_seller_name_wrapped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A table contract whose value cells are narrow and keep the font's size: the dealer's long
    company name and the parties' addresses wrap onto a second or third line inside their cells,
    breaking wherever the width runs out."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    seller = f["seller_name"]
    if len(seller) < 14:
        seller_row = [
            "出卖人",
            seller + rng.choice(("（盖章）", "（4S店）", "")),
            "统一社会信用代码",
            _uscc(rng),
        ]
    else:
        seller_row = ["出卖人", seller, "统一社会信用代码", _uscc(rng)]
    city = rng.choice(("杭州市西湖区", "宁波市鄞州区", "苏州市工业园区", "成都市武侯区"))
    road = rng.choice(("文三路", "中山东路", "星湖街", "天府大道"))
    _wrapped_rows(
        flow,
        [0.17, 0.33, 0.17, 0.33],
        [
            seller_row,
            [
                "地址",
                f"{city}{road}{rng.randint(10, 999)}号汽车城{rng.randint(1, 9)}号展厅",
                "电话",
                f"0571-{_digits(rng, 8)}",
            ],
            ["买受人", f["buyer_name"], "身份证号码", f["buyer_id_number"]],
            [
                "住址",
                f"{city}{road}{rng.randint(10, 999)}弄{rng.randint(1, 30)}幢{rng.randint(101, 2802)}室",
                "手机",
                f"1{_digits(rng, 10)}",
            ],
            ["车辆型号", rng.choice(BRAND_MODELS), "车辆识别代号", f["vin"]],
            ["车辆价款", _money(f["vehicle_price"], rng), "大写", _words(f["vehicle_price"])],
        ],
        flow.size - 1,
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def c_odd_label_separators(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a template whose author separated labels from values with whatever the
    input method offered: a ratio sign (∶), a vertical presentation colon (︰), a long dash, a
    full-width bar or an arrow, the same one throughout the document."""
    sep = rng.choice(("∶", "︰", "——", "｜", "→", "＞", " - "))
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "二手车买卖合同", "车辆购销合同")))
    flow.line(f"合同编号{sep}{f['contract_number']}", right=rng.random() < 0.4)
    flow.line(f"出卖人{sep}{f['seller_name']}")
    flow.line(f"买受人{sep}{f['buyer_name']}")
    flow.line(f"身份证号码{sep}{f['buyer_id_number']}")
    flow.line(f"联系电话{sep}1{_digits(rng, 10)}")
    flow.line(f"车辆识别代号{sep}{f['vin']}")
    flow.line(f"车辆价款{sep}{_money(f['vehicle_price'], rng)}（大写{sep}{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.pair(f"出卖人（盖章）{sep}", f"买受人（签字）{sep}")
    flow.line(f"签订日期{sep}{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def p_double_strike(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy from an impact printer set to print every line twice for a darker copy, whose
    paper slipped between the passes: each character printed over itself a pixel or two off, and
    a fainter third pass further off still."""
    pages = rng.choice((p_table_classic, p_kv_list, p_two_column, p_side_labels, p_header_grid))(f, font, rng)
    out = []
    for page in pages:
        arr = np.asarray(page.convert("L"), np.float32)
        dx, dy = rng.choice((1, 2, -1, -2)), rng.choice((0, 1, -1))
        twice = np.minimum(arr, np.roll(arr, (dy, dx), axis=(0, 1)))
        gx, gy = rng.choice((3, 4, 5, -3, -4)), rng.choice((1, 2, -1))
        ghost = np.roll(arr, (gy, gx), axis=(0, 1))
        faint = rng.uniform(0.3, 0.45)
        arr = np.minimum(twice, 255 - faint * (255 - ghost))
        nrng = np.random.default_rng(rng.randrange(2**32))
        arr = arr + nrng.normal(0, 4, arr.shape).astype(np.float32)
        out.append(_to_image(np.repeat(arr[..., None], 3, axis=2)))
    return out


def p_glasses_on_page(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed with the reader's glasses left lying on it: two lenses enlarging the
    lines under them, each ringed by a dark frame and casting a soft shadow, the bridge and an arm
    lying across the print."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    cy = h * rng.uniform(0.3, 0.7)
    cx = w * rng.uniform(0.35, 0.65)
    rx, ry = rng.uniform(90, 120), rng.uniform(65, 85)
    gap = rng.uniform(40, 60)
    power = rng.uniform(1.12, 1.3)
    out = arr.copy()
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shadow = np.zeros((h, w), np.uint8)
    frame = np.zeros((h, w), np.uint8)
    thick = rng.randint(7, 11)
    centres = [(cx - gap / 2 - rx, cy), (cx + gap / 2 + rx, cy)]
    for lx, ly in centres:
        inside = ((xx - lx) / rx) ** 2 + ((yy - ly) / ry) ** 2 <= 1
        r2 = ((xx - lx) / rx) ** 2 + ((yy - ly) / ry) ** 2
        scale = power * (1 - 0.06 * np.minimum(r2, 1))  # stronger at the centre, as a thick lens
        mx = (lx + (xx - lx) / scale).astype(np.float32)
        my = (ly + (yy - ly) / scale).astype(np.float32)
        seen = cv2.remap(arr, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        out[inside] = seen[inside] * 0.97 + 4
        box = (int(lx), int(ly)), (int(rx), int(ry))
        cv2.ellipse(frame, box[0], box[1], 0, 0, 360, 255, thick)
        cv2.ellipse(shadow, (box[0][0] + 14, box[0][1] + 18), box[1], 0, 0, 360, 255, thick + 8)
    left_edge, right_edge = int(cx - gap / 2), int(cx + gap / 2)
    cv2.line(frame, (left_edge, int(cy - ry * 0.5)), (right_edge, int(cy - ry * 0.5)), 255, thick - 2)
    side = rng.choice((-1, 1))
    start = centres[0 if side < 0 else 1]
    sx = int(start[0] + side * rx)
    end = (sx + side * rng.randint(180, 320), int(cy + rng.uniform(-60, 60)))
    cv2.line(frame, (sx, int(cy - ry * 0.3)), end, 255, thick - 3)
    cv2.line(shadow, (sx + 14, int(cy - ry * 0.3) + 18), (end[0] + 14, end[1] + 18), 255, thick + 4)
    soft = cv2.GaussianBlur(shadow.astype(np.float32), (0, 0), 9) / 255 * rng.uniform(0.25, 0.4)
    out *= (1 - soft)[..., None]
    ink = np.array(rng.choice(((35, 25, 20), (60, 35, 25), (20, 20, 24))), np.float32)
    fa = cv2.GaussianBlur(frame.astype(np.float32), (0, 0), 1.0)[..., None] / 255
    out = (out * (1 - fa) + ink * fa).astype(np.float32)
    return [_to_image(_photographed(out, (0.88, 1.0), (0.0, 0.12), rng)), *rest]


def i_ascii_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from an old billing program that drew its table in text: rules of - and =,
    corners of +, cell walls of |, a Chinese character two columns wide, printed on a line
    printer's fixed grid."""
    page = Page(1240, 880, font, rng, background=(250, 250, 246))
    size = rng.randint(20, 22)
    cw = size * 0.55  # one column: half a Chinese character
    words, fig = _total(f, rng)
    rows = [
        [("购买方名称", 10), (f["buyer_name"], 28), ("身份证号码", 10), (f["buyer_id_number"], 22)],
        [("厂牌型号", 10), (f["brand_model"], 28), ("发动机号码", 10), (f["engine_number"], 22)],
        [("车辆识别代号", 12), (f["vin"], 26), ("车辆类型", 10), ("轿车", 22)],
        [("价税合计", 10), (words, 28), ("小写", 10), (fig, 22)],
        [("销售方名称", 10), (f["seller_name"], 28), ("纳税人识别号", 12), (_uscc(rng), 20)],
    ]
    corner, rule = rng.choice((("+", "-"), ("+", "="), ("*", "-")))

    def cols(s: str) -> int:
        return sum(1 if ch.isascii() else 2 for ch in s)

    def put(x: float, y: float, s: str) -> None:
        for ch in s:
            page.text(x, y, ch, size)
            x += cw * (1 if ch.isascii() else 2)

    x0 = 40 + rng.randint(0, 20)
    y = 40.0 + rng.randint(0, 20)
    put(x0 + cw * 30, y, "机动车销售统一发票")
    y += size * 2
    put(x0, y, f"发票代码:{f['invoice_code']}    发票号码:{f['invoice_number']}")
    y += size * 1.6
    put(x0, y, f"开票日期:{f['issue_date'].replace('-', '/') if rng.random() < 0.5 else f['issue_date']}")
    y += size * 1.8
    for row in rows:
        line = corner + corner.join(rule * (width + 2) for _, width in row) + corner
        put(x0, y, line)
        y += size * 1.4
        text = "|"
        for value, width in row:
            text += " " + value + " " * max(1, width - cols(value)) + " |"
        put(x0, y, text)
        y += size * 1.4
    put(x0, y, corner + corner.join(rule * (width + 2) for _, width in rows[-1]) + corner)
    return [page.image.convert("RGB")]


def i_cup_rings(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice a coffee cup stood on: one to three brown rings where the cup's wet base sat,
    dark at their rims and faintly tinted inside, some crossing the printed values."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    brown = np.array((150, 100, 55), np.float32)
    for _ in range(rng.randint(1, 3)):
        cx, cy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.2, 0.85) * h
        r = rng.uniform(70, 110)
        d = np.sqrt((xx - cx) ** 2 + ((yy - cy) * rng.uniform(0.92, 1.08)) ** 2)
        wobble = 1 + 0.03 * np.sin(np.arctan2(yy - cy, xx - cx) * rng.randint(3, 6) + rng.uniform(0, 6.3))
        rim = np.exp(-(((d - r * wobble) / rng.uniform(2.0, 3.5)) ** 2)) * rng.uniform(0.45, 0.7)
        gap = np.clip(np.sin(np.arctan2(yy - cy, xx - cx) + rng.uniform(0, 6.3)) * 3 + 2.2, 0, 1)
        inner = (d < r * wobble) * rng.uniform(0.06, 0.14)
        a = (rim * gap + inner)[..., None]
        arr = arr * (1 - a) + (arr * brown / 255) * a
    return [_to_image(_photographed(arr, (0.88, 1.0), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the sixty-seventh set (2026-12-06)
# Written before the sixty-sixth set was measured, so before any result of it was read.


def id_front_dusty_lens_spots(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed with a dusty lens: a dozen or more soft grey discs where specks of
    dust sat out of focus in front of the sensor, some of them over the print, and a faint haze
    from a smear across the glass."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((120, 110, 100), (210, 205, 195), (60, 70, 80)))
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = np.ones((h, w), np.float32)
    for _ in range(rng.randint(12, 22)):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(8, 26)
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        disc = np.clip((r - d) / 3 + 0.5, 0, 1) * rng.uniform(0.12, 0.3)
        ring = np.exp(-(((d - r) / 1.5) ** 2)) * 0.06  # the disc's slightly darker rim
        shade *= 1 - disc - ring
    haze = cv2.GaussianBlur(frame, (0, 0), 6)
    smear = rng.uniform(0.1, 0.25)
    out = (frame * (1 - smear) + haze * smear) * shade[..., None]
    return [_to_image(_photographed(out, (0.9, 1.0), (0.0, 0.12), rng))]


def id_back_impulse_noise(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back from a failing scanner whose sensor drops pixels: single black and white specks
    scattered over the whole scan (salt and pepper), denser in a band where the glass is worn."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (20, 50), ((250, 250, 250), (240, 240, 236)))
    h, w = frame.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    density = np.full((h, w), rng.uniform(0.01, 0.025), np.float32)
    band = rng.randint(0, max(1, h - 120))
    density[band : band + rng.randint(60, 120)] *= rng.uniform(2, 3)
    hit = nrng.random((h, w)) < density
    white = nrng.random((h, w)) < 0.5
    out = frame.copy()
    out[hit & white] = 255
    out[hit & ~white] = 0
    return [_to_image(out)]


def c_price_with_exclusions(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose price line says what the price includes and what it does not, each with
    its own amount in the same sentence: the purchase tax, the compulsory insurance, the plate
    fee, a gift's value, after the price in words and figures."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    price = Decimal(f["vehicle_price"])
    tax = (price / Decimal("11.3")).quantize(Decimal("0.01"))
    extras = [
        f"车辆购置税约¥{tax:,.2f}",
        f"交强险¥{rng.choice(('950.00', '665.00', '1,100.00'))}",
        f"上牌服务费¥{rng.choice(('500.00', '800.00', '300.00'))}",
    ]
    rng.shuffle(extras)
    gift = f"赠送价值¥{rng.randrange(2, 9) * 1000:,}.00元的装潢礼包"
    flow.para(
        f"第一条 车辆价款为人民币{_words(f['vehicle_price'])}（{_money(f['vehicle_price'], rng)}），"
        f"含增值税，不含{'、'.join(extras)}等费用，上述费用由买受人另行支付；出卖人另{gift}，不计入车价。",
        indent=False,
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def c_labels_wrapped_in_narrow_column(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract table with a narrow label column at the font's size: the longer labels
    (车辆识别代号, 身份证号码, 统一社会信用代码) break onto two or three lines inside their cells,
    the value beside them on one line in the middle of the row."""
    flow = _contract_flow(font, rng, rng.choice(("机动车买卖合同", "汽车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    _wrapped_rows(
        flow,
        [rng.uniform(0.1, 0.13), 0.5],
        [
            ["出卖人名称", f["seller_name"]],
            ["统一社会信用代码", _uscc(rng)],
            ["买受人姓名", f["buyer_name"]],
            ["身份证号码", f["buyer_id_number"]],
            ["车辆品牌型号", rng.choice(BRAND_MODELS)],
            ["车辆识别代号", f["vin"]],
            ["车辆价款（小写）", _money(f["vehicle_price"], rng)],
            ["车辆价款（大写）", _words(f["vehicle_price"])],
        ],
        flow.size - 1,
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def p_narrow_cells_wrapping(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule in four narrow columns that keep the font's size: the insurer's branch,
    the beneficiary's long name and the period wrap onto two or three lines inside their cells."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    _wrapped_rows(
        flow,
        [0.15, 0.35, 0.15, 0.35],
        [
            ["被保险人", f["insured_name"], "证件号码", "3301" + _digits(rng, 14)],
            ["车辆识别代号", f["vin"], "号牌号码", rng.choice(("浙A", "沪B", "苏E")) + _digits(rng, 5)],
            ["保险期间", _period(f, rng), "保险费合计", _money(f["premium"], rng)],
            ["第一受益人", f["first_beneficiary"], "保险人", _branch(f["insurer"], rng)],
        ],
        flow.size - 1,
    )
    flow.para(f"保险费大写：{_words(f['premium'])}", indent=False)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_wallet_pass(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy saved to a phone's wallet as a pass: a rounded card in the insurer's colour with
    white print, small labels over large values in two columns, the phone's status bar above,
    sent as a screenshot."""
    w, h = 720, 1560
    img = Image.new("RGB", (w, h), (242, 242, 247))
    draw = ImageDraw.Draw(img)
    colour = rng.choice(((200, 30, 45), (20, 90, 170), (0, 120, 90), (90, 50, 140)))
    draw.text(
        (36, 18), f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", font=load_font(font, 26), fill=(0, 0, 0)
    )
    draw.text((w - 140, 18), f"{rng.randint(20, 99)}%", font=load_font(font, 24), fill=(0, 0, 0))
    top = rng.randint(110, 150)
    draw.rounded_rectangle((30, top, w - 30, top + 1300), radius=36, fill=colour)
    white = (255, 255, 255)
    pale = tuple(int(c + (255 - c) * 0.65) for c in colour)
    y = top + 40
    draw.text((64, y), f["insurer"], font=load_font(font, 26), fill=white)
    y += 70
    draw.text((64, y), "电子保单", font=load_font(font, 40), fill=white)
    y += 90

    def field(x: float, y: float, label: str, value: str, size: int) -> None:
        draw.text((x, y), label, font=load_font(font, 20), fill=pale)
        draw.text((x, y + 30), value, font=load_font(font, size), fill=white)

    field(64, y, "保单号", f["policy_number"], 30)
    y += 110
    field(64, y, "被保险人", f["insured_name"], 34)
    field(380, y, "保费", f"¥{Decimal(f['premium']):,.2f}", 34)
    y += 110
    field(64, y, "车架号", f["vin"], 30)
    y += 110
    field(64, y, "起保日期", f["start_date"], 30)
    field(380, y, "终保日期", f["end_date"], 30)
    y += 110
    field(64, y, "第一受益人", f["first_beneficiary"], 26)
    y += 120
    bx = 120  # a barcode's bars, the pass's foot
    while bx < w - 120:
        bw = rng.choice((2, 3, 5))
        draw.rectangle((bx, top + 1080, bx + bw, top + 1230), fill=white)
        bx += bw + rng.choice((2, 4, 6))
    return [img]


def i_buyer_written_by_hand(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed with the buyer's cells left blank and filled in by the dealer's clerk in
    pen: the buyer's name and ID number handwritten, everything else printed."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words, fig = _total(f, rng)
    ratios = [0.16, 0.34, 0.16, 0.34]
    widths = [int(flow.inner * r / sum(ratios)) for r in ratios]
    row_h = rng.randint(54, 62)
    y0 = int(flow.y)
    flow.table(
        ratios,
        [
            [("购买方名称", 1), ("", 1), ("身份证号码", 1), ("", 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销售方名称", 1), (f["seller_name"], 1), ("纳税人识别号", 1), (_uscc(rng), 1)],
        ],
        row_h=row_h,
    )
    draw = flow.page.draw
    _pen(draw, (flow.margin + widths[0] + rng.randint(8, 30), y0 + rng.randint(4, 14)), f["buyer_name"], rng)
    x = flow.margin + sum(widths[:3]) + rng.randint(4, 12)
    _pen(draw, (x, y0 + rng.randint(6, 14)), f["buyer_id_number"], rng)
    flow.stamp("发票专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_toner_saver(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed in the printer's toner-saving mode: every stroke a light grey made of a
    fine dot screen, the form's rules and text equally pale."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact, i_old_generation))(f, font, rng)
    grey = np.asarray(page.convert("L"), np.float32)
    ink = 1 - grey / 255
    h, w = grey.shape
    yy, xx = np.mgrid[0:h, 0:w]
    screen = ((xx + yy) % 2 == 0) | ((xx % 3 == 0) & (yy % 3 == 0))
    lightness = rng.uniform(0.35, 0.5)
    out = 255 - ink * 255 * lightness * np.where(screen, 1.0, 0.55)
    return [_to_image(np.repeat(out[..., None], 3, axis=2))]


# ---------------------------------------------------------------- the sixty-eighth set (2026-12-06)
# Written before the sixty-seventh set was measured, so before any result of it was read.


def id_front_denoise_smear(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed in a dim room by a phone whose night mode denoised it hard: the grain
    gone and the fine strokes with it, flat patches where the print's edges were, the look of a
    watercolour."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((70, 60, 50), (120, 115, 110), (40, 45, 55)))
    dim = frame * rng.uniform(0.35, 0.5)
    nrng = np.random.default_rng(rng.randrange(2**32))
    noisy = np.clip(dim + nrng.normal(0, rng.uniform(9, 14), dim.shape), 0, 255).astype(np.uint8)
    clean = cv2.fastNlMeansDenoisingColored(noisy, None, rng.uniform(14, 20), 10, 7, 21)
    out = clean.astype(np.float32) / rng.uniform(0.4, 0.55)  # brightened back up by the phone
    return [_to_image(out)]


def id_back_copy_on_coloured_paper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photocopied onto coloured paper from the office's pink, yellow, green or blue ream:
    the copy's greys over the paper's colour, toner specks, the sheet photographed on a desk."""
    card = render_back(f, font, rng)
    page = Image.new("L", (1000, 1414), 255)
    w = rng.randint(620, 760)
    h = int(w * card.height / card.width)
    page.paste(
        card.convert("L").resize((w, h), Image.Resampling.BILINEAR),
        (rng.randint(80, 200), rng.randint(120, 400)),
    )
    grey = np.asarray(page, np.float32)
    grey = np.clip((grey - 40) * 1.25, 0, 255)  # a copier's contrast
    nrng = np.random.default_rng(rng.randrange(2**32))
    grey[nrng.random(grey.shape) < 0.0015] = 30
    paper = np.array(
        rng.choice(((250, 200, 210), (250, 240, 160), (200, 235, 200), (195, 220, 245))), np.float32
    )
    sheet = grey[..., None] / 255 * paper
    frame = _on_plain(sheet, rng, (40, 90), ((110, 90, 70), (160, 160, 165), (60, 60, 62)))
    return [_to_image(_photographed(frame, (0.85, 1.0), (0.0, 0.15), rng))]


def c_stock_sticker_over_label(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the dealer's stock sticker was stuck on: a white label with a barcode and the
    car's stock number (库存编号) lying over the label of the price or of the VIN, the value after
    it uncovered."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同")))
    s = flow.size
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    covered = rng.choice(("vin", "price"))
    spot = (0, 0.0, 0.0, 0.0)
    for label, value, name in (
        ("车辆识别代号：", f["vin"], "vin"),
        ("车辆价款：", f"{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）", "price"),
    ):
        flow.room(s * 2)
        end = flow.page.text(flow.margin, flow.y, label, s)
        flow.page.text(end, flow.y, value, s)
        if name == covered:
            spot = (len(flow.pages) - 1, flow.margin, end, flow.y)
        flow.y += flow.step()
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-s)
    pages = flow.images()
    at, x0, x1, y = spot
    draw = ImageDraw.Draw(pages[at])
    left = x0 - rng.randint(10, 30)
    right = x1 - rng.randint(0, 6)
    top, bottom = y - rng.randint(30, 50), y + s + rng.randint(20, 40)
    draw.rectangle((left + 3, top + 4, right + 3, bottom + 4), fill=(190, 190, 186))
    draw.rectangle((left, top, right, bottom), fill=(252, 252, 250), outline=(220, 220, 215))
    small = load_font(font, 14)
    draw.text((left + 8, top + 6), f"库存编号 KC{_digits(rng, 8)}", font=small, fill=(30, 30, 30))
    bx = left + 8
    while bx < right - 10:
        bw = rng.choice((1, 2, 3))
        draw.rectangle((bx, top + 26, bx + bw, bottom - 8), fill=(20, 20, 20))
        bx += bw + rng.choice((1, 2, 3))
    return pages


def c_buyer_former_name(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose buyer block also gives the buyer's former name (曾用名), as forms that
    follow the household register do, on its own line under the name or in brackets after it."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    former = f["buyer_name"][0] + person_name(rng)[1:]
    if rng.random() < 0.5:
        flow.line(f"买受人：{f['buyer_name']}（曾用名：{former}）")
    else:
        flow.line(f"买受人姓名：{f['buyer_name']}")
        flow.line(f"曾用名：{former}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}")
    flow.line(f"价款大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def p_in_window_envelope(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photographed still inside the insurer's window envelope: the top of the schedule
    clear through the window's film, the rest read through the envelope's paper, pale and soft."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    through = cv2.GaussianBlur(arr, (0, 0), rng.uniform(1.0, 1.6))
    paper = np.array(rng.choice(((246, 244, 236), (240, 238, 230), (236, 232, 220))), np.float32)
    show = rng.uniform(0.4, 0.55)  # how much of the ink shows through the paper
    out = paper - (255 - through) * show
    top = rng.randint(40, 80)
    bottom = top + int(h * rng.uniform(0.22, 0.3))
    left, right = rng.randint(30, 70), w - rng.randint(30, 70)
    film = arr * 0.96 + 6
    out[top:bottom, left:right] = film[top:bottom, left:right]
    edge = np.zeros((h, w), np.uint8)
    cv2.rectangle(edge, (left, top), (right, bottom), 255, 2)
    e = cv2.GaussianBlur(edge.astype(np.float32), (0, 0), 1.5)[..., None] / 255 * 0.5
    out = out * (1 - e) + 170 * e
    return [_to_image(_photographed(out, (0.88, 1.0), (0.0, 0.12), rng)), *rest]


def p_over_last_years_policy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """This year's policy photographed lying on last year's: the old one's top strip shows above
    it, with its own policy number and, where it shows, its own period a year earlier."""
    number = f["policy_number"]
    old_number = number[:-8] + _digits(rng, 8)

    def year_back(iso: str) -> str:
        d = date.fromisoformat(iso)
        return (
            d.replace(year=d.year - 1) if (d.month, d.day) != (2, 29) else d - timedelta(days=365)
        ).isoformat()

    old = {
        **f,
        "policy_number": old_number,
        "start_date": year_back(f["start_date"]),
        "end_date": year_back(f["end_date"]),
    }
    layout = rng.choice((p_kv_list, p_table_classic, p_two_column))
    (below, *_) = layout(old, font, random.Random(rng.random()))
    (above, *rest) = layout(f, font, rng)
    w, h = above.size
    shift_y = rng.randint(170, 260)
    shift_x = rng.randint(-40, 40)
    canvas = Image.new(
        "RGB", (w + 160, h + shift_y + 120), rng.choice(((95, 80, 65), (150, 150, 155), (60, 62, 66)))
    )
    canvas.paste(
        below.rotate(rng.uniform(-2, 2), Image.Resampling.BICUBIC, expand=False, fillcolor=(240, 240, 236)),
        (80 + shift_x, 40),
    )
    shade = Image.new("L", (w, h), 90)  # the top sheet's shadow on the one below
    canvas.paste((40, 40, 40), (86, 48 + shift_y, 86 + w, 48 + shift_y + h), shade)
    canvas.paste(above, (80, 40 + shift_y))
    return [_to_image(_photographed(np.asarray(canvas, np.float32), (0.88, 1.0), (0.0, 0.12), rng)), *rest]


def i_tiled_watermark(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice copy the dealer marked for the lender: 仅供贷款审核使用 (for loan review only)
    tiled diagonally across the whole sheet in pale grey or red, over the values as well."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact, i_electronic))(f, font, rng)
    w, h = page.size
    layer = Image.new("L", (w * 2, h * 2), 0)
    draw = ImageDraw.Draw(layer)
    text = rng.choice(("仅供贷款审核使用", "仅供按揭贷款使用", "复印件仅供银行审核"))
    size = rng.randint(30, 40)
    face = load_font(font, size)
    step_x = int(draw.textlength(text, font=face)) + rng.randint(60, 120)
    step_y = rng.randint(110, 160)
    for row, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-(row % 2) * step_x // 2, w * 2, step_x):
            draw.text((x, y), text, font=face, fill=255)
    mark = layer.rotate(rng.uniform(20, 35), Image.Resampling.BICUBIC).crop(
        (w // 2, h // 2, w // 2 + w, h // 2 + h)
    )
    alpha = np.asarray(mark, np.float32)[..., None] / 255 * rng.uniform(0.2, 0.32)
    ink = np.array(rng.choice(((120, 120, 120), (210, 60, 60))), np.float32)
    arr = np.asarray(page, np.float32)
    return [_to_image(arr * (1 - alpha) + ink * alpha)]


def i_scanned_askew(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice laid crooked on a flatbed scanner: turned by six to fourteen degrees on the white
    bed, the lid's shadow along one edge of the scan, no deskewing."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_old_generation, i_compact))(f, font, rng)
    angle = rng.choice((-1, 1)) * rng.uniform(6, 14)
    turned = page.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    bed = Image.new("RGB", (turned.width + 120, turned.height + 120), (250, 250, 250))
    bed.paste(turned, (60, 60))
    arr = np.asarray(bed, np.float32)
    bw = arr.shape[1]
    ramp = np.clip(1 - np.arange(bw, dtype=np.float32) / rng.uniform(40, 90), 0, 1)
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    arr *= (1 - 0.6 * ramp)[None, :, None]
    return [_to_image(arr)]


# ---------------------------------------------------------------- the sixty-ninth set (2026-12-06)
# Written before the sixty-eighth set was measured, so before any result of it was read.


def id_front_macro_clip_vignette(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed through a cheap clip-on lens: the middle sharp, the picture darkening
    hard toward the corners and going soft there, the card filling most of the frame."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (20, 50), ((150, 140, 125), (205, 200, 190), (70, 75, 85)))
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2 + rng.uniform(-0.05, 0.05) * w, h / 2 + rng.uniform(-0.05, 0.05) * h
    r = np.sqrt(((xx - cx) / (w / 2)) ** 2 + ((yy - cy) / (h / 2)) ** 2) / np.sqrt(2)
    soft = cv2.GaussianBlur(frame, (0, 0), rng.uniform(2.0, 3.5))
    mix = np.clip((r - rng.uniform(0.45, 0.6)) / 0.4, 0, 1)[..., None]
    out = frame * (1 - mix) + soft * mix
    out *= (1 - rng.uniform(0.45, 0.7) * r ** rng.uniform(2.0, 3.0))[..., None]
    return [_to_image(_photographed(out, (0.9, 1.0), (0.0, 0.08), rng))]


def id_back_risograph_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back run off on a community centre's risograph in its one drum colour (blue, green,
    teal or red): grainy ink, heavier on one side of the drum, on off-white copy paper, scanned."""
    grey = np.asarray(render_back(f, font, rng).convert("L"), np.float32)
    cover = 1 - grey / 255
    h, w = cover.shape
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 0.8)
    grain = (grain - grain.min()) / max(float(np.ptp(grain)), 1e-6)
    drum = np.linspace(rng.uniform(0.7, 0.85), 1.0, w, dtype=np.float32)
    if rng.random() < 0.5:
        drum = drum[::-1]
    density = np.clip(cover * (0.65 + 0.5 * grain) * drum[None, :], 0, 1)
    paper = np.array(rng.choice(((246, 243, 232), (240, 238, 228), (250, 248, 240))), np.float32)
    ink = np.array(rng.choice(((0, 110, 185), (0, 140, 95), (0, 130, 140), (215, 50, 60))), np.float32)
    sheet = paper - density[..., None] * (paper - ink)
    frame = _on_plain(sheet, rng, (30, 70), ((250, 250, 250), (236, 236, 232)))
    return [_to_image(frame)]


def c_many_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that names half a dozen days besides the one it was signed on: the deposit paid
    before it, the balance and the delivery after it, the quote's expiry, the warranty's start;
    the signing day itself once, at the head or at the foot."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同", "机动车买卖合同")))
    signed = date.fromisoformat(f["sign_date"])

    def day(offset: int) -> str:
        return _date((signed + timedelta(days=offset)).isoformat(), rng)

    label = rng.choice(("签订日期", "签约日期", "合同签订日期", "签署日期"))
    head = rng.random() < 0.5
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    if head:
        flow.line(f"{label}：{_date(f['sign_date'], rng)}")
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）")
    deliver = rng.randint(5, 40)
    clauses = [
        f"买受人已于{day(-rng.randint(2, 30))}支付定金人民币{rng.choice(('5,000.00', '10,000.00', '3,000.00'))}元，"
        f"余款应于{day(rng.randint(1, deliver))}前付清。",
        f"出卖人应于{day(deliver)}前交付车辆及随车文件；本报价单有效期至{day(-rng.randint(1, 10))}。",
        f"车辆质量保证期自{day(deliver)}交车之日起计算，为三年或十万公里，以先到者为准。",
    ]
    for n, text in enumerate(clauses):
        flow.para(f"第{'一二三'[n]}条 {text}")
    _boilerplate(flow, rng, rng.randint(1, 2), 4)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    if not head:
        flow.line(f"{label}：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def c_values_below_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer's new system laid out as cards: each field a small grey caption
    with its value under it, two to a row where both fit, a hairline under each value."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "新车销售合同")))
    s = flow.size
    caption = rng.randint(15, 18)
    grey = (rng.randint(110, 150),) * 3
    items = [
        ("合同编号", f["contract_number"]),
        ("签订日期", _date(f["sign_date"], rng)),
        ("出卖人", f["seller_name"]),
        ("统一社会信用代码", _uscc(rng)),
        ("买受人", f["buyer_name"]),
        ("身份证号码", f["buyer_id_number"]),
        ("车辆品牌型号", rng.choice(BRAND_MODELS)),
        ("车辆识别代号（VIN）", f["vin"]),
        ("车辆价款（小写）", _money(f["vehicle_price"], rng)),
        ("车辆价款（大写）", _words(f["vehicle_price"])),
    ]
    half = flow.inner // 2
    rows: list[list[tuple[str, str]]] = []
    for label, value in items:
        if rows and len(rows[-1]) == 1 and flow.page.width_of(rows[-1][0][1], s) < half - 30:
            if flow.page.width_of(value, s) < half - 30:
                rows[-1].append((label, value))
                continue
        rows.append([(label, value)])
    for row in rows:
        flow.room(s * 3)
        for i, (label, value) in enumerate(row):
            x = flow.margin + i * (half + 10)
            flow.page.text(x, flow.y, label, caption, grey)
            end = flow.page.text(x, flow.y + caption + 8, value, s)
            under = flow.y + caption + 8 + s + 6
            flow.page.draw.line((x, under, max(end, x + half - 40), under), fill=(200, 200, 200), width=1)
        flow.y += caption + s + rng.randint(30, 40)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-s)
    return flow.images()


def p_blank_optional_fields(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule printed with every optional field of the form whether used or not: the
    proposer, the registered owner, the plate, the engine number, the named drivers, the second
    beneficiary, the premium in words left blank between the filled ones."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单（正本）")), 34)
    rows = [
        ("保险单号", f["policy_number"]),
        ("投保人", ""),
        ("被保险人", f["insured_name"]),
        ("行驶证车主", ""),
        ("号牌号码", ""),
        ("车辆识别代号", f["vin"]),
        ("发动机号", ""),
        ("保险期间", _period(f, rng)),
        ("指定驾驶人", ""),
        ("保险费合计（小写）", _money(f["premium"], rng)),
        ("保险费合计（大写）", ""),
        ("第一受益人", f["first_beneficiary"]),
        ("第二受益人", ""),
        ("特别约定", ""),
    ]
    if rng.random() < 0.5:
        flow.table([0.3, 0.7], [[(label, 1), (value, 1)] for label, value in rows], row_h=rng.randint(50, 58))
    else:
        for label, value in rows:
            flow.line(f"{label}：{value}")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_generation_loss(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy photo passed on from one chat to the next: each app scaled it down to its own
    size and saved it again as a JPEG, four to eight times, the blocks and ringing piling up."""
    (page, *rest) = rng.choice((p_table_classic, p_kv_list, p_two_column, p_header_grid))(f, font, rng)
    img = page.convert("RGB")
    for _ in range(rng.randint(4, 8)):
        longest = rng.randint(1000, 1350)
        if max(img.size) > longest:
            k = longest / max(img.size)
            img = img.resize((int(img.width * k), int(img.height * k)), Image.Resampling.BOX)
        crop = rng.randint(0, 3)
        if crop:
            img = img.crop((crop, crop, img.width, img.height))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=rng.randint(45, 70))
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return [img, *rest]


def i_spaced_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice on a pre-printed form whose labels are spaced out across their cells
    (购　买　方　名　称, 价 税 合 计), the head's labels too, the values printed normally."""
    flow = _invoice_flow(font, rng)

    def s(label: str) -> str:
        return _spaced(label, rng)

    _invoice_head(flow, f, rng, s("发票代码") + "：", s("发票号码") + "：", s("开票日期") + "：")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.2, 0.16, 0.18, 0.12, 0.18],
        [
            [(s("购买方名称"), 1), (f["buyer_name"], 2), (s("身份证号码"), 1), (f["buyer_id_number"], 2)],
            [
                (s("车辆类型"), 1),
                ("轿车", 1),
                (s("厂牌型号"), 1),
                (f["brand_model"], 1),
                (s("产地"), 1),
                ("武汉", 1),
            ],
            [(s("发动机号码"), 1), (f["engine_number"], 1), (s("车辆识别代号"), 2), (f["vin"], 2)],
            [(s("价税合计"), 1), (words, 3), (s("小写"), 1), (fig, 1)],
            [(s("销货单位名称"), 1), (f["seller_name"], 3), (s("电话"), 1), (f"027-{_digits(rng, 8)}", 1)],
            [(s("纳税人识别号"), 1), (_uscc(rng), 3), (s("账号"), 1), (_digits(rng, 12), 1)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.stamp("发票专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_through_windscreen(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice left on the dashboard and photographed from outside the car through the
    windscreen: foreshortened, the glass's green tint darker toward the top, the sky and trees
    reflected faintly over it, dust and dried drops on the glass."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact, i_electronic))(f, font, rng)
    shot = np.asarray(_keystone(page, rng), np.float32)
    h, w = shot.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tint = np.array((0.86, 0.97, 0.92), np.float32) * (1 - rng.uniform(0.1, 0.25) * (1 - yy / h))[..., None]
    nrng = np.random.default_rng(rng.randrange(2**32))
    sky = cv2.GaussianBlur(nrng.random((h // 16 + 1, w // 16 + 1)).astype(np.float32), (0, 0), 2)
    sky = cv2.resize(sky, (w, h), interpolation=cv2.INTER_CUBIC)
    sky = (sky - sky.min()) / max(float(np.ptp(sky)), 1e-6)
    glare = rng.uniform(0.12, 0.25) * (sky * (0.5 + 0.5 * _ramp(xx, yy, rng)))[..., None]
    out = shot * tint * (1 - glare) + np.array((225, 232, 240), np.float32) * glare
    spots = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(40, 90)):
        cv2.circle(spots, (rng.randrange(w), rng.randrange(h)), rng.randint(2, 7), rng.uniform(0.3, 1.0), -1)
    spots = cv2.GaussianBlur(spots, (0, 0), 1.5)[..., None] * rng.uniform(0.15, 0.3)
    out = out * (1 - spots) + 200 * spots
    return [_to_image(_photographed(out, (0.85, 1.0), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the seventieth set (2026-12-06)
# Written before the sixty-ninth set was measured, so before any result of it was read.


def id_front_sodium_lamp(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed at night under a sodium street lamp: one orange light, so every colour
    is a shade of orange, the blue labels as dark as the print, the shadows grainy."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((90, 90, 95), (160, 150, 140), (40, 40, 45)))
    seen = frame @ np.array((0.62, 0.33, 0.05), np.float32)  # what a lamp at 589 nm lights
    light = np.array((1.0, rng.uniform(0.55, 0.68), rng.uniform(0.1, 0.22)), np.float32)
    out = seen[..., None] * light * rng.uniform(0.55, 0.8)
    nrng = np.random.default_rng(rng.randrange(2**32))
    out += nrng.normal(0, rng.uniform(5, 9), out.shape).astype(np.float32)
    return [_to_image(_photographed(out, (0.9, 1.0), (0.0, 0.2), rng))]


def id_back_sun_bleached(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back left for a summer on a car's dashboard with half of it in the sun: that half's print
    faded to a pale bluish grey, the other half as printed, the change gradual between them."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    w = card.shape[1]
    xs = np.linspace(0, 1, w, dtype=np.float32)
    edge, soft = rng.uniform(0.3, 0.7), rng.uniform(0.08, 0.2)
    sunned = np.clip((xs - edge) / soft + 0.5, 0, 1)
    if rng.random() < 0.5:
        sunned = sunned[::-1]
    keep = 1 - rng.uniform(0.55, 0.72) * sunned  # the ink left where the sun was
    faded = 255 - (255 - card) * keep[None, :, None]
    faded += (sunned[None, :, None] * np.array((-4, 0, 8), np.float32)) * (1 - keep[None, :, None])
    frame = _on_plain(faded, rng, (30, 70), ((120, 110, 100), (200, 200, 198), (70, 72, 80)))
    return [_to_image(_photographed(frame, (0.9, 1.0), (0.0, 0.12), rng))]


def c_vehicle_in_one_sentence(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that gives the car and its price in one long sentence of its first article: the
    make, the colour, the VIN, the engine number and the price in words and figures, run on over
    three or four lines, no labels set apart."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    colour = rng.choice(("珍珠白", "曜石黑", "星空灰", "宝石蓝", "中国红"))
    text = (
        f"第一条 买受人向出卖人购买{rng.choice(BRAND_MODELS)}型乘用车壹辆，车身颜色为{colour}，"
        f"车辆识别代号（VIN）为{f['vin']}，发动机号为{_engine(rng)}，双方协商一致的成交价格为人民币"
        f"{_words(f['vehicle_price'])}（{_money(f['vehicle_price'], rng)}），该价格已包含增值税及随车附件，"
        "不含车辆购置税、保险费及上牌费用。"
    )
    for ln in flow.page.wrap("\u3000\u3000" + text, flow.size, flow.inner, words=True):
        flow.line(ln)
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    return flow.images()


def c_id_at_signature(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that names the buyer at its head without an ID number and gives the number only
    in the signature block at its foot, under the buyer's signature, beside the seller's
    representative and both dates."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人（甲方）：{f['seller_name']}")
    flow.line(f"买受人（乙方）：{f['buyer_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(3, 4), 2)
    flow.gap(flow.size)
    day = _date(f["sign_date"], rng)
    flow.pair("甲方（盖章）：", f"乙方（签字）：{f['buyer_name']}")
    flow.pair(f"授权代表：{person_name(rng)}", f"身份证号：{f['buyer_id_number']}")
    flow.pair(
        f"电话：0{rng.randint(10, 99)}-{_digits(rng, 8)}", f"电话：1{rng.choice('3589')}{_digits(rng, 9)}"
    )
    flow.pair(f"日期：{day}", f"日期：{day}")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-3 * flow.size)
    return flow.images()


def p_period_in_months(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose period gives its length and its start only (保险期间：十二个月，自…零时起),
    as some branches' short-form schedules do; the end is the day before the start a year on."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    sy, sm, sd = f["start_date"].split("-")
    length = rng.choice(("十二个月", "12个月", "壹年", "一年"))
    flow.table(
        [0.26, 0.74],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (f"{length}，自{sy}年{sm}月{sd}日零时起", 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_mobile_web_print(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy's page on the insurer's mobile site printed from a phone's browser onto A4: a
    narrow column in the middle of the sheet, each row a grey label at its left and its value
    flush right, the browser's header (date, page title) and footer (the address, 1/1)."""
    w, h = 1000, 1414
    img = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    small = load_font(font, 14)
    draw.text(
        (30, 20),
        f"{f['start_date']} {rng.randint(8, 21)}:{rng.randint(10, 59)}",
        font=small,
        fill=(60, 60, 60),
    )
    draw.text((w // 2 - 40, 20), "电子保单详情", font=small, fill=(60, 60, 60))
    draw.text(
        (30, h - 36),
        f"https://m.{rng.choice(('picc', 'pingan', 'cpic', 'ccic'))}.com.cn/policy/detail?id={_digits(rng, 12)}",
        font=small,
        fill=(60, 60, 60),
    )
    draw.text((w - 60, h - 36), "1/1", font=small, fill=(60, 60, 60))
    left, right = int(w * rng.uniform(0.22, 0.27)), int(w * rng.uniform(0.73, 0.78))
    y = 80
    draw.rectangle((left, y, right, y + 70), fill=rng.choice(((230, 0, 18), (255, 102, 0), (0, 92, 175))))
    draw.text((left + 20, y + 20), f["insurer"][:8], font=load_font(font, 24), fill=(255, 255, 255))
    y += 100
    label_face, value_face = load_font(font, 17), load_font(font, rng.randint(18, 20))
    rows = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车架号", f["vin"]),
        ("保险起期", f"{f['start_date']} 00:00"),
        ("保险止期", f"{f['end_date']} 24:00"),
        ("保费", f"¥{Decimal(f['premium']):,.2f}"),
        ("第一受益人", f["first_beneficiary"]),
        ("承保机构", _branch(f["insurer"], rng)),
    ]
    for label, value in rows:
        draw.text((left + 16, y), label, font=label_face, fill=(140, 140, 140))
        vw = draw.textlength(value, font=value_face)
        if vw > right - left - 130:  # too long beside its label: under it, flush right
            y += 28
        draw.text((right - 16 - vw, y), value, font=value_face, fill=(30, 30, 30))
        y += rng.randint(44, 52)
        draw.line((left + 16, y - 12, right - 16, y - 12), fill=(230, 230, 230), width=1)
    return [img]


def _translit_buyer(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    region, _ = rng.choice(XINJIANG)
    idn = fields["buyer_id_number"]
    born = date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    return {
        **fields,
        "buyer_name": f"{rng.choice(TRANSLIT_FIRST)}·{rng.choice(TRANSLIT_LAST)}",
        "buyer_id_number": id_number(rng, region, born, int(idn[16]) % 2 == 1),
    }


def i_transliterated_buyer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from a dealer in Xinjiang to a buyer with a transliterated name (given·family,
    the middle dot between, up to nine characters), on any of the common forms."""
    return rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact, i_electronic))(f, font, rng)


def i_grease_spot(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with grease spots from a workshop counter: where the oil soaked in the paper
    went translucent, darker and yellowish, and the print on the sheet under it shows through,
    mirrored and faint, between the values."""
    (page,) = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact, i_old_generation))(f, font, rng)
    arr = np.asarray(page, np.float32)
    h, w = arr.shape[:2]
    under = random_fields("vehicle_invoice", rng)
    (other,) = i_kv_lines(under, font, random.Random(rng.random()))
    behind = np.asarray(other.resize((w, h)).transpose(Image.Transpose.FLIP_LEFT_RIGHT), np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    spots = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(1, 3)):
        blob = np.zeros((h, w), np.uint8)
        cx, cy = rng.randint(w // 6, 5 * w // 6), rng.randint(h // 5, 4 * h // 5)
        cv2.ellipse(
            blob, (cx, cy), (rng.randint(50, 120), rng.randint(35, 90)), rng.uniform(0, 180), 0, 360, 255, -1
        )
        rough = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 8)
        edge = cv2.GaussianBlur(blob.astype(np.float32) / 255, (0, 0), 6) * (0.8 + 0.6 * rough)
        spots = np.maximum(spots, np.clip(edge, 0, 1))
    s = spots[..., None]
    tint = np.array((0.86, 0.8, 0.62), np.float32)
    oiled = arr * (1 - s + s * tint) - s * (255 - behind) * rng.uniform(0.12, 0.2)
    return [_to_image(oiled)]


# ---------------------------------------------------------------- the seventy-first set (2026-12-07)
# Written before the seventieth set was measured, so before any result of it was read.


def id_front_rain_drops(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed outdoors in light rain: drops standing on the laminate, each a small
    lens that magnifies what lies under it, with a dark edge and a bright highlight."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((90, 90, 95), (160, 150, 140), (40, 40, 45)))
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    mx, my = xx.copy(), yy.copy()
    shade = np.ones((h, w), np.float32)
    shine = np.zeros((h, w), np.float32)
    for _ in range(rng.randint(5, 12)):
        r = rng.uniform(6, 18) * w / 900
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        d = np.hypot(xx - cx, yy - cy) / r
        inside = d < 1
        k = rng.uniform(0.55, 0.75)  # the centre is magnified 1/k times
        scale = k + (1 - k) * d**2
        mx = np.where(inside, cx + (xx - cx) * scale, mx)
        my = np.where(inside, cy + (yy - cy) * scale, my)
        shade *= np.where(inside & (d > 0.78), 0.72, 1.0)
        spot = np.hypot(xx - (cx - r / 3), yy - (cy - r / 3)) / (r / 4)
        shine = np.maximum(shine, np.clip(1 - spot, 0, 1))
    out = cv2.remap(frame, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    out = out * shade[..., None] + 200 * shine[..., None]
    return [_to_image(_photographed(out, (0.85, 1.0), (0.0, 0.15), rng))]


def id_back_sensor_banding(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed in dim light by a cheap tablet camera: faint vertical bands where the
    sensor's columns differ in gain, a magenta cast the camera did not correct, coarse noise."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((120, 110, 100), (200, 200, 198), (70, 72, 80)))
    w = frame.shape[1]
    nrng = np.random.default_rng(rng.randrange(2**32))
    cols = np.asarray(nrng.normal(0, rng.uniform(0.04, 0.08), w), np.float32)
    bands = cv2.GaussianBlur(cols.reshape(1, -1), (0, 0), rng.uniform(0.8, 2.0)).ravel()
    out = frame * (1 + bands)[None, :, None] * rng.uniform(0.55, 0.75)
    out *= np.array((1.06, rng.uniform(0.84, 0.9), 1.04), np.float32)
    out += nrng.normal(0, rng.uniform(5, 8), out.shape).astype(np.float32)
    return [_to_image(_photographed(out, (0.95, 1.0), (0.0, 0.15), rng))]


def _article_and_close(
    flow: Flow, f: dict[str, str], rng: random.Random, text: str, sides: tuple[str, str]
) -> list[Image.Image]:
    """A contract's first article `text` wrapped over the lines it needs, two or three articles of
    boilerplate, the two sides' signature lines, the signing date and the seller's seal."""
    for ln in flow.page.wrap(text, flow.size, flow.inner, words=True):
        flow.line(ln)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair(*sides)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def c_role_after_name(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract that names each party first and gives its role after the name in brackets
    (「…有限公司（出卖人）」, 「张三（买受人）」) under one heading, with no label before either."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "车辆销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(rng.choice(("签约双方：", "合同当事人：", "立合同人：")))
    seller = f"{f['seller_name']}（{rng.choice(('出卖人', '卖方', '销售方'))}，以下简称甲方）"
    buyer = f"{f['buyer_name']}（{rng.choice(('买受人', '买方', '购车人'))}，以下简称乙方）"
    for party in (seller, buyer) if rng.random() < 0.5 else (buyer, seller):
        flow.line("\u3000\u3000" + party)
        if party is buyer:
            flow.line(
                f"\u3000\u3000{rng.choice(('公民身份号码', '证件号码', '身份证号'))}：{f['buyer_id_number']}"
            )
    text = (
        f"第一条 乙方向甲方购买{rng.choice(BRAND_MODELS)}一辆，车辆识别代号：{f['vin']}，"
        f"车辆总价款：{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）。"
    )
    return _article_and_close(flow, f, rng, text, ("甲方（盖章）：", "乙方（签字）："))


def c_reverse_video_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract form whose label cells are filled in a dark brand colour with the labels
    in white, the values dark on the paper to their right, a rule under each row."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车买卖合同")))
    fill = rng.choice(((24, 54, 104), (110, 24, 30), (20, 84, 64), (50, 50, 56)))
    rows = [
        ("合同编号", f["contract_number"]),
        (rng.choice(("出卖人", "销售方")), f["seller_name"]),
        (rng.choice(("买受人", "购买方")), f["buyer_name"]),
        ("身份证号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("车辆价款", f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）"),
        ("签订日期", _date(f["sign_date"], rng)),
    ]
    lw = int(flow.inner * rng.uniform(0.2, 0.26))
    row_h = int(flow.size * rng.uniform(2.0, 2.4))
    for label, value in rows:
        flow.room(row_h + 6)
        y = int(flow.y)
        flow.page.draw.rectangle((flow.margin, y, flow.margin + lw, y + row_h), fill=fill)
        size = flow.page.fit(label, flow.size, lw - 12)
        flow.page.text(flow.margin + 8, y + (row_h - size) // 2 - 1, label, size, (250, 250, 250))
        x0 = flow.margin + lw + 14
        size = flow.page.fit(value, flow.size, flow.width - flow.margin - x0 - 8)
        flow.page.text(x0, y + (row_h - size) // 2, value, size)
        flow.page.draw.line((x0, y + row_h, flow.width - flow.margin, y + row_h), fill=(170, 170, 170))
        flow.y += row_h + rng.randint(3, 8)
    flow.gap(20)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15, dy=-flow.size)
    return flow.images()


def _dotted(iso: str, rng: random.Random, pad: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}.{m}.{d}" if pad else f"{y}.{int(m)}.{int(d)}"


def p_dotted_period_range(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that writes every date with dots and its period as one range in one cell
    (2026.5.1-2027.4.30, 2026.05.01～2027.04.30), the signing date in the same style beside it."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆商业保险单")), 34)
    pad = rng.random() < 0.5
    dash = rng.choice(("-", "—", "～", "~", " 至 "))
    signed = (date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 20))).isoformat()
    flow.pair(f"保险单号：{f['policy_number']}", f"签单日期：{_dotted(signed, rng, pad)}")
    flow.table(
        [0.22, 0.3, 0.18, 0.3],
        [
            [("被保险人", 1), (f["insured_name"], 1), ("号牌号码", 1), ("苏E" + _digits(rng, 5), 1)],
            [("车辆识别代号", 1), (f["vin"], 1), ("初登日期", 1), (_dotted(signed, rng, pad), 1)],
            [
                ("保险期间", 1),
                (_dotted(f["start_date"], rng, pad) + dash + _dotted(f["end_date"], rng, pad), 3),
            ],
            [("保险费合计", 1), (_money(f["premium"], rng), 1), ("大写", 1), (_words(f["premium"]), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 3)],
        ],
        row_h=rng.randint(54, 62),
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_key_figures_banner(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose first lines are a tinted banner of key figures, each a small caption over a
    large value in its own box (insured, premium, period), the full schedule below repeating them."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "保险单")), 34)
    tint = rng.choice(((232, 240, 250), (250, 238, 228), (234, 246, 236)))
    boxes = [
        ("被保险人", f["insured_name"]),
        ("保险费合计", f"¥{Decimal(f['premium']):,.2f}"),
        ("保险期间", f"{f['start_date']} 至 {f['end_date']}"),
    ]
    widths = [0.26, 0.26, 0.48]
    flow.room(130)
    y, x = int(flow.y), float(flow.margin)
    for (caption, value), share in zip(boxes, widths, strict=True):
        bw = flow.inner * share - 10
        flow.page.draw.rectangle((x, y, x + bw, y + 110), fill=tint)
        flow.page.text(x + 12, y + 12, caption, flow.size - 5, (110, 110, 110))
        size = flow.page.fit(value, flow.size + 8, bw - 24)
        flow.page.text(x + 12, y + 52, value, size)
        x += bw + 10
    flow.y += 130
    flow.table(
        [0.24, 0.76],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_on_another_invoice(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed lying on another car's invoice from the same dealer's pile: the
    lower one's head (its own code, number and date, sometimes its buyer row) shows above it."""
    other = {**random_fields("vehicle_invoice", rng), "seller_name": f["seller_name"]}
    layout = rng.choice((i_classic, i_taxpayer_id, i_kv_lines, i_compact))
    (below,) = layout(other, font, random.Random(rng.random()))
    (above,) = layout(f, font, rng)
    w, h = above.size
    shift_y = rng.randint(150, 260)
    canvas = Image.new(
        "RGB", (w + 160, h + shift_y + 120), rng.choice(((95, 80, 65), (150, 150, 155), (60, 62, 66)))
    )
    canvas.paste(
        below.rotate(
            rng.uniform(-2.5, 2.5), Image.Resampling.BICUBIC, expand=False, fillcolor=(240, 240, 236)
        ),
        (80 + rng.randint(-40, 40), 40),
    )
    shade = Image.new("L", (w, h), 90)  # the top sheet's shadow on the one below
    canvas.paste((40, 40, 40), (86, 48 + shift_y, 86 + w, 48 + shift_y + h), shade)
    canvas.paste(above, (80, 40 + shift_y))
    return [_to_image(_photographed(np.asarray(canvas, np.float32), (0.88, 1.0), (0.0, 0.12), rng))]


_TRADITIONAL = str.maketrans(
    {
        pair[0]: pair[1]
        for pair in "贰貳 叁參 陆陸 圆圓 万萬 亿億 发發 码碼 开開 车車 辆輛 识識 别別 动動 机機 号號 价價 税稅 计計 写寫 销銷 单單 纳納 购購 买買 证證 厂廠 货貨 称稱 类類 产產 组組 织織 构構 账賬 话話 电電 编編".split()
    }
)


def i_traditional_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice form printed in traditional characters (機動車銷售統一發票, 購買方名稱, 車輛識別代號,
    價稅合計 and the amount in words as 貳, 參, 圓); the values as the tax system holds them."""
    flow = _invoice_flow(font, rng)
    flow.line("機動車銷售統一發票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"發票代碼 {f['invoice_code']}", f"發票號碼 {f['invoice_number']}")
    flow.line(f"開票日期 {_date(f['issue_date'], rng)}")
    words, fig = _total(f, rng)
    rows = _classic_rows(f, rng, words.translate(_TRADITIONAL), fig, "長春")
    labels = {0, 2, 4}  # the cells of a row that are labels
    traditional = [
        [
            (text.translate(_TRADITIONAL), span) if i in labels else (text, span)
            for i, (text, span) in enumerate(row)
        ]
        for row in rows
    ]
    traditional[4][1] = (words.translate(_TRADITIONAL), 3)  # the amount in words
    traditional[4][2] = (f"小寫 {fig}", 2)
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], traditional, row_h=rng.randint(52, 60))
    return flow.images()


# ---------------------------------------------------------------- the seventy-second set (2026-12-07)
# Written before the seventy-first set was measured, so before any result of it was read.


def id_front_posterised(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front saved by an old messaging app in a few levels per colour: smooth tones turned to
    flat bands, the edges of the print stepped, the pale labels merged with the ground."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (30, 70), ((90, 90, 95), (160, 150, 140), (40, 40, 45)))
    out = _photographed(frame, (0.85, 1.0), (0.0, 0.2), rng)
    levels = rng.randint(5, 8)
    step = 255 / (levels - 1)
    return [_to_image(np.round(np.clip(out, 0, 255) / step) * step)]


def id_back_textured_paper(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back printed by an inkjet on textured watercolour paper for a file: the ink spread a
    little into the fibres, and the paper's grain mottles the ground and the print alike."""
    card = cv2.GaussianBlur(np.asarray(render_back(f, font, rng), np.float32), (0, 0), rng.uniform(0.6, 1.1))
    h, w = card.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), rng.uniform(1.5, 3.5))
    depth = np.abs(grain) / max(float(np.abs(grain).max()), 1e-6)
    textured = card * (1 - rng.uniform(0.1, 0.18) * depth)[..., None]
    frame = _on_plain(textured, rng, (30, 70), ((120, 110, 100), (200, 200, 198), (70, 72, 80)))
    return [_to_image(_photographed(frame, (0.9, 1.0), (0.0, 0.12), rng))]


def c_letterhead_seller(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's contract on its letterhead that names the seller only there (and in its seal):
    the body says 本公司 (this company) and the buyer buys from it; no 出卖人 line holds a name."""
    flow = Flow(font, rng, size=rng.randint(22, 25), margin=rng.randint(60, 95))
    flow.line(f["seller_name"], size=30)
    flow.line(
        f"地址：{rng.choice(('解放路', '中山路', '建设路'))}{rng.randint(1, 300)}号  电话：0{rng.randint(10, 99)}-{_digits(rng, 8)}",
        size=18,
    )
    flow.gap(10)
    flow.title(rng.choice(("车辆销售合同", "汽车买卖合同")), rng.randint(34, 40))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    text = (
        f"第一条 买受人向本公司购买{rng.choice(BRAND_MODELS)}一辆，车辆识别代号：{f['vin']}，"
        f"成交价：{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）。"
    )
    return _article_and_close(flow, f, rng, text, ("本公司（盖章）：", "买受人（签字）："))


def c_lowercase_vin(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer system that prints codes as typed: the VIN and the contract number
    in lower case letters (lgbh52e08my…), the rest as usual."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number'].lower()}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.table(
        [0.3, 0.7],
        [
            [("品牌型号", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车辆识别代号", 1), (f["vin"].lower(), 1)],
            [("车辆价款", 1), (_money(f["vehicle_price"], rng), 1)],
            [("大写", 1), (_words(f["vehicle_price"]), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def p_premium_words_only(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that gives its premium in capital numerals only (保险费：人民币壹万贰仟…元整), no
    figure anywhere, as some branches' hand-issued forms do."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    flow.table(
        [0.24, 0.76],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [(rng.choice(("保险费", "保险费合计", "总保险费")), 1), (f"人民币{_words(f['premium'])}", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


_WEEKDAYS = "一二三四五六日"


def p_period_with_weekdays(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose period names each day's weekday in brackets after its date
    (自2026年5月27日（星期三）零时起至2027年5月26日（星期三）二十四时止)."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)

    def day(iso: str) -> str:
        d = date.fromisoformat(iso)
        return f"{d.year}年{d.month}月{d.day}日（{rng.choice(('星期', '周'))}{_WEEKDAYS[d.weekday()]}）"

    flow.pair(f"保险单号：{f['policy_number']}", f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    for ln in flow.page.wrap(
        f"保险期间：自{day(f['start_date'])}零时起至{day(f['end_date'])}二十四时止", flow.size, flow.inner
    ):
        flow.line(ln)
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_space_grouped_amount(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose figures group thousands with spaces, not commas (¥128 000.00), as a
    foreign-made billing system prints them, on the kv or classic form."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    words = _words(f["total_price"])
    fig = "¥" + f"{Decimal(f['total_price']):,.2f}".replace(",", rng.choice((" ", "\u2009")))
    flow.pair(f"购买方：{f['buyer_name']}", f"身份证号码：{f['buyer_id_number']}")
    flow.pair(f"厂牌型号：{f['brand_model']}", f"发动机号码：{f['engine_number']}")
    flow.pair(f"车辆识别代号：{f['vin']}", f"机器编号：{_digits(rng, 12)}")
    flow.pair(f"价税合计：{words}", f"小写：{fig}")
    flow.pair(f"销售单位：{f['seller_name']}", f"纳税人识别号：{_uscc(rng)}")
    return flow.images()


def i_buyer_with_honorific(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose buyer cell adds an honorific after the name (张伟先生, 李娜女士), as a
    dealer's front desk typed it, the sex agreeing with the buyer's ID number."""
    title = "先生" if int(f["buyer_id_number"][16]) % 2 == 1 else "女士"
    shown = {**f, "buyer_name": f["buyer_name"] + rng.choice(("", " ")) + title}
    return rng.choice((i_classic, i_kv_lines, i_taxpayer_id, i_compact))(shown, font, rng)


# ---------------------------------------------------------------- the seventy-third set (2026-12-07)
# Written before the seventy-second set was measured, so before any result of it was read.


def id_front_tea_stain(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed after tea was spilt on it and dried: a brown translucent blot over part
    of the card, darker at its rim where the tea dried last, the print readable through it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    h, w = card.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    noise = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), w / 25)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.25, 0.75) * h
    rx, ry = rng.uniform(0.18, 0.3) * w, rng.uniform(0.22, 0.4) * h
    inside = (
        1
        - ((xx - cx) / rx) ** 2
        - ((yy - cy) / ry) ** 2
        + noise / max(float(np.abs(noise).max()), 1e-6) * 0.5
    )
    blot = np.clip(inside * 6, 0, 1)
    rim = np.clip(1 - np.abs(inside) * 12, 0, 1) * (inside > -0.05)
    tea = np.array((0.62, 0.45, 0.26), np.float32)
    depth = rng.uniform(0.25, 0.4) * blot + rng.uniform(0.25, 0.4) * rim
    stained = card * (1 - depth[..., None] * (1 - tea))
    frame = _on_plain(stained, rng, (30, 70), ((110, 100, 90), (190, 185, 175), (60, 62, 70)))
    return [_to_image(_photographed(frame, (0.85, 1.0), (0.0, 0.15), rng))]


def id_back_in_photo_collage(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back sent inside a collage a phone's gallery made: the card's photo in one cell of a grid of
    two to four, the other cells other photos (a car, a room), white gutters between them."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    shot = _photographed(
        _on_plain(card, rng, (25, 60), ((95, 85, 75), (170, 168, 160))), (0.9, 1.0), (0.0, 0.1), rng
    )
    cols, rows = rng.choice(((2, 1), (2, 2), (1, 2), (3, 1)))
    cell_w = rng.randint(820, 1000) if cols < 3 else rng.randint(760, 880)
    cell_h = int(cell_w * shot.shape[0] / shot.shape[1])
    gutter = rng.randint(8, 24)
    out = np.full(
        (rows * cell_h + (rows + 1) * gutter, cols * cell_w + (cols + 1) * gutter, 3), 255, np.float32
    )
    mine = rng.randrange(cols * rows)
    nrng = np.random.default_rng(rng.randrange(2**32))
    yy, xx = np.mgrid[0:cell_h, 0:cell_w].astype(np.float32)
    for k in range(cols * rows):
        r, c = divmod(k, cols)
        y0, x0 = gutter + r * (cell_h + gutter), gutter + c * (cell_w + gutter)
        if k == mine:
            cell = cv2.resize(shot, (cell_w, cell_h), interpolation=cv2.INTER_AREA)
        else:
            top, bottom = nrng.uniform(40, 230, 3), nrng.uniform(20, 200, 3)
            t = (yy / cell_h)[..., None]
            cell = top * (1 - t) + bottom * t
            for _ in range(rng.randint(2, 5)):
                bx, by = rng.uniform(0, cell_w), rng.uniform(0, cell_h)
                r2 = ((xx - bx) / rng.uniform(60, 260)) ** 2 + ((yy - by) / rng.uniform(40, 180)) ** 2
                cell = np.where((r2 < 1)[..., None], nrng.uniform(10, 245, 3), cell)
            cell = cv2.GaussianBlur(cell.astype(np.float32), (0, 0), rng.uniform(2, 6))
        out[y0 : y0 + cell_h, x0 : x0 + cell_w] = cell
    return [_to_image(out)]


def c_legend_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars sit in outlined boxes, each box's label printed in small type
    across its top border (the line broken behind it, as a web form's fieldset), the value inside."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "车辆买卖合同")))
    s = flow.size
    small = max(15, s - rng.randint(5, 8))
    ground = flow.page.background
    boxes = [
        [(rng.choice(("合同编号", "合同号")), f["contract_number"])],
        [(rng.choice(("出卖人", "卖方")), f["seller_name"])],
        [
            (rng.choice(("买受人", "买方")), f["buyer_name"]),
            (rng.choice(("身份证号码", "证件号码")), f["buyer_id_number"]),
        ],
        [("车辆识别代号", f["vin"])],
        [("车辆价款", _money(f["vehicle_price"], rng)), ("大写", _words(f["vehicle_price"]))],
    ]
    gap = 24
    for row in boxes:
        h = s + 34
        flow.room(h + 30)
        top = int(flow.y) + small // 2
        width = (flow.inner - gap * (len(row) - 1)) / len(row)
        for k, (label, value) in enumerate(row):
            x0 = flow.margin + k * (width + gap)
            flow.page.draw.rounded_rectangle((x0, top, x0 + width, top + h), radius=8, outline=RULE, width=2)
            lx = x0 + rng.randint(12, 20)
            lw = flow.page.width_of(label, small)
            flow.page.draw.rectangle((lx - 5, top - 3, lx + lw + 5, top + 3), fill=ground)
            flow.page.text(lx, top - small * 0.6, label, small, (90, 90, 90))
            size = flow.page.fit(value, s, width - 30, smallest=14)
            flow.page.text(x0 + 14, top + (h - size) / 2 + 2, value, size)
        flow.y = top + h + rng.randint(22, 32)
    _boilerplate(flow, rng, rng.randint(2, 3), 0)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def c_transliterated_buyer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer in Xinjiang with a buyer whose name is transliterated (given·family,
    the middle dot between, up to nine characters), on any of the common forms."""
    forms = (c_table_classic, c_prose_articles, c_sell_buy_pairs, c_party_blocks, c_inline, c_order_form)
    return rng.choice(forms)(f, font, rng)


def p_iso_timestamps(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed from an insurer's system export: each time as ISO 8601 with its offset
    (2026-05-27T00:00:00+08:00 … 2027-05-26T23:59:59+08:00), the premium as a bare decimal."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险电子保单", "商业险保单信息")), 32)
    start = f"{f['start_date']}T00:00:00+08:00"
    end = f"{f['end_date']}T23:59:59+08:00"
    issued = date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 20))
    stamp = f"{issued.isoformat()}T{rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+08:00"
    rows = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
    ]
    if rng.random() < 0.5:
        rows += [("起保时间", start), ("终保时间", end)]
    else:
        rows += [("保险期间", f"{start} ~ {end}")]
    rows += [
        ("保险费", f"{Decimal(f['premium']):.2f}"),
        ("第一受益人", f["first_beneficiary"]),
        ("出单时间", stamp),
    ]
    for label, value in rows:
        flow.line(f"{label}：{value}")
    flow.line(f"承保机构：{_branch(f['insurer'], rng)}")
    flow.stamp("电子保单专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_day_month_year_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A foreign-invested insurer's policy that writes dates day first, the order stated in the
    label (保险期间（日/月/年）：27/05/2026 00:00 至 26/05/2027 24:00), the issue date likewise."""

    def dmy(iso: str) -> str:
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"

    issued = (date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 15))).isoformat()
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单", 34)
    order = rng.choice(("（日/月/年）", "（DD/MM/YYYY）"))
    flow.table(
        [0.3, 0.7],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [(f"保险期间{order}", 1), (f"{dmy(f['start_date'])} 00:00 至 {dmy(f['end_date'])} 24:00", 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
            [(f"签单日期{order}", 1), (dmy(issued), 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_compact_date(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed from a tax system export that writes its date as eight digits with no
    separators (开票日期：20260527), beside an eight-digit invoice number."""
    flow = _invoice_flow(font, rng)
    day = f["issue_date"].replace("-", "")
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    if rng.random() < 0.5:
        flow.pair(f"发票号码：{f['invoice_number']}", f"开票日期：{day}")
        flow.line(f"发票代码：{f['invoice_code']}")
    else:
        flow.pair(f"发票代码：{f['invoice_code']}", f"发票号码：{f['invoice_number']}")
        flow.line(f"开票日期：{day}")
    words, fig = _total(f, rng)
    flow.pair(f"购买方名称：{f['buyer_name']}", f"身份证号码：{f['buyer_id_number']}")
    flow.pair(f"厂牌型号：{f['brand_model']}", f"发动机号码：{f['engine_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.pair(f"价税合计：{words}", f"小写：{fig}")
    flow.pair(f"销售单位：{f['seller_name']}", f"纳税人识别号：{_uscc(rng)}")
    return flow.images()


def i_head_in_corner_box(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose code, number and date are stacked in a ruled box in the top right corner
    beside the title, in smaller type, the form's rows below as on the 2006 form."""
    flow = _invoice_flow(font, rng)
    small = flow.size - rng.randint(2, 4)
    lines = [
        f"发票代码 {f['invoice_code']}",
        f"发票号码 {f['invoice_number']}",
        f"开票日期 {_date(f['issue_date'], rng)}",
    ]
    bw = max(flow.page.width_of(t, small) for t in lines) + 30
    x0, y0 = flow.width - flow.margin - bw, flow.y
    bh = len(lines) * (small + 14) + 16
    flow.page.draw.rectangle((x0, y0, x0 + bw, y0 + bh), outline=RULE, width=2)
    for k, t in enumerate(lines):
        flow.page.text(x0 + 15, y0 + 12 + k * (small + 14), t, small)
    title = "机动车销售统一发票"
    flow.page.text(
        flow.margin + (x0 - flow.margin) / 2 - flow.page.width_of(title, 34) / 2, y0 + bh / 2 - 20, title, 34
    )
    flow.y = y0 + bh + 20
    words, fig = _total(f, rng)
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        _classic_rows(f, rng, words, fig, rng.choice(("长春", "上海", "广州"))),
        row_h=rng.randint(52, 60),
    )
    return flow.images()


# ---------------------------------------------------------------- the seventy-fourth set (2026-12-07)
# Written before the seventy-third set was measured, so before any result of it was read.


def id_front_blind_shadows(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed on a desk by a window with venetian blinds: slanted bands of shadow,
    soft at their edges, cross the card and the desk alike."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 90), ((150, 130, 105), (200, 198, 192), (90, 92, 98)))
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = np.radians(rng.uniform(-30, 30))
    along = yy * np.cos(angle) + xx * np.sin(angle)
    period = rng.uniform(70, 130)
    wave = 0.5 + 0.5 * np.sin(2 * np.pi * along / period + rng.uniform(0, 6.3))
    shade = 1 - rng.uniform(0.3, 0.45) * np.clip((wave - 0.35) * 3, 0, 1)
    return [_to_image(_photographed(frame * shade[..., None], (0.9, 1.0), (0.0, 0.1), rng))]


def id_back_mirrored_selfie(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back held up to a phone's front (selfie) camera indoors, saved mirrored as such cameras
    save: the print runs right to left in mirror writing, under warm light, the card a little
    tilted."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    warm = card * np.array((1.0, rng.uniform(0.9, 0.95), rng.uniform(0.76, 0.85)), np.float32)[None, None, :]
    frame = _on_plain(warm, rng, (40, 80), ((70, 60, 55), (120, 110, 100)))
    shot = _to_image(_photographed(frame, (0.8, 0.95), (0.0, 0.15), rng))
    turned = shot.rotate(rng.uniform(-5, 5), Image.Resampling.BICUBIC, expand=True, fillcolor=(70, 60, 55))
    return [turned.transpose(Image.Transpose.FLIP_LEFT_RIGHT)]


def c_personal_name_seal(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract the buyer sealed with a personal name seal (人名章) instead of signing: a red
    square holding the name's characters in a grid, stamped over the buyer's signing line, beside
    the dealer's round seal."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.room(flow.size * 8)
    sign_y = flow.y
    flow.pair("出卖人（盖章）：", "买受人（签章）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    pages = flow.images()
    last = pages[-1].convert("RGBA")
    name = f["buyer_name"] + ("印" if len(f["buyer_name"]) == 3 else "")
    side = rng.randint(92, 118)
    seal = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    red = (rng.randint(190, 225), rng.randint(30, 60), rng.randint(30, 60), rng.randint(170, 215))
    draw.rectangle((3, 3, side - 4, side - 4), outline=red, width=rng.randint(4, 6))
    cols = (len(name) + 1) // 2
    cell = (side - 16) / 2
    face = load_font(font, int(cell * 0.86))
    # Seals read right to left, top to bottom: the first characters in the right column.
    for k, ch in enumerate(name):
        col, row = divmod(k, 2)
        x = side - 8 - (col + 1) * (side - 16) / cols + ((side - 16) / cols - cell * 0.86) / 2
        draw.text((x, 8 + row * cell), ch, font=face, fill=red)
    seal = seal.rotate(rng.uniform(-8, 8), Image.Resampling.BICUBIC, expand=True)
    x = int(flow.margin + flow.inner // 2 + rng.randint(190, 240))
    last.alpha_composite(seal, (min(x, last.width - seal.width - 5), int(sign_y - side * 0.35)))
    pages[-1] = last.convert("RGB")
    return pages


def c_masked_id_in_header(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars mask the buyer's ID number (3301**********1234), as a privacy
    minded template prints it, while the signature block beneath has the whole number written in
    by the buyer."""
    flow = _contract_flow(font, rng, rng.choice(("机动车买卖合同", "汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    idn = f["buyer_id_number"]
    shown = idn[: rng.choice((3, 4, 6))]
    masked = shown + "*" * (14 - len(shown)) + idn[-4:]
    flow.table(
        [0.3, 0.7],
        [
            [("出卖人", 1), (f["seller_name"], 1)],
            [("买受人", 1), (f["buyer_name"], 1)],
            [("证件号码", 1), (masked, 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("成交价格", 1), (f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）", 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", f"买受人（签字）：{f['buyer_name']}")
    flow.line(f"买受人身份证号码：{idn}", x=flow.margin + flow.inner // 2 + 10)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def _a_year_to_the_hour(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A policy that starts at an hour of the day ends at the same hour a year on, so on the same
    date of the next year, not the day before it."""
    start = date.fromisoformat(fields["start_date"])
    return {**fields, "end_date": add_months(start, 12).isoformat()}


def p_starts_at_an_hour(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy bought at the dealer's counter that takes effect at the next hour, not at midnight
    (自2026年05月27日15时起至2027年05月27日15时止), so it ends on the same date a year on."""
    hour = rng.randint(9, 18)
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    period = rng.choice(
        (
            f"自{sy}年{sm}月{sd}日{hour}时起至{ey}年{em}月{ed}日{hour}时止",
            f"{f['start_date']} {hour:02d}:00 至 {f['end_date']} {hour:02d}:00",
            f"自{sy}年{int(sm)}月{int(sd)}日{hour}时00分起至{ey}年{int(em)}月{int(ed)}日{hour}时00分止",
        )
    )
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆商业保险单")), 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"签单日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.24, 0.76],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (period, 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.para("特别约定：本保单自出单时起即时生效，保险责任自保险期间载明的时刻开始。", indent=False)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def p_english_month_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A bilingual policy of a foreign-invested insurer that writes its dates with English month
    names (27 May 2026 00:00 to 26 May 2027 24:00, or May 27, 2026), the labels in both languages."""
    full = rng.random() < 0.5

    def en(iso: str) -> str:
        d = date.fromisoformat(iso)
        month = d.strftime("%B") if full else _MONTHS_EN[d.month - 1]
        return rng.choice((f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}"))

    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title("机动车商业保险保险单 Motor Insurance Policy", 30)
    issued = (date.fromisoformat(f["start_date"]) - timedelta(days=rng.randint(1, 15))).isoformat()
    flow.table(
        [0.34, 0.66],
        [
            [("保险单号 Policy No.", 1), (f["policy_number"], 1)],
            [("被保险人 Insured", 1), (f["insured_name"], 1)],
            [("车辆识别代号 VIN", 1), (f["vin"], 1)],
            [("保险期间 Period", 1), (f"{en(f['start_date'])} 00:00 to {en(f['end_date'])} 24:00", 1)],
            [("保险费 Premium", 1), (f"CNY {Decimal(f['premium']):,.2f}", 1)],
            [("第一受益人 Loss Payee", 1), (f["first_beneficiary"], 1)],
            [("签单日期 Date of Issue", 1), (en(issued), 1)],
        ],
    )
    flow.line(f"保险人 Insurer：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_asterisk_padded_amount(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose billing system pads its total with asterisks against alteration
    (¥****128,000.00, and the words between ※ marks), on the kv or classic form."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    figure = f"{Decimal(f['total_price']):,.2f}"
    padded = "¥" + "*" * max(2, 14 - len(figure)) + figure
    words = rng.choice(("※", "*", "⊗")) + _words(f["total_price"])
    flow.pair(f"购买方名称：{f['buyer_name']}", f"身份证号码：{f['buyer_id_number']}")
    flow.pair(f"厂牌型号：{f['brand_model']}", f"发动机号码：{f['engine_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.pair(f"价税合计（大写）：{words}", f"（小写）{padded}")
    flow.pair(f"销货单位名称：{f['seller_name']}", f"纳税人识别号：{_uscc(rng)}")
    return flow.images()


def i_signed_across_buyer(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice the buyer signed for on collecting the car: a pen signature of the name written
    across the printed buyer cell, partly over the printed name."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    top = flow.y
    row_h = rng.randint(52, 60)
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], _classic_rows(f, rng, words, fig, "长春"), row_h=row_h)
    (page,) = flow.images()
    draw = ImageDraw.Draw(page)
    x = flow.margin + flow.inner * rng.uniform(0.16, 0.26)
    y = top + row_h * 1.0 + rng.uniform(-8, 12)
    _pen(draw, (x, y), f["buyer_name"], rng)
    ink = (rng.randint(10, 40), rng.randint(20, 50), rng.randint(90, 150))
    points = [(x - rng.randint(10, 30), y + row_h * 0.7)]
    for _ in range(rng.randint(4, 7)):
        points.append((points[-1][0] + rng.randint(14, 30), y + rng.uniform(0.0, 0.9) * row_h))
    draw.line(points, fill=ink, width=rng.randint(2, 3), joint="curve")
    return [page]


# ---------------------------------------------------------------- the seventy-fifth set (2026-12-07)
# Written before the seventy-fourth set was measured, so before any result of it was read.


def id_front_magnifier_bulge(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed with a reading magnifier lying on it: a round lens enlarges part of
    the card, the print inside swelling toward its centre and squeezed at its rim, the lens's thin
    dark rim and a highlight on its glass."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((120, 110, 95), (185, 182, 176), (70, 72, 80)))
    h, w = frame.shape[:2]
    r = rng.uniform(0.13, 0.2) * w
    cx, cy = rng.uniform(0.25, 0.75) * w, rng.uniform(0.3, 0.7) * h
    mag = rng.uniform(1.25, 1.55)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    t = np.clip(d / r, 0, 1)
    # Inside the lens a point at distance d shows the card at d * s(d): 1/mag at the centre rising
    # to 1 at the rim, so the picture is continuous where the glass ends.
    s = np.where(d < r, 1 / mag + (1 - 1 / mag) * t**2, 1.0).astype(np.float32)
    lensed = cv2.remap(
        frame, cx + (xx - cx) * s, cy + (yy - cy) * s, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    rim = np.exp(-(((d - r) / rng.uniform(2.0, 3.5)) ** 2))
    lensed *= (1 - 0.6 * rim)[..., None]
    a = rng.uniform(0, 2 * np.pi)
    hx, hy = cx + 0.55 * r * np.cos(a), cy + 0.55 * r * np.sin(a)
    glint = 0.35 * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (0.12 * r) ** 2)) * (d < r)
    lensed = lensed + (255 - lensed) * glint[..., None]
    return [_to_image(_photographed(lensed, (0.88, 1.0), (0.0, 0.12), rng))]


def id_back_rubber_band(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed still held to the front of a bundle by a rubber band: a thin coloured
    band crossing the card at a slant with its shadow beside it."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    arr = _on_plain(card, rng, (40, 80), ((150, 140, 125), (205, 200, 192), (80, 82, 90)))
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    slope = np.tan(np.radians(rng.uniform(-25, 25)))
    y_mid = h * rng.uniform(0.3, 0.7)
    dist = (yy - (y_mid + (xx - w / 2) * slope)) * np.cos(np.arctan(slope))
    width = rng.uniform(5, 8)
    shadow = np.exp(-(((dist - width) / 5) ** 2))
    arr = arr * (1 - 0.35 * shadow)[..., None]
    band = np.abs(dist) < width / 2
    colour = np.array(rng.choice(((196, 120, 70), (170, 60, 50), (210, 170, 90), (90, 110, 170))), np.float32)
    shade = 0.85 + 0.15 * np.cos(dist / (width / 2) * np.pi / 2)
    arr[band] = colour * shade[band][..., None]
    return [_to_image(_photographed(arr, (0.88, 1.0), (0.0, 0.12), rng))]


def _two_character_buyer(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A buyer whose name is two characters, the surname and one more (a name of three keeps its
    first and last)."""
    name = fields["buyer_name"]
    return {**fields, "buyer_name": name if len(name) == 2 else name[0] + name[-1]}


def c_padded_short_names(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract typed on an old template that pads a two-character name to the width of three
    with a full-width space or two (张　三), and spaces its labels out the same way (买 受 人)."""
    pad = rng.choice(("\u3000", "\u3000\u3000", "  "))
    buyer = f["buyer_name"][0] + pad + f["buyer_name"][1:]
    spaced = rng.random() < 0.6

    def label(text: str) -> str:
        return " ".join(text) if spaced and len(text) <= 3 else text

    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "车辆销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    if rng.random() < 0.5:
        flow.table(
            [0.25, 0.75],
            [
                [(label("出卖人"), 1), (f["seller_name"], 1)],
                [(label("买受人"), 1), (buyer, 1)],
                [(label("身份证号"), 1), (f["buyer_id_number"], 1)],
                [(label("车架号"), 1), (f["vin"], 1)],
                [
                    (label("车价"), 1),
                    (f"{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）", 1),
                ],
            ],
        )
    else:
        flow.line(f"{label('出卖人')}（甲方）：{f['seller_name']}")
        flow.line(f"{label('买受人')}（乙方）：{buyer}")
        flow.line(f"身份证号码：{f['buyer_id_number']}")
        flow.line(f"车辆识别代号：{f['vin']}")
        flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}（大写：{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("甲方（盖章）：", f"乙方（签字）：{buyer}")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def _id_ending_in_x(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A buyer whose ID number's check character is X: the order code is moved on (keeping the
    sex it encodes) until the checksum comes to 10."""
    idn = fields["buyer_id_number"]
    head, seq = idn[:14], int(idn[14:17])
    for step in range(0, 1000, 2):
        body = f"{head}{(seq + step) % 1000:03d}"
        if id_check_char(body) == "X":
            return {**fields, "buyer_id_number": body + "X"}
    return fields  # every sex has codes ending in X; not reached


def c_id_ending_lower_x(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose clerk typed the buyer's ID number with its check character X in lower
    case (…123x), as many systems accept it."""
    idn = f["buyer_id_number"][:-1] + "x"
    flow = _contract_flow(font, rng, rng.choice(("机动车买卖合同", "汽车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}")
    flow.line(rng.choice((f"身份证号码：{idn}", f"证件类型：居民身份证  证件号码：{idn}")))
    flow.line(f"车辆识别代号（VIN）：{f['vin']}")
    flow.line(f"成交价：{_money(f['vehicle_price'], rng)}，大写：{_words(f['vehicle_price'])}")
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.line(f"日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def p_beneficiary_stamped_in(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed with its first-beneficiary cell blank, the lender's name then put in by
    the agent with a rectangular rubber stamp in blue or red ink, a little askew and uneven."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单（正本）")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    row_h = rng.randint(54, 62)
    top = flow.y
    rows = [
        [("被保险人", 1), (f["insured_name"], 1)],
        [("车辆识别代号", 1), (f["vin"], 1)],
        [("保险期间", 1), (f"{_date(f['start_date'], rng)}零时起至{_date(f['end_date'], rng)}二十四时止", 1)],
        [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
        [("第一受益人", 1), ("", 1)],
    ]
    flow.table([0.24, 0.76], rows, row_h=row_h)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    (page, *rest) = flow.images()
    size = rng.randint(22, 27)
    face = load_font(font, size)
    text = f["first_beneficiary"]
    tw = int(ImageDraw.Draw(page).textlength(text, font=face))
    stamp = Image.new("RGBA", (tw + 24, size + 20), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    ink = rng.choice(((40, 60, 170), (200, 40, 40)))
    draw.rectangle((1, 1, tw + 22, size + 18), outline=(*ink, 200), width=2)
    draw.text((12, 8), text, font=face, fill=(*ink, 230))
    # Uneven ink: the stamp's pad leaves some parts fainter than others.
    alpha = np.asarray(stamp, np.float32)[..., 3]
    nrng = np.random.default_rng(rng.randrange(2**32))
    fade = cv2.GaussianBlur(nrng.uniform(0.55, 1.0, alpha.shape).astype(np.float32), (0, 0), 6)
    fade = (fade - fade.min()) / max(float(fade.max() - fade.min()), 1e-6) * 0.45 + 0.55
    arr = np.asarray(stamp).copy()
    arr[..., 3] = (alpha * fade).astype(np.uint8)
    stamp = Image.fromarray(arr).rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True)
    x = int(flow.margin + flow.inner * 0.24 + rng.randint(10, 60))
    y = int(top + row_h * 4 + (row_h - stamp.height) / 2 + rng.randint(-6, 6))
    layer = page.convert("RGBA")
    layer.alpha_composite(stamp, (min(x, page.width - stamp.width - 5), max(0, y)))
    return [layer.convert("RGB"), *rest]


def p_vat_split_premium(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that states its premium three ways, as VAT rules have insurers do: before tax, the
    VAT at six per cent, and the total with tax, which is what the buyer pays; the order of the
    three rows varies by insurer."""
    total = Decimal(f["premium"])
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    money = [
        [("保险费（不含税）", 1), (f"{_money(str(net), rng)}", 1)],
        [(rng.choice(("增值税税额", "税额（6%）")), 1), (f"{_money(str(tax), rng)}", 1)],
        [
            (rng.choice(("保险费合计（含税）", "含税保费合计", "应缴保费（含税）")), 1),
            (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1),
        ],
    ]
    if rng.random() < 0.4:
        money = [money[2], money[0], money[1]]
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"签单日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.3, 0.7],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [
                ("保险期间", 1),
                (f"自{_date(f['start_date'], rng)}0时起至{_date(f['end_date'], rng)}24时止", 1),
            ],
            *money,
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def _with_jiao_fen(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A total that is not whole yuan: some jiao, some fen, or both (a price after a discount
    worked out to the fen)."""
    whole = int(Decimal(fields["total_price"]))
    cents = rng.choice((rng.randrange(1, 10) * 10, rng.randrange(1, 10), rng.randrange(11, 100)))
    return {**fields, "total_price": f"{whole}.{cents:02d}"}


def i_jiao_fen_total(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose total carries jiao and fen (¥128,356.78, 壹拾贰万捌仟叁佰伍拾陆元柒角捌分), on
    the classic form or as labelled lines."""
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    if rng.random() < 0.5:
        flow.table(
            [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
            _classic_rows(f, rng, words, fig, "武汉"),
            row_h=rng.randint(52, 60),
        )
    else:
        flow.pair(f"购买方名称：{f['buyer_name']}", f"身份证号码：{f['buyer_id_number']}")
        flow.pair(f"厂牌型号：{f['brand_model']}", f"发动机号码：{f['engine_number']}")
        flow.line(f"车辆识别代号：{f['vin']}")
        flow.pair(f"价税合计（大写）：{words}", f"（小写）{fig}")
        flow.line(f"销货单位名称：{f['seller_name']}")
    return flow.images()


def i_frosted_folder(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice photographed inside a frosted (matte) plastic folder pressed flat on it: the
    print softened and greyed by the film's diffusion, the film's fine grain over everything."""
    (page,) = rng.choice((i_classic, i_kv_lines))(f, font, rng)
    arr = np.asarray(page, np.float32)
    soft = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.8, 1.3))
    haze = rng.uniform(0.25, 0.35)
    seen = soft * (1 - haze) + rng.uniform(215, 235) * haze
    h, w = seen.shape[:2]
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2) * rng.uniform(6, 10)
    seen = seen + grain[..., None]
    frame = _on_plain(seen, rng, (30, 60), ((90, 85, 80), (160, 158, 150)))
    return [_to_image(_photographed(frame, (0.9, 1.0), (0.0, 0.1), rng))]


# ---------------------------------------------------------------- the seventy-sixth set (2026-12-07)
# Written before the seventy-fifth set was measured, so before any result of it was read.


def id_front_heat_warped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front left on a car's dashboard until the card warped: the print waves gently along the
    card and across it, photographed flat on a table."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((120, 115, 105), (190, 188, 182), (70, 72, 78)))
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ax, ay = rng.uniform(3, 7), rng.uniform(3, 7)
    px, py = rng.uniform(0.7, 1.3) * w, rng.uniform(0.7, 1.3) * h
    sx = xx + ax * np.sin(2 * np.pi * yy / py + rng.uniform(0, 6.3))
    sy = yy + ay * np.sin(2 * np.pi * xx / px + rng.uniform(0, 6.3))
    warped = cv2.remap(frame, sx, sy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    return [_to_image(_photographed(warped, (0.88, 1.0), (0.0, 0.12), rng))]


def id_back_in_printed_sleeve(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back kept in a bank's clear card sleeve printed in white ink: a band of the bank's
    pattern (rings and a slogan) across one end of the card, over some of the print."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    h, w = card.shape[:2]
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    left = rng.random() < 0.5
    x0, x1 = (0, int(w * rng.uniform(0.15, 0.22))) if left else (int(w * rng.uniform(0.78, 0.85)), w)
    for _ in range(rng.randint(5, 9)):
        cx, cy, r = rng.uniform(x0, x1), rng.uniform(0, h), rng.uniform(15, 45)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=2)
    face = load_font(font, rng.randint(16, 20))
    draw.text(
        (x0 + 6, h * rng.uniform(0.1, 0.8)), rng.choice(("安全用卡", "保护您的卡片")), font=face, fill=255
    )
    ink = np.asarray(layer, np.float32)[..., None] / 255 * rng.uniform(0.55, 0.75)
    sleeved = card * (1 - ink) + 250 * ink
    sleeved = sleeved * 0.93 + 235 * 0.07
    frame = _on_plain(sleeved, rng, (35, 70), ((100, 95, 90), (175, 170, 165)))
    return [_to_image(_photographed(frame, (0.88, 1.0), (0.0, 0.12), rng))]


def c_id_number_wrapped(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose particulars sit in a narrow column: the buyer's ID number breaks over two
    lines of its cell (330102199001 / 011234), the label's row holding the first part."""
    idn = f["buyer_id_number"]
    cut = rng.choice((10, 12, 14))
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    row_h = rng.randint(34, 40)
    x = flow.margin
    widths = (rng.randint(150, 180), rng.randint(190, 220))
    rows = [
        (
            "出卖人",
            [f["seller_name"][:9], f["seller_name"][9:]] if len(f["seller_name"]) > 9 else [f["seller_name"]],
        ),
        ("买受人", [f["buyer_name"]]),
        ("身份证号码", [idn[:cut], idn[cut:]]),
        ("车辆识别代号", [f["vin"][:9], f["vin"][9:]]),
        ("车辆价款", [_money(f["vehicle_price"], rng)]),
    ]
    page = flow.page
    y = int(flow.y)
    for label, parts in rows:
        height = row_h * len(parts)
        page.draw.rectangle((x, y, x + widths[0], y + height), outline=RULE, width=1)
        page.draw.rectangle((x + widths[0], y, x + sum(widths), y + height), outline=RULE, width=1)
        page.text(x + 8, y + 6, label, flow.size - 2)
        for k, part in enumerate(parts):
            page.text(x + widths[0] + 8, y + 6 + k * row_h, part, flow.size - 2)
        y += height
    flow.y = y + flow.size
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


_CAPITALS = "零壹贰叁肆伍陆柒捌玖"


def _cheque_date(iso: str) -> str:
    """A date as cheques write it, in capital numerals: 贰零贰陆年零伍月贰拾柒日 (month and day under
    ten with 零 before them, 壹拾 for ten to twelve, as the rules for bills ask)."""
    y, m, d = (int(p) for p in iso.split("-"))

    def counted(n: int) -> str:
        if n < 10:
            return "零" + _CAPITALS[n]
        tens, ones = divmod(n, 10)
        return ("壹拾" if tens == 1 else _CAPITALS[tens] + "拾") + (_CAPITALS[ones] if ones else "")

    return "".join(_CAPITALS[int(c)] for c in str(y)) + "年" + counted(m) + "月" + counted(d) + "日"


def c_cheque_style_date(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract dated the way cheques are, in capital numerals (贰零贰陆年零伍月贰拾柒日), by a
    dealer whose finance clerk writes every date so."""
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.line(f"合同编号：{f['contract_number']}", right=rng.random() < 0.5)
    flow.line(f"卖方：{f['seller_name']}")
    flow.line(f"买方：{f['buyer_name']}    身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆总价：{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(2, 4), 1)
    flow.pair("卖方（盖章）：", "买方（签字）：")
    flow.line(f"签订日期：{_cheque_date(f['sign_date'])}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def p_second_beneficiary(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy naming a second beneficiary after the first (the lender first, the insured's
    employer's fleet company or the insured second), each in its own row."""
    second = rng.choice(
        (f["insured_name"], f"{rng.choice(('杭州', '宁波', '苏州'))}顺达物流有限公司", "被保险人")
    )
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    flow.pair(f"保险单号：{f['policy_number']}", f"签单日期：{_date(f['start_date'], rng)}")
    flow.table(
        [0.24, 0.76],
        [
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保险费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
            [("第二受益人", 1), (second, 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_period_with_time_zone(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy naming the time zone of its period's times, as one issued for a car bought near a
    border does: 2026-05-27 00:00（北京时间）至 2027-05-26 24:00（北京时间）."""
    zone = rng.choice(("（北京时间）", "(北京时间)", " 北京时间", " UTC+8"))
    period = f"{_date(f['start_date'], rng)} 00:00{zone} 至 {_date(f['end_date'], rng)} 24:00{zone}"
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车辆商业保险单", 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车架号：{f['vin']}")
    flow.line(f"保险期间：{period}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（大写：{_words(f['premium'])}）")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_vin_in_remarks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose VIN cell says only 详见备注 (see remarks), the VIN given in the remarks
    with the loan's details, as one dealer's billing system prints it."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    flow.table(
        [0.16, 0.34, 0.16, 0.34],
        [
            [("购买方名称", 1), (f["buyer_name"], 1), ("身份证号码", 1), (f["buyer_id_number"], 1)],
            [("厂牌型号", 1), (f["brand_model"], 1), ("发动机号码", 1), (f["engine_number"], 1)],
            [("车辆识别代号", 1), (rng.choice(("详见备注", "见备注")), 1), ("产地", 1), ("广州", 1)],
            [("价税合计", 1), (words, 1), ("小写", 1), (fig, 1)],
            [("销货单位名称", 1), (f["seller_name"], 3)],
        ],
        row_h=rng.randint(48, 56),
    )
    flow.line(
        f"备注：车架号{rng.choice(('：', ' ', ':'))}{f['vin']}；按揭贷款，贷款机构另行出具抵押登记文件。"
    )
    return flow.images()


def i_thermal_faded(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed on thermal paper and kept in a warm glovebox: the print faded to a
    weak brownish grey, more at one end of the sheet than the other."""
    (page,) = rng.choice((i_classic, i_kv_lines))(f, font, rng)
    arr = np.asarray(page.convert("L"), np.float32)
    w = arr.shape[1]
    ramp = np.linspace(rng.uniform(0.3, 0.45), rng.uniform(0.55, 0.7), w, dtype=np.float32)
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    ink = (255 - arr) / 255 * (1 - ramp[None, :])
    paper = np.array((238, 234, 226), np.float32)
    brown = np.array((120, 105, 90), np.float32)
    faded = paper * (1 - ink[..., None]) + brown * ink[..., None]
    frame = _on_plain(faded, rng, (30, 60), ((80, 78, 76), (160, 155, 150)))
    return [_to_image(_photographed(frame, (0.92, 1.02), (0.0, 0.1), rng))]


# ---------------------------------------------------------------- the seventy-seventh set (2026-12-07)
# Written before the seventy-sixth set was measured, so before any result of it was read.


def _clip(frame: np.ndarray, x: float, y: float, angle: float, rng: random.Random) -> np.ndarray:
    """A steel paper clip lying on `frame` at (x, y): two nested wire loops drawn with a shadow
    beside them and a bright line along the wire."""
    h, w = frame.shape[:2]
    length, width = rng.uniform(140, 190), rng.uniform(34, 42)
    loops = [
        (0.0, 0.0, length, width),
        (width * 0.22, width * 0.2, length * 0.78, width * 0.6),
        (width * 0.1, width * 0.1, length * 0.9, width * 0.8),
    ]
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    wire = np.zeros((h, w), np.uint8)
    for lx, ly, lw, lh in loops:
        r = lh / 2
        pts = []
        for t in np.linspace(0, 2 * np.pi, 120):
            if t < np.pi:
                px, py = lx + lw - r + r * np.sin(t), ly + r - r * np.cos(t)
            else:
                px, py = lx + r + r * np.sin(t), ly + r - r * np.cos(t)
            pts.append((x + px * c - py * s, y + px * s + py * c))
        cv2.polylines(wire, [np.array(pts, np.int32)], False, 255, 4, cv2.LINE_AA)
    m = wire.astype(np.float32)[..., None] / 255
    shadow = np.roll(np.roll(cv2.GaussianBlur(m[..., 0], (0, 0), 3), 6, axis=0), 5, axis=1)[..., None]
    out = frame * (1 - 0.35 * shadow)
    glint = np.sin(np.arange(w, dtype=np.float32) / 9)[None, :, None] > 0.7
    steel = np.array((165, 168, 172), np.float32) + 60 * glint
    clipped: np.ndarray = out * (1 - m) + steel * m
    return clipped


def id_front_paper_clip(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front clipped to an application form with a paper clip, photographed still clipped: the
    wire loops lie over one edge of the card and some of the print near it."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (60, 100), ((238, 236, 230), (225, 228, 232)))
    h, w = frame.shape[:2]
    top = rng.random() < 0.5
    x = rng.uniform(0.1, 0.75) * w
    y = rng.uniform(0.02, 0.1) * h if top else rng.uniform(0.82, 0.9) * h
    clipped = _clip(frame, x, y, rng.uniform(80, 100), rng)
    return [_to_image(_photographed(clipped, (0.88, 1.0), (0.0, 0.12), rng))]


def id_back_coins_on_corners(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back held flat for its photo with coins on two or three of its corners: bright metal
    discs with a darker rim and a soft shadow, each over the card's corner."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (50, 80), ((110, 80, 55), (70, 70, 74), (205, 200, 190)))
    h, w = frame.shape[:2]
    ch, cw = card.shape[:2]
    m = (h - ch) // 2
    corners = [(m, m), (m + cw, m), (m, m + ch), (m + cw, m + ch)]
    rng.shuffle(corners)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = frame.copy()
    for cx, cy in corners[: rng.randint(2, 3)]:
        r = rng.uniform(42, 58)
        cx += rng.uniform(-0.2, 0.2) * r
        cy += rng.uniform(-0.2, 0.2) * r
        d = np.hypot(xx - cx, yy - cy)
        shadow = np.clip(1 - (np.hypot(xx - cx - 7, yy - cy - 7) - r) / 9, 0, 1)
        out *= (1 - 0.4 * shadow)[..., None]
        metal = np.array(rng.choice(((200, 170, 90), (190, 192, 195))), np.float32)
        shade = 0.75 + 0.3 * np.clip((xx - cx + yy - cy) / (2 * r) * -1, -1, 1)
        rim = np.clip((d - r * 0.85) / (r * 0.15), 0, 1)
        disc = (d < r).astype(np.float32)
        coin = metal[None, None, :] * (shade * (1 - 0.35 * rim))[..., None]
        out = out * (1 - disc[..., None]) + coin * disc[..., None]
    return [_to_image(_photographed(out, (0.85, 1.0), (0.0, 0.15), rng))]


def c_values_with_footnote_marks(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose values carry small raised footnote marks (王伟¹, ¥168,000.00²), the notes
    themselves in small print at the foot of the page."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    marks = list("123") if rng.random() < 0.5 else ["*", "**", "***"]
    rows = [
        ("出卖方：", f["seller_name"], None),
        ("买受方：", f["buyer_name"], marks[0]),
        ("身份证号码：", f["buyer_id_number"], None),
        ("车辆识别代号：", f["vin"], marks[1]),
        ("车辆价款：", _money(f["vehicle_price"], rng), marks[2]),
    ]
    small = max(12, int(flow.size * 0.55))
    for label, value, mark in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label + value, flow.size)
        if mark:
            flow.page.text(end + 1, flow.y - flow.size * 0.25, mark, small)
        flow.y += flow.step()
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖方（盖章）：", "买受方（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    flow.gap(flow.size)
    notes = (
        "以买受方有效身份证件登记的姓名为准。",
        "以车辆合格证记载为准。",
        "含增值税，不含购置税、保险费及上牌费用。",
    )
    for mark, note in zip(marks, notes, strict=True):
        flow.line(f"{mark} {note}", size=max(14, flow.size - 8))
    return flow.images()


_SYLLABLES = (
    "WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE LIN LUO GAO "
    "WEI FANG NA MIN JING XIU YING HUA JUN QIANG LEI YAN PING GANG HUI JIE TAO MING CHAO"
).split()


def c_name_with_latin_spelling(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer that also serves foreign buyers: every party's name is followed by
    its spelling in capital Latin letters, as a passport writes it (王伟（WANG WEI）)."""
    name = f["buyer_name"]
    syllables = [rng.choice(_SYLLABLES) for _ in name.replace("·", "")]
    spelt = syllables[0] + " " + "".join(syllables[1:]) if len(syllables) > 1 else syllables[0]
    bracket = rng.choice((("（", "）"), ("(", ")"), (" / ", "")))
    flow = _contract_flow(font, rng, "汽车买卖合同")
    flow.title("VEHICLE PURCHASE CONTRACT", 24)
    flow.line(f"合同编号 Contract No.：{f['contract_number']}")
    flow.line(f"卖方 Seller：{f['seller_name']}")
    flow.line(f"买方 Buyer：{name}{bracket[0]}{spelt}{bracket[1]}")
    flow.line(f"证件号码 ID No.：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号 VIN：{f['vin']}")
    flow.line(f"车辆价格 Price：{_money(f['vehicle_price'], rng)}")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("卖方（盖章）Seller：", f"买方（签字）Buyer：{spelt}")
    flow.line(f"签订日期 Date：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def _dotted_under(page: Page, x: float, y: float, text: str, size: int) -> None:
    """`text` with a dot under each character, as Chinese print marks the words that matter."""
    face = load_font(page.font, size)
    for ch in text:
        page.draw.text((x, y), ch, font=face, fill=INK)
        cw = page.draw.textlength(ch, font=face)
        if not ch.isspace():
            r = max(1.5, size * 0.07)
            cx, cy = x + cw / 2, y + size * 1.18
            page.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=INK)
        x += cw


def p_emphasis_dots(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that marks its key values with emphasis dots, one under each character or
    figure, the way Chinese print stresses words."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    rows = [
        ("保险单号：", f["policy_number"], rng.random() < 0.5),
        ("被保险人：", f["insured_name"], True),
        ("车辆识别代号：", f["vin"], rng.random() < 0.5),
        ("保险期间：", _period(f, rng), True),
        ("保险费合计：", _money(f["premium"], rng), True),
        ("第一受益人：", f["first_beneficiary"], rng.random() < 0.5),
    ]
    for label, value, dotted in rows:
        flow.room(flow.size * 3)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        if dotted:
            _dotted_under(flow.page, end, flow.y, value, flow.size)
        else:
            flow.page.text(end, flow.y, value, flow.size)
        flow.y += int(flow.step() * 1.15)
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_days_counted_period(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that states its period's length in days beside the dates: 保险期间共365天，自
    2026年5月28日零时起至2027年5月27日二十四时止 (or the count after the dates)."""
    start = date.fromisoformat(f["start_date"])
    end = date.fromisoformat(f["end_date"])
    days = (end - start).days + 1
    period = _period(f, rng)
    text = rng.choice((f"共{days}天，{period}", f"{period}（共计{days}日）", f"{days}天 {period}"))
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车辆保险单（正本）", 34)
    flow.table(
        [0.22, 0.78],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车架号", 1), (f["vin"], 1)],
            [("保险期间", 1), (text, 1)],
            [("保费合计", 1), (f"{_money(f['premium'], rng)}（{_words(f['premium'])}）", 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def i_values_underlined(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice typed on a form whose values sit on printed underlines, the rule close under the
    figures so that it touches the tails of some characters."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words, fig = _total(f, rng)
    rows = [
        ("购买方名称", f["buyer_name"]),
        ("身份证号码", f["buyer_id_number"]),
        ("厂牌型号", f["brand_model"]),
        ("发动机号码", f["engine_number"]),
        ("车辆识别代号", f["vin"]),
        ("价税合计（大写）", words),
        ("小写", fig),
        ("销货单位名称", f["seller_name"]),
    ]
    colour = rng.choice((RULE, INK, (60, 90, 140)))
    under = rng.uniform(0.95, 1.1)
    for label, value in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label + "：", flow.size)
        x0 = end + 6
        x1 = max(x0 + flow.page.width_of(value, flow.size) + 30, x0 + 360)
        ly = flow.y + flow.size * under
        flow.page.draw.line((x0, ly, x1, ly), fill=colour, width=rng.choice((1, 2)))
        flow.page.text(x0 + 10, flow.y, value, flow.size)
        flow.y += flow.step()
    return flow.images()


def i_corner_curled_up(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice kept rolled in a bag: one bottom corner curls up off the table, showing the
    sheet's blank back in a triangle over the corner and throwing a shadow beside it."""
    (page,) = rng.choice((i_classic, i_kv_lines, i_compact))(f, font, rng)
    sheet = np.asarray(page, np.float32)
    frame = _on_plain(sheet, rng, (40, 70), ((95, 85, 75), (170, 165, 160), (60, 62, 66)))
    h, w = frame.shape[:2]
    sh, sw = sheet.shape[:2]
    m = (h - sh) // 2
    right = rng.random() < 0.5
    a, b = rng.uniform(0.09, 0.13) * sw, rng.uniform(0.12, 0.18) * sh
    cx, cy = (m + sw, m + sh) if right else (m, m + sh)
    sx = -1 if right else 1
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = (xx - cx) * sx / a, (cy - yy) / b  # 0 at the corner, 1 at the fold's ends
    lifted = (u >= 0) & (v >= 0) & (u + v < 1)
    out = frame.copy()
    ground = np.array(frame[min(h - 1, m + sh + 5), w // 2], np.float32)
    out[lifted] = ground
    shadow = (u >= -0.25) & (v >= -0.25) & (u + v < 1.35) & ~lifted
    out[shadow] *= 0.85
    # The flap folded back over the page, foreshortened as it curls up: the corner's triangle
    # mirrored across the fold, shortened towards the fold line.
    reach = rng.uniform(0.55, 0.8)
    flap = (u + v >= 1) & (u + v < 1 + reach) & (u <= 1) & (v <= 1)
    tone = 0.86 + 0.12 * np.clip((u + v - 1) / reach, 0, 1)
    back = np.array((236, 233, 226), np.float32)
    out[flap] = back[None, :] * tone[flap][:, None]
    return [_to_image(_photographed(out, (0.88, 1.0), (0.0, 0.12), rng))]


# ---------------------------------------------------------------- the seventy-eighth set (2026-12-07)
# Written before the seventy-seventh set was measured, so before any result of it was read.


def id_front_bank_card_over_photo(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed with a bank card lying over its portrait side: the bank card covers
    the photo and sticks out past the card's top and right edges, its own print (a bank's name,
    a long number, a holder in capitals) beside the front's fields."""
    card = render_front(f, font, rng, None)
    w, h = card.size
    fw, fh = int(w * 1.6), int(h * 1.9)
    ground = (rng.randint(185, 225), rng.randint(180, 220), rng.randint(170, 210))
    frame = Image.new("RGB", (fw, fh), ground)
    cx, cy = int(fw * 0.12), int(fh * 0.36)
    frame.paste(card, (cx, cy))
    bw, bh = int(w * 0.78), int(h * 0.78)
    bank = Image.new(
        "RGB", (bw, bh), rng.choice(((28, 58, 130), (140, 28, 38), (22, 100, 84), (200, 170, 80)))
    )
    draw = ImageDraw.Draw(bank)
    light = (240, 232, 200)
    draw.text(
        (40, 30),
        rng.choice(("中国农业银行", "中国银行", "浦发银行", "中信银行")),
        font=load_font(font, 38),
        fill=light,
    )
    draw.rounded_rectangle((50, 120, 150, 195), radius=10, fill=(205, 175, 90))
    draw.text((45, 250), " ".join(_digits(rng, 4) for _ in range(4)), font=load_font(font, 44), fill=light)
    draw.text(
        (45, 330),
        rng.choice(("LI MING", "ZHAO LEI", "SUN YAN", "WU JIE")),
        font=load_font(font, 28),
        fill=light,
    )
    draw.text((bw - 200, bh - 70), "银联 UnionPay", font=load_font(font, 26), fill=light)
    bank_rgba = bank.convert("RGBA").rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True)
    # Its left edge well right of the address column, its bottom well above the ID number's row.
    bx = cx + int(w * rng.uniform(0.74, 0.78))
    by = cy - int(h * rng.uniform(0.22, 0.3))
    shadow = Image.new("RGBA", bank_rgba.size, (0, 0, 0, 0))
    shadow.putalpha(bank_rgba.getchannel("A").point(lambda a: a * 0.35).filter(ImageFilter.GaussianBlur(6)))
    frame.paste(shadow, (bx + 8, by + 10), shadow)
    frame.paste(bank_rgba, (bx, by), bank_rgba)
    pixels = np.asarray(frame, np.float32)
    return [_to_image(_photographed(pixels, (0.88, 1.0), (0.0, 0.12), rng))]


def id_back_hair_strands(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed with a few long hairs lying across it: thin dark curves, each a little
    wavy, crossing the print, with a faint shadow beside each."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((225, 222, 215), (120, 95, 70), (200, 205, 210)))
    h, w = frame.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    for _ in range(rng.randint(3, 6)):
        p0 = np.array((rng.uniform(0, w), rng.uniform(0, h)))
        p3 = np.array((rng.uniform(0, w), rng.uniform(0, h)))
        if np.hypot(*(p3 - p0)) < w * 0.4:
            p3 = np.array((w - p0[0], h - p0[1]))
        p1 = p0 + (p3 - p0) / 3 + np.array((rng.uniform(-200, 200), rng.uniform(-200, 200)))
        p2 = p0 + (p3 - p0) * 2 / 3 + np.array((rng.uniform(-200, 200), rng.uniform(-200, 200)))
        t = np.linspace(0, 1, 400)[:, None]
        pts = (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3
        normal = np.array((-(p3 - p0)[1], (p3 - p0)[0])) / max(1.0, np.hypot(*(p3 - p0)))
        pts = pts + normal * (rng.uniform(2, 6) * np.sin(t * rng.uniform(10, 30)))
        cv2.polylines(mask, [pts.astype(np.int32)], False, 255, rng.choice((1, 2)), cv2.LINE_AA)
    m = mask.astype(np.float32)[..., None] / 255
    shadow = np.roll(np.roll(cv2.GaussianBlur(m[..., 0], (0, 0), 2), 3, axis=0), 3, axis=1)[..., None]
    hair = np.array(rng.choice(((25, 20, 18), (60, 40, 25), (15, 15, 15))), np.float32)
    out = frame * (1 - 0.25 * shadow)
    out = out * (1 - 0.9 * m) + hair * 0.9 * m
    return [_to_image(_photographed(out, (0.86, 1.0), (0.0, 0.14), rng))]


def _two_digit_year(iso: str, rng: random.Random) -> str:
    y, m, d = iso.split("-")
    return rng.choice((f"{y[2:]}年{int(m)}月{int(d)}日", f"{y[2:]}年{m}月{d}日"))


def c_two_digit_year_dates(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's short contract that writes every year in two figures, as people write by hand
    (26年5月27日): the signing date, the delivery date and the deposit's date."""
    sign = date.fromisoformat(f["sign_date"])
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "购车协议")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}")
    deposit = sign - timedelta(days=rng.randint(3, 20))
    delivery = sign + timedelta(days=rng.randint(10, 40))
    flow.line(
        f"买受人已于{_two_digit_year(deposit.isoformat(), rng)}支付定金¥{rng.randrange(2, 20) * 1000:,}.00元。"
    )
    flow.line(f"出卖人应于{_two_digit_year(delivery.isoformat(), rng)}前交付车辆。")
    _boilerplate(flow, rng, rng.randint(1, 2), 3)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"{rng.choice(('签订日期', '签约日期', '日期'))}：{_two_digit_year(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size)
    return flow.images()


def c_reverse_video_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract printed from a dealer's system that shows each filled-in value in white on a
    dark rounded bar after its dark label, the way its screen highlights the fields."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车销售确认书")))
    fill = rng.choice(((30, 40, 60), (90, 20, 30), (20, 70, 110), (60, 60, 60)))
    rows = [
        ("合同编号：", f["contract_number"]),
        (rng.choice(("出卖人：", "卖方：")), f["seller_name"]),
        (rng.choice(("买受人：", "买方：")), f["buyer_name"]),
        ("身份证号码：", f["buyer_id_number"]),
        ("车辆识别代号：", f["vin"]),
        ("车辆价款：", _money(f["vehicle_price"], rng)),
        ("签订日期：", _date(f["sign_date"], rng)),
    ]
    for label, value in rows:
        flow.room(flow.size * 3)
        y = int(flow.y)
        end = flow.page.text(flow.margin, y, label, flow.size)
        x0 = int(end + rng.randint(6, 16))
        size = flow.page.fit(value, flow.size, flow.width - flow.margin - x0 - 24)
        x1 = int(x0 + flow.page.width_of(value, size) + 20)
        pad = int(flow.size * 0.35)
        flow.page.draw.rounded_rectangle((x0, y - pad, x1, y + size + pad), radius=pad + 2, fill=fill)
        flow.page.text(x0 + 10, y, value, size, (250, 250, 250))
        flow.y += int(flow.step() * 1.35)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.15, dy=-flow.size)
    return flow.images()


def p_insured_with_masked_contacts(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that prints the insured's contact details beside the name with most figures masked
    (138****5678, 3301**********1234) and an address: look-alikes of the numbers a reader wants."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    phone = f"1{rng.choice('3589')}{_digits(rng, 1)}****{_digits(rng, 4)}"
    masked_id = _digits(rng, 4) + "*" * 10 + _digits(rng, 3) + rng.choice("0123456789X")
    flow.table(
        [0.2, 0.3, 0.18, 0.32],
        [
            [("保险单号", 1), (f["policy_number"], 3)],
            [("被保险人", 1), (f["insured_name"], 1), ("联系电话", 1), (phone, 1)],
            [("证件号码", 1), (masked_id, 3)],
            [
                ("联系地址", 1),
                (
                    rng.choice(("杭州市西湖区文三路", "南京市鼓楼区中山北路", "成都市武侯区人民南路"))
                    + f"{rng.randint(1, 300)}号",
                    3,
                ),
            ],
            [("车辆识别代号", 1), (f["vin"], 3)],
            [("保险期间", 1), (_period(f, rng), 3)],
            [("保险费合计", 1), (_money(f["premium"], rng), 3)],
            [("第一受益人", 1), (f["first_beneficiary"], 3)],
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_insurer_on_vertical_spine(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose insurer is printed once, vertically, one character under another in a tinted
    strip down the left edge of the page, the branch that issued it named at the foot."""
    flow = Flow(font, rng, size=rng.randint(21, 24), margin=rng.randint(120, 140))
    strip = rng.choice(((214, 226, 240), (240, 222, 214), (222, 236, 222)))
    flow.page.draw.rectangle((18, 60, 18 + 66, flow.height - 60), fill=strip)
    size = rng.randint(30, 36)
    y = 90
    for ch in f["insurer"]:
        flow.page.text(18 + (66 - size) // 2, y, ch, size)
        y += int(size * 1.2)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单（正本）")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"投保单号：{_proposal(f, rng)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}（{_words(f['premium'])}）")
    flow.line(f"特别约定：本保单第一受益人为{f['first_beneficiary']}。")
    flow.gap(flow.size)
    flow.line(f"承保机构：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def i_total_circled_x_yuan(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose capital total starts with the printed ⊗ of the tax office's forms and
    writes 圆 for 元, ending in 整 or 正 (ⓧ壹拾陆万捌仟圆正), the figures after ¥ without separators."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码 ", "发票号码 ", "开票日期 ")
    words = _words(f["total_price"]).replace("元", "圆")
    if words.endswith("整"):
        words = words[:-1] + rng.choice(("整", "正"))
    words = rng.choice(("⊗", "ⓧ", "⊗ ")) + words
    fig = f"¥{Decimal(f['total_price']):.2f}"
    rows = _classic_rows(f, rng, words, fig, rng.choice(("长春", "上海", "广州")))
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], rows, row_h=rng.randint(52, 60))
    return flow.images()


def i_set_off_mirror(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice stacked face to face with another while the ink was wet: the other sheet's print
    has come off on this one mirrored and faint, over and between this invoice's own values."""
    (page,) = rng.choice((i_classic, i_kv_lines, i_compact))(f, font, rng)
    other = random_fields("vehicle_invoice", rng)
    (ghost,) = rng.choice((i_classic, i_kv_lines, i_compact))(other, font, rng)
    a = np.asarray(page.convert("RGB"), np.float32)
    mirrored = np.ascontiguousarray(np.asarray(ghost.convert("RGB").resize(page.size), np.float32)[:, ::-1])
    shift = (rng.randint(-40, 40), rng.randint(-40, 40))
    g = np.roll(cv2.GaussianBlur(mirrored, (0, 0), rng.uniform(0.6, 1.2)), shift, axis=(0, 1)).astype(
        np.float32
    )
    strength = rng.uniform(0.12, 0.22)
    out = a * (1 - strength * (1 - g / 255))
    return [_to_image(out)]


# ---------------------------------------------------------------- the seventy-ninth set (2026-12-07)
# Written before the seventy-eighth set was measured, so before any result of it was read.


def id_front_sticker_residue(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front that once had stickers on it: two to four patches of old glue left behind, each a
    ragged, faintly yellow, slightly glossy film with lint and dust caught in it, over the print."""
    card = np.asarray(render_front(f, font, rng, None), np.float32)
    frame = _on_plain(card, rng, (50, 90), ((200, 196, 188), (92, 86, 80), (214, 220, 226)))
    h, w = frame.shape[:2]
    ch, cw = card.shape[:2]
    m = (h - ch) // 2
    nrng = np.random.default_rng(rng.randrange(2**32))
    out = frame.copy()
    for _ in range(rng.randint(2, 4)):
        cx = m + rng.uniform(0.1, 0.9) * cw
        cy = m + rng.uniform(0.15, 0.85) * ch
        patch = np.zeros((h, w), np.uint8)
        for _ in range(rng.randint(4, 8)):  # a ragged film: a few overlapping blobs
            axes = (int(rng.uniform(25, 70)), int(rng.uniform(15, 45)))
            centre = (int(cx + rng.uniform(-60, 60)), int(cy + rng.uniform(-30, 30)))
            cv2.ellipse(patch, centre, axes, rng.uniform(0, 180), 0, 360, 255, -1)
        film = cv2.GaussianBlur(patch.astype(np.float32) / 255, (0, 0), rng.uniform(2, 5))[..., None]
        tint = np.array((236, 222, 170), np.float32)
        noise = np.clip(nrng.normal(0, 1, (h, w)).astype(np.float32), -2, 2)
        gloss = cv2.GaussianBlur(noise, (0, 0), 6)[..., None] * 40
        veil = out * 0.82 + tint * 0.18 + gloss
        out = out * (1 - 0.8 * film) + veil * 0.8 * film
        dots = (nrng.random((h, w)) < 0.0025).astype(np.float32) * film[..., 0]
        specks = cv2.dilate(dots, np.ones((2, 2), np.uint8))[..., None]
        out = out * (1 - 0.6 * specks)
        for _ in range(rng.randint(1, 3)):  # a lint fibre stuck in the glue
            x0, y0 = cx + rng.uniform(-50, 50), cy + rng.uniform(-25, 25)
            ang = rng.uniform(0, np.pi)
            length = rng.uniform(15, 40)
            pts = np.array(
                [
                    (x0 + t * length * np.cos(ang), y0 + t * length * np.sin(ang) + 3 * np.sin(t * 6))
                    for t in np.linspace(0, 1, 20)
                ]
            )
            line = np.zeros((h, w), np.uint8)
            cv2.polylines(line, [pts.astype(np.int32)], False, 255, 1, cv2.LINE_AA)
            out = out * (1 - 0.5 * line.astype(np.float32)[..., None] / 255)
    return [_to_image(_photographed(out, (0.86, 1.0), (0.0, 0.14), rng))]


def id_back_laminate_peeling(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back whose protective film has lifted from one corner: under the loose film the print looks
    milky and a little displaced, fine wrinkles catch the light in bright streaks, and the film's
    edge runs across the card as a thin bright and dark line."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (40, 80), ((180, 176, 168), (66, 70, 76), (222, 216, 206)))
    h, w = frame.shape[:2]
    ch, cw = card.shape[:2]
    m = (h - ch) // 2
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    corner = rng.choice(((m, m), (m + cw, m), (m, m + ch), (m + cw, m + ch)))
    reach = rng.uniform(0.3, 0.5) * (cw + ch) / 2
    d = np.hypot(xx - corner[0], yy - corner[1])
    wobble = 12 * np.sin(np.arctan2(yy - corner[1], xx - corner[0]) * rng.uniform(5, 9))
    inside = np.clip((reach + wobble - d) / 4, 0, 1)
    card_mask = ((xx >= m) & (xx < m + cw) & (yy >= m) & (yy < m + ch)).astype(np.float32)
    inside *= card_mask
    ang = rng.uniform(0, np.pi)
    wave = np.sin((xx * np.cos(ang) + yy * np.sin(ang)) * 2 * np.pi / rng.uniform(14, 28))
    shift = (3 * wave * inside).astype(np.float32)
    moved = cv2.remap(frame, xx + shift, yy + shift * 0.5, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    milky = moved * 0.86 + 255 * 0.14
    streaks = np.clip(wave, 0, 1) ** 8 * rng.uniform(40, 80)
    out = frame * (1 - inside[..., None]) + (milky + streaks[..., None]) * inside[..., None]
    edge = np.exp(-(((d - reach - wobble) / 1.5) ** 2)) * card_mask
    out = out + (edge * 60)[..., None]
    out = out - (np.roll(edge, 3, axis=0) * 70)[..., None]
    return [_to_image(_photographed(out, (0.86, 1.0), (0.0, 0.14), rng))]


def c_grey_example_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A dealer's template contract that still carries its filling-in examples: after each field's
    real value, or on a line of its own under it, a grey hint with another person's example
    values (例：王小明  110101199003071234), printed smaller."""
    other = random_fields("purchase_contract", rng)
    grey = rng.choice(((150, 150, 150), (165, 160, 155), (140, 145, 155)))
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同（范本）", "机动车买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    rows = [
        ("出卖人：", f["seller_name"], other["seller_name"]),
        ("买受人：", f["buyer_name"], other["buyer_name"]),
        ("身份证号码：", f["buyer_id_number"], other["buyer_id_number"]),
        ("车辆识别代号：", f["vin"], other["vin"]),
        ("车辆价款：", _money(f["vehicle_price"], rng), _money(other["vehicle_price"], rng)),
    ]
    below = rng.random() < 0.5
    small = max(14, flow.size - rng.randint(5, 8))
    for label, value, example in rows:
        flow.room(flow.size * 3)
        end = flow.page.text(flow.margin, flow.y, label + value, flow.size)
        hint = f"{rng.choice(('例：', '示例：', '填写示例：'))}{example}"
        if below:
            flow.y += flow.step()
            flow.page.text(flow.margin + flow.size * 2, flow.y - flow.size * 0.3, f"（{hint}）", small, grey)
            flow.y += int(small * 1.6)
        else:
            x = end + rng.randint(20, 40)
            if x + flow.page.width_of(f"（{hint}）", small) > flow.width - flow.margin / 2:
                flow.y += flow.step()
                x = flow.margin + flow.size * 2
            flow.page.text(x, flow.y + (flow.size - small) * 0.6, f"（{hint}）", small, grey)
            flow.y += flow.step()
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.page.text(
        flow.margin + flow.size * 2,
        flow.y - flow.size * 0.3,
        f"（例：{_date(other['sign_date'], rng)}）",
        small,
        grey,
    )
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def c_diagonal_header_table(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract whose parties and vehicle stand in tables with a split corner cell (斜线表头): a
    diagonal rule across the top-left cell, one heading above it for the columns (当事人, 内容) and
    one below it for the rows (项目), the parties as columns."""
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "车辆销售合同书")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    page = flow.page
    row_h = int(flow.size * 2.6)
    small = max(14, flow.size - 7)

    def split_table(top: str, left: str, widths: list[int], rows: list[list[tuple[str, int]]]) -> None:
        x0, y0 = flow.margin, int(flow.y)
        end = page.table(x0, y0, widths, rows, row_h, flow.size - 1)
        page.draw.line((x0, y0, x0 + widths[0], y0 + row_h), fill=RULE, width=2)
        page.text(x0 + widths[0] - page.width_of(top, small) - 6, y0 + 4, top, small)
        page.text(x0 + 6, y0 + row_h - small - 6, left, small)
        flow.y = end + flow.size

    inner = flow.inner
    split_table(
        rng.choice(("当事人", "合同方")),
        "项目",
        [int(inner * 0.22), int(inner * 0.39), inner - int(inner * 0.22) - int(inner * 0.39)],
        [
            [("", 1), (rng.choice(("出卖人", "卖方")), 1), (rng.choice(("买受人", "买方")), 1)],
            [("名称/姓名", 1), (f["seller_name"], 1), (f["buyer_name"], 1)],
            [("证件号码", 1), (_uscc(rng), 1), (f["buyer_id_number"], 1)],
            [("联系电话", 1), (f"0571-{_digits(rng, 8)}", 1), (f"1{rng.choice('3589')}{_digits(rng, 9)}", 1)],
        ],
    )
    flow.line("第一条 车辆及价款")
    split_table(
        "内容",
        "项目",
        [int(inner * 0.3), inner - int(inner * 0.3)],
        [
            [("", 1), ("", 1)],
            [("品牌型号", 1), (rng.choice(BRAND_MODELS), 1)],
            [("车辆识别代号", 1), (f["vin"], 1)],
            [("车辆价款（含税）", 1), (_money(f["vehicle_price"], rng), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 2)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.stamp("合同专用章", dx=flow.inner * 0.12, dy=-flow.size)
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    return flow.images()


def _shadowed(
    page: Page, x: float, y: float, s: str, size: int, off: int, shade: tuple[int, int, int]
) -> int:
    page.text(x + off, y + off, s, size, shade)
    return page.text(x, y, s, size)


def p_drop_shadow_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy printed from an agency's app that gives every value a soft grey drop shadow, a copy
    of the text a few pixels down and to the right behind it."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车辆保险单")), 34)
    off = rng.randint(2, 4)
    shade = rng.choice(((160, 160, 160), (175, 170, 165), (150, 160, 175)))
    rows = [
        ("保险单号：", f["policy_number"]),
        ("被保险人：", f["insured_name"]),
        ("车辆识别代号：", f["vin"]),
        ("保险期间：", _period(f, rng)),
        ("保险费合计：", _money(f["premium"], rng)),
        ("第一受益人：", f["first_beneficiary"]),
        ("保险人：", _branch(f["insurer"], rng)),
    ]
    for label, value in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        size = flow.page.fit(value, flow.size, flow.width - flow.margin - end - 10)
        _shadowed(flow.page, end + 4, flow.y, value, size, off, shade)
        flow.y += flow.step()
    flow.stamp("保险合同专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_outline_font_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy whose filled-in values are printed in a hollow face: each character only its outline,
    the inside left the colour of the paper, in a table of solid labels."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    rows = [
        ("保险单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险期间", _period(f, rng)),
        ("保险费合计", _money(f["premium"], rng)),
        ("第一受益人", f["first_beneficiary"]),
    ]
    page = flow.page
    inner = flow.inner
    lw = int(inner * 0.24)
    row_h = int(flow.size * 2.6)
    stroke = rng.choice((1, 1, 2))
    for label, value in rows:
        flow.room(row_h)
        page = flow.page
        y = int(flow.y)
        page.table(flow.margin, y, [lw, inner - lw], [[(label, 1), ("", 1)]], row_h, flow.size - 1)
        size = page.fit(value, flow.size + 2, inner - lw - 24)
        page.draw.text(
            (flow.margin + lw + 10, y + (row_h - size) // 2 - 2),
            value,
            font=load_font(font, size),
            fill=page.background,
            stroke_width=stroke,
            stroke_fill=INK,
        )
        flow.y = y + row_h
    flow.gap(flow.size)
    flow.line(f"承保机构：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def i_security_fibres(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice on security paper: hundreds of short coloured fibres (red, blue, green) are laid in
    the paper, a few millimetres each and a little curved, everywhere including over the values."""
    (page,) = rng.choice((i_classic, i_kv_lines, i_compact, i_taxpayer_id))(f, font, rng)
    out: np.ndarray = np.asarray(page.convert("RGB"), np.float32).copy()
    h, w = out.shape[:2]
    colours = ((200, 40, 50), (40, 70, 190), (40, 150, 80))
    for _ in range(rng.randint(250, 500)):
        x0, y0 = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, np.pi)
        length = rng.uniform(8, 28)
        bend = rng.uniform(-3, 3)
        t = np.linspace(0, 1, 12)
        pts = np.stack(
            (
                x0 + t * length * np.cos(ang) - bend * np.sin(np.pi * t) * np.sin(ang),
                y0 + t * length * np.sin(ang) + bend * np.sin(np.pi * t) * np.cos(ang),
            ),
            axis=1,
        )
        mask = np.zeros((h, w), np.uint8)
        cv2.polylines(mask, [pts.astype(np.int32)], False, 255, 1, cv2.LINE_AA)
        a = mask.astype(np.float32)[..., None] / 255 * rng.uniform(0.5, 0.85)
        out = out * (1 - a) + np.array(rng.choice(colours), np.float32) * a
    return [_to_image(out)]


def i_reissued_with_original_number(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A reissued invoice: its remarks name the invoice it replaces (原发票代码 … 原发票号码 …, an
    older date), and a 补打/重开 mark stands by the head, so a second code, number and date of the
    same shapes sit on the page beside this invoice's own."""
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    flow.page.text(
        flow.width - flow.margin - 90,
        flow.margin - 20,
        rng.choice(("补打", "重开", "换开")),
        28,
        (180, 40, 40),
    )
    words, fig = _total(f, rng)
    code = f"1{_digits(rng, 11)}"
    number = _digits(rng, 8)
    old = date.fromisoformat(f["issue_date"]) - timedelta(days=rng.randint(2, 60))
    remark = rng.choice(
        (
            f"原发票代码：{code} 原发票号码：{number}（{_date(old.isoformat(), rng)}开具，已作废）",
            f"重开，对应原发票代码{code}号码{number}，原开票日期{_date(old.isoformat(), rng)}",
        )
    )
    rows = _classic_rows(f, rng, words, fig, rng.choice(("长春", "上海", "武汉")))
    rows.append([("备注", 1), (remark, 5)])
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], rows, row_h=rng.randint(52, 60))
    return flow.images()


# ---------------------------------------------------------------- the eightieth set (2026-12-07)
# Written before the seventy-ninth set was measured, so before any result of it was read.


def id_front_over_other_front(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A couple's two cards photographed together, fronts up: the buyer's card lies whole over the
    other's, which shows past one side with its own name, birth date and the start or end of its
    own number, cut off by the top card's edge."""
    other = random_fields("id_card_front", random.Random(rng.randrange(2**32)))
    under = render_front(other, font, rng, None).convert("RGBA")
    under = under.rotate(rng.uniform(-5, 5), Image.Resampling.BICUBIC, expand=True)
    top = render_front(f, font, rng, None).convert("RGBA")
    top = top.rotate(rng.uniform(-3, 3), Image.Resampling.BICUBIC, expand=True)
    shift, dy, m = int(under.width * rng.uniform(0.35, 0.5)), rng.randint(-50, 50), 110
    ground = rng.choice(((120, 96, 72), (88, 92, 98), (196, 190, 180)))
    pixels = np.asarray(_lying_over(top, under, shift, dy, m, ground, rng), np.float32)
    return [_to_image(_photographed(pixels, (0.86, 1.0), (0.0, 0.14), rng))]


def id_back_received_date_stamp(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back copied at a counter and stamped there: a box stamp in red, blue or violet ink with
    a word (已核验, 收件, 与原件一致) over a date in the card's own dotted style, the ink lying over
    part of the validity period or just beside it."""
    card = render_back(f, font, rng).convert("RGB")
    w, h = card.size
    ink = rng.choice(((200, 40, 50), (40, 70, 170), (120, 50, 150)))
    stamp = Image.new("RGBA", (330, 150), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((4, 4, 325, 145), outline=(*ink, 220), width=5)
    word = rng.choice(("已核验", "收件", "与原件一致", "复印件已核"))
    wfont = load_font(font, 40)
    draw.text(((330 - draw.textlength(word, font=wfont)) / 2, 16), word, font=wfont, fill=(*ink, 220))
    day = date(rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
    text = rng.choice((f"{day:%Y.%m.%d}", f"{day:%Y-%m-%d}", f"{day.year}年{day.month:02d}月{day.day:02d}日"))
    dfont = load_font(font, 36)
    draw.text(((330 - draw.textlength(text, font=dfont)) / 2, 84), text, font=dfont, fill=(*ink, 220))
    stamp = stamp.rotate(rng.uniform(-12, 12), Image.Resampling.BICUBIC, expand=True)
    # Uneven ink: some of the stamp comes out faint.
    alpha = np.asarray(stamp.getchannel("A"), np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    blotch = cv2.GaussianBlur(nrng.random(alpha.shape).astype(np.float32), (0, 0), 8)
    blotch = (blotch - blotch.min()) / max(1e-6, float(np.ptp(blotch)))
    stamp.putalpha(Image.fromarray(np.clip(alpha * (0.55 + 0.45 * blotch), 0, 255).astype(np.uint8)))
    sx = int(w * rng.uniform(0.5, 0.68))
    sy = int(h - stamp.height - rng.randint(10, 60))
    base = card.convert("RGBA")
    base.alpha_composite(stamp, (sx, max(0, sy)))
    frame = _on_plain(
        np.asarray(base.convert("RGB"), np.float32), rng, (50, 90), ((236, 236, 232), (200, 204, 210))
    )
    return [_to_image(_photographed(frame, (0.88, 1.0), (0.0, 0.12), rng))]


def c_old_and_new_id_numbers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract with an older buyer whose first card carried a fifteen-figure number: both are
    written, the old one (原15位身份证号码) on its own line before or after the current one, the
    same person's number in the old form (no century, no check character)."""
    idn = f["buyer_id_number"]
    old = idn[:6] + idn[8:17]
    flow = _contract_flow(font, rng, rng.choice(("汽车买卖合同", "机动车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    lines = [
        f"身份证号码：{idn}",
        f"{rng.choice(('原15位身份证号码', '原身份证号码（15位）', '旧证号码'))}：{old}",
    ]
    if rng.random() < 0.5:
        lines.reverse()
    for line in lines:
        flow.line(line)
    flow.line(f"车辆识别代号：{f['vin']}")
    flow.line(f"车辆价款：{_money(f['vehicle_price'], rng)}")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def c_ordinal_english_date(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer of an imported brand whose closing dates it in English with an
    ordinal day (this 5th day of March, 2026 / March 5th, 2026 / 5th March 2026), with no date in
    figures anywhere else."""
    d = date.fromisoformat(f["sign_date"])
    month = d.strftime("%B")
    if rng.random() < 0.4:
        month = _MONTHS_EN[d.month - 1] + "."
    english = rng.choice(
        (
            f"Dated this {_ordinal(d.day)} day of {month}, {d.year}",
            f"{month} {_ordinal(d.day)}, {d.year}",
            f"{_ordinal(d.day)} {month} {d.year}",
        )
    )
    flow = _contract_flow(font, rng, rng.choice(("进口汽车销售合同", "汽车销售合同 Sales Contract")))
    flow.line(f"合同编号 Contract No.：{f['contract_number']}", right=True)
    flow.line(f"卖方 Seller：{f['seller_name']}")
    flow.line(f"买方 Buyer：{f['buyer_name']}")
    flow.line(f"身份证号码 ID No.：{f['buyer_id_number']}")
    flow.line(f"车架号 VIN：{f['vin']}")
    flow.line(f"车辆总价 Price：{_money(f['vehicle_price'], rng)}")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("卖方（盖章）Seller：", "买方（签字）Buyer：")
    flow.line(rng.choice(("签订日期 Date：", "Date of signing：", "日期 Date：")) + english)
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


_SHORT_INSURERS = {
    "中国人民财产保险股份有限公司": ("人保财险", "PICC中国人保"),
    "中国平安财产保险股份有限公司": ("平安产险", "中国平安"),
    "中国太平洋财产保险股份有限公司": ("太保产险", "太平洋保险"),
    "中国人寿财产保险股份有限公司": ("国寿财险", "中国人寿财险"),
    "中华联合财产保险股份有限公司": ("中华财险", "中华保险"),
    "中国大地财产保险股份有限公司": ("大地保险", "中国大地财险"),
}


def p_insurer_by_short_name(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An e-policy page from an agency's app that names the insurer only by the short name the
    market knows it by (人保财险, 平安产险, 太保产险), in its header, its issuing branch and its seal;
    the legal name appears nowhere."""
    short = rng.choice(_SHORT_INSURERS[f["insurer"]])
    flow = _policy_flow(font, rng)
    flow.line(short, size=34)
    flow.title(rng.choice(("机动车商业保险电子保单", "机动车辆商业保险保单")), 32)
    flow.table(
        [0.28, 0.72],
        [
            [("保单号", 1), (f["policy_number"], 1)],
            [
                ("承保公司", 1),
                (short + rng.choice(("杭州分公司", "上海分公司", "深圳分公司", "苏州中心支公司")), 1),
            ],
            [("被保险人", 1), (f["insured_name"], 1)],
            [("车架号", 1), (f["vin"], 1)],
            [("保险期间", 1), (_period(f, rng), 1)],
            [("保费合计", 1), (_money(f["premium"], rng), 1)],
            [("第一受益人", 1), (f["first_beneficiary"], 1)],
        ],
    )
    flow.line(f"客服电话：{rng.choice(('95518', '95511', '95500', '95519', '95585', '95590'))}")
    flow.stamp(short + "保单专用章", dx=flow.inner * 0.6)
    return flow.images()


def p_overstruck_correction(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy typed on an old form printer where one value was mistyped and corrected in
    place: the wrong value overstruck with a row of X, the right one typed after it on the same
    line (the insured's name, the premium or the VIN)."""
    which = rng.choice(("insured_name", "premium", "vin"))
    if which == "insured_name":
        wrong = person_name(rng)
    elif which == "premium":
        wrong = _money(str(Decimal(f["premium"]) + rng.choice((-1, 1)) * rng.randint(10, 900)), rng)
    else:
        wrong = random_vin(rng)
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    rows = [
        ("保险单号：", f["policy_number"], "policy_number"),
        ("被保险人：", f["insured_name"], "insured_name"),
        ("车辆识别代号：", f["vin"], "vin"),
        ("保险期间：", _period(f, rng), "period"),
        ("保险费合计：", _money(f["premium"], rng), "premium"),
        ("第一受益人：", f["first_beneficiary"], "first_beneficiary"),
    ]
    for label, value, key in rows:
        flow.room(flow.size * 2)
        end = flow.page.text(flow.margin, flow.y, label, flow.size)
        if key == which:
            x1 = flow.page.text(end + 4, flow.y, wrong, flow.size)
            xs = "X" * max(3, round((x1 - end - 4) / flow.page.width_of("X", flow.size)))
            flow.page.text(end + 4, flow.y, xs, flow.size)
            end = x1 + rng.randint(12, 30)
        flow.page.text(
            end + 4, flow.y, value, flow.page.fit(value, flow.size, flow.width - flow.margin - end - 8)
        )
        flow.y += flow.step()
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def _classic_table(flow: Flow, f: dict[str, str], rng: random.Random, origins: tuple[str, ...]) -> None:
    """The 2006 form's table (`_classic_rows`), its car made in one of `origins`."""
    words, fig = _total(f, rng)
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        _classic_rows(f, rng, words, fig, rng.choice(origins)),
        row_h=rng.randint(52, 60),
    )


def i_tight_letter_spacing(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice from a printer driver that sets its text tighter than the font was made for:
    each character drawn a few pixels into the one before it, so strokes of neighbours touch."""
    flow = _invoice_flow(font, rng)
    squeeze = rng.uniform(0.06, 0.12)
    page = flow.page
    plain_text = page.text

    def tight(
        x: float, y: float, s: str, size: int, fill: tuple[int, int, int] = INK, spacing: int = 0
    ) -> int:
        step = -max(1, round(size * squeeze))
        return plain_text(x, y, s, size, fill, step) if len(s) > 1 else plain_text(x, y, s, size, fill)

    page.text = tight  # type: ignore[method-assign]
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    _classic_table(flow, f, rng, ("长春", "天津", "柳州"))
    return flow.images()


def i_print_date_beside_issue_date(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A copy of an invoice printed again from the tax system later: beside its issue date
    (开票日期) it carries the day it was printed (打印日期, 下载日期) in the same form, and a
    printing serial in the corner."""
    flow = _invoice_flow(font, rng)
    issued = date.fromisoformat(f["issue_date"])
    printed = issued + timedelta(days=rng.randint(1, 200))
    label = rng.choice(("打印日期：", "下载日期：", "打印时间："))
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"发票代码：{f['invoice_code']}", f"发票号码：{f['invoice_number']}")
    k = rng.randrange(4)
    day, again = (
        (d.isoformat(), f"{d:%Y}年{d:%m}月{d:%d}日", f"{d:%Y/%m/%d}", f"{d:%Y.%m.%d}")[k]
        for d in (issued, printed)
    )
    if rng.random() < 0.5:
        flow.pair(f"开票日期：{day}", f"{label}{again}")
    else:
        flow.pair(f"{label}{again}", f"开票日期：{day}")
    words, fig = _total(f, rng)
    flow.table(
        [0.14, 0.2, 0.16, 0.2, 0.1, 0.2],
        _classic_rows(f, rng, words, fig, rng.choice(("长春", "上海", "广州"))),
        row_h=rng.randint(52, 60),
    )
    flow.line(f"打印序号：{_digits(rng, 10)}", size=18)
    return flow.images()


# ---------------------------------------------------------------- the eighty-first set (2026-12-07)
# Written before the eightieth set was measured, so before any result of it was read.


def id_front_with_back_on_one_copy(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """The photocopy a counter asks for: the card's front and back copied one above the other on a
    sheet of A4 (the front on top or below), greyed by the copier, with room around both."""
    front = render_front(f, font, rng, None)
    back = render_back(random_fields("id_card_back", random.Random(rng.randrange(2**32))), font, rng)
    w, h = front.size
    sheet = Image.new("RGB", (int(w * 1.7), int(h * 3.1)), (246, 246, 244))
    first, second = (front, back) if rng.random() < 0.6 else (back, front)
    x = (sheet.width - w) // 2 + rng.randint(-40, 40)
    sheet.paste(first, (x, int(h * 0.35)))
    sheet.paste(second, (x + rng.randint(-30, 30), int(h * 1.6)))
    grey = np.asarray(sheet.convert("L"), np.float32)
    grey = 40 + grey * rng.uniform(0.72, 0.82)  # a copier's grey: no white, no black
    nrng = np.random.default_rng(rng.randrange(2**32))
    grey += nrng.normal(0, 4, grey.shape).astype(np.float32)
    pixels = np.repeat(grey[..., None], 3, axis=2)
    return [_to_image(_photographed(pixels, (0.9, 1.0), (0.0, 0.1), rng))]


def id_back_on_checkered_tiles(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed on a floor or counter of small square tiles: dark grout lines in a grid
    all round the card, in line with it or not, and the tiles' own light and dark shades."""
    card = render_back(f, font, rng).convert("RGBA")
    card = card.rotate(rng.uniform(-8, 8), Image.Resampling.BICUBIC, expand=True)
    fw, fh = card.width + 260, card.height + 260
    tile = rng.randint(60, 110)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang = np.radians(rng.uniform(-20, 20))
    u, w_ = xx * np.cos(ang) + yy * np.sin(ang), -xx * np.sin(ang) + yy * np.cos(ang)
    shade = ((np.floor(u / tile) + np.floor(w_ / tile)) % 2).astype(np.float32)
    light, dark = rng.choice(
        (
            ((225, 222, 215), (160, 150, 140)),
            ((200, 205, 210), (90, 96, 104)),
            ((230, 220, 190), (120, 70, 50)),
        )
    )
    ground = np.where(shade[..., None] > 0, np.array(light, np.float32), np.array(dark, np.float32))
    grout = (np.minimum(u % tile, w_ % tile) < 4).astype(np.float32)[..., None]
    ground = ground * (1 - grout) + 60 * grout
    frame = Image.fromarray(np.clip(ground, 0, 255).astype(np.uint8))
    frame.paste(card, (130 + rng.randint(-40, 40), 130 + rng.randint(-40, 40)), card)
    pixels = np.asarray(frame, np.float32)
    return [_to_image(_photographed(pixels, (0.86, 1.0), (0.0, 0.14), rng))]


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def c_circled_number_labels(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract form whose fields are numbered with circled figures before their labels (①出卖人,
    ②买受人 …), the way a filling-in guide refers to them."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "车辆买卖合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    rows = [
        ("出卖人", f["seller_name"]),
        ("买受人", f["buyer_name"]),
        ("买受人身份证号码", f["buyer_id_number"]),
        ("车辆识别代号", f["vin"]),
        ("车辆价款", _money(f["vehicle_price"], rng)),
    ]
    gap = rng.choice(("", " "))
    for k, (label, value) in enumerate(rows):
        flow.line(f"{_CIRCLED[k]}{gap}{label}：{value}")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.line(
        f"（以上第{_CIRCLED[0]}至{_CIRCLED[len(rows) - 1]}项由经办人据实填写）", size=max(14, flow.size - 6)
    )
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"{_CIRCLED[len(rows)]}{gap}签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def c_vin_hyphen_groups(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer system that prints the VIN in hyphenated groups for reading aloud
    (LSGB-14A5-8MR9-15000 or LSGB14A58-MR915000), and the ID number in groups of 6-8-4."""
    vin = f["vin"]
    grouped = rng.choice(
        (
            f"{vin[:4]}-{vin[4:8]}-{vin[8:12]}-{vin[12:]}",
            f"{vin[:9]}-{vin[9:]}",
            f"{vin[:3]}-{vin[3:9]}-{vin[9:]}",
        )
    )
    idn = f["buyer_id_number"]
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车销售合同")))
    flow.line(f"合同编号：{f['contract_number']}", right=True)
    flow.table(
        [0.3, 0.7],
        [
            [("出卖人", 1), (f["seller_name"], 1)],
            [("买受人", 1), (f["buyer_name"], 1)],
            [("证件号码", 1), (f"{idn[:6]} {idn[6:14]} {idn[14:]}" if rng.random() < 0.5 else idn, 1)],
            [("车辆识别代号（VIN）", 1), (grouped, 1)],
            [("车辆价款", 1), (_money(f["vehicle_price"], rng), 1)],
        ],
    )
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


_PLATE_AREAS = ("浙A", "沪B", "粤B", "苏E", "京N", "川A", "鄂A", "鲁B")


def p_plate_and_vin_one_cell(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy schedule that gives plate and VIN in one cell under one label (号牌号码/车架号：
    浙A·3K82N / LSGB…), or 新车未上牌 for a car not yet registered, as many insurers' forms do."""
    plate = rng.choice(
        (
            f"{rng.choice(_PLATE_AREAS)}{rng.choice(('', '·'))}{rng.choice('0123456789')}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(rng, 3)}",
            rng.choice(("新车未上牌", "暂未上牌", "*-*")),
            f"{rng.choice(_PLATE_AREAS)}D{_digits(rng, 5)}",
        )
    )
    sep = rng.choice((" / ", "／", "  ", "；"))
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=30)
    flow.title("机动车商业保险保险单", 34)
    flow.table(
        [0.26, 0.74],
        [
            [("保险单号", 1), (f["policy_number"], 1)],
            [("被保险人", 1), (f["insured_name"], 1)],
            [
                (rng.choice(("号牌号码/车架号", "车牌号/VIN码", "号牌/识别代号")), 1),
                (f"{plate}{sep}{f['vin']}", 1),
            ],
            *_period_premium_beneficiary(f, rng, 1),
        ],
    )
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def _period_premium_beneficiary(
    f: dict[str, str], rng: random.Random, span: int
) -> list[list[tuple[str, int]]]:
    """A policy table's last rows, the values `span` cells wide: its period, premium and first
    beneficiary."""
    return [
        [("保险期间", 1), (_period(f, rng), span)],
        [("保险费合计", 1), (_money(f["premium"], rng), span)],
        [("第一受益人", 1), (f["first_beneficiary"], span)],
    ]


def p_struck_list_premium(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy from an online channel that shows the premium before its discount struck through,
    then the premium paid (¥5,280.00 with a line through it, ¥4,752.00), as a shop shows a sale."""
    premium = Decimal(f["premium"])
    listed = (premium / Decimal(rng.choice(("0.85", "0.9", "0.75", "0.8")))).quantize(Decimal("1.00"))
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车商业保险电子保单", "车险电子保单")), 32)
    flow.line(f"保单号：{f['policy_number']}")
    flow.line(f"承保公司：{_branch(f['insurer'], rng)}")
    flow.line(f"被保险人：{f['insured_name']}")
    flow.line(f"车架号：{f['vin']}")
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.room(flow.size * 2)
    end = flow.page.text(flow.margin, flow.y, rng.choice(("保费：", "保险费合计：", "实付保费：")), flow.size)
    struck = f"¥{listed:,.2f}"
    grey = (150, 150, 150)
    x1 = flow.page.text(end + 4, flow.y, struck, flow.size - 2, grey)
    mid = flow.y + flow.size * 0.6
    flow.page.draw.line((end + 2, mid, x1 + 2, mid), fill=grey, width=2)
    flow.page.text(x1 + rng.randint(14, 30), flow.y, f"¥{premium:,.2f}", flow.size + 2, (200, 40, 40))
    flow.y += flow.step()
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"已优惠：¥{listed - premium:,.2f}", size=max(14, flow.size - 4))
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def i_apostrophe_thousands(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice printed by an importer's system set up with a European locale: thousands
    separated by an apostrophe or a thin space in its figures (¥168'000.00, ¥168 000.00)."""
    total = Decimal(f["total_price"])
    mark = rng.choice(("'", "’", " "))
    fig = f"¥{total:,.2f}".replace(",", mark)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    rows = _classic_rows(f, rng, _words(f["total_price"]), fig, rng.choice(("德国", "美国", "日本", "沈阳")))
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], rows, row_h=rng.randint(52, 60))
    return flow.images()


_WEEKDAYS = "一二三四五六日"


def i_issue_date_with_weekday(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice whose issue date carries its weekday after it (2025年08月25日 星期一, 2025-08-25
    周一, 2025/08/25（一）)."""
    d = date.fromisoformat(f["issue_date"])
    wd = _WEEKDAYS[d.weekday()]
    day = rng.choice(
        (
            f"{d:%Y}年{d:%m}月{d:%d}日 星期{wd}",
            f"{d.isoformat()} 周{wd}",
            f"{d:%Y/%m/%d}（{wd}）",
            f"{d:%Y.%m.%d} 星期{wd}",
        )
    )
    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    flow.pair(f"发票代码：{f['invoice_code']}", f"发票号码：{f['invoice_number']}")
    flow.line(f"开票日期：{day}")
    _classic_table(flow, f, rng, ("长春", "上海", "广州"))
    return flow.images()


# ---------------------------------------------------------------- the eighty-second set (2026-12-07)
# Written before the eighty-first set was measured, so before any result of it was read.


def id_front_on_application_form(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A front photographed lying on the loan application it goes with: the form's printed lines
    round the card, among them another applicant's name and ID number (a co-applicant's or the
    previous customer's), as close to the card as the form's rows fall."""
    card = render_front(f, font, rng, None).convert("RGBA")
    card = card.rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True)
    other = random_fields("id_card_front", random.Random(rng.randrange(2**32)))
    form = Page(int(card.width * 1.6), int(card.height * 2.0), font, rng, (250, 250, 248))
    size = rng.randint(26, 32)
    lines = [
        rng.choice(("个人汽车贷款申请表", "汽车消费贷款申请书")),
        f"{rng.choice(('共同申请人', '担保人', '配偶'))}姓名：{other['name']}",
        f"证件号码：{other['id_number']}",
        f"联系电话：1{_digits(rng, 10)}",
        f"申请金额：¥{rng.randrange(5, 40) * 10000:,}.00",
        f"申请期限：{rng.choice((12, 24, 36, 60))}个月",
        "申请人签字：",
    ]
    y = rng.randint(20, 40)
    for k, text in enumerate(lines):
        form.text(
            rng.randint(30, 60) if k else form.width / 2 - size * 5, y, text, size + (8 if k == 0 else 0)
        )
        y += int(size * rng.uniform(1.9, 2.3))
    # The card lies over the lower rows, so the other person's lines show just above it.
    top = int(size * 2.0 * rng.uniform(3.2, 4.2))
    form.image.paste(card, ((form.width - card.width) // 2 + rng.randint(-60, 60), top), card)
    pixels = np.asarray(form.image, np.float32)
    return [_to_image(_photographed(pixels, (0.85, 1.0), (0.0, 0.15), rng))]


def id_back_torch_spot_in_dark(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A back photographed in a dark car park by the phone's torch: a bright round spot on part of
    the card, falling to near dark at its edges, and the grain of a sensor pushed to its highest
    sensitivity everywhere."""
    card = np.asarray(render_back(f, font, rng), np.float32)
    frame = _on_plain(card, rng, (50, 110), ((45, 45, 50), (90, 80, 70), (120, 120, 125)))
    rows, cols = frame.shape[:2]
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    cx, cy = cols * rng.uniform(0.3, 0.7), rows * rng.uniform(0.3, 0.7)
    radius = cols * rng.uniform(0.35, 0.6)
    spot = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2)))
    light = rng.uniform(0.12, 0.25) + rng.uniform(1.0, 1.3) * spot
    tint = np.array((1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 1.0)), np.float32)
    out = frame * light[..., None] * tint
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = nrng.normal(0, rng.uniform(6, 11), out.shape[:2]).astype(np.float32)
    out += cv2.GaussianBlur(grain, (0, 0), 0.7)[..., None] + nrng.normal(0, 3, out.shape).astype(np.float32)
    return [_to_image(out)]


def _qr_block(rng: random.Random, modules: int, px: int) -> Image.Image:
    """A square code's look: random modules with the three position squares in its corners, `px`
    pixels a module, on a white quiet zone."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    grid = nrng.random((modules, modules)) < 0.5
    for r, c in ((0, 0), (0, modules - 7), (modules - 7, 0)):
        grid[r : r + 7, c : c + 7] = False
        grid[r, c : c + 7] = grid[r + 6, c : c + 7] = True
        grid[r : r + 7, c] = grid[r : r + 7, c + 6] = True
        grid[r + 2 : r + 5, c + 2 : c + 5] = True
    image = np.where(grid, 20, 255).astype(np.uint8)
    image = np.pad(image, 2, constant_values=255)
    big = np.kron(image, np.ones((px, px), np.uint8))
    return Image.fromarray(big).convert("RGB")


def c_qr_code_beside_values(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract from a dealer system that prints a square code for checking it online beside its
    number and another beside the car's VIN, a few pixels from the values' last characters."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "机动车买卖合同")))

    def coded(text: str, modules: int, px: int) -> None:
        at_y = int(flow.y)
        end = flow.margin + flow.page.width_of(text, flow.size)
        flow.line(text)
        code = _qr_block(rng, modules, px)
        y = at_y + flow.size // 2 - code.height // 2
        flow.page.image.paste(code, (int(end) + rng.randint(8, 24), max(0, y)))
        flow.y = max(flow.y, y + code.height + 6)

    coded(f"合同编号：{f['contract_number']}", 25, rng.randint(3, 4))
    flow.line(f"出卖人：{f['seller_name']}")
    flow.line(f"买受人：{f['buyer_name']}")
    flow.line(f"身份证号码：{f['buyer_id_number']}")
    coded(f"车辆识别代号：{f['vin']}", 21, rng.randint(2, 3))
    flow.line(f"成交价格：{_money(f['vehicle_price'], rng)}（{_words(f['vehicle_price'])}）")
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）：", "买受人（签字）：")
    flow.line(f"签订日期：{_date(f['sign_date'], rng)}")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def c_label_gloss_below(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A contract form whose every label carries its English gloss in small type under it (出卖人 /
    Seller), the value on the Chinese label's line, so between two values stands an English word."""
    flow = _contract_flow(font, rng, rng.choice(("汽车销售合同", "新车买卖合同")))
    flow.line(f"合同编号 No.：{f['contract_number']}", right=True)
    rows = (
        ("出卖人", "Seller", f["seller_name"]),
        ("买受人", "Buyer", f["buyer_name"]),
        ("身份证号码", "ID No.", f["buyer_id_number"]),
        ("车辆识别代号", "VIN", f["vin"]),
        ("车辆价款", "Price", _money(f["vehicle_price"], rng)),
        ("签订日期", "Date of Signing", _date(f["sign_date"], rng)),
    )
    small = max(13, flow.size - rng.randint(9, 11))
    value_x = flow.margin + flow.page.width_of("车辆识别代号：", flow.size) + rng.randint(20, 50)
    colon = rng.choice(("：", "", ":"))
    for zh, en, value in rows:
        flow.room(flow.size * 3)
        flow.page.text(flow.margin, flow.y, zh + colon, flow.size)
        flow.page.text(flow.margin, flow.y + flow.size + 4, en, small, (90, 90, 90))
        flow.page.text(value_x, flow.y, value, flow.size)
        flow.y += flow.size + small + rng.randint(18, 28)
    _boilerplate(flow, rng, rng.randint(2, 3), 1)
    flow.pair("出卖人（盖章）Seller：", "买受人（签字）Buyer：")
    flow.stamp("合同专用章", dx=flow.inner * 0.1, dy=-flow.size * 2)
    return flow.images()


def p_vin_in_vehicle_description(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A policy that describes the insured car in one running sentence, the VIN inside it among
    the model, engine number, seats and first registration (保险车辆：别克GL8 … 车架号LSGB… 发动机号…)."""
    flow = _policy_flow(font, rng)
    flow.line(f["insurer"], size=28)
    flow.title(rng.choice(("机动车商业保险保险单", "机动车综合商业保险保险单")), 34)
    flow.line(f"保险单号：{f['policy_number']}")
    flow.line(f"被保险人：{f['insured_name']}")
    parts = [
        rng.choice(BRAND_MODELS),
        rng.choice(("车架号", "VIN码", "车辆识别代号")) + rng.choice(("", "：", " ")) + f["vin"],
        f"发动机号{_engine(rng)}",
        f"核定载客{rng.choice((5, 5, 7))}人",
        f"初次登记日期{_date(f['start_date'], rng)}" if rng.random() < 0.5 else "新车",
    ]
    flow.para(f"保险车辆：{rng.choice(('，', '；', ' ')).join(parts)}。", indent=False)
    flow.line(f"保险期间：{_period(f, rng)}")
    flow.line(f"保险费合计：{_money(f['premium'], rng)}")
    flow.line(f"第一受益人：{f['first_beneficiary']}")
    flow.line(f"保险人：{_branch(f['insurer'], rng)}")
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def p_shaded_value_boxes(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """A modern policy PDF: each label small and grey above a light grey box with rounded corners
    that holds its value, two boxes to a row where they fit, no rules and no colons."""
    flow = _policy_flow(font, rng)
    flow.title(rng.choice(("机动车商业保险电子保单", "车险保单")), 34)
    flow.line(_branch(f["insurer"], rng), size=max(16, flow.size - 4))
    items = [
        ("保单号", f["policy_number"]),
        ("被保险人", f["insured_name"]),
        ("车辆识别代号", f["vin"]),
        ("保险费（元）", f"{Decimal(f['premium']):,.2f}"),
        ("保险期间", _period(f, rng)),
        ("第一受益人", f["first_beneficiary"]),
        ("保险人", f["insurer"]),
    ]
    small, fill = max(14, flow.size - 7), rng.choice(((238, 240, 243), (242, 242, 238), (234, 240, 248)))
    half = (flow.inner - 24) // 2
    k = 0
    while k < len(items):
        pair = items[k : k + 2]
        wide = any(flow.page.width_of(v, flow.size) > half - 24 for _, v in pair)
        row = pair[:1] if wide else pair
        flow.room(small + flow.size * 2 + 30)
        for j, (label, value) in enumerate(row):
            x = flow.margin + j * (half + 24)
            w = flow.inner if len(row) == 1 else half
            size = flow.page.fit(value, flow.size, w - 24)
            flow.page.text(x + 4, flow.y, label, small, (120, 120, 120))
            top = flow.y + small + 8
            flow.page.draw.rounded_rectangle((x, top, x + w, top + flow.size + 22), 10, fill=fill)
            flow.page.text(x + 12, top + 10, value, size)
        flow.y += small + flow.size + 50
        k += len(row)
    flow.stamp("保险合同专用章", dx=flow.inner * 0.55)
    return flow.images()


def i_certificate_and_import_numbers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice for an imported car whose rows carry its conformity certificate number, import
    certificate number and inspection number, long letter-and-figure codes in the cells beside the
    VIN's, one of them seventeen characters long as a VIN is."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    cert = "W" + "".join(rng.choice(letters) for _ in range(2)) + _digits(rng, 12)
    imported = (
        rng.choice(letters) + _digits(rng, 2) + "".join(rng.choice(letters + "0123456789") for _ in range(14))
    )
    inspection = _digits(rng, 15)
    words, fig = _total(f, rng)
    flow = _invoice_flow(font, rng)
    _invoice_head(flow, f, rng, "发票代码：", "发票号码：", "开票日期：")
    rows = _classic_rows(f, rng, words, fig, rng.choice(("德国", "日本", "美国", "英国")))
    extra = [
        [("合格证号", 1), (cert, 2), ("进口证明书号", 1), (imported, 2)],
        [("商检单号", 1), (inspection, 2), ("限乘人数", 1), (f"{rng.choice((5, 5, 7))}人", 2)],
    ]
    at = 4 if rng.random() < 0.5 else 3  # under the VIN's row, or between the car's and the VIN's
    flow.table([0.14, 0.2, 0.16, 0.2, 0.1, 0.2], rows[:at] + extra + rows[at:], row_h=rng.randint(50, 58))
    return flow.images()


def i_qr_code_by_numbers(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    """An invoice with a square verification code printed just left of its code, number and date,
    the three lines starting a few pixels from the code's right edge."""
    flow = _invoice_flow(font, rng)
    flow.line("机动车销售统一发票", x=flow.width / 2 - 180, size=36)
    code = _qr_block(rng, rng.choice((21, 25)), 4)
    y0 = int(flow.y)
    flow.page.image.paste(code, (flow.margin, y0 - 6))
    x = flow.margin + code.width + rng.randint(6, 16)
    for text in (
        f"发票代码：{f['invoice_code']}",
        f"发票号码：{f['invoice_number']}",
        f"开票日期：{_date(f['issue_date'], rng)}",
    ):
        flow.line(text, x=x)
    flow.y = max(flow.y, y0 + code.height)
    _classic_table(flow, f, rng, ("长春", "天津", "武汉"))
    return flow.images()


# ---------------------------------------------------------------- ID cards

# Name characters outside the 3,500 common ones; the development and held-out sets share none.
RARE_DEV = "堃喆玥昇犇淼焱翀珺琰燊彧旻璟晞"
RARE_HELD = "赟垚暐镕玙珣昺曌婧骞甯嫣湉烜"
RARE_FRESH = "祎瑄珝婳翯弢玹琇璠沄"
RARE_THIRD = "琤峣禛祐堉溦芃偲翾勍"  # the 2026-12-01 set; none in GB 2312 nor in the sets above
# Districts and counties whose names hold rare characters, for addresses (2026-12-01 set).
FAR_PLACES = (
    "河南省信阳市浉河区",
    "陕西省西安市鄠邑区",
    "安徽省黄山市黟县",
    "山西省忻州市岢岚县",
    "甘肃省平凉市崆峒区",
    "安徽省淮北市濉溪县",
)
RARE_FOURTH = "珮嫚妘婼媞昳琂瑢暻翙"  # the fourth set (second of 2026-12-01); none in GB 2312
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "令狐")
AUTHORITIES_FOURTH = (
    "阿坝藏族羌族自治州公安局马尔康市分局",
    "楚雄彝族自治州公安局禄丰市分局",
    "昌吉回族自治州公安局阜康市分局",
)
AUTHORITIES_THIRD = ("信阳市公安局浉河分局", "西安市公安局鄠邑分局", "伊犁哈萨克自治州公安局伊宁市分局")
AUTHORITIES_FRESH = ("西双版纳傣族自治州公安局景洪市分局", "甘孜藏族自治州公安局康定市分局")
AUTHORITIES_HELD = (
    "乌鲁木齐市公安局天山区分局",
    "巴音郭楞蒙古自治州公安局",
    "黔东南苗族侗族自治州公安局凯里分局",
    "呼和浩特市公安局赛罕区分局",
)


def _rare(chars: str) -> Callable[[dict[str, str], random.Random], dict[str, str]]:
    def adapt(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
        name = fields["name"][0] + "".join(rng.choice(chars) for _ in range(rng.choice((1, 2))))
        return {**fields, "name": name}

    return adapt


def _rare_far(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Rare name characters and an address in a district whose name holds one."""
    fields = _rare(RARE_THIRD)(fields, rng)
    street = rng.choice(("建设路", "文化街", "光明巷", "新华路"))
    return {**fields, "address": f"{rng.choice(FAR_PLACES)}{street}{rng.randrange(1, 200)}号"}


def _third_authority(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_THIRD)}


def _compound_rare(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A compound surname (欧阳, 司马…) and rare given-name characters: a four-character name."""
    given = "".join(rng.choice(RARE_FOURTH) for _ in range(rng.choice((1, 2))))
    return {**fields, "name": rng.choice(COMPOUND) + given}


def _fourth_authority(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_FOURTH)}


def _far_authority(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_HELD)}


def _farther_authority(fields: dict[str, str], rng: random.Random) -> dict[str, str]:
    return {**fields, "issuing_authority": rng.choice(AUTHORITIES_FRESH)}


def id_front(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [render_front(f, font, rng, None)]


def id_back(f: dict[str, str], font: str, rng: random.Random) -> list[Image.Image]:
    return [render_back(f, font, rng)]


_NOTO = ("noto-sans", "noto-serif")

# ---------------------------------------------------------------- the declared list

FAMILIES: tuple[Family, ...] = (
    Family("contract_table_classic", "purchase_contract", c_table_classic, "development"),
    Family("contract_prose_articles", "purchase_contract", c_prose_articles, "development"),
    Family("contract_sell_buy_pairs", "purchase_contract", c_sell_buy_pairs, "development"),
    Family("contract_sales_party", "purchase_contract", c_sales_party, "development"),
    Family("contract_jia_seller", "purchase_contract", c_jia_seller, "development"),
    Family("contract_party_blocks", "purchase_contract", c_party_blocks, "seen"),
    Family("contract_order_form", "purchase_contract", c_order_form, "seen"),
    Family("contract_inline", "purchase_contract", c_inline, "seen"),
    Family("policy_table_classic", "insurance_policy", p_table_classic, "development"),
    Family("policy_two_column", "insurance_policy", p_two_column, "development"),
    Family("policy_footer_insurer", "insurance_policy", p_footer_insurer, "development"),
    Family("policy_special_terms", "insurance_policy", p_special_terms, "development"),
    Family("policy_kv_list", "insurance_policy", p_kv_list, "development"),
    Family("policy_multi_page", "insurance_policy", p_multi_page, "seen"),
    Family("policy_header_grid", "insurance_policy", p_header_grid, "seen"),
    Family("policy_compulsory", "insurance_policy", p_compulsory, "seen"),
    Family("invoice_classic", "vehicle_invoice", i_classic, "development"),
    Family("invoice_old_generation", "vehicle_invoice", i_old_generation, "development"),
    Family("invoice_taxpayer_id", "vehicle_invoice", i_taxpayer_id, "development"),
    Family("invoice_seal_over", "vehicle_invoice", i_seal_over, "development"),
    Family("invoice_label_above", "vehicle_invoice", i_label_above, "development"),
    Family("invoice_compact", "vehicle_invoice", i_compact, "seen"),
    Family("invoice_kv_lines", "vehicle_invoice", i_kv_lines, "seen"),
    Family("invoice_shifted", "vehicle_invoice", i_shifted, "seen"),
    Family("id_front_standard", "id_card_front", id_front, "development"),
    Family("id_front_rare_dev", "id_card_front", id_front, "development", _rare(RARE_DEV), _NOTO),
    Family("id_front_rare_held", "id_card_front", id_front, "seen", _rare(RARE_HELD), _NOTO),
    Family("id_back_standard", "id_card_back", id_back, "development"),
    Family("id_back_far_authority", "id_card_back", id_back, "seen", _far_authority),
    Family("contract_supply_demand", "purchase_contract", c_supply_demand, "seen"),
    Family("contract_numbered_clauses", "purchase_contract", c_numbered_clauses, "seen"),
    Family("policy_e_policy", "insurance_policy", p_e_policy, "seen"),
    Family("policy_side_labels", "insurance_policy", p_side_labels, "seen"),
    Family("invoice_electronic", "vehicle_invoice", i_electronic, "seen"),
    Family("invoice_print_copy", "vehicle_invoice", i_print_copy, "seen"),
    Family("id_front_rare_fresh", "id_card_front", id_front, "seen", _rare(RARE_FRESH), _NOTO),
    Family("id_back_farther_authority", "id_card_back", id_back, "seen", _farther_authority),
    Family("contract_buyer_first_columns", "purchase_contract", c_buyer_first_columns, "seen"),
    Family("contract_schedule_appendix", "purchase_contract", c_schedule_appendix, "seen"),
    Family("policy_proposal_first", "insurance_policy", p_proposal_first, "seen"),
    Family("policy_stacked_grid", "insurance_policy", p_stacked_grid, "seen"),
    Family("invoice_items_first", "vehicle_invoice", i_items_first, "seen"),
    Family("invoice_receipt_lines", "vehicle_invoice", i_receipt_lines, "seen"),
    Family("id_front_rare_far", "id_card_front", id_front, "seen", _rare_far, _NOTO),
    Family("id_back_third_authority", "id_card_back", id_back, "seen", _third_authority),
    Family("contract_party_matrix", "purchase_contract", c_party_matrix, "seen"),
    Family("contract_bilingual_order", "purchase_contract", c_bilingual_order, "seen"),
    Family("policy_bilingual", "insurance_policy", p_bilingual, "seen"),
    Family("policy_renewal_letter", "insurance_policy", p_renewal_letter, "seen"),
    Family("invoice_combined_buyer", "vehicle_invoice", i_combined_buyer, "seen"),
    Family("invoice_tax_split", "vehicle_invoice", i_tax_split, "seen"),
    Family("id_front_compound_rare", "id_card_front", id_front, "held-out", _compound_rare, _NOTO),
    Family("id_back_fourth_authority", "id_card_back", id_back, "held-out", _fourth_authority),
    Family("contract_blanks_form", "purchase_contract", c_blanks_form, "seen"),
    Family("contract_serial_table", "purchase_contract", c_serial_table, "seen"),
    Family("policy_endorsement", "insurance_policy", p_endorsement, "seen"),
    Family("policy_wide_row", "insurance_policy", p_wide_row, "seen"),
    Family("invoice_two_copies", "vehicle_invoice", i_two_copies, "seen"),
    Family("invoice_cny_amounts", "vehicle_invoice", i_cny_amounts, "seen"),
    Family("id_front_transliterated", "id_card_front", id_front, "seen", _transliterated, _NOTO),
    Family("id_back_fifth_authority", "id_card_back", id_back, "seen", _fifth_authority),
    Family("contract_confirmation_letter", "purchase_contract", c_confirmation_letter, "seen"),
    Family("contract_wan_columns", "purchase_contract", c_wan_columns, "seen"),
    Family("policy_underwriting_notice", "insurance_policy", p_underwriting_notice, "seen"),
    Family("policy_phone_screen", "insurance_policy", p_phone_screen, "seen"),
    Family("invoice_full_grid", "vehicle_invoice", i_full_grid, "seen"),
    Family("invoice_vertical_parties", "vehicle_invoice", i_vertical_parties, "seen"),
    Family("id_front_rare_village", "id_card_front", id_front, "seen", _rare_village, _NOTO),
    Family("id_back_county_long_term", "id_card_back", id_back, "seen", _county_long_term),
    Family("contract_price_breakdown", "purchase_contract", c_price_breakdown, "seen"),
    Family("contract_kai_filled", "purchase_contract", c_kai_filled, "seen"),
    Family("policy_wrapped_label_cells", "insurance_policy", p_wrapped_label_cells, "seen"),
    Family("policy_schedule_pages", "insurance_policy", p_schedule_pages, "seen"),
    Family("invoice_two_line_labels", "vehicle_invoice", i_two_line_labels, "seen"),
    Family("invoice_patterned_paper", "vehicle_invoice", i_patterned_paper, "seen"),
    Family("id_front_photocopy", "id_card_front", id_front_photocopy, "seen"),
    Family("id_back_photocopy", "id_card_back", id_back_photocopy, "seen"),
    Family("contract_loan_combo", "purchase_contract", c_loan_combo, "seen"),
    Family("contract_english_first", "purchase_contract", c_english_first, "seen"),
    Family("policy_pocket_card", "insurance_policy", p_pocket_card, "seen"),
    Family("policy_seals_over_values", "insurance_policy", p_seals_over_values, "seen"),
    Family("invoice_buyer_contact_cell", "vehicle_invoice", i_buyer_contact_cell, "seen"),
    Family("invoice_faint_dot_matrix", "vehicle_invoice", i_faint_dot_matrix, "seen"),
    Family("id_front_glare", "id_card_front", id_front_glare, "seen"),
    Family("id_back_glare", "id_card_back", id_back_glare, "seen"),
    Family("contract_two_column_prose", "purchase_contract", c_two_column_prose, "seen"),
    Family("contract_digit_boxes", "purchase_contract", c_digit_boxes, "seen"),
    Family("policy_landscape_grid", "insurance_policy", p_landscape_grid, "seen"),
    Family("policy_grouped_numbers", "insurance_policy", p_grouped_numbers, "seen"),
    Family("invoice_folded", "vehicle_invoice", i_folded, "seen"),
    Family("invoice_tinted_form", "vehicle_invoice", i_tinted_form, "seen"),
    Family("id_front_worn", "id_card_front", id_front_worn, "seen"),
    Family("id_back_worn", "id_card_back", id_back_worn, "seen"),
    Family("contract_parties_at_end", "purchase_contract", c_parties_at_end, "seen"),
    Family("contract_handfilled_blanks", "purchase_contract", c_handfilled_blanks, "seen"),
    Family("policy_coverage_table", "insurance_policy", p_coverage_table, "seen"),
    Family("policy_sms_notice", "insurance_policy", p_sms_notice, "seen"),
    Family("invoice_misregistered", "vehicle_invoice", i_misregistered, "seen"),
    Family("invoice_low_light", "vehicle_invoice", i_low_light, "seen"),
    Family("id_front_far", "id_card_front", id_front_far, "seen"),
    Family("id_back_far", "id_card_back", id_back_far, "seen"),
    Family("contract_fax_copy", "purchase_contract", c_fax_copy, "seen"),
    Family("contract_buyer_words", "purchase_contract", c_buyer_words, "seen"),
    Family("policy_dark_mode_app", "insurance_policy", p_dark_mode_app, "seen"),
    Family("policy_pen_annotations", "insurance_policy", p_pen_annotations, "seen"),
    Family("invoice_cropped_left", "vehicle_invoice", i_cropped_left, "seen"),
    Family("invoice_pen_annotations", "vehicle_invoice", i_pen_annotations, "seen"),
    Family("id_front_slanted", "id_card_front", id_front_slanted, "seen"),
    Family("id_back_sleeve", "id_card_back", id_back_sleeve, "seen"),
    Family("contract_sideways_page", "purchase_contract", c_sideways_page, "seen"),
    Family("contract_watermarked_copy", "purchase_contract", c_watermarked_copy, "seen"),
    Family("policy_email_print", "insurance_policy", p_email_print, "seen"),
    Family("policy_curled_page", "insurance_policy", p_curled_page, "seen"),
    Family("invoice_phone_shadow", "vehicle_invoice", i_phone_shadow, "seen"),
    Family("invoice_card_slip", "vehicle_invoice", i_card_slip, "seen"),
    Family("id_front_night", "id_card_front", id_front_night, "seen"),
    Family("id_back_shaken", "id_card_back", id_back_shaken, "seen"),
    Family("contract_carbon_copy", "purchase_contract", c_carbon_copy, "seen"),
    Family("contract_bank_details", "purchase_contract", c_bank_details, "seen"),
    Family("policy_keystone_photo", "insurance_policy", p_keystone_photo, "seen"),
    Family("policy_screen_moire", "insurance_policy", p_screen_moire, "seen"),
    Family("invoice_carbon_copy", "vehicle_invoice", i_carbon_copy, "seen"),
    Family("invoice_crumpled", "vehicle_invoice", i_crumpled, "seen"),
    Family("id_front_thumb", "id_card_front", id_front_thumb, "seen"),
    Family("id_back_chat_forwarded", "id_card_back", id_back_chat_forwarded, "seen"),
    Family("contract_two_up_scan", "purchase_contract", c_two_up_scan, "seen"),
    Family("contract_highlighted", "purchase_contract", c_highlighted, "seen"),
    Family("policy_folded_thirds", "insurance_policy", p_folded_thirds, "seen"),
    Family("policy_low_toner", "insurance_policy", p_low_toner, "seen"),
    Family("invoice_held_in_hand", "vehicle_invoice", i_held_in_hand, "seen"),
    Family("invoice_two_up_receipt", "vehicle_invoice", i_two_up_receipt, "seen"),
    Family("id_front_fluorescent", "id_card_front", id_front_fluorescent, "seen"),
    Family("id_back_lid_open", "id_card_back", id_back_lid_open, "seen"),
    Family("contract_coffee_stain", "purchase_contract", c_coffee_stain, "seen"),
    Family("contract_yellowed", "purchase_contract", c_yellowed, "seen"),
    Family("policy_flash_hotspot", "insurance_policy", p_flash_hotspot, "seen"),
    Family("policy_ink_bleed", "insurance_policy", p_ink_bleed, "seen"),
    Family("invoice_dot_matrix", "vehicle_invoice", i_dot_matrix, "seen"),
    Family("invoice_window_light", "vehicle_invoice", i_window_light, "seen"),
    Family("id_front_old_phone", "id_card_front", id_front_old_phone, "seen"),
    Family("id_back_edge_cut", "id_card_back", id_back_edge_cut, "seen"),
    Family("contract_vehicle_grid", "purchase_contract", c_vehicle_grid, "seen"),
    Family("contract_dog_eared", "purchase_contract", c_dog_eared, "seen"),
    Family("policy_in_sleeve", "insurance_policy", p_in_sleeve, "seen"),
    Family("policy_booklet_copy", "insurance_policy", p_booklet_copy, "seen"),
    Family("invoice_black_and_white", "vehicle_invoice", i_black_and_white, "seen"),
    Family("invoice_hand_moved", "vehicle_invoice", i_hand_moved, "seen"),
    Family("id_front_on_screen", "id_card_front", id_front_on_screen, "seen"),
    Family("id_back_dim_noisy", "id_card_back", id_back_dim_noisy, "seen"),
    Family("contract_upside_down", "purchase_contract", c_upside_down, "seen"),
    Family("contract_chat_forwarded", "purchase_contract", c_chat_forwarded, "seen"),
    Family("policy_thermal_roll", "insurance_policy", p_thermal_roll, "seen"),
    Family("policy_low_dpi_scan", "insurance_policy", p_low_dpi_scan, "seen"),
    Family("invoice_bank_stamp", "vehicle_invoice", i_bank_stamp, "seen"),
    Family("invoice_chat_forwarded", "vehicle_invoice", i_chat_forwarded, "seen"),
    Family("id_front_overexposed", "id_card_front", id_front_overexposed, "seen"),
    Family("id_back_portrait", "id_card_back", id_back_portrait, "seen"),
    Family("contract_two_halves", "purchase_contract", c_two_halves, "seen"),
    Family("contract_fine_print", "purchase_contract", c_fine_print, "seen"),
    Family("policy_wide_angle", "insurance_policy", p_wide_angle, "seen"),
    Family("policy_receipt_stapled", "insurance_policy", p_receipt_stapled, "seen"),
    Family("invoice_pdf_viewer", "vehicle_invoice", i_pdf_viewer, "seen"),
    Family("invoice_overexposed", "vehicle_invoice", i_overexposed, "seen"),
    Family("id_front_hard_shadow", "id_card_front", id_front_hard_shadow, "seen"),
    Family("id_back_defocused", "id_card_back", id_back_defocused, "seen"),
    Family("contract_feeder_skew", "purchase_contract", c_feeder_skew, "seen"),
    Family("contract_borderless_table", "purchase_contract", c_borderless_table, "seen"),
    Family("policy_blue_values", "insurance_policy", p_blue_values, "seen"),
    Family("policy_sideways_photo", "insurance_policy", p_sideways_photo, "seen"),
    Family("invoice_toner_streaks", "vehicle_invoice", i_toner_streaks, "seen"),
    Family("invoice_defocused", "vehicle_invoice", i_defocused, "seen"),
    Family("id_front_hologram", "id_card_front", id_front_hologram, "seen"),
    Family("id_back_tungsten", "id_card_back", id_back_tungsten, "seen"),
    Family("contract_pages_reversed", "purchase_contract", c_pages_reversed, "seen"),
    Family("contract_traditional", "purchase_contract", c_traditional, "seen"),
    Family("policy_verification_codes", "insurance_policy", p_verification_codes, "seen"),
    Family("policy_greenbar", "insurance_policy", p_greenbar, "seen"),
    Family("invoice_vin_boxes", "vehicle_invoice", i_vin_boxes, "seen"),
    Family("invoice_from_afar", "vehicle_invoice", i_from_afar, "seen"),
    Family("id_front_tight_crop", "id_card_front", id_front_tight_crop, "seen"),
    Family("id_back_upside_down", "id_card_back", id_back_upside_down, "seen"),
    Family("contract_trade_in", "purchase_contract", c_trade_in, "seen"),
    Family("contract_seam_seal", "purchase_contract", c_seam_seal, "seen"),
    Family("policy_dense_terms", "insurance_policy", p_dense_terms, "seen"),
    Family("policy_upside_down", "insurance_policy", p_upside_down, "seen"),
    Family("invoice_tax_certificate", "vehicle_invoice", i_tax_certificate, "seen"),
    Family("invoice_beside_id_card", "vehicle_invoice", i_beside_id_card, "seen"),
    Family("id_front_watermarked", "id_card_front", id_front_watermarked, "seen"),
    Family("id_back_smudged", "id_card_back", id_back_smudged, "seen"),
    Family("contract_signed_over", "purchase_contract", c_signed_over, "seen"),
    Family("contract_two_sheets_one_photo", "purchase_contract", c_two_sheets_one_photo, "seen"),
    Family("policy_long_screenshot", "insurance_policy", p_long_screenshot, "seen"),
    Family("policy_speckled_copy", "insurance_policy", p_speckled_copy, "seen"),
    Family("invoice_stamp_over_total", "vehicle_invoice", i_stamp_over_total, "seen"),
    Family("invoice_steep_angle", "vehicle_invoice", i_steep_angle, "seen"),
    Family("id_front_capture_guide", "id_card_front", id_front_capture_guide, "seen"),
    Family("id_back_on_newspaper", "id_card_back", id_back_on_newspaper, "seen"),
    Family("contract_e_signed", "purchase_contract", c_e_signed, "seen"),
    Family("contract_payment_plan", "purchase_contract", c_payment_plan, "seen"),
    Family("policy_premium_invoice", "insurance_policy", p_premium_invoice, "seen"),
    Family("policy_holder_differs", "insurance_policy", p_holder_differs, "seen"),
    Family("invoice_wrapped_values", "vehicle_invoice", i_wrapped_values, "seen"),
    Family("invoice_scanner_app", "vehicle_invoice", i_scanner_app, "seen"),
    Family("id_front_on_keyboard", "id_card_front", id_front_on_keyboard, "seen"),
    Family("id_back_wallet_window", "id_card_back", id_back_wallet_window, "seen"),
    Family("contract_price_corrected", "purchase_contract", c_price_corrected, "seen"),
    Family("contract_certified_copy", "purchase_contract", c_certified_copy, "seen"),
    Family("policy_rotated_schedule", "insurance_policy", p_rotated_schedule, "seen"),
    Family("policy_renewal_comparison", "insurance_policy", p_renewal_comparison, "seen"),
    Family("invoice_reduced_copy", "vehicle_invoice", i_reduced_copy, "seen"),
    Family("invoice_with_conformity_certificate", "vehicle_invoice", i_with_conformity_certificate, "seen"),
    Family("id_front_fisheye", "id_card_front", id_front_fisheye, "seen"),
    Family("id_back_over_bank_card", "id_card_back", id_back_over_bank_card, "seen"),
    Family("contract_numeral_dates", "purchase_contract", c_numeral_dates, "seen"),
    Family("contract_deposit_receipt", "purchase_contract", c_deposit_receipt, "seen"),
    Family("policy_spaced_labels", "insurance_policy", p_spaced_labels, "seen"),
    Family("policy_tractor_form", "insurance_policy", p_tractor_form, "seen"),
    Family("invoice_torn_taped", "vehicle_invoice", i_torn_taped, "seen"),
    Family("invoice_show_through", "vehicle_invoice", i_show_through, "seen"),
    Family("id_front_phone_reflection", "id_card_front", id_front_phone_reflection, "seen"),
    Family("id_back_beside_front", "id_card_back", id_back_beside_front, "seen"),
    Family("contract_app_screenshot", "purchase_contract", c_app_screenshot, "seen"),
    Family("contract_with_id_copy", "purchase_contract", c_with_id_copy, "seen"),
    Family("policy_inverted_header", "insurance_policy", p_inverted_header, "seen"),
    Family("policy_dot_leaders", "insurance_policy", p_dot_leaders, "seen"),
    Family("invoice_sticky_note", "vehicle_invoice", i_sticky_note, "seen"),
    Family("invoice_condensed_print", "vehicle_invoice", i_condensed_print, "seen"),
    Family("id_front_mirrored", "id_card_front", id_front_mirrored, "seen"),
    Family("id_back_cabin_camera", "id_card_back", id_back_cabin_camera, "seen"),
    Family("contract_co_buyer_guarantor", "purchase_contract", c_co_buyer_guarantor, "seen"),
    Family("contract_signature_page", "purchase_contract", c_signature_page, "seen"),
    Family("policy_fullwidth_digits", "insurance_policy", p_fullwidth_digits, "seen"),
    Family("policy_claims_history", "insurance_policy", p_claims_history, "seen"),
    Family("invoice_tax_app_screen", "vehicle_invoice", i_tax_app_screen, "seen"),
    Family("invoice_bent_over_edge", "vehicle_invoice", i_bent_over_edge, "seen"),
    Family("id_front_scratched", "id_card_front", id_front_scratched, "seen"),
    Family("id_back_diagonal", "id_card_back", id_back_diagonal, "seen"),
    Family("contract_seller_agent", "purchase_contract", c_seller_agent, "seen"),
    Family("contract_vin_lookalike_codes", "purchase_contract", c_vin_lookalike_codes, "seen"),
    Family("policy_vertical_labels", "insurance_policy", p_vertical_labels, "seen"),
    Family("policy_wrapped_values", "insurance_policy", p_wrapped_values, "seen"),
    Family("invoice_blind_shadows", "vehicle_invoice", i_blind_shadows, "seen"),
    Family("invoice_on_clipboard", "vehicle_invoice", i_on_clipboard, "seen"),
    Family("id_front_sideways", "id_card_front", id_front_sideways, "seen"),
    Family("id_back_key_over_corner", "id_card_back", id_back_key_over_corner, "seen"),
    Family("contract_tracked_changes", "purchase_contract", c_tracked_changes, "seen"),
    Family("contract_table_across_pages", "purchase_contract", c_table_across_pages, "seen"),
    Family("policy_underlined_blanks", "insurance_policy", p_underlined_blanks, "seen"),
    Family("policy_on_car_seat", "insurance_policy", p_on_car_seat, "seen"),
    Family("invoice_trade_in_remark", "vehicle_invoice", i_trade_in_remark, "seen"),
    Family("invoice_on_paper_stack", "vehicle_invoice", i_on_paper_stack, "seen"),
    Family("id_front_dashboard_sun", "id_card_front", id_front_dashboard_sun, "seen"),
    Family("id_back_over_other_card", "id_card_back", id_back_over_other_card, "seen"),
    Family("contract_business_card", "purchase_contract", c_business_card, "seen"),
    Family("contract_pencil_fill", "purchase_contract", c_pencil_fill, "seen"),
    Family("policy_agency_named", "insurance_policy", p_agency_named, "seen"),
    Family("policy_e_watermark", "insurance_policy", p_e_watermark, "seen"),
    Family("invoice_faxed", "vehicle_invoice", i_faxed, "seen"),
    Family("invoice_on_cutting_mat", "vehicle_invoice", i_on_cutting_mat, "seen"),
    Family("id_front_bowed", "id_card_front", id_front_bowed, "seen"),
    Family("id_back_pixelated", "id_card_back", id_back_pixelated, "seen"),
    Family("contract_group_letterhead", "purchase_contract", c_group_letterhead, "seen"),
    Family("contract_spaced_digits", "purchase_contract", c_spaced_digits, "seen"),
    Family("policy_two_shots", "insurance_policy", p_two_shots, "seen"),
    Family("policy_short_labels", "insurance_policy", p_short_labels, "seen"),
    Family("invoice_water_drops", "vehicle_invoice", i_water_drops, "seen"),
    Family("invoice_email_cover", "vehicle_invoice", i_email_cover, "seen"),
    Family("id_front_flicker_bands", "id_card_front", id_front_flicker_bands, "seen"),
    Family("id_back_on_tablecloth", "id_card_back", id_back_on_tablecloth, "seen"),
    Family("contract_ring_binder", "purchase_contract", c_ring_binder, "seen"),
    Family("contract_barcode_header", "purchase_contract", c_barcode_header, "seen"),
    Family("policy_guilloche_paper", "insurance_policy", p_guilloche_paper, "seen"),
    Family("policy_caption_below", "insurance_policy", p_caption_below, "seen"),
    Family("invoice_under_glass", "vehicle_invoice", i_under_glass, "seen"),
    Family("invoice_pen_across", "vehicle_invoice", i_pen_across, "seen"),
    Family("id_front_colour_fringes", "id_card_front", id_front_colour_fringes, "seen"),
    Family("id_back_stamped_copy", "id_card_back", id_back_stamped_copy, "seen"),
    Family("contract_new_energy", "purchase_contract", c_new_energy, "seen"),
    Family("contract_lamp_lit", "purchase_contract", c_lamp_lit, "seen"),
    Family("policy_new_energy", "insurance_policy", p_new_energy, "seen"),
    Family("policy_sun_faded", "insurance_policy", p_sun_faded, "seen"),
    Family("invoice_new_energy", "vehicle_invoice", i_new_energy, "seen"),
    Family("invoice_dappled_shade", "vehicle_invoice", i_dappled_shade, "seen"),
    Family("id_front_rolling_shutter", "id_card_front", id_front_rolling_shutter, "seen"),
    Family("id_back_dithered", "id_card_back", id_back_dithered, "seen"),
    Family("contract_red_form", "purchase_contract", c_red_form, "seen"),
    Family("contract_clogged_nozzles", "purchase_contract", c_clogged_nozzles, "seen"),
    Family("policy_receipt_stub", "insurance_policy", p_receipt_stub, "seen"),
    Family("policy_halftone_reprint", "insurance_policy", p_halftone_reprint, "seen"),
    Family("invoice_verification_result", "vehicle_invoice", i_verification_result, "seen"),
    Family("invoice_photo_filter", "vehicle_invoice", i_photo_filter, "seen"),
    Family("id_front_lanyard_holder", "id_card_front", id_front_lanyard_holder, "seen"),
    Family("id_back_on_wood_grain", "id_card_back", id_back_on_wood_grain, "seen"),
    Family("contract_line_item_table", "purchase_contract", c_line_item_table, "seen"),
    Family("contract_pink_copy", "purchase_contract", c_pink_copy, "seen"),
    Family("policy_list_export", "insurance_policy", p_list_export, "seen"),
    Family("policy_recycled_paper", "insurance_policy", p_recycled_paper, "seen"),
    Family("invoice_sideways", "vehicle_invoice", i_sideways, "seen"),
    Family("invoice_summary_retyped", "vehicle_invoice", i_summary_retyped, "seen"),
    Family("id_front_window_reflection", "id_card_front", id_front_window_reflection, "seen"),
    Family("id_back_thermal_printout", "id_card_back", id_back_thermal_printout, "seen"),
    Family("contract_words_only_price", "purchase_contract", c_words_only_price, "seen"),
    Family("contract_held_by_fingers", "purchase_contract", c_held_by_fingers, "seen"),
    Family("policy_footnoted", "insurance_policy", p_footnoted, "seen"),
    Family("policy_depth_of_field", "insurance_policy", p_depth_of_field, "seen"),
    Family("invoice_scratch_area", "vehicle_invoice", i_scratch_area, "seen"),
    Family("invoice_ghosted", "vehicle_invoice", i_ghosted, "seen"),
    Family("id_front_zip_bag", "id_card_front", id_front_zip_bag, "seen"),
    Family("id_back_raking_light", "id_card_back", id_back_raking_light, "seen"),
    Family("contract_list_and_deal_price", "purchase_contract", c_list_and_deal_price, "seen"),
    Family("contract_stitched_panorama", "purchase_contract", c_stitched_panorama, "seen"),
    Family("policy_instalments", "insurance_policy", p_instalments, "seen"),
    Family("policy_hdr_halo", "insurance_policy", p_hdr_halo, "seen"),
    Family("invoice_requantised", "vehicle_invoice", i_requantised, "seen"),
    Family("invoice_bilingual_labels", "vehicle_invoice", i_bilingual_labels, "seen"),
    Family("id_front_fogged", "id_card_front", id_front_fogged, "seen"),
    Family("id_back_dusty_scan", "id_card_back", id_back_dusty_scan, "seen"),
    Family("contract_caption_below_lines", "purchase_contract", c_caption_below_lines, "seen"),
    Family("contract_sign_here_flags", "purchase_contract", c_sign_here_flags, "seen"),
    Family("policy_premium_factors", "insurance_policy", p_premium_factors, "seen"),
    Family("policy_water_stained", "insurance_policy", p_water_stained, "seen"),
    Family("invoice_agent_in_remarks", "vehicle_invoice", i_agent_in_remarks, "seen"),
    Family("invoice_night_mode_smear", "vehicle_invoice", i_night_mode_smear, "seen"),
    Family("id_front_video_call_frame", "id_card_front", id_front_video_call_frame, "seen"),
    Family("id_back_red_fingerprint", "id_card_back", id_back_red_fingerprint, "seen"),
    Family("contract_line_numbered", "purchase_contract", c_line_numbered, "seen"),
    Family("contract_microfilm_print", "purchase_contract", c_microfilm_print, "seen"),
    Family("policy_service_providers", "insurance_policy", p_service_providers, "seen"),
    Family("policy_crumpled_ball", "insurance_policy", p_crumpled_ball, "seen"),
    Family("invoice_abbreviated_labels", "vehicle_invoice", i_abbreviated_labels, "seen"),
    Family("invoice_lens_flare", "vehicle_invoice", i_lens_flare, "seen"),
    Family("id_front_beauty_filter", "id_card_front", id_front_beauty_filter, "seen"),
    Family("id_back_stretched_aspect", "id_card_back", id_back_stretched_aspect, "seen"),
    Family("contract_hereinafter_named", "purchase_contract", c_hereinafter_named, "seen"),
    Family("contract_gif_palette", "purchase_contract", c_gif_palette, "seen"),
    Family("policy_named_drivers", "insurance_policy", p_named_drivers, "seen"),
    Family("policy_scanner_line_defects", "insurance_policy", p_scanner_line_defects, "seen"),
    Family("invoice_grouped_codes", "vehicle_invoice", i_grouped_codes, "seen"),
    Family("invoice_foreground_blur", "vehicle_invoice", i_foreground_blur, "seen"),
    Family("id_front_oversharpened", "id_card_front", id_front_oversharpened, "seen"),
    Family("id_back_clipped_to_form", "id_card_back", id_back_clipped_to_form, "seen"),
    Family("contract_summary_box", "purchase_contract", c_summary_box, "seen"),
    Family("contract_spreadsheet_print", "purchase_contract", c_spreadsheet_print, "seen"),
    Family("policy_vehicle_and_tax", "insurance_policy", p_vehicle_and_tax, "seen"),
    Family("policy_notice_first", "insurance_policy", p_notice_first, "seen"),
    Family("invoice_fullwidth_print", "vehicle_invoice", i_fullwidth_print, "seen"),
    Family("invoice_with_accessory_list", "vehicle_invoice", i_with_accessory_list, "seen"),
    Family("id_front_aged_yellow", "id_card_front", id_front_aged_yellow, "seen"),
    Family("id_back_enlarged_copy", "id_card_back", id_back_enlarged_copy, "seen"),
    Family("contract_numbered_fields", "purchase_contract", c_numbered_fields, "seen"),
    Family("contract_cover_page", "purchase_contract", c_cover_page, "seen"),
    Family("policy_faxed_header", "insurance_policy", p_faxed_header, "seen"),
    Family("policy_chinese_numeral_dates", "insurance_policy", p_chinese_numeral_dates, "seen"),
    Family("invoice_colour_dropout", "vehicle_invoice", i_colour_dropout, "seen"),
    Family("invoice_place_value_boxes", "vehicle_invoice", i_place_value_boxes, "seen"),
    Family("id_front_washed_grey_scan", "id_card_front", id_front_washed_grey_scan, "seen"),
    Family("id_back_faxed", "id_card_back", id_back_faxed, "seen"),
    Family("contract_used_car", "purchase_contract", c_used_car, "seen"),
    Family("contract_narrow_reflow", "purchase_contract", c_narrow_reflow, "seen"),
    Family("policy_right_aligned_labels", "insurance_policy", p_right_aligned_labels, "seen"),
    Family("policy_preprinted_green_form", "insurance_policy", p_preprinted_green_form, "seen"),
    Family("invoice_void_pantograph", "vehicle_invoice", i_void_pantograph, "seen"),
    Family("invoice_right_aligned_values", "vehicle_invoice", i_right_aligned_values, "seen"),
    Family("id_front_cyan_dry", "id_card_front", id_front_cyan_dry, "seen"),
    Family("id_back_tilted_focus", "id_card_back", id_back_tilted_focus, "seen"),
    Family("contract_template_code_footer", "purchase_contract", c_template_code_footer, "seen"),
    Family("contract_checkbox_choices", "purchase_contract", c_checkbox_choices, "seen"),
    Family("policy_handwritten_values", "insurance_policy", p_handwritten_values, "seen"),
    Family("policy_received_stamp", "insurance_policy", p_received_stamp, "seen"),
    Family("invoice_highlighted_fields", "vehicle_invoice", i_highlighted_fields, "seen"),
    Family("invoice_pos_slip_stapled", "vehicle_invoice", i_pos_slip_stapled, "seen"),
    Family("id_front_laminate_bubbles", "id_card_front", id_front_laminate_bubbles, "seen"),
    Family("id_back_graph_paper_copy", "id_card_back", id_back_graph_paper_copy, "seen"),
    Family("contract_vehicle_swap_addendum", "purchase_contract", c_vehicle_swap_addendum, "seen"),
    Family("contract_e_sign_verification", "purchase_contract", c_e_sign_verification, "seen"),
    Family("policy_numbered_boxes", "insurance_policy", p_numbered_boxes, "seen"),
    Family("policy_hand_shadow", "insurance_policy", p_hand_shadow, "seen"),
    Family("invoice_two_shots", "vehicle_invoice", i_two_shots, "seen"),
    Family("invoice_wet_ink_smear", "vehicle_invoice", i_wet_ink_smear, "seen"),
    Family("id_front_e_ink_screen", "id_card_front", id_front_e_ink_screen, "seen"),
    Family("id_back_printhead_misaligned", "id_card_back", id_back_printhead_misaligned, "seen"),
    Family("contract_buyer_proxy", "purchase_contract", c_buyer_proxy, "seen"),
    Family("contract_duplex_scan_backs", "purchase_contract", c_duplex_scan_backs, "seen"),
    Family("policy_cracked_screen", "insurance_policy", p_cracked_screen, "seen"),
    Family("policy_loan_pack_header", "insurance_policy", p_loan_pack_header, "seen"),
    Family("invoice_transparent_ruler", "vehicle_invoice", i_transparent_ruler, "seen"),
    Family("invoice_archive_punched", "vehicle_invoice", i_archive_punched, "seen"),
    Family("id_front_markup_edits", "id_card_front", id_front_markup_edits, "seen"),
    Family("id_back_through_glass", "id_card_back", id_back_through_glass, "seen"),
    Family("contract_delivery_checklist", "purchase_contract", c_delivery_checklist, "seen"),
    Family("contract_dark_mode_reader", "purchase_contract", c_dark_mode_reader, "seen"),
    Family("policy_notification_banner", "insurance_policy", p_notification_banner, "seen"),
    Family("policy_bold_values", "insurance_policy", p_bold_values, "seen"),
    Family("invoice_camera_watermark", "vehicle_invoice", i_camera_watermark, "seen"),
    Family("invoice_copy_of_copy", "vehicle_invoice", i_copy_of_copy, "seen"),
    Family("id_front_backlit", "id_card_front", id_front_backlit, "seen"),
    Family("id_back_taped_crack", "id_card_back", id_back_taped_crack, "seen"),
    Family("contract_party_contact_blocks", "purchase_contract", c_party_contact_blocks, "seen"),
    Family("contract_initialled_pages", "purchase_contract", c_initialled_pages, "seen"),
    Family("policy_comb_boxes", "insurance_policy", p_comb_boxes, "seen"),
    Family("policy_split_screen", "insurance_policy", p_split_screen, "seen"),
    Family("invoice_cipher_area", "vehicle_invoice", i_cipher_area, "seen"),
    Family("invoice_on_car_bonnet", "vehicle_invoice", i_on_car_bonnet, "seen"),
    Family("id_front_tinted_window", "id_card_front", id_front_tinted_window, "seen"),
    Family("id_back_sepia_grain", "id_card_back", id_back_sepia_grain, "seen"),
    Family("contract_margin_notes", "purchase_contract", c_margin_notes, "seen"),
    Family("contract_typewritten", "purchase_contract", c_typewritten, "seen"),
    Family("policy_running_header", "insurance_policy", p_running_header, "seen"),
    Family("policy_zebra_rows", "insurance_policy", p_zebra_rows, "seen"),
    Family("invoice_perforated_stub", "vehicle_invoice", i_perforated_stub, "seen"),
    Family("invoice_dealer_sticker", "vehicle_invoice", i_dealer_sticker, "seen"),
    Family("id_front_zoom_blur", "id_card_front", id_front_zoom_blur, "seen"),
    Family("id_back_folded_quarters", "id_card_back", id_back_folded_quarters, "seen"),
    Family("contract_marginal_headings", "purchase_contract", c_marginal_headings, "seen"),
    Family("contract_two_pairs_per_row", "purchase_contract", c_two_pairs_per_row, "seen"),
    Family("policy_misaligned_overprint", "insurance_policy", p_misaligned_overprint, "seen"),
    Family("policy_privacy_mosaic", "insurance_policy", p_privacy_mosaic, "seen"),
    Family("invoice_cylinder_curl", "vehicle_invoice", i_cylinder_curl, "seen"),
    Family("invoice_screen_recording_frame", "vehicle_invoice", i_screen_recording_frame, "seen"),
    Family("id_front_desk_lamp", "id_card_front", id_front_desk_lamp, "seen"),
    Family("id_back_interlaced", "id_card_back", id_back_interlaced, "seen"),
    Family("contract_slash_paired_fields", "purchase_contract", c_slash_paired_fields, "seen"),
    Family("contract_marker_redactions", "purchase_contract", c_marker_redactions, "seen"),
    Family("policy_tube_light_streaks", "insurance_policy", p_tube_light_streaks, "seen"),
    Family("policy_shingled_pages", "insurance_policy", p_shingled_pages, "seen"),
    Family("invoice_negative_scan", "vehicle_invoice", i_negative_scan, "seen"),
    Family("invoice_diagonal_on_desk", "vehicle_invoice", i_diagonal_on_desk, "seen"),
    Family("id_front_ring_light", "id_card_front", id_front_ring_light, "seen"),
    Family("id_back_low_angle", "id_card_back", id_back_low_angle, "seen"),
    Family("contract_header_row_table", "purchase_contract", c_header_row_table, "seen"),
    Family("contract_bound_spine", "purchase_contract", c_bound_spine, "seen"),
    Family("policy_reverse_video_cells", "insurance_policy", p_reverse_video_cells, "seen"),
    Family("policy_icon_bullets", "insurance_policy", p_icon_bullets, "seen"),
    Family("invoice_selfie_mirrored", "vehicle_invoice", i_selfie_mirrored, "seen"),
    Family("invoice_hairline_print", "vehicle_invoice", i_hairline_print, "seen"),
    Family("id_front_led_cast", "id_card_front", id_front_led_cast, "seen"),
    Family("id_back_one_bit_scan", "id_card_back", id_back_one_bit_scan, "seen"),
    Family("contract_key_terms_sidebar", "purchase_contract", c_key_terms_sidebar, "seen"),
    Family("contract_crumpled_flat", "purchase_contract", c_crumpled_flat, "seen"),
    Family("policy_section_generic_labels", "insurance_policy", p_section_generic_labels, "seen"),
    Family("policy_hand_shake_blur", "insurance_policy", p_hand_shake_blur, "seen"),
    Family("invoice_used_car_form", "vehicle_invoice", i_used_car_form, "seen"),
    Family("invoice_through_mesh", "vehicle_invoice", i_through_mesh, "seen"),
    Family("id_front_halftone_print", "id_card_front", id_front_halftone_print, "seen"),
    Family("id_back_glass_desk_reflection", "id_card_back", id_back_glass_desk_reflection, "seen"),
    Family("contract_number_in_footer", "purchase_contract", c_number_in_footer, "seen"),
    Family("contract_red_typed_values", "purchase_contract", c_red_typed_values, "seen"),
    Family("policy_party_columns", "insurance_policy", p_party_columns, "seen"),
    Family("policy_blue_carbon_copy", "insurance_policy", p_blue_carbon_copy, "seen"),
    Family("invoice_half_sun_half_shade", "vehicle_invoice", i_half_sun_half_shade, "seen"),
    Family("invoice_grey_bands", "vehicle_invoice", i_grey_bands, "seen"),
    Family("id_front_gallery_screenshot", "id_card_front", id_front_gallery_screenshot, "seen"),
    Family("id_back_scanner_stutter", "id_card_back", id_back_scanner_stutter, "seen"),
    Family("contract_values_in_brackets", "purchase_contract", c_values_in_brackets, "seen"),
    Family("contract_tab_stops", "purchase_contract", c_tab_stops, "seen"),
    Family("policy_tinted_folder", "insurance_policy", p_tinted_folder, "seen"),
    Family("policy_three_pairs_per_row", "insurance_policy", p_three_pairs_per_row, "seen"),
    Family("invoice_projector_slide", "vehicle_invoice", i_projector_slide, "seen"),
    Family("invoice_barrel_close_up", "vehicle_invoice", i_barrel_close_up, "seen"),
    Family("id_front_signed_copy", "id_card_front", id_front_signed_copy, "seen"),
    Family("id_back_hdr_ghost", "id_card_back", id_back_hdr_ghost, "seen"),
    Family("contract_fingerprint_over_name", "purchase_contract", c_fingerprint_over_name, "seen"),
    Family("contract_adaptive_threshold_app", "purchase_contract", c_adaptive_threshold_app, "seen"),
    Family("policy_pasted_in_message", "insurance_policy", p_pasted_in_message, "seen"),
    Family("policy_smudged_lens", "insurance_policy", p_smudged_lens, "seen"),
    Family("invoice_specular_band", "vehicle_invoice", i_specular_band, "seen"),
    Family("invoice_value_stickers", "vehicle_invoice", i_value_stickers, "seen"),
    Family("id_front_rainbow_laminate", "id_card_front", id_front_rainbow_laminate, "seen"),
    Family("id_back_punched_copy", "id_card_back", id_back_punched_copy, "seen"),
    Family("contract_dot_leaders", "purchase_contract", c_dot_leaders, "seen"),
    Family("contract_z_fold_panels", "purchase_contract", c_z_fold_panels, "seen"),
    Family("policy_combined_roles", "insurance_policy", p_combined_roles, "seen"),
    Family("policy_reduced_two_up", "insurance_policy", p_reduced_two_up, "seen"),
    Family("invoice_mixed_fonts", "vehicle_invoice", i_mixed_fonts, "seen"),
    Family("invoice_humidity_ripple", "vehicle_invoice", i_humidity_ripple, "seen"),
    Family("id_front_crumpled_copy", "id_card_front", id_front_crumpled_copy, "seen"),
    Family("id_back_webcam_capture", "id_card_back", id_back_webcam_capture, "seen"),
    Family("contract_fullwidth_values", "purchase_contract", c_fullwidth_values, "seen"),
    Family("contract_overprint_off_register", "purchase_contract", c_overprint_off_register, "seen"),
    Family("policy_traditional_labels", "insurance_policy", p_traditional_labels, "seen"),
    Family("policy_phone_silhouette", "insurance_policy", p_phone_silhouette, "seen"),
    Family("invoice_upside_down", "vehicle_invoice", i_upside_down, "seen"),
    Family("invoice_spaced_values", "vehicle_invoice", i_spaced_values, "seen"),
    Family("id_front_a4_flatbed_scan", "id_card_front", id_front_a4_flatbed_scan, "seen"),
    Family("id_back_app_card_view", "id_card_back", id_back_app_card_view, "seen"),
    Family("contract_bracketed_labels", "purchase_contract", c_bracketed_labels, "seen"),
    Family("contract_laptop_scrolls", "purchase_contract", c_laptop_scrolls, "seen"),
    Family("policy_over_other_papers", "insurance_policy", p_over_other_papers, "seen"),
    Family("policy_oblique_values", "insurance_policy", p_oblique_values, "seen"),
    Family("invoice_selected_in_viewer", "vehicle_invoice", i_selected_in_viewer, "seen"),
    Family("invoice_page_break_split", "vehicle_invoice", i_page_break_split, "seen"),
    Family("id_front_cling_film", "id_card_front", id_front_cling_film, "seen"),
    Family("id_back_wrong_auto_crop", "id_card_back", id_back_wrong_auto_crop, "seen"),
    Family("contract_synonym_labels", "purchase_contract", c_synonym_labels, "seen"),
    Family("contract_toner_gap", "purchase_contract", c_toner_gap, "seen"),
    Family("policy_synonym_labels", "insurance_policy", p_synonym_labels, "seen"),
    Family("policy_microtext_background", "insurance_policy", p_microtext_background, "seen"),
    Family("invoice_fanned_copies", "vehicle_invoice", i_fanned_copies, "seen"),
    Family("invoice_phone_showing_photo", "vehicle_invoice", i_phone_showing_photo, "seen"),
    Family("id_front_document_camera", "id_card_front", id_front_document_camera, "seen"),
    Family("id_back_handwritten_purpose_note", "id_card_back", id_back_handwritten_purpose_note, "seen"),
    Family("contract_thermal_order_slip", "purchase_contract", c_thermal_order_slip, "seen"),
    Family("contract_vin_wrapped", "purchase_contract", c_vin_wrapped, "seen"),
    Family("policy_corrected_by_hand", "insurance_policy", p_corrected_by_hand, "seen"),
    Family("policy_show_through", "insurance_policy", p_show_through, "seen"),
    Family("invoice_with_accessory_invoice", "vehicle_invoice", i_with_accessory_invoice, "seen"),
    Family("invoice_torn_halves", "vehicle_invoice", i_torn_halves, "seen"),
    Family("id_front_infrared_kiosk", "id_card_front", id_front_infrared_kiosk, "seen"),
    Family("id_back_pinned_on_corkboard", "id_card_back", id_back_pinned_on_corkboard, "seen"),
    Family("contract_pdf_form_fields", "purchase_contract", c_pdf_form_fields, "seen"),
    Family("contract_chop_over_price", "purchase_contract", c_chop_over_price, "seen"),
    Family("policy_date_stamps", "insurance_policy", p_date_stamps, "seen"),
    Family("policy_archive_sticker_over_label", "insurance_policy", p_archive_sticker_over_label, "seen"),
    Family("invoice_discount_line", "vehicle_invoice", i_discount_line, "seen"),
    Family("invoice_binder_clip_over_top", "vehicle_invoice", i_binder_clip_over_top, "seen"),
    Family("id_front_faxed", "id_card_front", id_front_faxed, "seen"),
    Family("id_back_bent_by_fingers", "id_card_back", id_back_bent_by_fingers, "seen"),
    Family("contract_rowspan_group_labels", "purchase_contract", c_rowspan_group_labels, "seen"),
    Family("contract_superscript_cents", "purchase_contract", c_superscript_cents, "seen"),
    Family("policy_remarks_column", "insurance_policy", p_remarks_column, "seen"),
    Family("policy_corner_torn_off", "insurance_policy", p_corner_torn_off, "seen"),
    Family("invoice_embossed_seal", "vehicle_invoice", i_embossed_seal, "seen"),
    Family("invoice_on_expense_claim_form", "vehicle_invoice", i_on_expense_claim_form, "seen"),
    Family("id_front_sticky_note_over_photo", "id_card_front", id_front_sticky_note_over_photo, "seen"),
    Family("id_back_negative_copy", "id_card_back", id_back_negative_copy, "seen"),
    Family("contract_justified_prose", "purchase_contract", c_justified_prose, "seen"),
    Family("contract_page_serial_numbers", "purchase_contract", c_page_serial_numbers, "seen"),
    Family(
        "policy_transliterated_insured",
        "insurance_policy",
        p_transliterated_insured,
        "seen",
        adapt=_translit_insured,
    ),
    Family("policy_rubber_band_across", "insurance_policy", p_rubber_band_across, "seen"),
    Family("invoice_party_bank_rows", "vehicle_invoice", i_party_bank_rows, "seen"),
    Family("invoice_finger_over_label", "vehicle_invoice", i_finger_over_label, "seen"),
    Family("id_front_ceiling_light_bars", "id_card_front", id_front_ceiling_light_bars, "seen"),
    Family("id_back_lit_by_screen", "id_card_back", id_back_lit_by_screen, "seen"),
    Family("contract_correction_tape", "purchase_contract", c_correction_tape, "seen"),
    Family("contract_manuscript_grid", "purchase_contract", c_manuscript_grid, "seen"),
    Family("policy_copy_stamp_diagonal", "insurance_policy", p_copy_stamp_diagonal, "seen"),
    Family(
        "policy_padded_two_char_names",
        "insurance_policy",
        p_padded_two_char_names,
        "seen",
        adapt=_two_character_insured,
    ),
    Family("invoice_remarks_with_loan_split", "vehicle_invoice", i_remarks_with_loan_split, "seen"),
    Family("invoice_red_ink_fingerprints", "vehicle_invoice", i_red_ink_fingerprints, "seen"),
    Family("id_front_upscaled_thumbnail", "id_card_front", id_front_upscaled_thumbnail, "seen"),
    Family("id_back_channel_swapped", "id_card_back", id_back_channel_swapped, "seen"),
    Family("contract_seller_name_wrapped", "purchase_contract", c_seller_name_wrapped, "seen"),
    Family("contract_odd_label_separators", "purchase_contract", c_odd_label_separators, "seen"),
    Family("policy_double_strike", "insurance_policy", p_double_strike, "seen"),
    Family("policy_glasses_on_page", "insurance_policy", p_glasses_on_page, "seen"),
    Family("invoice_ascii_table", "vehicle_invoice", i_ascii_table, "seen"),
    Family("invoice_cup_rings", "vehicle_invoice", i_cup_rings, "seen"),
    Family("id_front_dusty_lens_spots", "id_card_front", id_front_dusty_lens_spots, "seen"),
    Family("id_back_impulse_noise", "id_card_back", id_back_impulse_noise, "seen"),
    Family("contract_price_with_exclusions", "purchase_contract", c_price_with_exclusions, "seen"),
    Family(
        "contract_labels_wrapped_in_narrow_column",
        "purchase_contract",
        c_labels_wrapped_in_narrow_column,
        "seen",
    ),
    Family("policy_narrow_cells_wrapping", "insurance_policy", p_narrow_cells_wrapping, "seen"),
    Family("policy_wallet_pass", "insurance_policy", p_wallet_pass, "seen"),
    Family("invoice_buyer_written_by_hand", "vehicle_invoice", i_buyer_written_by_hand, "seen"),
    Family("invoice_toner_saver", "vehicle_invoice", i_toner_saver, "seen"),
    Family("id_front_denoise_smear", "id_card_front", id_front_denoise_smear, "seen"),
    Family("id_back_copy_on_coloured_paper", "id_card_back", id_back_copy_on_coloured_paper, "seen"),
    Family("contract_stock_sticker_over_label", "purchase_contract", c_stock_sticker_over_label, "seen"),
    Family("contract_buyer_former_name", "purchase_contract", c_buyer_former_name, "seen"),
    Family("policy_in_window_envelope", "insurance_policy", p_in_window_envelope, "seen"),
    Family("policy_over_last_years_policy", "insurance_policy", p_over_last_years_policy, "seen"),
    Family("invoice_tiled_watermark", "vehicle_invoice", i_tiled_watermark, "seen"),
    Family("invoice_scanned_askew", "vehicle_invoice", i_scanned_askew, "seen"),
    Family("id_front_macro_clip_vignette", "id_card_front", id_front_macro_clip_vignette, "seen"),
    Family("id_back_risograph_copy", "id_card_back", id_back_risograph_copy, "seen"),
    Family("contract_many_dates", "purchase_contract", c_many_dates, "seen"),
    Family("contract_values_below_labels", "purchase_contract", c_values_below_labels, "seen"),
    Family("policy_blank_optional_fields", "insurance_policy", p_blank_optional_fields, "seen"),
    Family("policy_generation_loss", "insurance_policy", p_generation_loss, "seen"),
    Family("invoice_spaced_labels", "vehicle_invoice", i_spaced_labels, "seen"),
    Family("invoice_through_windscreen", "vehicle_invoice", i_through_windscreen, "seen"),
    Family("id_front_sodium_lamp", "id_card_front", id_front_sodium_lamp, "seen"),
    Family("id_back_sun_bleached", "id_card_back", id_back_sun_bleached, "seen"),
    Family("contract_vehicle_in_one_sentence", "purchase_contract", c_vehicle_in_one_sentence, "seen"),
    Family("contract_id_at_signature", "purchase_contract", c_id_at_signature, "seen"),
    Family("policy_period_in_months", "insurance_policy", p_period_in_months, "seen"),
    Family("policy_mobile_web_print", "insurance_policy", p_mobile_web_print, "seen"),
    Family(
        "invoice_transliterated_buyer", "vehicle_invoice", i_transliterated_buyer, "seen", _translit_buyer
    ),
    Family("invoice_grease_spot", "vehicle_invoice", i_grease_spot, "seen"),
    Family("id_front_rain_drops", "id_card_front", id_front_rain_drops, "seen"),
    Family("id_back_sensor_banding", "id_card_back", id_back_sensor_banding, "seen"),
    Family("contract_role_after_name", "purchase_contract", c_role_after_name, "seen"),
    Family("contract_reverse_video_labels", "purchase_contract", c_reverse_video_labels, "seen"),
    Family("policy_dotted_period_range", "insurance_policy", p_dotted_period_range, "seen"),
    Family("policy_key_figures_banner", "insurance_policy", p_key_figures_banner, "seen"),
    Family("invoice_on_another_invoice", "vehicle_invoice", i_on_another_invoice, "seen"),
    Family("invoice_traditional_labels", "vehicle_invoice", i_traditional_labels, "seen"),
    Family("id_front_posterised", "id_card_front", id_front_posterised, "seen"),
    Family("id_back_textured_paper", "id_card_back", id_back_textured_paper, "seen"),
    Family("contract_letterhead_seller", "purchase_contract", c_letterhead_seller, "seen"),
    Family("contract_lowercase_vin", "purchase_contract", c_lowercase_vin, "seen"),
    Family("policy_premium_words_only", "insurance_policy", p_premium_words_only, "seen"),
    Family("policy_period_with_weekdays", "insurance_policy", p_period_with_weekdays, "seen"),
    Family("invoice_space_grouped_amount", "vehicle_invoice", i_space_grouped_amount, "seen"),
    Family("invoice_buyer_with_honorific", "vehicle_invoice", i_buyer_with_honorific, "seen"),
    Family("id_front_tea_stain", "id_card_front", id_front_tea_stain, "seen"),
    Family("id_back_in_photo_collage", "id_card_back", id_back_in_photo_collage, "seen"),
    Family("contract_legend_boxes", "purchase_contract", c_legend_boxes, "seen"),
    Family(
        "contract_transliterated_buyer",
        "purchase_contract",
        c_transliterated_buyer,
        "seen",
        _translit_buyer,
    ),
    Family("policy_iso_timestamps", "insurance_policy", p_iso_timestamps, "seen"),
    Family("policy_day_month_year_dates", "insurance_policy", p_day_month_year_dates, "seen"),
    Family("invoice_compact_date", "vehicle_invoice", i_compact_date, "seen"),
    Family("invoice_head_in_corner_box", "vehicle_invoice", i_head_in_corner_box, "seen"),
    Family("id_front_blind_shadows", "id_card_front", id_front_blind_shadows, "seen"),
    Family("id_back_mirrored_selfie", "id_card_back", id_back_mirrored_selfie, "seen"),
    Family("contract_personal_name_seal", "purchase_contract", c_personal_name_seal, "seen"),
    Family("contract_masked_id_in_header", "purchase_contract", c_masked_id_in_header, "seen"),
    Family("policy_starts_at_an_hour", "insurance_policy", p_starts_at_an_hour, "seen", _a_year_to_the_hour),
    Family("policy_english_month_dates", "insurance_policy", p_english_month_dates, "seen"),
    Family("invoice_asterisk_padded_amount", "vehicle_invoice", i_asterisk_padded_amount, "seen"),
    Family("invoice_signed_across_buyer", "vehicle_invoice", i_signed_across_buyer, "seen"),
    Family("id_front_magnifier_bulge", "id_card_front", id_front_magnifier_bulge, "seen"),
    Family("id_back_rubber_band", "id_card_back", id_back_rubber_band, "seen"),
    Family(
        "contract_padded_short_names",
        "purchase_contract",
        c_padded_short_names,
        "seen",
        _two_character_buyer,
    ),
    Family("contract_id_ending_lower_x", "purchase_contract", c_id_ending_lower_x, "seen", _id_ending_in_x),
    Family("policy_beneficiary_stamped_in", "insurance_policy", p_beneficiary_stamped_in, "seen"),
    Family("policy_vat_split_premium", "insurance_policy", p_vat_split_premium, "seen"),
    Family("invoice_jiao_fen_total", "vehicle_invoice", i_jiao_fen_total, "seen", _with_jiao_fen),
    Family("invoice_frosted_folder", "vehicle_invoice", i_frosted_folder, "seen"),
    Family("id_front_heat_warped", "id_card_front", id_front_heat_warped, "seen"),
    Family("id_back_in_printed_sleeve", "id_card_back", id_back_in_printed_sleeve, "seen"),
    Family("contract_id_number_wrapped", "purchase_contract", c_id_number_wrapped, "seen"),
    Family("contract_cheque_style_date", "purchase_contract", c_cheque_style_date, "seen"),
    Family("policy_second_beneficiary", "insurance_policy", p_second_beneficiary, "seen"),
    Family("policy_period_with_time_zone", "insurance_policy", p_period_with_time_zone, "seen"),
    Family("invoice_vin_in_remarks", "vehicle_invoice", i_vin_in_remarks, "seen"),
    Family("invoice_thermal_faded", "vehicle_invoice", i_thermal_faded, "seen"),
    Family("id_front_paper_clip", "id_card_front", id_front_paper_clip, "seen"),
    Family("id_back_coins_on_corners", "id_card_back", id_back_coins_on_corners, "seen"),
    Family("contract_values_with_footnote_marks", "purchase_contract", c_values_with_footnote_marks, "seen"),
    Family("contract_name_with_latin_spelling", "purchase_contract", c_name_with_latin_spelling, "seen"),
    Family("policy_emphasis_dots", "insurance_policy", p_emphasis_dots, "seen"),
    Family("policy_days_counted_period", "insurance_policy", p_days_counted_period, "seen"),
    Family("invoice_values_underlined", "vehicle_invoice", i_values_underlined, "seen"),
    Family("invoice_corner_curled_up", "vehicle_invoice", i_corner_curled_up, "seen"),
    Family("id_front_bank_card_over_photo", "id_card_front", id_front_bank_card_over_photo, "seen"),
    Family("id_back_hair_strands", "id_card_back", id_back_hair_strands, "seen"),
    Family("contract_two_digit_year_dates", "purchase_contract", c_two_digit_year_dates, "seen"),
    Family("contract_reverse_video_values", "purchase_contract", c_reverse_video_values, "seen"),
    Family("policy_insured_with_masked_contacts", "insurance_policy", p_insured_with_masked_contacts, "seen"),
    Family("policy_insurer_on_vertical_spine", "insurance_policy", p_insurer_on_vertical_spine, "seen"),
    Family("invoice_total_circled_x_yuan", "vehicle_invoice", i_total_circled_x_yuan, "seen"),
    Family("invoice_set_off_mirror", "vehicle_invoice", i_set_off_mirror, "seen"),
    Family("id_front_sticker_residue", "id_card_front", id_front_sticker_residue, "seen"),
    Family("id_back_laminate_peeling", "id_card_back", id_back_laminate_peeling, "seen"),
    Family("contract_grey_example_values", "purchase_contract", c_grey_example_values, "seen"),
    Family("contract_diagonal_header_table", "purchase_contract", c_diagonal_header_table, "seen"),
    Family("policy_drop_shadow_values", "insurance_policy", p_drop_shadow_values, "seen"),
    Family("policy_outline_font_values", "insurance_policy", p_outline_font_values, "seen"),
    Family("invoice_security_fibres", "vehicle_invoice", i_security_fibres, "seen"),
    Family(
        "invoice_reissued_with_original_number",
        "vehicle_invoice",
        i_reissued_with_original_number,
        "seen",
    ),
    Family("id_front_over_other_front", "id_card_front", id_front_over_other_front, "seen"),
    Family("id_back_received_date_stamp", "id_card_back", id_back_received_date_stamp, "seen"),
    Family("contract_old_and_new_id_numbers", "purchase_contract", c_old_and_new_id_numbers, "seen"),
    Family("contract_ordinal_english_date", "purchase_contract", c_ordinal_english_date, "seen"),
    Family("policy_insurer_by_short_name", "insurance_policy", p_insurer_by_short_name, "seen"),
    Family("policy_overstruck_correction", "insurance_policy", p_overstruck_correction, "seen"),
    Family("invoice_tight_letter_spacing", "vehicle_invoice", i_tight_letter_spacing, "seen"),
    Family("invoice_print_date_beside_issue_date", "vehicle_invoice", i_print_date_beside_issue_date, "seen"),
    Family("id_front_with_back_on_one_copy", "id_card_front", id_front_with_back_on_one_copy, "seen"),
    Family("id_back_on_checkered_tiles", "id_card_back", id_back_on_checkered_tiles, "seen"),
    Family("contract_circled_number_labels", "purchase_contract", c_circled_number_labels, "seen"),
    Family("contract_vin_hyphen_groups", "purchase_contract", c_vin_hyphen_groups, "seen"),
    Family("policy_plate_and_vin_one_cell", "insurance_policy", p_plate_and_vin_one_cell, "seen"),
    Family("policy_struck_list_premium", "insurance_policy", p_struck_list_premium, "seen"),
    Family("invoice_apostrophe_thousands", "vehicle_invoice", i_apostrophe_thousands, "seen"),
    Family("invoice_issue_date_with_weekday", "vehicle_invoice", i_issue_date_with_weekday, "seen"),
    Family("id_front_on_application_form", "id_card_front", id_front_on_application_form, "held-out"),
    Family("id_back_torch_spot_in_dark", "id_card_back", id_back_torch_spot_in_dark, "held-out"),
    Family("contract_qr_code_beside_values", "purchase_contract", c_qr_code_beside_values, "held-out"),
    Family("contract_label_gloss_below", "purchase_contract", c_label_gloss_below, "held-out"),
    Family("policy_vin_in_vehicle_description", "insurance_policy", p_vin_in_vehicle_description, "held-out"),
    Family("policy_shaded_value_boxes", "insurance_policy", p_shaded_value_boxes, "held-out"),
    Family(
        "invoice_certificate_and_import_numbers",
        "vehicle_invoice",
        i_certificate_and_import_numbers,
        "held-out",
    ),
    Family("invoice_qr_code_by_numbers", "vehicle_invoice", i_qr_code_by_numbers, "held-out"),
)


def families(kind: str, *, split: Split | None = None) -> list[Family]:
    """The families of `kind`; `split` for one side of the split, None for all."""
    return [f for f in FAMILIES if f.kind == kind and (split is None or f.split == split)]
