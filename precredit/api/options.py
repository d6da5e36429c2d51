"""Knobs of the HTTP API that `Settings` does not carry (yet): limits and where the Temporal UI is.

Kept as one frozen dataclass with safe defaults so `create_app` callers (tests, the embedded stack)
can tighten them without environment variables.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class ApiOptions:
    max_document_bytes: int = 20 * MB
    """Per uploaded file; phone photos of documents are a few MB, scanned PDFs rarely above 10."""
    pickup_failures_per_window: int = 10
    """Wrong or unknown pickup codes a dealer may enter per window before being locked out (429)."""
    pickup_window_seconds: float = 900
    pickup_failures_per_code: int = 3
    """Wrong entries of one code (by any dealer) per window before that code, not the dealer, rests."""
    review_queue_limit: int = 200
    temporal_ui_url: str | None = None
    """Base URL of the Temporal UI for deep links; derived from Settings when unset."""
