"""The embedded stack (dev server, worker with the real activities, codec server) on free ports."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from precredit.bench.processes import free_port
from precredit.config import Retention, Settings
from precredit.models.application import Deadlines
from precredit.stack.embedded import StackInfo, embedded_stack

E2E_DEADLINES = Deadlines(
    sms_code=120, authorisation_signature=120, underwriter=120, documents=120,
    contract_signature=45, contract_reminder_every=15, pickup=300, appeal_window=10,
)  # fmt: skip


@pytest.fixture(scope="session")
def stack_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir = tmp_path_factory.mktemp("stack")
    return Settings(
        data_dir=data_dir,
        temporal_address=f"127.0.0.1:{free_port()}",
        temporal_ui_port=free_port(),
        codec_port=free_port(),
        api_port=free_port(),
        worker_metrics_port=free_port(),
        deadlines=E2E_DEADLINES,
        retention=Retention(temporal_days=9),  # not the dev server's default, so applying it shows
    )


@pytest.fixture(scope="session")
async def stack(stack_settings: Settings) -> AsyncIterator[StackInfo]:
    async with embedded_stack(stack_settings, ui=False) as info:
        yield info


def cli_env(settings: Settings) -> dict[str, str]:
    """The environment a `precredit` subprocess needs to talk to this stack."""
    env = dict(os.environ)
    env.update(
        PRECREDIT_DATA_DIR=str(settings.data_dir),
        TEMPORAL_ADDRESS=settings.temporal_address,
        PRECREDIT_DEADLINES=settings.deadlines.model_dump_json(),
    )
    return env


def precredit_bin() -> str:
    import sys

    return str(Path(sys.executable).parent / "precredit")


async def run_cli(settings: Settings, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`precredit ARGS` against the running stack, as an operator would type it."""
    return await asyncio.to_thread(
        subprocess.run,
        [precredit_bin(), *args],
        capture_output=True,
        text=True,
        env=cli_env(settings),
        timeout=timeout,
    )
