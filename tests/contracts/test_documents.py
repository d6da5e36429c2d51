"""The documents legal owns: every fact the contract must state, from the template, to a PDF."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from precredit.config import ContractConfig, ContractFee
from precredit.contracts.context import document_context, first_due_date
from precredit.contracts.pades import add_signature_fields
from precredit.contracts.render import TEMPLATES, render_markup, render_pdf
from precredit.models.activities import DocumentTerms
from precredit.models.application import ApplicationRequest
from precredit.security.masking import mask_id_number, mask_phone
from tests.contracts.conftest import SIGNED_ON

FEES = ContractConfig(
    fees=[ContractFee(name="抵押登记服务费 / Mortgage registration", amount=Decimal("600"))]
)


def test_contract_states_parties_loan_schedule_apr_mortgage_and_rights(
    contract_terms: DocumentTerms, request_: ApplicationRequest
) -> None:
    markup = render_markup("loan_contract", document_context("app-contract-1", contract_terms, FEES))
    applicant = request_.applicant
    assert applicant.id_number not in markup and applicant.phone not in markup  # masked only
    assert mask_id_number(applicant.id_number) in markup and mask_phone(applicant.phone) in markup
    assert applicant.name in markup and request_.vehicle.vin in markup
    for fact in (
        "150,000.00",
        "60,000.00",
        "90,000.00",
        "36 个月",
        "5.88%",
        "抵押",
        "提前还款",
        "投诉",
        "个人信息",
    ):
        assert fact in markup, fact
    rows = [line for line in markup.splitlines() if re.match(r"^\| \d+ \| \d{4}-\d{2}-\d{2} \|", line)]
    assert len(rows) == 36
    assert rows[0].startswith("| 1 | 2026-02-28 |")  # signed 31 Jan: due on the 28th every month
    assert rows[-1].startswith("| 36 | 2029-01-28 |") and rows[-1].endswith("| 0.00 |")
    assert "抵押登记服务费" in markup and "600.00" in markup
    apr = re.search(r"年化利率（APR）为 ([0-9.]+)%", markup)
    assert apr is not None and Decimal(apr.group(1)) > Decimal("5.88")  # the fee raises the APR
    assert "[[signature:LenderSeal|" in markup and "[[signature:BuyerSignature|" in markup


def test_without_fees_the_apr_is_the_nominal_rate(contract_terms: DocumentTerms) -> None:
    markup = render_markup("loan_contract", document_context("a", contract_terms, ContractConfig()))
    assert "年化利率（APR）为 5.88%" in markup and "不收取任何其他费用" in markup


def test_letter_has_no_schedule_and_one_signature(contract_terms: DocumentTerms) -> None:
    terms = contract_terms.model_copy(update={"offer": None})
    markup = render_markup("authorisation_letter", document_context("a", terms, ContractConfig()))
    assert "征信" in markup and "LenderSeal" not in markup and "BuyerSignature" in markup


def test_pdf_is_deterministic_and_has_both_signature_fields(contract_terms: DocumentTerms) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    markup = render_markup("loan_contract", document_context("a", contract_terms, FEES))
    first, second = render_pdf(markup, title="t"), render_pdf(markup, title="t")
    assert first.pdf.startswith(b"%PDF") and first.pdf == second.pdf
    assert [b.field for b in first.signature_boxes] == ["LenderSeal", "BuyerSignature"]
    assert first.signature_boxes[0].page >= 1  # the 36-row schedule pushes the signatures over a page
    with_fields = add_signature_fields(first.pdf, first.signature_boxes)
    names = [name for name, _value, _ref in enumerate_sig_fields(PdfFileReader(io.BytesIO(with_fields)))]
    assert names == ["LenderSeal", "BuyerSignature"]


def test_a_misspelt_variable_in_a_template_fails_loudly(
    tmp_path: Path, contract_terms: DocumentTerms
) -> None:
    (tmp_path / "loan_contract.md.j2").write_text("# 合同\n{{ borower_name }}\n", encoding="utf-8")
    with pytest.raises(UndefinedError):
        render_markup("loan_contract", document_context("a", contract_terms, FEES), templates=tmp_path)
    assert (TEMPLATES / "loan_contract.md.j2").exists()


def test_first_due_date_keeps_one_day_of_the_month() -> None:
    assert first_due_date(SIGNED_ON).isoformat() == "2026-02-28"
    assert first_due_date(SIGNED_ON.replace(day=15)).isoformat() == "2026-02-15"
