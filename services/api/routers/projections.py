"""Read models: meeting status and territory control, now or as of an earlier time.

`as_of`: a log position or a recorded time (ISO 8601) — what we knew then.
`valid_at`: a world date (YYYY-MM-DD) — how things stood on that day.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status

from contracts.http import full_day
from services.api.deps import ContainerDep, ReadModelsDep
from services.timetravel import TimeTravel

router = APIRouter(prefix="/projections", tags=["projections"])
AsOf = Annotated[str | None, Query(description="Log position, or recorded time (ISO 8601).")]
ValidAt = Annotated[str | None, Query(description="World date YYYY-MM-DD.")]


async def _position(container: ContainerDep, as_of: str | None) -> int | None:
    if as_of is None:
        return None
    if as_of.isdigit():
        return int(as_of)
    try:
        when = dt.datetime.fromisoformat(as_of.replace("Z", "+00:00"))
    except ValueError:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"as_of {as_of!r} is neither a log position nor an ISO time",
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return await TimeTravel(container.log, container.store).position_at(when)


def _day(valid_at: str | None) -> str | None:
    try:
        return None if valid_at is None else full_day(valid_at)
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"valid_at: {exc}") from None


@router.get("/meetings")
async def list_meetings(
    read: ReadModelsDep,
    container: ContainerDep,
    status: str | None = None,
    participant: str | None = None,
    as_of: AsOf = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    """Every meeting, by date; filter by status or by a participant's entity id."""
    meetings = await read.meetings(
        status, participant, await _position(container, as_of), _day(valid_at)
    )
    return {"meetings": meetings, "count": len(meetings)}


@router.get("/meetings/{meeting_id}")
async def get_meeting(
    meeting_id: str,
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: AsOf = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    meeting = await read.meeting(meeting_id, await _position(container, as_of), _day(valid_at))
    if meeting is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no meeting {meeting_id!r}")
    return meeting


@router.get("/territories")
async def list_territories(
    read: ReadModelsDep, container: ContainerDep, as_of: AsOf = None, valid_at: ValidAt = None
) -> dict[str, Any]:
    territories = await read.territories(await _position(container, as_of), _day(valid_at))
    return {"territories": territories, "count": len(territories)}


@router.get("/territories/{territory_id}")
async def get_territory(
    territory_id: str,
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: AsOf = None,
    valid_at: ValidAt = None,
) -> dict[str, Any]:
    territory = await read.territory(
        territory_id, await _position(container, as_of), _day(valid_at)
    )
    if territory is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no territory {territory_id!r}")
    return territory
