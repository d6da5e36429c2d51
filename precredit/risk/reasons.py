"""Reason codes and bilingual wording for model explanations.

Several model inputs can describe one fact the buyer recognises (the credit model sees the loan size
as amount, amount per month and amount per year of age), so SHAP values are summed per *reason*
before ranking: a buyer is told "loan amount" once, with its full weight, not three partial times.
An input missing from the catalogue is never named: the credit model's `purpose` is "car (new)" for
every applicant, so its constant push says nothing about the person.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    zh: str
    en: str
    features: tuple[str, ...]


def _r(code: str, zh: str, en: str, *features: str) -> Reason:
    return Reason(code, zh, en, features)


CATALOGUE: dict[str, tuple[Reason, ...]] = {
    "credit": (
        _r(
            "CREDIT_REVOLVING_STATUS",
            "信用卡使用及当前逾期",
            "credit card use and current arrears",
            "checking",
            "checking_rank",
        ),
        _r(
            "CREDIT_REPAYMENT_HISTORY",
            "近24个月还款记录",
            "repayment record of the last 24 months",
            "history",
        ),
        _r("LOAN_AMOUNT", "贷款金额", "loan amount", "amount", "monthly_burden", "amount_per_age"),
        _r("LOAN_TERM", "贷款期限", "loan term", "duration"),
        _r("DOWN_PAYMENT", "首付金额", "down payment", "savings", "savings_rank"),
        _r(
            "EMPLOYMENT_TENURE", "工作年限", "time with the current employer", "employment", "employment_rank"
        ),
        _r("REPAYMENT_BURDEN", "月还款占收入比例", "monthly repayments against income", "installment_rate"),
        _r("RESIDENCE_TENURE", "现住址居住年限", "time at the current address", "residence_since"),
        _r("PROPERTY", "名下资产", "property owned", "property"),
        _r("AGE", "年龄", "age", "age"),
        _r("OTHER_LENDERS", "其他机构未结清贷款", "open loans with other lenders", "other_plans"),
        _r("HOUSING", "住房情况", "housing", "housing"),
        _r("OPEN_LOANS", "未结清贷款笔数", "number of open loans", "existing_credits"),
        _r("OCCUPATION", "职业", "occupation", "job"),
    ),
    "fraud": (
        _r(
            "CARRIER_TENURE",
            "手机号在网时长",
            "time the phone number has been in use",
            "carrier_tenure_months",
        ),
        _r(
            "CARRIER_REAL_NAME",
            "手机号实名一致性",
            "phone number registered to the applicant",
            "real_name_match",
        ),
        _r("CARRIER_STATUS", "手机号状态", "phone number status", "carrier_status"),
        _r(
            "MULTI_LENDING_7D",
            "近7天多头借贷申请",
            "credit applications in the last 7 days",
            "applications_7d",
            "lenders_7d",
        ),
        _r(
            "MULTI_LENDING_30D",
            "近30天多头借贷申请",
            "credit applications in the last 30 days",
            "applications_30d",
            "lenders_30d",
        ),
        _r(
            "MULTI_LENDING_90D",
            "近90天多头借贷申请",
            "credit applications in the last 90 days",
            "applications_90d",
            "lenders_90d",
        ),
        _r("AGE", "年龄", "age", "age"),
        _r("OCCUPATION", "职业", "occupation", "occupation"),
        _r("DECLARED_INCOME", "申报月收入", "declared monthly income", "monthly_income"),
    ),
    "approval": (
        _r("DEBT_TO_INCOME", "负债收入比", "debt-to-income ratio", "dti"),
        _r("LOAN_TO_VALUE", "贷款价值比", "loan-to-value ratio", "ltv"),
        _r("DOWN_PAYMENT", "首付比例", "down payment share", "down_payment_ratio"),
        _r("INCOME", "月收入", "monthly income", "monthly_income"),
        _r("CREDIT_SCORE", "信用评分", "credit score", "credit_points"),
        _r("LOAN_AMOUNT", "贷款金额", "loan amount", "loan_amount"),
        _r("LOAN_TERM", "贷款期限", "loan term", "term_months"),
        _r("OCCUPATION", "职业", "occupation", "occupation"),
        _r("HOUSING", "住房情况", "housing", "housing"),
        _r("EDUCATION", "学历", "education", "education"),
        _r("INDUSTRY", "所属行业", "industry", "industry"),
        _r("AGE", "年龄", "age", "age"),
    ),
}


def message_zh(reason: Reason, value: str, contribution: float) -> str:
    return f"{reason.zh}（{value}）{'增加' if contribution > 0 else '降低'}了风险"


def message_en(reason: Reason, value: str, contribution: float) -> str:
    return f"{reason.en} ({value}) {'raises' if contribution > 0 else 'lowers'} the risk"
