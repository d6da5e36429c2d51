"""Operator endpoints: health, readiness, metrics, Temporal UI links, OpenAPI."""

from __future__ import annotations

from pathlib import Path

import httpx

from precredit.api import create_app
from tests.api.conftest import Stack, Tokens, bearer, settings_for


async def test_health_ready_metrics_links_docs(stack: Stack) -> None:
    assert (await stack.http.get("/healthz")).json() == {"status": "ok"}
    r = await stack.http.get("/readyz")
    assert r.status_code == 200 and r.json()["checks"] == {"temporal": True, "database": True}
    app_id, _ = await stack.create()
    r = await stack.http.get(f"/v1/applications/{app_id}/links", headers=bearer(stack.tokens.operator))
    assert (
        r.json()["temporal_ui_url"]
        == f"http://localhost:8233/namespaces/default/workflows/precredit-{app_id}"
    )
    assert (
        await stack.http.get(f"/v1/applications/{app_id}/links", headers=bearer(stack.tokens.dealer1))
    ).status_code == 403
    metrics = (await stack.http.get("/metrics")).text
    assert 'precredit_api_requests_total{method="POST",route="/v1/applications",status="201"}' in metrics
    assert "precredit_api_request_seconds_bucket" in metrics and app_id not in metrics
    spec = (await stack.http.get("/openapi.json")).json()
    assert "/v1/pickup/redeem" in spec["paths"] and "ApplicationRequest" in spec["components"]["schemas"]
    assert "multipart/form-data" in spec["paths"]["/v1/applications"]["post"]["requestBody"]["content"]
    assert (await stack.http.get("/docs")).status_code == 200
    for page in ("/console/underwriter", "/console/dealer", "/console/static/console.js"):
        assert (await stack.http.get(page)).status_code == 200


async def test_not_ready_without_temporal(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, Tokens()).model_copy(update={"temporal_address": "127.0.0.1:1"})
    app = create_app(settings)  # no client: connects lazily, and can't
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as http:
        assert (await http.get("/healthz")).status_code == 200
        r = await http.get("/readyz")
        assert r.status_code == 503 and r.json()["checks"]["temporal"] is False
        r = await http.get("/v1/review-queue", headers=bearer(Tokens().underwriter))
        assert r.status_code == 401
