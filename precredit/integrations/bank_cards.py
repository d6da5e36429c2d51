"""The sandbox bank-card verification provider (银行卡四要素): name, ID number, card and the phone
the bank holds for the card must all match.

Every sandbox person holds one debit card per BIN in `banks.json`, derived from their ID number,
so the same data directory always yields the same cards without storing card numbers anywhere.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from precredit.funding.cards import check_card_number, luhn_check_digit, normalise
from precredit.funding.config import load_bins
from precredit.integrations.base import FaultInjector, parse_response, stable_int
from precredit.integrations.persons import Persona, PersonsRegistry
from precredit.models.cards import BinInfo
from precredit.models.thirdparty import ElementsCheck

PROVIDER = "bank_card"


def sandbox_card(id_number: str, info: BinInfo) -> str:
    """The card a sandbox person holds at the BIN's bank."""
    width = info.length - len(info.prefix) - 1
    body = info.prefix + str(stable_int("card", id_number, info.prefix) % 10**width).zfill(width)
    return body + luhn_check_digit(body)


class SandboxCardVerifier:
    def __init__(self, data_dir: Path, faults: FaultInjector, persons: PersonsRegistry | None = None) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults
        self.bins = load_bins(data_dir)

    @cached_property
    def _holders(self) -> dict[str, Persona]:
        return {sandbox_card(p.id_number, b): p for p in self._persons.all for b in self.bins}

    def cards_of(self, id_number: str) -> list[str]:
        return [sandbox_card(id_number, b) for b in self.bins]

    def verify_four_elements(self, name: str, id_number: str, card_number: str, phone: str) -> ElementsCheck:
        """`detail` names the first element that failed: card_invalid, card_not_found,
        id_mismatch, name_mismatch, phone_mismatch, or matched."""
        digits = normalise(card_number)
        corrupt = self._faults.before_call(PROVIDER, f"four|{stable_int(digits, id_number)}")
        holder = self._holders.get(digits)
        if not check_card_number(digits, self.bins).ok:
            detail = "card_invalid"
        elif holder is None:
            detail = "card_not_found"
        elif holder.id_number != id_number.strip().upper():
            detail = "id_mismatch"
        elif holder.name != name.strip():
            detail = "name_mismatch"
        elif holder.phone != phone.strip():
            detail = "phone_mismatch"
        else:
            detail = "matched"
        raw = {"elements": 4, "matched": detail == "matched", "detail": detail}
        return parse_response(ElementsCheck, raw, provider=PROVIDER, corrupt=corrupt)
