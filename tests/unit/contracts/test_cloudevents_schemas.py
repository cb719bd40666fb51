"""The CloudEvents schemas: one per type's data, one for the envelope; `dataschema` names
the data schema; the compatibility gate covers both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from contracts import export
from contracts.cloudevents import ENVELOPE_SCHEMA_ID, envelope_schema
from contracts.common import EntityRef
from contracts.envelope import EVENT_TYPES, new_event
from contracts.facts import StatementMade
from events.kafka.binding import ATTRIBUTES

pytestmark = pytest.mark.unit
SCHEMAS = export.SCHEMA_DIR


def test_every_type_has_a_data_schema_named_by_its_dataschema() -> None:
    ids = {json.loads(p.read_text())["$id"]: p for p in (SCHEMAS / "data").glob("*.json")}
    for data_type in EVENT_TYPES:
        name = data_type.model_fields["kind"].default
        urn = f"urn:factstream:schema:data:{name}:v{data_type.VERSION}"
        assert urn in ids, name


def test_an_events_data_validates_against_the_schema_its_dataschema_names() -> None:
    event = new_event(StatementMade(speaker=EntityRef.named("Nikol Pashinyan")), stream_id="s")
    schemas = {json.loads(p.read_text())["$id"]: json.loads(p.read_text())
               for p in SCHEMAS.rglob("*.json")}  # fmt: skip
    data = event.model_dump(mode="json")["data"]
    assert not list(Draft202012Validator(schemas[event.dataschema]).iter_errors(data))


def test_the_envelope_schema_lists_exactly_the_binding_attributes() -> None:
    names = set(envelope_schema()["properties"]) - {"data"}
    assert names == set(ATTRIBUTES.values()) | {"datacontenttype"}
    assert envelope_schema()["$id"] == ENVELOPE_SCHEMA_ID


def test_the_gate_catches_a_breaking_change_to_a_data_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for file in SCHEMAS.rglob("*.json"):
        target = tmp_path / file.relative_to(SCHEMAS)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(file.read_text())
    stored = tmp_path / "data" / "StatementMade.v1.json"
    old = json.loads(stored.read_text())
    old["properties"]["mood"] = {"type": "string"}  # the old version had a field we drop
    stored.write_text(json.dumps(old))
    monkeypatch.setattr(export, "SCHEMA_DIR", tmp_path)
    problems = export.check()
    assert any("data/StatementMade.v1.json" in p and "mood" in p for p in problems)


def test_the_checked_in_files_are_current() -> None:
    assert export.check() == []
