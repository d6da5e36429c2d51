from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from precredit.security.signing import SandboxCA, render_document, sign, verify


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> SandboxCA:
    return SandboxCA.load_or_create(tmp_path_factory.mktemp("ca"))


def test_ca_persists(ca: SandboxCA) -> None:
    again = SandboxCA.load_or_create(ca.directory)
    assert again.cert == ca.cert
    assert (ca.directory / "ca_key.pem").stat().st_mode & 0o777 == 0o600
    assert ca.lender_seal() == again.lender_seal()


def test_signed_document_verifies_and_one_changed_byte_fails(ca: SandboxCA) -> None:
    document = render_document("贷款合同", ["借款人：张**", "贷款金额：120000.00 元", "期限：36 个月"])
    assert document.startswith(b"%PDF")
    assert (
        render_document("贷款合同", ["借款人：张**", "贷款金额：120000.00 元", "期限：36 个月"]) == document
    )
    key_pem, cert_pem = ca.issue_buyer_certificate("APP-0001")
    signature = sign(document, key_pem)
    assert verify(document, signature, cert_pem, ca)
    for i in (0, len(document) // 2, len(document) - 1):
        tampered = bytearray(document)
        tampered[i] ^= 0x01
        assert not verify(bytes(tampered), signature, cert_pem, ca)


def test_seal_and_buyer_signatures_are_not_interchangeable(ca: SandboxCA) -> None:
    document = b"contract"
    seal_key, seal_cert = ca.lender_seal()
    _, buyer_cert = ca.issue_buyer_certificate("APP-0002")
    assert verify(document, sign(document, seal_key), seal_cert, ca)
    assert not verify(document, sign(document, seal_key), buyer_cert, ca)
    assert not verify(document, "not base64!", buyer_cert, ca)


def test_chain_and_validity_are_checked(ca: SandboxCA, tmp_path: Path) -> None:
    rogue = SandboxCA.load_or_create(tmp_path / "rogue")
    key, cert = rogue.issue_buyer_certificate("APP-0003")
    assert not verify(b"doc", sign(b"doc", key), cert, ca)  # not issued by our CA
    key, cert = ca.issue_buyer_certificate("APP-0004", days=1)
    signature = sign(b"doc", key)
    assert not verify(b"doc", signature, cert, ca, at=datetime.now(UTC) + timedelta(days=2))
    # The CA's own key is not a document-signing key.
    from cryptography.hazmat.primitives import serialization

    ca_key = ca.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert not verify(b"doc", sign(b"doc", ca_key), ca.cert_pem, ca)


@pytest.mark.parametrize("ref", ["110101199003071234", "张三丰", "13812345678", "a b"])
def test_certificates_refuse_personal_subjects(ca: SandboxCA, ref: str) -> None:
    with pytest.raises(ValueError, match="opaque"):
        ca.issue_buyer_certificate(ref)


def test_plain_text_fallback_without_font() -> None:
    assert render_document("T", ["a", "b"], fonts=()) == b"T\n" + b"=" * 40 + b"\na\nb\n"
