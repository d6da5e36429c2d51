"""The buyer's and the dealer's updates: the SMS code, the two signatures, the loan documents, the
pickup code and the request to review an automated decline. Each validator refuses a message the
application is not waiting for, so a refused update leaves nothing in the history."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import (
        PickupRedeemRequest,
        PickupRedeemResult,
        SmsVerifyRequest,
        SmsVerifyResult,
    )
    from precredit.models.decisions import Step
    from precredit.models.messages import (
        DocumentsUpload,
        PickupRedemption,
        ReviewRequest,
        SignatureInput,
        SmsCodeInput,
        UpdateAck,
    )
    from precredit.models.proofs import HumanAction

from precredit.workflows.precredit.signatures import PipelineSignatures


class BuyerUpdates(PipelineSignatures):
    @workflow.update
    async def submit_sms_code(self, inp: SmsCodeInput) -> UpdateAck:
        refusal = await self._until_waiting("sms_code")
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        assert self._sms_challenge is not None
        result = await self._act(
            "verify_sms_code",
            SmsVerifyRequest(challenge_id=self._sms_challenge.challenge_id, code=inp.code),
            SmsVerifyResult,
        )
        self._sms_ok, self._sms_locked = result.ok, result.locked
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
        self._require_waiting_or_due("sms_code")
        if self._sms_ok or self._sms_locked:
            raise ValueError("the SMS code was already " + ("verified" if self._sms_ok else "locked"))
        if not (len(inp.code) == 6 and inp.code.isdigit()):
            raise ValueError("SMS code must be exactly 6 digits")

    @workflow.update
    async def sign_authorisation(self, inp: SignatureInput) -> UpdateAck:
        return await self._accept_signature("authorisation_signature", "authorisation_letter", inp)

    @sign_authorisation.validator
    def _validate_sign_authorisation(self, inp: SignatureInput) -> None:
        self._validate_signature("authorisation_signature", "authorisation_letter", inp)

    @workflow.update
    async def sign_contract(self, inp: SignatureInput) -> UpdateAck:
        return await self._accept_signature("contract_signature", "loan_contract", inp)

    @sign_contract.validator
    def _validate_sign_contract(self, inp: SignatureInput) -> None:
        self._validate_signature("contract_signature", "loan_contract", inp)

    @workflow.update
    async def upload_documents(self, inp: DocumentsUpload) -> UpdateAck:
        self._loan_documents = self._loan_documents.merged(inp.documents)
        self._id_card = self._id_card.merged(inp.id_card)
        missing = self._loan_documents.missing()
        return UpdateAck(accepted=True, message="missing: " + ",".join(missing) if missing else "complete")

    @upload_documents.validator
    def _validate_upload(self, inp: DocumentsUpload) -> None:
        self._require_running()
        given = inp.given()
        if self._is_waiting("documents_reupload") and given:
            # Only the documents that could not be read are read again: any other file would be
            # accepted and never read, and the same file would be read the same way.
            others = sorted(set(given) - self._photos_asked)
            if others:
                asked = ",".join(sorted(self._photos_asked))
                raise ValueError(f"only new photos of {asked} are asked for, not {','.join(others)}")
            if any(ref == self._photo(kind) for kind, ref in given.items()):
                raise ValueError("this is the photo that could not be read; please take a new one")
            return
        if any(inp.id_card.model_dump().values()):
            raise ValueError("the ID card came with the application; send a new photo only when asked")
        # In the documents step only the wait for them takes uploads: once reading (or an underwriter
        # reviewing what was read) has begun, a new file would never be read or cross-checked.
        if self._step in (Step.CONTRACT, Step.PICKUP) or (
            self._step == Step.DOCUMENTS and not self._is_waiting("documents")
        ):
            raise ValueError("documents were already checked; uploads are closed")
        if not given:
            raise ValueError("no document given")

    @workflow.update
    async def redeem_pickup(self, inp: PickupRedemption) -> UpdateAck:
        refusal = await self._until_waiting("pickup")
        if refusal is not None:
            return UpdateAck(accepted=False, message=refusal)
        if workflow.patched("proven-human-actions-v1"):
            # A forged redemption must not spend the code's attempts: proven before it is tried.
            claim = await self._prove(HumanAction.PICKUP_REDEEM, inp.proof, claimed_subject=inp.dealer_id)
            if isinstance(claim, str):
                return UpdateAck(accepted=False, message=claim)
        result = await self._act(
            "redeem_pickup_code",
            PickupRedeemRequest(
                application_id=self._req.application_id,
                dealer_id=inp.dealer_id,
                code=inp.code,
                max_attempts=self._policy.pickup_max_attempts,
            ),
            PickupRedeemResult,
        )
        if result.ok:
            self._picked_up = True
            return UpdateAck(accepted=True, message="car released")
        return UpdateAck(accepted=False, message=result.reason, attempts_left=result.attempts_left)

    @redeem_pickup.validator
    def _validate_redeem(self, inp: PickupRedemption) -> None:
        self._require_waiting_or_due("pickup")
        if self._picked_up:
            raise ValueError("the car was already released")
        if inp.dealer_id != self._req.vehicle.dealer_id:
            raise ValueError("this pickup code belongs to another dealership")

    @workflow.update
    async def request_review(self, inp: ReviewRequest) -> UpdateAck:
        if workflow.patched("proven-review-request-v1"):
            # Only the applicant may appeal their decline; the appeal window stays open for them.
            self._appeals_in_proof += 1  # asked within the window: the window waits for the proof
            try:
                claim = await self._prove(HumanAction.REVIEW_REQUEST, inp.proof)
            finally:
                self._appeals_in_proof -= 1
            if isinstance(claim, str):
                return UpdateAck(accepted=False, message=claim)
            if self._review_request is not None:  # two proven appeals at once: the first one counts
                return UpdateAck(accepted=False, message="a review was already requested")
        self._review_request = inp
        return UpdateAck(accepted=True, message="an underwriter will review the decision")

    @request_review.validator
    def _validate_review(self, inp: ReviewRequest) -> None:
        if self._waiting is None or self._waiting.what != "review_request":
            raise ValueError("only an automated decline can be reviewed, within its appeal window")
