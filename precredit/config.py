"""One Settings object for the whole product: every threshold, deadline, path and key comes from here.

Environment variables are `PRECREDIT_<FIELD>` (nested with `__`, e.g. `PRECREDIT_DEADLINES__SMS_CODE=30`).
The Temporal connection follows Temporal's own variables (`TEMPORAL_ADDRESS`, `TEMPORAL_NAMESPACE`).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from precredit.models.application import Deadlines, PolicyConfig

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SANDBOX_DIR = PACKAGE_DIR / "integrations" / "sandbox_data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRECREDIT_", env_nested_delimiter="__", extra="ignore")

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
    activity_timeout_seconds: float = 60
    ocr_timeout_seconds: float = 120
    worker_max_concurrent_activities: int = 8

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
