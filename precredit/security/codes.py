"""SMS codes and pickup codes (提车码): unguessable, typo-checked, stored only as keyed hashes.

A pickup code is 12 Crockford base32 symbols (60 bits) plus a Luhn mod 32 check symbol, shown as
`XXXX-XXXX-XXXX-C`. The check symbol catches every single-symbol typo and most adjacent swaps, so a
dealer's typo is rejected at the counter without spending one of the code's few attempts.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from precredit.security.keys import KeyRing

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PICKUP_SYMBOLS = 12  # 60 bits: at 5 attempts per code, a guess succeeds with p ≈ 4e-18.
_DECODE = {ch: i for i, ch in enumerate(CROCKFORD)} | {"O": 0, "I": 1, "L": 1}


def new_sms_code() -> str:
    """Six digits: a short-lived code whose guessing is bounded by `AttemptPolicy`, not entropy."""
    return f"{secrets.randbelow(10**6):06d}"


def new_pickup_code() -> str:
    body = "".join(secrets.choice(CROCKFORD) for _ in range(PICKUP_SYMBOLS))
    full = body + _luhn32_check(body)
    return "-".join(full[i : i + 4] for i in range(0, len(full), 4))


def normalise_pickup_code(code: str) -> str | None:
    """The canonical 13 symbols, forgiving case, separators and O/0 I/L/1 confusion; None if malformed."""
    cleaned = code.strip().upper().replace("-", "").replace(" ", "")
    if len(cleaned) != PICKUP_SYMBOLS + 1 or any(ch not in _DECODE for ch in cleaned):
        return None
    canonical = "".join(CROCKFORD[_DECODE[ch]] for ch in cleaned)
    return canonical if _luhn32_valid(canonical) else None


def pickup_code_valid_format(code: str) -> bool:
    return normalise_pickup_code(code) is not None


def hash_code(code: str, *, purpose: str, keyring: KeyRing) -> str:
    """What the database stores. Keyed, because 10^6 SMS codes (or any code space) are trivially
    enumerated offline from an unkeyed hash. Pickup codes are normalised first, so the dealer may
    type them in any accepted spelling."""
    value = code.strip()
    if purpose.startswith("pickup"):
        value = normalise_pickup_code(value) or value
    return keyring.keyed_hash(value, purpose=f"code:{purpose}")


def code_matches(code: str, stored_hash: str, *, purpose: str, keyring: KeyRing) -> bool:
    """Constant-time comparison of a typed code with the stored hash."""
    return hmac.compare_digest(hash_code(code, purpose=purpose, keyring=keyring), stored_hash)


def _luhn32_sum(symbols: str, *, double_first: bool) -> int:
    total, double = 0, double_first
    for ch in reversed(symbols):
        addend = _DECODE[ch] * (2 if double else 1)
        total += addend // 32 + addend % 32
        double = not double
    return total


def _luhn32_check(body: str) -> str:
    return CROCKFORD[(32 - _luhn32_sum(body, double_first=True) % 32) % 32]


def _luhn32_valid(full: str) -> bool:
    return _luhn32_sum(full, double_first=False) % 32 == 0


@dataclass(frozen=True)
class AttemptState:
    """What the caller persists per code (or per subject): failures so far and any lockout."""

    failures: int = 0
    locked_until: datetime | None = None
    burnt: bool = False


@dataclass(frozen=True)
class AttemptVerdict:
    allowed: bool
    remaining: int
    retry_at: datetime | None = None


@dataclass(frozen=True)
class AttemptPolicy:
    """Pure attempt limiting. `lockout` None burns the code after `max_attempts` failures (one-time
    codes: ask for a new one); a duration locks for that long and then allows a fresh round."""

    max_attempts: int = 5
    lockout: timedelta | None = None

    def check(self, state: AttemptState, now: datetime) -> AttemptVerdict:
        if state.burnt:
            return AttemptVerdict(allowed=False, remaining=0)
        if state.locked_until is not None and now < state.locked_until:
            return AttemptVerdict(allowed=False, remaining=0, retry_at=state.locked_until)
        failures = 0 if state.locked_until is not None else state.failures
        return AttemptVerdict(allowed=True, remaining=self.max_attempts - failures)

    def record_failure(self, state: AttemptState, now: datetime) -> AttemptState:
        if state.locked_until is not None and now >= state.locked_until:
            state = AttemptState()  # the lockout has served its time
        failures = state.failures + 1
        if failures < self.max_attempts:
            return replace(state, failures=failures)
        if self.lockout is None:
            return AttemptState(failures=failures, burnt=True)
        return AttemptState(failures=failures, locked_until=now + self.lockout)

    def record_success(self, state: AttemptState) -> AttemptState:
        return AttemptState()
