"""The PreCreditWorkflow class: runs the seven steps in order, times each one, and answers every
message: the buyer's and dealer's updates (SMS code, signatures, documents, pickup, review request),
the operators' cancel and the underwriter's decision, and the status query. It holds no logic of its
own beyond that: the state is one `Application`, the steps are functions in `steps/`, and each
handler hands its message to the part of the `Pipeline` it concerns."""

from __future__ import annotations

import asyncio

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from precredit.models import activity_refs as acts
    from precredit.models.activities import PickupRedeemRequest
    from precredit.models.application import PreCreditInput
    from precredit.models.decisions import Reason, Status, Step
    from precredit.models.messages import (
        CancelRequest,
        DocumentsUpload,
        PickupRedemption,
        PreCreditResult,
        ReviewRequest,
        SignatureInput,
        SmsCodeInput,
        StatusView,
        UnderwriterDecision,
        UpdateAck,
    )
    from precredit.models.proofs import HumanAction

from precredit.workflows.precredit import steps
from precredit.workflows.precredit.pipeline import Pipeline
from precredit.workflows.precredit.state import StopApplication
from precredit.workflows.primitives import PublishedView, prove


@workflow.defn(name="PreCreditWorkflow")
class PreCreditWorkflow:
    @workflow.init
    def __init__(self, inp: PreCreditInput) -> None:
        # The input is taken here, not in run(): an update delivered with the start must see it.
        self._p = Pipeline.build(inp)
        self._app = self._p.app
        self._view = PublishedView(self.status)

    @workflow.run
    async def run(self, inp: PreCreditInput) -> PreCreditResult:
        p, app = self._p, self._app
        app.timestamps["started"] = workflow.now()
        self._view.start()
        try:
            credit = await p.run_step(Step.IDENTITY, lambda: steps.identity(p))
            await p.run_step(Step.ANTI_FRAUD, lambda: steps.anti_fraud(p))
            await p.run_step(Step.AUTHORISATION, lambda: steps.authorisation(p))
            offer = await p.run_step(Step.APPROVAL, lambda: steps.approval(p, credit))
            await p.run_step(Step.DOCUMENTS, lambda: steps.documents(p))
            await p.run_step(Step.CONTRACT, lambda: steps.contract(p, offer))
            await p.run_step(Step.PICKUP, lambda: steps.pickup(p))
            app.status = Status.COMPLETED
        except StopApplication as stop:
            app.status = stop.status
            app.reasons = list(dict.fromkeys([*app.reasons, *stop.reasons]))
        except asyncio.CancelledError:
            app.status = Status.CANCELLED
            app.reasons.append(Reason.CANCELLED_BY_OPERATOR)
        except ActivityError as err:
            workflow.logger.error("step %s failed after retries: %s", app.step, err.cause or err)
            app.status = Status.FAILED
            app.reasons.append(Reason.TECHNICAL_FAILURE)
        app.waiting = None
        # An update handler still verifying (e.g. a signature at the deadline) finishes first.
        await workflow.wait_condition(workflow.all_handlers_finished)
        app.timestamps["finished"] = workflow.now()
        p.reports.upsert_search()
        await p.reports.record(None)
        self._view.publish()
        return PreCreditResult(
            application_id=inp.request.application_id,
            status=app.status,
            reason_codes=app.reasons,
            decisions=app.decisions,
            offer=app.offer,
            pickup_code_masked=app.pickup_masked,
            step_seconds=app.step_seconds,
            automated_seconds=round(sum(app.step_seconds.values()), 3),
        )

    # The buyer: SMS code, signatures, documents, review request. Each validator refuses a message
    # the application is not waiting for, so a refused update leaves nothing in the history.

    @workflow.update
    async def submit_sms_code(self, inp: SmsCodeInput) -> UpdateAck:
        refusal = await self._app.until_waiting("sms_code")
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        with self._app.answers.checking("sms_code"):
            result = await self._p.sms.verify(inp.code, expiry_locks=False)
        if result.ok:
            return UpdateAck(accepted=True, message="verified")
        why = (
            "locked after too many attempts"
            if result.locked
            else "expired"
            if result.expired
            else "wrong code"
        )
        return UpdateAck(accepted=False, message=why, attempts_left=result.attempts_left)

    @submit_sms_code.validator
    def _validate_sms(self, inp: SmsCodeInput) -> None:
        self._app.require_waiting_or_due("sms_code")
        sms = self._p.sms
        if sms.ok or sms.locked:
            raise ValueError("the SMS code was already " + ("verified" if sms.ok else "locked"))
        if not (len(inp.code) == 6 and inp.code.isdigit()):
            raise ValueError("SMS code must be exactly 6 digits")

    @workflow.update
    async def sign_authorisation(self, inp: SignatureInput) -> UpdateAck:
        return await self._p.signatures.accept("authorisation_signature", "authorisation_letter", inp)

    @sign_authorisation.validator
    def _validate_sign_authorisation(self, inp: SignatureInput) -> None:
        self._p.signatures.validate("authorisation_signature", "authorisation_letter", inp)

    @workflow.update
    async def sign_contract(self, inp: SignatureInput) -> UpdateAck:
        return await self._p.signatures.accept("contract_signature", "loan_contract", inp)

    @sign_contract.validator
    def _validate_sign_contract(self, inp: SignatureInput) -> None:
        self._p.signatures.validate("contract_signature", "loan_contract", inp)

    @workflow.update
    async def upload_documents(self, inp: DocumentsUpload) -> UpdateAck:
        app = self._app
        app.loan_documents = app.loan_documents.merged(inp.documents)
        app.id_card = app.id_card.merged(inp.id_card)
        missing = app.loan_documents.missing()
        return UpdateAck(accepted=True, message="missing: " + ",".join(missing) if missing else "complete")

    @upload_documents.validator
    def _validate_upload(self, inp: DocumentsUpload) -> None:
        app = self._app
        app.require_running()
        given = inp.given()
        if app.is_waiting("documents_reupload") and given:
            # Only the documents that could not be read are read again: any other file would be
            # accepted and never read, and the same file would be read the same way.
            others = sorted(set(given) - app.photos_asked)
            if others:
                asked = ",".join(sorted(app.photos_asked))
                raise ValueError(f"only new photos of {asked} are asked for, not {','.join(others)}")
            if any(ref == app.photo(kind) for kind, ref in given.items()):
                raise ValueError("this is the photo that could not be read; please take a new one")
            return
        if any(inp.id_card.model_dump().values()):
            raise ValueError("the ID card came with the application; send a new photo only when asked")
        # In the documents step only the wait for them takes uploads: once reading (or an underwriter
        # reviewing what was read) has begun, a new file would never be read or cross-checked.
        if app.step in (Step.CONTRACT, Step.PICKUP) or (
            app.step == Step.DOCUMENTS and not app.is_waiting("documents")
        ):
            raise ValueError("documents were already checked; uploads are closed")
        if not given:
            raise ValueError("no document given")

    @workflow.update
    async def request_review(self, inp: ReviewRequest) -> UpdateAck:
        app = self._app
        if workflow.patched("proven-review-request-v1"):
            # Only the applicant may appeal their decline; the appeal window stays open for them.
            app.appeals_in_proof += 1  # asked within the window: the window waits for the proof
            try:
                claim = await prove(
                    self._p.activities, app.proof_check(HumanAction.REVIEW_REQUEST, inp.proof)
                )
            finally:
                app.appeals_in_proof -= 1
            if isinstance(claim, str):
                return UpdateAck(accepted=False, message=claim)
            if app.review_request is not None:  # two proven appeals at once: the first one counts
                return UpdateAck(accepted=False, message="a review was already requested")
        app.review_request = inp
        return UpdateAck(accepted=True, message="an underwriter will review the decision")

    @request_review.validator
    def _validate_review(self, inp: ReviewRequest) -> None:
        if not self._app.is_waiting("review_request"):
            raise ValueError("only an automated decline can be reviewed, within its appeal window")

    # The dealer: the pickup code.

    @workflow.update
    async def redeem_pickup(self, inp: PickupRedemption) -> UpdateAck:
        app = self._app
        refusal = await app.until_waiting("pickup")
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        with app.answers.checking("pickup"):
            if workflow.patched("proven-human-actions-v1"):
                # A forged redemption must not spend the code's attempts: proven before it is tried.
                claim = await prove(
                    self._p.activities,
                    app.proof_check(HumanAction.PICKUP_REDEEM, inp.proof, claimed_subject=inp.dealer_id),
                )
                if isinstance(claim, str):
                    return UpdateAck(accepted=False, message=claim)
            result = await self._p.activities.run(
                acts.REDEEM_PICKUP_CODE,
                PickupRedeemRequest(
                    application_id=app.req.application_id,
                    dealer_id=inp.dealer_id,
                    code=inp.code,
                    max_attempts=app.policy.pickup_max_attempts,
                ),
            )
            app.picked_up = result.ok  # before the wait for this answer reads it
        if result.ok:
            return UpdateAck(accepted=True, message="car released")
        return UpdateAck(accepted=False, message=result.reason, attempts_left=result.attempts_left)

    @redeem_pickup.validator
    def _validate_redeem(self, inp: PickupRedemption) -> None:
        app = self._app
        app.require_waiting_or_due("pickup")
        if app.picked_up:
            raise ValueError("the car was already released")
        if inp.dealer_id != app.req.vehicle.dealer_id:
            raise ValueError("this pickup code belongs to another dealership")

    # Operators and underwriters.

    @workflow.update
    async def cancel(self, inp: CancelRequest) -> UpdateAck:
        if workflow.patched("proven-human-actions-v1"):
            claim = await prove(self._p.activities, self._app.proof_check(HumanAction.CANCEL, inp.proof))
            if isinstance(claim, str):
                return UpdateAck(accepted=False, message=claim)
            # Who cancelled is the verified sender's role, not what the message says.
            inp = inp.model_copy(update={"by": "buyer" if claim.role == "applicant" else "operator"})
        self._app.cancel = inp
        return UpdateAck(accepted=True, message="cancelling")

    @cancel.validator
    def _validate_cancel(self, inp: CancelRequest) -> None:
        app = self._app
        app.require_running()
        if app.disbursing or app.disbursed:
            # A payment in flight cannot be called back: once it may have left, only a refund can undo it.
            raise ValueError(
                "the loan is being or has been paid out; cancellation needs an operator refund process"
            )

    @workflow.signal
    async def underwriter_decision(self, inp: UnderwriterDecision) -> None:
        app = self._app
        app.uw_inbox.append(inp)  # a proven review verifies it (decisions.py)
        if app.is_waiting("underwriter"):
            app.uw_decision = inp
            return
        if app.reviewing and workflow.patched("late-review-decisions-v1"):
            # Between two waits of a review (a proof being verified): the review reads it next, or
            # audits it as too late once it has decided.
            return
        workflow.logger.warning("underwriter decision ignored: no review is pending")
        if not workflow.patched("stray-decision-audit-v1"):
            return
        # Sent straight to Temporal (the API refuses it first): ignored, and the audit trail says
        # so. The sender is unverified and the message's claims are not repeated anywhere.
        await self._p.decisions.audit_ignored_decision("no review is pending")

    @workflow.query
    def status(self) -> StatusView:
        """Also kept in the memo (`PublishedView`), where readers find it without a replay."""
        app = self._app
        return StatusView(
            application_id=app.req.application_id,
            status=app.status,
            step=app.step,
            waiting_for=app.waiting,
            decisions=app.decisions,
            reason_codes=app.reasons,
            offer=app.offer,
            risk_band=app.risk_band,
            pickup_code_masked=app.pickup_masked,
            signing_documents={k: v.sha256 for k, v in app.signing.items()},
            timestamps=app.timestamps,
            step_seconds=app.step_seconds,
        )
