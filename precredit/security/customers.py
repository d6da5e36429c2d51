"""The customer a loan or a card belongs to is the verified person, not a typed account id (issue 15).

A keyed hash of the resident ID number: stable across applications of one person, meaningless to
anyone without the lookup key, and the same on every process that holds it (API, CLI, worker).
"""

from __future__ import annotations

from precredit.models.application import ApplicationRequest
from precredit.security.keys import KeyRing

PURPOSE = "customer-id"


def customer_id_for(id_number: str, keyring: KeyRing) -> str:
    """40 characters (`c` + 39 hex), inside the card workflow's user-id pattern."""
    return "c" + keyring.keyed_hash(id_number.strip().upper(), purpose=PURPOSE)[:39]


def with_verified_customer(request: ApplicationRequest, keyring: KeyRing) -> ApplicationRequest:
    """The request with `customer_id` derived from its ID number, whatever the submitter wrote; the
    workflow verifies that ID number (ID card, 2/3-element, face) before anything is funded."""
    return request.model_copy(update={"customer_id": customer_id_for(request.applicant.id_number, keyring)})
