"""The sandbox PKI: a root CA, the lender's organisation certificate (its e-seal), the e-sign
provider's issuing CA (one certificate per signing event) and a timestamping authority, with CRLs.

Stands in for a licensed CA (电子认证服务机构) and TSA. Created once in a directory (the sandbox
state dir by default) by whoever first needs it, never at import time; after that only read, except
that CRLs are re-issued before they go stale so validation data stays current. Certificates carry
CRL distribution points, and the CRLs are embedded in signed PDFs, so validation needs no network.
Certificates name opaque references and organisations, never a buyer.
"""

from __future__ import annotations

import fcntl
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from precredit.security.masking import mask_text

DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning, RFC 9336
CRL_BASE = "http://crl.sandbox.precredit.invalid"  # never fetched: the CRLs travel in the PDF
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
CRL_DAYS = 30


@dataclass(frozen=True)
class Credential:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class SandboxPki:
    directory: Path
    root: Credential
    lender: Credential
    esign_ca: Credential
    tsa: Credential

    @classmethod
    def load_or_create(cls, directory: Path, *, lender_name: str = "precredit sandbox lender") -> SandboxPki:
        directory.mkdir(parents=True, exist_ok=True)
        if not (directory / "tsa.key.pem").exists():
            with open(directory / ".lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # workers and the API may start at once
                if not (directory / "tsa.key.pem").exists():
                    _create(directory, lender_name)
        pki = cls(directory, *(_load(directory, n) for n in ("root", "lender", "esign_ca", "tsa")))
        pki.refresh_crls()
        return pki

    @property
    def root_pem_path(self) -> Path:
        return self.directory / "root.cert.pem"

    def crl_paths(self) -> list[Path]:
        return [self.directory / "root.crl", self.directory / "esign_ca.crl"]

    def crls_der(self) -> list[bytes]:
        return [path.read_bytes() for path in self.crl_paths()]

    def refresh_crls(self, *, now: datetime | None = None) -> None:
        """Empty CRLs of both CAs, re-issued when less than half their life is left."""
        now = now or datetime.now(UTC)
        for ca, name in ((self.root, "root"), (self.esign_ca, "esign_ca")):
            path = self.directory / f"{name}.crl"
            if path.exists():
                crl = x509.load_der_x509_crl(path.read_bytes())
                next_update = crl.next_update_utc
                if next_update is not None and next_update - now > timedelta(days=CRL_DAYS / 2):
                    continue
            crl = (
                x509.CertificateRevocationListBuilder()
                .issuer_name(ca.cert.subject)
                .last_update(now - timedelta(minutes=5))
                .next_update(now + timedelta(days=CRL_DAYS))
                .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
                .add_extension(
                    x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
                )
                .sign(ca.key, hashes.SHA256())
            )
            _atomic_write(path, crl.public_bytes(serialization.Encoding.DER), private=False)

    def issue_event_certificate(self, event_ref: str, *, minutes: int = 60 * 24 * 30) -> Credential:
        """The e-sign provider's certificate for one signing event: an opaque reference as its
        subject, valid for the signing and then only as long as validation needs it."""
        if not _REF.match(event_ref) or mask_text(event_ref) != event_ref:
            raise ValueError("event_ref must be an opaque id (letters, digits, ._:-), not personal data")
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, event_ref),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "signing event"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "precredit sandbox e-sign"),
            ]
        )
        cert = _end_entity(subject, key, self.esign_ca, "esign_ca", timedelta(minutes=minutes))
        return Credential(key, cert)


def _create(directory: Path, lender_name: str) -> None:
    def name(cn: str, org: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
            ]
        )

    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = name("precredit sandbox root CA", "precredit sandbox CA")
    root_cert = (
        _builder(root_name, root_name, root_key, timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    root = Credential(root_key, root_cert)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_cert = (
        _builder(name("precredit sandbox e-sign CA", "precredit sandbox e-sign"), root_name, ca_key,
                 timedelta(days=1825))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False)
        .add_extension(_crl_point("root"), critical=False)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    lender_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    lender_cert = _end_entity(
        name("lender e-seal", lender_name), lender_key, root, "root", timedelta(days=825)
    )
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_cert = (
        _builder(name("precredit sandbox TSA", "precredit sandbox CA"), root_name, tsa_key,
                 timedelta(days=1825))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False)
        .add_extension(_crl_point("root"), critical=False)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    for label, cred in (
        ("root", root),
        ("esign_ca", Credential(ca_key, ca_cert)),
        ("lender", Credential(lender_key, lender_cert)),
        ("tsa", Credential(tsa_key, tsa_cert)),  # written last: its presence means "complete"
    ):
        _atomic_write(directory / f"{label}.cert.pem", cred.cert_pem, private=False)
        _atomic_write(directory / f"{label}.key.pem", cred.key_pem, private=True)


def _end_entity(
    subject: x509.Name, key: rsa.RSAPrivateKey, issuer: Credential, issuer_label: str, life: timedelta
) -> x509.Certificate:
    return (
        _builder(subject, issuer.cert.subject, key, life)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
        .add_extension(_crl_point(issuer_label), critical=False)
        .sign(issuer.key, hashes.SHA256())
    )


def _builder(
    subject: x509.Name, issuer: x509.Name, key: rsa.RSAPrivateKey, life: timedelta
) -> x509.CertificateBuilder:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # tolerate small clock skew between hosts
        .not_valid_after(now + life)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,  # non-repudiation: what a signature on a contract claims
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _crl_point(issuer_label: str) -> x509.CRLDistributionPoints:
    uri = x509.UniformResourceIdentifier(f"{CRL_BASE}/{issuer_label}.crl")
    return x509.CRLDistributionPoints([x509.DistributionPoint([uri], None, None, None)])


def _load(directory: Path, label: str) -> Credential:
    key = serialization.load_pem_private_key((directory / f"{label}.key.pem").read_bytes(), None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError(f"{label} key is not RSA")
    return Credential(key, x509.load_pem_x509_certificate((directory / f"{label}.cert.pem").read_bytes()))


def _atomic_write(path: Path, data: bytes, *, private: bool) -> None:
    tmp = path.with_suffix(f"{path.suffix}.tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    tmp.replace(path)
