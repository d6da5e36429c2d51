"""The workflow code's bytecode is cached where the import system finds it, so the sandbox that
every cacheless workflow task builds imports it without compiling (`precredit.workers.bytecode`)."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import precredit.workflows
from precredit.workers.bytecode import ensure_workflow_bytecode


def sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py"))


def test_every_workflow_module_gets_bytecode_the_importer_reads(tmp_path: Path) -> None:
    root = tmp_path / "workflows"
    shutil.copytree(
        Path(precredit.workflows.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__")
    )
    files = sources(root)
    assert len(files) > 10
    assert not any(Path(importlib.util.cache_from_source(str(f))).exists() for f in files)

    assert ensure_workflow_bytecode(root) is True
    cached = [Path(importlib.util.cache_from_source(str(f))) for f in files]
    assert all(c.exists() for c in cached), [c for c in cached if not c.exists()]

    # A changed source is compiled again; an unchanged one is left alone.
    stamps = {c: c.stat().st_mtime_ns for c in cached}
    changed = files[0]
    changed.write_text(changed.read_text() + "\n# changed\n")
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    assert ensure_workflow_bytecode(root) is True
    assert cached[0].stat().st_mtime_ns != stamps[cached[0]]
    assert all(c.stat().st_mtime_ns == stamps[c] for c in cached[1:])


def test_a_tree_it_cannot_write_is_reported_not_fatal(tmp_path: Path) -> None:
    root = tmp_path / "workflows"
    shutil.copytree(
        Path(precredit.workflows.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__")
    )
    (root / "__pycache__").write_text("a file where the cache directory would go")  # even root cannot
    assert ensure_workflow_bytecode(root) is False
