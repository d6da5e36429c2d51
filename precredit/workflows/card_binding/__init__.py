"""CardBindingWorkflow (SPEC §2): bind a repayment card, or unbind one, as pure orchestration.

Bind: four-element verification (name, ID number, card, phone), then an SMS code entered through
the `submit_sms_code` update. Unbind: refused while the card is the only repayment card of a loan
in repayment (the workflow waits, with a deadline, for a replacement), a fresh SMS code, and for
high-risk accounts a face match and the manual `review_decision` signal. Every step writes an
audit event. Activities are called through their typed references; business failures end the
workflow with a status and stable reason codes, not an exception.

`workflow.py` holds the class and its message handlers; `state.py` the one `Card` state object and
`CardOps` (audit, waits, activity calls, the SMS code, built from `precredit.workflows.primitives`);
`bind.py`, `unbind.py`, `high_risk.py` and `sms.py` the steps, as functions.
"""

from precredit.workflows.card_binding.workflow import CardBindingWorkflow

__all__ = ["CardBindingWorkflow"]
