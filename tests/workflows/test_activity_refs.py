"""The typed activity references the workflows call (`precredit.models.activity_refs`) against the
`@activity.defn`s the workers register: same name, same argument type, same result type; and mypy
refuses a workflow that passes an activity the wrong argument or reads the wrong result."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

import pytest
from mypy import api as mypy_api
from temporalio import activity

import precredit.activities as activities_package
from precredit.models import activity_refs
from precredit.models.activity_refs import ActivityRef

ROOT = Path(__file__).resolve().parents[2]


def registered() -> dict[str, typing.Any]:
    """Every activity method of the `precredit.activities` classes, by registered name."""
    import pkgutil
    from importlib import import_module

    found: dict[str, typing.Any] = {}
    for info in pkgutil.iter_modules(activities_package.__path__):
        module = import_module(f"precredit.activities.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for _, fn in inspect.getmembers(cls, inspect.isfunction):
                defn = activity._Definition.from_callable(fn)
                if defn is not None:
                    assert defn.name is not None, f"{fn.__qualname__}: a dynamic activity has no name"
                    found[defn.name] = fn
    return found


def refs() -> list[ActivityRef[typing.Any, typing.Any]]:
    return [v for v in vars(activity_refs).values() if isinstance(v, ActivityRef)]


def test_every_reference_matches_the_activity_it_names() -> None:
    defs = registered()
    assert len(defs) >= 25, sorted(defs)  # the discovery found the activity classes
    wrong = []
    for ref in refs():
        fn = defs.get(ref.name)
        if fn is None:
            wrong.append(f"{ref.name}: no such activity")
            continue
        hints = typing.get_type_hints(fn)
        params = [p for p in inspect.signature(fn).parameters if p != "self"]
        assert len(params) == 1, f"{ref.name} takes {params}"
        if hints[params[0]] is not ref.arg_type:
            wrong.append(f"{ref.name}: takes {hints[params[0]]}, the reference says {ref.arg_type}")
        if hints["return"] is not ref.result_type:
            wrong.append(f"{ref.name}: returns {hints['return']}, the reference says {ref.result_type}")
    assert not wrong, "\n".join(wrong)


def test_every_registered_activity_has_one_reference() -> None:
    names = [ref.name for ref in refs()]
    assert len(names) == len(set(names)), "two references to one activity"
    assert set(registered()) == set(names)


def test_the_workflows_call_activities_only_by_reference() -> None:
    """No `execute_activity("name", ...)` anywhere but the one typed call in the primitives."""
    calls = []
    for path in (ROOT / "precredit" / "workflows").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        calls += [f"{path.name}: {n}" for n in ("execute_activity(", "execute_local_activity(") if n in text]
    assert calls == ["primitives.py: execute_activity("]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for this module's mypy runs (the snippet changes, what it imports does not), kept
    out of the repository's own: each run after the first checks only the snippet."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize(
    ("body", "error"),
    [
        # match_face takes a FaceMatchRequest, not a person
        ("await a.run(acts.MATCH_FACE, person)", 'type parameter "In"'),
        # check_blacklist answers a BlacklistHit, which has no `matched`
        (
            "hit = await a.run(acts.CHECK_BLACKLIST, person)\n    print(hit.matched)",
            '"BlacklistHit" has no attribute',
        ),
    ],
)
def test_mypy_refuses_a_wrong_argument_or_result(
    tmp_path: Path, mypy_cache: Path, body: str, error: str
) -> None:
    good = "await a.run(acts.CHECK_BLACKLIST, person)"
    template = (
        "from precredit.models import activity_refs as acts\n"
        "from precredit.models.activities import PersonRef\n"
        "from precredit.workflows.primitives import Activities\n\n\n"
        "async def step(a: Activities, person: PersonRef) -> None:\n"
        "    {body}\n"
    )
    for text, expect in ((template.format(body=good), None), (template.format(body=body), error)):
        source = tmp_path / "snippet.py"
        source.write_text(text, encoding="utf-8")
        out, err, status = mypy_api.run(
            [
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                str(mypy_cache),
                "--follow-imports=silent",
                str(source),
            ]
        )
        if expect is None:
            assert status == 0, out + err
        else:
            assert status == 1 and expect in out, out + err
