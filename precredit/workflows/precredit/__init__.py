"""PreCreditWorkflow: one application's seven steps, as pure orchestration.

Every external call, model, OCR run or database write is an activity (called through its typed
reference in `precredit.models.activity_refs`, so this package imports no heavy code); policy is pure
functions from `precredit.policy`; buyer actions are updates with validators, underwriter decisions a
signal, and every human wait has a deadline.

Where things are: `workflow.py` the class (run and every message handler); `state.py` the one
`Application` state object; `pipeline.py` what a step works with, composed over that state:
`records.py` progress records and search attributes, `waits.py` waits for people, `decisions.py`
verdicts, reviews, appeals and requests for new photos, `signatures.py` signing; `steps/` one
function per step. The primitives shared with card binding are in `precredit.workflows.primitives`.
"""

from precredit.workflows.precredit.state import StopApplication
from precredit.workflows.precredit.workflow import PreCreditWorkflow

__all__ = ["PreCreditWorkflow", "StopApplication"]
