"""`precredit security probe`: replays every attack of issue 15 against a running stack and reports
each one as refused (and audited where required) or not, next to a control application that must
still complete. docs/operations.md says how to point it at a deployment."""

from precredit.probe.report import AttackResult, Audited, ControlResult, ProbeReport, Verdict
from precredit.probe.run import ATTACKS, run_probe
from precredit.probe.target import ProbeConfig, ProbeError

__all__ = [
    "ATTACKS",
    "AttackResult",
    "Audited",
    "ControlResult",
    "ProbeConfig",
    "ProbeError",
    "ProbeReport",
    "Verdict",
    "run_probe",
]
