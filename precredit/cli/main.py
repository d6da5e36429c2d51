"""Entry point: builds the parser from the subcommand modules and maps errors to one stderr line."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

# Each module defines `register(subparsers)`, adding parsers whose `func(args) -> int` runs the command.
SUBCOMMAND_MODULES: tuple[str, ...] = (
    "precredit.cli.stack_cmd",
    "precredit.cli.apply_cmd",
    "precredit.cli.demo_cmd",
    "precredit.cli.privacy_cmd",
    "precredit.cli.underwriter_cmd",
    "precredit.cli.security_cmd",
    "precredit.cli.sandbox_cmd",
    "precredit.cli.ocr_cmd",
    "precredit.cli.models_cmd",
    "precredit.cli.api_cmd",
    "precredit.cli.funding_cmd",
    "precredit.cli.cards_cmd",
    "precredit.cli.bench_cmd",
    "precredit.cli.contract_cmd",
)


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit code, never a traceback."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="precredit", description="Auto-finance pre-credit pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"precredit: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """The console script. The Temporal client's Rust threads can abort a short-lived process while
    CPython finalises (temporalio/sdk-python#300), so once the command is done and its output
    flushed, the process ends without interpreter teardown."""
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    # Run as `python -m precredit.cli.main` this file is `__main__`, a second copy of the module whose
    # CliError is not the one commands raise (they import precredit.cli.main): run that module's.
    from precredit.cli.main import run as _run

    _run()
