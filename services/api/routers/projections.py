"""Read models: meeting status and territory control, now or as of an earlier time.

`as_of`: a log position or a recorded time (RFC 3339) — what we knew then.
`valid_at`: a world date (YYYY-MM-DD) — how things stood on that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Hashable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status

from contracts.limits import ID_PATTERN, MAX_ID, AsOf, Day
from services.api.access import ReaderDep, Role
from services.api.deps import ReadModelsReadyDep
from services.api.fast_reads import RememberedReads
from services.api.rendered_response import CONDITIONAL, IfNoneMatch, respond
from services.api.responses import OPTIONAL_AUTH, errors
from services.bootstrap import Container
from services.projections.registry import MEETINGS, TERRITORIES, Projection
from services.readmodels.port import tag_namespace
from services.readside.queries import ReadModels
from services.readside.rendered import RenderCache, VersionTags
from services.readside.timetravel import TimeTravel

router = APIRouter(
    prefix="/projections",
    tags=["projections"],
    # reads answer 503 "rebuilding" while the read models are rebuilt (issue 12)
    dependencies=[ReaderDep, ReadModelsReadyDep],
    responses={**errors(role=Role.reader), **CONDITIONAL},
)
Document = dict[str, Any]
AsOfQuery = Annotated[AsOf | None, Query()]
ValidAt = Annotated[Day | None, Query(description="World date YYYY-MM-DD.")]
EntityId = Annotated[str | None, Query(pattern=ID_PATTERN, max_length=MAX_ID)]
MeetingStatus = Literal[
    "announced", "held", "cancelled", "postponed", "denied", "disputed", "retracted"
]


def _container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


async def _position(request: Request, as_of: int | dt.datetime | None) -> int | None:
    if as_of is None or isinstance(as_of, int):
        return as_of
    container = _container(request)
    return await TimeTravel(container.log, container.store).position_at(as_of)


async def _answer(
    request: Request,
    projection: Projection,
    query: Hashable,
    produce: Callable[[ReadModels], Awaitable[Document | None]],
    if_none_match: str | None,
    missing: str = "",
) -> Response:
    """The rendered answer at the read model's current version (tag read first). The
    container and cache come from app state, not as dependencies: each dependency costs
    a noticeable share of a cached read."""
    container = _container(request)
    cache: RenderCache = request.app.state.render_cache
    tags: VersionTags = request.app.state.version_tags
    tag = await tags.read(container.store, projection.name, projection.slot)
    live = {projection.name: tag_namespace(tag)}  # the namespace the tag was read for
    rendered = await cache.get(
        query, tag, lambda: produce(ReadModels(container.store, container.log, live))
    )
    remembered: RememberedReads = request.app.state.remembered_reads
    # its repeats skip routing (FastReads), a 404 too (a client polling for a new document)
    remembered.remember(request, query, projection, produce, missing)
    if rendered is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, missing)
    return respond(request, rendered, if_none_match)


@router.get("/meetings", response_model=Document, openapi_extra=OPTIONAL_AUTH)
async def list_meetings(
    request: Request,
    status: MeetingStatus | None = None,
    participant: EntityId = None,
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
    if_none_match: IfNoneMatch = None,
) -> Response:
    """Every meeting, by date; filter by status or by a participant's entity id."""
    position = await _position(request, as_of)

    async def produce(read: ReadModels) -> Document:
        meetings = await read.meetings(status, participant, position, valid_at)
        return {"meetings": meetings, "count": len(meetings)}

    query = ("meetings", status, participant, position, valid_at)
    return await _answer(request, MEETINGS, query, produce, if_none_match)


@router.get(
    "/meetings/{meeting_id}",
    response_model=Document,
    responses=errors(404),
    openapi_extra=OPTIONAL_AUTH,
)
async def get_meeting(
    request: Request,
    meeting_id: Annotated[str, Path(pattern=ID_PATTERN)],
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
    if_none_match: IfNoneMatch = None,
) -> Response:
    position = await _position(request, as_of)

    async def produce(read: ReadModels) -> Document | None:
        return await read.meeting(meeting_id, position, valid_at)

    query = ("meeting", meeting_id, position, valid_at)
    missing = f"no meeting {meeting_id!r}"
    return await _answer(request, MEETINGS, query, produce, if_none_match, missing)


@router.get("/territories", response_model=Document, openapi_extra=OPTIONAL_AUTH)
async def list_territories(
    request: Request,
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
    if_none_match: IfNoneMatch = None,
) -> Response:
    position = await _position(request, as_of)

    async def produce(read: ReadModels) -> Document:
        territories = await read.territories(position, valid_at)
        return {"territories": territories, "count": len(territories)}

    query = ("territories", position, valid_at)
    return await _answer(request, TERRITORIES, query, produce, if_none_match)


@router.get(
    "/territories/{territory_id}",
    response_model=Document,
    responses=errors(404),
    openapi_extra=OPTIONAL_AUTH,
)
async def get_territory(
    request: Request,
    territory_id: Annotated[str, Path(pattern=ID_PATTERN)],
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
    if_none_match: IfNoneMatch = None,
) -> Response:
    position = await _position(request, as_of)

    async def produce(read: ReadModels) -> Document | None:
        return await read.territory(territory_id, position, valid_at)

    query = ("territory", territory_id, position, valid_at)
    missing = f"no territory {territory_id!r}"
    return await _answer(request, TERRITORIES, query, produce, if_none_match, missing)
