"""The TSA is a provider too: configured to an RFC 3161 server over HTTP (pyHanko's test TSA served
on loopback here, under its own CA), the lender's seal carries that server's timestamp, which
validates only when its root is among the trust roots."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import tsp
from temporalio.testing import ActivityEnvironment

from precredit.activities.deps import Dependencies
from precredit.activities.signing import SigningActivities
from precredit.config import Settings
from precredit.contracts import pades
from precredit.contracts.pki import SandboxPki
from precredit.integrations.base import FaultInjector
from precredit.integrations.esign import SandboxTsa
from precredit.integrations.tsa_http import HttpTsa
from precredit.models.activities import SigningRequest
from precredit.policy.loan import make_offer
from precredit.workflows import texts
from tests import factories


@dataclass
class TsaServer:
    url: str
    root: Path
    requests: list[int]
    crls: list[Path]


@pytest.fixture
def tsa_server(tmp_path: Path) -> Iterator[TsaServer]:
    other = SandboxTsa(tmp_path / "tsa-pki")  # a CA of its own, not the sandbox's
    stamper = other.timestamper()
    seen: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(len(body))
            if self.headers.get("Content-Type") != "application/timestamp-query":
                self.send_response(415)
                self.end_headers()
                return
            answer = asyncio.run(stamper.async_request_tsa_response(tsp.TimeStampReq.load(body))).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield TsaServer(
        f"http://127.0.0.1:{server.server_address[1]}/tsr",
        other.pki.root_pem_path,
        seen,
        other.pki.crl_paths(),
    )
    server.shutdown()
    server.server_close()


def test_lender_seal_timestamped_by_a_configured_http_tsa(tmp_path: Path, tsa_server: TsaServer) -> None:
    settings = Settings(
        data_dir=tmp_path / "var",
        providers={
            "tsa": "precredit.integrations.tsa_http:from_context",
            "options": {"tsa": {"url": tsa_server.url, "trust_roots": [str(tsa_server.root)]}},
        },
        signing={"crl_files": tsa_server.crls},  # the TSA's revocation data, embedded with the seal
    )
    deps = Dependencies.from_settings(settings, faults=FaultInjector.none())
    assert isinstance(deps.providers.tsa, HttpTsa)
    signing = SigningActivities(deps)
    req = factories.request()
    offer = make_offer(
        applicant=req.applicant, loan=req.loan, vehicle=req.vehicle, annual_rate=Decimal("0.06")
    )
    doc = ActivityEnvironment().run(
        signing.prepare_signing_document,
        SigningRequest(
            application_id=req.application_id,
            kind="loan_contract",
            title=texts.CONTRACT_TITLE,
            terms=texts.document_terms(req, date(2026, 5, 4), lender="L", offer=offer),
            lender_seal=True,
        ),
    )
    assert tsa_server.requests  # the seal's timestamp came over HTTP
    sealed = deps.documents.get(doc.document_ref)
    sandbox_root = SandboxPki.load_or_create(settings.sandbox_state_dir / "pki").root.cert_pem
    with_tsa = pades.validate(sealed, trust_roots_pem=signing.trust_roots())
    assert tsa_server.root.read_bytes() in signing.trust_roots() and sandbox_root in signing.trust_roots()
    seal = with_tsa.by_field("LenderSeal")
    assert seal is not None and seal.ok, seal
    without = pades.validate(sealed, trust_roots_pem=[sandbox_root]).by_field("LenderSeal")
    assert without is not None and without.trusted and not without.timestamp_valid
