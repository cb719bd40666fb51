"""The AsyncAPI contract: checked in, served, self-contained, and true of real events."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from contracts.asyncapi import DOC_PATH, KAFKA, SSE, check, rendered
from contracts.envelope import Event
from contracts.http import FactsCreate
from events.kafka.binding import encode
from events.records import content_key
from events.sqlite.log import SqliteEventLog
from services.ingest.service import IngestService
from services.settings import Settings
from tests.streaming.conftest import StartServer


def test_the_checked_in_document_is_the_generated_one() -> None:
    assert check() == [], "run: python -m contracts.asyncapi write"
    assert DOC_PATH.read_text() == rendered()


def test_it_is_served_at_asyncapi_json(make_server: StartServer) -> None:
    server = make_server()
    response = httpx.get(f"{server.url}/asyncapi.json")
    assert response.status_code == 200 and response.text == DOC_PATH.read_text()
    assert "/asyncapi.json" not in httpx.get(f"{server.url}/openapi.json").json()["paths"]


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def test_shape_and_every_reference_resolves() -> None:
    doc = json.loads(DOC_PATH.read_text())
    assert doc["asyncapi"] == "3.0.0"
    for ref in _refs(doc):
        _resolve(doc, ref)
    assert doc["channels"][SSE]["address"] == "/events/stream"
    topic = Settings.model_fields["topic"].default
    assert doc["channels"][KAFKA]["address"] == topic == "factstream.events.v1"
    kafka = doc["components"]["messages"]["MeetingAnnounced.kafka"]["headers"]
    for header in ("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time"):
        assert header in kafka["required"]
    assert {"overflow", "error"} <= set(doc["channels"][SSE]["messages"])
    schema_files = {p.name for p in (Path("contracts") / "schemas").glob("*.json")}
    embedded = {s["x-schema-file"].split("/")[-1] for s in doc["components"]["schemas"].values()
                if "x-schema-file" in s}  # fmt: skip
    assert embedded == schema_files


def _validator(doc: dict[str, Any], schema_ref: dict[str, Any]) -> Draft202012Validator:
    root = copy.deepcopy(doc)
    root.update(schema_ref)  # validate from the document root, so '#/components/…' resolves
    return Draft202012Validator(root)


async def _stored_events(tmp_path: Path, submission: dict[str, Any]) -> list[Event]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await IngestService(log).ingest_facts(FactsCreate.model_validate(submission))
    events = await log.read_all()
    await log.close()
    return events


async def test_real_events_match_their_messages(
    tmp_path: Path, reference_submission: dict[str, Any]
) -> None:
    doc = json.loads(DOC_PATH.read_text())
    messages = doc["components"]["messages"]
    events = await _stored_events(tmp_path, reference_submission)
    assert len({e.type for e in events}) >= 8
    for event in events:
        sse = messages[f"{event.type}.sse"]
        body = json.loads(event.model_dump_json())  # exactly what `data:` carries
        _validator(doc, sse["payload"]).validate(body)
        kafka = messages[f"{event.type}.kafka"]
        key, value, headers = encode(event.model_dump(mode="json"), content_key(event))
        assert key.decode() == event.stream_id
        _validator(doc, kafka["payload"]).validate(json.loads(value))
        _validator(doc, kafka["headers"]).validate({k: v.decode() for k, v in headers})
    other = messages["MeetingDenied.kafka"]["headers"]
    wrong = {k: v.decode() for k, v in encode(events[0].model_dump(mode="json"), "k")[2]}
    assert not _validator(doc, other).is_valid(wrong)  # ce_type is pinned per message
