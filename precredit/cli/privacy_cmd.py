"""PIPL data-subject rights: `precredit export-applicants --json` and `precredit erase APPLICANT_ID`.

Both are operator actions: they need an operator bearer token and write an audit event.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from precredit.cli.main import CliError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from precredit.security.audit import AuditTrail
    from precredit.security.fields import FieldCipher
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    exp = sub.add_parser(
        "export-applicants", help="every applicant's decrypted record (operator only, audited)"
    )
    exp.add_argument("--json", action="store_true", help="print JSON (the only format)")
    exp.add_argument("--token", default=None, help="operator token (default: $PRECREDIT_OPERATOR_TOKEN)")
    exp.set_defaults(func=_export)
    erase = sub.add_parser("erase", help="crypto-shred an applicant's personal data, keeping decisions")
    erase.add_argument("applicant_id", help="the applicant id from export-applicants")
    erase.add_argument("--token", default=None, help="operator token (default: $PRECREDIT_OPERATOR_TOKEN)")
    erase.set_defaults(func=_erase)


def _operator(token: str | None) -> str:
    from precredit.security.roles import Role, TokenDirectory
    from precredit.stack.tokens import first_token, token_spec

    settings = get_settings()
    value = token or os.environ.get("PRECREDIT_OPERATOR_TOKEN")
    if value is None and settings.api_tokens is None:
        value = first_token(settings, "operator")  # the embedded stack's own operator, on this machine
    principal = TokenDirectory.parse(token_spec(settings)).resolve(value or "")
    if principal is None or principal.role != Role.OPERATOR:
        raise CliError("an operator token is required (--token or PRECREDIT_OPERATOR_TOKEN)", code=3)
    return principal.subject


def _context() -> tuple[Engine, FieldCipher, AuditTrail]:
    from precredit.db.engine import get_engine
    from precredit.security.audit import MAC_PURPOSE, AuditTrail
    from precredit.security.fields import FieldCipher
    from precredit.security.keys import load_keyring

    settings = get_settings()
    keyring = load_keyring(settings)
    engine = get_engine(settings.database)
    return engine, FieldCipher(engine, keyring), AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE))


def _export(args: argparse.Namespace) -> int:
    from sqlmodel import Session, select

    from precredit.db.tables import ApplicantRow, ApplicationRow
    from precredit.security.fields import SubjectShreddedError

    who = _operator(args.token)
    engine, cipher, audit = _context()
    out = []
    with Session(engine) as session:
        apps: dict[str, list[str]] = {}
        for app in session.exec(select(ApplicationRow)):
            apps.setdefault(app.applicant_key, []).append(app.application_id)
        for row in session.exec(select(ApplicantRow).order_by(ApplicantRow.created_at)):  # type: ignore[arg-type]
            record: dict[str, object] = {
                "applicant_id": row.applicant_id,
                "application_ids": sorted(apps.get(row.applicant_id, [])),
                "erased": row.erased_at is not None,
            }
            try:
                for field in ("name", "id_number", "phone"):
                    record[field] = cipher.decrypt_field(row.applicant_id, getattr(row, f"{field}_enc"))
            except SubjectShreddedError:
                record.update(name=None, id_number=None, phone=None, erased=True)
            out.append(record)
    audit.append(
        actor=f"operator:{who}",
        action="admin.export_applicants",
        application_id=None,
        detail={"count": len(out)},
    )
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _erase(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from precredit.db.tables import ApplicantRow

    who = _operator(args.token)
    engine, cipher, audit = _context()
    with Session(engine) as session:
        row = session.get(ApplicantRow, args.applicant_id)
        if row is None:
            raise CliError(f"no applicant {args.applicant_id}", code=4)
        cipher.shred_subject(row.applicant_id)
        row.erased_at = datetime.now(UTC)
        session.add(row)
        session.commit()
    audit.append(
        actor=f"operator:{who}",
        action="admin.erase",
        application_id=None,
        detail={"applicant": args.applicant_id},
    )
    print(f"applicant {args.applicant_id} erased: personal data is unreadable; decisions are kept")
    return 0
