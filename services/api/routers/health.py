"""Liveness, readiness and metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.api.deps import ContainerDep
from services.projections.registry import PROJECTIONS
from services.readside.bluegreen import projection_status

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


async def _readiness(container: ContainerDep) -> tuple[bool, dict[str, Any]]:
    checks: dict[str, Any] = {}
    try:
        checks["log_head"] = await container.log.head()
        checks["log"] = "ok"
    except Exception as exc:  # readiness reports any failure, it does not raise
        checks["log"] = f"unreachable: {exc}"
    try:
        checks["store"] = "ok" if await container.store.ping() else "no answer"
    except Exception as exc:
        checks["store"] = f"unreachable: {exc}"
    if checks["log"] == "ok" and checks["store"] == "ok":
        checks["projector_lag"] = {
            p.slot: (await projection_status(container.log, container.store, p))["lag"]
            for p in PROJECTIONS
        }
    ready = checks["log"] == "ok" and checks["store"] == "ok"
    return ready, checks


READY_DOC: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "Not ready: the log or the store does not answer (same body shape).",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.get("/readyz", responses=READY_DOC)
async def readyz(container: ContainerDep) -> JSONResponse:
    """Ready when the log and the store answer; reports how far each projection lags."""
    ready, checks = await _readiness(container)
    return JSONResponse({"ready": ready, **checks}, status_code=200 if ready else 503)


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, container: ContainerDep) -> Response:
    m = request.app.state.metrics
    ready, checks = await _readiness(container)
    if ready:
        m.head.set(checks["log_head"])
        m.lag.set(max(checks["projector_lag"].values(), default=0))
        await request.app.state.telemetry.observe_projections(container.log, container.store)
    return Response(generate_latest(m.registry), media_type=CONTENT_TYPE_LATEST)
