"""The territory map: districts filled by their controller on a chosen day (valid time),
as the log stood at the "as of" position; a district's control history beside it."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from contracts.http import full_day
from services.api.deps import ContainerDep, ReadModelsDep
from services.desk.geo import GeoDataMissing, geo_path, region_map
from services.desk.render import page, read_as_of
from services.desk.territories import map_state

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=200)]


def _day(value: str) -> tuple[str | None, str | None]:
    try:
        return (full_day(value) if value else None), None
    except ValueError as exc:
        return None, f"valid_at: {exc}"


def _claims_by_id(doc: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {} if doc is None else {c["fact_id"]: c for c in doc["claims"]}


@router.get("/desk/map", response_class=HTMLResponse)
async def territory_map(
    request: Request,
    read: ReadModelsDep,
    container: ContainerDep,
    valid_at: Text = "",
    territory: Text = "",
    as_of: Text = "",
) -> HTMLResponse:
    when = await read_as_of(container, as_of)
    day, day_error = _day(valid_at)
    try:
        region = await asyncio.to_thread(region_map, geo_path(container.settings.geo_dir))
    except GeoDataMissing as exc:
        missing = {"as_of": when, "missing": str(exc)}
        return page(request, "map.html", missing, 503, {"Retry-After": "60"})
    raw = [] if when.error else await read.territories(when.position)
    state = map_state(region, raw, [], day)
    on_day = [] if when.error else await read.territories(when.position, state.day)
    state = map_state(region, raw, on_day, day)
    selected = next((d for d in raw if d["territory"]["id"] == territory), None)
    selected_on_day = next((d for d in on_day if d["territory"]["id"] == territory), None)
    names = {f.entity_id: f.name for f in region.features}
    return page(
        request,
        "map.html",
        {
            "as_of": when,
            "region": region,
            "state": state,
            "territory": territory,
            "territory_name": names.get(territory, territory),
            "selected": selected,
            "selected_on_day": selected_on_day,
            "claims": _claims_by_id(selected),
            "day_error": day_error,
        },
        status_code=400 if day_error else 200,
    )
