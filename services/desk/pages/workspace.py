"""The article workspace: paste or pick an article, preview its extraction (nothing is
appended), then append it through POST /articles with the write token (see workspace.js)."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.api.deps import ContainerDep
from services.desk.preview import Draft, Preview, arguments, preview, read_form
from services.desk.render import AsOf, page

router = APIRouter(include_in_schema=False)


def _render(request: Request, draft: Draft, result: Preview | None, status: int) -> HTMLResponse:
    return page(
        request,
        "workspace.html",
        {
            "as_of": AsOf(),
            "as_of_form": False,
            "draft": draft,
            "preview": result,
            "arguments": arguments,
        },
        status_code=status,
    )


@router.get("/desk/workspace", response_class=HTMLResponse)
async def workspace(request: Request) -> HTMLResponse:
    return _render(request, Draft(published=dt.date.today().isoformat()), None, 200)


@router.post("/desk/workspace", response_class=HTMLResponse)
async def preview_article(request: Request, container: ContainerDep) -> HTMLResponse:
    """Preview only: extraction runs, the log is not touched."""
    draft = read_form(await request.body())
    result = await preview(draft, container.settings.extraction_time_limit_s)
    return _render(request, draft, result, 200 if result.error is None else 422)
