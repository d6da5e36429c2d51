"""Step 6, contract: the buyer signs the loan contract (with reminders), the loan is paid to the
dealer, and a customer's repayment cards are tied to the new loan."""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import DisbursementRequest, SigningRequest
    from precredit.models.cards import RepaymentLoan
    from precredit.models.decisions import Offer, Reason, Status, Step
    from precredit.models.errors import ErrorType
    from precredit.workflows import texts

from precredit.workflows.precredit.pipeline import Pipeline


async def contract(p: Pipeline, offer: Offer) -> None:
    app = p.app
    req = app.req
    doc = await p.activities.run(
        acts.PREPARE_SIGNING_DOCUMENT,
        SigningRequest(
            application_id=req.application_id,
            kind="loan_contract",
            title=texts.CONTRACT_TITLE,
            terms=texts.document_terms(
                req, workflow.now().date(), lender=app.policy.lender_name, offer=offer
            ),
            lender_seal=True,
        ),
    )
    await p.signatures.collect(
        doc,
        "contract_signature",
        app.deadlines.contract_signature,
        remind_every=app.deadlines.contract_reminder_every,
    )
    if app.cancel is not None and workflow.patched("no-disburse-after-cancel-v1"):
        p.people.stop_cancelled()  # a cancel accepted while the contract signature was being verified
    app.disbursing = True
    try:
        payment = await p.activities.run(
            acts.DISBURSE,
            DisbursementRequest(
                application_id=req.application_id,
                dealer_id=req.vehicle.dealer_id,
                amount=offer.amount,
                idempotency_key=f"disburse-{req.application_id}",
            ),
            # Closed banks or spent daily limits clear overnight: retry until the give-up time.
            give_up_after=app.execution.disbursement_give_up,
        )
    except ActivityError as err:
        if isinstance(err.cause, ApplicationError) and err.cause.type == ErrorType.DISBURSEMENT_REJECTED:
            await p.decisions.decide(
                Step.CONTRACT,
                "decline",
                [Reason.DISBURSEMENT_REJECTED],
                {"why": "every bank rejected"},
                Status.FAILED,
            )
        raise
    app.disbursed = True
    if req.customer_id and workflow.patched("repayment-loan-v1"):
        # From now on the customer's repayment card cannot be unbound without a replacement.
        await p.activities.run(
            acts.REGISTER_REPAYMENT_LOAN,
            RepaymentLoan(application_id=req.application_id, user_id=req.customer_id),
        )
    await p.decisions.decide(
        Step.CONTRACT, "pass", [], {"payment_id": payment.payment_id, "channel": payment.channel}
    )
