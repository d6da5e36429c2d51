"""Step 2, anti-fraud: the court's dishonest-debtor list, carrier data and multi-lending, then the
fraud model, whose grey zone goes to an underwriter."""

from __future__ import annotations

import asyncio

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from precredit.models.activities import FraudScoreRequest
    from precredit.models.decisions import ModelScore, Reason, Step
    from precredit.models.thirdparty import CarrierData, CourtRecord, MultiLendingData

from precredit.workflows.precredit.decisions import PipelineDecisions


class AntiFraudStep(PipelineDecisions):
    async def _anti_fraud(self) -> None:
        req = self._req
        person = self._person()
        court, carrier, lending = await asyncio.gather(
            self._act("check_court_list", person, CourtRecord),
            self._act("fetch_carrier_data", person, CarrierData),
            self._act("fetch_multi_lending", person, MultiLendingData),
        )
        if court.dishonest:
            self._risk_band = "high"
            await self._decide(
                Step.ANTI_FRAUD, "decline", [Reason.COURT_DISHONEST_DEBTOR], {"cases": str(court.case_count)}
            )
        if lending.applications_30d > self._policy.multi_lending_30d_max:
            self._risk_band = "high"
            await self._decide(
                Step.ANTI_FRAUD,
                "decline",
                [Reason.MULTI_LENDING],
                {"applications_30d": str(lending.applications_30d)},
            )
        score = await self._act(
            "score_fraud",
            FraudScoreRequest(
                applicant=req.applicant, carrier=carrier, multi_lending=lending, today=workflow.now().date()
            ),
            ModelScore,
        )
        detail = {"probability": f"{score.probability:.3f}"}
        if score.probability >= self._policy.fraud_decline_at:
            self._risk_band = "high"
            await self._decide(Step.ANTI_FRAUD, "decline", [Reason.FRAUD_SUSPECTED], detail, score=score)
            return  # reached only when a person overturned the decline on appeal
        if score.probability >= self._policy.fraud_review_at:
            self._risk_band = "medium"
            await self._underwriter_review(Step.ANTI_FRAUD, [Reason.FRAUD_SUSPECTED], detail, score=score)
        else:
            self._risk_band = self._risk_band or "low"
            await self._decide(Step.ANTI_FRAUD, "pass", [], detail, score=score)
