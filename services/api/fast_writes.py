"""`POST /facts` answered before routing when nothing about it needs FastAPI's machinery.

Under appends at 1k events/s (bench/bench_freshness.py, py-spy) FastAPI's dependency solving
and routing cost about as much CPU per `POST /facts` as our middleware and the append's own
HTTP handling, on the one core the API process has. This layer does what the route does for
a request that succeeds, with the same checks in the same models: the body read in full and
parsed as JSON (`json.loads`, as `Request.json`), validated by `FactsCreate` in Python mode
(FastAPI's body validation), the facts ingested by the same use case, the answer serialised
from `IngestPublic` (what the route's response model dumps), status 200.

Anything else goes to the route, with the body it was sent: a write token configured (the
route checks it), a body that is not `application/json`, not JSON or not valid, a fact the
ingest refuses, and an error no handler of the app answers. An append that failed with an
error the app has a handler for (a dependency down: 503 with Retry-After; a conflict: 409) is
answered by that handler here, as the route's would answer it: a second attempt through the
route would wait as long again (the Kafka outage test bounds how long a 503 may take).
`tests/api/test_fast_writes.py` checks the same answers, bodies and headers as the route.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contracts.http import FactsCreate
from services.api.access import Role, role_tokens
from services.api.routers import facts
from services.ingest.gold import FactRejected

log = logging.getLogger(__name__)
PATH = "/facts"


class FastWrites:
    """ASGI layer just outside the router (beside FastReads)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # the route it answers for: metrics and the request log name it
        self._route = next(r for r in facts.router.routes if getattr(r, "path", None) == PATH)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != PATH:
            await self.app(scope, receive, send)
            return
        body, more = await _read_body(receive)
        if not more and await self._answered(scope, body, send):
            return
        await self.app(scope, _replay(body, more, receive), send)

    async def _answered(self, scope: Scope, body: bytes, send: Send) -> bool:
        container = scope["app"].state.container
        if Role.writer in role_tokens(container.settings) or not _json_content(scope):
            return False
        try:
            facts = FactsCreate.model_validate(json.loads(body))
            answer = await container.ingest.ingest_facts(facts)
        except Exception as exc:
            handler = None if isinstance(exc, FactRejected) else _handler(scope["app"], exc)
            if handler is None:  # the route answers it, as it always does
                log.debug("fast write fell back to the route", exc_info=True)
                return False
            # an append that failed (Kafka down, a conflict): the app's own handler answers,
            # as it would for the route, without a second attempt that waits as long again
            scope["route"] = self._route
            response = await handler(Request(scope), exc)
            await response(scope, _no_body, send)
            return True
        content = answer.model_dump_json(by_alias=True).encode()
        scope["route"] = self._route
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-length", str(len(content)).encode()),
                    (b"content-type", b"application/json"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": content})
        return True


def _handler(
    app: Any, exc: Exception
) -> Callable[[Request, Exception], Awaitable[Response]] | None:
    """The app's exception handler for `exc`, by its class and then its bases."""
    handlers = getattr(app, "exception_handlers", {})
    return next((handlers[c] for c in type(exc).__mro__ if c in handlers), None)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}


def _json_content(scope: Scope) -> bool:
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            return bool(value == b"application/json")
    return False


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    """The body (and whether the client disconnected before its end: then the route reads)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, more: bool, receive: Receive) -> Receive:
    """The request's messages again for the route: the body read, then the rest as sent."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if more:  # what ended the read (a disconnect) comes after what was read
                return {"type": "http.request", "body": body, "more_body": True}
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again
