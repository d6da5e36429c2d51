"""Card-number checks (Luhn, length, known BIN) and the unbind risk and alert rules, as pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from precredit.models.cards import BinInfo, CardReason

MIN_LENGTH, MAX_LENGTH = 16, 19


def normalise(number: str) -> str:
    """Drops the spaces and dashes people type; anything else non-digit stays and fails the checks."""
    return re.sub(r"[\s-]", "", number)


def luhn_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body + digit` pass Luhn."""
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return digit
    raise ValueError("not digits")


def find_bin(digits: str, bins: Iterable[BinInfo]) -> BinInfo | None:
    """Longest matching prefix wins (an 8-digit BIN is more specific than its 6-digit parent)."""
    matches = [b for b in bins if digits.startswith(b.prefix)]
    return max(matches, key=lambda b: len(b.prefix)) if matches else None


@dataclass(frozen=True)
class CardCheck:
    ok: bool
    reason: CardReason | None
    bin: BinInfo | None = None


def check_card_number(number: str, bins: Sequence[BinInfo]) -> CardCheck:
    digits = normalise(number)
    if not digits.isdigit() or not MIN_LENGTH <= len(digits) <= MAX_LENGTH:
        return CardCheck(False, CardReason.CARD_LENGTH_INVALID)
    if not luhn_valid(digits):
        return CardCheck(False, CardReason.CARD_LUHN_INVALID)
    info = find_bin(digits, bins)
    if info is None:
        return CardCheck(False, CardReason.CARD_BIN_UNKNOWN)
    if len(digits) != info.length:
        return CardCheck(False, CardReason.CARD_LENGTH_INVALID, info)
    return CardCheck(True, None, info)


def unbind_risk(
    *,
    flagged: bool,
    card_bound_at: datetime | None,
    now: datetime,
    recent_user_unbinds: int,
    min_card_age: timedelta,
    user_unbinds_for_review: int,
) -> tuple[str, list[str]]:
    """High risk (face match + manual review) when flagged upstream, when the card is younger than
    `min_card_age` (bind-then-unbind is a takeover pattern), or after repeated unbinds."""
    reasons: list[str] = []
    if flagged:
        reasons.append("ACCOUNT_FLAGGED")
    if card_bound_at is not None and now - card_bound_at < min_card_age:
        reasons.append("CARD_RECENTLY_BOUND")
    if recent_user_unbinds >= user_unbinds_for_review:
        reasons.append("FREQUENT_UNBINDS")
    return ("high" if reasons else "normal"), reasons


def exceeds(count: int, threshold: int) -> bool:
    """An alert fires on the unbind that takes the window's count past the threshold."""
    return count > threshold
