"""History and audit: the hash chain's verification (fetched by the page from /audit/verify
once it has painted: on a long log the walk takes a while), export of a range, the
projections' blue-green status, and the log around the "as of" position."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from services.api.deps import ContainerDep
from services.desk.feed import row
from services.desk.render import page, read_as_of
from services.projections.registry import PROJECTIONS
from services.readside.bluegreen import projection_status

router = APIRouter(include_in_schema=False)
RECENT = 30


@router.get("/desk/history", response_class=HTMLResponse)
async def history(
    request: Request,
    container: ContainerDep,
    as_of: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    when = await read_as_of(container, as_of)
    head = await container.log.head()
    statuses = []
    for projection in PROJECTIONS:
        status = await projection_status(container.log, container.store, projection)
        rebuild = container.blue_green.status.get(projection.name)
        status["rebuild"] = rebuild.public() if rebuild else None
        statuses.append(status)
    upto = when.position if when.position is not None else head
    events = await container.log.read_all(after=max(0, upto - RECENT), limit=RECENT)
    return page(
        request,
        "history.html",
        {
            "as_of": when,
            "head": head,
            "statuses": statuses,
            "rows": [row(e) for e in reversed(events) if (e.position or 0) <= upto],
            "upto": upto,
        },
    )
