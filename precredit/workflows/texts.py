"""The words of the documents the buyer signs; kept apart so legal can change them without code review."""

from __future__ import annotations

from datetime import date

from precredit.models.application import ApplicationRequest
from precredit.models.decisions import Offer

AUTHORISATION_TITLE = "个人信用信息查询及报送授权书 / Credit Information Authorisation"
CONTRACT_TITLE = "汽车消费贷款合同 / Auto Loan Contract"
SIGN_REMINDER = "【普惠汽车金融】您的贷款合同尚未签署，请打开App完成签署。"


def authorisation_lines(req: ApplicationRequest, today: date) -> list[str]:
    return [
        f"申请编号 Application: {req.application_id}",
        f"授权人 Applicant: {req.applicant.name}",
        f"证件号码 ID number: {req.applicant.id_number}",
        "本人授权贷款人向中国人民银行征信中心查询、报送本人信用信息，用于审核本次汽车消费贷款申请。",
        "I authorise the lender to query and report my credit information for this auto loan application.",
        f"车辆 Vehicle: {req.vehicle.brand} {req.vehicle.model} VIN {req.vehicle.vin}",
        f"日期 Date: {today.isoformat()}",
    ]


def contract_lines(req: ApplicationRequest, offer: Offer, lender: str, today: date) -> list[str]:
    return [
        f"合同编号 Contract: LC-{req.application_id}",
        f"贷款人 Lender: {lender}",
        f"借款人 Borrower: {req.applicant.name} ({req.applicant.id_number})",
        f"车辆 Vehicle: {req.vehicle.brand} {req.vehicle.model} VIN {req.vehicle.vin}",
        f"经销商 Dealer: {req.vehicle.dealer_name} ({req.vehicle.dealer_id})",
        f"车价 Price: {req.vehicle.price} CNY; 首付 Down payment: {req.loan.down_payment} CNY",
        f"贷款金额 Amount: {offer.amount} CNY; 期限 Term: {offer.term_months} months",
        f"年利率 Annual rate: {offer.annual_rate}; 月供 Monthly payment: {offer.monthly_payment} CNY",
        f"总利息 Total interest: {offer.total_interest} CNY",
        "贷款发放至经销商账户；借款人按月偿还本息，车辆抵押予贷款人。",
        "The loan is paid to the dealer; the borrower repays monthly; the vehicle is pledged to the lender.",
        f"日期 Date: {today.isoformat()}",
    ]
