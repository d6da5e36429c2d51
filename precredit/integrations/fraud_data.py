"""Anti-fraud data vendors: court dishonest-debtor list, mobile carrier, multi-lending bureau.

Each answers from the persona registry; people the vendor does not know get what a real vendor
returns for them (no court record, no lending activity, a carrier record with no real-name match).
"""

from __future__ import annotations

from pathlib import Path

from precredit.integrations.base import FaultInjector, parse_response, stable_int
from precredit.integrations.persons import PersonsRegistry
from precredit.models.thirdparty import CarrierData, CourtRecord, MultiLendingData

_CARRIER_PREFIXES = {
    "中国移动": (
        "134",
        "135",
        "136",
        "137",
        "138",
        "139",
        "147",
        "150",
        "151",
        "152",
        "157",
        "158",
        "159",
        "172",
        "178",
        "182",
        "183",
        "184",
        "187",
        "188",
        "195",
        "198",
    ),
    "中国联通": ("130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196"),
    "中国电信": ("133", "149", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199"),
}


def carrier_of(phone: str) -> str:
    return next((name for name, prefixes in _CARRIER_PREFIXES.items() if phone[:3] in prefixes), "中国广电")


class SandboxCourtList:
    PROVIDER = "court"

    def __init__(self, data_dir: Path, faults: FaultInjector, persons: PersonsRegistry | None = None) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults

    def check(self, name: str, id_number: str) -> CourtRecord:
        corrupt = self._faults.before_call(self.PROVIDER, id_number)
        person = self._persons.by_id_number(id_number)
        raw = person.court.model_dump() if person is not None else {"dishonest": False}
        return parse_response(CourtRecord, raw, provider=self.PROVIDER, corrupt=corrupt)


class SandboxCarrier:
    PROVIDER = "carrier"

    def __init__(self, data_dir: Path, faults: FaultInjector, persons: PersonsRegistry | None = None) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults

    def lookup(self, phone: str, name: str, id_number: str) -> CarrierData:
        """Real-name match means the number is registered to this name and ID number."""
        corrupt = self._faults.before_call(self.PROVIDER, phone)
        person = self._persons.by_phone(phone)
        if person is not None:
            record = person.carrier
            owner_matches = person.id_number == id_number.strip().upper() and person.name == name.strip()
            raw = {
                "carrier": record.carrier,
                "tenure_months": record.tenure_months,
                "real_name_match": record.real_name_match and owner_matches,
                "status": record.status,
            }
        else:  # a number outside the registry: plausible tenure, registered to someone else
            raw = {
                "carrier": carrier_of(phone),
                "tenure_months": stable_int("tenure", phone) % 120,
                "real_name_match": False,
                "status": "active",
            }
        return parse_response(CarrierData, raw, provider=self.PROVIDER, corrupt=corrupt)


class SandboxMultiLending:
    PROVIDER = "multi_lending"

    def __init__(self, data_dir: Path, faults: FaultInjector, persons: PersonsRegistry | None = None) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults

    def query(self, id_number: str) -> MultiLendingData:
        corrupt = self._faults.before_call(self.PROVIDER, id_number)
        person = self._persons.by_id_number(id_number)
        raw = (
            person.multi_lending.model_dump()
            if person is not None
            else dict.fromkeys(MultiLendingData.model_fields, 0)
        )
        return parse_response(MultiLendingData, raw, provider=self.PROVIDER, corrupt=corrupt)
