"""The exported JSON Schemas match the models; breaking changes are caught."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contracts.compat import breaking_changes
from contracts.export import check, current_schemas

pytestmark = pytest.mark.unit


def test_checked_in_schemas_match_the_models() -> None:
    assert check() == []


def _announced() -> dict[str, Any]:
    return copy.deepcopy(current_schemas()["MeetingAnnounced.v1.json"])


def test_adding_an_optional_field_is_compatible() -> None:
    new = _announced()
    new["$defs"]["MeetingAnnounced"]["properties"]["venue_note"] = {"type": "string"}
    assert breaking_changes(_announced(), new) == []


def test_removing_or_renaming_a_field_breaks() -> None:
    new = _announced()
    props = new["$defs"]["MeetingAnnounced"]["properties"]
    props["where"] = props.pop("place")
    assert breaking_changes(_announced(), new) == ["field 'data.place' was removed or renamed"]


def test_changing_a_type_breaks() -> None:
    new = _announced()
    new["properties"]["schema_version"] = {"type": "string"}
    assert breaking_changes(_announced(), new) == [
        "field 'schema_version' changed type: integer -> string"
    ]


def test_a_new_required_field_breaks() -> None:
    new = _announced()
    new["$defs"]["MeetingAnnounced"]["required"] = ["participants", "urgency"]
    new["$defs"]["MeetingAnnounced"]["properties"]["urgency"] = {"type": "integer"}
    assert breaking_changes(_announced(), new) == ["field 'data.urgency' became required"]


def test_making_a_field_nullable_is_compatible() -> None:
    new = _announced()
    new["properties"]["schema_version"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert breaking_changes(_announced(), new) == []


def test_upcasters_run_in_chain_on_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from contracts import upcasting

    def v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "schema_version": 2, "data": {**raw["data"], "said": raw["data"]["text"]}}

    def v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "schema_version": 3}

    monkeypatch.setitem(upcasting.UPCASTERS, ("Said", 1), v1_to_v2)
    monkeypatch.setitem(upcasting.UPCASTERS, ("Said", 2), v2_to_v3)
    out = upcasting.upcast({"type": "Said", "schema_version": 1, "data": {"text": "hi"}})
    assert out == {"type": "Said", "schema_version": 3, "data": {"text": "hi", "said": "hi"}}
