"""Builds and runs the main queue's worker: the workflows and the light activities, with their
dependencies. The CPU-heavy activities (HEAVY_ACTIVITIES) run in OCR worker processes on their own
task queue (`precredit.workers.heavy`), so the event loop here is never blocked behind them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from temporalio import activity
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
from precredit.workers.bytecode import ensure_workflow_bytecode
from precredit.workers.guard import runner_for
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


# CPU-bound: they run on the heavy task queue, in OCR worker processes (`precredit.workers.heavy`).
HEAVY_ACTIVITIES = frozenset({"ocr_document", "match_face"})


def _name(fn: Callable[..., Any]) -> str | None:
    return activity._Definition.must_from_callable(fn).name


def light_activities(deps: Dependencies) -> list[Callable[..., Any]]:
    """What the main queue's worker runs: I/O-bound calls and millisecond-scale models."""
    return [fn for fn in all_activities(deps) if _name(fn) not in HEAVY_ACTIVITIES]


def heavy_activities(deps: Dependencies) -> list[Callable[..., Any]]:
    return [fn for fn in all_activities(deps) if _name(fn) in HEAVY_ACTIVITIES]


def warm_up(settings: Settings, *, ocr: bool) -> None:
    """Loads the OCR engine (OCR processes) or the models (main worker) before the first task, so
    no application pays for it."""
    if ocr:
        from precredit.ocr.engines import get_engine

        get_engine(settings.ocr_engine)
    else:
        from precredit.risk import score_credit  # noqa: F401


def build_worker(
    client: Client,
    deps: Dependencies,
    *,
    task_queue: str,
    executor: ThreadPoolExecutor,
    workflow_cache_size: int = 0,
) -> Worker:
    """The main queue's worker: workflows and light activities, never OCR (see HEAVY_ACTIVITIES)."""
    ensure_workflow_bytecode()
    return Worker(
        client,
        task_queue=task_queue,
        workflows=[PreCreditWorkflow, CardBindingWorkflow],
        activities=light_activities(deps),
        activity_executor=executor,
        max_concurrent_activities=executor._max_workers,
        max_cached_workflows=workflow_cache_size,
        workflow_runner=runner_for(workflow_cache_size),
    )


async def run_worker(settings: Settings, *, stop: asyncio.Event | None = None) -> None:
    """The main queue's worker until `stop`, watching that some OCR worker serves the heavy queue."""
    from precredit.client import connect
    from precredit.workers.monitor import watch_heavy_queue

    client = await connect(settings, worker_metrics=True)
    deps = Dependencies.from_settings(settings)
    stop = stop or asyncio.Event()
    with ThreadPoolExecutor(max_workers=settings.worker_max_concurrent_activities) as executor:
        worker = build_worker(
            client,
            deps,
            task_queue=settings.task_queue,
            executor=executor,
            workflow_cache_size=settings.workflow_cache_size,
        )
        log.info("worker polling %s on %s", settings.task_queue, settings.temporal_address)
        async with worker:
            watcher = asyncio.create_task(watch_heavy_queue(client, settings, stop))
            await stop.wait()
            await watcher
