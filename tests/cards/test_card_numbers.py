"""Card-number checks and the unbind risk rule, pure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from precredit.config import DEFAULT_SANDBOX_DIR
from precredit.funding.cards import check_card_number, luhn_check_digit, luhn_valid, unbind_risk
from precredit.funding.config import load_bins
from precredit.integrations.bank_cards import sandbox_card
from precredit.security.masking import mask_card

BINS = load_bins(DEFAULT_SANDBOX_DIR)


def test_luhn() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert luhn_check_digit("622202000000000000") + "" == luhn_check_digit("622202000000000000")
    assert not luhn_valid("62220a")


def test_card_checks_name_the_failure() -> None:
    good = sandbox_card("11010119840511131X", BINS[0])
    assert check_card_number(good, BINS).ok
    assert check_card_number(f"{good[:4]} {good[4:8]}-{good[8:]}", BINS).ok  # typed with separators
    bad_luhn = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert check_card_number(bad_luhn, BINS).reason == "CARD_LUHN_INVALID"
    short = "622202" + "0" * 8
    assert check_card_number(short + luhn_check_digit(short), BINS).reason == "CARD_LENGTH_INVALID"
    unknown = "999999" + "0" * 12
    assert check_card_number(unknown + luhn_check_digit(unknown), BINS).reason == "CARD_BIN_UNKNOWN"
    wrong_len = "622588" + "0" * 11  # CMB cards are 16 digits, this one 18
    assert check_card_number(wrong_len + luhn_check_digit(wrong_len), BINS).reason == "CARD_LENGTH_INVALID"
    assert mask_card(good) == good[:6] + "*" * (len(good) - 10) + good[-4:]


def test_unbind_risk() -> None:
    now = datetime(2026, 3, 2, tzinfo=UTC)
    risk = partial(unbind_risk, now=now, min_card_age=timedelta(days=1), user_unbinds_for_review=2)
    assert risk(flagged=False, card_bound_at=now - timedelta(days=3), recent_user_unbinds=0) == (
        "normal",
        [],
    )
    assert risk(flagged=True, card_bound_at=now - timedelta(hours=1), recent_user_unbinds=2) == (
        "high",
        ["ACCOUNT_FLAGGED", "CARD_RECENTLY_BOUND", "FREQUENT_UNBINDS"],
    )
