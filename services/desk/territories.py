"""The map's state on a day: each district's controller, peacekeepers and scheduled
transfers, from the territory views (valid time), and the span of days the slider covers."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.desk.geo import RegionMap

KNOWN_CONTROLLERS = frozenset(
    {"azerbaijan", "armenia", "nagorno-karabakh", "republic-of-artsakh", "russia"}
)
MARGIN = dt.timedelta(days=14)
AREAS_FILE = Path(__file__).resolve().parent / "data" / "areas.toml"


@lru_cache(maxsize=1)
def areas() -> dict[str, tuple[str, ...]]:
    """Region entity id -> the map units it covers (data/areas.toml)."""
    table = tomllib.loads(AREAS_FILE.read_text(encoding="utf-8"))
    return {region: tuple(entry["units"]) for region, entry in table.items()}


@dataclass(frozen=True)
class DistrictState:
    controller_id: str | None = None
    controller_name: str | None = None
    peacekeepers: bool = False
    scheduled: tuple[dict[str, Any], ...] = ()

    @property
    def css(self) -> str:
        if self.controller_id is None or self.controller_id in KNOWN_CONTROLLERS:
            return ""
        return "controller-other"


@dataclass
class MapState:
    day: str
    first: str
    last: str
    districts: dict[str, DistrictState] = field(default_factory=dict)

    @property
    def span_days(self) -> int:
        return (dt.date.fromisoformat(self.last) - dt.date.fromisoformat(self.first)).days

    @property
    def day_index(self) -> int:
        return (dt.date.fromisoformat(self.day) - dt.date.fromisoformat(self.first)).days

    def legend(self) -> list[tuple[str, str]]:
        seen = {(s.controller_id, s.controller_name) for s in self.districts.values()}
        return sorted((i, n or i) for i, n in seen if i is not None)


def _first_day(date: dict[str, Any] | None) -> str | None:
    if not date:
        return None
    value = str(date["value"])
    return {"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}[date["precision"]]


def known_days(docs: list[dict[str, Any]]) -> list[str]:
    days: list[str | None] = []
    for doc in docs:
        days += [_first_day(i.get("since")) for i in doc["control"]]
        days += [_first_day(s.get("deadline")) for s in doc["scheduled_transfers"]]
        days += [_first_day(p.get("since")) for p in doc["peacekeepers"]]
        days += [_first_day(p.get("until")) for p in doc["peacekeepers"]]
        days += [c.get("published") for c in doc["claims"]]
    return sorted(d for d in days if d)


def slider_span(docs: list[dict[str, Any]]) -> tuple[str, str]:
    days = known_days(docs)
    if not days:
        today = dt.date.today()
        return (today - MARGIN).isoformat(), today.isoformat()
    first = dt.date.fromisoformat(days[0]) - MARGIN
    last = dt.date.fromisoformat(days[-1]) + MARGIN
    return first.isoformat(), last.isoformat()


def map_state(
    region: RegionMap, raw: list[dict[str, Any]], on_day: list[dict[str, Any]], day: str | None
) -> MapState:
    first, last = slider_span(raw)
    chosen = day or last
    state = MapState(chosen, min(first, chosen), max(last, chosen))
    known = {f.entity_id for f in region.features}
    regions = areas()
    own = {v["territory"]["id"] for v in on_day}
    for view in sorted(on_day, key=lambda v: v["territory"]["id"] not in known):  # units first
        key = view["territory"]["id"]
        controller = view.get("controller")
        district = DistrictState(
            controller["id"] if controller else None,
            controller["name"] if controller else None,
            bool(view.get("peacekeepers_present")),
            tuple(s for s in view.get("scheduled_transfers", []) if s["status"] != "completed"),
        )
        if key in known:
            state.districts[key] = district
            continue
        for unit in regions.get(key, ()):
            if unit in known and unit not in own:  # a unit's own facts win over its region's
                state.districts[unit] = district
            elif unit in state.districts and district.peacekeepers:
                state.districts[unit] = replace(state.districts[unit], peacekeepers=True)
    return state
