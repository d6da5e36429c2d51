"""Hand-written fakes registered under the real activity names, so workflow tests need no OCR or models.

Each knob is a plain field; `calls` records what ran, to assert side effects happen once.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from temporalio import activity
from temporalio.exceptions import ApplicationError

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
from precredit.models.application import ApplicationRequest, PolicyConfig
from precredit.models.cards import RepaymentLoan
from precredit.models.decisions import Explanation, ModelScore
from precredit.models.documents import OcrResult
from precredit.models.proofs import HumanActionRefusal, ProofCheck, ProofRefusal, ProofVerdict, VerifiedClaim
from precredit.models.thirdparty import (
    BlacklistHit,
    CarrierData,
    CourtRecord,
    ElementsCheck,
    FaceMatch,
    MultiLendingData,
)

SMS_CODE = "246810"
PICKUP_CODE = "ABCD-EFGH-JKMN-P"


def explanation(code: str) -> Explanation:
    return Explanation(
        feature="f", value="v", contribution=0.5, reason_code=code, message_zh="原因", message_en="reason"
    )


@dataclass
class FakeWorld:
    req: ApplicationRequest
    ocr_overrides: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # What one photo reads as, by document reference (a new photo of the same document reads anew).
    ocr_by_ref: dict[str, dict[str, str | None]] = field(default_factory=dict)
    ocr_confidence_by_ref: dict[str, dict[str, float]] = field(default_factory=dict)
    """Confidences (default 0.99) the OCR gives some fields of a document, by its ref."""
    ocr_fit_by_ref: dict[str, float] = field(default_factory=dict)
    """How well the print fits a declared value that differs from the reading (`claim_fit`), by ref."""
    ocr_claims: list[dict[str, str]] = field(default_factory=list)  # the claims each OCR call carried
    reminders: list[str] = field(default_factory=list)  # texts sent to the buyer
    elements_match: bool = True
    face_similarity: float = 0.93
    liveness_ok: bool = True
    bureau_monthly_repayments: Decimal | None = None  # what the credit report shows repaid monthly
    blacklisted: bool = False
    credit_points: int = 720
    dishonest: bool = False
    applications_30d: int = 1
    fraud_probability: float = 0.05
    approval_probability: float = 0.1
    flaky_disburse_failures: int = 0
    disburse_rejected: bool = False
    verify_seconds: float = 0.0  # how long the signing provider takes to verify a signature
    calls: Counter[str] = field(default_factory=Counter)
    records: list[ProgressRecord] = field(default_factory=list)
    repayment_loans: list[RepaymentLoan] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # unproven or refused human actions
    refusal_details: list[HumanActionRefusal] = field(default_factory=list)  # as audited
    approval_dtis: list[Decimal] = field(default_factory=list)  # the DTI each approval score was given

    def ocr_fields(self, kind: str) -> dict[str, str | None]:
        a, v = self.req.applicant, self.req.vehicle
        base: dict[str, dict[str, str | None]] = {
            "id_card_front": {
                "name": a.name, "sex": "男", "ethnicity": "汉", "birth_date": "1985-03-07",
                "address": "北京市朝阳区", "id_number": a.id_number,
            },
            "id_card_back": {"issuing_authority": "北京市公安局朝阳分局", "valid_from": "2015-01-01", "valid_to": "长期"},
            "purchase_contract": {
                "contract_number": "PC-1", "buyer_name": a.name, "buyer_id_number": a.id_number, "vin": v.vin,
                "vehicle_price": str(v.price), "seller_name": v.dealer_name, "sign_date": "2026-11-20",
            },
            "vehicle_invoice": {
                "invoice_code": "011002300111", "invoice_number": "12345678", "issue_date": "2026-11-20",
                "buyer_name": a.name, "buyer_id_number": a.id_number, "brand_model": v.model, "vin": v.vin,
                "engine_number": "E123", "total_price": str(v.price), "seller_name": v.dealer_name,
            },
            "insurance_policy": {
                "policy_number": "P1", "insurer": "中国人保", "insured_name": a.name, "vin": v.vin,
                "start_date": "2026-01-01", "end_date": "2099-01-01", "premium": "5000.00",
                "first_beneficiary": PolicyConfig().lender_name,
            },
        }  # fmt: skip
        fields = dict(base[kind])
        fields.update(self.ocr_overrides.get(kind, {}))
        return fields

    def activities(self) -> list[Callable[..., Any]]:
        world = self

        @activity.defn(name="ocr_document")
        async def ocr_document(req: OcrRequest) -> OcrResult:
            world.calls["ocr_document"] += 1
            fields = {**world.ocr_fields(req.kind), **world.ocr_by_ref.get(req.document_ref, {})}
            sure = world.ocr_confidence_by_ref.get(req.document_ref, {})
            world.ocr_claims.append(dict(req.claims))
            fit = world.ocr_fit_by_ref.get(req.document_ref)
            judged = {
                k: fit for k, v in req.claims.items() if fit is not None and fields.get(k) not in (None, v)
            }
            return OcrResult(
                kind=req.kind,
                fields=fields,
                confidence={k: sure.get(k, 0.99) for k in fields},
                claim_fit=judged,
            )

        @activity.defn(name="record_document_fields")
        async def record_document_fields(rec: DocumentFieldsRecord) -> None:
            world.calls["record_document_fields"] += 1

        @activity.defn(name="verify_identity_elements")
        async def verify_identity_elements(p: PersonRef) -> ElementsCheck:
            return ElementsCheck(elements=3, matched=world.elements_match)

        @activity.defn(name="match_face")
        async def match_face(r: FaceMatchRequest) -> FaceMatch:
            return FaceMatch(
                similarity=world.face_similarity,
                matched=world.face_similarity >= 0.8,
                liveness_ok=world.liveness_ok,
            )

        @activity.defn(name="check_blacklist")
        async def check_blacklist(p: PersonRef) -> BlacklistHit:
            return BlacklistHit(listed=world.blacklisted, list_name="internal" if world.blacklisted else "")

        @activity.defn(name="fetch_credit_report")
        async def fetch_credit_report(p: PersonRef) -> BureauResult:
            return BureauResult(
                bureau_ref="doc://" + "0" * 64,
                report_date=datetime.now(UTC).date(),
                monthly_repayments=world.bureau_monthly_repayments,
            )

        @activity.defn(name="check_court_list")
        async def check_court_list(p: PersonRef) -> CourtRecord:
            return CourtRecord(dishonest=world.dishonest, case_count=int(world.dishonest))

        @activity.defn(name="fetch_carrier_data")
        async def fetch_carrier_data(p: PersonRef) -> CarrierData:
            return CarrierData(carrier="中国移动", tenure_months=60, real_name_match=True, status="active")

        @activity.defn(name="fetch_multi_lending")
        async def fetch_multi_lending(p: PersonRef) -> MultiLendingData:
            n = world.applications_30d
            return MultiLendingData(
                applications_7d=0,
                applications_30d=n,
                applications_90d=n,
                lenders_7d=0,
                lenders_30d=n,
                lenders_90d=n,
            )

        @activity.defn(name="score_credit")
        async def score_credit(r: CreditScoreRequest) -> ModelScore:
            return ModelScore(
                model_name="credit", model_version="t", probability=0.1, points=world.credit_points,
                explanations=[explanation("CREDIT_SCORE_LOW")],
            )  # fmt: skip

        @activity.defn(name="score_fraud")
        async def score_fraud(r: FraudScoreRequest) -> ModelScore:
            return ModelScore(model_name="fraud", model_version="t", probability=world.fraud_probability)

        @activity.defn(name="score_approval")
        async def score_approval(r: ApprovalScoreRequest) -> ModelScore:
            world.approval_dtis.append(r.dti)
            return ModelScore(
                model_name="approval", model_version="t", probability=world.approval_probability
            )

        @activity.defn(name="send_sms_code")
        async def send_sms_code(r: SmsChallengeRequest) -> SmsChallenge:
            world.calls["send_sms_code"] += 1
            return SmsChallenge(challenge_id=f"{r.application_id}:{r.purpose}", phone_masked="138****5678")

        @activity.defn(name="verify_sms_code")
        async def verify_sms_code(r: SmsVerifyRequest) -> SmsVerifyResult:
            world.calls["verify_sms_code"] += 1
            ok = r.code == SMS_CODE
            left = max(0, world.req_max_sms - world.calls["verify_sms_code"])
            return SmsVerifyResult(ok=ok, attempts_left=left, locked=not ok and left == 0)

        @activity.defn(name="send_reminder")
        async def send_reminder(r: ReminderRequest) -> None:
            world.calls["send_reminder"] += 1
            world.reminders.append(r.text)

        @activity.defn(name="prepare_signing_document")
        async def prepare_signing_document(r: SigningRequest) -> SigningDocument:
            data = "\n".join([r.title, *r.lines]).encode()
            digest = hashlib.sha256(data).hexdigest()
            return SigningDocument(kind=r.kind, document_ref="doc://" + digest, sha256=digest)

        @activity.defn(name="verify_buyer_signature")
        async def verify_buyer_signature(r: SignatureCheck) -> SignatureResult:
            await asyncio.sleep(world.verify_seconds)
            expected = base64.b64encode(f"signed:{r.document.sha256}".encode()).decode()
            return SignatureResult(
                valid=r.signature_b64 == expected, detail="" if r.signature_b64 == expected else "bad"
            )

        @activity.defn(name="disburse")
        async def disburse(r: DisbursementRequest) -> DisbursementResult:
            world.calls["disburse"] += 1
            if world.disburse_rejected:
                raise ApplicationError(
                    "all channels rejected", type="DisbursementRejected", non_retryable=True
                )
            if world.calls["disburse"] <= world.flaky_disburse_failures:
                raise RuntimeError("bank channel timed out")
            return DisbursementResult(
                payment_id="pay-1", channel="sandbox", status="CONFIRMED", amount=Decimal(r.amount)
            )

        @activity.defn(name="issue_pickup_code")
        async def issue_pickup_code(r: PickupIssueRequest) -> PickupIssued:
            world.calls["issue_pickup_code"] += 1
            return PickupIssued(
                code_masked="ABCD-****-****-P", expires_at=datetime.now(UTC) + timedelta(days=7)
            )

        @activity.defn(name="redeem_pickup_code")
        async def redeem_pickup_code(r: PickupRedeemRequest) -> PickupRedeemResult:
            ok = r.code == PICKUP_CODE
            return PickupRedeemResult(ok=ok, reason="" if ok else "wrong code", attempts_left=4)

        @activity.defn(name="register_repayment_loan")
        async def register_repayment_loan(loan: RepaymentLoan) -> None:
            world.calls["register_repayment_loan"] += 1
            world.repayment_loans.append(loan)

        @activity.defn(name="verify_human_action")
        async def verify_human_action(check: ProofCheck) -> ProofVerdict:
            # The fake credential is `test:<role>:<subject>`; the real one is a signed assertion.
            world.calls["verify_human_action"] += 1
            parts = check.proof.split(":")
            if len(parts) != 3 or parts[0] != "test":
                world.refusals.append(check.action.value)
                return ProofVerdict(ok=False, refusal=ProofRefusal.UNSIGNED, message="no valid proof")
            now = datetime.now(UTC)
            claim = VerifiedClaim(
                subject=parts[2], role=parts[1], action=check.action, object_id=check.object_id,
                decision=check.decision, nonce=str(world.calls["verify_human_action"]), key_id="test",
                issued_at=now, expires_at=now + timedelta(minutes=5),
            )  # fmt: skip
            return ProofVerdict(ok=True, claim=claim)

        @activity.defn(name="record_human_refusal")
        async def record_human_refusal(refusal: HumanActionRefusal) -> None:
            world.refusals.append(refusal.code)
            world.refusal_details.append(refusal)

        @activity.defn(name="record_progress")
        async def record_progress(rec: ProgressRecord) -> None:
            world.records.append(rec)

        return [
            ocr_document, record_document_fields, verify_identity_elements, match_face, check_blacklist,
            fetch_credit_report, check_court_list, fetch_carrier_data, fetch_multi_lending, score_credit,
            score_fraud, score_approval, send_sms_code, verify_sms_code, send_reminder, prepare_signing_document,
            verify_buyer_signature, disburse, issue_pickup_code, redeem_pickup_code, record_progress,
            register_repayment_loan, verify_human_action, record_human_refusal,
        ]  # fmt: skip

    req_max_sms: int = 5


def proof_for(role: str, subject: str) -> str:
    """The fakes' credential for a human action (tests/workflows/fakes.py verify_human_action)."""
    return f"test:{role}:{subject}"


def signature_for(sha256: str) -> str:
    return base64.b64encode(f"signed:{sha256}".encode()).decode()
