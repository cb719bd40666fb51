"""Mount the desk on the API app: its pages (kept out of the OpenAPI document) and its
own static files."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from services.desk.pages import articles, board, feed, history, territory_map, workspace
from services.desk.render import STATIC_DIR


def install_desk(app: FastAPI) -> None:
    for module in (board, territory_map, feed, workspace, history, articles):
        app.include_router(module.router, include_in_schema=False)
    app.mount("/desk/static", StaticFiles(directory=STATIC_DIR), name="desk-static")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> RedirectResponse:
        return RedirectResponse("/desk/static/favicon.svg", status_code=308)
