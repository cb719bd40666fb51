"""The event log, in global order, paginated by position."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import StringConstraints

from contracts.http import EventsPublic
from contracts.limits import ID_PATTERN, MAX_FILTER_VALUES, MAX_ID
from events.port import EventFilter
from services.api.access import ReaderDep, Role
from services.api.deps import ContainerDep
from services.api.responses import OPTIONAL_AUTH, errors

router = APIRouter(prefix="/events", tags=["events"])
MAX_POSITION = 10**15
TYPE_PATTERN = r"^[A-Za-z]{1,100}\*?$"
TypeFilter = Annotated[
    list[Annotated[str, StringConstraints(pattern=TYPE_PATTERN)]] | None,
    Query(max_length=MAX_FILTER_VALUES, description="Type name, or prefix ending in *."),
]
StreamFilter = Annotated[str | None, Query(pattern=ID_PATTERN, max_length=MAX_ID)]


@router.get(
    "",
    response_model=EventsPublic,
    dependencies=[ReaderDep],
    responses=errors(role=Role.reader),
    openapi_extra=OPTIONAL_AUTH,
)
async def list_events(
    container: ContainerDep,
    after: Annotated[int, Query(ge=0, le=MAX_POSITION, description="Position to read after.")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    type: TypeFilter = None,
    stream: StreamFilter = None,
) -> EventsPublic:
    flt = EventFilter(types=tuple(type or ()), stream_id=stream)
    events = await container.log.read_all(after=after, limit=limit, filter=flt)
    head = await container.log.head()
    next_after = events[-1].position or after if events else after
    return EventsPublic(
        events=[e.model_dump(mode="json") for e in events], next_after=next_after, head=head
    )
