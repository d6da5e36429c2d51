"""What the privacy services need, built once from Settings (CLI) or from the API's context."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session

from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.db.tables import ApplicationRow
from precredit.integrations.esign import EsignProvider
from precredit.privacy.erasure import Eraser
from precredit.privacy.export import Exporter
from precredit.security.audit import AuditTrail
from precredit.security.fields import FieldCipher
from precredit.security.subjects import SubjectKeys


@dataclass
class PrivacyContext:
    engine: Engine
    subjects: SubjectKeys
    cipher: FieldCipher
    documents: DocumentStore
    audit: AuditTrail

    @classmethod
    def from_settings(cls, settings: Settings) -> PrivacyContext:
        from precredit.db.engine import get_engine
        from precredit.security.audit import MAC_PURPOSE
        from precredit.security.keys import load_keyring

        keyring = load_keyring(settings)
        engine = get_engine(settings.database)
        subjects = SubjectKeys(engine, keyring)
        return cls(
            engine=engine,
            subjects=subjects,
            cipher=FieldCipher(engine, keyring, subjects=subjects),
            documents=DocumentStore(settings.documents_dir, keyring=keyring, subjects=subjects),
            audit=AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE)),
        )

    def applicant_of(self, application_id: str) -> str | None:
        bound = self.subjects.subject_of_workflow(f"precredit-{application_id}")
        if bound is not None:
            return bound
        with Session(self.engine) as session:
            row = session.get(ApplicationRow, application_id)
        return row.applicant_key if row is not None and row.applicant_key else None

    def exporter(self, client: PreCreditClient | None) -> Exporter:
        return Exporter(subjects=self.subjects, cipher=self.cipher, documents=self.documents, client=client)

    def eraser(self, client: PreCreditClient, *, esign: EsignProvider | None = None) -> Eraser:
        return Eraser(
            subjects=self.subjects, documents=self.documents, audit=self.audit, client=client, esign=esign
        )
