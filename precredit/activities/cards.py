"""Bank-card binding (SPEC §2): four-element verification, encrypted storage, the unbind rules
(only repayment card, risk) and the sliding-window unbind alerts, each an idempotent activity."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from temporalio import activity
from temporalio.exceptions import ApplicationError

from precredit.activities.deps import Dependencies
from precredit.config import CardPolicy
from precredit.db.audit import AuditEvent
from precredit.db.funding import BankCardRow, CardAlertRow, CardUnbindEventRow, RepaymentLoanRow
from precredit.funding.cards import check_card_number, exceeds, normalise, unbind_risk
from precredit.integrations.bank_cards import SandboxCardVerifier
from precredit.models.cards import (
    CardAuditRecord,
    CardBinding,
    CardElementsRequest,
    CardReason,
    CardStoreRequest,
    CardVerification,
    RepaymentLoan,
    UnbindCheck,
    UnbindCheckRequest,
    UnbindOutcome,
    UnbindRequest,
)
from precredit.models.errors import ErrorType
from precredit.security.audit import AuditTrail, canonical_json
from precredit.security.customers import card_subject
from precredit.security.fields import FieldCipher
from precredit.security.masking import mask_card

log = logging.getLogger(__name__)
BOUND, UNBOUND = "BOUND", "UNBOUND"
CARD_HASH_PURPOSE = "card_number"


class CardActivities:
    def __init__(
        self,
        deps: Dependencies,
        *,
        policy: CardPolicy | None = None,
        verifier: SandboxCardVerifier | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.deps = deps
        self.policy = policy or deps.settings.card
        self.verifier = verifier or _sandbox_verifier(deps)
        self.cipher: FieldCipher = deps.cipher
        self.audit: AuditTrail = deps.audit
        self.clock = clock

    @property
    def engine(self) -> Engine:
        return self.deps.engine

    def _hash(self, card_number: str) -> str:
        return self.deps.keyed_hash(normalise(card_number), purpose=CARD_HASH_PURPOSE)

    @activity.defn(name="verify_card_elements")
    def verify_card_elements(self, req: CardElementsRequest) -> CardVerification:
        """Number checks first (no provider call for a typo), then duplicates, then the bank."""
        digits = normalise(req.card_number)
        masked = mask_card(digits)
        check = check_card_number(digits, self.verifier.bins)
        if not check.ok:
            return CardVerification(ok=False, reason_code=check.reason, card_masked=masked)
        assert check.bin is not None
        info = {"card_masked": masked, "bank": check.bin.bank, "card_type": check.bin.card_type}
        with Session(self.engine) as session:
            taken = session.exec(
                select(BankCardRow).where(
                    BankCardRow.card_hash == self._hash(digits), BankCardRow.status == BOUND
                )
            ).first()
        if taken is not None and taken.binding_id != req.binding_id:
            return CardVerification(ok=False, reason_code=CardReason.CARD_ALREADY_BOUND, **info)
        result = self.verifier.verify_four_elements(req.name, req.id_number, digits, req.phone)
        if not result.matched:
            return CardVerification(
                ok=False, reason_code=CardReason.ELEMENTS_MISMATCH, detail=result.detail, **info
            )
        return CardVerification(ok=True, detail=result.detail, **info)

    @activity.defn(name="store_card_binding")
    def store_card_binding(self, req: CardStoreRequest) -> CardBinding:
        """Idempotent on binding_id; a card bound meanwhile by another binding is refused."""
        digits = normalise(req.card_number)
        card_hash = self._hash(digits)
        with Session(self.engine) as session:
            row = session.get(BankCardRow, req.binding_id)
            if row is None:
                taken = session.exec(
                    select(BankCardRow).where(BankCardRow.card_hash == card_hash, BankCardRow.status == BOUND)
                ).first()
                if taken is not None:
                    raise ApplicationError(
                        f"card {mask_card(digits)} is already bound",
                        type=ErrorType.CARD_ALREADY_BOUND,
                        non_retryable=True,
                    )
                row = BankCardRow(
                    binding_id=req.binding_id,
                    user_id=req.user_id,
                    card_hash=card_hash,
                    card_sealed=self.cipher.encrypt_field(card_subject(req.user_id), digits),
                    card_masked=mask_card(digits),
                    bank=req.bank,
                    card_type=req.card_type,
                    status=BOUND,
                    workflow_id=req.workflow_id,
                    bound_at=self.clock(),
                )
                session.add(row)
                session.commit()
                session.refresh(row)
            return _binding(row)

    @activity.defn(name="check_card_unbind")
    def check_card_unbind(self, req: UnbindCheckRequest) -> UnbindCheck:
        now = self.clock()
        with Session(self.engine) as session:
            row = session.get(BankCardRow, req.binding_id)
            if row is None or row.user_id != req.user_id:
                return UnbindCheck(found=False)
            loans = self._loans_in_repayment(session, req.user_id)
            only = bool(loans) and row.repayment and self._other_repayment_cards(session, row) == 0
            recent = self._unbinds_since(session, now, user_id=req.user_id)
        risk, reasons = unbind_risk(
            flagged=req.high_risk,
            card_bound_at=row.bound_at,
            now=now,
            recent_user_unbinds=recent,
            min_card_age=timedelta(seconds=self.policy.min_card_age_seconds),
            user_unbinds_for_review=self.policy.review_user_unbinds,
        )
        return UnbindCheck(
            found=True,
            status=row.status,
            card_masked=row.card_masked,
            only_repayment_card=only,
            loans_in_repayment=loans,
            risk=risk,
            risk_reasons=reasons,
        )

    @activity.defn(name="unbind_card")
    def unbind_card(self, req: UnbindRequest) -> UnbindOutcome:
        """Rechecks the only-card rule inside the write (a replacement may have gone meanwhile), then
        counts the windows. Idempotent: a retry after the commit answers the recorded outcome."""
        now = self.clock()
        with Session(self.engine) as session:
            row = session.get(BankCardRow, req.binding_id)
            if row is None or row.user_id != req.user_id:
                return UnbindOutcome(unbound=False, reason_code=CardReason.CARD_NOT_BOUND)
            if row.status == UNBOUND:
                if row.unbind_workflow_id != req.workflow_id:
                    return UnbindOutcome(unbound=False, reason_code=CardReason.CARD_NOT_BOUND)
                return UnbindOutcome(
                    unbound=True, card_masked=row.card_masked, alerts=self._alerts_of(session, row)
                )
            if (
                row.repayment
                and self._loans_in_repayment(session, req.user_id)
                and self._other_repayment_cards(session, row) == 0
            ):
                return UnbindOutcome(
                    unbound=False, reason_code=CardReason.ONLY_REPAYMENT_CARD, card_masked=row.card_masked
                )
            row.status, row.unbound_at, row.unbind_workflow_id = UNBOUND, now, req.workflow_id
            session.add(row)
            session.add(CardUnbindEventRow(binding_id=row.binding_id, user_id=row.user_id, at=now))
            session.flush()
            p = self.policy
            for scope, subject, threshold in (
                ("user", row.user_id, p.alert_user_unbinds),
                ("platform", "*", p.alert_platform_unbinds),
            ):
                count = self._unbinds_since(
                    session, now, user_id=None if scope == "platform" else row.user_id
                )
                if exceeds(count, threshold):
                    session.add(
                        CardAlertRow(
                            scope=scope,
                            subject=subject,
                            count=count,
                            threshold=threshold,
                            window_seconds=p.alert_window_seconds,
                            trigger_binding_id=row.binding_id,
                            at=now,
                        )
                    )
                    log.warning(
                        "card unbind alert: %s %s unbound %d cards in %.0fs (threshold %d)",
                        scope,
                        subject,
                        count,
                        p.alert_window_seconds,
                        threshold,
                    )
            session.commit()
            return UnbindOutcome(
                unbound=True, card_masked=row.card_masked, alerts=self._alerts_of(session, row)
            )

    @activity.defn(name="record_card_audit")
    def record_card_audit(self, rec: CardAuditRecord) -> None:
        """One audit event per step; a retried call finds its own event and adds none."""
        detail = canonical_json(rec.detail)
        with Session(self.engine) as session:
            same = session.exec(
                select(AuditEvent.seq).where(
                    AuditEvent.application_id == rec.workflow_id,
                    AuditEvent.action == rec.action,
                    AuditEvent.detail == detail,
                )
            ).first()
        if same is None:
            self.audit.append(
                actor=rec.actor or f"user:{rec.user_id}",
                action=rec.action,
                application_id=rec.workflow_id,
                detail=rec.detail,
            )

    @activity.defn(name="register_repayment_loan")
    def register_repayment_loan(self, loan: RepaymentLoan) -> None:
        """Marks a loan as repaying from the user's bound cards (or settled, which frees them)."""
        upsert_repayment_loan(self.engine, loan, now=self.clock())

    # ------------------------------------------------------------------ queries

    def _loans_in_repayment(self, session: Session, user_id: str) -> list[str]:
        return list(
            session.exec(
                select(RepaymentLoanRow.application_id).where(
                    RepaymentLoanRow.user_id == user_id, RepaymentLoanRow.status == "IN_REPAYMENT"
                )
            ).all()
        )

    def _other_repayment_cards(self, session: Session, row: BankCardRow) -> int:
        return int(
            session.exec(
                select(func.count())
                .select_from(BankCardRow)
                .where(
                    BankCardRow.user_id == row.user_id,
                    BankCardRow.status == BOUND,
                    BankCardRow.repayment == True,  # noqa: E712
                    BankCardRow.binding_id != row.binding_id,
                )
            ).one()
        )

    def _unbinds_since(self, session: Session, now: datetime, *, user_id: str | None) -> int:
        since = now - timedelta(seconds=self.policy.alert_window_seconds)
        query = select(func.count()).select_from(CardUnbindEventRow).where(col(CardUnbindEventRow.at) > since)
        if user_id is not None:
            query = query.where(CardUnbindEventRow.user_id == user_id)
        return int(session.exec(query).one())

    def _alerts_of(self, session: Session, row: BankCardRow) -> list[str]:
        alerts = session.exec(
            select(CardAlertRow).where(CardAlertRow.trigger_binding_id == row.binding_id)
        ).all()
        return [f"{a.scope}:{a.subject}:{a.count}>{a.threshold}/{a.window_seconds:.0f}s" for a in alerts]


def _binding(row: BankCardRow) -> CardBinding:
    return CardBinding(
        binding_id=row.binding_id,
        user_id=row.user_id,
        card_masked=row.card_masked,
        bank=row.bank,
        status=row.status,
        bound_at=row.bound_at,
        unbound_at=row.unbound_at,
        repayment=row.repayment,
    )


def _sandbox_verifier(deps: Dependencies) -> SandboxCardVerifier:
    from precredit.integrations.base import FaultConfig, FaultInjector

    faults = FaultInjector(FaultConfig.load(deps.settings.sandbox_dir, deps.settings.sandbox_faults))
    return SandboxCardVerifier(deps.settings.sandbox_dir, faults, deps.sandbox.persons)


def upsert_repayment_loan(engine: Engine, loan: RepaymentLoan, *, now: datetime) -> None:
    with Session(engine) as session:
        row = session.get(RepaymentLoanRow, loan.application_id)
        if row is None:
            row = RepaymentLoanRow(application_id=loan.application_id, user_id=loan.user_id, updated_at=now)
        row.user_id, row.status, row.updated_at = loan.user_id, loan.status, now
        session.add(row)
        session.commit()


def list_cards(engine: Engine, user_id: str) -> list[CardBinding]:
    with Session(engine) as session:
        rows = session.exec(
            select(BankCardRow).where(BankCardRow.user_id == user_id).order_by(col(BankCardRow.bound_at))
        ).all()
        return [_binding(r) for r in rows]
