"""The seven steps of SPEC §1, one module each: a plain async function of the `Pipeline` that
decides, asks a person or raises StopApplication, and returns what a later step needs (identity the
credit standing approval prices with, approval the offer the contract pays out)."""

from __future__ import annotations

from precredit.workflows.precredit.steps.anti_fraud import anti_fraud
from precredit.workflows.precredit.steps.approval import approval
from precredit.workflows.precredit.steps.authorisation import authorisation
from precredit.workflows.precredit.steps.contract import contract
from precredit.workflows.precredit.steps.documents import documents
from precredit.workflows.precredit.steps.identity import CreditStanding, identity
from precredit.workflows.precredit.steps.pickup import pickup

__all__ = [
    "CreditStanding",
    "anti_fraud",
    "approval",
    "authorisation",
    "contract",
    "documents",
    "identity",
    "pickup",
]
