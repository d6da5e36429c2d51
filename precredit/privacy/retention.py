"""Retention of closed applications: Temporal deletes closed histories after the namespace's
retention; the database purge deletes a closed application's rows after `retention.database_days`
and erases an applicant who has nothing left (their key goes, as in an erase).

Kept past retention: the audit trail (append-only, names no person) and the disbursement ledger,
and nothing of an application whose loan is still in repayment.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from google.protobuf.duration_pb2 import Duration
from sqlalchemy import delete
from sqlmodel import Session, col, select
from temporalio.api.namespace.v1 import NamespaceConfig
from temporalio.api.workflowservice.v1 import UpdateNamespaceRequest
from temporalio.client import Client

from precredit.db.funding import RepaymentLoanRow
from precredit.db.keys import WorkflowSubject
from precredit.db.signing import SigningPreparationRow
from precredit.db.tables import (
    ApplicantRow,
    ApplicationRow,
    DecisionRow,
    DocumentFieldsRow,
    PickupCodeRow,
    SmsChallengeRow,
)
from precredit.privacy.context import PrivacyContext

CLOSED = ("COMPLETED", "DECLINED", "EXPIRED", "CANCELLED", "FAILED")


async def apply_namespace_retention(client: Client, *, namespace: str, days: int) -> None:
    """Sets how long Temporal keeps a closed workflow's history (the dev server and clusters alike)."""
    await client.workflow_service.update_namespace(
        UpdateNamespaceRequest(
            namespace=namespace,
            config=NamespaceConfig(workflow_execution_retention_ttl=Duration(seconds=days * 86400)),
        )
    )


async def namespace_retention_days(client: Client, *, namespace: str) -> float:
    from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest

    desc = await client.workflow_service.describe_namespace(DescribeNamespaceRequest(namespace=namespace))
    return desc.config.workflow_execution_retention_ttl.seconds / 86400


def purge_closed_applications(
    ctx: PrivacyContext, *, days: int, actor: str = "system", now: datetime | None = None
) -> list[str]:
    """Deletes the rows of applications closed for longer than `days`; returns their ids."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    with Session(ctx.engine) as session:
        in_repayment = set(
            session.exec(
                select(RepaymentLoanRow.application_id).where(RepaymentLoanRow.status == "IN_REPAYMENT")
            )
        )
        expired = [
            row
            for row in session.exec(
                select(ApplicationRow).where(
                    col(ApplicationRow.status).in_(CLOSED), col(ApplicationRow.updated_at) < cutoff
                )
            )
            if row.application_id not in in_repayment
        ]
        ids = [r.application_id for r in expired]
        applicants = {r.applicant_key for r in expired if r.applicant_key}
        for table in (DocumentFieldsRow, DecisionRow, SmsChallengeRow, PickupCodeRow, SigningPreparationRow):
            session.exec(delete(table).where(col(table.application_id).in_(ids)))
        session.exec(delete(ApplicationRow).where(col(ApplicationRow.application_id).in_(ids)))
        session.commit()
    for applicant_id in sorted(applicants):
        _erase_if_nothing_left(ctx, applicant_id, cutoff=cutoff)
    if ids:
        ctx.audit.append(
            actor=actor,
            action="retention.purged",
            application_id=None,
            detail={"applications": ids, "database_days": days},
        )
    return ids


def _erase_if_nothing_left(ctx: PrivacyContext, applicant_id: str, *, cutoff: datetime) -> None:
    with Session(ctx.engine) as session:
        left = session.exec(
            select(ApplicationRow).where(ApplicationRow.applicant_key == applicant_id)
        ).first()
        # A workflow bound since the cutoff may be starting (no application row yet), or be a card.
        recent = session.exec(
            select(WorkflowSubject).where(
                WorkflowSubject.subject_id == applicant_id, col(WorkflowSubject.created_at) >= cutoff
            )
        ).first()
        if left is not None or recent is not None:
            return
        docs = ctx.subjects.documents_of(applicant_id)
        ctx.subjects.shred(applicant_id)
        for doc in docs:
            ctx.documents.delete_if_owned(f"doc://{doc.digest}", applicant_id)
        person = session.get(ApplicantRow, applicant_id)
        if person is not None:
            person.erased_at = datetime.now(UTC)
            session.add(person)
            session.commit()
