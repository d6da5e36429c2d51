"""Cached bytecode for the workflow code, which the sandbox imports again for every workflow run.

Every run a worker builds (each task with no workflow cache, each run the cache dropped or never
held, each query the cache guard refused) gets a fresh sandbox, which imports `precredit.workflows`
anew. Without cached bytecode beside the sources
(an editable install with `PYTHONDONTWRITEBYTECODE=1`, as on our development machines) each of those
imports compiles the source again: replaying a 3-event history took 122 ms, 55 ms of it in
`compile`, and 65 ms with the bytecode cached (`docs/operations.md`). An installed package (the
image's `pip install .`) already has it; this writes it where it is missing.
"""

from __future__ import annotations

import compileall
import logging
from pathlib import Path

import precredit.workflows

log = logging.getLogger(__name__)


def ensure_workflow_bytecode(root: Path | None = None) -> bool:
    """Compiles the workflow package's modules whose cached bytecode is missing or stale (written
    even under PYTHONDONTWRITEBYTECODE, which only stops imports from writing it). False, with a
    warning, when the tree is read-only: the workers still run, each task paying the compile."""
    root = root or Path(precredit.workflows.__file__).parent
    ok = bool(compileall.compile_dir(str(root), quiet=2))
    if not ok:
        log.warning(
            "could not write bytecode under %s: every workflow task will compile the workflow code again",
            root,
        )
    return ok
