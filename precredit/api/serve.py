"""Running the API under uvicorn: the `precredit api` command and the embedded stack both use this."""

from __future__ import annotations

import asyncio

import uvicorn

from precredit.api.app import create_app
from precredit.client import PreCreditClient
from precredit.config import Settings


async def serve_api(
    settings: Settings,
    stop: asyncio.Event,
    *,
    client: PreCreditClient | None = None,
) -> None:
    """Serve on `settings.api_host:api_port` until `stop` is set, then finish in-flight requests."""
    app = create_app(settings, client=client)
    config = uvicorn.Config(
        app, host=settings.api_host, port=settings.api_port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    stopper = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    if task not in done:
        server.should_exit = True
        await task
    stopper.cancel()
    task.result()
