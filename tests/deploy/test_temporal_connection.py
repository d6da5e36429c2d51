"""Issue 15, topology: the Temporal client honours Temporal's TLS variables (and refuses half a
client certificate), and the embedded stack refuses to listen beyond loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from temporalio.service import TLSConfig

from precredit.client import tls_config
from precredit.config import Settings
from precredit.stack.embedded import NotLoopback, require_loopback


def test_no_tls_variables_means_plain_grpc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("CLIENT_CERT_PATH", "CLIENT_KEY_PATH", "SERVER_CA_CERT_PATH", "SERVER_NAME"):
        monkeypatch.delenv(f"TEMPORAL_TLS_{name}", raising=False)
    assert tls_config(Settings(data_dir=tmp_path)) is False


def test_temporal_tls_variables_become_the_clients_mtls(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = {name: tmp_path / name for name in ("ca.pem", "client.pem", "client.key")}
    for path in files.values():
        path.write_bytes(b"-----BEGIN " + path.name.encode() + b"-----\n")
    monkeypatch.setenv("TEMPORAL_TLS_SERVER_CA_CERT_PATH", str(files["ca.pem"]))
    monkeypatch.setenv("TEMPORAL_TLS_CLIENT_CERT_PATH", str(files["client.pem"]))
    monkeypatch.setenv("TEMPORAL_TLS_CLIENT_KEY_PATH", str(files["client.key"]))
    monkeypatch.setenv("TEMPORAL_TLS_SERVER_NAME", "temporal")
    tls = tls_config(Settings(data_dir=tmp_path))
    assert isinstance(tls, TLSConfig)
    assert tls.server_root_ca_cert == files["ca.pem"].read_bytes() and tls.domain == "temporal"
    assert (tls.client_cert, tls.client_private_key) == (
        files["client.pem"].read_bytes(),
        files["client.key"].read_bytes(),
    )
    monkeypatch.delenv("TEMPORAL_TLS_CLIENT_KEY_PATH")
    with pytest.raises(ValueError, match="go together"):
        tls_config(Settings(data_dir=tmp_path))


@pytest.mark.parametrize("address", ["127.0.0.1:7233", "localhost:7233", "[::1]:7233", "127.0.0.2:7233"])
def test_loopback_addresses_are_fine(address: str, tmp_path: Path) -> None:
    require_loopback(Settings(data_dir=tmp_path, temporal_address=address))


@pytest.mark.parametrize(
    ("field", "value"),
    [("temporal_address", "0.0.0.0:7233"), ("temporal_address", "10.1.2.3:7233"),
     ("api_host", "0.0.0.0"), ("codec_host", "192.168.1.5"), ("temporal_address", "temporal.example:7233")],
)  # fmt: skip
def test_the_embedded_stack_refuses_to_listen_beyond_loopback(field: str, value: str, tmp_path: Path) -> None:
    with pytest.raises(NotLoopback, match="loopback"):
        overrides: dict[str, Any] = {field: value}  # the field is a parameter: any Settings field
        require_loopback(Settings(data_dir=tmp_path, **overrides))
