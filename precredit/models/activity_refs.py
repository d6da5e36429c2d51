"""Typed references to every activity the workflows call.

Workflows may not import the activity code (it loads models, OCR engines and databases), so they call
activities through these descriptors: each carries the activity's registered name, the type of its
one argument and the type of its result. `primitives.Activities.run(ref, arg)` is generic over them,
so passing an activity the wrong input, or reading its result as the wrong type, fails mypy.
`tests/workflows/test_activity_refs.py` checks every reference against the `@activity.defn` it names
(name, argument and result annotations), so a reference cannot drift from its definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from precredit.models.activities import (
    ApprovalScoreRequest,
    BureauResult,
    CreditScoreRequest,
    DisbursementRequest,
    DisbursementResult,
    DocumentFieldsRecord,
    FaceMatchRequest,
    FraudScoreRequest,
    OcrRequest,
    PersonRef,
    PickupIssued,
    PickupIssueRequest,
    PickupRedeemRequest,
    PickupRedeemResult,
    ProgressRecord,
    ReminderRequest,
    SignatureCheck,
    SignatureResult,
    SigningDocument,
    SigningRequest,
    SmsChallenge,
    SmsChallengeRequest,
    SmsVerifyRequest,
    SmsVerifyResult,
)
from precredit.models.cards import (
    CardAuditRecord,
    CardBinding,
    CardElementsRequest,
    CardStoreRequest,
    CardVerification,
    RepaymentLoan,
    UnbindCheck,
    UnbindCheckRequest,
    UnbindOutcome,
    UnbindRequest,
)
from precredit.models.decisions import ModelScore
from precredit.models.documents import OcrResult
from precredit.models.proofs import HumanActionRefusal, ProofCheck, ProofVerdict
from precredit.models.thirdparty import (
    BlacklistHit,
    CarrierData,
    CourtRecord,
    ElementsCheck,
    FaceMatch,
    MultiLendingData,
)

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass(frozen=True)
class ActivityRef(Generic[In, Out]):
    """One activity: its registered name, its argument's type and its result's type."""

    name: str
    arg_type: type[In]
    result_type: type[Out]


NoResult = type(None)

# Steps 1 and 2: identity and anti-fraud third parties, scoring.
VERIFY_IDENTITY_ELEMENTS = ActivityRef("verify_identity_elements", PersonRef, ElementsCheck)
MATCH_FACE = ActivityRef("match_face", FaceMatchRequest, FaceMatch)
CHECK_BLACKLIST = ActivityRef("check_blacklist", PersonRef, BlacklistHit)
FETCH_CREDIT_REPORT = ActivityRef("fetch_credit_report", PersonRef, BureauResult)
CHECK_COURT_LIST = ActivityRef("check_court_list", PersonRef, CourtRecord)
FETCH_CARRIER_DATA = ActivityRef("fetch_carrier_data", PersonRef, CarrierData)
FETCH_MULTI_LENDING = ActivityRef("fetch_multi_lending", PersonRef, MultiLendingData)
SCORE_CREDIT = ActivityRef("score_credit", CreditScoreRequest, ModelScore)
SCORE_FRAUD = ActivityRef("score_fraud", FraudScoreRequest, ModelScore)
SCORE_APPROVAL = ActivityRef("score_approval", ApprovalScoreRequest, ModelScore)

# Documents.
OCR_DOCUMENT = ActivityRef("ocr_document", OcrRequest, OcrResult)
RECORD_DOCUMENT_FIELDS = ActivityRef("record_document_fields", DocumentFieldsRecord, NoResult)

# Messages to the buyer.
SEND_SMS_CODE = ActivityRef("send_sms_code", SmsChallengeRequest, SmsChallenge)
VERIFY_SMS_CODE = ActivityRef("verify_sms_code", SmsVerifyRequest, SmsVerifyResult)
SEND_REMINDER = ActivityRef("send_reminder", ReminderRequest, NoResult)

# Signatures, payment and pickup.
PREPARE_SIGNING_DOCUMENT = ActivityRef("prepare_signing_document", SigningRequest, SigningDocument)
VERIFY_BUYER_SIGNATURE = ActivityRef("verify_buyer_signature", SignatureCheck, SignatureResult)
DISBURSE = ActivityRef("disburse", DisbursementRequest, DisbursementResult)
ISSUE_PICKUP_CODE = ActivityRef("issue_pickup_code", PickupIssueRequest, PickupIssued)
REDEEM_PICKUP_CODE = ActivityRef("redeem_pickup_code", PickupRedeemRequest, PickupRedeemResult)

# Records and proofs of human actions.
RECORD_PROGRESS = ActivityRef("record_progress", ProgressRecord, NoResult)
VERIFY_HUMAN_ACTION = ActivityRef("verify_human_action", ProofCheck, ProofVerdict)
RECORD_HUMAN_REFUSAL = ActivityRef("record_human_refusal", HumanActionRefusal, NoResult)

# Cards.
VERIFY_CARD_ELEMENTS = ActivityRef("verify_card_elements", CardElementsRequest, CardVerification)
STORE_CARD_BINDING = ActivityRef("store_card_binding", CardStoreRequest, CardBinding)
CHECK_CARD_UNBIND = ActivityRef("check_card_unbind", UnbindCheckRequest, UnbindCheck)
UNBIND_CARD = ActivityRef("unbind_card", UnbindRequest, UnbindOutcome)
RECORD_CARD_AUDIT = ActivityRef("record_card_audit", CardAuditRecord, NoResult)
REGISTER_REPAYMENT_LOAN = ActivityRef("register_repayment_loan", RepaymentLoan, NoResult)
