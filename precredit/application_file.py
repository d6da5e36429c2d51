"""APPLICATION.json: an ApplicationRequest whose documents are file paths (relative to the file).

`precredit apply` reads it, stores each document in the document store and starts the workflow
with `doc://` references. Errors name the bad field in one line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from precredit.db.blobs import DocumentStore
from precredit.db.filetypes import document_problem
from precredit.models.application import ApplicationRequest, take_application

IDENTITY_KINDS = ("id_card_front", "id_card_back", "selfie")
LOAN_KINDS = ("purchase_contract", "vehicle_invoice", "insurance_policy")
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


class ApplicationFileError(ValueError):
    pass


def describe(err: ValidationError) -> str:
    """The first error as `field.path: reason`."""
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "body"
    return f"{where}: {first['msg']}"


def load_application(path: Path, store: DocumentStore) -> ApplicationRequest:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ApplicationFileError(f"{path}: no such file") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApplicationFileError(f"{path}: not valid UTF-8 JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise ApplicationFileError(f"{path}: expected a JSON object")
    base = path.parent
    for section, kinds, required in (
        ("identity_documents", IDENTITY_KINDS, True),
        ("loan_documents", LOAN_KINDS, False),
    ):
        docs = raw.get(section)
        if docs is None and not required:
            continue
        if not isinstance(docs, dict):
            raise ApplicationFileError(f"{section}: expected an object of file paths")
        for kind in kinds:
            value = docs.get(kind)
            if value is None:
                if required:
                    raise ApplicationFileError(f"{section}.{kind}: missing")
                continue
            docs[kind] = _store(base, f"{section}.{kind}", value, store)
    try:
        return take_application(raw)
    except ValidationError as exc:
        raise ApplicationFileError(describe(exc)) from exc


def _store(base: Path, field: str, value: object, store: DocumentStore) -> str:
    if not isinstance(value, str) or not value:
        raise ApplicationFileError(f"{field}: expected a file path")
    if value.startswith("doc://"):
        return value
    file = (base / value).resolve()
    if not file.is_file():
        raise ApplicationFileError(f"{field}: no such file {value}")
    size = file.stat().st_size
    if size == 0:
        raise ApplicationFileError(f"{field}: file is empty")
    if size > MAX_DOCUMENT_BYTES:
        raise ApplicationFileError(f"{field}: file is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    data = file.read_bytes()
    problem = document_problem(data)
    if problem is not None:
        raise ApplicationFileError(f"{field}: {problem}")
    return store.put(data)
