"""Read models: meeting status and territory control, now or as of an earlier time.

`as_of`: a log position or a recorded time (RFC 3339) — what we knew then.
`valid_at`: a world date (YYYY-MM-DD) — how things stood on that day.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status

from contracts.limits import ID_PATTERN, MAX_ID, AsOf, Day
from services.api.access import ReaderDep, Role
from services.api.deps import ContainerDep, ReadModelsDep, ReadModelsReadyDep
from services.api.responses import OPTIONAL_AUTH, errors
from services.readside.timetravel import TimeTravel

router = APIRouter(
    prefix="/projections",
    tags=["projections"],
    dependencies=[ReaderDep, ReadModelsReadyDep],
    responses=errors(role=Role.reader),
)
AsOfQuery = Annotated[AsOf | None, Query()]
ValidAt = Annotated[Day | None, Query(description="World date YYYY-MM-DD.")]
EntityId = Annotated[str | None, Query(pattern=ID_PATTERN, max_length=MAX_ID)]
MeetingStatus = Literal[
    "announced", "held", "cancelled", "postponed", "denied", "disputed", "retracted"
]


async def _position(container: ContainerDep, as_of: int | dt.datetime | None) -> int | None:
    if as_of is None or isinstance(as_of, int):
        return as_of
    return await TimeTravel(container.log, container.store).position_at(as_of)


@router.get("/meetings", openapi_extra=OPTIONAL_AUTH)
async def list_meetings(
    read: ReadModelsDep,
    container: ContainerDep,
    status: MeetingStatus | None = None,
    participant: EntityId = None,
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    """Every meeting, by date; filter by status or by a participant's entity id."""
    meetings = await read.meetings(status, participant, await _position(container, as_of), valid_at)
    return {"meetings": meetings, "count": len(meetings)}


@router.get("/meetings/{meeting_id}", responses=errors(404), openapi_extra=OPTIONAL_AUTH)
async def get_meeting(
    meeting_id: Annotated[str, Path(pattern=ID_PATTERN)],
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    meeting = await read.meeting(meeting_id, await _position(container, as_of), valid_at)
    if meeting is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no meeting {meeting_id!r}")
    return meeting


@router.get("/territories", openapi_extra=OPTIONAL_AUTH)
async def list_territories(
    read: ReadModelsDep, container: ContainerDep, as_of: AsOfQuery = None, valid_at: ValidAt = None
) -> dict[str, Any]:
    territories = await read.territories(await _position(container, as_of), valid_at)
    return {"territories": territories, "count": len(territories)}


@router.get("/territories/{territory_id}", responses=errors(404), openapi_extra=OPTIONAL_AUTH)
async def get_territory(
    territory_id: Annotated[str, Path(pattern=ID_PATTERN)],
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: AsOfQuery = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    territory = await read.territory(territory_id, await _position(container, as_of), valid_at)
    if territory is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no territory {territory_id!r}")
    return territory
