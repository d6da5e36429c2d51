"""Realistic ground truth for synthetic documents: valid checksums, consistent amounts and dates.

Values are what `read_document` should return (dates `YYYY-MM-DD`, amounts with two decimals),
so a generated document doubles as its own test oracle.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from precredit.models.documents import FIELDS
from precredit.policy.identifiers import id_check_char, with_vin_check_digit
from precredit.policy.loan import add_months

# Region code -> (province, city, district) so the address agrees with the ID number.
REGIONS: dict[str, tuple[str, str, str]] = {
    "110101": ("北京市", "", "东城区"),
    "310104": ("上海市", "", "徐汇区"),
    "440305": ("广东省", "深圳市", "南山区"),
    "330106": ("浙江省", "杭州市", "西湖区"),
    "510107": ("四川省", "成都市", "武侯区"),
    "420106": ("湖北省", "武汉市", "武昌区"),
    "320102": ("江苏省", "南京市", "玄武区"),
    "370202": ("山东省", "青岛市", "市南区"),
    "610113": ("陕西省", "西安市", "雁塔区"),
    "430104": ("湖南省", "长沙市", "岳麓区"),
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志海波宁浩宇欣怡子涵梓萱俊杰晨嘉文博思雨佳琪晓东立新春梅金凤雪梅丹凯翔慧颖瑞"
ETHNICITIES = ("汉",) * 12 + ("回", "满", "壮", "蒙古", "维吾尔", "土家", "苗", "藏", "朝鲜")
STREETS = (
    "人民路",
    "解放路",
    "中山路",
    "建设路",
    "和平街",
    "文化路",
    "新华街",
    "长江路",
    "幸福路",
    "学院路",
    "滨江大道",
    "青年路",
)
COMMUNITIES = ("阳光花园", "锦绣家园", "翠苑小区", "金色家园", "桂花城", "紫荆公寓", "华府小区", "东方明珠苑")
WMIS = ("LFV", "LSV", "LGW", "LVS", "LBV", "LHG", "LDC", "LSG", "LFP", "LVG", "LGB", "LZW")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
BRAND_MODELS = (
    "大众汽车牌FV7152FBDWG",
    "比亚迪牌BYD7005BEV",
    "丰田牌TV7201GLXA",
    "本田牌HG7150HAC6",
    "吉利牌MR7153D07",
    "长安牌SC7164AAB6",
    "宝马牌BMW7200MM",
    "奥迪牌FV7201BCDBG",
    "日产牌DFL7160VBL3",
    "别克牌SGM7158DAA1",
    "哈弗牌CC6460RM2F",
    "奔驰牌BJ7204GEL",
)
INSURERS = (
    "中国人民财产保险股份有限公司",
    "中国平安财产保险股份有限公司",
    "中国太平洋财产保险股份有限公司",
    "中国人寿财产保险股份有限公司",
    "中华联合财产保险股份有限公司",
    "中国大地财产保险股份有限公司",
)
LENDERS = ("瑞信汽车金融有限公司", "华融汽车金融有限公司", "东方汽车金融有限公司", "宏达汽车金融有限公司")
DEALER_WORDS = ("宏达", "恒通", "永盛", "华泰", "鑫源", "安捷", "远航", "伟业", "瑞丰", "金桥")
DEALER_KINDS = ("汽车销售服务有限公司", "汽车贸易有限公司", "汽车销售有限公司")


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def id_number(rng: random.Random, region: str, born: date, male: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def address(rng: random.Random, region: str) -> str:
    province, city, district = REGIONS[region]
    tail = rng.choice(
        (
            f"{rng.choice(STREETS)}{rng.randrange(1, 300)}号",
            f"{rng.choice(STREETS)}{rng.randrange(1, 300)}号{rng.choice(COMMUNITIES)}{rng.randrange(1, 30)}幢{rng.randrange(1, 3)}{rng.randrange(1, 30):02d}室",
            f"{rng.choice(COMMUNITIES)}{rng.randrange(1, 20)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 30)}0{rng.randrange(1, 5)}",
        )
    )
    return f"{province}{city}{district}{tail}"


def vin(rng: random.Random) -> str:
    body = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
    body += (
        rng.choice("KLMNPRS") + rng.choice(VIN_CHARS) + "".join(rng.choice("0123456789") for _ in range(6))
    )
    return with_vin_check_digit(body)


def dealer(rng: random.Random, region: str | None = None) -> str:
    _, city, district = REGIONS[region or rng.choice(list(REGIONS))]
    place = (city or district)[:-1]
    return f"{place}{rng.choice(DEALER_WORDS)}{rng.choice(DEALER_KINDS)}"


def money(value: float) -> str:
    return f"{value:.2f}"


def random_fields(kind: str, rng: random.Random) -> dict[str, str]:
    """Ground truth for one document of `kind`; every field of FIELDS[kind] is set."""
    if kind not in FIELDS:
        raise ValueError(f"unknown document kind {kind!r}")
    region = rng.choice(list(REGIONS))
    male = rng.random() < 0.6
    born = random_date(rng, date(1962, 1, 1), date(2003, 12, 31))
    name = person_name(rng)
    idn = id_number(rng, region, born, male)
    day = random_date(rng, date(2023, 1, 1), date(2026, 10, 1))
    price = rng.randrange(60, 600) * 1000 + rng.choice((0, 0, 0, 500, rng.randrange(1, 1000) * 1.0))
    if kind == "id_card_front":
        return {
            "name": name,
            "sex": "男" if male else "女",
            "ethnicity": rng.choice(ETHNICITIES),
            "birth_date": born.isoformat(),
            "address": address(rng, region),
            "id_number": idn,
        }
    if kind == "id_card_back":
        issued = random_date(rng, date(2008, 1, 1), date(2025, 12, 31))
        age = (issued - born).days // 365
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
        valid_to = "长期" if years == 0 else add_months(issued, 12 * years).isoformat()
        province, city, district = REGIONS[region]
        authority = f"{city or province}公安局{district[:-1]}分局"
        return {"issuing_authority": authority, "valid_from": issued.isoformat(), "valid_to": valid_to}
    if kind == "vehicle_invoice":
        return {
            "invoice_code": f"1{region[:4]}{day.year % 100:02d}{rng.randrange(10**4, 10**5)}",
            "invoice_number": f"{rng.randrange(10**8):08d}",
            "issue_date": day.isoformat(),
            "buyer_name": name,
            "buyer_id_number": idn,
            "brand_model": rng.choice(BRAND_MODELS),
            "vin": vin(rng),
            "engine_number": "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((0, 2, 3)))
            )
            + f"{rng.randrange(10**5, 10**7)}",
            "total_price": money(price),
            "seller_name": dealer(rng, region),
        }
    if kind == "insurance_policy":
        end = add_months(day, 12) - timedelta(days=1)  # a policy from 29 February ends on 27 February
        return {
            "policy_number": f"PDAA{day.year}{rng.choice(list(REGIONS))[:4]}{rng.randrange(10**9, 10**10)}",
            "insurer": rng.choice(INSURERS),
            "insured_name": name,
            "vin": vin(rng),
            "start_date": day.isoformat(),
            "end_date": end.isoformat(),
            "premium": money(rng.randrange(2500, 15000) + rng.randrange(100) / 100),
            "first_beneficiary": rng.choice(LENDERS),
        }
    return {
        "contract_number": f"GC{day:%Y%m%d}{rng.randrange(10**4, 10**5)}",
        "buyer_name": name,
        "buyer_id_number": idn,
        "vin": vin(rng),
        "vehicle_price": money(price),
        "seller_name": dealer(rng, region),
        "sign_date": day.isoformat(),
    }
