"""Simulated buyer, underwriter and dealer, acting through the same client a frontend uses.

The buyer reads its SMS from the sandbox outbox and signs with the key on its sandbox "device";
nothing here reaches into the workflow's internals.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass, field

from temporalio.client import WorkflowExecutionStatus, WorkflowUpdateFailedError
from temporalio.service import RPCError

from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.integrations.messaging import SandboxOutbox
from precredit.models.application import LoanDocuments
from precredit.models.decisions import Reason, Status
from precredit.models.messages import (
    DocumentsUpload,
    PickupRedemption,
    ReviewRequest,
    SignatureInput,
    StatusView,
    UnderwriterDecision,
)


@dataclass
class Behaviour:
    """How the simulated people act on one application."""

    signs_contract: bool = True
    late_documents: LoanDocuments | None = None
    underwriter_rejects_on: tuple[str, ...] = (Reason.DOCUMENT_MISMATCH,)
    wrong_sms_first: bool = False
    requests_review: bool = False


@dataclass
class Trace:
    actions: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)


def device_key(settings: Settings, application_id: str) -> bytes:
    path = settings.sandbox_state_dir / "esign" / "devices" / f"{application_id}.json"
    return str(json.loads(path.read_text())["key_pem"]).encode()


class Simulator:
    def __init__(self, client: PreCreditClient, settings: Settings, *, poll: float = 0.25) -> None:
        self.client, self.settings, self.poll = client, settings, poll
        self.documents = DocumentStore.for_settings(settings)
        # The buyer's phone: opened once, read on every poll that waits for an SMS.
        self.outbox = SandboxOutbox(settings.sandbox_state_dir)

    async def drive(self, application_id: str, phone: str, dealer_id: str, behaviour: Behaviour) -> Trace:
        """Acts on whatever the application waits for until it ends."""
        trace = Trace()
        done: set[tuple[str, str]] = set()
        while True:
            view = await self.client.status(application_id)
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
            acted = await self._act(application_id, phone, dealer_id, view, behaviour, trace)
            if acted:
                done.add(key)
            else:
                await asyncio.sleep(self.poll)

    async def _act(
        self, app_id: str, phone: str, dealer_id: str, view: StatusView, b: Behaviour, trace: Trace
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
                from precredit.security.signing import sign

                data = self.documents.get(f"doc://{digest}")
                signature = sign(data, device_key(self.settings, app_id))
                sig = SignatureInput(document_sha256=digest, signature_b64=signature)
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
            if what == "review_request":
                if b.requests_review:
                    ack = await self.client.request_review(
                        app_id, ReviewRequest(reason="my income has risen")
                    )
                    trace.actions.append(f"review_request:{ack.accepted}")
                    return ack.accepted
                return True
            if what == "underwriter":
                pending = view.decisions[-1] if view.decisions else None
                reasons = set(pending.reason_codes) if pending else set()
                reject = bool(reasons & set(b.underwriter_rejects_on))
                await self.client.underwriter_decision(
                    app_id,
                    UnderwriterDecision(
                        underwriter_id="uw-sim",
                        decision="reject" if reject else "approve",
                        reason="documents do not match" if reject else "grey zone reviewed, acceptable",
                    ),
                )
                trace.actions.append(f"underwriter:{'reject' if reject else 'approve'}")
                return True
            if what == "pickup":
                pickup_sms = self.outbox.latest(phone, "pickup_code")
                match = re.search(
                    r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])", pickup_sms.text if pickup_sms else ""
                )
                if not match:
                    return False
                ack = await self.client.redeem_pickup(
                    app_id, PickupRedemption(dealer_id=dealer_id, code=match.group(1))
                )
                trace.actions.append(f"pickup:{ack.accepted}")
                return ack.accepted
        except (WorkflowUpdateFailedError, RPCError) as exc:
            # The wait may have ended between our query and our action; look again.
            trace.actions.append(f"{what}:retry({type(exc).__name__})")
            return False
        return False
