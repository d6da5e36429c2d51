"""Sealed by the lender, signed by the buyer at the e-sign provider, validated by pyHanko offline:
both signatures hold, one changed byte breaks them, and nothing else passes for a signature."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from temporalio.testing import ActivityEnvironment

from precredit.activities.deps import Dependencies
from precredit.activities.signing import SigningActivities
from precredit.contracts import pades
from precredit.contracts.pki import SandboxPki
from precredit.integrations.base import ProviderUnavailable
from precredit.integrations.esign import OTP_PURPOSE, SandboxEsign, SigningRefused
from precredit.models.activities import (
    DocumentTerms,
    SignatureCheck,
    SignatureResult,
    SigningDocument,
    SigningRequest,
)
from precredit.workflows import texts

PYHANKO = Path(sys.executable).parent / "pyhanko"


def prepare(signing: SigningActivities, terms: DocumentTerms, kind: str, app: str) -> SigningDocument:
    title = texts.CONTRACT_TITLE if kind == "loan_contract" else texts.AUTHORISATION_TITLE
    req = SigningRequest(
        application_id=app,
        kind=kind,
        title=title,
        terms=terms if kind == "loan_contract" else terms.model_copy(update={"offer": None}),
        lender_seal=kind == "loan_contract",
    )
    return ActivityEnvironment().run(signing.prepare_signing_document, req)


def buyer_signs(deps: Dependencies, doc: SigningDocument, phone: str) -> bytes:
    esign = deps.providers.esign
    assert isinstance(esign, SandboxEsign) and doc.signing_event_id
    esign.send_otp(doc.signing_event_id)
    sms = deps.sandbox.outbox.latest(phone, OTP_PURPOSE)
    assert sms is not None and sms.code is not None
    esign.sign(doc.signing_event_id, sms.code)
    signed = esign.signed_document(doc.signing_event_id)
    assert signed is not None
    return signed


def verify(signing: SigningActivities, app: str, doc: SigningDocument) -> SignatureResult:
    return ActivityEnvironment().run(
        signing.verify_buyer_signature, SignatureCheck(application_id=app, document=doc)
    )


@pytest.fixture(scope="module")
def signed_contract(
    deps: Dependencies, signing: SigningActivities, contract_terms: DocumentTerms
) -> tuple[SigningDocument, bytes]:
    doc = prepare(signing, contract_terms, "loan_contract", "app-contract-1")
    return doc, buyer_signs(deps, doc, contract_terms.applicant.phone)


def test_contract_carries_valid_lender_seal_and_buyer_signature(
    deps: Dependencies, signing: SigningActivities, signed_contract: tuple[SigningDocument, bytes]
) -> None:
    doc, signed = signed_contract
    report = pades.validate(signed, trust_roots_pem=signing.trust_roots())
    assert report.has_dss
    assert [s.field for s in report.signatures] == ["LenderSeal", "BuyerSignature"]
    assert all(s.ok for s in report.signatures), [s.detail for s in report.signatures]
    assert "lender e-seal" in report.signatures[0].signer
    assert f"Common Name: {doc.signing_event_id}" in report.signatures[1].signer
    result = verify(signing, "app-contract-1", doc)
    assert result.valid, result.detail
    assert result.signed_document_ref is not None
    assert deps.documents.get(result.signed_document_ref) == signed  # kept, encrypted at rest
    stored = next(
        deps.settings.documents_dir.rglob(result.signed_document_ref.removeprefix("doc://")[:16] + "*")
    )
    assert b"%PDF" not in stored.read_bytes()


def test_one_changed_byte_breaks_both_signatures(
    signing: SigningActivities, signed_contract: tuple[SigningDocument, bytes]
) -> None:
    _doc, signed = signed_contract
    at = signed.index(b"stream") + 40  # inside the first page's content, covered by both
    tampered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    report = pades.validate(tampered, trust_roots_pem=signing.trust_roots())
    assert report.signatures and not any(s.intact and s.ok for s in report.signatures)


def test_verify_rejects_a_tampered_copy_at_the_provider(
    deps: Dependencies, signing: SigningActivities, contract_terms: DocumentTerms
) -> None:
    doc = prepare(signing, contract_terms, "loan_contract", "app-contract-2")
    signed = buyer_signs(deps, doc, contract_terms.applicant.phone)
    path = deps.settings.sandbox_state_dir / "esign-provider" / f"{doc.signing_event_id}.signed.pdf"
    at = len(signed) - 300  # the buyer's revision: only the buyer's signature covers it
    path.write_bytes(signed[:at] + bytes([signed[at] ^ 0x20]) + signed[at + 1 :])
    result = verify(signing, "app-contract-2", doc)
    assert not result.valid and result.signed_document_ref is None
    assert "does not validate" in result.detail, result.detail


def test_signature_from_another_ca_is_not_trusted(
    tmp_path: Path, signing: SigningActivities, signed_contract: tuple[SigningDocument, bytes]
) -> None:
    _doc, signed = signed_contract
    stranger = SandboxPki.load_or_create(tmp_path / "other-pki")
    report = pades.validate(signed, trust_roots_pem=[stranger.root.cert_pem])
    assert report.signatures and not any(s.trusted for s in report.signatures)


def test_unsigned_document_and_legacy_signatures_are_rejected(
    signing: SigningActivities, contract_terms: DocumentTerms
) -> None:
    doc = prepare(signing, contract_terms, "authorisation_letter", "app-contract-3")
    assert not verify(signing, "app-contract-3", doc).valid  # nothing signed at the provider yet
    legacy = doc.model_copy(update={"signing_event_id": None})
    result = ActivityEnvironment().run(
        signing.verify_buyer_signature,
        SignatureCheck(application_id="app-contract-3", document=legacy, signature_b64="A" * 88),
    )
    assert not result.valid and "detached" in result.detail


def test_letter_signed_at_the_provider_verifies(
    deps: Dependencies, signing: SigningActivities, contract_terms: DocumentTerms
) -> None:
    doc = prepare(signing, contract_terms, "authorisation_letter", "app-contract-4")
    buyer_signs(deps, doc, contract_terms.applicant.phone)
    result = verify(signing, "app-contract-4", doc)
    assert result.valid, result.detail


def test_wrong_codes_lock_the_signing_event(
    deps: Dependencies, signing: SigningActivities, contract_terms: DocumentTerms
) -> None:
    doc = prepare(signing, contract_terms, "authorisation_letter", "app-contract-5")
    esign = deps.providers.esign
    assert isinstance(esign, SandboxEsign) and doc.signing_event_id
    with pytest.raises(SigningRefused):
        esign.sign(doc.signing_event_id, "123456")  # no code requested yet
    esign.send_otp(doc.signing_event_id)
    sms = deps.sandbox.outbox.latest(contract_terms.applicant.phone, OTP_PURPOSE)
    assert sms is not None and sms.code is not None
    wrong = f"{(int(sms.code) + 1) % 1_000_000:06d}"
    for left in (4, 3, 2, 1, 0):
        with pytest.raises(SigningRefused) as refused:
            esign.sign(doc.signing_event_id, wrong)
        assert refused.value.attempts_left == left
    with pytest.raises(SigningRefused):
        esign.sign(doc.signing_event_id, sms.code)  # locked: even the right code is refused now
    assert esign.signed_document(doc.signing_event_id) is None


def test_a_retried_preparation_presents_the_first_document_in_the_first_event(
    monkeypatch: pytest.MonkeyPatch,
    deps: Dependencies,
    signing: SigningActivities,
    contract_terms: DocumentTerms,
) -> None:
    """The signing event is opened, then the push to the buyer's terminal fails: the retry must not
    open a second event for a second copy (a sealed PDF is new bytes on every rendering)."""
    app, push = "app-contract-6", deps.providers.push
    real, calls = push.push_signing_task, []

    def push_fails_once(*args: Any, **kwargs: Any) -> str:
        calls.append(args)
        if len(calls) == 1:
            raise ProviderUnavailable("push", "terminal gateway down")
        return real(*args, **kwargs)

    monkeypatch.setattr(push, "push_signing_task", push_fails_once)
    with pytest.raises(ProviderUnavailable):
        prepare(signing, contract_terms, "loan_contract", app)
    esign = deps.providers.esign
    assert isinstance(esign, SandboxEsign)
    events = [p for p in esign.root.glob("esig-*.json") if app in p.read_text()]
    assert len(events) == 1  # the first attempt got as far as the e-sign provider
    doc = prepare(signing, contract_terms, "loan_contract", app)
    again = prepare(signing, contract_terms, "loan_contract", app)
    assert again == doc and len(calls) == 3
    assert [p for p in esign.root.glob("esig-*.json") if app in p.read_text()] == events
    assert events[0].name == f"{doc.signing_event_id}.json"
    buyer_signs(deps, doc, contract_terms.applicant.phone)
    result = verify(signing, app, doc)
    assert result.valid, result.detail
    # Other terms are another request: a document and an event of their own.
    other = prepare(
        signing, contract_terms.model_copy(update={"signed_on": date(2026, 2, 1)}), "loan_contract", app
    )
    assert other.sha256 != doc.sha256 and other.signing_event_id != doc.signing_event_id


@pytest.mark.skipif(not PYHANKO.exists(), reason="pyhanko-cli is a project dependency")
def test_pyhanko_cli_accepts_the_contract_and_refuses_a_changed_byte(
    tmp_path: Path, deps: Dependencies, signed_contract: tuple[SigningDocument, bytes]
) -> None:
    _doc, signed = signed_contract
    root = deps.settings.sandbox_state_dir / "pki" / "root.cert.pem"
    good, bad = tmp_path / "contract.pdf", tmp_path / "tampered.pdf"
    good.write_bytes(signed)
    at = signed.index(b"stream") + 40
    bad.write_bytes(signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :])
    command = [str(PYHANKO), "sign", "adesverify", "--trust", str(root), "--trust-replace"]
    ok = subprocess.run([*command, str(good)], capture_output=True, text=True, timeout=120, check=False)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("INTACT:TRUSTED,TIMESTAMP_TOKEN<INTACT:TRUSTED>") == 2
    broken = subprocess.run([*command, str(bad)], capture_output=True, text=True, timeout=120, check=False)
    assert broken.returncode != 0
    # The classic validator too; it checks revocation on line, which a machine without network
    # can only soft-fail (the CRLs it needs are embedded, and adesverify above reads them).
    classic = [str(PYHANKO), "sign", "validate", "--trust", str(root), "--trust-replace",
               "--soft-revocation-check", "--executive-summary"]  # fmt: skip
    ok = subprocess.run([*classic, str(good)], capture_output=True, text=True, timeout=120, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    verdicts = {line.split(":")[0]: line.rsplit(":", 1)[1] for line in ok.stdout.split()}
    assert verdicts == {"LenderSeal": "VALID", "BuyerSignature": "VALID"}, ok.stdout
    broken = subprocess.run([*classic, str(bad)], capture_output=True, text=True, timeout=120, check=False)
    assert broken.returncode != 0, broken.stdout


def test_cli_exports_the_verified_contract(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    deps: Dependencies,
    signing: SigningActivities,
    signed_contract: tuple[SigningDocument, bytes],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from precredit.cli.main import main
    from precredit.config import get_settings

    doc, signed = signed_contract
    assert verify(signing, "app-contract-1", doc).valid
    monkeypatch.setenv("PRECREDIT_DATA_DIR", str(deps.settings.data_dir))
    get_settings.cache_clear()
    try:
        out = tmp_path / "contract.pdf"
        assert main(["contract", "export", "app-contract-1", "--out", str(out)]) == 0
        assert out.read_bytes() == signed
        assert main(["contract", "export", "app-unknown-9", "--out", str(out)]) == 1
        assert "no verified signed loan_contract" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()
