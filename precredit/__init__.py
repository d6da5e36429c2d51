"""precredit: a durable auto-finance pre-credit pipeline on Temporal."""

__version__ = "0.1.0"
