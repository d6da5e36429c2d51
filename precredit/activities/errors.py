"""Maps library errors onto Temporal: bad input is non-retryable with a stable type, the rest retries."""

from __future__ import annotations

from temporalio.exceptions import ApplicationError


def bad_document(message: str) -> ApplicationError:
    return ApplicationError(message, type="BadDocument", non_retryable=True)


def bad_input(message: str) -> ApplicationError:
    return ApplicationError(message, type="BadInput", non_retryable=True)


def not_found(message: str) -> ApplicationError:
    return ApplicationError(message, type="NotFound", non_retryable=True)
