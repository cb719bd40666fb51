"""Repeated projection reads answered before routing: the same bytes, the same checks.

A projection GET is parsed and validated by FastAPI the first time its exact path and query
string arrive; the route then files that raw request under the query it validated to
(`RememberedReads.remember`). When the same raw request comes again, this layer answers it from
the render cache if the answer at the current version tag is there: it reads the tag as the
route does (after the request arrived: read-your-writes holds), and sends what `respond`
sends. Dependency solving and parameter validation were the largest share of a cached
read's cost (bench/bench_reads.py, py-spy).

Anything else goes to the routes unchanged: reads needing a token (when a read token is
configured), reads while the read models are rebuilding, as-of reads (a recorded time maps
to a position through the log), a version not rendered yet, a 404, and any error on the way
(the route then answers it as always: 503 with Retry-After when Redis is gone).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from services.api.access import Role, role_tokens
from services.api.deps import rebuilding_detail
from services.api.rendered_response import respond
from services.projections.registry import Projection

log = logging.getLogger(__name__)
MAX_REMEMBERED = 4096  # raw requests remembered; past it the map starts again


@dataclass(frozen=True)
class Remembered:
    query: Any  # the render cache's key for what the route validated
    projection: Projection
    route: Any  # the route that answered (metrics and the request log name it)


class RememberedReads:
    """Raw projection requests (path, query string) and what their route validated them to."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, bytes], Remembered] = {}

    def remember(self, request: Request, query: Any, projection: Projection) -> None:
        """Called by a projection route once it has validated its parameters."""
        if b"as_of" in request.scope["query_string"]:
            return  # its position depends on the log, not on the query string alone
        if len(self._known) >= MAX_REMEMBERED:
            self._known.clear()
        key = (request.scope["path"], request.scope["query_string"])
        self._known[key] = Remembered(query, projection, request.scope.get("route"))

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
        except Exception:  # the route reads again and answers the error as it always does
            log.debug("fast read fell back to the route", exc_info=True)
            return False
        rendered = state.render_cache.current(known.query, tag)
        if rendered is None:
            return False
        request = Request(scope)
        scope["route"] = known.route
        response = respond(request, rendered, request.headers.get("if-none-match"))
        await response(scope, receive, send)
        return True
