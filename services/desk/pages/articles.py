"""An article's page: its events in the log and the read models they changed (the link a
claim's "source" and the workspace's append result point to)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from services.api.deps import ContainerDep, ReadModelsDep
from services.desk.feed import row
from services.desk.render import page, read_as_of
from services.ingest.events_for import article_stream

router = APIRouter(include_in_schema=False)


@router.get("/desk/articles/{article_id}", response_class=HTMLResponse)
async def article(
    request: Request,
    article_id: str,
    read: ReadModelsDep,
    container: ContainerDep,
    as_of: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    when = await read_as_of(container, as_of)
    events = await container.log.read_stream(article_stream(article_id))
    if when.position is not None:
        events = [e for e in events if (e.position or 0) <= when.position]
    ids = {e.id for e in events}
    ingested = next((e for e in events if e.type == "ArticleIngested"), None)
    meetings = [
        m
        for m in await read.meetings(None, None, when.position)
        if any(c["fact_id"] in ids for c in m["claims"])
    ]
    territories = [
        t
        for t in await read.territories(when.position)
        if any(c["fact_id"] in ids for c in t["claims"])
    ]
    return page(
        request,
        "article.html",
        {
            "as_of": when,
            "article_id": article_id,
            "ingested": ingested.model_dump(mode="json")["data"] if ingested else None,
            "rows": [row(e) for e in events],
            "meetings": meetings,
            "territories": territories,
        },
        status_code=200 if events else 404,
    )
