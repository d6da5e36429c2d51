"""Per-subject data keys: one random AES-256 key per person, wherever their data rests.

The database columns (`FieldCipher`), the document store and the Temporal payload codec all seal a
subject's data under the same data key (DEK), stored in `subject_key` wrapped by the KeyRing's
master key. Erasing a person destroys that one row's key (crypto-shredding), which makes every copy
unreadable at once, including copies in backups and in Temporal's replicated history.

Subjects: an applicant is the keyed hash of their ID number (`applicant_subject`), so every
application of one person shares one key and one erase covers them all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from precredit.db.keys import SubjectDocument, SubjectKey, WorkflowSubject
from precredit.security.keys import NONCE_BYTES, DecryptionError, KeyRing

_WRAP_CONTEXT = b"subject-key:"
_READ_KEY = text("SELECT master_key_id, wrapped_key FROM subject_key WHERE subject_id = :subject_id")
ID_NUMBER_PURPOSE = "id_number"


class SubjectShreddedError(LookupError):
    """The subject's data key was destroyed: its data is gone for good, by design."""


class NoSubjectKeyError(KeyError):
    """No data key was ever created for this subject (nothing of theirs was sealed here)."""


def applicant_subject(keyring: KeyRing, id_number: str) -> str:
    """The applicant's id and key subject: keyed hash of the normalised ID number."""
    return keyring.keyed_hash(id_number.strip().upper(), purpose=ID_NUMBER_PURPOSE)


@dataclass(frozen=True)
class SubjectStatus:
    subject_id: str
    has_key: bool
    shredded_at: datetime | None


class SubjectKeys:
    """Data keys are read from the database on every use unless `cache_seconds` is set: an erase in
    another process must take effect at once in the codec server, the API and the document store.
    Workers and clients may keep an unwrapped key for a few seconds (their payloads are read and
    written many times per application); erasure cancels a person's workflows before it destroys
    the key, and reports done only once every copy read before the destruction has lapsed
    (`Eraser.erase`), so no process can open the person's data after that."""

    def __init__(self, engine: Engine, keyring: KeyRing, *, cache_seconds: float = 0.0) -> None:
        self.engine = engine
        self.keyring = keyring
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, bytes]] = {}
        self._workflow_subjects: dict[str, str] = {}  # immutable once written, so safe to keep
        # Its own tables, so tools and tests with a bare database work too (create_all skips existing).
        tables = [m.__table__ for m in (SubjectKey, WorkflowSubject, SubjectDocument)]  # type: ignore[union-attr]  # SQLModel sets __table__ at class creation; its stubs may say None
        SQLModel.metadata.create_all(engine, tables=tables)

    # ------------------------------------------------------------------ keys

    def key(self, subject_id: str, *, create: bool = False) -> bytes:
        """The subject's DEK. Raises SubjectShreddedError after an erase, NoSubjectKeyError if none."""
        asked = time.monotonic()
        cached = self._cache.get(subject_id)
        if cached is not None and cached[0] > asked:
            return cached[1]
        # Plain SQL, not the ORM: this runs on every codec call, and a Session costs ~4x the read.
        with self.engine.connect() as conn:
            found: tuple[str | None, bytes | None] | None = conn.execute(
                _READ_KEY, {"subject_id": subject_id}
            ).first()
        if found is None:
            if not create:
                raise NoSubjectKeyError(subject_id)
            with Session(self.engine) as session:
                row = self._create(session, subject_id)
                found = (row.master_key_id, row.wrapped_key)
        master_key_id, wrapped = found
        if wrapped is None or master_key_id is None:
            self._cache.pop(subject_id, None)
            raise SubjectShreddedError(f"subject {subject_id[:12]}… was erased (crypto-shredded)")
        dek = self.keyring.decrypt(master_key_id, wrapped, context=_WRAP_CONTEXT + subject_id.encode())
        if self.cache_seconds > 0:
            # Counted from before the read: a read that began before an erase committed, and saw
            # the key still there, lapses no later than `cache_seconds` after that commit.
            self._cache[subject_id] = (asked + self.cache_seconds, dek)
        return dek

    def status(self, subject_id: str) -> SubjectStatus:
        with Session(self.engine) as session:
            row = session.get(SubjectKey, subject_id)
        if row is None:
            return SubjectStatus(subject_id, has_key=False, shredded_at=None)
        return SubjectStatus(subject_id, has_key=row.wrapped_key is not None, shredded_at=row.shredded_at)

    def shred(self, subject_id: str) -> bool:
        """Destroy the subject's data key; True if there was one. Idempotent; no undo. The subject's
        workflows are marked erased: a later application by the same person gets a new key, and
        these workflows' payloads stay sealed under the destroyed one."""
        with Session(self.engine) as session:
            for wf in session.exec(select(WorkflowSubject).where(WorkflowSubject.subject_id == subject_id)):
                if wf.erased_at is None:
                    wf.erased_at = _now()
                    session.add(wf)
            row = session.get(SubjectKey, subject_id)
            if row is None:
                # A tombstone, so "erased" can be told apart from "never had data".
                session.add(SubjectKey(subject_id=subject_id, created_at=_now(), shredded_at=_now()))
                session.commit()
                return False
            had_key = row.wrapped_key is not None
            row.wrapped_key, row.master_key_id, row.shredded_at = None, None, row.shredded_at or _now()
            session.add(row)
            session.commit()
            self._cache.pop(subject_id, None)
            return had_key

    def renew(self, subject_id: str) -> None:
        """A fresh key for a subject whose key was shredded: an erased person who applies again is
        a new customer (nothing of the old data becomes readable; it stays sealed under the old,
        destroyed key). A live key is left alone."""
        with Session(self.engine) as session:
            row = session.get(SubjectKey, subject_id)
            if row is None or row.wrapped_key is not None:
                return
            row.master_key_id, row.wrapped_key = self._wrap(subject_id, AESGCM.generate_key(256))
            row.created_at, row.shredded_at = _now(), None
            session.add(row)
            session.commit()
            self._cache.pop(subject_id, None)

    def rewrap_all(self) -> int:
        """Re-wrap every live data key with the active master key, so an old master key can be
        retired. Nothing sealed under a DEK changes. Returns how many keys moved."""
        moved = 0
        with Session(self.engine) as session:
            for row in session.exec(select(SubjectKey).where(col(SubjectKey.wrapped_key).is_not(None))):
                if row.master_key_id == self.keyring.active_key_id:
                    continue
                dek = self._unwrap(row)
                row.master_key_id, row.wrapped_key = self._wrap(row.subject_id, dek)
                session.add(row)
                moved += 1
            session.commit()
        return moved

    # ------------------------------------------------------------------ sealing

    def seal(self, subject_id: str, plaintext: bytes, *, context: bytes, create: bool = True) -> bytes:
        """nonce ‖ AES-GCM(DEK) with the subject and `context` authenticated."""
        return seal_with(self.key(subject_id, create=create), subject_id, plaintext, context=context)

    def open(self, subject_id: str, blob: bytes, *, context: bytes) -> bytes:
        return self.open_with(self.key(subject_id), subject_id, blob, context=context)

    @staticmethod
    def open_with(dek: bytes, subject_id: str, blob: bytes, *, context: bytes) -> bytes:
        try:
            return AESGCM(dek).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], _aad(subject_id, context))
        except InvalidTag as exc:
            raise DecryptionError(f"data of subject {subject_id[:12]}… failed authentication") from exc

    # ------------------------------------------------------------------ workflows and documents

    def bind_workflow(self, workflow_id: str, subject_id: str, *, application_id: str = "") -> str:
        """Record whose data `workflow_id` carries (first writer wins) and make sure the subject has
        a live key; returns the subject the workflow is bound to."""
        with Session(self.engine) as session:
            row = session.get(WorkflowSubject, workflow_id)
            if row is None:
                session.add(
                    WorkflowSubject(
                        workflow_id=workflow_id,
                        subject_id=subject_id,
                        application_id=application_id,
                        created_at=_now(),
                    )
                )
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
                row = session.get(WorkflowSubject, workflow_id, populate_existing=True)
            assert row is not None
            bound = row.subject_id
        if bound == subject_id and row.erased_at is None:
            self.renew(subject_id)
            self.key(subject_id, create=True)
        self._workflow_subjects[workflow_id] = bound
        return bound

    def subject_of_workflow(self, workflow_id: str) -> str | None:
        if workflow_id in self._workflow_subjects:
            return self._workflow_subjects[workflow_id]
        with Session(self.engine) as session:
            row = session.get(WorkflowSubject, workflow_id)
        if row is None:
            return None
        self._workflow_subjects[workflow_id] = row.subject_id
        return row.subject_id

    def workflow_erased(self, workflow_id: str) -> bool:
        with Session(self.engine) as session:
            row = session.get(WorkflowSubject, workflow_id)
        return row is not None and row.erased_at is not None

    def mark_workflow_erased(self, workflow_id: str, subject_id: str, *, application_id: str = "") -> None:
        """For an application recorded before workflows were bound: erasure still leaves its mark."""
        with Session(self.engine) as session:
            row = session.get(WorkflowSubject, workflow_id) or WorkflowSubject(
                workflow_id=workflow_id,
                subject_id=subject_id,
                application_id=application_id,
                created_at=_now(),
            )
            row.erased_at = row.erased_at or _now()
            session.add(row)
            session.commit()

    def workflows_of(self, subject_id: str) -> list[WorkflowSubject]:
        with Session(self.engine) as session:
            return list(
                session.exec(
                    select(WorkflowSubject)
                    .where(WorkflowSubject.subject_id == subject_id)
                    .order_by(col(WorkflowSubject.created_at))
                )
            )

    def record_document(
        self, digest: str, subject_id: str, *, kind: str = "", application_id: str = "", size: int = 0
    ) -> None:
        with Session(self.engine) as session:
            row = session.get(SubjectDocument, (digest, subject_id))
            if row is None:
                row = SubjectDocument(digest=digest, subject_id=subject_id, size=size, created_at=_now())
            row.kind = kind or row.kind
            row.application_id = application_id or row.application_id
            row.size = size or row.size
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()

    def documents_of(self, subject_id: str) -> list[SubjectDocument]:
        with Session(self.engine) as session:
            return list(
                session.exec(
                    select(SubjectDocument)
                    .where(SubjectDocument.subject_id == subject_id)
                    .order_by(col(SubjectDocument.created_at))
                )
            )

    # ------------------------------------------------------------------ internals

    def _create(self, session: Session, subject_id: str) -> SubjectKey:
        kid, wrapped = self._wrap(subject_id, AESGCM.generate_key(256))
        session.add(
            SubjectKey(subject_id=subject_id, master_key_id=kid, wrapped_key=wrapped, created_at=_now())
        )
        try:
            session.commit()
        except IntegrityError:
            # Another writer created it first: use theirs, or the ciphertexts would disagree.
            session.rollback()
        row = session.get(SubjectKey, subject_id, populate_existing=True)
        assert row is not None
        return row

    def _wrap(self, subject_id: str, dek: bytes) -> tuple[str, bytes]:
        return self.keyring.encrypt(dek, context=_WRAP_CONTEXT + subject_id.encode())

    def _unwrap(self, row: SubjectKey) -> bytes:
        if row.wrapped_key is None or row.master_key_id is None:
            raise SubjectShreddedError(f"subject {row.subject_id[:12]}… was erased (crypto-shredded)")
        return self.keyring.decrypt(
            row.master_key_id, row.wrapped_key, context=_WRAP_CONTEXT + row.subject_id.encode()
        )


def _aad(subject_id: str, context: bytes) -> bytes:
    return b"subject:" + subject_id.encode() + b"|" + context


def _now() -> datetime:
    return datetime.now(UTC)


def fingerprint(dek: bytes) -> str:
    """Names one generation of a subject's key without revealing it: a payload or blob sealed under
    a key that was destroyed (and later replaced by a new application) is told apart from one the
    current key should open."""
    return hmac.new(dek, b"precredit-key-fingerprint", hashlib.sha256).hexdigest()[:16]


def seal_with(dek: bytes, subject_id: str, plaintext: bytes, *, context: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(dek).encrypt(nonce, plaintext, _aad(subject_id, context))
