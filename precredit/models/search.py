"""Custom search attributes: what operators filter by in the Temporal UI. None holds personal data."""

from __future__ import annotations

from temporalio.common import SearchAttributeKey

STATUS = SearchAttributeKey.for_keyword("PrecreditStatus")
STEP = SearchAttributeKey.for_keyword("PrecreditStep")
DEALER = SearchAttributeKey.for_keyword("PrecreditDealer")
RISK_BAND = SearchAttributeKey.for_keyword("PrecreditRiskBand")
WAITING_FOR = SearchAttributeKey.for_keyword("PrecreditWaitingFor")

ALL = (STATUS, STEP, DEALER, RISK_BAND, WAITING_FOR)


def dev_server_args() -> list[str]:
    """`temporal server start-dev` flags that register every attribute."""
    args: list[str] = []
    for key in ALL:
        args += ["--search-attribute", f"{key.name}=Keyword"]
    return args
