"""PreCreditWorkflow: one application's seven steps, as pure orchestration.

Every external call, model, OCR run or database write is an activity (referenced by name, so this
package imports no heavy code); policy is pure functions from `precredit.policy`; buyer actions are
updates with validators, underwriter decisions a signal, and every human wait has a deadline.

Where things are: `workflow.py` the class, its run and the operators' messages; `buyer.py` the
buyer's and dealer's updates; `steps/` one module per step; `signatures.py`, `decisions.py` and
`waits.py` signing, verdicts (reviews, appeals) and human waits; `calls.py` activity calls,
records and search attributes; `state.py` the application's state.
"""

from precredit.workflows.precredit.state import StopApplication
from precredit.workflows.precredit.workflow import PreCreditWorkflow

__all__ = ["PreCreditWorkflow", "StopApplication"]
