"""The `type` of every ApplicationError an activity raises on purpose: the one place workflows and
activities name them (a workflow matches on these strings, so a typo would silently retry)."""

from __future__ import annotations

from enum import StrEnum


class ErrorType(StrEnum):
    BAD_INPUT = "BadInput"  # the request itself is wrong: retrying cannot help
    BAD_DOCUMENT = "BadDocument"  # a document could not be read as what it claims to be
    NOT_FOUND = "NotFound"  # a referenced file, binding or record does not exist
    CARD_ALREADY_BOUND = "CardAlreadyBound"  # the card is bound to another account
    DISBURSEMENT_REJECTED = "DisbursementRejected"  # every bank refused the payment
    DISBURSEMENT_UNKNOWN = "DisbursementUnknown"
    DISBURSEMENT_CONTENDED = "DisbursementContended"
    LEDGER_MISMATCH = "LedgerMismatch"
    NO_CHANNEL = "NoChannelAvailable"


# Business answers no retry can change, per workflow (the order is part of recorded commands).
PRECREDIT_NON_RETRYABLE = [
    ErrorType.BAD_INPUT,
    ErrorType.BAD_DOCUMENT,
    ErrorType.NOT_FOUND,
    ErrorType.DISBURSEMENT_REJECTED,
]
CARD_NON_RETRYABLE = [ErrorType.BAD_INPUT, ErrorType.NOT_FOUND, ErrorType.CARD_ALREADY_BOUND]
