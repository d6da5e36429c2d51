"""PIPL data-subject rights, one person at a time: `precredit export-applicant APPLICANT_ID` and
`precredit erase APPLICANT_ID`, plus `precredit retention apply`.

Export and erase are operator actions: they need an operator bearer token and write an audit event. The applicant id
is the keyed hash of the ID number; `--application APP_ID` finds it from one of their applications.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from typing import TYPE_CHECKING

from precredit.cli.main import CliError
from precredit.config import get_settings

if TYPE_CHECKING:
    from precredit.client import PreCreditClient
    from precredit.privacy.context import PrivacyContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export-applicant", help="everything held about one applicant, as JSON (operator only, audited)"
    )
    _target(exp)
    exp.set_defaults(func=_export)
    erase = sub.add_parser(
        "erase", help="cancel an applicant's running applications and destroy their data key (audited)"
    )
    _target(erase)
    erase.set_defaults(func=_erase)
    retention = sub.add_parser("retention", help="database retention of closed applications")
    retention.add_argument("action", choices=["apply"], help="delete what is past retention now")
    retention.add_argument(
        "--token", default=None, help="operator token (default: $PRECREDIT_OPERATOR_TOKEN)"
    )
    retention.set_defaults(func=_retention)


def _target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("applicant_id", nargs="?", help="the applicant id (keyed hash of the ID number)")
    parser.add_argument("--application", default=None, help="find the applicant from one application id")
    parser.add_argument("--token", default=None, help="operator token (default: $PRECREDIT_OPERATOR_TOKEN)")


def _operator(token: str | None) -> str:
    from precredit.security.roles import Role, TokenDirectory
    from precredit.security.tokens import first_token, token_spec

    settings = get_settings()
    value = token or os.environ.get("PRECREDIT_OPERATOR_TOKEN")
    if value is None and settings.api_tokens is None:
        value = first_token(settings, "operator")  # the embedded stack's own operator, on this machine
    principal = TokenDirectory.parse(token_spec(settings)).resolve(value or "")
    if principal is None or principal.role != Role.OPERATOR:
        raise CliError("an operator token is required (--token or PRECREDIT_OPERATOR_TOKEN)", code=3)
    return principal.subject


def _applicant_id(ctx: PrivacyContext, args: argparse.Namespace) -> str:
    if args.application:
        found = ctx.applicant_of(args.application)
        if found is None:
            raise CliError(f"no application {args.application}", code=4)
        return found
    if not args.applicant_id:
        raise CliError("give an APPLICANT_ID or --application APP_ID")
    return str(args.applicant_id)


async def _client() -> PreCreditClient | None:
    from precredit.client import PreCreditClient, connect

    settings = get_settings()
    try:
        return PreCreditClient(await asyncio.wait_for(connect(settings), 15), settings)
    except Exception:  # the export still shows the database's part; erase refuses below
        return None


def _export(args: argparse.Namespace) -> int:
    from precredit.privacy import UnknownApplicant
    from precredit.privacy.context import PrivacyContext

    who = _operator(args.token)
    ctx = PrivacyContext.from_settings(get_settings())
    applicant_id = _applicant_id(ctx, args)

    async def run() -> str:
        try:
            out = await ctx.exporter(await _client()).export(applicant_id)
        except UnknownApplicant as exc:
            raise CliError(str(exc), code=4) from exc
        await asyncio.to_thread(
            ctx.audit.append,
            actor=f"operator:{who}",
            action="admin.export_applicant",
            application_id=None,
            detail={"applicant": applicant_id, "applications": len(out.applications)},
        )
        return out.model_dump_json(indent=2)

    print(asyncio.run(run()))
    return 0


def _erase(args: argparse.Namespace) -> int:
    from precredit.integrations.providers import load_provider
    from precredit.privacy import UnknownApplicant
    from precredit.privacy.context import PrivacyContext
    from precredit.privacy.erasure import ErasureRefused

    who = _operator(args.token)
    ctx = PrivacyContext.from_settings(get_settings())
    applicant_id = _applicant_id(ctx, args)

    async def run() -> str:
        client = await _client()
        if client is None:
            raise CliError(
                "Temporal is not reachable: erase refused (running applications must be cancelled first)",
                code=5,
            )
        try:
            report = await ctx.eraser(client, esign=load_provider(get_settings(), "esign")).erase(
                applicant_id, operator=who
            )
        except UnknownApplicant as exc:
            raise CliError(str(exc), code=4) from exc
        except ErasureRefused as exc:
            raise CliError(f"erase refused: {exc}", code=6) from exc
        return json.dumps(
            {
                "applicant_id": report.applicant_id,
                "erased_at": report.erased_at.isoformat(),
                "key_destroyed": report.key_destroyed,
                "workflows": report.workflows,
                "cancelled": report.cancelled,
                "terminated": report.terminated,
                "documents_deleted": report.documents_deleted,
                "signing_events_deleted": report.signing_events_deleted,
                "provider_errors": report.provider_errors,
                "kept": report.kept,
            },
            indent=2,
        )

    print(asyncio.run(run()))
    return 0


def _retention(args: argparse.Namespace) -> int:
    """Both halves of `settings.retention`: the Temporal namespace's, then the database purge. A
    scheduled system job (compose runs it hourly), so no operator token: it only deletes what the
    configuration says has expired, and says so in the audit trail."""
    from precredit.client import connect
    from precredit.privacy.context import PrivacyContext
    from precredit.privacy.retention import apply_namespace_retention, purge_closed_applications

    settings = get_settings()
    days = settings.retention

    async def namespace() -> None:
        client = await asyncio.wait_for(connect(settings), 15)
        await apply_namespace_retention(
            client, namespace=settings.temporal_namespace, days=days.temporal_days
        )

    try:
        asyncio.run(namespace())
    except Exception as exc:
        raise CliError(
            f"could not set the Temporal namespace retention: {type(exc).__name__}", code=5
        ) from exc
    ctx = PrivacyContext.from_settings(settings)
    purged = purge_closed_applications(ctx, days=days.database_days, actor="system:retention")
    print(
        json.dumps(
            {
                "temporal_days": days.temporal_days,
                "database_days": days.database_days,
                "purged_applications": purged,
            }
        )
    )
    return 0
