"""Funding and card settings: env vars `PRECREDIT_CARD_*` and the channel file, read on the worker.

Thresholds live on the worker side, not in workflow input, so a client cannot raise its own limits.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from precredit.config import DEFAULT_SANDBOX_DIR
from precredit.models.cards import BinInfo
from precredit.models.funding import ChannelConfig

BANKS_FILE = "banks.json"


class CardPolicy(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRECREDIT_CARD_", extra="ignore")

    alert_window_seconds: float = Field(default=3600, gt=0, description="sliding window for unbind alerts")
    alert_user_unbinds: int = Field(default=3, ge=0, description="alert above this many per user")
    alert_platform_unbinds: int = Field(default=200, ge=0, description="alert above this many overall")
    review_user_unbinds: int = Field(default=2, ge=1, description="recent unbinds that make a user high-risk")
    min_card_age_seconds: float = Field(default=86400, ge=0, description="younger cards unbind as high-risk")


def banks_data(sandbox_dir: Path) -> dict:  # type: ignore[type-arg]
    """The data dir's banks.json, else the shipped default (a custom data dir may omit it)."""
    for path in (Path(sandbox_dir) / BANKS_FILE, DEFAULT_SANDBOX_DIR / BANKS_FILE):
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    return {}


def load_channels(sandbox_dir: Path) -> list[ChannelConfig]:
    return [ChannelConfig.model_validate(c) for c in banks_data(sandbox_dir).get("channels", [])]


def load_bins(sandbox_dir: Path) -> list[BinInfo]:
    return [BinInfo.model_validate(b) for b in banks_data(sandbox_dir).get("bins", [])]
