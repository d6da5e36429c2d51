"""The `disburse` activity: `funding.disburse.Disburser` pays the dealer exactly once; here its
failures become ApplicationErrors of the same type, so Temporal retries what may succeed later."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from temporalio import activity
from temporalio.exceptions import ApplicationError

from precredit.activities.deps import Dependencies
from precredit.funding.disburse import AfterSend, DisbursementError, Disburser, utcnow
from precredit.integrations.base import BankChannel
from precredit.models.activities import DisbursementRequest, DisbursementResult


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
        self.disburser = Disburser(
            engine=deps.engine, channels=self.channels, clock=clock or utcnow, after_send=after_send
        )

    @activity.defn(name="disburse")
    def disburse(self, req: DisbursementRequest) -> DisbursementResult:
        try:
            return self.disburser.disburse(req)
        except DisbursementError as exc:
            # `from None`: the failure Temporal records stays the one ApplicationError it always was.
            raise ApplicationError(
                exc.message,
                type=exc.type.value,
                non_retryable=exc.non_retryable,
                next_retry_delay=exc.next_retry_delay,
            ) from None
