"""`precredit ocr` reads one document image; `precredit ocr-bench` measures engines on synthetic ones."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from precredit.cli.main import CliError
from precredit.models.documents import FIELDS

ENGINE_CHOICES = ("rapidocr", "rapidocr-v4", "tesseract")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ocr", help="read the fields of a document (an image, a PDF, or one image per page)")
    p.add_argument("kind", choices=list(FIELDS))
    p.add_argument("image", type=Path, nargs="+", help="image or PDF files, pages in order")
    p.add_argument("--json", action="store_true", help="print the SPEC §6 JSON object")
    p.add_argument("--engine", choices=ENGINE_CHOICES, default=None)
    p.set_defaults(func=_ocr)

    b = sub.add_parser("ocr-bench", help="field/document accuracy and speed on degraded synthetic documents")
    b.add_argument("--n", type=int, default=10, help="documents per family (per kind with --original)")
    b.add_argument(
        "--split",
        choices=["all", "development", "seen", "held-out"],
        default="all",
        help="which document families: those developed on, those held out once and studied since, "
        "those held out of development, or all",
    )
    b.add_argument(
        "--original",
        action="store_true",
        help="the original one-layout-per-kind generator instead of families",
    )
    b.add_argument("--engines", default="rapidocr,tesseract")
    b.add_argument("--kinds", default=",".join(FIELDS))
    b.add_argument("--seed", type=int, default=0)
    b.add_argument(
        "--families",
        default=None,
        help="only these families (comma-separated names; documents keep the seeds they have in a "
        "whole run), e.g. one held-out set measured before the next is read",
    )
    b.add_argument(
        "--background",
        choices=["dark", "light"],
        default=None,
        help="the surface under the document (default: a mix, about 30%% light desks)",
    )
    b.add_argument(
        "--claims",
        action="store_true",
        help="judge declared names against the documents instead (ID front, invoice, contract, "
        "policy): misread names the print confirms, and one-character and other-name lies it lets "
        "through (first engine of --engines)",
    )
    b.add_argument("--out", type=Path, default=None, help="write the report as JSON")
    b.set_defaults(func=_bench)


def _ocr(args: argparse.Namespace) -> int:
    from precredit.ocr import OcrInputError
    from precredit.ocr.reader import read_pages

    pages = []
    for path in args.image:
        try:
            pages.append(path.read_bytes())
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc
    where = ", ".join(str(p) for p in args.image)
    try:
        result = read_pages(args.kind, pages, engine=args.engine)
    except OcrInputError as exc:
        raise CliError(f"{where}: {exc}") from exc
    except Exception as exc:  # the contract is one stderr line, whatever an engine or codec raises
        raise CliError(f"{where}: OCR failed ({type(exc).__name__}: {exc})".splitlines()[0]) from exc
    payload = {k: getattr(result, k) for k in ("kind", "fields", "confidence", "warnings")}
    if args.json:
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    for name, value in result.fields.items():
        print(f"{name:<18} {value if value is not None else '-':<32} {result.confidence[name]:.2f}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    return 0


def _split(value: str, allowed: tuple[str, ...] | list[str], what: str) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in items if v not in allowed]
    if unknown or not items:
        raise CliError(
            f"unknown {what}: {', '.join(unknown) or '(none given)'}; choose from {', '.join(allowed)}"
        )
    return items


def _bench(args: argparse.Namespace) -> int:
    from precredit.ocr import bench

    if args.n < 1:
        raise CliError("--n must be at least 1")
    _writable(args.out)  # before minutes of reading, not after
    engines = _split(args.engines, ENGINE_CHOICES, "engine")
    kinds = _split(args.kinds, list(FIELDS), "kind")
    chosen = None
    if args.families is not None:
        from precredit.ocr.synth import FAMILIES

        chosen = _split(args.families, [f.name for f in FAMILIES], "family")
        kinds = [k for k in kinds if any(f.kind == k and f.name in chosen for f in FAMILIES)]
    if args.claims:
        from precredit.models.application import PolicyConfig

        claims = bench.run_claims(
            n=args.n,
            engine=engines[0],
            threshold=PolicyConfig().name_min_fit,
            kinds=kinds,
            seed=args.seed,
            split=None if args.split == "all" else args.split,
            progress=lambda line: print(line, flush=True),
        )
        _write(args.out, {"claims": [c.summary() for c in claims]})
        return 0
    if args.original:
        scores = bench.run(
            n=args.n,
            engines=engines,
            kinds=kinds,
            seed=args.seed,
            background=args.background,
            progress=lambda line: print(line, flush=True),
        )
    else:
        scores = bench.run_families(
            n=args.n,
            engines=engines,
            kinds=kinds,
            seed=args.seed,
            split=None if args.split == "all" else args.split,
            names=chosen,
            background=args.background,
            progress=lambda line: print(line, flush=True),
        )
    _write(args.out, bench.report(scores))
    return 0


def _writable(out: Path | None) -> None:
    if out is None:
        return
    if out.is_dir():
        raise CliError(f"cannot write {out}: it is a directory")
    if not out.parent.is_dir():
        raise CliError(f"cannot write {out}: no directory {out.parent}")


def _write(out: Path | None, report: dict[str, object]) -> None:
    if out is None:
        return
    try:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"wrote {out}", file=sys.stderr)
