"""`precredit apply` with bad input: exit 2 and exactly one stderr line naming the field."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from precredit.config import Settings
from tests.badinput.cases import CASES, Case
from tests.badinput.conftest import application_dir
from tests.e2e.conftest import cli_env, precredit_bin


def run_apply(settings: Settings, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [precredit_bin(), "apply", str(path), "--json"],
        capture_output=True,
        text=True,
        env=cli_env(settings),
        timeout=120,
    )


@pytest.fixture(scope="module")
def template(bad_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return application_dir(bad_settings, tmp_path_factory.mktemp("cli"), "good", "bad-cli-template")


def assert_one_line(proc: subprocess.CompletedProcess[str], needle: str, code: int = 2) -> None:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert len(lines) == 1 and needle in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def _params() -> list[object]:
    return [
        pytest.param(c, id=c.name, marks=[pytest.mark.xfail(reason=c.gap, strict=True)] if c.gap else [])
        for c in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_field_errors(case: Case, template: Path, bad_settings: Settings) -> None:
    body = json.loads(template.read_text(encoding="utf-8"))
    case.mutate(body)
    path = template.parent / f"{case.name}.json"
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    assert_one_line(run_apply(bad_settings, path), case.field)


def test_full_width_digits_are_folded_not_refused(template: Path) -> None:
    """A phone keyboard's full-width digits are the same ID number, not a different one."""
    from precredit.models.application import ApplicationRequest
    from tests.badinput.cases import FULL_WIDTH

    body = json.loads(template.read_text(encoding="utf-8"))
    ascii_id, ascii_phone = body["applicant"]["id_number"], body["applicant"]["phone"]
    body["applicant"]["id_number"] = ascii_id.translate(FULL_WIDTH)
    body["applicant"]["phone"] = ascii_phone.translate(FULL_WIDTH)
    for section in ("identity_documents", "loan_documents"):
        body[section] = {k: "doc://" + "0" * 64 for k in body[section]}
    request = ApplicationRequest.model_validate(body)
    assert (request.applicant.id_number, request.applicant.phone) == (ascii_id.upper(), ascii_phone)


def _with_document(template: Path, name: str, data: bytes | None, *, size: int = 0) -> Path:
    body = json.loads(template.read_text(encoding="utf-8"))
    doc = template.parent / name
    if data is not None:
        doc.write_bytes(data)
    elif size:
        with doc.open("wb") as fh:  # sparse: no 21 MB write on disk
            fh.truncate(size)
    body["identity_documents"]["id_card_front"] = name
    path = template.parent / f"doc-{name}.json"
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return path


def test_file_errors(template: Path, bad_settings: Settings) -> None:
    cases = [
        ("not_json.json", b"{not json", "not valid UTF-8 JSON"),
        ("latin1.json", '{"name": "\xe9"}'.encode("latin-1"), "not valid UTF-8 JSON"),
        ("array.json", b"[1, 2]", "expected a JSON object"),
    ]
    for name, data, needle in cases:
        path = template.parent / name
        path.write_bytes(data)
        assert_one_line(run_apply(bad_settings, path), needle)
    assert_one_line(run_apply(bad_settings, template.parent / "absent.json"), "no such file")

    empty = _with_document(template, "empty.jpg", b"")
    assert_one_line(run_apply(bad_settings, empty), "identity_documents.id_card_front: file is empty")
    huge = _with_document(template, "huge.jpg", None, size=21 * 1024 * 1024)
    assert_one_line(run_apply(bad_settings, huge), "identity_documents.id_card_front: file is larger")
    missing = _with_document(template, "nothere.jpg", None)
    assert_one_line(run_apply(bad_settings, missing), "identity_documents.id_card_front: no such file")
    body = json.loads(template.read_text(encoding="utf-8"))
    body["identity_documents"] = ["id_front.jpg"]
    listed = template.parent / "listed.json"
    listed.write_text(json.dumps(body), encoding="utf-8")
    assert_one_line(run_apply(bad_settings, listed), "identity_documents")


@pytest.mark.parametrize(
    "name,data",
    [("notes.txt", b"hello, this is not an image\n" * 10), ("cut.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 40)],
    ids=["text_file", "truncated_jpeg"],
)
def test_non_image_and_truncated_files_are_refused_at_input(
    name: str, data: bytes, template: Path, bad_settings: Settings
) -> None:
    path = _with_document(template, name, data)
    assert_one_line(run_apply(bad_settings, path), "identity_documents.id_card_front")
