"""Repeated projection reads answered before routing: the same bytes, the same checks.

A projection GET is parsed and validated by FastAPI the first time its exact path and query
string arrive; the route then files that raw request under the query it validated to, with
how it reads its answer (`RememberedReads.remember`). When the same raw request comes again,
this layer reads the version tag as the route does (after the request arrived:
read-your-writes holds) and sends what the route would: the rendered answer at that version
(rendered here if the version is new, as the route renders it) or the route's 404. Dependency
solving and parameter validation were the largest share of a cached read's cost
(bench/bench_reads.py, py-spy); a client polling for a document that is not there yet meets a
new version at nearly every poll while appends come in (bench/bench_freshness.py).

Anything else goes to the routes unchanged: reads needing a token (when a read token is
configured), reads while the read models are rebuilding, as-of reads (a recorded time maps
to a position through the log), and any error on the way (the route then answers it as
always: 503 with Retry-After when Redis is gone).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from services.api.access import Role, role_tokens
from services.api.deps import rebuilding_detail
from services.api.rendered_response import respond
from services.projections.registry import Projection
from services.readmodels.port import tag_namespace
from services.readside.queries import ReadModels

Produce = Callable[[ReadModels], Awaitable[Any]]  # the route's reading of its answer

log = logging.getLogger(__name__)
MAX_REMEMBERED = 4096  # raw requests remembered; past it the map starts again


@dataclass(frozen=True)
class Remembered:
    query: Any  # the render cache's key for what the route validated
    projection: Projection
    route: Any  # the route that answered (metrics and the request log name it)
    produce: Produce  # reads the answer at the current version (None: nothing there)
    missing: str  # the route's 404 detail


class RememberedReads:
    """Raw projection requests (path, query string) and what their route validated them to."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, bytes], Remembered] = {}

    def remember(
        self,
        request: Request,
        query: Any,
        projection: Projection,
        produce: Produce,
        missing: str = "",
    ) -> None:
        """Called by a projection route once it has validated its parameters."""
        if b"as_of" in request.scope["query_string"]:
            return  # its position depends on the log, not on the query string alone
        if len(self._known) >= MAX_REMEMBERED:
            self._known.clear()
        key = (request.scope["path"], request.scope["query_string"])
        route = request.scope.get("route")
        self._known[key] = Remembered(query, projection, route, produce, missing)

    def get(self, scope: Scope) -> Remembered | None:
        return self._known.get((scope["path"], scope["query_string"]))


class FastReads:
    """ASGI layer just outside the router; the remembered reads are in `app.state`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            known = scope["app"].state.remembered_reads.get(scope)
            if known is not None and await self._answered(known, scope, receive, send):
                return
        await self.app(scope, receive, send)

    async def _answered(
        self, known: Remembered, scope: Scope, receive: Receive, send: Send
    ) -> bool:
        state = scope["app"].state
        container = state.container
        try:
            if Role.reader in role_tokens(container.settings):
                return False
            if rebuilding_detail(await container.rebuild_state()) is not None:
                return False
            tag = await state.version_tags.read(
                container.store, known.projection.name, known.projection.slot
            )
            found, rendered = state.render_cache.current(known.query, tag)
            if not found:  # a new version: render it as the route would
                live = {known.projection.name: tag_namespace(tag)}
                read = ReadModels(container.store, container.log, live)
                rendered = await state.render_cache.get(
                    known.query, tag, lambda: known.produce(read)
                )
        except Exception:  # the route reads again and answers the error as it always does
            log.debug("fast read fell back to the route", exc_info=True)
            return False
        request = Request(scope)
        scope["route"] = known.route
        if rendered is None:  # what the route's HTTPException(404) becomes
            await JSONResponse({"detail": known.missing}, 404)(scope, receive, send)
            return True
        response = respond(request, rendered, request.headers.get("if-none-match"))
        await response(scope, receive, send)
        return True
