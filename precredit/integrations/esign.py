"""The e-sign provider and the timestamping authority: protocols, and the sandbox implementations.

The buyer signs at the provider, not on our server (SPEC §4): we hand the provider the exact PDF
(sealed by the lender for a contract) and the buyer's phone; the buyer asks the provider for an OTP,
enters it at the provider's signing step, and the provider signs the PDF with a certificate it
issues for that one signing event (as Chinese e-sign platforms do), adds an RFC 3161 timestamp and
the validation data (PAdES B-LTA). We only ever fetch the signed PDF and validate it ourselves.

The sandbox provider keeps its events under the sandbox state dir and its CA in the sandbox PKI;
its signing step is also served over HTTP by the API under /sandbox/esign (see api/routes/esign.py).
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel

from precredit.integrations.base import FaultInjector
from precredit.integrations.messaging import SandboxOutbox
from precredit.security.customers import LETTERS_ONLY

if TYPE_CHECKING:
    from pyhanko.sign.timestamps import TimeStamper

    from precredit.contracts.pki import SandboxPki
    from precredit.integrations.providers import ProviderContext

OTP_PURPOSE = "esign_otp"
OTP_TEXT = "【电子签约】验证码 {code}，用于签署《{title}》，{minutes} 分钟内有效。请勿告诉他人。"
OTP_TTL_SECONDS = 600
MAX_OTP_ATTEMPTS = 5
MAX_OTP_SENDS = 5  # a fresh code resets the attempts, so codes themselves are limited too
_TITLES = {"authorisation_letter": "个人信用信息查询及报送授权书", "loan_contract": "汽车消费贷款合同"}


class SigningEvent(BaseModel):
    """One document one buyer is asked to sign, as the provider tracks it."""

    event_id: str
    application_id: str
    kind: str
    document_sha256: str
    status: Literal["pending", "signed", "locked"] = "pending"
    signed_sha256: str | None = None
    signer_certificate_pem: str | None = None
    created_at: datetime
    signed_at: datetime | None = None


class SigningRefused(Exception):
    """The provider's signing step said no (wrong or expired OTP, locked, unknown event)."""

    def __init__(self, message: str, *, attempts_left: int = 0) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left


class EsignProvider(Protocol):
    """What our activities and API need from an e-sign platform."""

    def create_event(
        self, *, application_id: str, kind: str, document: bytes, phone: str, idempotency_key: str
    ) -> SigningEvent:
        """Registers the exact PDF to be signed by the holder of `phone`; the same key, the same event."""
        ...

    def find_event(self, *, application_id: str, kind: str, document_sha256: str) -> SigningEvent | None: ...

    def signed_document(self, event_id: str) -> bytes | None:
        """The PAdES-signed PDF once the buyer signed, else None."""
        ...

    def trust_roots_pem(self) -> list[bytes]:
        """The roots the provider's certificates chain to, used when Settings names none."""
        ...

    def forget_application(self, application_id: str) -> int:
        """Asks the platform to delete what it holds of an application (the documents it was given,
        the signed PDFs, the signer's phone): the erasure request a lender sends its processors
        (PIPL art. 47 and 21). Returns how many signing events were deleted."""
        ...


class TimestampAuthority(Protocol):
    def timestamper(self) -> TimeStamper:
        """A pyHanko TimeStamper (RFC 3161) for signatures and document timestamps."""
        ...

    def trust_roots_pem(self) -> list[bytes]: ...


def event_id_for(application_id: str, kind: str, document_sha256: str) -> str:
    """Letters only (hex digits shifted to g-p): a run of digits in an id could look like a phone
    number to the audit trail's PII guard."""
    digest = hashlib.sha256(f"{application_id}|{kind}|{document_sha256}".encode()).hexdigest()
    return "esig-" + digest[:24].translate(LETTERS_ONLY)


class SandboxTsa:
    """pyHanko's in-process test TSA, holding the sandbox PKI's TSA certificate."""

    def __init__(self, pki_dir: Path) -> None:
        self.pki_dir = pki_dir

    @cached_property
    def pki(self) -> SandboxPki:
        from precredit.contracts.pki import SandboxPki

        return SandboxPki.load_or_create(self.pki_dir)

    def timestamper(self) -> TimeStamper:
        from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        certs = list(load_certs_from_pemder_data(self.pki.tsa.cert_pem))
        return DummyTimeStamper(
            tsa_cert=certs[0],
            tsa_key=load_private_key_from_pemder_data(self.pki.tsa.key_pem, passphrase=None),
            certs_to_embed=SimpleCertificateStore.from_certs(certs),  # type: ignore[no-untyped-call]  # pyhanko-certvalidator: unannotated
        )

    def trust_roots_pem(self) -> list[bytes]:
        return [self.pki.root.cert_pem]


class SandboxEsign:
    """The sandbox e-sign platform: events as JSON files, the documents it was given, an OTP by SMS
    (into the sandbox outbox), and a per-event certificate from the sandbox PKI's e-sign CA."""

    PROVIDER = "esign"

    def __init__(self, state_dir: Path, pki_dir: Path, outbox: SandboxOutbox, faults: FaultInjector) -> None:
        self.root = state_dir / "esign-provider"
        self.tsa = SandboxTsa(pki_dir)
        self.outbox = outbox
        self._faults = faults

    def create_event(
        self, *, application_id: str, kind: str, document: bytes, phone: str, idempotency_key: str
    ) -> SigningEvent:
        self._faults.before_call(self.PROVIDER, idempotency_key)
        sha = hashlib.sha256(document).hexdigest()
        event_id = event_id_for(application_id, kind, sha)
        with self._locked(event_id):
            existing = self._load(event_id)
            if existing is not None:
                return SigningEvent.model_validate(existing["event"])
            event = SigningEvent(
                event_id=event_id,
                application_id=application_id,
                kind=kind,
                document_sha256=sha,
                created_at=datetime.now(UTC),
            )
            self._path(event_id, "pdf").write_bytes(document)
            self._save(event_id, {"event": event.model_dump(mode="json"), "phone": phone, "otp": None})
            return event

    def find_event(self, *, application_id: str, kind: str, document_sha256: str) -> SigningEvent | None:
        found = self._load(event_id_for(application_id, kind, document_sha256))
        return SigningEvent.model_validate(found["event"]) if found else None

    def event(self, event_id: str) -> SigningEvent | None:
        found = self._load(event_id)
        return SigningEvent.model_validate(found["event"]) if found else None

    def document(self, event_id: str) -> bytes:
        path = self._path(event_id, "pdf")
        if not path.exists():
            raise SigningRefused("unknown signing event")
        return path.read_bytes()

    def send_otp(self, event_id: str) -> str:
        """The provider texts a fresh one-time code to the phone it was given; returns it masked."""
        from precredit.security.masking import mask_phone

        with self._locked(event_id):
            state = self._require(event_id)
            if state["event"]["status"] != "pending":
                raise SigningRefused(f"event is {state['event']['status']}")
            sends = int(state.get("otp_sends", 0)) + 1
            if sends > MAX_OTP_SENDS:
                state["event"]["status"] = "locked"
                self._save(event_id, state)
                raise SigningRefused("too many codes requested; ask for a new signing task")
            code = f"{secrets.randbelow(1_000_000):06d}"
            state["otp_sends"] = sends
            state["otp"] = {
                "hash": self._otp_hash(event_id, code),
                "sent_at": datetime.now(UTC).timestamp(),
                "attempts": 0,
            }
            self._save(event_id, state)
            text = OTP_TEXT.format(
                code=code,
                title=_TITLES.get(state["event"]["kind"], "电子文件"),
                minutes=OTP_TTL_SECONDS // 60,
            )
            self.outbox.record_sms(
                state["phone"],
                text,
                purpose=OTP_PURPOSE,
                idempotency_key=f"{event_id}:{secrets.token_hex(8)}",
            )
            return mask_phone(state["phone"])

    def sign(self, event_id: str, otp: str) -> SigningEvent:
        """The signing step: the OTP proves the phone's holder; the provider signs with a key that
        exists only for this event and is forgotten once the PDF is signed."""
        from precredit.contracts import pades

        with self._locked(event_id):
            state = self._require(event_id)
            event = SigningEvent.model_validate(state["event"])
            if event.status == "signed":
                return event
            if event.status == "locked":
                raise SigningRefused("too many wrong codes; ask for a new signing task")
            otp_state = state.get("otp")
            if not otp_state or datetime.now(UTC).timestamp() - otp_state["sent_at"] > OTP_TTL_SECONDS:
                raise SigningRefused("no valid code: request one first", attempts_left=MAX_OTP_ATTEMPTS)
            if not hmac.compare_digest(otp_state["hash"], self._otp_hash(event_id, otp)):
                otp_state["attempts"] += 1
                left = MAX_OTP_ATTEMPTS - otp_state["attempts"]
                if left <= 0:
                    state["event"]["status"] = "locked"
                self._save(event_id, state)
                raise SigningRefused("wrong code", attempts_left=max(left, 0))
            pki = self.tsa.pki
            credential = pki.issue_event_certificate(event_id)
            signed = pades.sign_field(
                self.document(event_id),
                field_name="BuyerSignature",
                material=pades.SigningMaterial(
                    key_pem=credential.key_pem,
                    cert_pem=credential.cert_pem,
                    chain_pem=[pki.esign_ca.cert_pem],
                    trust_roots_pem=[pki.root.cert_pem],
                    crls_der=pki.crls_der(),
                ),
                timestamper=self.tsa.timestamper(),
                reason="本人已阅读并同意 / read and agreed",
                name=event_id,
                lta=True,
            )
            del credential  # the event's key is never stored
            self._path(event_id, "signed.pdf").write_bytes(signed)
            event = event.model_copy(
                update={
                    "status": "signed",
                    "signed_sha256": hashlib.sha256(signed).hexdigest(),
                    "signed_at": datetime.now(UTC),
                }
            )
            state["event"], state["otp"] = event.model_dump(mode="json"), None
            self._save(event_id, state)
            return event

    def signed_document(self, event_id: str) -> bytes | None:
        self._faults.before_call(self.PROVIDER, f"fetch:{event_id}")
        path = self._path(event_id, "signed.pdf")
        return path.read_bytes() if path.exists() else None

    def trust_roots_pem(self) -> list[bytes]:
        return self.tsa.trust_roots_pem()

    def forget_application(self, application_id: str) -> int:
        if not self.root.exists():
            return 0
        forgotten = 0
        for state_file in sorted(self.root.glob("esig-*.json")):
            event_id = state_file.stem
            with self._locked(event_id):
                state = self._load(event_id)
                if state is None or state["event"].get("application_id") != application_id:
                    continue
                for path in self.root.glob(f"{event_id}.*"):
                    path.unlink(missing_ok=True)
                forgotten += 1
        return forgotten

    def _otp_hash(self, event_id: str, code: str) -> str:
        return hashlib.sha256(f"{event_id}|{code}".encode()).hexdigest()

    def _path(self, event_id: str, suffix: str) -> Path:
        if not event_id.startswith("esig-") or not event_id[5:].isalnum():
            raise SigningRefused("malformed signing event id")
        return self.root / f"{event_id}.{suffix}"

    def _load(self, event_id: str) -> dict[str, Any] | None:
        path = self._path(event_id, "json")
        return json.loads(path.read_text()) if path.exists() else None

    def _require(self, event_id: str) -> dict[str, Any]:
        state = self._load(event_id)
        if state is None:
            raise SigningRefused("unknown signing event")
        return state

    def _save(self, event_id: str, state: dict[str, Any]) -> None:
        path = self._path(event_id, "json")
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(state))
        tmp.replace(path)

    @contextmanager
    def _locked(self, event_id: str) -> Iterator[None]:
        """One signing step per event at a time, across the API's and workers' processes."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self._path(event_id, "lock"), "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def pki_dir(sandbox_state_dir: Path) -> Path:
    return sandbox_state_dir / "pki"


def sandbox_provider(ctx: ProviderContext) -> SandboxEsign:
    """Provider factory (Settings.providers.esign)."""
    state = ctx.settings.sandbox_state_dir
    return SandboxEsign(state, pki_dir(state), ctx.sandbox().outbox, ctx.sandbox_faults())


def sandbox_tsa(ctx: ProviderContext) -> SandboxTsa:
    """Provider factory (Settings.providers.tsa)."""
    return SandboxTsa(pki_dir(ctx.settings.sandbox_state_dir))


__all__ = [
    "EsignProvider",
    "SandboxEsign",
    "SandboxTsa",
    "SigningEvent",
    "SigningRefused",
    "TimestampAuthority",
]
