"""The import layers of `precredit/`, read from the source with `ast` (nothing is imported).

Each first-level part (package or module) may import the parts listed against it in LAYERS and
nothing else of `precredit`; imports point down, from the entry points (cli) to the domain
(models, policy). An entry names a part or one module of it ("security.placeholders"), and any
part may import itself. Counted: every import statement that runs, including those inside
functions, and the names of existing modules written as strings in a module that calls
`importlib.import_module` (db/engine.py's TABLE_MODULES, the CLI's subcommands).
Not counted: imports under `if TYPE_CHECKING:`, which load nothing.

To change the architecture, change the table in the same commit and say why.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "precredit"


def may(names: str) -> set[str]:
    """The parts (or modules) named, plus the domain every part may use."""
    return {*names.split(), "models", "policy"}


LAYERS: dict[str, set[str]] = {
    # the domain: pydantic types and pure credit policy, one layer (models validate with policy's checks)
    "models": may(""),
    "policy": may(""),
    "workflows": may(""),  # orchestration only: everything else runs in activities
    # configuration and the building blocks beneath the adapters
    "config": may("security.placeholders"),
    # tables and repositories: never the API, the activities or the stack. The document store
    # (db/blobs.py) seals blobs with the key ring and the applicants' keys.
    "db": may("security.keys security.subjects"),
    "security": may("config db"),
    "ocr": may(""),
    "risk": may(""),
    "contracts": may("config security"),
    # funding's services use the ledger repository and the bank-channel protocol, not a sandbox bank
    "funding": may("config db integrations.base"),
    "integrations": may("config contracts funding ocr risk security"),
    # what the processes are made of
    "activities": may("config contracts db funding integrations ocr risk security"),
    "client": may("config db security"),
    "application_file": may("db"),
    "privacy": may("client config db integrations security"),
    # the API reaches Temporal through the client: never the activities, the workers or the stack
    "api": may("application_file client config db funding integrations privacy security"),
    "workers": may("activities client config ocr risk security workflows"),
    "demo": may("client config db integrations security"),
    # entry points: the embedded stack, the benchmarks and the command line
    "stack": may("api client config privacy security workers"),
    "bench": may("client config db demo integrations security stack"),
    # the attack replay: an outsider with the sandbox's people and the operator's keys
    "probe": may("client config db integrations security"),
}
# The command line may use every part but the workflows, which it starts by name through the client.
LAYERS["cli"] = set(LAYERS) - {"workflows"}

# Inside a part: modules that must not import another module of the same part.
INNER: list[tuple[str, str, str]] = [
    # (importing modules, imported modules, why)
    ("integrations", "integrations.generators", "runtime providers never load the data generators"),
    # the two workflows share only `workflows.primitives` (and the texts), never each other's parts
    ("workflows.card_binding", "workflows.precredit", "card binding builds on the shared primitives"),
    ("workflows.precredit", "workflows.card_binding", "the application builds on the shared primitives"),
]

# Libraries a part must not import, checked the same way.
LIBRARIES: dict[str, set[str]] = {
    "funding": {"temporalio"},  # Temporal-free: the activity turns its errors into ApplicationErrors
    "models": {"sqlmodel", "sqlalchemy"},  # tables live in db/, so workflows never load them
    "policy": {"temporalio", "sqlmodel", "sqlalchemy"},
}

# Who may read the process environment (os.environ, os.getenv) or declare a BaseSettings: config.py,
# so every setting is one field of the one Settings, and these, which are not settings:
ENVIRONMENT_READERS = {
    "config.py",
    "cli/privacy_cmd.py",  # PRECREDIT_OPERATOR_TOKEN: the operator's own credential for one command
    "workers/heavy.py",  # sets native thread counts for the OCR processes it starts
    "bench/processes.py",  # hands the environment to the processes it starts
}

MODULE_PATH = re.compile(r"precredit(\.\w+)+")


@dataclass(frozen=True)
class Import:
    source: Path
    line: int
    target: str  # dotted module path


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(dotted: str) -> str:
    """`precredit.db.engine` → `db`; the package itself → ``."""
    return dotted.split(".")[1] if dotted.count(".") else ""


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, text: str | None = None) -> Iterator[Import]:
    """The imports of the module at `path` (whose source is `text`, if given)."""
    text = path.read_text(encoding="utf-8") if text is None else text
    tree = ast.parse(text, filename=str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    dynamic = "import_module" in text

    def visit(node: ast.AST) -> Iterator[Import]:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for branch in node.orelse:
                yield from visit(branch)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield Import(path, node.lineno, base)
            for alias in node.names:  # `from precredit.db import engine` imports precredit.db.engine
                if _existing(f"{base}.{alias.name}"):
                    yield Import(path, node.lineno, f"{base}.{alias.name}")
        elif dynamic and isinstance(node, ast.Constant) and isinstance(node.value, str):
            if MODULE_PATH.fullmatch(node.value) and _existing(node.value):
                yield Import(path, node.lineno, node.value)
        for child in ast.iter_child_nodes(node):
            yield from visit(child)

    yield from visit(tree)


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for path in sorted(ROOT.rglob("*.py")) for imp in imports(path))


def within(dotted: str, prefix: str) -> bool:
    return dotted == prefix or dotted.startswith(prefix + ".")


def _existing(dotted: str) -> bool:
    """`from precredit.x import name` names a module only if that module exists."""
    if not within(dotted, "precredit"):
        return False
    rel = Path(*dotted.split(".")[1:])
    return (ROOT / rel).with_suffix(".py").exists() or (ROOT / rel / "__init__.py").exists()


def _where(imp: Import) -> str:
    return f"{imp.source.relative_to(ROOT.parent)}:{imp.line} imports {imp.target}"


def test_every_part_is_in_the_table() -> None:
    parts = {p.stem for p in ROOT.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    parts.discard("__init__")
    assert parts == set(LAYERS), "add the new part to LAYERS, or drop the one that is gone"
    named = {entry.split(".")[0] for allowed in LAYERS.values() for entry in allowed}
    assert named <= set(LAYERS)


def against_the_layers(found: Iterator[Import] | tuple[Import, ...]) -> list[str]:
    wrong = []
    for imp in found:
        if not within(imp.target, "precredit"):
            continue
        source, target = part_of(module_name(imp.source)), part_of(imp.target)
        if not source or not target or source == target:
            continue
        local = imp.target.removeprefix("precredit.")
        if not any(within(local, entry) for entry in LAYERS[source]):
            wrong.append(_where(imp))
    return wrong


def test_imports_point_down() -> None:
    wrong = against_the_layers(all_imports())
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def test_no_inner_import_against_the_rules() -> None:
    wrong = []
    for importer, imported, why in INNER:
        for imp in all_imports():
            source = module_name(imp.source)
            if (
                within(source, f"precredit.{importer}")
                and not within(source, f"precredit.{imported}")
                and within(imp.target, f"precredit.{imported}")
            ):
                wrong.append(f"{_where(imp)} ({why})")
    assert not wrong, "\n".join(wrong)


def test_libraries_stay_out_of_the_parts_that_must_not_need_them() -> None:
    wrong = [
        _where(imp)
        for imp in all_imports()
        for lib in LIBRARIES.get(part_of(module_name(imp.source)), set())
        if within(imp.target, lib)
    ]
    assert not wrong, "\n".join(wrong)


def test_only_config_reads_the_environment() -> None:
    wrong = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ENVIRONMENT_READERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv", "environb"}:
                wrong.append(f"{rel}:{node.lineno} reads os.{node.attr}")
            elif isinstance(node, ast.ClassDef) and any(
                (isinstance(b, ast.Name) and b.id == "BaseSettings")
                or (isinstance(b, ast.Attribute) and b.attr == "BaseSettings")
                for b in node.bases
            ):
                wrong.append(f"{rel}:{node.lineno} declares settings of its own ({node.name})")
    assert not wrong, "read it through precredit.config.Settings:\n" + "\n".join(wrong)


def test_the_checker_sees_what_would_break_the_layers() -> None:
    """The rules catch the imports they are there for: today's db/engine.py naming api.tables, a
    lazy import, a relative one; an import under TYPE_CHECKING is not one."""
    db_module = ROOT / "db" / "example.py"
    text = (
        "import importlib\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from precredit.api.app import create_app\n"
        "TABLE_MODULES = ('precredit.db.tables', 'precredit.api.auth')\n"
        "def init():\n    from precredit.stack.embedded import run\n"
        "    return [importlib.import_module(name) for name in TABLE_MODULES]\n"
        "from ..activities import funding\n"
        "from . import engine\n"
    )
    wrong = against_the_layers(imports(db_module, text))
    assert wrong == [
        "precredit/db/example.py:5 imports precredit.api.auth",
        "precredit/db/example.py:7 imports precredit.stack.embedded",
        "precredit/db/example.py:9 imports precredit.activities",
        "precredit/db/example.py:9 imports precredit.activities.funding",
    ]
    api_route = ROOT / "api" / "routes" / "example.py"
    assert against_the_layers(imports(api_route, "from precredit.security.tokens import token_spec\n")) == []
    assert against_the_layers(imports(api_route, "from precredit.stack.tokens import token_spec\n")) == [
        "precredit/api/routes/example.py:1 imports precredit.stack.tokens"
    ]
