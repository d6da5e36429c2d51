"""A workflow's view (what its `status` query answers) as memo entries, so readers get it from the
server without a worker replaying the history (`precredit.workflows.primitives.PublishedView`
writes them, `precredit.client.read_view` reads them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

V = TypeVar("V", bound=BaseModel)

# Memo keys under which a workflow keeps its status view (`PublishedView`): one per scalar field,
# one per entry of a list or dict field (`view.decisions.002`, `view.timestamps.contract_started`),
# so a change writes only what changed and a growing list never rewrites its older entries.
VIEW_MEMO_PREFIX = "view."


class ViewErased(Exception):
    """The view's memo entries were erased with the applicant's key."""


def view_memo(view: BaseModel) -> dict[str, Any]:
    """A view as memo entries. Nothing None has an entry (it reads back as its default), since
    writing None to a memo key removes it."""
    memo: dict[str, Any] = {}
    for field, value in view.model_dump(mode="json").items():
        key = VIEW_MEMO_PREFIX + field
        if isinstance(value, dict):
            memo.update({f"{key}.{k}": v for k, v in value.items()})
        elif isinstance(value, list):
            memo.update({f"{key}.{i:03d}": v for i, v in enumerate(value)})
        else:
            memo[key] = value
    return {k: v for k, v in memo.items() if v is not None}


def view_from_memo(memo: Mapping[str, Any], model: type[V]) -> V | None:
    """The view a memo holds (`view_memo` undone), or None when it holds none (a run started
    before views were kept). Raises `ViewErased` when it was erased with its applicant."""
    fields: dict[str, Any] = {}
    for key, value in memo.items():
        if not key.startswith(VIEW_MEMO_PREFIX) or value is None:  # None: an entry removed
            continue
        if isinstance(value, dict) and value.get("precredit_erased"):
            raise ViewErased("the applicant of this application was erased: nothing to show")
        field, _, entry = key.removeprefix(VIEW_MEMO_PREFIX).partition(".")
        if entry:
            fields.setdefault(field, {})[entry] = value
        else:
            fields[field] = value
    if not fields:
        return None
    for field, info in model.model_fields.items():
        entries = fields.get(field)
        if info.default_factory is list and isinstance(entries, dict):
            fields[field] = [v for _, v in sorted(entries.items(), key=lambda kv: int(kv[0]))]
    return model.model_validate(fields)
