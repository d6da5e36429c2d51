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
