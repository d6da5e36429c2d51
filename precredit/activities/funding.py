"""Step 6's payment to the dealer: exactly once over several bank channels, whatever fails or retries.

The ledger row (one per loan, keyed by the application's idempotency key) moves
PENDING → SENT(channel) → CONFIRMED, or back to PENDING once that channel has *definitively*
rejected the key (the next channel is then tried), or to FAILED when no channel is left. Every
move is a compare-and-set on (status, channel), so duplicate requests running in parallel follow
one another instead of choosing two channels. Why that pays at most once: a channel decides a key
once (settled or rejected, final), only a SENT(channel) row lets anyone call that channel, and the
row leaves SENT(channel) only after the channel settled or rejected the key. A timeout is not an
answer: the channel is queried before anything is sent again, and a retried activity resumes from
the ledger (SENT → query first).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from temporalio import activity
from temporalio.exceptions import ApplicationError

from precredit.activities.deps import Dependencies
from precredit.activities.errors import bad_input
from precredit.db.funding import LedgerAttemptRow
from precredit.db.tables import LedgerRow
from precredit.funding import router
from precredit.funding.reconcile import LedgerEntry, StatementEntry, reconcile
from precredit.integrations.banks import BankChannel, BankTimeout, Transfer
from precredit.models.activities import DisbursementRequest, DisbursementResult
from precredit.models.funding import AttemptStatus, LedgerStatus, ReconciliationReport, RouteSkip

log = logging.getLogger(__name__)

# Test hook: runs after a channel answered and before the ledger records it (a crash there).
AfterSend = Callable[[str, Transfer], None]
_ACTIVE = (AttemptStatus.SENT, AttemptStatus.UNKNOWN, AttemptStatus.CONFIRMED)


class Disburser:
    """The exactly-once logic, free of Temporal, so tests can crash it and run it again."""

    def __init__(
        self,
        *,
        engine: Engine,
        channels: Sequence[BankChannel],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        after_send: AfterSend | None = None,
        max_sends: int = 3,
    ) -> None:
        self.engine = engine
        self.channels = {ch.name: ch for ch in channels}
        self.clock = clock
        self.after_send = after_send
        self.max_sends = max_sends

    def disburse(self, req: DisbursementRequest) -> DisbursementResult:
        self._open(req)
        claimed: str | None = None
        for _ in range(8 * len(self.channels) + 8):
            row = self._row(req.idempotency_key)
            if row.status == LedgerStatus.CONFIRMED:
                return DisbursementResult(
                    payment_id=row.payment_id, channel=row.channel, status=row.status, amount=row.amount
                )
            if row.status == LedgerStatus.FAILED:
                raise ApplicationError(
                    f"every channel rejected {req.idempotency_key}",
                    type="DisbursementRejected",
                    non_retryable=True,
                )
            if row.status == LedgerStatus.SENT:
                transfer = self._drive(row, fresh=claimed == row.channel)
                claimed = None
                self._record(row, transfer)
            else:
                claimed = self._claim_next(row)
        raise ApplicationError(f"ledger {req.idempotency_key} kept changing", type="DisbursementContended")

    # ------------------------------------------------------------- the channel side

    def _drive(self, row: LedgerRow, *, fresh: bool) -> Transfer:
        """Gets the channel's final word on the key. Queries before every send unless this call has
        just claimed the channel (nobody can have sent before the claim)."""
        channel, key = self.channels[row.channel], row.idempotency_key
        query_first = not fresh
        for _ in range(self.max_sends):
            if query_first:
                self._bump(key, row.channel, "queries")
                found = channel.status(key)
                if found is not None:
                    return found
            self._bump(key, row.channel, "sends")
            try:
                transfer = channel.transfer(
                    idempotency_key=key, amount=Decimal(row.amount), payee=row.dealer_id
                )
            except BankTimeout as exc:
                log.warning("disburse %s: %s; querying before any resend", key, exc)
                self._attempt_status(key, row.channel, AttemptStatus.UNKNOWN)
                query_first = True
                continue
            if self.after_send is not None:
                self.after_send(key, transfer)
            return transfer
        self._bump(key, row.channel, "queries")
        found = channel.status(key)
        if found is not None:
            return found
        raise ApplicationError(
            f"{row.channel} has not decided {key} yet", type="DisbursementUnknown", non_retryable=False
        )

    def _record(self, row: LedgerRow, transfer: Transfer) -> None:
        key = row.idempotency_key
        if transfer.settled:
            if Decimal(transfer.amount) != Decimal(row.amount):
                raise ApplicationError(
                    f"{transfer.channel} settled {key} for another amount",
                    type="LedgerMismatch",
                    non_retryable=True,
                )
            self._attempt_status(key, row.channel, AttemptStatus.CONFIRMED, payment_id=transfer.payment_id)
            self._cas(
                key,
                (LedgerStatus.SENT, row.channel),
                status=LedgerStatus.CONFIRMED,
                payment_id=transfer.payment_id,
            )
            log.info("disburse %s confirmed on %s as %s", key, row.channel, transfer.payment_id)
        else:
            self._attempt_status(key, row.channel, AttemptStatus.REJECTED, reject_kind=transfer.reject_kind)
            self._cas(key, (LedgerStatus.SENT, row.channel), status=LedgerStatus.PENDING)
            log.warning(
                "disburse %s rejected by %s (%s); failing over", key, row.channel, transfer.reject_kind
            )

    # ---------------------------------------------------------------- ledger moves

    def _open(self, req: DisbursementRequest) -> None:
        now = self.clock()
        with Session(self.engine) as session:
            row = session.get(LedgerRow, req.idempotency_key)
            if row is None:
                session.add(
                    LedgerRow(
                        idempotency_key=req.idempotency_key,
                        application_id=req.application_id,
                        dealer_id=req.dealer_id,
                        amount=req.amount,
                        status=LedgerStatus.PENDING,
                        created_at=now,
                        updated_at=now,
                    )
                )
                try:
                    session.commit()
                    return
                except IntegrityError:
                    session.rollback()
                row = session.get(LedgerRow, req.idempotency_key, populate_existing=True)
            if row is None:
                raise bad_input(
                    f"application {req.application_id} already has a ledger row under another key"
                )
            if (row.application_id, row.dealer_id, Decimal(row.amount)) != (
                req.application_id,
                req.dealer_id,
                req.amount,
            ):
                raise bad_input(f"ledger {req.idempotency_key} exists with another payee or amount")

    def _row(self, key: str) -> LedgerRow:
        with Session(self.engine) as session:
            row = session.get(LedgerRow, key)
            assert row is not None
            return row

    def _cas(self, key: str, expect: tuple[str, str], **values: object) -> bool:
        """Moves the row only if it is still (status, channel); the loser re-reads and follows."""
        with Session(self.engine) as session:
            done = session.execute(
                update(LedgerRow)
                .where(
                    col(LedgerRow.idempotency_key) == key,
                    col(LedgerRow.status) == expect[0],
                    col(LedgerRow.channel) == expect[1],
                )
                .values(updated_at=self.clock(), **values)
            )
            session.commit()
            return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    def _claim_next(self, row: LedgerRow) -> str | None:
        """PENDING → SENT(best channel); the attempt row goes first so daily usage counts it."""
        now, key = self.clock(), row.idempotency_key
        rejected = self._rejected(key)
        plan = router.route(
            amount=Decimal(row.amount),
            now=now,
            channels=[ch.config for ch in self.channels.values()],
            used_today=self._used_today(now),
            rejected=rejected,
        )
        if not plan.choices:
            self._no_channel(row, plan.skipped, now)
        choice = plan.choices[0]
        self._put_attempt(row, choice.channel, choice.fee, now)
        if self._cas(
            key, (LedgerStatus.PENDING, row.channel), status=LedgerStatus.SENT, channel=choice.channel
        ):
            log.info("disburse %s → %s (fee %s)", key, choice.channel, choice.fee)
            return choice.channel
        return None

    def _no_channel(self, row: LedgerRow, skipped: list[RouteSkip], now: datetime) -> None:
        """No channel can take the payment now: FAILED if none ever will, else retry when one opens."""
        waiting = [s for s in skipped if s.reason in ("CUTOFF", "DAILY_LIMIT")]
        why = ", ".join(f"{s.channel}:{s.reason}" for s in skipped) or "no channels configured"
        if not waiting:
            self._cas(row.idempotency_key, (LedgerStatus.PENDING, row.channel), status=LedgerStatus.FAILED)
            raise ApplicationError(
                f"no channel can pay {row.idempotency_key} ({why})",
                type="DisbursementRejected",
                non_retryable=True,
            )
        opens = []
        for s in waiting:
            cfg = self.channels[s.channel].config
            if s.reason == "CUTOFF":
                opens.append(router.next_opening(cfg, now))
            else:
                local = router.local_time(cfg, now)
                opens.append(local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1))
        delay = max(timedelta(seconds=1), min(opens) - now)
        raise ApplicationError(
            f"no channel open for {row.idempotency_key} now ({why})",
            type="NoChannelAvailable",
            next_retry_delay=min(delay, timedelta(hours=1)),
        )

    # --------------------------------------------------------------- attempt rows

    def _rejected(self, key: str) -> set[str]:
        with Session(self.engine) as session:
            rows = session.exec(
                select(LedgerAttemptRow.channel).where(
                    LedgerAttemptRow.idempotency_key == key, LedgerAttemptRow.status == AttemptStatus.REJECTED
                )
            ).all()
            return set(rows)

    def _used_today(self, now: datetime) -> dict[str, Decimal]:
        """Per channel, what this ledger has sent or settled on the channel's business date."""
        used: dict[str, Decimal] = {}
        with Session(self.engine) as session:
            for name, ch in self.channels.items():
                day = router.business_date(ch.config, now).isoformat()
                total = session.exec(
                    select(func.coalesce(func.sum(LedgerAttemptRow.amount), 0)).where(
                        LedgerAttemptRow.channel == name,
                        LedgerAttemptRow.business_date == day,
                        col(LedgerAttemptRow.status).in_(_ACTIVE),
                    )
                ).one()
                used[name] = Decimal(str(total))
        return used

    def _put_attempt(self, row: LedgerRow, channel: str, fee: Decimal, now: datetime) -> None:
        cfg = self.channels[channel].config
        with Session(self.engine) as session:
            seq = session.exec(
                select(func.count())
                .select_from(LedgerAttemptRow)
                .where(LedgerAttemptRow.idempotency_key == row.idempotency_key)
            ).one()
            session.add(
                LedgerAttemptRow(
                    idempotency_key=row.idempotency_key,
                    channel=channel,
                    seq=int(seq) + 1,
                    amount=row.amount,
                    fee=fee,
                    business_date=router.business_date(cfg, now).isoformat(),
                    status=AttemptStatus.SENT,
                    created_at=now,
                    updated_at=now,
                )
            )
            try:
                session.commit()
            except IntegrityError:
                # Already tried this channel (or a parallel request wrote it): its row stays.
                session.rollback()

    def _attempt_status(self, key: str, channel: str, status: AttemptStatus, **values: str) -> None:
        with Session(self.engine) as session:
            session.execute(
                update(LedgerAttemptRow)
                .where(
                    col(LedgerAttemptRow.idempotency_key) == key,
                    col(LedgerAttemptRow.channel) == channel,
                    # A final word is never overwritten by a late UNKNOWN from a parallel request.
                    col(LedgerAttemptRow.status).in_([AttemptStatus.SENT, AttemptStatus.UNKNOWN]),
                )
                .values(status=status, updated_at=self.clock(), **values)
            )
            session.commit()

    def _bump(self, key: str, channel: str, counter: str) -> None:
        column = getattr(LedgerAttemptRow, counter)
        with Session(self.engine) as session:
            session.execute(
                update(LedgerAttemptRow)
                .where(col(LedgerAttemptRow.idempotency_key) == key, col(LedgerAttemptRow.channel) == channel)
                .values({counter: column + 1})
            )
            session.commit()


class FundingActivities:
    def __init__(
        self,
        deps: Dependencies,
        channels: Sequence[BankChannel] | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        after_send: AfterSend | None = None,
    ) -> None:
        self.deps = deps
        self.channels = list(channels) if channels is not None else list(deps.providers.banks)
        extra = {"clock": clock} if clock else {}
        self.disburser = Disburser(engine=deps.engine, channels=self.channels, after_send=after_send, **extra)  # type: ignore[arg-type]

    @activity.defn(name="disburse")
    def disburse(self, req: DisbursementRequest) -> DisbursementResult:
        return self.disburser.disburse(req)


def reconcile_ledger(*, engine: Engine, channels: Sequence[BankChannel]) -> ReconciliationReport:
    """Loads the ledger and every channel's statement and compares them (`precredit funding reconcile`)."""
    with Session(engine) as session:
        ledger = [
            LedgerEntry(
                idempotency_key=r.idempotency_key,
                application_id=r.application_id,
                status=r.status,
                channel=r.channel,
                payment_id=r.payment_id,
                amount=Decimal(r.amount),
            )
            for r in session.exec(select(LedgerRow)).all()
        ]
    statements = [
        StatementEntry(
            channel=t.channel,
            idempotency_key=t.idempotency_key,
            payment_id=t.payment_id,
            amount=t.amount,
            settled=t.settled,
        )
        for ch in channels
        for t in ch.statement()
    ]
    return reconcile(ledger, statements)
