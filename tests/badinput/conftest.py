"""One embedded stack (dev server, worker with the real activities) and the API on an ASGI
transport, for the bad-input catalogue; CLI cases that fail validation never reach Temporal."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from precredit.api import create_app
from precredit.client import PreCreditClient, connect
from precredit.config import Settings
from precredit.integrations.generators.applications import make_application, write_application_files
from precredit.integrations.persons import PersonsRegistry
from precredit.security.tokens import first_token
from precredit.stack.embedded import StackInfo, embedded_stack
from tests.e2e.conftest import E2E_DEADLINES, free_port


@pytest.fixture(scope="session")
def bad_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("badinput"),
        temporal_address=f"127.0.0.1:{free_port()}",
        temporal_ui_port=free_port(),
        codec_port=free_port(),
        api_port=free_port(),
        deadlines=E2E_DEADLINES,
    )


@pytest.fixture(scope="session")
async def bad_stack(bad_settings: Settings) -> AsyncIterator[StackInfo]:
    async with embedded_stack(bad_settings, ui=False, api=False) as info:
        yield info


@pytest.fixture(scope="session")
async def api(bad_stack: StackInfo, bad_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    client = PreCreditClient(await connect(bad_settings), bad_settings)
    app = create_app(bad_settings, client=client)
    transport = httpx.ASGITransport(app=app)
    # Submitting needs a channel credential (or a phone session): the car-maker app's partner token.
    auth = {"Authorization": f"Bearer {first_token(bad_settings, 'partner')}"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://api", timeout=120, headers=auth
    ) as http:
        yield http


def application_dir(
    settings: Settings, directory: Path, profile: str, app_id: str, *, index: int = 0
) -> Path:
    """A complete APPLICATION.json with rendered documents for a sandbox persona."""
    people = PersonsRegistry(settings.sandbox_dir).by_profile(profile)
    bundle = make_application(
        people[index % len(people)],
        rng=random.Random(17 + index),
        application_id=app_id,
        lender_name=settings.policy.lender_name,
    )
    return write_application_files(bundle, directory / app_id)
