"""`precredit contract export APPLICATION_ID --out FILE`: the verified, PAdES-signed PDF of an
application, for validation with any PDF validator (e.g. `pyhanko sign adesverify`).

Reads the audit trail for the verification record and the encrypted document store, so it runs
where the keys are (an operator on the server); the export itself is audited.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from precredit.cli.main import CliError
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contract = sub.add_parser("contract", help="signed documents").add_subparsers(
        dest="contract_cmd", required=True
    )
    export = contract.add_parser("export", help="write an application's signed PDF to a file")
    export.add_argument("application_id")
    export.add_argument("--kind", choices=("loan_contract", "authorisation_letter"), default="loan_contract")
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    from sqlmodel import Session, col, select

    from precredit.db.audit import AuditEvent
    from precredit.db.blobs import DocumentNotFound, DocumentStore
    from precredit.db.engine import get_engine
    from precredit.security.audit import MAC_PURPOSE, AuditTrail
    from precredit.security.keys import load_keyring

    settings = get_settings()
    engine = get_engine(settings.database)
    with Session(engine) as session:
        row = session.exec(
            select(AuditEvent)
            .where(AuditEvent.application_id == args.application_id)
            .where(AuditEvent.action == f"buyer.signed.{args.kind}")
            .order_by(col(AuditEvent.seq).desc())
        ).first()
    if row is None:
        raise CliError(f"no verified signed {args.kind} for {args.application_id}", code=1)
    digest = json.loads(row.detail).get("signed_document_sha256")
    keyring = load_keyring(settings)
    try:
        data = DocumentStore(settings.documents_dir, keyring=keyring).get(f"doc://{digest}")
    except DocumentNotFound as exc:
        raise CliError(str(exc), code=1) from exc
    args.out.write_bytes(data)
    AuditTrail(engine, mac_key=keyring.derive(MAC_PURPOSE)).append(
        actor="operator:cli", action=f"document.export.signed_{args.kind}",
        application_id=args.application_id, detail={"signed_document_sha256": digest},
    )  # fmt: skip
    print(f"{args.out} ({len(data)} bytes, sha256 {digest})")
    return 0
