"""Step 6's payment to the dealer: a ledger row per loan makes the transfer happen exactly once."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session
from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.db.tables import LedgerRow
from precredit.integrations.banks import SandboxBankChannel
from precredit.models.activities import DisbursementRequest, DisbursementResult


class FundingActivities:
    def __init__(self, deps: Dependencies, channel: SandboxBankChannel | None = None) -> None:
        self.deps = deps
        self.channel = channel or SandboxBankChannel("icbc-sandbox", deps.settings.sandbox_state_dir)

    @activity.defn(name="disburse")
    def disburse(self, req: DisbursementRequest) -> DisbursementResult:
        now = datetime.now(UTC)
        with Session(self.deps.engine) as session:
            row = session.get(LedgerRow, req.idempotency_key)
            if row is not None and row.status == "CONFIRMED":
                return DisbursementResult(
                    payment_id=row.payment_id, channel=row.channel, status=row.status, amount=row.amount
                )
            if row is None:
                row = LedgerRow(
                    idempotency_key=req.idempotency_key,
                    application_id=req.application_id,
                    dealer_id=req.dealer_id,
                    amount=req.amount,
                    channel=self.channel.name,
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
                    row = session.get(LedgerRow, req.idempotency_key)
                    assert row is not None
            # Ask the channel first: a previous attempt may have paid and then lost its answer.
            transfer = self.channel.status(req.idempotency_key) or self.channel.transfer(
                idempotency_key=req.idempotency_key, amount=req.amount, payee=req.dealer_id
            )
            row.payment_id, row.status, row.updated_at = transfer.payment_id, "CONFIRMED", datetime.now(UTC)
            session.add(row)
            session.commit()
            return DisbursementResult(
                payment_id=transfer.payment_id,
                channel=transfer.channel,
                status="CONFIRMED",
                amount=transfer.amount,
            )
