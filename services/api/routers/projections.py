"""Read models: meeting status and territory control."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from services.api.deps import ReadModelsDep

router = APIRouter(prefix="/projections", tags=["projections"])


@router.get("/meetings")
async def list_meetings(
    read: ReadModelsDep, status: str | None = None, participant: str | None = None
) -> dict[str, Any]:
    """Every meeting, by date; filter by status or by a participant's entity id."""
    meetings = await read.meetings(status=status, participant=participant)
    return {"meetings": meetings, "count": len(meetings)}


@router.get("/meetings/{meeting_id}")
async def get_meeting(meeting_id: str, read: ReadModelsDep) -> dict[str, Any]:
    meeting = await read.meeting(meeting_id)
    if meeting is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no meeting {meeting_id!r}")
    return meeting


@router.get("/territories")
async def list_territories(read: ReadModelsDep) -> dict[str, Any]:
    territories = await read.territories()
    return {"territories": territories, "count": len(territories)}


@router.get("/territories/{territory_id}")
async def get_territory(territory_id: str, read: ReadModelsDep) -> dict[str, Any]:
    territory = await read.territory(territory_id)
    if territory is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no territory {territory_id!r}")
    return territory
