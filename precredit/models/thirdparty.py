"""What the third parties answer, as the activities hand it to policy and models."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class ElementsCheck(BaseModel):
    """2-element (name + ID number) or 3-element (+ phone) verification."""

    elements: int
    matched: bool
    detail: str = ""


class FaceMatch(BaseModel):
    similarity: float = Field(ge=0, le=1)
    matched: bool
    liveness_ok: bool = True


class BlacklistHit(BaseModel):
    listed: bool
    list_name: str = ""
    reason: str = ""


class CourtRecord(BaseModel):
    """法院失信被执行人: a hit makes the applicant a dishonest debtor."""

    dishonest: bool
    case_count: int = 0
    latest_case_date: date | None = None
    court: str = ""


class CarrierData(BaseModel):
    carrier: str
    tenure_months: int = Field(ge=0)
    real_name_match: bool
    status: str = Field(description="active | suspended | closed")


class MultiLendingData(BaseModel):
    """多头借贷: loan applications and distinct lenders seen by the data bureau."""

    applications_7d: int = Field(ge=0)
    applications_30d: int = Field(ge=0)
    applications_90d: int = Field(ge=0)
    lenders_7d: int = Field(ge=0)
    lenders_30d: int = Field(ge=0)
    lenders_90d: int = Field(ge=0)
