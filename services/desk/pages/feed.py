"""The live feed: the latest events rendered here, then the SSE stream (/events/stream)
followed by the page's script, which resumes by Last-Event-ID after a reconnect."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from contracts.envelope import TYPE_BY_NAME
from services.api.deps import ContainerDep
from services.desk.feed import latest, row
from services.desk.render import AsOf, page
from services.streaming.filters import StreamFilter

router = APIRouter(include_in_schema=False)
FIRST_SCREEN = 50


@router.get("/desk/feed", response_class=HTMLResponse)
async def feed(
    request: Request,
    container: ContainerDep,
    type: Annotated[str, Query(max_length=100)] = "",
    entity: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    flt = StreamFilter(
        tuple(t for t in [type.strip()] if t), None, frozenset(e for e in [entity.strip()] if e)
    )
    events, head = await latest(container.log, flt, FIRST_SCREEN)
    return page(
        request,
        "feed.html",
        {
            "as_of": AsOf(),
            "as_of_form": False,  # the feed is live by nature
            "rows": [row(e) for e in events],
            "head": head,
            "type": type.strip(),
            "entity": entity.strip(),
            "types": " ".join(TYPE_BY_NAME),
        },
    )
