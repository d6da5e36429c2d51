"""One Settings object for the whole product: every threshold, deadline, path and key comes from here.

Environment variables are `PRECREDIT_<FIELD>` (nested with `__`, e.g. `PRECREDIT_DEADLINES__SMS_CODE=30`).
The Temporal connection follows Temporal's own variables (`TEMPORAL_ADDRESS`, `TEMPORAL_NAMESPACE`).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from precredit.models.application import Deadlines, ExecutionOptions, PolicyConfig
from precredit.security.placeholders import check_token, decode_key, parse_key_list

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SANDBOX_DIR = PACKAGE_DIR / "integrations" / "sandbox_data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PRECREDIT_", env_nested_delimiter="__", extra="ignore", hide_input_in_errors=True
    )

    data_dir: Path = Field(default=Path("var"), description="state of the embedded stack")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite under data_dir if unset"
    )
    sandbox_dir: Path = DEFAULT_SANDBOX_DIR
    task_queue: str = "precredit"
    temporal_address: str = Field(
        default_factory=lambda: os.environ.get("TEMPORAL_ADDRESS", "localhost:7233")
    )
    temporal_namespace: str = Field(default_factory=lambda: os.environ.get("TEMPORAL_NAMESPACE", "default"))
    temporal_ui_port: int = 8233
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    ocr_engine: str = "rapidocr"
    deadlines: Deadlines = Field(default_factory=Deadlines)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    execution: ExecutionOptions = Field(default_factory=ExecutionOptions)
    worker_max_concurrent_activities: int = Field(
        default=8, description="light activities at once in a main-queue worker (a thread pool)"
    )
    worker_queues: str = Field(
        default="main,ocr",
        pattern=r"^(main|ocr)(,(main|ocr))?$",
        description="what `precredit worker` serves: `main` (workflows, light activities), `ocr` "
        "(CPU-heavy activities in separate processes), or both",
    )
    ocr_processes: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="OCR worker processes, one engine each; processes x ocr_threads should fit the cores",
    )
    ocr_threads: int = Field(
        default=1, ge=1, description="ONNX Runtime intra-op and OpenCV threads per OCR process"
    )
    ocr_nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="scheduling niceness of OCR processes: on a shared machine the kernel runs the "
        "main worker's light work first and OCR on what is left; 0 on a machine of its own",
    )
    ocr_max_concurrent_activities: int = Field(
        default=1, ge=1, description="heavy activities at once per OCR process (one engine: 1)"
    )
    ocr_start_warning_seconds: float = Field(
        default=30,
        description="a heavy activity that waits longer than this for an OCR worker is logged as a "
        "warning; the main worker warns while no OCR worker polls its queue for this long",
    )
    worker_metrics_port: int = Field(
        default=0, description="Prometheus endpoint of the worker's SDK metrics; 0 = off"
    )
    # Security (SPEC §4). Unset keys → the dev stack generates data_dir/keys.json (0600) on first use.
    encryption_keys: SecretStr | None = Field(
        default=None, description="payload/field master keys 'kid:base64,...', the last one encrypts"
    )
    lookup_key: SecretStr | None = Field(default=None, description="base64 32-byte key for keyed hashes")
    api_tokens: SecretStr | None = Field(default=None, description="bearer tokens 'token:role:subject,...'")
    codec_host: str = "127.0.0.1"
    codec_port: int = 8081
    codec_cors_origins: list[str] = Field(
        default_factory=lambda: ["http://localhost:8233", "http://127.0.0.1:8233"],
        description="Temporal UI origins allowed to call the codec server",
    )

    @field_validator("encryption_keys")
    @classmethod
    def _keys_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_key_list(value.get_secret_value())
        return value

    @field_validator("lookup_key")
    @classmethod
    def _lookup_key_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            decode_key(value.get_secret_value(), what="lookup_key")
        return value

    @field_validator("api_tokens")
    @classmethod
    def _tokens_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            for item in filter(None, (part.strip() for part in value.get_secret_value().split(","))):
                check_token(item.split(":", 1)[0])
        return value

    @property
    def heavy_task_queue(self) -> str:
        """`PRECREDIT_EXECUTION__HEAVY_TASK_QUEUE`: workflows read it from their input, workers here."""
        return self.execution.heavy_task_queue

    @property
    def database(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'precredit.db').resolve()}"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def sandbox_state_dir(self) -> Path:
        """Where the sandbox third parties keep what they did (SMS outbox, signing tasks, payments)."""
        return self.data_dir / "sandbox"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
