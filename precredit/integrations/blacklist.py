"""The internal blacklist: entries are HMAC-SHA256 of ID numbers, never the numbers themselves.

A keyed hash (not a bare SHA-256) because ID numbers have so little entropy that an unkeyed hash
is reversed by enumeration; the key lives in the data directory's config, next to the list.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from functools import cached_property
from pathlib import Path

from precredit.integrations.base import FaultInjector, load_config, parse_response
from precredit.models.thirdparty import BlacklistHit

PROVIDER = "blacklist"


def load_blacklist_key(data_dir: Path) -> bytes:
    return bytes.fromhex(load_config(data_dir)["blacklist"]["hmac_key_hex"])


def hash_id_number(id_number: str, key: bytes) -> str:
    return hmac.new(key, id_number.strip().upper().encode(), hashlib.sha256).hexdigest()


class SandboxBlacklist:
    def __init__(self, data_dir: Path, faults: FaultInjector) -> None:
        self._data_dir = Path(data_dir)
        self._faults = faults

    @cached_property
    def _entries(self) -> dict[str, str]:
        raw = json.loads((self._data_dir / "blacklist.json").read_text(encoding="utf-8"))
        return {entry["id_hash"]: entry["reason"] for entry in raw["entries"]}

    @cached_property
    def _key(self) -> bytes:
        return load_blacklist_key(self._data_dir)

    @cached_property
    def _list_name(self) -> str:
        return str(load_config(self._data_dir)["blacklist"].get("list_name", "internal"))

    def check(self, id_number: str) -> BlacklistHit:
        digest = hash_id_number(id_number, self._key)
        corrupt = self._faults.before_call(PROVIDER, digest)
        reason = self._entries.get(digest)
        raw = {
            "listed": reason is not None,
            "list_name": self._list_name if reason else "",
            "reason": reason or "",
        }
        return parse_response(BlacklistHit, raw, provider=PROVIDER, corrupt=corrupt)
