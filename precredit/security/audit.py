"""The append-only audit trail: every decision and human action, hash-chained so that editing,
deleting or reordering any row breaks verification from that row on.

Each row's hash is SHA-256 over the canonical JSON of its fields plus the previous row's hash. With
a MAC key (derived from the KeyRing) each hash is also HMAC'd, so someone with write access to the
database but not the key can't rewrite the whole chain consistently. Removing the newest rows
leaves a valid shorter chain, so the head is anchored: every `anchor_every` events (and at each
verify) the head (seq, hash) is recorded in `audit_anchor`, MAC'd, and `verify` checks the chain
still reaches every anchor with the same hash. Deleting the anchors as well needs the same write
access as deleting events; against that, keep the last verified head outside the database and pass
it as `expected_head` (`precredit audit verify --expect-head SEQ:HASH`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select

from precredit.db.audit import AuditAnchor, AuditEvent
from precredit.security.masking import mask_text

GENESIS = "0" * 64
_HEX_DIGEST = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])")
MAC_PURPOSE = "audit-mac"
"""`AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE))` in every writer and verifier."""
_MAX_TRIES = 50


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    first_broken_seq: int | None = None
    reason: str | None = None


class AuditTrail:
    def __init__(self, engine: Engine, *, mac_key: bytes | None = None, anchor_every: int = 16) -> None:
        self._engine = engine
        self._mac_key = mac_key
        self._anchor_every = anchor_every
        AuditAnchor.__table__.create(engine, checkfirst=True)  # type: ignore[attr-defined]  # SQLModel sets __table__ at class creation; its stubs do not declare it

    def append(
        self, *, actor: str, action: str, application_id: str | None, detail: Mapping[str, Any]
    ) -> AuditEvent:
        """Add one event after the current head. Concurrent writers race for the next seq (the primary
        key); the loser re-reads the head and retries, so the chain never forks."""
        body = canonical_json(dict(detail))
        # A SHA-256 digest may contain a phone-like digit run by chance (~2% of them): not PII.
        checked = _HEX_DIGEST.sub("sha256", body)
        if mask_text(checked) != checked:
            raise ValueError("audit detail must not contain ID, phone or card numbers")
        for attempt in range(_MAX_TRIES):
            try:
                event = self._try_append(
                    actor=actor, action=action, application_id=application_id, detail=body
                )
            except (IntegrityError, OperationalError):
                # OperationalError: SQLite's "database is locked" when two writers upgrade at once.
                time.sleep(random.uniform(0, 0.002 * (attempt + 1)))
                continue
            if self._anchor_every and event.seq % self._anchor_every == 0:
                self._record_anchor(event.seq, event.hash)
            return event
        raise RuntimeError(f"audit append lost the race {_MAX_TRIES} times")

    def _try_append(self, *, actor: str, action: str, application_id: str | None, detail: str) -> AuditEvent:
        with Session(self._engine) as session:
            head = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
            seq, prev = (head.seq + 1, head.hash) if head else (1, GENESIS)
            at = datetime.now(UTC)
            digest = row_hash(seq, at, actor, action, application_id, detail, prev)
            event = AuditEvent(
                seq=seq,
                at=at,
                actor=actor,
                action=action,
                application_id=application_id,
                detail=detail,
                prev_hash=prev,
                hash=digest,
                mac=self._mac(digest),
            )
            session.add(event)
            session.commit()
            session.refresh(event)
            return event

    def verify(self, *, expected_head: tuple[int, str] | None = None) -> VerifyReport:
        """Walk the chain from seq 1. `expected_head` (seq, hash) recorded earlier detects truncation."""
        prev, expected_seq = GENESIS, 1

        def broken(seq: int, reason: str) -> VerifyReport:
            return VerifyReport(
                ok=False,
                checked=expected_seq - 1,
                head_seq=expected_seq - 1,
                head_hash=prev,
                first_broken_seq=seq,
                reason=reason,
            )

        with Session(self._engine) as session:
            for row in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
                problem = self._check(row, expected_seq, prev)
                if problem:
                    return broken(expected_seq, problem)
                prev, expected_seq = row.hash, expected_seq + 1
        heads = [(a.seq, a.hash, self._anchor_problem(a)) for a in self._anchors()]
        if expected_head is not None:
            heads.append((*expected_head, None))
        for seq, digest, problem in heads:
            if problem:
                return broken(seq, problem)
            if seq >= expected_seq:
                return broken(expected_seq, f"rows missing at the end (the head was anchored at seq {seq})")
            if self._hash_at(seq) != digest:
                return broken(seq, "differs from the recorded head")
        return VerifyReport(ok=True, checked=expected_seq - 1, head_seq=expected_seq - 1, head_hash=prev)

    def anchor(self) -> tuple[int, str] | None:
        """Record the current head now (verify does, after a clean check); returns it."""
        with Session(self._engine) as session:
            head = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
        if head is None:
            return None
        self._record_anchor(head.seq, head.hash)
        return head.seq, head.hash

    def _record_anchor(self, seq: int, digest: str) -> None:
        with Session(self._engine) as session:
            if session.get(AuditAnchor, seq) is not None:
                return
            session.add(
                AuditAnchor(
                    seq=seq, hash=digest, at=datetime.now(UTC), mac=self._mac(f"anchor:{seq}:{digest}")
                )
            )
            try:
                session.commit()
            except (IntegrityError, OperationalError):
                session.rollback()  # another writer anchored the same head

    def _anchors(self) -> list[AuditAnchor]:
        with Session(self._engine) as session:
            return list(session.exec(select(AuditAnchor).order_by(col(AuditAnchor.seq))))

    def _anchor_problem(self, anchor: AuditAnchor) -> str | None:
        if self._mac_key is not None and not hmac.compare_digest(
            anchor.mac or "", self._mac(f"anchor:{anchor.seq}:{anchor.hash}") or ""
        ):
            return "anchor MAC does not match"
        return None

    def _check(self, row: AuditEvent, expected_seq: int, prev: str) -> str | None:
        if row.seq != expected_seq:
            return f"row missing (next row found is seq {row.seq})"
        if row.prev_hash != prev:
            return "prev_hash does not match the previous row"
        if row_hash(row.seq, row.at, row.actor, row.action, row.application_id, row.detail, prev) != row.hash:
            return "row content does not match its hash"
        if self._mac_key is not None and not hmac.compare_digest(row.mac or "", self._mac(row.hash) or ""):
            return "MAC does not match"
        return None

    def _hash_at(self, seq: int) -> str | None:
        with Session(self._engine) as session:
            row = session.get(AuditEvent, seq)
            return row.hash if row else None

    def _mac(self, digest: str) -> str | None:
        if self._mac_key is None:
            return None
        return hmac.new(self._mac_key, digest.encode(), hashlib.sha256).hexdigest()


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_hash(
    seq: int, at: datetime, actor: str, action: str, application_id: str | None, detail: str, prev_hash: str
) -> str:
    # UTC at microsecond precision, whatever timezone the database hands the value back in.
    utc = at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
    stamp = utc.isoformat(timespec="microseconds")
    body = canonical_json(
        {
            "seq": seq,
            "at": stamp,
            "actor": actor,
            "action": action,
            "application_id": application_id,
            "detail": detail,
        }
    )
    return hashlib.sha256(f"{body}|{prev_hash}".encode()).hexdigest()
