"""`precredit api`: the HTTP API on Settings.api_host:api_port (uvicorn), until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from precredit.config import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    api = sub.add_parser("api", help="run the HTTP API and the underwriter/dealer consoles")
    api.add_argument("--host", help="override PRECREDIT_API_HOST")
    api.add_argument("--port", type=int, help="override PRECREDIT_API_PORT")
    api.set_defaults(func=lambda a: asyncio.run(_api(host=a.host, port=a.port)))


async def _api(*, host: str | None, port: int | None) -> int:
    from precredit.api import serve_api
    from precredit.security.masking import install_log_masking

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_masking()
    settings = get_settings()
    overrides = {k: v for k, v in (("api_host", host), ("api_port", port)) if v is not None}
    if overrides:
        settings = settings.model_copy(update=overrides)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"precredit API on http://{settings.api_host}:{settings.api_port} (docs at /docs)", flush=True)
    await serve_api(settings, stop)
    return 0
