"""What the workflow tells the documents the buyer signs: titles, reminders and the terms as data.

The words of the authorisation letter and the loan contract live in templates legal edits
(`precredit/contracts/templates/`); the workflow hands over only the facts they state.
"""

from __future__ import annotations

from datetime import date

from precredit.models.activities import DocumentTerms
from precredit.models.application import ApplicationRequest
from precredit.models.decisions import Offer

AUTHORISATION_TITLE = "个人信用信息查询及报送授权书 / Credit Information Authorisation"
CONTRACT_TITLE = "汽车消费贷款合同 / Auto Loan Contract"
SIGN_REMINDER = "【普惠汽车金融】您的贷款合同尚未签署，请打开App完成签署。"


def document_terms(
    req: ApplicationRequest, today: date, *, lender: str, offer: Offer | None = None
) -> DocumentTerms:
    return DocumentTerms(
        applicant=req.applicant,
        vehicle=req.vehicle,
        loan=req.loan,
        offer=offer,
        lender_name=lender,
        signed_on=today,
    )


# What a buyer is asked to photograph again, in the words on the paper.
DOCUMENT_NAMES = {
    "id_card_front": "身份证人像面",
    "id_card_back": "身份证国徽面",
    "purchase_contract": "购车合同",
    "vehicle_invoice": "机动车销售统一发票",
    "insurance_policy": "保险单",
}
FIELD_NAMES = {
    "name": "姓名",
    "id_number": "公民身份号码",
    "valid_to": "有效期限",
    "valid_from": "有效期限",
    "issuing_authority": "签发机关",
    "vin": "车架号",
    "buyer_name": "购买方姓名",
    "buyer_id_number": "购买方证件号码",
    "insured_name": "被保险人",
    "seller_name": "销售方",
    "vehicle_price": "车辆价格",
    "total_price": "价税合计",
    "start_date": "保险期间",
    "end_date": "保险期间",
    "first_beneficiary": "第一受益人",
}


def new_photos_request(asked: dict[str, list[str]]) -> str:
    """The SMS asking for new photos: which documents, and on each what could not be read."""
    parts = []
    for kind, fields in asked.items():
        names = list(dict.fromkeys(FIELD_NAMES.get(f, f) for f in fields))
        parts.append(f"{DOCUMENT_NAMES.get(kind, kind)}（{'、'.join(names)}）")
    return f"【普惠汽车金融】您上传的{'、'.join(parts)}无法识别，请打开App在光线充足处重新拍摄。"
