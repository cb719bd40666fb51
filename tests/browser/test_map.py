"""The territory map: a path for every district and province of the boundary files, and,
once dated handovers are appended, each district filled by its controller on the day the
slider is set to; clicking a district opens its control intervals and their facts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.browser.conftest import post_facts
from tests.conftest import SHARED
from tests.e2e.conftest import Stack

pytestmark = pytest.mark.browser

GEO = SHARED / "geo"
HANDOVERS = [("Aghdam District", "2020-11-20"), ("Kalbajar District", "2020-11-25"),
             ("Lachin District", "2020-12-01")]  # fmt: skip
IDS = {"Aghdam District": "aghdam-district", "Kalbajar District": "kalbajar-district",
       "Lachin District": "lachin-district"}  # fmt: skip


def boundary_names() -> set[str]:
    azerbaijan = json.loads((GEO / "azerbaijan-districts.geojson").read_text())["features"]
    armenia = json.loads((GEO / "armenia-provinces.json").read_text())["features"]
    return {f["properties"]["shapeName"] for f in azerbaijan} | {
        f["properties"]["name"] for f in armenia
    }


def append_handovers(desk: Stack) -> None:
    post_facts(desk, {
        "source": {"article": "desk-test-handovers", "published": "2020-12-01"},
        "facts": [
            {"kind": "TerritoryTransferred", "territory": name, "from": "Armenia",
             "to": "Azerbaijan", "date": day}
            for name, day in HANDOVERS
        ],
    })  # fmt: skip


def slide_to(page: Any, day: str) -> None:
    slider = page.locator("#valid-slider")
    first = dt.date.fromisoformat(slider.get_attribute("data-first"))
    offset = (dt.date.fromisoformat(day) - first).days
    assert 0 <= offset <= int(slider.get_attribute("max"))
    with page.expect_navigation():
        slider.fill(str(offset))  # input + change: the page asks the server for that day
    assert page.locator("#map-day").inner_text() == day


def controllers(page: Any) -> dict[str, str | None]:
    return {
        entity: page.locator(f'path.district[data-entity="{entity}"]').get_attribute(
            "data-controller"
        )
        for entity in IDS.values()
    }


def test_map_has_a_path_for_every_district(page: Any) -> None:
    page.goto("/desk/map")
    names = page.locator("path.district").evaluate_all("ps => ps.map(p => p.dataset.name)")
    # the two 'Lankaran District' parts are one district: one path with both rings
    assert sorted(set(names)) == sorted(boundary_names())
    assert len(names) == len(set(names))
    assert page.locator("path.district:not([d])").count() == 0
    assert "geoBoundaries" in page.locator("#map-attribution").inner_text()
    assert page.locator("#map-attribution").is_visible()


def test_handovers_fill_districts_by_controller_on_the_slider_day(page: Any, desk: Stack) -> None:
    append_handovers(desk)
    page.goto("/desk/map")
    slide_to(page, "2020-11-19")
    assert controllers(page) == dict.fromkeys(IDS.values(), "armenia")
    slide_to(page, "2020-11-21")
    assert controllers(page) == {
        "aghdam-district": "azerbaijan", "kalbajar-district": "armenia",
        "lachin-district": "armenia"}  # fmt: skip
    slide_to(page, "2020-11-26")
    assert controllers(page) == {
        "aghdam-district": "azerbaijan", "kalbajar-district": "azerbaijan",
        "lachin-district": "armenia"}  # fmt: skip
    slide_to(page, "2020-12-02")
    assert controllers(page) == dict.fromkeys(IDS.values(), "azerbaijan")
    # filled, not just tagged: the two controllers get different colours
    fills = page.locator("path.district").evaluate_all(
        "ps => Object.fromEntries(ps.map(p => [p.dataset.entity, getComputedStyle(p).fill]))"
    )
    slide_to(page, "2020-11-21")
    earlier = page.locator('path.district[data-entity="lachin-district"]').evaluate(
        "p => getComputedStyle(p).fill"
    )
    assert earlier != fills["lachin-district"] and fills["aghdam-district"] == fills[
        "lachin-district"]  # fmt: skip


def test_clicking_a_district_opens_its_control_intervals(page: Any, desk: Stack) -> None:
    append_handovers(desk)  # idempotent
    page.goto("/desk/map?valid_at=2020-11-26")
    page.locator('path.district[data-entity="kalbajar-district"]').click()
    page.wait_for_url("**territory=kalbajar-district**")
    assert page.locator("#district-name").inner_text() == "Kalbajar District"
    assert page.locator("#district-controller").inner_text() == "Azerbaijan"
    intervals = page.locator("#intervals > li")
    assert intervals.count() >= 2
    assert "2020-11-25" in page.locator("#intervals").inner_text()
    assert page.locator('#intervals .claim[data-kind="TerritoryTransferred"]').count() >= 1


def test_peacekeepers_area_is_marked(page: Any) -> None:
    """The reference article's Russian peacekeepers in Nagorno-Karabakh hatch the units
    data/areas.toml lists for the region (reported 2021-11-23)."""
    page.goto("/desk/map?valid_at=2021-11-24")
    marked = page.locator("path.pk-mark").evaluate_all("ps => ps.map(p => p.dataset.peacekeepers)")
    assert "stepanakert" in marked and "khojaly-district" in marked
    page.goto("/desk/map?valid_at=2021-11-01")
    assert page.locator("path.pk-mark").count() == 0
