"""The FastAPI app: thin; routers per resource, the container from the composition root."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from services.api.errors import install_error_handlers
from services.api.fast_reads import FastReads, RememberedReads
from services.api.fast_writes import FastWrites
from services.api.metrics import Metrics
from services.api.middleware import BodySizeLimit, RequestMetrics
from services.api.openapi_doc import API_DESCRIPTION, install_openapi
from services.api.routers import (
    audit,
    corrections,
    events,
    facts,
    health,
    projection_admin,
    projections,
    stream,
)
from services.api.security_headers import SecurityHeaders
from services.bootstrap import Container, build
from services.desk.app import install_desk
from services.observability.prometheus import PrometheusTelemetry
from services.observability.request_log import RequestLog
from services.readside.rendered import RenderCache, VersionTags
from services.settings import Settings, get_settings


def create_app(
    settings: Settings | None = None,
    container_factory: Callable[[Settings], Container] | None = None,
    on_startup: Callable[[Container], Awaitable[None]] | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    metrics = Metrics()
    telemetry = PrometheusTelemetry(metrics.registry)  # appends, extraction, projections

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        container = (container_factory or partial(build, telemetry=telemetry))(settings)
        app.state.container = container
        if container.projector is not None:
            container.projector.start()
        if on_startup is not None:
            await on_startup(container)
        try:
            yield
        finally:
            await container.close()

    app = FastAPI(
        title="factstream",
        version="0.1.0",
        description=API_DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.metrics = metrics
    app.state.telemetry = telemetry
    app.state.render_cache = RenderCache()  # read answers rendered once per version
    app.state.version_tags = VersionTags()
    app.state.remembered_reads = RememberedReads()  # repeated reads skip routing (FastReads)
    install_error_handlers(app)
    for router in (
        facts.router,
        corrections.router,
        stream.router,  # before events.router: /events/stream is not /events/{...}
        events.router,
        projection_admin.router,  # before projections: /{name}/status is not a meeting id
        projections.router,
        audit.router,
        health.router,
    ):
        app.include_router(router)
    install_desk(app)  # the HTML desk: its own package, not in the OpenAPI document
    app.add_middleware(FastReads)  # innermost: the layers below see its answers too
    app.add_middleware(FastWrites)  # POST /facts before routing (inside the body limit)
    app.add_middleware(RequestMetrics, metrics=metrics)
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:  # closed unless configured: no CORS headers at all
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Last-Event-ID"],
        )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestLog, telemetry=telemetry)  # outermost: every answer has an id
    install_openapi(app)
    return app
