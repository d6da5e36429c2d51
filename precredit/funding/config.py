"""The bank channels and card BINs of the sandbox data dir's `banks.json` (the card thresholds are
`Settings.card`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from precredit.config import DEFAULT_SANDBOX_DIR
from precredit.models.cards import BinInfo
from precredit.models.funding import ChannelConfig

BANKS_FILE = "banks.json"


def banks_data(sandbox_dir: Path) -> dict[str, Any]:
    """The data dir's banks.json, else the shipped default (a custom data dir may omit it)."""
    for path in (Path(sandbox_dir) / BANKS_FILE, DEFAULT_SANDBOX_DIR / BANKS_FILE):
        if path.exists():
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return data
    return {}


def load_channels(sandbox_dir: Path) -> list[ChannelConfig]:
    return [ChannelConfig.model_validate(c) for c in banks_data(sandbox_dir).get("channels", [])]


def load_bins(sandbox_dir: Path) -> list[BinInfo]:
    return [BinInfo.model_validate(b) for b in banks_data(sandbox_dir).get("bins", [])]
