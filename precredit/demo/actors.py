"""Simulated buyer, underwriter and dealer, acting through the same client a frontend uses.

The buyer reads its SMS from the sandbox outbox and signs at the sandbox e-sign provider (asks it
for an OTP, reads the OTP off the outbox, enters it at the provider's signing step); nothing here
reaches into the workflow's internals, and no signing key ever passes through our side.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from dataclasses import dataclass, field

from temporalio.client import WorkflowExecutionStatus, WorkflowUpdateFailedError
from temporalio.service import RPCError

from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.integrations.esign import SandboxEsign
from precredit.integrations.messaging import SandboxOutbox
from precredit.integrations.providers import load_provider
from precredit.models.application import IdCardPhotos, LoanDocuments
from precredit.models.decisions import Reason, Status
from precredit.models.messages import (
    DocumentsUpload,
    PickupRedemption,
    ReviewRequest,
    SignatureInput,
    StatusView,
    UnderwriterDecision,
)
from precredit.models.proofs import HumanAction
from precredit.security.roles import Role

log = logging.getLogger(__name__)


@dataclass
class Behaviour:
    """How the simulated people act on one application."""

    signs_contract: bool = True
    late_documents: LoanDocuments | None = None
    # Photos taken again (kind -> document ref) when a step could not read the first ones; a
    # document asked for without one here is photographed again from `photos` (its first photo).
    new_photos: dict[str, str] = field(default_factory=dict)
    photos: dict[str, str] = field(default_factory=dict)
    underwriter_rejects_on: tuple[str, ...] = (Reason.DOCUMENT_MISMATCH,)
    wrong_sms_first: bool = False
    requests_review: bool = False


@dataclass
class Trace:
    actions: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    # When each wait was first seen and when it was acted on (seconds since the start): what a
    # report shows of an application whose people were too late.
    log: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.log.append(f"{time.monotonic() - self.started:.1f} s {text}")


def sign_at_provider(esign: SandboxEsign, outbox: SandboxOutbox, phone: str, event_id: str) -> bool:
    """The buyer's part at the e-sign provider: request a code, read it, enter it. Blocking."""
    from precredit.integrations.esign import OTP_PURPOSE, SigningRefused

    event = esign.event(event_id)
    if event is not None and event.status == "signed":
        return True
    try:
        esign.send_otp(event_id)
        sms = outbox.latest(phone, OTP_PURPOSE)
        if sms is None or sms.code is None:
            return False
        return esign.sign(event_id, sms.code).status == "signed"
    except SigningRefused as exc:
        log.warning("signing event %s refused: %s", event_id, exc)
        return False
    except (sqlite3.OperationalError, OSError) as exc:
        # A busy outbox or a slow disk: a person would simply try again, and so does the next poll.
        log.warning("signing event %s: %s; trying again", event_id, exc)
        return False


class Simulator:
    def __init__(self, client: PreCreditClient, settings: Settings, *, poll: float = 0.25) -> None:
        self.client, self.settings, self.poll = client, settings, poll
        self.documents = DocumentStore.for_settings(settings)
        # The buyer's phone: opened once, read on every poll that waits for an SMS.
        self.outbox = SandboxOutbox(settings.sandbox_state_dir)
        self.esign = load_provider(settings, "esign")
        if not isinstance(self.esign, SandboxEsign):
            raise RuntimeError("the simulated buyer signs at the sandbox e-sign provider only")

    async def drive(
        self,
        application_id: str,
        phone: str,
        dealer_id: str,
        behaviour: Behaviour,
        trace: Trace | None = None,
    ) -> Trace:
        """Acts on whatever the application waits for until it ends; `trace` keeps what was done
        (a caller's, so it outlives a drive that fails)."""
        trace = trace or Trace()
        seen: set[tuple[str, str]] = set()
        done: set[tuple[str, str]] = set()
        # Decisions sent per review: a review still open after one approval needs a second
        # underwriter (four eyes on a large loan), who is a different simulated person.
        reviews: dict[tuple[str, str], int] = {}
        # People poll the way the buyer's app does: views up to `status_max_age_seconds` old, so a
        # batch of simulated people does not keep the workers busy replaying histories for queries.
        max_age = self.settings.status_max_age_seconds
        while True:
            view = await self.client.status(application_id, max_age=max_age)
            if view.status != Status.RUNNING and view.waiting_for is None:
                # A decline may still open an appeal window: only a closed workflow is the end.
                described = await self.client.handle(application_id).describe()
                if described.status != WorkflowExecutionStatus.RUNNING:
                    return trace
                await asyncio.sleep(self.poll)
                continue
            waiting = view.waiting_for
            key = (waiting.what, str(waiting.since)) if waiting else ("", "")
            if waiting is None or key in done:
                await asyncio.sleep(self.poll)
                continue
            if key not in seen:
                seen.add(key)
                trace.note(f"waiting for {key[0]}")
            seq = reviews.get(key, 0)
            acted = await self._act(application_id, phone, dealer_id, view, behaviour, trace, seq=seq)
            if acted:
                trace.note(f"acted on {key[0]}")
            if acted and waiting.what == "underwriter" and seq == 0:
                reviews[key] = 1  # looked at again after a while: still open means a second is needed
                await asyncio.sleep(max(self.poll, 1.0))
            elif acted:
                done.add(key)
            else:
                await asyncio.sleep(self.poll)

    def _photograph_again(self, ref: str, seed: str) -> str:
        """Another photo of the same paper (a new file in the document store)."""
        from precredit.integrations.generators.applications import photograph_again

        return self.documents.put(photograph_again(self.documents.get(ref), seed))

    async def _act(
        self,
        app_id: str,
        phone: str,
        dealer_id: str,
        view: StatusView,
        b: Behaviour,
        trace: Trace,
        *,
        seq: int = 0,
    ) -> bool:
        assert view.waiting_for is not None
        what = view.waiting_for.what
        try:
            if what == "sms_code":
                sms = self.outbox.latest(phone, "credit_authorisation")
                if sms is None or sms.code is None:
                    return False
                if b.wrong_sms_first:
                    wrong = f"{(int(sms.code) + 1) % 1_000_000:06d}"
                    await self.client.submit_sms_code(app_id, wrong)
                ack = await self.client.submit_sms_code(app_id, sms.code)
                trace.actions.append(f"sms:{ack.accepted}")
                return ack.accepted
            if what in ("authorisation_signature", "contract_signature"):
                kind = "authorisation_letter" if what == "authorisation_signature" else "loan_contract"
                if kind == "loan_contract" and not b.signs_contract:
                    trace.actions.append("contract:ignored")
                    return True
                digest = view.signing_documents.get(kind)
                if not digest:
                    return False
                event = self.esign.find_event(application_id=app_id, kind=kind, document_sha256=digest)
                if event is None:
                    return False
                signed = await asyncio.to_thread(
                    sign_at_provider, self.esign, self.outbox, phone, event.event_id
                )
                if not signed:
                    return False
                sig = SignatureInput(document_sha256=digest, signing_event_id=event.event_id)
                if kind == "authorisation_letter":
                    ack = await self.client.sign_authorisation(app_id, sig)
                else:
                    ack = await self.client.sign_contract(app_id, sig)
                trace.actions.append(f"{kind}:{ack.accepted}")
                return ack.accepted
            if what == "documents":
                if b.late_documents is None:
                    return True
                ack = await self.client.upload_documents(app_id, DocumentsUpload(documents=b.late_documents))
                trace.actions.append(f"documents:{ack.accepted}")
                return ack.accepted
            if what == "documents_reupload":
                asked = set(view.waiting_for.detail)  # the documents asked for
                retaken = {k: v for k, v in b.new_photos.items() if k in asked}
                for kind in sorted(asked - set(retaken)):
                    if kind in b.photos:
                        seed = f"{app_id}:{view.waiting_for.since.isoformat()}:{kind}"
                        retaken[kind] = await asyncio.to_thread(self._photograph_again, b.photos[kind], seed)
                if not retaken:
                    return True  # this buyer takes no new photo; an underwriter will read it
                id_sides = set(IdCardPhotos.model_fields)
                upload = DocumentsUpload(
                    documents=LoanDocuments(**{k: v for k, v in retaken.items() if k not in id_sides}),
                    id_card=IdCardPhotos(**{k: v for k, v in retaken.items() if k in id_sides}),
                )
                ack = await self.client.upload_documents(app_id, upload)
                trace.actions.append(f"documents_reupload:{ack.accepted}")
                return ack.accepted
            if what == "review_request":
                if b.requests_review:
                    proof = self.client.proof(
                        subject=app_id,
                        role=Role.APPLICANT,
                        action=HumanAction.REVIEW_REQUEST,
                        object_id=app_id,
                    )
                    ack = await self.client.request_review(
                        app_id, ReviewRequest(reason="my income has risen", proof=proof)
                    )
                    trace.actions.append(f"review_request:{ack.accepted}")
                    return ack.accepted
                return True
            if what == "underwriter":
                pending = view.decisions[-1] if view.decisions else None
                reasons = set(pending.reason_codes) if pending else set()
                reject = bool(reasons & set(b.underwriter_rejects_on))
                verdict = "reject" if reject else "approve"
                underwriter = "uw-sim" if seq == 0 else f"uw-sim-{seq + 1}"
                await self.client.underwriter_decision(
                    app_id,
                    UnderwriterDecision(
                        underwriter_id=underwriter,
                        decision=verdict,
                        reason="documents do not match" if reject else "grey zone reviewed, acceptable",
                        proof=self.client.proof(
                            subject=underwriter,
                            role=Role.UNDERWRITER,
                            action=HumanAction.UNDERWRITER_DECISION,
                            object_id=app_id,
                            decision=verdict,
                        ),
                    ),
                )
                trace.actions.append(f"underwriter:{verdict}:{underwriter}")
                return True
            if what == "pickup":
                pickup_sms = self.outbox.latest(phone, "pickup_code")
                match = re.search(
                    r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])", pickup_sms.text if pickup_sms else ""
                )
                if not match:
                    return False
                proof = self.client.proof(
                    subject=dealer_id, role=Role.DEALER, action=HumanAction.PICKUP_REDEEM, object_id=app_id
                )
                ack = await self.client.redeem_pickup(
                    app_id, PickupRedemption(dealer_id=dealer_id, code=match.group(1), proof=proof)
                )
                trace.actions.append(f"pickup:{ack.accepted}")
                return ack.accepted
        except (WorkflowUpdateFailedError, RPCError) as exc:
            # The wait may have ended between our query and our action; look again.
            trace.actions.append(f"{what}:retry({type(exc).__name__})")
            return False
        return False
