"""Invoice, insurance policy and purchase contract: ruled tables and prose with distractor numbers.

Distractors (machine numbers, tax ids, untaxed prices, coverage amounts) are there on purpose: a
reader that picks "the first 12-digit number" instead of reading labels fails on them.
"""

from __future__ import annotations

import random
from decimal import Decimal

from PIL import Image

from precredit.ocr.amounts import to_chinese
from precredit.ocr.synth.draw import RULE, Page

A4_W, A4_H = 1000, 1414
INVOICE_W, INVOICE_H = 1240, 880


def _date(iso: str, rng: random.Random) -> str:
    y, m, d = iso.split("-")
    return rng.choice((iso, f"{y}年{m}月{d}日"))


def _money(value: str, rng: random.Random) -> str:
    amount = Decimal(value)
    return rng.choice((f"¥{amount:,.2f}", f"¥{amount:.2f}"))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def render_invoice(f: dict[str, str], font: str, rng: random.Random) -> Image.Image:
    page = Page(INVOICE_W, INVOICE_H, font, rng)
    x0, y0 = rng.randint(40, 80), rng.randint(30, 60)
    rx = INVOICE_W - rng.randint(380, 420)
    title_w = page.width_of("机动车销售统一发票", 44) + 32
    tx = min(INVOICE_W // 2 - title_w / 2 + rng.randint(-30, 30), rx - title_w - rng.randint(40, 80))
    page.text(tx, y0, "机动车销售统一发票", 44, (150, 60, 40), 4)
    page.text(tx + title_w / 2 - 40, y0 + 62, "发票联", 26, (150, 60, 40))
    page.text(rx, y0 + 2, f"发票代码 {f['invoice_code']}", 24)
    page.text(rx, y0 + 40, f"发票号码 {f['invoice_number']}", 24)
    page.text(x0, y0 + 100, f"开票日期 {_date(f['issue_date'], rng)}", 24)
    total = Decimal(f["total_price"])
    untaxed = (total / Decimal("1.13")).quantize(Decimal("0.01"))
    w = INVOICE_W - 2 * x0
    widths = [int(w * r) for r in (0.14, 0.2, 0.16, 0.2, 0.1, 0.2)]
    rows = [
        [("机器编号", 1), (_digits(rng, 12), 2), ("税控码", 1), (_digits(rng, 10), 2)],
        [("购买方名称", 1), (f["buyer_name"], 2), ("身份证号码/组织机构代码", 1), (f["buyer_id_number"], 2)],
        [
            ("车辆类型", 1),
            (rng.choice(("轿车", "小型普通客车", "多用途乘用车")), 1),
            ("厂牌型号", 1),
            (f["brand_model"], 1),
            ("产地", 1),
            (rng.choice(("长春", "上海", "广州", "宁波")), 1),
        ],
        [("合格证号", 1), ("WAC" + _digits(rng, 11), 2), ("进口证明书号", 1), ("", 1), ("", 1)],
        [("发动机号码", 1), (f["engine_number"], 1), ("车辆识别代号/车架号码", 2), (f["vin"], 2)],
        [("价税合计", 1), (to_chinese(total), 3), (f"小写 {_money(f['total_price'], rng)}", 2)],
        [("销货单位名称", 1), (f["seller_name"], 3), ("电话", 1), (f"0571-{_digits(rng, 8)}", 1)],
        [("纳税人识别号", 1), ("91" + _digits(rng, 16), 3), ("账号", 1), (_digits(rng, 12), 1)],
        [
            ("增值税税率", 1),
            ("13%", 1),
            ("增值税税额", 1),
            (_money(str(total - untaxed), rng), 1),
            ("不含税价", 1),
            (_money(str(untaxed), rng), 1),
        ],
    ]
    page.table(x0, y0 + 145, widths, rows, rng.randint(58, 68), rng.randint(21, 24))
    return page.image


def render_policy(f: dict[str, str], font: str, rng: random.Random) -> Image.Image:
    page = Page(A4_W, A4_H, font, rng)
    x0, y = rng.randint(50, 90), rng.randint(50, 90)
    page.text(x0, y, f["insurer"], 30, (30, 70, 140))
    y += rng.randint(70, 90)
    page.text(A4_W // 2 - 220, y, "机动车商业保险保险单", 40, (20, 20, 20), 3)
    y += rng.randint(80, 100)
    page.text(x0, y, f"保险单号：{f['policy_number']}", 24)
    page.text(A4_W - 330, y, f"签单日期：{_date(f['start_date'], rng)}", 22)
    y += 50
    sy, sm, sd = f["start_date"].split("-")
    ey, em, ed = f["end_date"].split("-")
    premium = Decimal(f["premium"])
    w = A4_W - 2 * x0
    widths = [int(w * r) for r in (0.22, 0.3, 0.18, 0.3)]
    coverages = [
        ("机动车损失保险", rng.randrange(80, 400) * 1000),
        ("第三者责任保险", rng.choice((1, 2, 3)) * 1_000_000),
        ("车上人员责任险", 10000 * rng.randrange(1, 5)),
    ]
    rows = [
        [
            ("被保险人", 1),
            (f["insured_name"], 1),
            ("号牌号码", 1),
            (rng.choice("浙京沪粤川苏") + "A" + _digits(rng, 5), 1),
        ],
        [("车辆识别代号", 1), (f["vin"], 1), ("发动机号", 1), (_digits(rng, 8), 1)],
        [("保险期间", 1), (f"自{sy}年{sm}月{sd}日零时起至{ey}年{em}月{ed}日二十四时止", 3)],
        *[
            [("承保险种", 1), (name, 1), ("保险金额", 1), (_money(str(amount), rng), 1)]
            for name, amount in coverages
        ],
        [("保险费合计", 1), (f"{to_chinese(premium)}", 1), ("小写", 1), (_money(f["premium"], rng), 1)],
        [("第一受益人", 1), (f["first_beneficiary"], 3)],
        [("保险人", 1), (f["insurer"], 3)],
    ]
    y = page.table(x0, y, widths, rows, rng.randint(62, 72), rng.randint(22, 25))
    y += rng.randint(30, 60)
    for line in page.wrap(
        "特别约定：本保单为分期付款购车保单，未经第一受益人书面同意，不得退保或变更受益人。", 22, w
    ):
        page.text(x0, y, line, 22)
        y += 36
    page.draw.ellipse((A4_W - 300, y + 40, A4_W - 120, y + 220), outline=(210, 40, 40), width=5)
    return page.image


def render_contract(f: dict[str, str], font: str, rng: random.Random) -> Image.Image:
    page = Page(A4_W, A4_H, font, rng)
    x0, y = rng.randint(60, 100), rng.randint(50, 90)
    w = A4_W - 2 * x0
    page.text(A4_W // 2 - 140 + rng.randint(-20, 20), y, "汽车买卖合同", 44, spacing=6)
    y += rng.randint(80, 100)
    page.text(A4_W - x0 - 360, y, f"合同编号：{f['contract_number']}", 24)
    y += 60
    size, step = rng.randint(23, 26), rng.randint(44, 52)
    for line in (
        f"甲方（买方）：{f['buyer_name']}",
        f"身份证号码：{f['buyer_id_number']}",
        f"乙方（卖方）：{f['seller_name']}",
        f"联系电话：1{_digits(rng, 10)}",
    ):
        page.text(x0, y, line, size)
        y += step
    y += 10
    for line in page.wrap("甲乙双方经友好协商，就甲方向乙方购买汽车事宜达成如下条款，共同遵守。", size, w):
        page.text(x0, y, line, size)
        y += step
    page.text(x0, y, "第一条 车辆信息", size + 2)
    y += step
    price = Decimal(f["vehicle_price"])
    widths = [int(w * 0.3), w - int(w * 0.3)]
    rows = [
        [("品牌型号", 1), (rng.choice(("大众帕萨特", "丰田凯美瑞", "比亚迪汉", "本田雅阁")), 1)],
        [("车辆识别代号", 1), (f["vin"], 1)],
        [("车辆价格", 1), (_money(f["vehicle_price"], rng), 1)],
        [("大写金额", 1), (to_chinese(price), 1)],
        [("定金", 1), (_money(str(rng.randrange(5, 20) * 1000), rng), 1)],
    ]
    y = page.table(x0, y, widths, rows, rng.randint(56, 64), size - 1) + 30
    page.text(x0, y, "第二条 付款方式", size + 2)
    y += step
    for line in page.wrap(
        "甲方以贷款方式支付购车款，首付款于签订本合同时支付，余款由贷款机构直接支付给乙方。", size, w
    ):
        page.text(x0, y, line, size)
        y += step
    y = max(y + 40, A4_H - rng.randint(260, 320))
    page.text(x0, y, "甲方（签字）：", size)
    page.text(x0 + w // 2, y, "乙方（盖章）：", size)
    page.draw.ellipse((x0 + w // 2 + 60, y - 40, x0 + w // 2 + 240, y + 140), outline=(210, 40, 40), width=5)
    y += step * 2
    page.text(x0, y, f"签订日期：{_date(f['sign_date'], rng)}", size)
    page.draw.line((x0, 40, A4_W - x0, 40), fill=RULE, width=1)
    return page.image
