"""The production topology file is valid compose and says what the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {
    "POSTGRES_PASSWORD": "pw-for-config-check",
    "PRECREDIT_ENCRYPTION_KEYS": "k1:AAAA",
    "PRECREDIT_LOOKUP_KEY": "BBBB",
    "PRECREDIT_API_TOKENS": "tok:operator:ops",
    "PRECREDIT_PROOF_KEYS": "p1:CCCC",
    "TEMPORAL_SERVICE_JWT": "service.jwt.for-config-check",
    "TEMPORAL_ADMIN_JWT": "admin.jwt.for-config-check",
    "TEMPORAL_JWT_JWKS_URL": "https://idp.example/jwks.json",
    "TEMPORAL_AUTH_PROVIDER_URL": "https://idp.example",
    "TEMPORAL_AUTH_CLIENT_ID": "temporal-ui",
    "TEMPORAL_AUTH_CLIENT_SECRET": "ui-secret-for-config-check",
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
        "retention:",
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
    assert "PRECREDIT_RETENTION__TEMPORAL_DAYS" in out and "precredit retention apply" in out
    assert "postgresql+psycopg://precredit:pw-for-config-check@postgresql:5432/precredit" in out


def test_temporal_itself_is_locked() -> None:
    """Issue 15: mTLS to the frontend (client certificates required, every client presents one),
    a JWT authorizer, the UIs behind sign-in, write actions only in the underwriters' UI and only
    signals there, and the frontend not published outside the compose network."""
    import yaml

    proc = compose("config", env=ENV)
    assert proc.returncode == 0, proc.stderr
    services = yaml.safe_load(proc.stdout)["services"]
    env = {
        name: {k: str(v) for k, v in (svc.get("environment") or {}).items()} for name, svc in services.items()
    }
    temporal = env["temporal"]
    assert temporal["TEMPORAL_TLS_REQUIRE_CLIENT_AUTH"] == "true"
    assert temporal["TEMPORAL_TLS_CLIENT1_CA_CERT"] == "/certs/client-ca.pem"
    assert temporal["TEMPORAL_AUTH_AUTHORIZER"] == "default"
    assert temporal["TEMPORAL_JWT_KEY_SOURCE1"] == "https://idp.example/jwks.json"
    assert not services["temporal"].get("ports"), "the frontend is reachable only inside the compose network"
    for name in ("worker", "api", "temporal-setup"):
        assert env[name]["TEMPORAL_TLS_CLIENT_CERT_PATH"] == "/certs/client.pem", name
        assert env[name]["TEMPORAL_TLS_SERVER_CA_CERT_PATH"] == "/certs/ca.pem", name
        assert any(str(v).endswith(":/certs:ro") for v in _volumes(services[name])), name
    for name in ("worker", "api"):
        assert env[name]["TEMPORAL_API_KEY"] == "service.jwt.for-config-check"
    for name in ("temporal-ui", "temporal-ui-review"):
        assert (env[name]["TEMPORAL_AUTH_ENABLED"], env[name]["TEMPORAL_TLS_CERT"]) == (
            "true",
            "/certs/ui.pem",
        )
    assert env["temporal-ui"]["TEMPORAL_DISABLE_WRITE_ACTIONS"] == "true"
    review = env["temporal-ui-review"]
    assert review["TEMPORAL_DISABLE_WRITE_ACTIONS"] == "false"
    for action in (
        "WORKFLOW_TERMINATE",
        "WORKFLOW_CANCEL",
        "WORKFLOW_RESET",
        "BATCH_ACTIONS",
        "START_WORKFLOW",
    ):
        assert review[f"TEMPORAL_{action}_DISABLED"] == "true", action


def _volumes(service: dict[str, Any]) -> list[str]:
    """A service of `compose config` YAML: its volumes, short (a string) or long (a mapping) form."""
    out = []
    for v in service.get("volumes") or []:
        out.append(
            v
            if isinstance(v, str)
            else f"{v.get('source')}:{v.get('target')}:{'ro' if v.get('read_only') else 'rw'}"
        )
    return out


@pytest.mark.parametrize(
    "missing",
    ["POSTGRES_PASSWORD", "PRECREDIT_ENCRYPTION_KEYS", "PRECREDIT_PROOF_KEYS", "TEMPORAL_JWT_JWKS_URL"],
)
def test_compose_refuses_to_run_without_secrets(missing: str) -> None:
    env = {k: v for k, v in ENV.items() if k != missing}
    proc = compose("config", env=env)
    assert proc.returncode != 0
    assert missing in proc.stderr
