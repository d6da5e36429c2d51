"""The embedded stack in one process tree: dev server (subprocess), worker, OCR worker processes,
codec server (and API).

Used by `precredit dev` (runs until Ctrl-C) and `precredit demo` (starts it only if no server
answers at the configured address).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import uvicorn

from precredit.config import Settings
from precredit.security.tokens import token_spec
from precredit.stack.devserver import TemporalDevServer, port_open

log = logging.getLogger(__name__)


@dataclass
class StackInfo:
    temporal_address: str
    ui_url: str | None
    codec_url: str | None
    started_server: bool
    api_url: str | None = None
    services: list[str] = field(default_factory=list)


class NotLoopback(ValueError):
    """The embedded stack has no TLS and no Temporal authorisation: it must not listen beyond this machine."""


def require_loopback(settings: Settings) -> None:
    """The dev server, its UI, the codec server and the API of the embedded stack bind to loopback
    only; a cluster (docker-compose.yml) is how precredit is reached from other machines."""
    for what, host in (
        ("TEMPORAL_ADDRESS", _host_port(settings.temporal_address)[0]),
        ("PRECREDIT_API_HOST", settings.api_host),
        ("PRECREDIT_CODEC_HOST", settings.codec_host),
    ):
        if not _is_loopback(host):
            raise NotLoopback(
                f"{what}={host}: the embedded stack binds only to loopback (127.0.0.1, ::1, localhost); "
                "run the cluster topology (docker-compose.yml, mTLS and UI sign-in) to serve other machines"
            )


def _is_loopback(host: str) -> bool:
    import ipaddress

    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_port(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host or "127.0.0.1", int(port)


async def _serve(app: object, host: str, port: int, stop: asyncio.Event) -> None:
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off"))  # type: ignore[arg-type]  # FastAPI is an ASGI app; uvicorn types it narrower
    task = asyncio.create_task(server.serve())
    await stop.wait()
    server.should_exit = True
    await task


async def _retention(settings: Settings, stop: asyncio.Event) -> None:
    """Applies `settings.retention`: the namespace's history retention once, then the database purge
    of closed applications every `purge_every_seconds` until the stack stops."""
    from precredit.client import connect
    from precredit.privacy.context import PrivacyContext
    from precredit.privacy.retention import apply_namespace_retention, purge_closed_applications

    days = settings.retention
    try:
        client = await connect(settings)
        await apply_namespace_retention(
            client, namespace=settings.temporal_namespace, days=days.temporal_days
        )
    except Exception:  # the stack still runs; the next start applies it again
        log.warning("could not set the Temporal namespace retention", exc_info=True)
    ctx = PrivacyContext.from_settings(settings)
    while not stop.is_set():
        try:
            await asyncio.to_thread(purge_closed_applications, ctx, days=days.database_days)
        except Exception:
            log.warning("retention purge failed; retried at the next period", exc_info=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=days.purge_every_seconds)


@contextlib.asynccontextmanager
async def embedded_stack(
    settings: Settings, *, worker: bool = True, ui: bool = True, api: bool = True
) -> AsyncIterator[StackInfo]:
    from precredit.client import subject_keys
    from precredit.security.audit import MAC_PURPOSE, AuditTrail
    from precredit.security.codec_server import create_codec_app
    from precredit.security.roles import operator_names
    from precredit.workers.heavy import OcrWorkerPool
    from precredit.workers.worker import run_worker

    require_loopback(settings)
    host, port = _host_port(settings.temporal_address)
    # The UI reaches the codec server under the UI's own host name, so its sign-in cookie is same-site.
    codec_url = f"http://{host}:{settings.codec_port}"
    server: TemporalDevServer | None = None
    if not port_open(host, port):
        server = TemporalDevServer(
            data_dir=settings.data_dir,
            host=host,
            port=port,
            ui_port=settings.temporal_ui_port,
            codec_endpoint=codec_url,
            headless=not ui,
        )
        await asyncio.to_thread(server.start)
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    info = StackInfo(
        temporal_address=settings.temporal_address,
        ui_url=server.ui_url if server and ui else f"http://{host}:{settings.temporal_ui_port}",
        codec_url=None,
        started_server=server is not None,
    )
    try:
        keyring, subjects = subject_keys(settings)
        if not port_open(settings.codec_host, settings.codec_port):
            app = create_codec_app(
                keyring,
                operator_tokens=operator_names(token_spec(settings)),
                subjects=subjects,
                audit=AuditTrail(subjects.engine, mac_key=keyring.derive(MAC_PURPOSE)),
                # The UI this stack runs, on whatever port it was given, plus any configured origins.
                cors_origins=[
                    *settings.codec_cors_origins,
                    *(f"http://{h}:{settings.temporal_ui_port}" for h in ("localhost", "127.0.0.1")),
                ],
            )
            tasks.append(asyncio.create_task(_serve(app, settings.codec_host, settings.codec_port, stop)))
            info.codec_url = codec_url
            info.services.append("codec")
        tasks.append(asyncio.create_task(_retention(settings, stop)))
        info.services.append("retention")
        if worker:
            tasks.append(asyncio.create_task(run_worker(settings, stop=stop)))
            info.services.append("worker")
            # OCR in its own processes on the heavy queue, so it never blocks the worker above.
            pool = OcrWorkerPool(settings, processes=settings.ocr_processes)
            tasks.append(asyncio.create_task(pool.run(stop)))
            info.services.append(f"ocr-worker x{settings.ocr_processes}")
        if api and not port_open(settings.api_host, settings.api_port):
            from precredit.api import serve_api

            tasks.append(asyncio.create_task(serve_api(settings, stop)))
            info.services.append("api")
            info.api_url = f"http://{settings.api_host}:{settings.api_port}"
        await asyncio.sleep(0)
        yield info
    finally:
        stop.set()
        for task in tasks:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(task, timeout=30)
        if server is not None:
            await asyncio.to_thread(server.stop)
