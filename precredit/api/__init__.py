"""The HTTP API (FastAPI) for buyer frontends, underwriter and dealer consoles, and operators."""

from precredit.api.app import create_app
from precredit.api.serve import serve_api

__all__ = ["create_app", "serve_api"]
