"""The meetings board and a meeting's own page (GET / is the board)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from contracts.http import full_day
from services.api.deps import ContainerDep, ReadModelsDep
from services.desk.board import STATUSES, BoardFilter, page_of, split_claims
from services.desk.render import page, read_as_of

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=200)]


def _day_or_blank(value: str) -> str:
    try:
        return full_day(value) if value else ""
    except ValueError:
        return ""


@router.get("/", response_class=HTMLResponse)
@router.get("/desk/meetings", response_class=HTMLResponse)
async def board(
    request: Request,
    read: ReadModelsDep,
    container: ContainerDep,
    participant: Text = "",
    place: Text = "",
    status: Text = "",
    date_from: Text = "",
    date_to: Text = "",
    valid_at: Text = "",
    as_of: Text = "",
    page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    when = await read_as_of(container, as_of)
    flt = BoardFilter(
        participant.strip(),
        place.strip(),
        status if status in STATUSES else "",
        _day_or_blank(date_from),
        _day_or_blank(date_to),
    )
    day = _day_or_blank(valid_at) or None
    meetings = [] if when.error else await read.meetings(None, None, when.position, day)
    return page(
        request,
        "board.html",
        {
            "as_of": when,
            "filters": flt,
            "statuses": STATUSES,
            "valid_at": day,
            "page": page_of(meetings, flt, page_number),
            "split": split_claims,
        },
    )


@router.get("/desk/meetings/{meeting_id}", response_class=HTMLResponse)
async def meeting(
    request: Request,
    meeting_id: str,
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: Text = "",
) -> HTMLResponse:
    when = await read_as_of(container, as_of)
    found = None if when.error else await read.meeting(meeting_id, when.position)
    return page(
        request,
        "meeting.html",
        {"as_of": when, "meeting": found, "meeting_id": meeting_id, "split": split_claims},
        status_code=200 if found else 404,
    )
