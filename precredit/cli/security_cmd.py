"""`precredit audit verify`, `precredit keys …`, `precredit codec-server` and `precredit security probe`:
the operator's side of SPEC §4."""

from __future__ import annotations

import argparse
import base64
import dataclasses
import json
import secrets

from precredit.cli.main import CliError
from precredit.config import Settings, get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = sub.add_parser("audit", help="the append-only audit trail").add_subparsers(
        dest="audit_cmd", required=True
    )
    verify = audit.add_parser("verify", help="check the hash chain; exit 1 naming the first broken seq")
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.add_argument("--no-mac", action="store_true", help="check hashes only, not the keyed MACs")
    verify.add_argument(
        "--expect-head", default=None, metavar="SEQ:HASH", help="a head recorded earlier outside the database"
    )
    verify.set_defaults(func=_audit_verify)

    keys = sub.add_parser("keys", help="encryption keys").add_subparsers(dest="keys_cmd", required=True)
    gen = keys.add_parser(
        "generate",
        help="print fresh PRECREDIT_ENCRYPTION_KEYS / PRECREDIT_LOOKUP_KEY / PRECREDIT_PROOF_KEYS lines",
    )
    gen.set_defaults(func=_keys_generate)
    rotate = keys.add_parser(
        "rotate", help="add a new active key to data_dir/keys.json (old ones still decrypt)"
    )
    rotate.set_defaults(func=_keys_rotate)
    rewrap = keys.add_parser(
        "rewrap", help="re-wrap every applicant data key with the active master key (then old ones can go)"
    )
    rewrap.set_defaults(func=_keys_rewrap)

    codec = sub.add_parser(
        "codec-server", help="serve /encode and /decode for the Temporal UI (operators only)"
    )
    codec.add_argument("--host", default=None)
    codec.add_argument("--port", type=int, default=None)
    codec.set_defaults(func=_codec_server)

    security = sub.add_parser("security", help="checks of a running stack's defences").add_subparsers(
        dest="security_cmd", required=True
    )
    probe = security.add_parser(
        "probe",
        help="replay every attack of issue 15 against a running stack; exit 1 unless all are refused",
    )
    probe.add_argument("--api-url", help="the API's base URL (default http://PRECREDIT_API_HOST:PORT)")
    probe.add_argument("--temporal-address", help="default TEMPORAL_ADDRESS")
    probe.add_argument("--namespace", help="default TEMPORAL_NAMESPACE")
    probe.add_argument("--task-queue", help="default PRECREDIT_TASK_QUEUE")
    probe.add_argument(
        "--database-url", help="where the audit trail is read (default PRECREDIT_DATABASE_URL)"
    )
    probe.add_argument("--timeout", type=float, default=600, help="seconds before a stuck victim gives up")
    probe.add_argument("--json", action="store_true", help="print the report as JSON")
    probe.set_defaults(func=_probe)


def _audit_verify(args: argparse.Namespace) -> int:
    from precredit.db.engine import get_engine
    from precredit.security.audit import MAC_PURPOSE, AuditTrail

    settings = get_settings()
    mac_key = None
    if not args.no_mac and _has_keys(settings):
        from precredit.security.keys import load_keyring

        mac_key = load_keyring(settings).derive(MAC_PURPOSE)
    expected = None
    if args.expect_head:
        seq, _, digest = args.expect_head.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise CliError("--expect-head must be SEQ:HASH (the hash as 64 hex digits)")
        expected = (int(seq), digest)
    trail = AuditTrail(get_engine(settings.database), mac_key=mac_key)
    report = trail.verify(expected_head=expected)
    if report.ok and mac_key is not None:
        trail.anchor()  # the next verify checks the chain still reaches today's head
    if args.json:
        print(json.dumps(dataclasses.asdict(report)))
    elif report.ok:
        print(f"audit trail ok: {report.checked} events, head {report.head_seq} {report.head_hash[:16]}")
    if not report.ok:
        raise CliError(f"audit trail broken at seq {report.first_broken_seq}: {report.reason}", code=1)
    return 0


def _probe(args: argparse.Namespace) -> int:
    import asyncio

    from precredit.probe import ProbeConfig, ProbeError, run_probe

    overrides = {
        "temporal_address": args.temporal_address,
        "temporal_namespace": args.namespace,
        "task_queue": args.task_queue,
        "database_url": args.database_url,
    }
    settings = get_settings().model_copy(update={k: v for k, v in overrides.items() if v is not None})
    api_url = args.api_url or f"http://{settings.api_host}:{settings.api_port}"
    try:
        report = asyncio.run(run_probe(ProbeConfig(settings=settings, api_url=api_url, timeout=args.timeout)))
    except ProbeError as exc:
        raise CliError(f"security probe: {exc}", code=1) from exc
    print(json.dumps(report.as_json(), ensure_ascii=False) if args.json else report.table(), flush=True)
    if not report.ok:
        raise CliError(f"security probe: {report.summary()}", code=1)
    return 0


def _has_keys(settings: Settings) -> bool:
    from precredit.security.keys import KEY_FILE_NAME

    return settings.encryption_keys is not None or (settings.data_dir / KEY_FILE_NAME).exists()


def _keys_generate(args: argparse.Namespace) -> int:
    from precredit.security.keys import new_key_id

    print(f"PRECREDIT_ENCRYPTION_KEYS={new_key_id()}:{base64.b64encode(secrets.token_bytes(32)).decode()}")
    print(f"PRECREDIT_LOOKUP_KEY={base64.b64encode(secrets.token_bytes(32)).decode()}")
    print(f"PRECREDIT_PROOF_KEYS={new_key_id()}:{base64.b64encode(secrets.token_bytes(32)).decode()}")
    return 0


def _keys_rotate(args: argparse.Namespace) -> int:
    from precredit.security.keys import KEY_FILE_NAME, load_or_create_key_file, save_key_file

    settings = get_settings()
    if settings.encryption_keys is not None:
        raise CliError("keys come from PRECREDIT_ENCRYPTION_KEYS: append a new kid:key there instead")
    path = settings.data_dir / KEY_FILE_NAME
    ring = load_or_create_key_file(path).rotated()
    save_key_file(path, ring)
    print(f"active key is now {ring.active_key_id} ({len(ring.keys)} keys); restart workers to pick it up")
    return 0


def _keys_rewrap(args: argparse.Namespace) -> int:
    from precredit.client import subject_keys

    keyring, subjects = subject_keys(get_settings())
    moved = subjects.rewrap_all()
    print(f"{moved} applicant keys re-wrapped with {keyring.active_key_id}")
    return 0


def _codec_server(args: argparse.Namespace) -> int:
    import uvicorn

    from precredit.client import subject_keys
    from precredit.security.audit import MAC_PURPOSE, AuditTrail
    from precredit.security.codec_server import create_codec_app
    from precredit.security.roles import operator_names

    settings = get_settings()
    tokens = operator_names(settings.api_tokens.get_secret_value()) if settings.api_tokens else {}
    if not tokens:
        raise CliError("no operator token configured: add 'token:operator:user' to PRECREDIT_API_TOKENS")
    keyring, subjects = subject_keys(settings)
    app = create_codec_app(
        keyring,
        operator_tokens=tokens,
        cors_origins=settings.codec_cors_origins,
        subjects=subjects,
        audit=AuditTrail(subjects.engine, mac_key=keyring.derive(MAC_PURPOSE)),
    )
    uvicorn.run(
        app, host=args.host or settings.codec_host, port=args.port or settings.codec_port, log_level="warning"
    )
    return 0
