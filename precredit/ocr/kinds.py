"""What each document kind says and where: the labels (with common variants) each field follows.

Distractor labels are listed too, so a value is never read across into a neighbouring cell.
"""

from __future__ import annotations

# How invoices and policies name the VIN on its own; each kind adds its compound labels.
_VIN_WORDS = ("车辆识别代号", "车辆识别代码", "车辆识别号", "车辆识别码", "车架号码", "车架号", "VIN码")

# The words a buyer and a seller are called by, on invoices and contracts alike (a dealer's system
# prints the same roles on both); each also as "<role>名称" / "<role>姓名".
BUYER_ROLES = (
    "购买方",
    "购货单位(人)",
    "购货单位",
    "购方",
    "购车人",
    "购车方",
    "购车单位",
    "买受人",
    "买方",
    "订购人",
    "需方",
    "客户",
)
SELLER_ROLES = (
    "销货单位",
    "销售单位",
    "销售方",
    "销方",
    "经销商",
    "出卖人",
    "卖方",
    "售车单位",
    "售车方",
    "供方",
)


def _named(roles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r + s for r in roles for s in ("名称", "姓名") if not r.endswith(")")) + roles


LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "id_card_front": {
        "name": ("姓名",),
        "sex": ("性别",),
        "ethnicity": ("民族",),
        "birth_date": ("出生",),
        "address": ("住址",),
        "id_number": ("公民身份号码", "身份号码"),
    },
    "id_card_back": {"issuing_authority": ("签发机关",), "valid": ("有效期限", "有效期", "效期限")},
    # The wording of the 机动车销售统一发票 across its 2006, 2015 and electronic generations and the
    # print copies dealers' systems produce. 机打代码/机打号码 repeat the code and number by machine.
    "vehicle_invoice": {
        "invoice_code": ("发票代码", "机打代码"),
        "invoice_number": ("发票号码", "机打号码", "发票号"),
        "issue_date": ("开票日期", "开具日期", "填开日期", "开票时间"),
        "buyer_name": _named(BUYER_ROLES),
        "buyer_id_number": (
            "纳税人识别号/统一社会信用代码/身份证号码",
            "统一社会信用代码/纳税人识别号/身份证号码",
            "统一社会信用代码/身份证号码",
            "身份证号码/统一社会信用代码",
            "身份证号码/组织机构代码",
            "纳税人识别号/身份证号码",
            "身份证号码",
            "组织机构代码",
            "证件号码",
            "身份证号",
        ),
        "brand_model": ("厂牌型号", "品牌型号", "车辆型号", "规格型号", "车型"),
        "vin": ("车辆识别代号/车架号码", "车辆识别代号/车架号", *_VIN_WORDS),
        "engine_number": ("发动机号码", "发动机号", "发动机编号", "电动机号码", "电动机号", "发动机"),
        "total_words": ("价税合计(大写)", "价税合计", "合计金额(大写)", "合计(大写)", "金额大写", "大写"),
        "total_price": ("价税合计(小写)", "合计金额(小写)", "(小写)", "小写", "金额小写", "合计金额"),
        "seller_name": _named(SELLER_ROLES),
    },
    # Commercial (商业险) and compulsory (交强险) policies and electronic policies of the large
    # insurers; the issuing office is named 保险人, 承保公司, 承保机构 or 出单机构.
    "insurance_policy": {
        "policy_number": ("保险单号码", "保险单号", "保单号码", "保单编号", "电子保单号", "保单号"),
        # A form's own serial number, printed or stamped by a numbering machine after No. with no
        # word for what it numbers: the policy's number only where no label names one.
        "serial": ("No.", "NO."),
        "insurer": ("保险人", "保险公司", "承保公司", "承保机构", "承保人", "出单机构"),
        "insured_name": ("被保险人名称", "被保险人姓名", "被保险人", "被保人"),
        "vin": ("车辆识别代号(车架号)", "识别代码(车架号)", *_VIN_WORDS),
        "period": ("保险期间", "保险期限", "保险起止日期", "保险起讫日期", "保险起止时间"),
        "period_start": ("保险起期", "起保日期", "保险起始日期", "起保时间", "保险起始时间", "生效日期"),
        "period_end": (
            "保险止期",
            "终保日期",
            "保险终止日期",
            "保险到期日",
            "终保时间",
            "保险终止时间",
            "终止日期",
        ),
        "premium_words": (
            "保险费合计(人民币大写)",
            "保险费合计(大写)",
            "保险费合计",
            "保费合计(大写)",
            "保费(大写)",
            "保费大写",
            "大写",
        ),
        "premium": (
            "保费(小写)",
            "保费合计",
            "总保险费",
            "应缴保费",
            "实收保费",
            "总保费",
            "保险费",
            "保费",
            "小写",
        ),
        "first_beneficiary": ("第一受益人",),
    },
    # 《汽车买卖合同》 and dealers' order forms: parties as 出卖人/买受人, 卖方/买方, 销售方/购买方,
    # 供方/需方, 经销商/订购人, or 甲方/乙方 in either role.
    "purchase_contract": {
        "contract_number": (
            "合同编号",
            "合约编号",
            "协议编号",
            "订单编号",
            "合同号",
            "订单号",
            "编号",
            "No.",
            "NO.",
        ),
        "buyer_name": _named(BUYER_ROLES),
        "party": ("甲方", "乙方"),
        "buyer_id_number": ("公民身份号码", "身份证号码", "身份证号", "证件号码", "证件号", "身份证"),
        "vin": (
            "车辆识别代号(VIN)",
            "车辆识别代号",
            "车辆识别号",
            "车辆识别码",
            "车架号(VIN)",
            "车架号码",
            "车架号",
            "VIN码",
        ),
        "vehicle_price": (
            "车辆总价款",
            "车辆价款合计",
            "车辆价格",
            "车辆售价",
            "车辆总价",
            "成交价格",
            "成交价款",
            "成交总价",
            "成交价",
            "合同总价",
            "购车款",
            "车价",
        ),
        "price_words": ("人民币大写", "大写金额", "金额大写", "大写"),
        "seller_name": _named(SELLER_ROLES),
        "sign_date": (
            "签订日期",
            "签约日期",
            "签署日期",
            "订立日期",
            "签订时间",
            "签约时间",
            "签署时间",
            "签署完成",  # an e-signing app's banner: 签署完成 2026-11-05 14:23:11
            "完成签署",
            "订购日期",
            "签字日期",
            "签章日期",
            "盖章日期",
            "日期",
        ),
    },
}

# Fields read from label keys other than their own name (amounts are confirmed by their 大写 form).
SOURCES: dict[str, tuple[str, ...]] = {
    "total_price": ("total_price", "total_words"),
    "premium": ("premium", "premium_words"),
    "vehicle_price": ("vehicle_price", "price_words"),
    "valid_from": ("valid",),
    "valid_to": ("valid",),
    "start_date": ("period", "period_start"),
    "end_date": ("period", "period_end"),
    "buyer_name": ("buyer_name", "party"),
    "seller_name": ("seller_name", "party"),
}

DISTRACTORS: dict[str, tuple[str, ...]] = {
    "id_card_front": (),
    "id_card_back": ("中华人民共和国", "居民身份证"),
    "vehicle_invoice": (
        "机器编号",
        "税控码",
        "车辆类型",
        "产地",
        "合格证号",
        "进口证明书号",
        "商检单号",
        "电话",
        "纳税人识别号",
        "账号",
        "增值税税率或征收率",
        "增值税税率",
        "合格证号",
        "销货单位纳税人识别号",
        "增值税税额",
        "不含税价",
        "发票联",
        "地址",
        "开户银行",
    ),
    "insurance_policy": (
        "号牌号码",
        "发动机号",
        "承保险种",
        "保险金额/责任限额",
        "保险金额",
        # The premium before the no-claims and pricing factors (基准保险费 × NCD × 自主定价系数).
        "基准纯风险保费",
        "基准保险费",
        "基准保费",
        "签单日期",
        "特别约定",
        "投保单号",
        # An endorsement (批单) prints its own number beside the policy's.
        "批单号",
        "批单编号",
        "批改单号",
        "投保确认码",
        "投保查询码",
        "验证码",
        "证件号码",
        "车辆种类",
        "险别",
        "地址",
        "客服电话",
    ),
    "purchase_contract": (
        "联系电话",
        "品牌型号",
        "车辆品牌",
        "定金",
        "签字",
        "盖章",
        "第一条",
        "第二条",
        "统一社会信用代码",
        "发动机号",
        "交车日期",
        "合格证号",
        "电话",
        "地址",
        "车型",
        "颜色",
    ),
}

# Straightened working width: ID text is then ~30 px high, A4 text ~22 px, which PP-OCR reads best.
WORK_WIDTH = {
    "id_card_front": 1000,
    "id_card_back": 1000,
    "vehicle_invoice": 1240,
    "insurance_policy": 1000,
    "purchase_contract": 1000,
}

# Longest side text is detected at (recognition reads the straightened image at full size). An ID
# card's text is large: detected at 736 px its fields were read as well as at 1024 (72 photos of
# the development and seen families: 98.2% against 97.9% of fields) for 26% less CPU per side.
# A4 pages at 896 px lost whole documents (88.5% against 93.8% of 96) for 6% less CPU: kept at 1024.
DETECT_SIDE = {
    "id_card_front": 736,
    "id_card_back": 736,
    "vehicle_invoice": 1024,
    "insurance_policy": 1024,
    "purchase_contract": 1024,
}

# Width/height of the physical document: an outline far from it is not this page. ID card: ISO/IEC
# 7810 ID-1 (85.6 x 54 mm); sales invoice: 241 x 177 mm form (our synthetic one is 1.41); A4 portrait.
ASPECT = {
    "id_card_front": 85.6 / 54,
    "id_card_back": 85.6 / 54,
    "vehicle_invoice": 241 / 177,
    "insurance_policy": 210 / 297,
    "purchase_contract": 210 / 297,
}


def all_labels(kind: str) -> tuple[str, ...]:
    return tuple(label for labels in LABELS[kind].values() for label in labels) + DISTRACTORS[kind]
