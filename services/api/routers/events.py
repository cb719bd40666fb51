"""The event log, in global order, paginated by position."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from contracts.http import EventsPublic
from events.port import EventFilter
from services.api.deps import ContainerDep

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=EventsPublic)
async def list_events(
    container: ContainerDep,
    after: Annotated[int, Query(ge=0, description="Position to read after.")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    type: Annotated[
        list[str] | None, Query(description="Type name, or prefix ending in *.")
    ] = None,
    stream: str | None = None,
) -> EventsPublic:
    flt = EventFilter(types=tuple(type or ()), stream_id=stream)
    events = await container.log.read_all(after=after, limit=limit, filter=flt)
    head = await container.log.head()
    next_after = events[-1].position or after if events else after
    return EventsPublic(
        events=[e.model_dump(mode="json") for e in events], next_after=next_after, head=head
    )
