"""Erasure against the embedded stack (real dev server, worker, codec server, API, SQLite, document
store): after `precredit erase`, nothing personal of that applicant can be read through the codec
server, the API, the document store or the database; other applicants are untouched; a running
application of the person is cancelled first; the person can apply again; export covers one person."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from google.protobuf import json_format
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from temporalio.api.common.v1 import Payloads
from temporalio.client import WorkflowQueryFailedError

from precredit.api.history import ApplicationErased, application_record
from precredit.client import PreCreditClient, connect, workflow_id
from precredit.config import Settings
from precredit.db.audit import AuditEvent
from precredit.db.blobs import DocumentErased, DocumentStore
from precredit.db.engine import get_engine
from precredit.db.signing import SigningPreparationRow
from precredit.db.tables import ApplicantRow, DocumentFieldsRow, LedgerRow
from precredit.demo.batch import EXPECTED, Outcome, prepare, run_one
from precredit.integrations.providers import load_provider
from precredit.models.views import VIEW_MEMO_PREFIX
from precredit.security.fields import FieldCipher, SubjectShreddedError
from precredit.security.keys import load_keyring
from precredit.security.subjects import SubjectKeys, applicant_subject
from precredit.security.tokens import first_token
from precredit.stack.embedded import StackInfo
from tests.e2e.conftest import run_cli


async def start_payloads(client: PreCreditClient, application_id: str) -> Payloads:
    """The start event's payloads exactly as the Temporal server stores them (still encrypted)."""
    history = await client.handle(application_id).fetch_history()
    return history.events[0].workflow_execution_started_event_attributes.input


async def view_payloads(client: PreCreditClient, application_id: str) -> Payloads:
    """The status view's memo entries (`PublishedView`) exactly as the Temporal server stores them."""
    description = await client.handle(application_id).describe()
    fields = description.raw_description.workflow_execution_info.memo.fields
    return Payloads(payloads=[fields[k] for k in sorted(fields) if k.startswith(VIEW_MEMO_PREFIX)])


async def codec_decode(info: StackInfo, token: str, payloads: Payloads) -> list[Any]:
    async with httpx.AsyncClient(base_url=str(info.codec_url), timeout=30) as http:
        resp = await http.post(
            "/decode",
            content=json_format.MessageToJson(payloads),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert resp.status_code == 200, resp.text
    decoded = json_format.Parse(resp.text, Payloads())
    # A memo entry the workflow removed (a wait that ended) is kept by the server as a null payload.
    return [
        None if p.metadata.get("encoding") == b"binary/null" else json.loads(p.data) for p in decoded.payloads
    ]


def prepared_for(engine: Engine, application_id: str) -> list[SigningPreparationRow]:
    with Session(engine) as session:
        where = SigningPreparationRow.application_id == application_id
        return list(session.exec(select(SigningPreparationRow).where(where)))


async def test_erase_makes_every_copy_unreadable_and_the_person_can_apply_again(
    stack: StackInfo, stack_settings: Settings
) -> None:
    settings = stack_settings
    client = PreCreditClient(await connect(settings), settings)
    store = DocumentStore.for_settings(settings)
    keyring = load_keyring(settings)
    operator = first_token(settings, "operator")

    # The erased person's first invoice photo was unreadable: the new one they took is theirs too.
    erased_req, erased_bhv = prepare("shaky_invoice", index=0, seed=41, store=store, settings=settings)
    kept_req, kept_bhv = prepare("blacklisted", index=0, seed=41, store=store, settings=settings)
    outcomes = await asyncio.gather(
        run_one(client, settings, erased_req, erased_bhv, Outcome(erased_req.application_id, "shaky_invoice", EXPECTED["shaky_invoice"])),
        run_one(client, settings, kept_req, kept_bhv, Outcome(kept_req.application_id, "blacklisted", EXPECTED["blacklisted"])),
    )  # fmt: skip
    assert all(o.as_expected for o in outcomes), [(o.profile, o.result, o.error) for o in outcomes]
    person = erased_req.applicant
    applicant_id = applicant_subject(keyring, person.id_number)
    engine = get_engine(settings.database)
    subjects = SubjectKeys(engine, keyring)
    docs = subjects.documents_of(applicant_id)
    # Every blob of the application is under the person's key: uploads, bureau report, signed PDFs.
    assert {"id_card_front", "selfie", "credit_report", "authorisation_letter", "loan_contract"} <= {
        d.kind for d in docs
    }
    # The shaken invoice photo and the new one (other tests on this stack may apply as this person).
    invoices = [
        d for d in docs if d.kind == "vehicle_invoice" and d.application_id == erased_req.application_id
    ]
    assert len(invoices) == 2, invoices
    before = await codec_decode(stack, operator, await start_payloads(client, erased_req.application_id))
    assert before[0]["request"]["applicant"]["id_number"] == person.id_number
    # The status view in the memo is stored encrypted under the person's key, like the history.
    view_stored = await view_payloads(client, erased_req.application_id)
    assert len(view_stored.payloads) > 5
    assert {p.metadata["encoding"] for p in view_stored.payloads} == {b"binary/encrypted"}
    view_before = await codec_decode(stack, operator, view_stored)
    assert "COMPLETED" in view_before and erased_req.application_id in view_before
    assert None in view_before  # entries removed later (waits that ended) are kept as nulls, also sealed

    # A second, running application of the same person: erase cancels it first.
    waiting_req, _ = prepare("good", index=0, seed=42, store=store, settings=settings)
    await client.start(waiting_req)

    export = await run_cli(settings, "export-applicant", applicant_id, timeout=180)
    assert export.returncode == 0, export.stderr
    held = json.loads(export.stdout)
    assert held["id_number"] == person.id_number and held["erased"] is False
    app = next(a for a in held["applications"] if a["application_id"] == erased_req.application_id)
    assert app["status"] == "COMPLETED" and app["decisions"] and app["request"]["loan"]
    assert app["document_fields"] and person.name in json.dumps(app["document_fields"], ensure_ascii=False)
    assert all(len(d["digest"]) == 64 and d["readable"] for d in held["documents"])
    assert any(e["action"].startswith("decision.") for e in held["audit"])

    esign = load_provider(settings, "esign")  # the stack's sandbox e-sign platform

    def provider_events(application_id: str) -> list[str]:
        """What the e-sign platform holds of the application: the PDFs it was given and signed."""
        return [p.name for p in esign.root.glob("esig-*.json") if application_id in p.read_text()]

    assert len(provider_events(erased_req.application_id)) == 2  # the letter and the contract
    assert len(prepared_for(engine, erased_req.application_id)) == 2  # one record of each

    erase = await run_cli(settings, "erase", applicant_id, timeout=180)
    assert erase.returncode == 0, erase.stderr
    report = json.loads(erase.stdout)
    assert report["key_destroyed"] is True
    # The processor holding copies of the signed documents was asked to delete them, and did.
    # (Two per signed application of the person: earlier tests on this stack may have run theirs.)
    assert report["signing_events_deleted"] >= 2 and report["provider_errors"] == []
    assert provider_events(erased_req.application_id) == []
    assert not [p for p in esign.root.glob("*") if erased_req.application_id in p.name]
    assert workflow_id(waiting_req.application_id) in report["cancelled"] + report["terminated"]
    assert report["documents_deleted"] >= len(docs) - 1  # a byte-identical blob may be shared

    # Temporal: the codec server answers with the placeholder for the person, plaintext for others.
    after = await codec_decode(stack, operator, await start_payloads(client, erased_req.application_id))
    assert after[0]["precredit_erased"] is True
    assert person.name not in json.dumps(after) and person.id_number not in json.dumps(after)
    other = await codec_decode(stack, operator, await start_payloads(client, kept_req.application_id))
    assert other[0]["request"]["applicant"]["id_number"] == kept_req.applicant.id_number
    view_after = await codec_decode(stack, operator, await view_payloads(client, erased_req.application_id))
    assert len(view_after) == len(view_before)
    assert all(isinstance(v, dict) and v.get("precredit_erased") is True for v in view_after), view_after
    with Session(engine) as session:
        decodes = session.exec(select(AuditEvent).where(AuditEvent.action == "codec.decode")).all()
    assert any(
        e.actor == "operator:ops" and workflow_id(erased_req.application_id) in e.detail for e in decodes
    )

    # Document store: erased blobs are gone or refuse to open; the other applicant's still open.
    for doc in docs:
        ref = f"doc://{doc.digest}"
        if store.exists(ref) and store.owner(ref) != ("global",):
            try:
                store.get(ref)
                raise AssertionError(f"{doc.kind} still readable")
            except DocumentErased:
                pass
    kept_ref = kept_req.identity_documents.selfie
    assert store.get(kept_ref)

    # Database: identity and OCR'd fields no longer decrypt.
    cipher = FieldCipher(engine, keyring)
    with Session(engine) as session:
        row = session.get(ApplicantRow, applicant_id)
        fields = session.exec(
            select(DocumentFieldsRow).where(DocumentFieldsRow.application_id == erased_req.application_id)
        ).all()
    assert row is not None and row.erased_at is not None
    assert prepared_for(engine, erased_req.application_id) == []  # keyed hashes of the signed terms
    for sealed in [row.name_enc, *(f.fields_sealed for f in fields)]:
        try:
            cipher.decrypt_field(applicant_id, sealed)
            raise AssertionError("a sealed column still decrypts")
        except SubjectShreddedError:
            pass

    # API: documents are 410 Gone, evidence keeps the decisions without personal data.
    app_id = erased_req.application_id
    async with httpx.AsyncClient(base_url=str(stack.api_url), timeout=30) as http:
        auth = {"Authorization": f"Bearer {operator}"}
        gone = await http.get(f"/v1/applications/{app_id}/documents/selfie", headers=auth)
        assert gone.status_code == 410, gone.text
        ev = await http.get(f"/v1/applications/{app_id}/evidence", headers=auth)
        assert ev.status_code == 200, ev.text
        evidence = ev.json()
        assert evidence["erased"] is True and evidence["applicant"] is None
        assert evidence["status"]["status"] == "COMPLETED" and evidence["decisions"]
        assert person.name not in ev.text and person.id_number not in ev.text and person.phone not in ev.text
        kept_ev = await http.get(f"/v1/applications/{kept_req.application_id}/evidence", headers=auth)
        assert kept_ev.status_code == 200 and kept_ev.json()["erased"] is False
        api_export = await http.get(f"/v1/applicants/{applicant_id}/export", headers=auth)
        assert api_export.status_code == 200, api_export.text
        assert api_export.json()["erased"] is True and api_export.json()["id_number"] is None
        assert person.id_number not in api_export.text
    waiting = await client.handle(waiting_req.application_id).describe()
    assert waiting.status is not None and waiting.status.name in ("CANCELED", "TERMINATED", "COMPLETED")

    # The status view (read from the memo) fails at once, saying why, and the worker carries on
    # (the next application below runs to its end on the same worker).
    with pytest.raises(WorkflowQueryFailedError, match="erased"):
        await asyncio.wait_for(client.status(app_id), timeout=60)
    with pytest.raises(ApplicationErased):  # what the dealer and card routes read (410 there)
        await application_record(client, app_id)

    # The erased person applies again with the same documents: a new customer, to the end.
    again_req, again_bhv = prepare("good", index=0, seed=41, store=store, settings=settings)
    again = await run_one(
        client, settings, again_req, again_bhv, Outcome(again_req.application_id, "good", EXPECTED["good"])
    )
    assert again.as_expected, (again.result, again.error)  # fmt: skip
    still = await codec_decode(stack, operator, await start_payloads(client, erased_req.application_id))
    assert still[0]["precredit_erased"] is True  # the new key does not open the old history

    verify = await run_cli(settings, "audit", "verify", timeout=180)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    unknown = await run_cli(settings, "export-applicant", "0" * 64, timeout=180)
    assert unknown.returncode != 0 and len(unknown.stderr.strip().splitlines()) == 1
    assert "no applicant" in unknown.stderr


async def test_erase_is_refused_while_money_is_in_flight(stack: StackInfo, stack_settings: Settings) -> None:
    """A running application with a disbursement under way: the erase answers 409 with the reason,
    destroys nothing and leaves the application running; once the payment is settled elsewhere
    (here: its ledger row removed), the same erase cancels the application and goes through."""
    settings = stack_settings
    client = PreCreditClient(await connect(settings), settings)
    store = DocumentStore.for_settings(settings)
    keyring = load_keyring(settings)
    req, _ = prepare("grey_zone", index=1, seed=43, store=store, settings=settings)
    await client.start(req)  # waits for the buyer's SMS code: nobody answers
    applicant_id = applicant_subject(keyring, req.applicant.id_number)
    engine = get_engine(settings.database)
    now = datetime.now(UTC)
    with Session(engine) as session:
        session.add(
            LedgerRow(
                idempotency_key=f"pay-{req.application_id}", application_id=req.application_id,
                dealer_id=req.vehicle.dealer_id, amount=req.loan.amount, status="SENT",
                created_at=now, updated_at=now,
            )
        )  # fmt: skip
        session.commit()
    auth = {"Authorization": f"Bearer {first_token(settings, 'operator')}"}
    async with httpx.AsyncClient(base_url=str(stack.api_url), timeout=120) as http:
        refused = await http.post(f"/v1/applicants/{applicant_id}/erase", headers=auth)
        assert refused.status_code == 409, refused.text
        assert refused.json()["error"] == "erase_refused" and "in flight" in refused.json()["reason"]
        assert SubjectKeys(engine, keyring).status(applicant_id).has_key
        status = (await client.handle(req.application_id).describe()).status
        assert status is not None and status.name == "RUNNING"

        with Session(engine) as session:
            session.delete(session.get(LedgerRow, f"pay-{req.application_id}"))
            session.commit()
        erased = await http.post(f"/v1/applicants/{applicant_id}/erase", headers=auth)
        assert erased.status_code == 200, erased.text
        assert erased.json()["cancelled"] == [workflow_id(req.application_id)]
    assert not SubjectKeys(engine, keyring).status(applicant_id).has_key
    status = (await client.handle(req.application_id).describe()).status
    assert status is not None and status.name != "RUNNING"
