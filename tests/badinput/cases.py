"""The catalogue: each malformed application, what is wrong and the field its error must name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def _flip_last(value: str, alphabet: str = "0123456789") -> str:
    return value[:-1] + next(c for c in alphabet if c != value[-1])


def _bad_vin(vin: str) -> str:
    return vin[:8] + next(c for c in "0123456789X" if c != vin[8]) + vin[9:]


def _set(section: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(body: dict[str, Any]) -> None:
        body[section][key] = value

    return apply


def _drop(section: str, key: str) -> Callable[[dict[str, Any]], None]:
    def apply(body: dict[str, Any]) -> None:
        body[section].pop(key)

    return apply


@dataclass(frozen=True)
class Case:
    name: str
    mutate: Callable[[dict[str, Any]], None]
    field: str
    """The dotted field the error must name (CLI: in its one stderr line; API: `field`, or in
    `reason` when the rule spans several fields)."""
    gap: str = ""
    """Non-empty: the product accepts this today; the test is an expected failure saying why."""


def _loan_over_price(body: dict[str, Any]) -> None:
    body["loan"]["amount"] = f"{float(body['vehicle']['price']) + 1000:.2f}"


def _name_with(extra: str, at: int) -> Callable[[dict[str, Any]], None]:
    def apply(body: dict[str, Any]) -> None:
        name = body["applicant"]["name"]
        body["applicant"]["name"] = name[:at] + extra + name[at:]

    return apply


CASES: list[Case] = [
    Case("amount_not_a_number", _set("loan", "amount", "ninety thousand"), "loan.amount"),
    Case("term_fractional", _set("loan", "term_months", 36.5), "loan.term_months"),
    Case("term_as_text", _set("loan", "term_months", "36"), "loan.term_months"),
    Case("term_as_float", _set("loan", "term_months", 36.0), "loan.term_months"),
    Case("term_as_bool", _set("loan", "term_months", True), "loan.term_months"),
    Case(
        "debt_absurd",
        _set("applicant", "existing_monthly_debt", "999999999999.00"),
        "applicant.existing_monthly_debt",
    ),
    Case("term_is_object", _set("loan", "term_months", {"months": 36}), "loan.term_months"),
    Case("price_three_decimals", _set("vehicle", "price", "150000.005"), "vehicle.price"),
    Case("income_negative", _set("applicant", "monthly_income", "-1.00"), "applicant.monthly_income"),
    Case("phone_missing", _drop("applicant", "phone"), "applicant.phone"),
    Case("phone_short", _set("applicant", "phone", "1381234"), "applicant.phone"),
    Case("vin_missing", _drop("vehicle", "vin"), "vehicle.vin"),
    Case("vehicle_null", lambda b: b.__setitem__("vehicle", None), "vehicle"),
    Case("channel_unknown", lambda b: b.__setitem__("channel", "fax"), "channel"),
    Case("unknown_top_level_field", lambda b: b.__setitem__("coupon", "FREE"), "coupon"),
    Case("application_id_path", lambda b: b.__setitem__("application_id", "../../etc"), "application_id"),
    # The id names the workflow in plaintext logs, workflow ids and audit rows: no personal numbers.
    Case(
        "application_id_with_phone",
        lambda b: b.__setitem__("application_id", "order-13812345678"),
        "application_id",
    ),
    Case(
        "application_id_card_like",
        lambda b: b.__setitem__("application_id", "6222020200112233445"),
        "application_id",
    ),
    Case(
        "id_checksum",
        lambda b: b["applicant"].__setitem__("id_number", _flip_last(b["applicant"]["id_number"])),
        "applicant.id_number",
    ),
    Case(
        # Full-width digits are folded to ASCII (the model's NFKC), so only a bad number is refused.
        "id_full_width_bad_checksum",
        lambda b: b["applicant"].__setitem__(
            "id_number", _flip_last(b["applicant"]["id_number"]).translate(FULL_WIDTH)
        ),
        "applicant.id_number",
    ),
    Case(
        "vin_check_digit",
        lambda b: b["vehicle"].__setitem__("vin", _bad_vin(b["vehicle"]["vin"])),
        "vehicle.vin",
    ),
    Case("loan_exceeds_price", _loan_over_price, "loan"),
    Case("name_with_emoji", _name_with("\U0001f600", 1), "applicant.name"),
    Case("name_with_zero_width_space", _name_with("\u200b", 1), "applicant.name"),
    Case("name_with_digits", _name_with("7", 1), "applicant.name"),
]
