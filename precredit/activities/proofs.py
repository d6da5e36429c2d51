"""`verify_human_action`: the workflow's one way to learn who sent a human message (issue 15).

The signature and claims are checked by the pure `assertions.verify`; this activity adds what needs
the database: a nonce is spent once, on every worker (a retry of the same activity is not a
replay), and every refusal goes into the audit trail with what the message claimed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.db.audit import AuditEvent
from precredit.db.proofs import ProofNonceRow
from precredit.models.proofs import HumanActionRefusal, ProofCheck, ProofRefusal, ProofVerdict, VerifiedClaim
from precredit.security.assertions import Refused, proof_keys, verify
from precredit.security.audit import canonical_json

log = logging.getLogger(__name__)
NONCE_PURPOSE = "proof-nonce"


class ProofActivities:
    def __init__(
        self, deps: Dependencies, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.deps = deps
        spec = deps.settings.proof_keys
        self.keys = proof_keys(spec.get_secret_value() if spec else None, deps.keyring)
        self.clock = clock

    @activity.defn(name="verify_human_action")
    def verify_human_action(self, check: ProofCheck) -> ProofVerdict:
        result = verify(
            check.proof, keys=self.keys, action=check.action, object_id=check.object_id,
            now=self.clock(), decision=check.decision, subject=check.claimed_subject,
        )  # fmt: skip
        if isinstance(result, VerifiedClaim):
            result = self._spend(result)
        if isinstance(result, Refused):
            self._audit_refusal(check, result)
            return ProofVerdict(ok=False, refusal=result.reason, message=result.message)
        self.deps.audit_event(
            actor=result.principal, action="human_action.verified", application_id=check.object_id,
            human_action=str(check.action), decision=check.decision,
        )  # fmt: skip
        return ProofVerdict(ok=True, claim=result, message="verified")

    @activity.defn(name="record_human_refusal")
    def record_human_refusal(self, refusal: HumanActionRefusal) -> None:
        """Audits a proven sender's action the workflow refused; a retry adds no second event."""
        detail = {"human_action": str(refusal.action), "refusal": refusal.code, "message": refusal.message}
        with Session(self.deps.engine) as session:
            same = session.exec(
                select(AuditEvent.seq).where(
                    AuditEvent.application_id == refusal.object_id,
                    AuditEvent.action == "human_action.refused",
                    AuditEvent.actor == refusal.principal,
                    AuditEvent.detail == canonical_json(detail),
                )
            ).first()
        if same is None:
            self.deps.audit_event(
                actor=refusal.principal,
                action="human_action.refused",
                application_id=refusal.object_id,
                **detail,
            )

    def _spend(self, claim: VerifiedClaim) -> VerifiedClaim | Refused:
        digest = self.deps.keyed_hash(claim.nonce, purpose=NONCE_PURPOSE)
        me = _attempt_key()
        with Session(self.deps.engine) as session:
            row = session.get(ProofNonceRow, digest)
            if row is not None:
                return claim if me and row.consumed_by == me else _replayed()
            session.add(
                ProofNonceRow(
                    nonce_hash=digest, action=str(claim.action), object_id=claim.object_id,
                    consumed_by=me, used_at=self.clock(), expires_at=claim.expires_at,
                )
            )  # fmt: skip
            try:
                session.commit()
            except IntegrityError:  # another worker spent it between our read and write
                return _replayed()
        return claim

    def _audit_refusal(self, check: ProofCheck, refused: Refused) -> None:
        # The claimed sender is recorded as a claim, never as the actor: it is what an attacker wrote.
        log.warning("human action refused: %s %s (%s)", check.action, check.object_id, refused.reason)
        self.deps.audit_event(
            actor="unverified", action="human_action.refused", application_id=check.object_id,
            human_action=str(check.action), refusal=str(refused.reason), message=refused.message,
            claimed_subject=check.claimed_subject, decision=check.decision,
        )  # fmt: skip


def _replayed() -> Refused:
    return Refused(ProofRefusal.REPLAYED, "this proof was already used; ask for a fresh one")


def _attempt_key() -> str:
    """Same for every retry of one activity execution, different for any other message."""
    if not activity.in_activity():
        return ""
    info = activity.info()
    return f"{info.workflow_id}/{info.workflow_run_id}/{info.activity_id}"
