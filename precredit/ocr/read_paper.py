"""Invoice, policy and contract fields: label-led cells, the 大写 amount confirming the 小写 figure."""

from __future__ import annotations

import re

from precredit.ocr import validate as v
from precredit.ocr.extract import Labels, Result, first_valid, parse_period, read_amount, read_label
from precredit.ocr.layout import Layout

_INSURER = re.compile(r"[\u4e00-\u9fff]{2,}保险(股份)?有限(责任)?公司")


def read_invoice(layout: Layout, labels: Labels) -> Result:
    return {
        "invoice_code": read_label(
            layout, "invoice_code", labels["invoice_code"], lambda n, t: v.check_digits(n, t, (10, 12))
        ),
        "invoice_number": read_label(
            layout, "invoice_number", labels["invoice_number"], lambda n, t: v.check_digits(n, t, (8,))
        ),
        "issue_date": read_label(layout, "issue_date", labels["issue_date"], v.check_date),
        "buyer_name": read_label(layout, "buyer_name", labels["buyer_name"], v.check_person),
        "buyer_id_number": read_label(
            layout, "buyer_id_number", labels["buyer_id_number"], v.check_id_number
        ),
        "brand_model": read_label(layout, "brand_model", labels["brand_model"], v.check_text),
        "vin": read_label(layout, "vin", labels["vin"], v.check_vin),
        "engine_number": read_label(layout, "engine_number", labels["engine_number"], v.check_engine_number),
        "total_price": read_amount(layout, "total_price", labels["total_price"], labels["total_words"]),
        "seller_name": read_label(layout, "seller_name", labels["seller_name"], v.check_org),
    }


def read_policy(layout: Layout, labels: Labels) -> Result:
    insurer = layout.after(*labels["insurer"]) + layout.matching(_INSURER)
    out: Result = {
        "policy_number": read_label(
            layout, "policy_number", labels["policy_number"], lambda n, t: v.check_code(n, t, 10)
        ),
        "insurer": first_valid("insurer", insurer, lambda n, t: v.check_org(n, t, "保险")),
        "insured_name": read_label(layout, "insured_name", labels["insured_name"], v.check_person),
        "vin": read_label(layout, "vin", labels["vin"], v.check_vin),
        "premium": read_amount(layout, "premium", labels["premium"], labels["premium_words"]),
        "first_beneficiary": read_label(
            layout, "first_beneficiary", labels["first_beneficiary"], v.check_org
        ),
    }
    period = layout.after(*labels["period"])
    span = parse_period(period[0].text) if period else None
    if span is None or isinstance(span[1], str):
        why = "insurance period not found or unreadable"
        out["start_date"], out["end_date"] = (v.fail("start_date", why), 0.0), (v.fail("end_date", why), 0.0)
    else:
        out["start_date"] = (v.Checked(span[0].isoformat(), 0.9), period[0].conf)
        out["end_date"] = (v.Checked(span[1].isoformat(), 0.9), period[0].conf)
    return out


def read_contract(layout: Layout, labels: Labels) -> Result:
    return {
        "contract_number": read_label(layout, "contract_number", labels["contract_number"], v.check_code),
        "buyer_name": read_label(layout, "buyer_name", labels["buyer_name"], v.check_person),
        "buyer_id_number": read_label(
            layout, "buyer_id_number", labels["buyer_id_number"], v.check_id_number
        ),
        "vin": read_label(layout, "vin", labels["vin"], v.check_vin),
        "vehicle_price": read_amount(layout, "vehicle_price", labels["vehicle_price"], labels["price_words"]),
        "seller_name": read_label(layout, "seller_name", labels["seller_name"], v.check_org),
        "sign_date": read_label(layout, "sign_date", labels["sign_date"], v.check_date),
    }
