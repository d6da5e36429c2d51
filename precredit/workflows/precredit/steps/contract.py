"""Step 6, contract: the buyer signs the loan contract (with reminders), the loan is paid to the
dealer, and a customer's repayment cards are tied to the new loan."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        DisbursementRequest,
        DisbursementResult,
        SigningDocument,
        SigningRequest,
    )
    from precredit.models.cards import RepaymentLoan
    from precredit.models.decisions import Reason, Status, Step
    from precredit.workflows import texts

from precredit.workflows.precredit.signatures import PipelineSignatures


class ContractStep(PipelineSignatures):
    async def _contract(self) -> None:
        req = self._req
        assert self._offer is not None
        doc = await self._act(
            "prepare_signing_document",
            SigningRequest(
                application_id=req.application_id,
                kind="loan_contract",
                title=texts.CONTRACT_TITLE,
                terms=texts.document_terms(
                    req, workflow.now().date(), lender=self._policy.lender_name, offer=self._offer
                ),
                lender_seal=True,
            ),
            SigningDocument,
        )
        await self._collect_signature(
            doc,
            "contract_signature",
            self._deadlines.contract_signature,
            remind_every=self._deadlines.contract_reminder_every,
        )
        if self._cancel is not None and workflow.patched("no-disburse-after-cancel-v1"):
            self._stop_cancelled()  # a cancel accepted while the contract signature was being verified
        self._disbursing = True
        try:
            payment = await self._act(
                "disburse",
                DisbursementRequest(
                    application_id=req.application_id,
                    dealer_id=req.vehicle.dealer_id,
                    amount=self._offer.amount,
                    idempotency_key=f"disburse-{req.application_id}",
                ),
                DisbursementResult,
                # Closed banks or spent daily limits clear overnight: retry until the give-up time.
                give_up_after=self._input.execution.disbursement_give_up if self._input else None,
            )
        except ActivityError as err:
            if isinstance(err.cause, ApplicationError) and err.cause.type == "DisbursementRejected":
                await self._decide(
                    Step.CONTRACT,
                    "decline",
                    [Reason.DISBURSEMENT_REJECTED],
                    {"why": "every bank rejected"},
                    Status.FAILED,
                )
            raise
        self._disbursed = True
        if req.customer_id and workflow.patched("repayment-loan-v1"):
            # From now on the customer's repayment card cannot be unbound without a replacement.
            await self._act(
                "register_repayment_loan",
                RepaymentLoan(application_id=req.application_id, user_id=req.customer_id),
                type(None),
            )
        await self._decide(
            Step.CONTRACT, "pass", [], {"payment_id": payment.payment_id, "channel": payment.channel}
        )
