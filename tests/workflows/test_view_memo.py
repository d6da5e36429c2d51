"""The status view's memo form (`view_memo` / `view_from_memo`) round-trips every shape a view takes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from precredit.models.decisions import Status, Step, StepDecision
from precredit.models.messages import StatusView, WaitingFor, first_view_memo
from precredit.models.views import ViewErased, view_from_memo, view_memo


def a_view(decisions: int) -> StatusView:
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    return StatusView(
        application_id="app-1",
        status=Status.RUNNING,
        step=Step.CONTRACT,
        waiting_for=WaitingFor(what="contract_signature", since=at, deadline=at),
        decisions=[
            StepDecision(step=Step.IDENTITY, verdict="pass", detail={"n": str(i)}, at=at)
            for i in range(decisions)
        ],
        reason_codes=["A", "B"],
        timestamps={"started": at, "contract_started": at},
        step_seconds={"identity": 1.5},
        signing_documents={"contract": "ab" * 32},
    )


@pytest.mark.parametrize("decisions", [0, 1, 12])
def test_a_view_reads_back_from_its_memo_in_order(decisions: int) -> None:
    view = a_view(decisions)
    memo = view_memo(view)
    assert view_from_memo(memo, StatusView) == view
    # A list entry per item: a new decision writes one entry, not the whole list again.
    assert sum(k.startswith("view.decisions.") for k in memo) == decisions
    assert None not in memo.values()  # None removes a memo key; it is never written as a value


def test_a_field_back_to_none_and_a_removed_entry_read_as_defaults() -> None:
    memo = view_memo(a_view(2))
    memo = {**{k: v for k, v in memo.items() if not k.startswith("view.waiting_for")}, "view.offer": None}
    view = view_from_memo(memo, StatusView)
    assert view is not None and view.waiting_for is None and view.offer is None and len(view.decisions) == 2


def test_no_view_and_an_erased_view() -> None:
    assert view_from_memo({}, StatusView) is None  # started before views were kept: ask the query
    assert view_from_memo({"other": 1}, StatusView) is None
    first = view_from_memo(first_view_memo("app-9"), StatusView)
    assert first is not None and (first.application_id, first.status) == ("app-9", Status.RUNNING)
    erased = {k: {"precredit_erased": True, "note": "erased"} for k in first_view_memo("app-9")}
    with pytest.raises(ViewErased, match="erased"):
        view_from_memo(erased, StatusView)
