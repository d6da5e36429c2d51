"""The typed client frontends, the CLI and the API use: start, act on and read applications.

One place knows the workflow id scheme, the task queue, the encrypted data converter and the
search attributes a new application starts with.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel
from temporalio.client import Client, WorkflowHandle, WorkflowQueryFailedError
from temporalio.common import SearchAttributePair, TypedSearchAttributes, WorkflowIDReusePolicy
from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig
from temporalio.service import TLSConfig

if TYPE_CHECKING:
    from precredit.security.keys import KeyRing
    from precredit.security.subjects import SubjectKeys

from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.models import search
from precredit.models.application import ApplicationRequest, PreCreditInput
from precredit.models.messages import (
    QUERY_REFUSED,
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
    first_view_memo,
)
from precredit.models.proofs import HumanAction
from precredit.models.views import ViewErased, view_from_memo
from precredit.security.assertions import ProofKeys, issue, keys_for
from precredit.security.codec import EncryptionCodec, data_converter, load_keyring
from precredit.security.customers import with_verified_customer
from precredit.security.roles import Role

WORKFLOW_NAME = "PreCreditWorkflow"
V = TypeVar("V", bound=BaseModel)


# A query the cache guard refused is asked again this many times, waiting 0.05 s doubling to 1 s:
# the refusal lasts until the workflow task already scheduled for those events has run.
QUERY_REFUSED_TRIES = 10


async def query_view(handle: WorkflowHandle[Any, Any], model: type[V]) -> V:
    """The `status` query, which a worker answers from its cached run or by rebuilding it. Any
    failure but the cache guard's refusal (`QUERY_REFUSED`, "ask again") is final: a
    nondeterminism error here is a workflow that cannot be rebuilt from its history, which a second
    try would only hide. An erased applicant's workflow answers with the codec's "erased"
    placeholder, which fails as a query, saying so."""
    for attempt in range(QUERY_REFUSED_TRIES):
        try:
            answer = await handle.query("status")
            break
        except WorkflowQueryFailedError as err:
            if str(err) != QUERY_REFUSED or attempt == QUERY_REFUSED_TRIES - 1:
                raise
            await asyncio.sleep(min(0.05 * 2**attempt, 1.0))
    if isinstance(answer, dict) and answer.get("precredit_erased"):
        raise WorkflowQueryFailedError("the applicant of this application was erased: nothing to show")
    return model.model_validate(answer)


async def query_status(handle: WorkflowHandle[Any, Any]) -> StatusView:
    return await query_view(handle, StatusView)


async def read_view(handle: WorkflowHandle[Any, Any], model: type[V]) -> V:
    """The view a workflow keeps in its memo (`PublishedView`), read from the server with no worker
    involved; its `status` query (`query_view`) for a run started before views were kept (patch
    `status-memo-v1`). The memo is written in the workflow task that changed the state, so a read
    after a message's reply sees what the message did. An erased applicant's view fails, saying so."""
    description = await handle.describe()
    try:
        view = view_from_memo(await description.memo(), model)
    except ViewErased as erased:
        raise WorkflowQueryFailedError(str(erased)) from erased
    return view if view is not None else await query_view(handle, model)


async def read_status(handle: WorkflowHandle[Any, Any]) -> StatusView:
    return await read_view(handle, StatusView)


class StatusReads:
    """Status reads for pollers, at most one per application per `max_age` seconds.

    A read describes the workflow (`read_view`), which the server answers; before views were kept
    in the memo each read was a query that replayed the whole history on the worker that also ran
    every application's workflow tasks, and six buyers polling four times a second starved it (CI,
    stop 20). Sharing reads still spares the server. A poller asks with `max_age`: it gets the last
    view if that was read at most `max_age` ago and after this client last sent the application a
    message, or joins such a read still in flight; otherwise one new read is made. `max_age=0`
    always reads."""

    LIMIT = 4096  # applications remembered: a long-running API forgets the oldest

    def __init__(self) -> None:
        self._asked: OrderedDict[str, tuple[float, asyncio.Future[StatusView]]] = OrderedDict()
        self._sent: OrderedDict[str, float] = OrderedDict()

    def sent(self, application_id: str) -> None:
        """This client sent the application a message: the next read asks again."""
        self._remember(self._sent, application_id, time.monotonic())

    async def read(
        self, application_id: str, ask: Callable[[], Awaitable[StatusView]], max_age: float
    ) -> StatusView:
        if max_age <= 0:
            return await ask()
        now = time.monotonic()
        last = self._asked.get(application_id)
        if last is not None and last[0] >= now - max_age and last[0] > self._sent.get(application_id, -1.0):
            return await asyncio.shield(last[1])
        query = asyncio.ensure_future(ask())
        entry = (now, query)
        self._remember(self._asked, application_id, entry)

        def forget_failed(done: asyncio.Future[StatusView]) -> None:
            if (done.cancelled() or done.exception() is not None) and self._asked.get(
                application_id
            ) is entry:
                del self._asked[application_id]  # an error is never served from memory

        query.add_done_callback(forget_failed)
        return await asyncio.shield(query)

    def _remember(self, table: OrderedDict[str, Any], key: str, value: Any) -> None:
        table[key] = value
        table.move_to_end(key)
        while len(table) > self.LIMIT:
            table.popitem(last=False)


def workflow_id(application_id: str) -> str:
    return f"precredit-{application_id}"


async def connect(settings: Settings, *, worker_metrics: bool = False) -> Client:
    """`worker_metrics` exposes the SDK's Prometheus metrics (task latencies, slots, polls)."""
    runtime = None
    if worker_metrics and settings.worker_metrics_port:
        metrics = PrometheusConfig(bind_address=f"0.0.0.0:{settings.worker_metrics_port}")
        runtime = Runtime(telemetry=TelemetryConfig(metrics=metrics))
    api_key = settings.temporal_api_key.get_secret_value() if settings.temporal_api_key else None
    return await Client.connect(
        settings.temporal_address,
        namespace=settings.temporal_namespace,
        data_converter=data_converter(*subject_keys(settings, cache_seconds=settings.key_cache_seconds)),
        runtime=runtime,
        tls=tls_config(settings),
        api_key=api_key,
    )


def tls_config(settings: Settings) -> TLSConfig | bool:
    """mTLS to the frontend from Temporal's own variables (TEMPORAL_TLS_CLIENT_CERT_PATH,
    TEMPORAL_TLS_CLIENT_KEY_PATH, TEMPORAL_TLS_SERVER_CA_CERT_PATH, TEMPORAL_TLS_SERVER_NAME);
    False (plain gRPC, the embedded stack on loopback) when none is set. A certificate without its
    key, or the reverse, is a configuration error, not a silent fallback to plain text."""
    cert, key, ca = settings.temporal_tls_cert, settings.temporal_tls_key, settings.temporal_tls_ca
    if cert is None and key is None and ca is None:
        return False
    if (cert is None) != (key is None):
        raise ValueError("TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together")
    return TLSConfig(
        server_root_ca_cert=ca.read_bytes() if ca else None,
        client_cert=cert.read_bytes() if cert else None,
        client_private_key=key.read_bytes() if key else None,
        domain=settings.temporal_tls_server_name,
    )


def subject_keys(settings: Settings, *, cache_seconds: float = 0.0) -> tuple[KeyRing, SubjectKeys]:
    """The key ring plus the per-applicant data keys in the application database: every process
    that reads or writes payloads (client, worker, codec server) needs both. Only clients and
    workers cache unwrapped keys (`cache_seconds`); the codec server reads them on every decode."""
    from precredit.db.engine import get_engine
    from precredit.security.subjects import SubjectKeys

    keyring = load_keyring(settings)
    return keyring, SubjectKeys(get_engine(settings.database), keyring, cache_seconds=cache_seconds)


def bind_card_workflow(client: Client, card_workflow_id: str, id_number: str) -> None:
    """A card-binding workflow carries the holder's name, ID and card: its payloads go under the
    same person's key as their applications, so one erase covers both."""
    subjects = subjects_of(client)
    if subjects is not None:
        from precredit.security.subjects import applicant_subject

        subjects.bind_workflow(card_workflow_id, applicant_subject(subjects.keyring, id_number))


def subjects_of(client: Client) -> SubjectKeys | None:
    codec = client.data_converter.payload_codec
    return codec.subjects if isinstance(codec, EncryptionCodec) else None


class PreCreditClient:
    def __init__(self, client: Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._proof_keys: ProofKeys | None = None
        self._reads = StatusReads()

    def proof(
        self, *, subject: str, role: Role, action: HumanAction, object_id: str, decision: str = ""
    ) -> str:
        """A proof signed with the deployment's keys, for the operator CLI and the demo's simulated
        people, which run with those keys and name their principal on the command line. The API
        signs for the principal its bearer token proves instead (`ApiContext.proof`)."""
        if self._proof_keys is None:
            self._proof_keys = keys_for(self.settings)
        return issue(
            keys=self._proof_keys, subject=subject, role=role, action=action, object_id=object_id,
            decision=decision, ttl=timedelta(seconds=self.settings.proof_ttl_seconds),
        )  # fmt: skip

    def with_verified_customer(self, request: ApplicationRequest) -> ApplicationRequest:
        """`customer_id` derived from the applicant's ID number (see `security.customers`)."""
        return with_verified_customer(request, load_keyring(self.settings))

    async def start(self, request: ApplicationRequest) -> WorkflowHandle[object, PreCreditResult]:
        """Starting twice with the same application id is refused by Temporal (duplicate submission).
        The customer id is always derived here, so no path can start a loan under a typed one.

        Before the start, the workflow is bound to its applicant's data key and the uploaded
        documents are re-sealed under it, so the first payload and every blob are already the
        applicant's: erasing the person later makes all of them unreadable together."""
        request = self.with_verified_customer(request)
        await asyncio.to_thread(self._bind, request)
        inp = PreCreditInput(
            request=request,
            deadlines=self.settings.deadlines,
            policy=self.settings.policy,
            execution=self.settings.execution,
        )
        return await self.client.start_workflow(
            WORKFLOW_NAME,
            inp,
            id=workflow_id(request.application_id),
            task_queue=self.settings.task_queue,
            result_type=PreCreditResult,
            id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
            memo=first_view_memo(request.application_id),
            search_attributes=TypedSearchAttributes(
                [
                    SearchAttributePair(search.STATUS, "RUNNING"),
                    SearchAttributePair(search.STEP, "identity"),
                    SearchAttributePair(search.DEALER, request.vehicle.dealer_id),
                    SearchAttributePair(search.RISK_BAND, "unscored"),
                    SearchAttributePair(search.WAITING_FOR, "none"),
                ]
            ),
        )

    async def submitted_request(self, application_id: str) -> ApplicationRequest | None:
        """The request an application was started with (from its first history event), so that a
        caller whose start was refused as a duplicate can tell its own retry from a different
        application under the same id. None for a workflow started without input."""
        async for event in self.handle(application_id).fetch_history_events():
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            if not payloads:
                return None
            (inp,) = await self.client.data_converter.decode(payloads, [PreCreditInput])
            assert isinstance(inp, PreCreditInput)
            return inp.request
        return None

    def _bind(self, request: ApplicationRequest) -> None:
        subjects = subjects_of(self.client)
        if subjects is None:
            return
        from precredit.security.subjects import applicant_subject

        subject = applicant_subject(subjects.keyring, request.applicant.id_number)
        bound = subjects.bind_workflow(
            workflow_id(request.application_id), subject, application_id=request.application_id
        )
        if bound == subject:  # else a different application holds this id: Temporal refuses the start
            refs = {**request.identity_documents.model_dump(), **request.loan_documents.model_dump()}
            self._claim(request.application_id, refs)

    def _claim(self, application_id: str, refs: dict[str, str | None]) -> None:
        subjects = subjects_of(self.client)
        subject = subjects.subject_of_workflow(workflow_id(application_id)) if subjects else None
        if subjects is None or subject is None:
            return
        store = DocumentStore(self.settings.documents_dir, keyring=subjects.keyring, subjects=subjects)
        for kind, ref in refs.items():
            if ref is not None:
                store.claim(ref, subject, kind=kind, application_id=application_id)

    def handle(self, application_id: str) -> WorkflowHandle[object, PreCreditResult]:
        return self.client.get_workflow_handle(workflow_id(application_id), result_type=PreCreditResult)

    async def status(self, application_id: str, *, max_age: float = 0.0) -> StatusView:
        """The application's status view. Pollers pass `max_age` (usually
        `settings.status_max_age_seconds`) to share one read per application per that many
        seconds (`StatusReads`); a caller that must see the latest state passes nothing."""
        return await self._reads.read(
            application_id, lambda: read_status(self.handle(application_id)), max_age
        )

    async def submit_sms_code(self, application_id: str, code: str) -> UpdateAck:
        return await self._update(application_id, "submit_sms_code", SmsCodeInput(code=code))

    async def sign_authorisation(self, application_id: str, sig: SignatureInput) -> UpdateAck:
        return await self._update(application_id, "sign_authorisation", sig)

    async def sign_contract(self, application_id: str, sig: SignatureInput) -> UpdateAck:
        return await self._update(application_id, "sign_contract", sig)

    async def upload_documents(self, application_id: str, upload: DocumentsUpload) -> UpdateAck:
        # New photos of the ID card are the person's as much as the loan documents: sealed under
        # their key, listed for export and erased with them.
        await asyncio.to_thread(self._claim, application_id, dict(upload.given()))
        return await self._update(application_id, "upload_documents", upload)

    async def redeem_pickup(self, application_id: str, redemption: PickupRedemption) -> UpdateAck:
        return await self._update(application_id, "redeem_pickup", redemption)

    async def request_review(self, application_id: str, req: ReviewRequest) -> UpdateAck:
        return await self._update(application_id, "request_review", req)

    async def cancel(self, application_id: str, req: CancelRequest) -> UpdateAck:
        return await self._update(application_id, "cancel", req)

    async def underwriter_decision(self, application_id: str, decision: UnderwriterDecision) -> None:
        try:
            await self.handle(application_id).signal("underwriter_decision", decision)
        finally:
            self._reads.sent(application_id)

    async def result(self, application_id: str) -> PreCreditResult:
        return await self.handle(application_id).result()

    async def _update(self, application_id: str, name: str, arg: object) -> UpdateAck:
        try:
            ack: UpdateAck = await self.handle(application_id).execute_update(
                name, arg, result_type=UpdateAck
            )
            return ack
        finally:
            self._reads.sent(application_id)
