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

Free of Temporal, so tests can crash it and run it again: failures are `DisbursementError`s, which
the `disburse` activity turns into `ApplicationError`s of the same type.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy.engine import Engine

from precredit.db.ledger import LedgerKeyConflict, LedgerRepository
from precredit.db.tables import LedgerRow
from precredit.funding import router
from precredit.integrations.base import BankChannel, BankTimeout, Transfer
from precredit.models.activities import DisbursementRequest, DisbursementResult
from precredit.models.errors import ErrorType
from precredit.models.funding import AttemptStatus, LedgerStatus, RouteSkip

log = logging.getLogger(__name__)

AfterSend = Callable[[str, Transfer], None]
"""Test hook: runs after a channel answered and before the ledger records it (a crash there)."""


class DisbursementError(Exception):
    """The payment could not be made now; `non_retryable` and `next_retry_delay` say whether and when
    to try again."""

    def __init__(
        self,
        message: str,
        *,
        type: ErrorType,
        non_retryable: bool = False,
        next_retry_delay: timedelta | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.non_retryable = non_retryable
        self.next_retry_delay = next_retry_delay


def utcnow() -> datetime:
    return datetime.now(UTC)


class Disburser:
    """Pays one loan's dealer through the first channel that takes it, recording every step in the
    ledger before and after the channel call, so any crash resumes from the ledger."""

    def __init__(
        self,
        *,
        engine: Engine,
        channels: Sequence[BankChannel],
        clock: Callable[[], datetime] = utcnow,
        after_send: AfterSend | None = None,
        max_sends: int = 3,
    ) -> None:
        self.ledger = LedgerRepository(engine)
        self.channels = {ch.name: ch for ch in channels}
        self.clock = clock
        self.after_send = after_send
        self.max_sends = max_sends

    def disburse(self, req: DisbursementRequest) -> DisbursementResult:
        self._open(req)
        claimed: str | None = None
        for _ in range(8 * len(self.channels) + 8):
            row = self.ledger.get(req.idempotency_key)
            if row.status == LedgerStatus.CONFIRMED:
                return DisbursementResult(
                    payment_id=row.payment_id, channel=row.channel, status=row.status, amount=row.amount
                )
            if row.status == LedgerStatus.FAILED:
                raise DisbursementError(
                    f"every channel rejected {req.idempotency_key}",
                    type=ErrorType.DISBURSEMENT_REJECTED,
                    non_retryable=True,
                )
            if row.status == LedgerStatus.SENT:
                transfer = self._drive(row, fresh=claimed == row.channel)
                claimed = None
                self._record(row, transfer)
            else:
                claimed = self._claim_next(row)
        raise DisbursementError(
            f"ledger {req.idempotency_key} kept changing", type=ErrorType.DISBURSEMENT_CONTENDED
        )

    # ------------------------------------------------------------- the channel side

    def _drive(self, row: LedgerRow, *, fresh: bool) -> Transfer:
        """Gets the channel's final word on the key. Queries before every send unless this call has
        just claimed the channel (nobody can have sent before the claim)."""
        channel, key = self.channels[row.channel], row.idempotency_key
        query_first = not fresh
        for _ in range(self.max_sends):
            if query_first:
                self.ledger.count_call(key, row.channel, "queries")
                found = channel.status(key)
                if found is not None:
                    return found
            self.ledger.count_call(key, row.channel, "sends")
            try:
                transfer = channel.transfer(
                    idempotency_key=key, amount=Decimal(row.amount), payee=row.dealer_id
                )
            except BankTimeout as exc:
                log.warning("disburse %s: %s; querying before any resend", key, exc)
                self.ledger.set_attempt_status(key, row.channel, AttemptStatus.UNKNOWN, now=self.clock())
                query_first = True
                continue
            if self.after_send is not None:
                self.after_send(key, transfer)
            return transfer
        self.ledger.count_call(key, row.channel, "queries")
        found = channel.status(key)
        if found is not None:
            return found
        raise DisbursementError(
            f"{row.channel} has not decided {key} yet", type=ErrorType.DISBURSEMENT_UNKNOWN
        )

    def _record(self, row: LedgerRow, transfer: Transfer) -> None:
        key = row.idempotency_key
        if transfer.settled:
            if Decimal(transfer.amount) != Decimal(row.amount):
                raise DisbursementError(
                    f"{transfer.channel} settled {key} for another amount",
                    type=ErrorType.LEDGER_MISMATCH,
                    non_retryable=True,
                )
            self.ledger.set_attempt_status(
                key, row.channel, AttemptStatus.CONFIRMED, now=self.clock(), payment_id=transfer.payment_id
            )
            self.ledger.move(
                key,
                expect=(LedgerStatus.SENT, row.channel),
                now=self.clock(),
                status=LedgerStatus.CONFIRMED,
                payment_id=transfer.payment_id,
            )
            log.info("disburse %s confirmed on %s as %s", key, row.channel, transfer.payment_id)
        else:
            self.ledger.set_attempt_status(
                key, row.channel, AttemptStatus.REJECTED, now=self.clock(), reject_kind=transfer.reject_kind
            )
            self.ledger.move(
                key, expect=(LedgerStatus.SENT, row.channel), now=self.clock(), status=LedgerStatus.PENDING
            )
            log.warning(
                "disburse %s rejected by %s (%s); failing over", key, row.channel, transfer.reject_kind
            )

    # ---------------------------------------------------------------- ledger moves

    def _open(self, req: DisbursementRequest) -> None:
        try:
            row = self.ledger.open(
                idempotency_key=req.idempotency_key,
                application_id=req.application_id,
                dealer_id=req.dealer_id,
                amount=req.amount,
                now=self.clock(),
            )
        except LedgerKeyConflict as exc:
            raise DisbursementError(str(exc), type=ErrorType.BAD_INPUT, non_retryable=True) from exc
        if row is not None and (row.application_id, row.dealer_id, Decimal(row.amount)) != (
            req.application_id,
            req.dealer_id,
            req.amount,
        ):
            raise DisbursementError(
                f"ledger {req.idempotency_key} exists with another payee or amount",
                type=ErrorType.BAD_INPUT,
                non_retryable=True,
            )

    def _claim_next(self, row: LedgerRow) -> str | None:
        """PENDING → SENT(best channel); the attempt row goes first so daily usage counts it."""
        now, key = self.clock(), row.idempotency_key
        plan = router.route(
            amount=Decimal(row.amount),
            now=now,
            channels=[ch.config for ch in self.channels.values()],
            used_today=self.ledger.used_on(
                {name: router.business_date(ch.config, now).isoformat() for name, ch in self.channels.items()}
            ),
            rejected=self.ledger.rejected_channels(key),
        )
        if not plan.choices:
            self._no_channel(row, plan.skipped, now)
        choice = plan.choices[0]
        self.ledger.add_attempt(
            idempotency_key=key,
            channel=choice.channel,
            amount=row.amount,
            fee=choice.fee,
            business_date=router.business_date(self.channels[choice.channel].config, now).isoformat(),
            now=now,
        )
        if self.ledger.move(
            key,
            expect=(LedgerStatus.PENDING, row.channel),
            now=self.clock(),
            status=LedgerStatus.SENT,
            channel=choice.channel,
        ):
            log.info("disburse %s → %s (fee %s)", key, choice.channel, choice.fee)
            return choice.channel
        return None

    def _no_channel(self, row: LedgerRow, skipped: list[RouteSkip], now: datetime) -> None:
        """No channel can take the payment now: FAILED if none ever will, else retry when one opens."""
        waiting = [s for s in skipped if s.reason in ("CUTOFF", "DAILY_LIMIT")]
        why = ", ".join(f"{s.channel}:{s.reason}" for s in skipped) or "no channels configured"
        if not waiting:
            self.ledger.move(
                row.idempotency_key,
                expect=(LedgerStatus.PENDING, row.channel),
                now=self.clock(),
                status=LedgerStatus.FAILED,
            )
            raise DisbursementError(
                f"no channel can pay {row.idempotency_key} ({why})",
                type=ErrorType.DISBURSEMENT_REJECTED,
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
        raise DisbursementError(
            f"no channel open for {row.idempotency_key} now ({why})",
            type=ErrorType.NO_CHANNEL,
            next_retry_delay=min(delay, timedelta(hours=1)),
        )
