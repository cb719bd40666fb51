"""Live events over Server-Sent Events, and the stream's AsyncAPI contract.

The router carries its own lifespan; FastAPI nests it inside the app's, so it runs after
the container is built and stops the broadcaster before the container closes the log.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, HTTPException, Query, Request, Response, status
from pydantic import StringConstraints

from contracts.asyncapi import rendered
from contracts.limits import ID_PATTERN, MAX_FILTER_VALUES, MAX_ID
from services.api.access import ReaderDep, Role
from services.api.deps import ContainerDep
from services.api.responses import OPTIONAL_AUTH, errors
from services.api.routers.events import MAX_POSITION, TypeFilter
from services.streaming.config import StreamSettings
from services.streaming.filters import StreamFilter
from services.streaming.hub import Hub
from services.streaming.response import EventStreamResponse
from services.streaming.session import Session


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.stream_settings = StreamSettings()
    try:
        yield
    finally:
        hub: Hub | None = getattr(app.state, "stream_hub", None)
        if hub is not None:
            await hub.stop()


router = APIRouter(tags=["stream"], lifespan=_lifespan)

# One server-sent event (OpenAPI 3.2 itemSchema): `data` is an event envelope as JSON
# (or the overflow notice), `id` the log position, `event` its type.
SSE_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["data", "event"],
    "properties": {
        "data": {"type": "string", "contentMediaType": "application/json"},
        "event": {"type": "string"},
        "id": {"type": "string", "pattern": "^[0-9]+$"},
        "retry": {"type": "integer", "minimum": 0},
    },
}
SSE_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "`text/event-stream`: frames `id: <position>`, `event: <type>`, "
        "`data: <event JSON>`; `: heartbeat` comments; a final `event: overflow` whose "
        "`id` is the resume cursor when the client fell behind. See /asyncapi.json.",
        "content": {"text/event-stream": {"itemSchema": SSE_EVENT_SCHEMA}},
    },
    **errors(503, role=Role.reader, json_content=True),
}
EntityFilter = Annotated[
    list[Annotated[str, StringConstraints(pattern=ID_PATTERN)]] | None,
    Query(
        max_length=MAX_FILTER_VALUES,
        description="An entity id anywhere in the data (e.g. lachin-district).",
    ),
]


def _hub(request: Request, container: ContainerDep) -> Hub:
    # Built on first use (no I/O): the broadcaster task itself starts on first register.
    state = request.app.state
    if getattr(state, "stream_hub", None) is None:
        state.stream_hub = Hub(container.log, _settings(request).buffer)
    hub: Hub = state.stream_hub
    return hub


def _settings(request: Request) -> StreamSettings:
    cfg: StreamSettings | None = getattr(request.app.state, "stream_settings", None)
    return cfg or StreamSettings()


def _cursor(last_event_id: str | None, after: int | None) -> int | None:
    return after if last_event_id is None else int(last_event_id)


@router.get(
    "/events/stream",
    response_class=EventStreamResponse,
    responses=SSE_DOC,
    dependencies=[ReaderDep],
    openapi_extra=OPTIONAL_AUTH,
)
async def stream_events(
    request: Request,
    container: ContainerDep,
    after: Annotated[
        int | None,
        Query(ge=0, le=MAX_POSITION, description="Position to resume after; default: live only."),
    ] = None,
    type: TypeFilter = None,
    stream: Annotated[
        str | None, Query(pattern=ID_PATTERN, max_length=MAX_ID, description="One stream id.")
    ] = None,
    entity: EntityFilter = None,
    last_event_id: Annotated[
        str | None,
        Header(
            alias="Last-Event-ID",
            pattern=r"^[0-9]{1,15}$",
            description="A log position; wins over ?after=.",
        ),
    ] = None,
) -> EventStreamResponse:
    """Catch up from a position, then follow live appends; no gap, no duplicate."""
    cfg = _settings(request)
    flt = StreamFilter(tuple(type or ()), stream, frozenset(entity or ()))
    cursor = _cursor(last_event_id, after)
    hub = _hub(request, container)
    session = Session(hub, container.log, flt, cursor or 0, cfg)
    try:
        await session.open()
    except Exception as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"the live stream is unavailable: {exc}",
            headers={"Retry-After": "5"},
        ) from None
    if cursor is None:  # live only: start at the head as it stands now that we are queued
        session.cursor = await container.log.head()
    return EventStreamResponse(session, cfg.send_timeout_s)


@router.get("/asyncapi.json", include_in_schema=False)
async def asyncapi() -> Response:
    """The AsyncAPI 3.0 contract of /events/stream and the Kafka topic (the checked-in text)."""
    return Response(rendered(), media_type="application/json")
