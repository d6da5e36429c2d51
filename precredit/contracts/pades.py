"""PAdES signatures with pyHanko: add signature fields, sign into them (B-LT: RFC 3161 timestamp and
the chain and CRLs embedded), and validate offline against given trust roots.

Synchronous on purpose: callers are sync activities on the worker's thread pool, or async code that
goes through `asyncio.to_thread` (pyHanko runs its own event loop inside these calls).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from precredit.contracts.render import SignatureBox

if TYPE_CHECKING:
    from pyhanko.sign.timestamps import TimeStamper


@dataclass(frozen=True)
class SigningMaterial:
    """What one signer signs with: its key and certificate, the chain up to (not including) a trust
    root, and the trust roots and CRLs that become the embedded validation data."""

    key_pem: bytes
    cert_pem: bytes
    chain_pem: Sequence[bytes]
    trust_roots_pem: Sequence[bytes]
    crls_der: Sequence[bytes] = ()


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    intact: bool
    valid: bool
    trusted: bool
    timestamp_valid: bool
    covers_whole_document: bool
    signed_revision_length: int
    """How many bytes from the start of the file this signature covers (its revision)."""
    detail: str = ""
    bottom_line: bool = False
    """pyHanko's overall verdict, which also judges the changes made after this signature."""

    @property
    def ok(self) -> bool:
        return self.bottom_line and self.intact and self.valid and self.trusted and self.timestamp_valid


@dataclass(frozen=True)
class ValidationReport:
    signatures: list[SignatureReport] = field(default_factory=list)
    has_dss: bool = False

    def by_field(self, name: str) -> SignatureReport | None:
        return next((s for s in self.signatures if s.field == name), None)


def add_signature_fields(pdf: bytes, boxes: Iterable[SignatureBox]) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for box in boxes:
        append_signature_field(writer, SigFieldSpec(sig_field_name=box.field, on_page=box.page, box=box.box))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves write() unannotated
    return out.getvalue()


def sign_field(
    pdf: bytes,
    *,
    field_name: str,
    material: SigningMaterial,
    timestamper: TimeStamper,
    reason: str,
    name: str | None = None,
    lta: bool = False,
) -> bytes:
    """Signs the empty field `field_name` as an incremental update, keeping earlier signatures.
    `lta` adds a document timestamp over the validation data (PAdES B-LTA): for the last signer.
    `name` (default: the certificate's common name) is drawn in the stamp with a Latin font, so it
    must be ASCII; `reason` is PDF metadata and may be Chinese."""
    if name is not None and not name.isascii():
        raise ValueError("the stamp's signer name must be ASCII (its font has no CJK glyphs)")
    _require_no_running_loop()
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = _cert(material.cert_pem)
    chain = [_cert(c) for c in material.chain_pem]
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(material.key_pem, passphrase=None),
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),  # type: ignore[no-untyped-call]  # pyhanko-certvalidator: unannotated
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=True,  # B-LT: the chain and CRLs go into the document's DSS
        use_pades_lta=lta,
        validation_context=_context(material.trust_roots_pem, material.crls_der, chain),
        reason=reason,
        name=name,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, meta, signer=signer, timestamper=timestamper, existing_fields_only=True)
    return bytes(out.getvalue())


def validate(
    pdf: bytes, *, trust_roots_pem: Sequence[bytes], crls_der: Sequence[bytes] = ()
) -> ValidationReport:
    """Every signature of `pdf`, checked offline: the bytes it covers, the signer's chain to one of
    `trust_roots_pem` with the certificates and CRLs embedded in the document's DSS (plus
    `crls_der`), and its timestamp. A file pyHanko cannot read gives a report with one failed entry."""
    _require_no_running_loop()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    kwargs = {
        "trust_roots": [_cert(r) for r in trust_roots_pem],
        "crls": list(crls_der),
        "allow_fetching": False,  # offline: what is embedded or configured, nothing else
        "revocation_mode": "hard-fail",
    }
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        embedded = list(reader.embedded_regular_signatures)
        has_dss = "/DSS" in reader.root
        dss = DocumentSecurityStore.read_dss(reader) if has_dss else None
    except Exception as exc:  # a broken file raises many pyHanko and PDF errors; all mean "invalid"
        return ValidationReport([_failed("", f"unreadable PDF: {exc}")])
    reports = []
    for sig in embedded:
        try:
            context = dss.as_validation_context(kwargs) if dss else _plain_context(kwargs)
            ts_context = dss.as_validation_context(kwargs) if dss else _plain_context(kwargs)
            status = validate_pdf_signature(
                sig, signer_validation_context=context, ts_validation_context=ts_context
            )
        except Exception as exc:  # same: a signature pyHanko cannot evaluate is not valid
            reports.append(_failed(sig.field_name, str(exc)))
            continue
        ts = status.timestamp_validity
        end = sig.byte_range[2] + sig.byte_range[3]
        reports.append(
            SignatureReport(
                field=sig.field_name,
                signer=status.signing_cert.subject.human_friendly,
                intact=status.intact,
                valid=status.valid,
                trusted=status.trusted,
                timestamp_valid=ts is not None and ts.intact and ts.valid and ts.trusted,
                covers_whole_document=sig.coverage.name == "ENTIRE_FILE",
                signed_revision_length=end,
                detail=status.summary(),
                bottom_line=status.bottom_line,
            )
        )
    return ValidationReport(reports, has_dss=has_dss)


def _require_no_running_loop() -> None:
    """pyHanko's sync API runs its own event loop; inside a running one it would fail half-way and
    look like an invalid signature, so refuse loudly instead."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RuntimeError("call PAdES signing/validation through asyncio.to_thread, not on the event loop")


def _failed(field_name: str, detail: str) -> SignatureReport:
    return SignatureReport(field_name, "", False, False, False, False, False, 0, detail)


def _cert(pem: bytes) -> Any:
    from pyhanko.keys import load_certs_from_pemder_data

    return next(iter(load_certs_from_pemder_data(pem)))


def _plain_context(kwargs: dict[str, Any]) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(**kwargs)


def _context(trust_roots_pem: Sequence[bytes], crls_der: Sequence[bytes], other_certs: Sequence[Any]) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[_cert(r) for r in trust_roots_pem],
        other_certs=list(other_certs),
        crls=list(crls_der),
        allow_fetching=False,
        revocation_mode="hard-fail",
    )
