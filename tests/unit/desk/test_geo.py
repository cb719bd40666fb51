"""The map's geometry: features matched to our entities through the gazetteer, every unit
of the boundary files drawn once, projected into the view box."""

from __future__ import annotations

import re

import pytest

from services.desk.geo import region_map, resolve_feature
from services.desk.territories import map_state
from tests.conftest import SHARED

pytestmark = pytest.mark.unit


def test_boundary_names_resolve_through_the_gazetteer() -> None:
    assert resolve_feature("Agdam District") == "aghdam-district"  # spelled apart from gold
    assert resolve_feature("Khankendi City") == "stepanakert"
    assert resolve_feature("Erevan", ["Երևան", "Ереван"]) == "yerevan"
    assert resolve_feature("Nowhere District") == "nowhere-district"


def test_every_unit_is_one_path_inside_the_view_box() -> None:
    region = region_map(SHARED / "geo")
    ids = [f.entity_id for f in region.features]
    assert len(ids) == len(set(ids)) == 78 + 11  # two Lankaran District parts merge
    for feature in region.features:
        numbers = [float(n) for n in re.findall(r"-?\d+\.?\d*", feature.path)]
        assert feature.path.startswith("M") and feature.path.endswith("Z")
        assert all(-0.1 <= n <= region.width + 0.1 for n in numbers[0::2])
        assert all(-0.1 <= n <= region.height + 0.1 for n in numbers[1::2])


def test_map_state_on_a_day() -> None:
    region = region_map(SHARED / "geo")
    view = {
        "territory": {"id": "lachin-district"},
        "controller": {"id": "azerbaijan", "name": "Azerbaijan"},
        "peacekeepers_present": [],
        "scheduled_transfers": [{"status": "pending", "deadline": {"value": "2020-12-01"}}],
    }
    region_view = {
        "territory": {"id": "nagorno-karabakh"},
        "controller": None,
        "peacekeepers_present": [{"force": {"id": "russian-peacekeepers"}}],
        "scheduled_transfers": [],
    }
    raw = [{"control": [], "scheduled_transfers": [], "peacekeepers": [],
            "claims": [{"published": "2020-11-10"}]}]  # fmt: skip
    state = map_state(region, raw, [view, region_view], "2020-11-21")
    assert state.districts["lachin-district"].controller_id == "azerbaijan"
    assert state.districts["lachin-district"].scheduled
    assert state.districts["stepanakert"].peacekeepers
    assert (state.first, state.last) == ("2020-10-27", "2020-11-24")
    assert state.day_index == 25
