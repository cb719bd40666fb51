"""Liveness, readiness and metrics."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from events.dependency import DependencyUnavailable
from services.api.deps import ContainerDep
from services.bootstrap import Container
from services.projections.registry import PROJECTIONS
from services.readside.bluegreen import projection_status

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def _why(exc: Exception) -> str:
    return f"unreachable: {exc.reason if isinstance(exc, DependencyUnavailable) else exc}"


async def _log_check(container: Container) -> tuple[str, int | None]:
    try:
        return "ok", await container.log.head()
    except Exception as exc:  # readiness reports any failure, it does not raise
        return _why(exc), None


async def _store_check(container: Container) -> str:
    try:
        return "ok" if await container.store.ping() else "no answer"
    except Exception as exc:
        return _why(exc)


async def _readiness(container: ContainerDep) -> tuple[bool, dict[str, Any]]:
    """Both dependencies asked at once: the answer takes the longer of their timeouts."""
    (log_state, head), store_state = await asyncio.gather(
        _log_check(container), _store_check(container)
    )
    log_name = "kafka" if container.settings.backend == "kafka" else "sqlite"
    checks: dict[str, Any] = {"log": log_state, "store": store_state}
    checks["dependencies"] = {log_name: log_state, "redis": store_state}
    checks["unavailable"] = [n for n, s in checks["dependencies"].items() if s != "ok"]
    if head is not None:
        checks["log_head"] = head
    state = await container.rebuild_state()
    rebuilding = state.rebuilding if state is not None else None
    if rebuilding is not None:
        checks["rebuilding"] = {**vars(rebuilding), "percent": rebuilding.percent}
    ready = not checks["unavailable"] and rebuilding is None
    if ready:
        checks["projector_lag"] = {
            p.slot: (await projection_status(container.log, container.store, p))["lag"]
            for p in PROJECTIONS
        }
    return ready, checks


READY_DOC: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "Not ready: `unavailable` names the dependencies that do not answer "
        "(kafka or sqlite for the log, redis for the store), or `rebuilding` says how far a "
        "rebuild of lost read models got; same body shape.",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.get("/readyz", responses=READY_DOC)
async def readyz(container: ContainerDep) -> JSONResponse:
    """Ready when the log and the store answer; reports how far each projection lags.
    Each dependency is asked with its own timeout (docs/reliability.md)."""
    ready, checks = await _readiness(container)
    if ready:
        return JSONResponse({"ready": True, **checks})
    return JSONResponse({"ready": False, **checks}, 503, headers={"Retry-After": "5"})


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, container: ContainerDep) -> Response:
    m = request.app.state.metrics
    ready, checks = await _readiness(container)
    if ready:
        m.head.set(checks["log_head"])
        m.lag.set(max(checks["projector_lag"].values(), default=0))
        await request.app.state.telemetry.observe_projections(container.log, container.store)
    return Response(generate_latest(m.registry), media_type=CONTENT_TYPE_LATEST)
