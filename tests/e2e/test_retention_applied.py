"""The embedded stack applies the configured Temporal namespace retention when it starts."""

from __future__ import annotations

import asyncio

from precredit.client import connect
from precredit.config import Settings
from precredit.privacy.retention import namespace_retention_days
from precredit.stack.embedded import StackInfo


async def test_namespace_retention_is_the_configured_one(stack: StackInfo, stack_settings: Settings) -> None:
    assert "retention" in stack.services
    client = await connect(stack_settings)
    days = 0.0
    for _ in range(50):  # the stack sets it in the background as it starts
        days = await namespace_retention_days(client, namespace=stack_settings.temporal_namespace)
        if days == stack_settings.retention.temporal_days:
            break
        await asyncio.sleep(0.2)
    assert days == stack_settings.retention.temporal_days == 9
