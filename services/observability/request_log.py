"""ASGI middleware: a request id for every request (the caller's X-Request-ID when it is
well-formed, else a fresh one, echoed in the response), one log line per request, and the
count of refused appends (every refusal, from schema errors to conflicts, ends here as a 4xx).
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.observability.context import (
    RequestContext,
    enter_request,
    leave_request,
    request_id_from,
)
from services.observability.telemetry import Telemetry

log = logging.getLogger("factstream.request")

# The routes that append events; tests/unit/observability checks each exists in the app.
APPEND_ROUTES = frozenset(
    {
        ("POST", "/facts"),
        ("POST", "/articles"),
        ("POST", "/facts/{fact_id}/retract"),
        ("POST", "/facts/{fact_id}/supersede"),
    }
)
# A request refused before routing (413 on a too-large body) is matched by its path.
_APPEND_PATTERNS = {
    (method, re.compile(re.sub(r"\{[^/]+\}", "[^/]+", route))): route
    for method, route in APPEND_ROUTES
}
NOT_A_REFUSAL = frozenset({401, 403})  # who may write is not what was written
# Probes and scrapes arrive every few seconds: logged at DEBUG unless they fail.
QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})


class RequestLog:
    def __init__(self, app: ASGIApp, telemetry: Telemetry) -> None:
        self.app, self.telemetry = app, telemetry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        context = RequestContext(request_id_from(_header(scope, b"x-request-id")))
        token = enter_request(context)
        start, status = time.perf_counter(), [500]

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message["headers"] = [
                    *message.get("headers", ()),
                    (b"x-request-id", context.request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._finish(scope, context, status[0], time.perf_counter() - start)
            leave_request(token)

    def _finish(self, scope: Scope, context: RequestContext, status: int, seconds: float) -> None:
        method = scope["method"]
        path = _route_of(scope)
        refused = 400 <= status < 500 and status not in NOT_A_REFUSAL
        if (method, path) in APPEND_ROUTES and refused and context.append_outcome is None:
            self.telemetry.rejected()
            context.append_outcome = "rejected"
        duration_ms = round(seconds * 1000, 2)
        level = logging.ERROR if status >= 500 else logging.INFO
        if path in QUIET_ROUTES and status < 400:
            level = logging.DEBUG
        if not log.isEnabledFor(level):
            return
        correlation = ",".join(context.correlation_ids) or None
        appended = f" append {context.append_outcome}" if context.append_outcome else ""
        # the record made here, not by log.log: that would look up the caller's file and
        # line in the stack for every request, and no format of ours writes them
        record = log.makeRecord(
            log.name,
            level,
            __file__,
            0,
            "%s %s %s %.1f ms%s%s",
            (
                method,
                scope.get("path", ""),
                status,
                duration_ms,
                appended,
                f" correlation {correlation}" if correlation else "",
            ),
            None,
            "RequestLog",
            extra={
                "request_id": context.request_id,
                "method": method,
                "route": path or "unmatched",
                "path": scope.get("path", ""),
                "status": status,
                "duration_ms": duration_ms,
                "correlation_id": correlation,
                "append_outcome": context.append_outcome,
                "new_events": context.new_events if context.append_outcome else None,
            },
        )
        log.handle(record)


def _header(scope: Scope, name: bytes) -> str | None:
    """A request header's value (latin-1, as Starlette decodes it), without a Headers object."""
    for key, value in scope.get("headers") or ():
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _route_of(scope: Scope) -> str | None:
    """The route template that answered, or the append route the path names."""
    route: Any = scope.get("route")
    if route is not None:
        return str(route.path)
    for (method, pattern), template in _APPEND_PATTERNS.items():
        if method == scope["method"] and pattern.fullmatch(scope.get("path", "")):
            return template
    return None
