"""Builds and runs a worker: the pre-credit workflow plus every activity, with their dependencies."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from temporalio.client import Client
from temporalio.worker import Worker

from precredit.activities.cards import CardActivities
from precredit.activities.deps import Dependencies
from precredit.activities.documents import DocumentActivities
from precredit.activities.funding import FundingActivities
from precredit.activities.identity import IdentityActivities
from precredit.activities.messaging import MessagingActivities
from precredit.activities.pickup import PickupActivities
from precredit.activities.proofs import ProofActivities
from precredit.activities.records import RecordActivities
from precredit.activities.scoring import ScoringActivities
from precredit.activities.signing import SigningActivities
from precredit.config import Settings
from precredit.workflows.card_binding import CardBindingWorkflow
from precredit.workflows.precredit import PreCreditWorkflow

log = logging.getLogger(__name__)


def all_activities(deps: Dependencies) -> list[Callable[..., Any]]:
    documents, identity, scoring = DocumentActivities(deps), IdentityActivities(deps), ScoringActivities(deps)
    messaging, signing, funding = MessagingActivities(deps), SigningActivities(deps), FundingActivities(deps)
    pickup, records, cards = PickupActivities(deps), RecordActivities(deps), CardActivities(deps)
    proofs = ProofActivities(deps)
    return [
        proofs.verify_human_action,
        proofs.record_human_refusal,
        cards.verify_card_elements,
        cards.store_card_binding,
        cards.check_card_unbind,
        cards.unbind_card,
        cards.record_card_audit,
        cards.register_repayment_loan,
        documents.ocr_document,
        documents.record_document_fields,
        identity.verify_identity_elements,
        identity.match_face,
        identity.check_blacklist,
        identity.fetch_credit_report,
        identity.check_court_list,
        identity.fetch_carrier_data,
        identity.fetch_multi_lending,
        scoring.score_credit,
        scoring.score_fraud,
        scoring.score_approval,
        messaging.send_sms_code,
        messaging.verify_sms_code,
        messaging.send_reminder,
        signing.prepare_signing_document,
        signing.verify_buyer_signature,
        funding.disburse,
        pickup.issue_pickup_code,
        pickup.redeem_pickup_code,
        records.record_progress,
    ]


def warm_up(settings: Settings) -> None:
    """Loads the OCR engine and the models before the first task, so no application pays for it."""
    from precredit.ocr import read_document  # noqa: F401
    from precredit.risk import score_credit  # noqa: F401


def build_worker(
    client: Client,
    deps: Dependencies,
    *,
    task_queue: str,
    executor: ThreadPoolExecutor,
    workflow_cache_size: int = 0,
) -> Worker:
    return Worker(
        client,
        task_queue=task_queue,
        workflows=[PreCreditWorkflow, CardBindingWorkflow],
        activities=all_activities(deps),
        activity_executor=executor,
        max_concurrent_activities=executor._max_workers,
        max_cached_workflows=workflow_cache_size,
    )


async def run_worker(settings: Settings, *, stop: asyncio.Event | None = None) -> None:
    from precredit.client import connect

    client = await connect(settings, worker_metrics=True)
    deps = Dependencies.from_settings(settings)
    with ThreadPoolExecutor(max_workers=settings.worker_max_concurrent_activities) as executor:
        worker = build_worker(
            client,
            deps,
            task_queue=settings.task_queue,
            executor=executor,
            workflow_cache_size=settings.workflow_cache_size,
        )
        log.info("worker polling %s on %s", settings.task_queue, settings.temporal_address)
        if stop is None:
            await worker.run()
        else:
            async with worker:
                await stop.wait()
