"""Sandbox application bundles: the request a frontend would send plus the photos it would upload.

Everything is drawn from the persona and one `random.Random`, so a seed reproduces the bundle.
Profiles that are about documents or faces are realised here: `document_mismatch` puts another
VIN on the invoice, `face_mismatch` sends someone else's selfie, `expired_id` shows the expired
validity the persona carries.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from precredit.integrations.base import stable_int
from precredit.integrations.faces import render_portrait, render_selfie
from precredit.integrations.persons import Persona
from precredit.models.application import TERMS_MONTHS, PolicyConfig
from precredit.policy.identifiers import with_vin_check_digit
from precredit.policy.loan import add_months

IDENTITY_KINDS = ("id_card_front", "id_card_back", "selfie")
LOAN_KINDS = ("purchase_contract", "vehicle_invoice", "insurance_policy")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# brand, model, invoice brand/model (车辆类型 as printed), WMI, price range in thousands of yuan
VEHICLES = (
    ("大众", "帕萨特", "大众汽车牌SVW7203BPV", "LSV", 180, 260),
    ("比亚迪", "汉EV", "比亚迪牌BYD7005BEV", "LGX", 200, 290),
    ("丰田", "凯美瑞", "丰田牌GTM7250GB", "LVG", 170, 260),
    ("本田", "雅阁", "本田牌HG7150HAC6", "LHG", 160, 230),
    ("吉利", "星越L", "吉利牌MR6471D15", "L6T", 130, 190),
    ("长安", "CS75 PLUS", "长安牌SC6469BAA6", "LS5", 100, 160),
    ("宝马", "3系", "宝马牌BMW7200MM", "LBV", 290, 400),
    ("奥迪", "A4L", "奥迪牌FV7201BCDBG", "LFV", 300, 410),
    ("日产", "轩逸", "日产牌DFL7160VBL3", "LGB", 90, 140),
    ("别克", "君威", "别克牌SGM7158DAA1", "LSG", 150, 220),
)
DEALERS = (
    ("BJ-DX-001", "北京宏达汽车销售服务有限公司"),
    ("SH-HT-002", "上海恒通汽车贸易有限公司"),
    ("SZ-YS-003", "深圳永盛汽车销售服务有限公司"),
    ("HZ-HT-004", "杭州华泰汽车销售有限公司"),
    ("CD-XY-005", "成都鑫源汽车销售服务有限公司"),
    ("WH-AJ-006", "武汉安捷汽车贸易有限公司"),
    ("NJ-YH-007", "南京远航汽车销售服务有限公司"),
    ("XA-RF-008", "西安瑞丰汽车销售有限公司"),
)


@dataclass
class SandboxApplication:
    """One application as a frontend holds it before upload: the request and the images by name."""

    persona: Persona
    request: dict[str, Any]
    images: dict[str, bytes]
    document_fields: dict[str, dict[str, str]] = field(default_factory=dict)
    loan_documents_at_start: bool = True


def photograph_again(image: bytes, seed: str) -> bytes:
    """Another photo of the same paper, as a buyer asked for a sharper one takes it: slightly turned
    and lit differently, a new JPEG file."""
    import cv2
    import numpy as np

    rng = random.Random(seed)
    decoded = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_COLOR)
    if decoded is None:
        raise ValueError("not an image")
    h, w = decoded.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.5, 1.5), 1.0)
    decoded = cv2.warpAffine(decoded, turn, (w, h), borderMode=cv2.BORDER_REPLICATE)
    decoded = cv2.convertScaleAbs(decoded, alpha=rng.uniform(0.95, 1.05), beta=rng.uniform(-8, 8))
    ok, out = cv2.imencode(".jpg", decoded, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        raise ValueError("the photo could not be encoded")
    return bytes(out.tobytes())


def make_vin(rng: random.Random, wmi: str) -> str:
    body = wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0" + rng.choice("RST")
    body += rng.choice(_VIN_CHARS) + f"{rng.randrange(10**6):06d}"
    return with_vin_check_digit(body)


def _money(value: Decimal | float | int) -> str:
    return str(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _affordable_amount(persona: Persona, term: int, target_dti: Decimal) -> Decimal:
    monthly_rate = PolicyConfig().base_annual_rate / 12
    annuity = (1 - (1 + monthly_rate) ** -term) / monthly_rate
    return (persona.monthly_income * target_dti - persona.existing_monthly_debt) * annuity


def _vehicle_and_loan(
    rng: random.Random, persona: Persona
) -> tuple[tuple[str, str, str, str], Decimal, dict[str, Any]]:
    """A car the persona can afford at the profile's DTI and LTV: grey-zone buyers stretch, others don't."""
    grey = persona.profile == "grey_zone"
    target_dti = Decimal("0.42") if grey else Decimal("0.35")
    ltv = Decimal(str(round(rng.uniform(0.72, 0.8) if grey else rng.uniform(0.5, 0.7), 3)))
    term = 36 if grey else rng.choice(TERMS_MONTHS if persona.profile == "low_score" else (24, 36))
    ceiling = _affordable_amount(persona, term, target_dti)
    fitting = [v for v in VEHICLES if v[4] * 1000 * ltv <= ceiling] or [min(VEHICLES, key=lambda v: v[4])]
    brand, model, brand_model, wmi, low, high = rng.choice(fitting)
    high = max(low, min(high, int(ceiling / ltv / 1000)))
    price = Decimal(rng.randrange(low, high + 1) * 1000 + rng.choice((0, 0, 500, 800)))
    amount = min(price * ltv, max(ceiling, price * Decimal("0.3")))
    amount = (amount / 100).quantize(Decimal("1"), rounding="ROUND_DOWN") * 100
    loan = {"amount": _money(amount), "term_months": term, "down_payment": _money(price - amount)}
    return (brand, model, brand_model, wmi), price, loan


def _documents(
    rng: random.Random, persona: Persona, vehicle: dict[str, Any], brand_model: str, lender: str, today: date
) -> dict[str, dict[str, str]]:
    from precredit.ocr.synth import random_fields

    vin = vehicle["vin"]
    invoice_vin = make_vin(rng, vin[:3]) if persona.profile == "document_mismatch" else vin
    price = vehicle["price"]
    buyer = {"buyer_name": persona.name, "buyer_id_number": persona.id_number}
    start = today - timedelta(days=rng.randrange(0, 3))
    return {
        "id_card_front": {
            "name": persona.name,
            "sex": persona.sex,
            "ethnicity": persona.ethnicity,
            "birth_date": persona.birth_date.isoformat(),
            "address": persona.address,
            "id_number": persona.id_number,
        },
        "id_card_back": {
            "issuing_authority": persona.issuing_authority,
            "valid_from": persona.id_valid_from.isoformat(),
            "valid_to": persona.valid_to_text,
        },
        "purchase_contract": random_fields("purchase_contract", rng)
        | buyer
        | {"vin": vin, "vehicle_price": price, "seller_name": vehicle["dealer_name"]}
        | {"sign_date": (today - timedelta(days=rng.randrange(3, 8))).isoformat()},
        "vehicle_invoice": random_fields("vehicle_invoice", rng)
        | buyer
        | {"vin": invoice_vin, "brand_model": brand_model, "total_price": price}
        | {
            "seller_name": vehicle["dealer_name"],
            "issue_date": (today - timedelta(days=rng.randrange(1, 3))).isoformat(),
        },
        "insurance_policy": random_fields("insurance_policy", rng)
        | {"insured_name": persona.name, "vin": vin, "first_beneficiary": lender}
        | {
            "start_date": start.isoformat(),
            "end_date": (add_months(start, 12) - timedelta(days=1)).isoformat(),
        },
    }


def make_application(
    persona: Persona,
    *,
    rng: random.Random,
    application_id: str,
    with_loan_documents: bool = True,
    degrade: bool = True,
    today: date | None = None,
    lender_name: str | None = None,
) -> SandboxApplication:
    """`with_loan_documents=False` still renders the loan documents, for a later upload.

    The insurance policy names `lender_name` (default: PolicyConfig's lender) as first beneficiary.
    """
    from precredit.ocr.synth import render_document

    today = today or date.today()
    (brand, model, brand_model, wmi), price, loan = _vehicle_and_loan(rng, persona)
    dealer_id, dealer_name = rng.choice(DEALERS)
    vehicle = {
        "vin": make_vin(rng, wmi),
        "brand": brand,
        "model": model,
        "price": _money(price),
        "dealer_id": dealer_id,
        "dealer_name": dealer_name,
    }
    request = {
        "application_id": application_id,
        "channel": rng.choice(("buyer_app", "in_vehicle", "dealer_tablet")),
        "vehicle": vehicle,
        "applicant": {
            "name": persona.name,
            "id_number": persona.id_number,
            "phone": persona.phone,
            "occupation": persona.occupation,
            "housing": persona.housing,
            "education": persona.education,
            "industry": persona.industry,
            "monthly_income": _money(persona.monthly_income),
            "existing_monthly_debt": _money(persona.existing_monthly_debt),
        },
        "loan": loan,
    }
    lender = lender_name or PolicyConfig().lender_name
    fields = _documents(rng, persona, vehicle, brand_model, lender, today)
    images = {
        kind: render_document(
            kind,
            values,
            seed=rng.randrange(2**31),
            degrade=degrade,
            portrait=render_portrait(persona.seed) if kind == "id_card_front" else None,
        )
        for kind, values in fields.items()
    }
    face_seed = (
        stable_int("impostor", persona.seed) % 10**9 if persona.profile == "face_mismatch" else persona.seed
    )
    images["selfie"] = render_selfie(face_seed, rng.randrange(2**31))
    return SandboxApplication(
        persona=persona,
        request=request,
        images=images,
        document_fields=fields,
        loan_documents_at_start=with_loan_documents,
    )


def _extension(data: bytes) -> str:
    return ".png" if data.startswith(b"\x89PNG") else ".jpg" if data.startswith(b"\xff\xd8") else ".bin"


def write_application_files(bundle: SandboxApplication, directory: Path) -> Path:
    """Writes the images and APPLICATION.json (documents as paths relative to it); returns the JSON path.

    Loan documents not given at start are written too, but left out of the JSON, for a later upload.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths: dict[str, str] = {}
    for kind, data in bundle.images.items():
        name = kind + _extension(data)
        (directory / name).write_bytes(data)
        paths[kind] = name
    document = dict(bundle.request)
    document["identity_documents"] = {kind: paths[kind] for kind in IDENTITY_KINDS}
    document["loan_documents"] = (
        {kind: paths[kind] for kind in LOAN_KINDS} if bundle.loan_documents_at_start else {}
    )
    target = directory / "APPLICATION.json"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
