"""Database retention: closed applications past `retention.database_days` lose their rows, and an
applicant with nothing left is erased (key destroyed); running ones, recent ones and loans still in
repayment are kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from precredit.config import Retention, Settings
from precredit.db.funding import RepaymentLoanRow
from precredit.db.signing import SigningPreparationRow
from precredit.db.tables import ApplicantRow, ApplicationRow, DecisionRow
from precredit.privacy.context import PrivacyContext
from precredit.privacy.retention import purge_closed_applications
from precredit.security.subjects import applicant_subject

OLD = datetime.now(UTC) - timedelta(days=400)


def test_settings_read_retention_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRECREDIT_RETENTION__TEMPORAL_DAYS", "7")
    monkeypatch.setenv("PRECREDIT_RETENTION__DATABASE_DAYS", "365")
    assert Settings().retention == Retention(temporal_days=7, database_days=365)


def test_purge_keeps_what_must_stay_and_erases_whom_nothing_is_left_of(tmp_path: Path) -> None:
    ctx = PrivacyContext.from_settings(Settings(data_dir=tmp_path))
    ring = ctx.subjects.keyring
    gone, kept = applicant_subject(ring, "110105198503071234"), applicant_subject(ring, "11010519900101002X")
    with Session(ctx.engine) as session:
        for person in (gone, kept):
            session.add(
                ApplicantRow(
                    applicant_id=person, name_enc=ctx.cipher.encrypt_field(person, "张三"),
                    id_number_enc="", phone_enc="", created_at=OLD,
                )
            )  # fmt: skip
        for app_id, person, status, when in (
            ("old-declined", gone, "DECLINED", OLD),
            ("old-repaying", kept, "COMPLETED", OLD),
            ("old-running", kept, "RUNNING", OLD),
            ("new-declined", kept, "DECLINED", datetime.now(UTC)),
        ):
            session.add(
                ApplicationRow(
                    application_id=app_id, workflow_id=f"precredit-{app_id}", dealer_id="D1",
                    applicant_key=person, status=status, step="identity", created_at=when, updated_at=when,
                )
            )  # fmt: skip
            session.add(
                DecisionRow(application_id=app_id, step="identity", verdict="decline", decided_at=when)
            )
            session.add(
                SigningPreparationRow(
                    request_hash=app_id, application_id=app_id, kind="authorisation_letter",
                    document_ref="doc://" + "0" * 64, prepared_at=when,
                )
            )  # fmt: skip
        session.add(RepaymentLoanRow(application_id="old-repaying", user_id="u1", updated_at=OLD))
        session.commit()

    assert purge_closed_applications(ctx, days=365) == ["old-declined"]
    with Session(ctx.engine) as session:
        assert session.get(ApplicationRow, "old-declined") is None
        assert {r.application_id for r in session.exec(select(DecisionRow))} == {
            "old-repaying", "old-running", "new-declined",
        }  # fmt: skip
        assert {r.application_id for r in session.exec(select(SigningPreparationRow))} == {
            "old-repaying", "old-running", "new-declined",
        }  # fmt: skip
        gone_row, kept_row = session.get(ApplicantRow, gone), session.get(ApplicantRow, kept)
    assert gone_row is not None and gone_row.erased_at is not None
    assert ctx.subjects.status(gone).shredded_at is not None
    assert kept_row is not None and ctx.cipher.decrypt_field(kept, kept_row.name_enc) == "张三"
    assert purge_closed_applications(ctx, days=365) == []  # idempotent
