"""Bad bytes fail fast with a one-line OcrInputError, through the API and through the CLI."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from precredit.cli.main import main
from precredit.ocr import OcrInputError, read_document
from precredit.ocr.synth import random_fields, render_document

BIN = Path(sys.executable).parent


def _png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.full((height, width), 255, np.uint8)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def card() -> bytes:
    return render_document(
        "id_card_back", random_fields("id_card_back", random.Random(1)), seed=1, degrade=True
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 not a PDF at all", "PDF could not be opened"),
        (b"GIF89a not an image at all", "not an image"),
        (b"\xff\xd8\xff" + bytes(26 * 1024 * 1024), "too large"),
        (_png(8000, 6000), "40 megapixels"),
        (_png(20, 20), "too small"),
    ],
)
def test_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(OcrInputError, match=message) as info:
        read_document("id_card_front", data)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_truncated_jpeg_and_png(card: bytes) -> None:
    with pytest.raises(OcrInputError, match="truncated"):
        read_document("id_card_back", card[: len(card) // 2])
    png = _png(300, 200)
    with pytest.raises(OcrInputError, match=r"truncated|decoded"):
        read_document("id_card_back", png[:-20])


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown document kind"):
        read_document("passport", b"x")


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for path in (text, tmp_path / "missing.jpg", tmp_path):
        assert main(["ocr", "id_card_front", str(path), "--json"]) != 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("precredit:"), err


def test_cli_json_shape(tmp_path: Path, card: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    image = tmp_path / "back.jpg"
    image.write_bytes(card)
    assert main(["ocr", "id_card_back", str(image), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"kind", "fields", "confidence", "warnings"}
    assert out["fields"] == random_fields("id_card_back", random.Random(1))


def test_cli_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    proc = subprocess.run(
        [str(BIN / "precredit"), "ocr", "vehicle_invoice", str(truncated), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_bench_cli_writes_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    out = tmp_path / "bench.json"
    # A development family named with two seen ones: --split keeps the seen two.
    named = "id_back_standard,id_back_glare,id_back_worn"
    argv = ["ocr-bench", "--n", "1", "--engines", "rapidocr", "--kinds", "id_card_back", "--split", "seen"]
    assert main([*argv, "--families", named, "--out", str(out)]) == 0
    assert "id_card_back" in capsys.readouterr().out
    rows = json.loads(out.read_text())["results"]
    assert [r["family"] for r in rows] == ["id_back_glare", "id_back_worn", "seen"]
    row = rows[-1]
    assert row["engine"] == "rapidocr" and row["documents"] == 2 and 0 <= row["field_accuracy"] <= 1
    assert row["median_cpu_seconds"] > 0  # this process's own CPU time per page
    assert main(["ocr-bench", "--engines", "abbyy"]) == 2
    assert capsys.readouterr().err.startswith("precredit: unknown engine")


def test_bench_cli_measures_only_the_families_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    out = tmp_path / "bench.json"
    argv = [
        "ocr-bench",
        "--n",
        "1",
        "--engines",
        "rapidocr",
        "--families",
        "id_back_torch_spot_in_dark",
        "--out",
        str(out),
    ]
    assert main(argv) == 0
    rows = json.loads(out.read_text())["results"]
    assert [r["family"] for r in rows] == ["id_back_torch_spot_in_dark", "held-out"]
    assert rows[-1]["documents"] == 1
    capsys.readouterr()
    assert main(["ocr-bench", "--families", "id_back_torch_spot_in_dark,no_such_family"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown family: no_such_family" in err


def test_the_cli_run_as_a_module_answers_bad_input_in_one_line(tmp_path: Path) -> None:
    """`python -m precredit.cli.main` loads the module twice (as `__main__` and by name); a command's
    error must still end in exit code 2 and one line, not a traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "precredit.cli.main", "ocr-bench", "--n", "1", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.startswith("precredit: cannot write") and done.stderr.count("\n") == 1
