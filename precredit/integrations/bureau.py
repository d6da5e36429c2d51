"""The central-bank credit bureau (人行征信): one PBOC-style report per query.

Reports are synthesised by `precredit.risk.bureau.synth_bureau_report` from the persona's seed and
credit quality, so the same person always gets the same file, and its live loans repay what the
persona really repays each month (`Persona.bureau_monthly_repayments`): the bureau knows the person,
not what they declared on an application. Unknown people, or a name that does
not match the ID number, get a thin file, as a real bureau returns an almost empty report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from precredit.integrations.base import FaultInjector, ProviderBadResponse, stable_int
from precredit.integrations.persons import Persona, PersonsRegistry

PROVIDER = "bureau"


def persona_report(person: Persona, today: date) -> dict[str, Any]:
    """The report the bureau holds on a persona (also used to calibrate the personas)."""
    from precredit.risk.bureau import synth_bureau_report

    report = synth_bureau_report(
        seed=person.seed,
        quality=person.credit_quality,
        today=today,
        monthly_repayments=person.bureau_monthly_repayments,
    )
    report["personal"]["education"] = person.education
    report["personal"]["residence_status"] = person.housing
    return report


class SandboxBureau:
    def __init__(
        self,
        data_dir: Path,
        faults: FaultInjector,
        *,
        today: date | None = None,
        persons: PersonsRegistry | None = None,
    ) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults
        self._today = today

    def fetch_report(self, name: str, id_number: str) -> dict[str, Any]:
        from precredit.risk.bureau import BureauReport, synth_bureau_report

        corrupt = self._faults.before_call(PROVIDER, id_number)
        today = self._today or date.today()
        person = self._persons.by_id_number(id_number)
        if person is not None and person.name == name.strip():
            report = persona_report(person, today)
        else:
            report = synth_bureau_report(seed=stable_int("thin", id_number), quality="thin_file", today=today)
        report["personal"]["name"] = name.strip()
        report["personal"]["id_number"] = id_number.strip().upper()
        if corrupt:  # a truncated body: the adapter's schema check is what catches it
            report = {key: value for key, value in report.items() if key != "report_date"}
        try:
            BureauReport.model_validate(report)
        except ValueError as exc:
            raise ProviderBadResponse(PROVIDER, f"invalid report: {type(exc).__name__}") from exc
        return report
