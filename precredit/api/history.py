"""Reading an application's own input back from its workflow history.

The workflow keeps the request (with personal data) out of its `status` query on purpose; consoles
that need it (the underwriter's evidence, the dealer's masked hand-over view) read the start event
and the accepted document uploads from history instead, decoded by the client's encrypting
data converter — the API process holds the keys anyway, and nothing is copied to another store.
"""

from __future__ import annotations

from dataclasses import dataclass

from temporalio.api.enums.v1 import EventType

from precredit.client import PreCreditClient
from precredit.models.application import ApplicationRequest, LoanDocuments, PreCreditInput
from precredit.models.messages import DocumentsUpload
from precredit.security.codec import is_erased


class ApplicationErased(LookupError):
    """The applicant was erased: the history is sealed under a destroyed key."""


@dataclass(frozen=True)
class ApplicationRecord:
    request: ApplicationRequest
    loan_documents: LoanDocuments
    """Documents given at start merged with every accepted upload."""

    def document_ref(self, kind: str) -> str | None:
        ids = self.request.identity_documents.model_dump()
        return ids.get(kind) or self.loan_documents.model_dump().get(kind)


async def application_record(client: PreCreditClient, application_id: str) -> ApplicationRecord:
    history = await client.handle(application_id).fetch_history()
    converter = client.client.data_converter
    request: ApplicationRequest | None = None
    docs = LoanDocuments()
    for event in history.events:
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            codec = converter.payload_codec
            if codec is not None and any(is_erased(p) for p in await codec.decode(payloads)):
                raise ApplicationErased(f"application {application_id} was erased with its applicant")
            [inp] = await converter.decode(payloads, [PreCreditInput])
            request = inp.request
            docs = request.loan_documents
        elif event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
            update = event.workflow_execution_update_accepted_event_attributes.accepted_request.input
            if update.name == "upload_documents":
                [upload] = await converter.decode(update.args.payloads, [DocumentsUpload])
                docs = docs.merged(upload.documents)
    if request is None:
        raise LookupError(f"no start event for {application_id}")
    return ApplicationRecord(request=request, loan_documents=docs)
