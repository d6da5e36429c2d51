"""Erasing one person (PIPL art. 47): cancel what still runs, then destroy their data key.

Everything personal of an applicant rests under one data key (`precredit.security.subjects`):
the database columns, the document store blobs and the payloads of their workflows in Temporal.
Erasure destroys that key, so every copy becomes unreadable at once, including the copies in
Temporal's replicated history and in backups that nobody can edit. Blobs are deleted as well.

What is kept, because the lender must keep it and it names no person: the application rows
(status, step, dealer, risk band, the offer's figures), the decisions with reason codes, model
versions and explanations, the disbursement ledger (amount, dealer, channel, payment id), the
audit trail, and the SHA-256 of each signed document (in the audit trail), which proves the
contract the buyer holds without the lender holding their name.

A running application is cancelled first, through the workflow's own `cancel` update, whose
validator refuses while money is being or has been paid out: then the erase is refused with that
reason and nothing is destroyed.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, SQLModel, col, select
from temporalio.client import WorkflowExecutionStatus, WorkflowUpdateFailedError
from temporalio.service import RPCError, RPCStatusCode

from precredit.client import PreCreditClient
from precredit.db.api_state import ApplicantTokenRow, ApplicationRequestRow, ensure_tables
from precredit.db.blobs import DocumentStore
from precredit.db.funding import BankCardRow
from precredit.db.signing import SigningPreparationRow
from precredit.db.tables import ApplicantRow, ApplicationRow, LedgerRow
from precredit.integrations.esign import EsignProvider
from precredit.models.messages import CancelRequest
from precredit.models.proofs import HumanAction
from precredit.privacy import UnknownApplicant
from precredit.security.audit import AuditTrail
from precredit.security.customers import card_subject
from precredit.security.roles import Role
from precredit.security.subjects import SubjectKeys

CANCEL_WAIT = timedelta(seconds=60)
_MONEY_MOVING = ("PENDING", "SENT")


class ErasureRefused(RuntimeError):
    """Erasing now would break what the law or the money requires; the message says why."""


@dataclass
class ErasureReport:
    applicant_id: str
    erased_at: datetime
    key_destroyed: bool
    workflows: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    terminated: list[str] = field(default_factory=list)
    documents_deleted: int = 0
    card_users_erased: list[str] = field(default_factory=list)
    signing_events_deleted: int = 0
    """Signing events the e-sign provider deleted at our request (its copies of the documents)."""
    provider_errors: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


@dataclass
class Eraser:
    subjects: SubjectKeys
    documents: DocumentStore
    audit: AuditTrail
    client: PreCreditClient
    esign: EsignProvider | None = None
    """The e-sign platform holds the documents it was given to sign: asked to delete them too."""

    async def erase(self, applicant_id: str, *, operator: str) -> ErasureReport:
        workflows = await asyncio.to_thread(self._workflows, applicant_id)
        if not workflows and not await asyncio.to_thread(self._known, applicant_id):
            raise UnknownApplicant(f"no applicant {applicant_id}")
        running = [wf for wf in workflows if await self._running(wf)]
        await asyncio.to_thread(self._refuse_if_money_moves, running)
        report = ErasureReport(applicant_id=applicant_id, erased_at=datetime.now(UTC), key_destroyed=False)
        report.workflows = workflows
        for wf in running:
            await self._stop(wf, report, operator=operator)
        await asyncio.to_thread(self._destroy, applicant_id, report)
        destroyed = time.monotonic()
        await asyncio.to_thread(self._forget_at_providers, report)
        await asyncio.to_thread(
            self.audit.append,
            actor=f"operator:{operator}",
            action="admin.erase",
            application_id=None,
            detail={
                "applicant": applicant_id,
                "workflows": len(workflows),
                "cancelled": len(report.cancelled),
                "terminated": len(report.terminated),
                "documents_deleted": report.documents_deleted,
                "signing_events_deleted": report.signing_events_deleted,
                "provider_errors": len(report.provider_errors),
            },
        )
        await self._outlast_cached_keys(destroyed)
        return report

    async def _outlast_cached_keys(self, destroyed: float) -> None:
        """Workers and clients keep an unwrapped key up to `key_cache_seconds` after they read it
        (`SubjectKeys.key`): a copy read just before the destruction still opens the person's
        payloads that long, in another process this one cannot reach. The erase reports done only
        once every such copy has lapsed, so from then on nothing anywhere decrypts them (the e2e
        erasure test, run alone: a client that had started the person's second application under
        2 s before still read the first one's status after the erase)."""
        left = destroyed + self.client.settings.key_cache_seconds - time.monotonic()
        if left > 0:
            await asyncio.sleep(left)

    def _known(self, applicant_id: str) -> bool:
        with Session(self.subjects.engine) as session:
            return session.get(ApplicantRow, applicant_id) is not None

    def _workflows(self, applicant_id: str) -> list[str]:
        """Bound by the client at start; applications recorded before binding existed come from
        the application table."""
        ids = [w.workflow_id for w in self.subjects.workflows_of(applicant_id)]
        with Session(self.subjects.engine) as session:
            rows = session.exec(select(ApplicationRow).where(ApplicationRow.applicant_key == applicant_id))
            ids += [r.workflow_id for r in rows if r.workflow_id not in ids]
        return ids

    async def _running(self, workflow_id: str) -> bool:
        try:
            desc = await self.client.client.get_workflow_handle(workflow_id).describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:  # never started, or past retention
                return False
            raise
        return desc.status == WorkflowExecutionStatus.RUNNING

    def _refuse_if_money_moves(self, running: list[str]) -> None:
        apps = [wf.removeprefix("precredit-") for wf in running if wf.startswith("precredit-")]
        if not apps:
            return
        with Session(self.subjects.engine) as session:
            rows = session.exec(select(LedgerRow).where(col(LedgerRow.application_id).in_(apps))).all()
        for row in rows:
            state = "in flight" if row.status in _MONEY_MOVING else f"paid out ({row.status})"
            raise ErasureRefused(
                f"application {row.application_id} is still running and its disbursement is {state}; "
                "erase after the pickup or an operator refund closes it"
            )

    async def _stop(self, workflow_id: str, report: ErasureReport, *, operator: str) -> None:
        handle = self.client.client.get_workflow_handle(workflow_id)
        if workflow_id.startswith("precredit-"):
            app_id = workflow_id.removeprefix("precredit-")
            try:
                # The workflow believes a cancel only with a proof of its sender: the erasing operator.
                proof = self.client.proof(
                    subject=operator, role=Role.OPERATOR, action=HumanAction.CANCEL, object_id=app_id
                )
                ack = await self.client.cancel(
                    app_id,
                    CancelRequest(by="operator", reason="the applicant's data is being erased", proof=proof),
                )
            except WorkflowUpdateFailedError as exc:
                raise ErasureRefused(f"application {app_id} cannot be cancelled: {_cause(exc)}") from exc
            if ack.accepted:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(handle.result(), CANCEL_WAIT.total_seconds())
                if not await self._running(workflow_id):
                    report.cancelled.append(workflow_id)
                    return
        # A card workflow (no money in it), or an application that did not wind down in time:
        # terminated server-side, so no worker ever needs to read its payloads again.
        await handle.terminate(reason="applicant erased")
        report.terminated.append(workflow_id)

    def _forget_at_providers(self, report: ErasureReport) -> None:
        """After the key is gone: a provider that fails is reported (the operator retries with a
        second erase), it does not undo an erasure that already happened."""
        if self.esign is None:
            return
        for wf in report.workflows:
            if not wf.startswith("precredit-"):
                continue
            try:
                report.signing_events_deleted += self.esign.forget_application(wf.removeprefix("precredit-"))
            except Exception as exc:  # a third party's failure, whatever its type
                report.provider_errors.append(f"esign: {type(exc).__name__}: {exc}")

    def _destroy(self, applicant_id: str, report: ErasureReport) -> None:
        docs = self.subjects.documents_of(applicant_id)
        for wf in report.workflows:  # API and export then answer "erased" for each of them
            app_id = wf.removeprefix("precredit-") if wf.startswith("precredit-") else ""
            self.subjects.mark_workflow_erased(wf, applicant_id, application_id=app_id)
        report.key_destroyed = self.subjects.shred(applicant_id)
        for doc in docs:
            if self.documents.delete_if_owned(f"doc://{doc.digest}", applicant_id):
                report.documents_deleted += 1
        card_workflows = [wf for wf in report.workflows if wf.startswith("card-")]
        with Session(self.subjects.engine) as session:
            if card_workflows:
                cards = session.exec(
                    select(BankCardRow).where(col(BankCardRow.workflow_id).in_(card_workflows))
                )
                users = sorted({c.user_id for c in cards})
                for user in users:  # card numbers are sealed under the card user's own key
                    self.subjects.shred(card_subject(user))
                report.card_users_erased = users
            row = session.get(ApplicantRow, applicant_id)
            if row is not None:
                row.erased_at = report.erased_at
                session.add(row)
            # The API's tables: the buyer's links and the hashed create requests.
            apps = [wf.removeprefix("precredit-") for wf in report.workflows if wf.startswith("precredit-")]
            ensure_tables(self.subjects.engine)
            table = SQLModel.metadata.tables[SigningPreparationRow.__tablename__]
            SQLModel.metadata.create_all(self.subjects.engine, tables=[table])
            for token in session.exec(
                select(ApplicantTokenRow).where(col(ApplicantTokenRow.application_id).in_(apps))
            ):
                token.revoked_at = token.revoked_at or report.erased_at  # the buyer's links stop working
                session.add(token)
            for request in session.exec(
                select(ApplicationRequestRow).where(col(ApplicationRequestRow.application_id).in_(apps))
            ):
                session.delete(request)  # a keyed hash of the whole request, ID number included
            for prepared in session.exec(
                select(SigningPreparationRow).where(col(SigningPreparationRow.application_id).in_(apps))
            ):
                session.delete(prepared)  # a keyed hash of the signed terms, the buyer's name included
            session.commit()
        report.kept = [
            "application rows: status, step, dealer, risk band, offer figures",
            "decisions: verdicts, reason codes, model versions, explanations",
            "disbursement ledger: amount, dealer, channel, payment id",
            "audit trail, including each signed document's SHA-256",
        ]


def _cause(exc: WorkflowUpdateFailedError) -> str:
    cause = exc.cause
    return str(getattr(cause, "message", None) or cause or exc)
