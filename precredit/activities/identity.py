"""Step 1 and 2 third-party checks: registry, face, blacklist, bureau, court, carrier, multi-lending."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from temporalio import activity

from precredit.activities.deps import Dependencies
from precredit.activities.errors import not_found, third_party
from precredit.activities.heartbeat import heartbeating, report_queue_wait
from precredit.db.blobs import DocumentNotFound
from precredit.models.activities import BureauResult, FaceMatchRequest, PersonRef
from precredit.models.thirdparty import (
    BlacklistHit,
    CarrierData,
    CourtRecord,
    ElementsCheck,
    FaceMatch,
    MultiLendingData,
)


class IdentityActivities:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    @activity.defn(name="verify_identity_elements")
    def verify_identity_elements(self, person: PersonRef) -> ElementsCheck:
        """2-element first (name + ID), then 3-element (+ phone): the bureau query needs both."""
        providers = self.deps.providers
        with third_party():
            two = providers.identity.verify_elements(person.name, person.id_number, None)
            if not two.matched:
                return two
            return providers.identity.verify_elements(person.name, person.id_number, person.phone)

    @activity.defn(name="match_face")
    def match_face(self, req: FaceMatchRequest) -> FaceMatch:
        """Runs on the heavy task queue: the matcher aligns and compares images (CPU-bound)."""
        report_queue_wait("match_face", req.application_id, self.deps.settings.ocr_start_warning_seconds)
        try:
            selfie = self.deps.documents.get(req.selfie_ref)
        except DocumentNotFound as exc:
            raise not_found(str(exc)) from exc
        with third_party(), heartbeating("matching face"):
            return self.deps.providers.identity.face_match(req.id_number, selfie)

    @activity.defn(name="check_blacklist")
    def check_blacklist(self, person: PersonRef) -> BlacklistHit:
        with third_party():
            return self.deps.providers.blacklist.check(person.id_number)

    @activity.defn(name="fetch_credit_report")
    def fetch_credit_report(self, person: PersonRef) -> BureauResult:
        """The report is stored (sealed by the document store) and travels as a reference."""
        with third_party():
            report = self.deps.providers.bureau.fetch_report(person.name, person.id_number)
        ref = self.deps.documents.put(
            json.dumps(report, ensure_ascii=False, sort_keys=True, default=str).encode(),
            subject=self.deps.current_subject(),
            kind="credit_report",
        )
        report_date = str(report.get("report_date") or report.get("header", {}).get("report_date", ""))[:10]
        from datetime import date

        try:
            when = date.fromisoformat(report_date)
        except ValueError:
            when = date.today()
        return BureauResult(bureau_ref=ref, report_date=when, monthly_repayments=_monthly_repayments(report))

    @activity.defn(name="check_court_list")
    def check_court_list(self, person: PersonRef) -> CourtRecord:
        with third_party():
            return self.deps.providers.court.check(person.name, person.id_number)

    @activity.defn(name="fetch_carrier_data")
    def fetch_carrier_data(self, person: PersonRef) -> CarrierData:
        with third_party():
            return self.deps.providers.carrier.lookup(person.phone, person.name, person.id_number)

    @activity.defn(name="fetch_multi_lending")
    def fetch_multi_lending(self, person: PersonRef) -> MultiLendingData:
        with third_party():
            return self.deps.providers.multi_lending.query(person.id_number)


def _monthly_repayments(report: dict[str, Any]) -> Decimal | None:
    """None when the report can't be parsed: scoring then fails on it with the real error."""
    from pydantic import ValidationError

    from precredit.risk.bureau import parse_bureau_report

    try:
        return parse_bureau_report(report).loan_monthly_payment_total
    except (ValidationError, ValueError, KeyError, TypeError):
        return None
