"""Temporal workflows: pure orchestration over activities and `precredit.policy`."""
