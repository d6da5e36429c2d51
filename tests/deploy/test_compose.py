"""The production topology file is valid compose and says what the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {
    "POSTGRES_PASSWORD": "pw-for-config-check",
    "PRECREDIT_ENCRYPTION_KEYS": "k1:AAAA",
    "PRECREDIT_LOOKUP_KEY": "BBBB",
    "PRECREDIT_API_TOKENS": "tok:operator:ops",
}


def compose(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # `docker compose` (v2 plugin) where installed, else Debian's docker-compose: both read the file.
    v2 = (
        shutil.which("docker")
        and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0
    )
    cmd = ["docker", "compose"] if v2 else ["docker-compose"]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("PRECREDIT_", "POSTGRES_"))} | env
    return subprocess.run(
        [*cmd, "-f", str(ROOT / "docker-compose.yml"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


def service_block(config: str, name: str) -> str:
    """One service's lines of `compose config` output (services are indented by two spaces)."""
    start = config.index(f"\n  {name}:\n") + 1
    end = next(
        (i for i in range(start + 1, len(config)) if config.startswith("\n  ", i) and config[i + 3] != " "),
        len(config),
    )
    return config[start:end]


def test_compose_config_is_valid_and_complete() -> None:
    proc = compose(
        "config",
        env=ENV | {"PRECREDIT_WORKERS": "3", "PRECREDIT_OCR_WORKERS": "5", "PRECREDIT_OCR_PROCESSES": "4"},
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for service in (
        "postgresql:",
        "temporal:",
        "temporal-ui:",
        "codec:",
        "worker:",
        "ocr-worker:",
        "api:",
        "temporal-setup:",
    ):
        assert f"  {service}" in out, service
    assert "replicas: 3" in out
    # The OCR workers scale apart from the main workers, and each replica is sized by its processes.
    ocr = service_block(out, "ocr-worker")
    assert "replicas: 5" in ocr and "cpus: 4" in ocr, ocr
    assert re.search(r"PRECREDIT_OCR_PROCESSES: ['\"]?4['\"]?\n", ocr), ocr
    assert re.search(r"- --queues\n\s*- ocr\n", ocr), ocr
    assert re.search(r"- --queues\n\s*- main\n", service_block(out, "worker"))
    assert "TEMPORAL_CODEC_ENDPOINT: http://localhost:8081" in out
    assert "DB: postgres12" in out
    assert "postgresql+psycopg://precredit:pw-for-config-check@postgresql:5432/precredit" in out


@pytest.mark.parametrize("missing", ["POSTGRES_PASSWORD", "PRECREDIT_ENCRYPTION_KEYS"])
def test_compose_refuses_to_run_without_secrets(missing: str) -> None:
    env = {k: v for k, v in ENV.items() if k != missing}
    proc = compose("config", env=env)
    assert proc.returncode != 0
    assert missing in proc.stderr
