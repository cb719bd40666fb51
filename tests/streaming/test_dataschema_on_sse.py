"""On SSE (structured: the whole envelope in `data:`), `dataschema` names the published
schema of the event's `data` alone, and that data validates against it."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator

from contracts.export import SCHEMA_DIR
from tests.streaming.conftest import StartServer
from tests.streaming.sse import open_stream


def test_sse_dataschema_names_the_data_schema(
    make_server: StartServer, reference_submission: dict[str, Any]
) -> None:
    server = make_server()
    appended = server.append("dataschema-1", reference_submission["facts"])
    schemas = {
        (doc := json.loads(p.read_text()))["$id"]: doc for p in (SCHEMA_DIR / "data").glob("*")
    }
    with open_stream(server.url, {"after": 0}) as stream:
        frames = stream.take(len(appended["event_ids"]))
    for frame in frames:
        envelope = frame.data
        schema = schemas[envelope["dataschema"]]  # KeyError: names no data schema
        errors = list(Draft202012Validator(schema).iter_errors(envelope["data"]))
        assert not errors, (frame.event, errors[0].message)
    assert {f.event for f in frames} >= {"ArticleIngested", "MeetingAnnounced"}
