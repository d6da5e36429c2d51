"""The shape issue 14 gave the workflows: a workflow class has no base class and holds only its
`__init__`, `run` and message handlers (with their validators); the state is one object and the
steps are functions elsewhere. Read from the classes' Temporal definitions."""

from __future__ import annotations

import inspect

import pytest
from temporalio import workflow

from precredit.workflows.card_binding import CardBindingWorkflow
from precredit.workflows.precredit import PreCreditWorkflow


@pytest.mark.parametrize("cls", [PreCreditWorkflow, CardBindingWorkflow])
def test_a_workflow_class_holds_only_run_and_its_message_handlers(cls: type) -> None:
    assert cls.__bases__ == (object,), f"{cls.__name__} inherits from {cls.__bases__}"
    defn = workflow._Definition.must_from_class(cls)
    handlers = {
        *(d.fn.__name__ for d in defn.signals.values() if d.fn is not None),
        *(d.fn.__name__ for d in defn.queries.values() if d.fn is not None),
        *(d.fn.__name__ for d in defn.updates.values() if d.fn is not None),
        *(d.validator.__name__ for d in defn.updates.values() if d.validator is not None),
    }
    own = {name for name, member in vars(cls).items() if inspect.isfunction(member)}
    assert own - handlers == {"__init__", "run"}
    assert len(handlers) >= 5  # the definitions were found
