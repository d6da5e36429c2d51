"""The database copy of each application's progress: status, step, decisions with their models."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.db.tables import ApplicantRow, ApplicationRow, DecisionRow
from precredit.models.activities import ProgressRecord


class RecordActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="record_progress")
    def record_progress(self, rec: ProgressRecord) -> None:
        """Idempotent: a retried call finds the same decision (step, time) and does not add it twice."""
        now = datetime.now(UTC)
        applicant_id = self._applicant(rec, now)
        audits: list[dict[str, object]] = []
        with Session(self.deps.engine) as session:
            row = session.get(ApplicationRow, rec.application_id)
            if row is None:
                row = ApplicationRow(
                    application_id=rec.application_id,
                    workflow_id=rec.workflow_id,
                    dealer_id=rec.dealer_id,
                    applicant_key=applicant_id,
                    status=rec.status,
                    step=rec.step,
                    created_at=now,
                    updated_at=now,
                )
            if row.status != rec.status and rec.status != "RUNNING":
                audits.append(
                    {"actor": "system", "action": f"application.{rec.status.lower()}", "step": rec.step}
                )
            row.status, row.step, row.risk_band, row.updated_at = rec.status, rec.step, rec.risk_band, now
            row.offer = rec.offer.model_dump(mode="json") if rec.offer else None
            session.add(row)
            d = rec.decision
            if d is not None:
                same = session.exec(
                    select(DecisionRow).where(
                        DecisionRow.application_id == rec.application_id,
                        DecisionRow.step == d.step.value,
                        DecisionRow.decided_at == d.at,
                        DecisionRow.verdict == d.verdict,
                    )
                ).first()
                if same is None:
                    seq = session.exec(
                        select(func.count())
                        .select_from(DecisionRow)
                        .where(
                            DecisionRow.application_id == rec.application_id, DecisionRow.step == d.step.value
                        )
                    ).one()
                    session.add(
                        DecisionRow(
                            application_id=rec.application_id,
                            step=d.step.value,
                            seq=seq,
                            verdict=d.verdict,
                            reason_codes=d.reason_codes,
                            detail=d.detail,
                            model_name=d.score.model_name if d.score else "",
                            model_version=d.score.model_version if d.score else "",
                            probability=d.score.probability if d.score else None,
                            points=d.score.points if d.score else None,
                            explanations=[e.model_dump() for e in d.score.explanations] if d.score else [],
                            decided_by=d.decided_by,
                            decided_at=d.at,
                        )
                    )
                    audits.append(
                        {
                            "actor": d.decided_by,
                            "action": f"decision.{d.step.value}.{d.verdict}",
                            "reason_codes": d.reason_codes,
                            "model": f"{d.score.model_name}@{d.score.model_version}" if d.score else "",
                        }
                    )
            session.commit()
        for event in audits:
            actor, action = str(event.pop("actor")), str(event.pop("action"))
            self.deps.audit_event(actor=actor, action=action, application_id=rec.application_id, **event)

    def _applicant(self, rec: ProgressRecord, now: datetime) -> str:
        """The applicant row, encrypted under the applicant's own data key; returns its keyed id."""
        p = rec.applicant
        applicant_id = self.deps.cipher.keyed_hash(p.id_number.upper(), purpose="id_number")
        with Session(self.deps.engine) as session:
            row = session.get(ApplicantRow, applicant_id)
            if row is None or row.erased_at is not None:
                # An erased person applying again is a new customer under a new key (the client
                # renewed it when it bound the workflow); the old ciphertexts stay unreadable.
                self.deps.subjects.renew(applicant_id)
                enc = self.deps.cipher.encrypt_field
                row = row or ApplicantRow(
                    applicant_id=applicant_id, name_enc="", id_number_enc="", phone_enc="", created_at=now
                )
                row.name_enc = enc(applicant_id, p.name)
                row.id_number_enc = enc(applicant_id, p.id_number)
                row.phone_enc = enc(applicant_id, p.phone)
                row.created_at, row.erased_at = now, None
                session.add(row)
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()  # another application of the same person got there first
        return applicant_id
