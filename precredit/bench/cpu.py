"""CPU-seconds from the kernel's own accounting (/proc), per process tree and for the machine.

Wall-clock latencies on a shared machine measure everybody's load; the CPU time a process was
charged does not, so the benchmark's machine bound is computed from it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The command name (field 2) may hold spaces; every field after its closing parenthesis is fixed.
    return raw[raw.rindex(")") + 2 :].split()


def descendants(pid: int) -> list[int]:
    """All live processes below `pid` (children, grandchildren, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat(int(entry))
            if fields is not None and fields[0] not in ("Z", "X"):  # not dead, not awaiting its wait()
                parents.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        kids = parents.get(todo.pop(), [])
        out.extend(kids)
        todo.extend(kids)
    return out


def process_cpu_seconds(pid: int) -> float:
    """user + system time of `pid` and of its children it has waited for (exited ones)."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    # After the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15), 0-based from state.
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / _TICK


def tree_cpu_seconds(pid: int) -> float:
    """CPU-seconds charged to `pid` and every live descendant (exited ones through their parents)."""
    return sum(process_cpu_seconds(p) for p in [pid, *descendants(pid)])


def machine_busy_seconds() -> float:
    """CPU-seconds all cores spent running something since boot (user, nice, system, irq, softirq;
    not idle, iowait or steal, which is time the hypervisor gave to other machines)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq = (int(x) for x in fields[:7])
    return (user + nice + system + irq + softirq) / _TICK


@dataclass
class CpuMeter:
    """CPU-seconds of named process trees and of the whole machine between `start` and `stop`."""

    trees: dict[str, int]
    singles: dict[str, int] = field(default_factory=dict)  # one process, not its tree
    _before: dict[str, float] | None = None
    used: dict[str, float] | None = None

    def _sample(self) -> dict[str, float]:
        sample = {name: tree_cpu_seconds(pid) for name, pid in self.trees.items()}
        sample.update({name: process_cpu_seconds(pid) for name, pid in self.singles.items()})
        sample["machine"] = machine_busy_seconds()
        return sample

    def start(self) -> None:
        self._before = self._sample()

    def stop(self) -> dict[str, float]:
        assert self._before is not None
        after = self._sample()
        self.used = {k: round(after[k] - self._before[k], 3) for k in after}
        return self.used
