"""What the attack probe found: one verdict per attack, the control application, and how both print.

Pure: the attack functions build these, the CLI prints them, tests judge them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    REFUSED = "REFUSED"
    NOT_REFUSED = "NOT REFUSED"
    NOT_TESTED = "NOT TESTED"
    """The probe could not set the attack up (no victim in the right state, no credential): as bad
    as NOT REFUSED for the exit code, since nobody showed the defence holds."""


class Audited(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_REQUIRED = "not-required"


def audited(*, required: bool, found: bool) -> Audited:
    if found:
        return Audited.YES
    return Audited.NO if required else Audited.NOT_REQUIRED


@dataclass(frozen=True)
class AttackResult:
    name: str
    verdict: Verdict
    audited: Audited
    evidence: str
    """What the target answered: HTTP status and reason, or the workflow's ack and audit event."""

    @property
    def passed(self) -> bool:
        return self.verdict is Verdict.REFUSED and self.audited is not Audited.NO


def refused(name: str, evidence: str, *, audit: Audited = Audited.NOT_REQUIRED) -> AttackResult:
    return AttackResult(name, Verdict.REFUSED, audit, evidence)


def not_refused(name: str, evidence: str, *, audit: Audited = Audited.NOT_REQUIRED) -> AttackResult:
    return AttackResult(name, Verdict.NOT_REFUSED, audit, evidence)


def not_tested(name: str, why: str) -> AttackResult:
    return AttackResult(name, Verdict.NOT_TESTED, Audited.NOT_REQUIRED, why)


@dataclass(frozen=True)
class ControlResult:
    """The legitimate application the probe drives alongside the attacks: it must still complete."""

    application_id: str
    completed: bool
    evidence: str


@dataclass(frozen=True)
class ProbeReport:
    attacks: list[AttackResult]
    control: ControlResult
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.control.completed and all(a.passed for a in self.attacks)

    def failures(self) -> list[str]:
        failed = [a.name for a in self.attacks if not a.passed]
        if not self.control.completed:
            failed.append("control")
        return failed

    def summary(self) -> str:
        """The one stderr line of a failed run."""
        failed = self.failures()
        if not failed:
            return f"all {len(self.attacks)} attacks refused; control application completed"
        return f"{len(failed)} of {len(self.attacks) + 1} checks failed: {', '.join(failed)}"

    def table(self) -> str:
        rows = [(a.name, a.verdict.value, a.audited.value, a.evidence) for a in self.attacks]
        control = "COMPLETED" if self.control.completed else "NOT COMPLETED"
        rows.append(("control", control, "-", f"{self.control.application_id}: {self.control.evidence}"))
        widths = [max(len(r[i]) for r in [*rows, ("attack", "verdict", "audited", "")]) for i in range(3)]
        head = ("attack", "verdict", "audited", "evidence")
        lines = ["  ".join(c.ljust(w) for c, w in zip(head[:3], widths, strict=True)) + "  evidence"]
        lines += [
            "  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3] for r in rows
        ]
        lines += [f"# {note}" for note in self.notes]
        lines.append(f"# {self.seconds:.0f} s in all")
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "seconds": round(self.seconds, 1),
            "attacks": [{**asdict(a), "passed": a.passed} for a in self.attacks],
            "control": asdict(self.control),
            "notes": self.notes,
        }
