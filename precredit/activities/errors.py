"""Maps library errors onto Temporal: bad input is non-retryable with a stable type, the rest retries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from temporalio import activity
from temporalio.exceptions import ApplicationError

from precredit.models.errors import ErrorType


def bad_document(message: str) -> ApplicationError:
    return ApplicationError(message, type=ErrorType.BAD_DOCUMENT, non_retryable=True)


def bad_input(message: str) -> ApplicationError:
    return ApplicationError(message, type=ErrorType.BAD_INPUT, non_retryable=True)


def not_found(message: str) -> ApplicationError:
    return ApplicationError(message, type=ErrorType.NOT_FOUND, non_retryable=True)


@contextmanager
def third_party() -> Iterator[None]:
    """Around every sandbox/third-party call: Temporal's attempt number makes injected faults
    reproducible across workers; every provider error stays retryable (a garbled answer is usually
    transient), so a failing party delays an application but only outlasting the retries fails it."""
    from precredit.integrations.base import attempt_scope

    with attempt_scope(activity.info().attempt):
        yield
