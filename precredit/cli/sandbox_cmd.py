"""`precredit sandbox …`: regenerate the persona world, build application bundles, read the outbox."""

from __future__ import annotations

import argparse
import json
import random
import secrets
from datetime import date
from pathlib import Path

from precredit.cli.main import CliError
from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from precredit.integrations.persons import PROFILES

    sandbox = sub.add_parser("sandbox", help="the offline third parties: personas, bundles, outbox")
    cmds = sandbox.add_subparsers(dest="sandbox_cmd", required=True)

    gen = cmds.add_parser("generate-persons", help="rewrite persons.json and blacklist.json (reproducible)")
    gen.add_argument("--seed", type=int, default=None, help="generator seed (default: the shipped one)")
    gen.add_argument("--reference-date", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    gen.add_argument("--data-dir", type=Path, default=None, help="default: PRECREDIT_SANDBOX_DIR")
    gen.add_argument(
        "--hidden-debt",
        type=int,
        default=None,
        help="personas who declare a fraction of the debt their credit report shows (default: 4)",
    )
    gen.set_defaults(func=_generate_persons)

    make = cmds.add_parser("make-application", help="write APPLICATION.json and its images for a profile")
    make.add_argument("--profile", required=True, choices=sorted(PROFILES))
    make.add_argument("--out", type=Path, required=True, help="directory to write into")
    make.add_argument("--seed", type=int, default=None, help="reproduce a bundle (default: random)")
    make.add_argument("--application-id", default=None)
    make.add_argument("--documents-later", action="store_true", help="leave loan documents out of the JSON")
    make.add_argument("--clean", action="store_true", help="flat scans instead of phone photos")
    make.set_defaults(func=_make_application)

    check = cmds.add_parser(
        "dti-check", help="how many sandbox loans counting the credit report's debt in DTI declines"
    )
    check.add_argument("--profile", action="append", default=None, help="repeatable (default: all)")
    check.add_argument("--loan-seeds", type=int, default=60, help="loans per persona (seeds 0..N-1)")
    check.add_argument("--today", type=date.fromisoformat, default=None, help="default: the world's date")
    check.set_defaults(func=_dti_check)

    outbox = cmds.add_parser("outbox", help="the SMS messages a sandbox phone received")
    outbox.add_argument("--phone", required=True)
    outbox.add_argument("--purpose", default=None)
    outbox.add_argument("--json", action="store_true")
    outbox.set_defaults(func=_outbox)


def _generate_persons(args: argparse.Namespace) -> int:
    from precredit.integrations.generators.persons import COUNTS, DEFAULT_SEED, REFERENCE_DATE, write_world

    data_dir = args.data_dir or get_settings().sandbox_dir
    if not (data_dir / "config.json").exists():
        raise CliError(f"{data_dir}/config.json not found (it holds the blacklist key)")
    try:
        paths = write_world(
            data_dir,
            seed=DEFAULT_SEED if args.seed is None else args.seed,
            reference_date=args.reference_date or REFERENCE_DATE,
            hidden_debt=COUNTS["hidden_debt"] if args.hidden_debt is None else args.hidden_debt,
        )
    except RuntimeError as exc:  # a profile the current risk models cannot produce
        raise CliError(str(exc)) from exc
    for path in paths:
        print(path)
    return 0


def _make_application(args: argparse.Namespace) -> int:
    from precredit.integrations.generators.applications import make_application, write_application_files
    from precredit.integrations.persons import PersonsRegistry

    settings = get_settings()
    seed = secrets.randbelow(10**9) if args.seed is None else args.seed
    rng = random.Random(seed)
    candidates = PersonsRegistry(settings.sandbox_dir).by_profile(args.profile)
    if not candidates:
        raise CliError(f"no persona with profile {args.profile} in {settings.sandbox_dir}")
    persona = rng.choice(candidates)
    application_id = args.application_id or f"sbx-{args.profile.replace('_', '-')}-{seed}"
    bundle = make_application(
        persona,
        rng=rng,
        application_id=application_id,
        with_loan_documents=not args.documents_later,
        degrade=not args.clean,
        lender_name=settings.policy.lender_name,
    )
    path = write_application_files(bundle, args.out)
    print(
        json.dumps(
            {
                "application_json": str(path),
                "application_id": application_id,
                "profile": args.profile,
                "seed": seed,
            }
        )
    )
    return 0


def _dti_check(args: argparse.Namespace) -> int:
    from precredit.integrations.generators.debt_check import dti_flips
    from precredit.integrations.generators.persons import REFERENCE_DATE
    from precredit.integrations.persons import PersonsRegistry

    settings = get_settings()
    persons = [
        p for p in PersonsRegistry(settings.sandbox_dir).all if not args.profile or p.profile in args.profile
    ]
    if not persons:
        raise CliError(f"no persona with profile {args.profile} in {settings.sandbox_dir}")
    figures = dti_flips(
        persons, loan_seeds=range(args.loan_seeds), today=args.today or REFERENCE_DATE, policy=settings.policy
    )
    print(json.dumps({"max_dti": str(settings.policy.max_dti), "profiles": figures}, indent=1))
    return 0


def _mask(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 7 else "****"


def _outbox(args: argparse.Namespace) -> int:
    from precredit.integrations.messaging import SandboxOutbox

    messages = SandboxOutbox(get_settings().sandbox_state_dir).messages(args.phone, args.purpose)
    rows = [
        {
            "message_id": m.message_id,
            "phone": _mask(m.phone),
            "purpose": m.purpose,
            "sent_at": m.sent_at.isoformat(),
            "code": m.code,
            "text": m.text,
        }
        for m in messages
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['sent_at']}  {row['phone']}  {row['purpose']:<16} {row['text']}")
    return 0
