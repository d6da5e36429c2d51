"""Spent proof nonces: a proof is believed once, on every worker, so they live in the shared database."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class ProofNonceRow(SQLModel, table=True):
    __tablename__ = "proof_nonce"

    nonce_hash: str = Field(primary_key=True, max_length=64, description="keyed hash of the nonce")
    action: str = Field(max_length=32)
    object_id: str = Field(index=True, max_length=128)
    consumed_by: str = Field(
        max_length=256, description="the activity that spent it, so its own retry is not a replay"
    )
    used_at: datetime
    expires_at: datetime = Field(index=True, description="after this the proof is refused as expired anyway")
