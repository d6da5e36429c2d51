"""The seven steps of SPEC §1, one module each, each an async method that decides, asks a person or
raises StopApplication; `PipelineSteps` gathers them for the workflow class."""

from __future__ import annotations

from precredit.workflows.precredit.steps.anti_fraud import AntiFraudStep
from precredit.workflows.precredit.steps.approval import ApprovalStep
from precredit.workflows.precredit.steps.authorisation import AuthorisationStep
from precredit.workflows.precredit.steps.contract import ContractStep
from precredit.workflows.precredit.steps.documents import DocumentsStep
from precredit.workflows.precredit.steps.identity import IdentityStep
from precredit.workflows.precredit.steps.pickup import PickupStep


class PipelineSteps(
    IdentityStep, AntiFraudStep, AuthorisationStep, ApprovalStep, DocumentsStep, ContractStep, PickupStep
):
    """Every step of the pipeline, in the order `PreCreditWorkflow.run` takes them."""


__all__ = ["PipelineSteps"]
