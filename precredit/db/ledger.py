"""The disbursement ledger's reads and writes: one row per loan's payment, one attempt row per channel.

Every write is its own short transaction and every status move a compare-and-set on (status,
channel), so duplicate requests in threads or processes follow one another (`funding.disburse`
explains why that pays at most once). Times come from the caller's clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from precredit.db.funding import LedgerAttemptRow
from precredit.db.tables import LedgerRow
from precredit.models.funding import AttemptStatus, LedgerStatus

ACTIVE = (AttemptStatus.SENT, AttemptStatus.UNKNOWN, AttemptStatus.CONFIRMED)
"""Attempts that count against a channel's daily limit."""


class LedgerKeyConflict(Exception):
    """The application already has a ledger row under another idempotency key."""

    def __init__(self, application_id: str) -> None:
        super().__init__(f"application {application_id} already has a ledger row under another key")
        self.application_id = application_id


class LedgerRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ------------------------------------------------------------------ ledger rows

    def open(
        self, *, idempotency_key: str, application_id: str, dealer_id: str, amount: Decimal, now: datetime
    ) -> LedgerRow | None:
        """Creates the key's row, PENDING. None if this call created it, else the row that was
        already there (the caller checks it is the same payment)."""
        with Session(self.engine) as session:
            row = session.get(LedgerRow, idempotency_key)
            if row is not None:
                return row
            session.add(
                LedgerRow(
                    idempotency_key=idempotency_key,
                    application_id=application_id,
                    dealer_id=dealer_id,
                    amount=amount,
                    status=LedgerStatus.PENDING,
                    created_at=now,
                    updated_at=now,
                )
            )
            try:
                session.commit()
                return None
            except IntegrityError:
                session.rollback()
            row = session.get(LedgerRow, idempotency_key, populate_existing=True)
            if row is None:
                raise LedgerKeyConflict(application_id)
            return row

    def get(self, idempotency_key: str) -> LedgerRow:
        with Session(self.engine) as session:
            row = session.get(LedgerRow, idempotency_key)
            assert row is not None, f"ledger {idempotency_key} was opened before it is read"
            return row

    def move(self, idempotency_key: str, *, expect: tuple[str, str], now: datetime, **values: object) -> bool:
        """Sets `values` only if the row is still (status, channel) = `expect`; False if it was not."""
        with Session(self.engine) as session:
            done = session.execute(
                update(LedgerRow)
                .where(
                    col(LedgerRow.idempotency_key) == idempotency_key,
                    col(LedgerRow.status) == expect[0],
                    col(LedgerRow.channel) == expect[1],
                )
                .values(updated_at=now, **values)
            )
            session.commit()
            # Session.execute is typed as returning Result, which has no rowcount; an UPDATE returns
            # a CursorResult, which does.
            return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    def all_rows(self) -> list[LedgerRow]:
        with Session(self.engine) as session:
            return list(session.exec(select(LedgerRow)).all())

    # ----------------------------------------------------------------- attempt rows

    def rejected_channels(self, idempotency_key: str) -> set[str]:
        with Session(self.engine) as session:
            rows = session.exec(
                select(LedgerAttemptRow.channel).where(
                    LedgerAttemptRow.idempotency_key == idempotency_key,
                    LedgerAttemptRow.status == AttemptStatus.REJECTED,
                )
            ).all()
            return set(rows)

    def used_on(self, business_dates: Mapping[str, str]) -> dict[str, Decimal]:
        """Per channel, what the ledger has sent or settled on that channel's business date (ISO),
        read in one transaction so the channels are compared at one moment."""
        used: dict[str, Decimal] = {}
        with Session(self.engine) as session:
            for channel, day in business_dates.items():
                total = session.exec(
                    select(func.coalesce(func.sum(LedgerAttemptRow.amount), 0)).where(
                        LedgerAttemptRow.channel == channel,
                        LedgerAttemptRow.business_date == day,
                        col(LedgerAttemptRow.status).in_(ACTIVE),
                    )
                ).one()
                used[channel] = Decimal(str(total))
        return used

    def add_attempt(
        self,
        *,
        idempotency_key: str,
        channel: str,
        amount: Decimal,
        fee: Decimal,
        business_date: str,
        now: datetime,
    ) -> None:
        """A SENT attempt on `channel`; nothing if the key already has one there (tried before, or
        a parallel request wrote it)."""
        with Session(self.engine) as session:
            seq = session.exec(
                select(func.count())
                .select_from(LedgerAttemptRow)
                .where(LedgerAttemptRow.idempotency_key == idempotency_key)
            ).one()
            session.add(
                LedgerAttemptRow(
                    idempotency_key=idempotency_key,
                    channel=channel,
                    seq=int(seq) + 1,
                    amount=amount,
                    fee=fee,
                    business_date=business_date,
                    status=AttemptStatus.SENT,
                    created_at=now,
                    updated_at=now,
                )
            )
            try:
                session.commit()
            except IntegrityError:
                session.rollback()

    def set_attempt_status(
        self, idempotency_key: str, channel: str, status: AttemptStatus, *, now: datetime, **values: str
    ) -> None:
        with Session(self.engine) as session:
            session.execute(
                update(LedgerAttemptRow)
                .where(
                    col(LedgerAttemptRow.idempotency_key) == idempotency_key,
                    col(LedgerAttemptRow.channel) == channel,
                    # A final word is never overwritten by a late UNKNOWN from a parallel request.
                    col(LedgerAttemptRow.status).in_([AttemptStatus.SENT, AttemptStatus.UNKNOWN]),
                )
                .values(status=status, updated_at=now, **values)
            )
            session.commit()

    def count_call(self, idempotency_key: str, channel: str, counter: str) -> None:
        """Adds one to the attempt's `queries` or `sends`."""
        column = getattr(LedgerAttemptRow, counter)
        with Session(self.engine) as session:
            session.execute(
                update(LedgerAttemptRow)
                .where(
                    col(LedgerAttemptRow.idempotency_key) == idempotency_key,
                    col(LedgerAttemptRow.channel) == channel,
                )
                .values({counter: column + 1})
            )
            session.commit()
