"""Sandbox e-signing: a local CA, the lender's e-seal and per-buyer certificates, ECDSA P-256 signatures.

Stands in for a licensed CA / e-sign provider (SPEC §3) with the same shape: the CA certifies keys,
a signature covers the SHA-256 of the exact document bytes, and verification checks the chain, the
validity period and the key usage before the bytes, so changing one byte (or presenting a
self-made certificate) fails. Certificates name an opaque subject reference, never a person.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils
from cryptography.x509.oid import NameOID, ObjectIdentifier

from precredit.security.documents import render_document
from precredit.security.masking import mask_text

__all__ = ["DOCUMENT_SIGNING", "SandboxCA", "render_document", "sign", "verify"]

DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning, RFC 9336
_SUBJECT_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
_CA_KEY, _CA_CERT, _SEAL_KEY, _SEAL_CERT = "ca_key.pem", "ca_cert.pem", "seal_key.pem", "seal_cert.pem"


@dataclass(frozen=True)
class SandboxCA:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    directory: Path

    @classmethod
    def load_or_create(cls, directory: Path, *, name: str = "precredit sandbox CA") -> SandboxCA:
        directory.mkdir(parents=True, exist_ok=True)
        key_path, cert_path = directory / _CA_KEY, directory / _CA_CERT
        if not key_path.exists():
            key = ec.generate_private_key(ec.SECP256R1())
            subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
            cert = (
                _builder(subject, subject, key.public_key(), days=3650)
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(_key_usage(cert_sign=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(key, hashes.SHA256())
            )
            _write_private(key_path, _key_pem(key))
            cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        loaded = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(loaded, ec.EllipticCurvePrivateKey):
            raise TypeError(f"{key_path} is not an EC key")
        return cls(
            key=loaded, cert=x509.load_pem_x509_certificate(cert_path.read_bytes()), directory=directory
        )

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def issue_buyer_certificate(self, subject_ref: str, *, days: int = 30) -> tuple[bytes, bytes]:
        """(private key PEM, certificate PEM) for one buyer; `subject_ref` is an opaque id such as the
        application id, because certificates are shown and shared and must carry no PII."""
        return self._issue(subject_ref, days=days, unit="buyer")

    def lender_seal(self) -> tuple[bytes, bytes]:
        """The lender's e-seal (private key PEM, certificate PEM), created once and persisted."""
        key_path, cert_path = self.directory / _SEAL_KEY, self.directory / _SEAL_CERT
        if not key_path.exists():
            key_pem, cert_pem = self._issue("lender-e-seal", days=825, unit="lender")
            _write_private(key_path, key_pem)
            cert_path.write_bytes(cert_pem)
        return key_path.read_bytes(), cert_path.read_bytes()

    def _issue(self, subject_ref: str, *, days: int, unit: str) -> tuple[bytes, bytes]:
        if not _SUBJECT_REF.match(subject_ref) or mask_text(subject_ref) != subject_ref:
            raise ValueError("subject_ref must be an opaque id (letters, digits, ._:-), not personal data")
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, subject_ref),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
            ]
        )
        cert = (
            _builder(subject, self.cert.subject, key.public_key(), days=days)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(cert_sign=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        return _key_pem(key), cert.public_bytes(serialization.Encoding.PEM)


def sign(document: bytes, private_key_pem: bytes) -> str:
    """Base64 ECDSA signature over SHA-256(document)."""
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise TypeError("signing key must be an EC private key")
    digest = hashlib.sha256(document).digest()
    return base64.b64encode(key.sign(digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))).decode()


def verify(
    document: bytes, signature_b64: str, cert_pem: bytes, ca: SandboxCA, *, at: datetime | None = None
) -> bool:
    """True only if the certificate was issued by `ca` for document signing, is valid at `at` (now by
    default), and the signature matches these exact bytes."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        cert.verify_directly_issued_by(ca.cert)
        when = at or datetime.now(UTC)
        if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
            return False
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return False
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature and usage.content_commitment):
            return False
        public_key = cert.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            return False
        digest = hashlib.sha256(document).digest()
        public_key.verify(
            base64.b64decode(signature_b64, validate=True), digest, ec.ECDSA(utils.Prehashed(hashes.SHA256()))
        )
        return True
    except (InvalidSignature, ValueError, TypeError, x509.ExtensionNotFound):
        return False


def _builder(
    subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey, *, days: int
) -> x509.CertificateBuilder:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # tolerate small clock skew between hosts
        .not_valid_after(now + timedelta(days=days))
    )


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,  # non-repudiation: what a signature on a contract claims
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
