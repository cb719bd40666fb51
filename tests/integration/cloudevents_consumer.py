"""A Kafka consumer written only from the CloudEvents specs (core 1.0 and the Kafka protocol
binding, binary content mode) and the published schema files: no factstream code.

Binding rules used: a message whose `content-type` header is not
`application/cloudevents...` is in binary mode; every `ce_<name>` header is the attribute
<name> (value: UTF-8 text); `content-type` is `datacontenttype`; the value is `data`, JSON
decoded when datacontenttype is JSON. Core rule used: `dataschema` identifies the schema
that `data` adheres to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

REQUIRED = ("specversion", "id", "source", "type")


def reassemble(value: bytes, headers: list[tuple[str, bytes]]) -> dict[str, Any]:
    event: dict[str, Any] = {}
    for name, raw in headers:
        key = name.lower()
        if key == "content-type":
            event["datacontenttype"] = raw.decode("utf-8")
        elif key.startswith("ce_"):
            event[key[3:]] = raw.decode("utf-8")
    content_type = event.get("datacontenttype", "application/json")
    assert not content_type.startswith("application/cloudevents"), "structured mode"
    is_json = content_type == "application/json" or content_type.endswith("+json")
    event["data"] = json.loads(value) if is_json else value
    return event


class Schemas:
    """Published JSON Schema files, found by their `$id`."""

    def __init__(self, folder: Path) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        for file in sorted(folder.rglob("*.json")):
            schema = json.loads(file.read_text())
            self.by_id[schema["$id"]] = schema
        self.registry: Registry[Any] = Registry().with_resources(
            (i, Resource.from_contents(s)) for i, s in self.by_id.items()
        )
        self._validators: dict[str, Draft202012Validator] = {}

    def errors(self, schema_id: str, instance: Any) -> list[str]:
        if schema_id not in self.by_id:
            return [f"no published schema has $id {schema_id!r}"]
        validator = self._validators.get(schema_id)
        if validator is None:
            validator = Draft202012Validator(
                self.by_id[schema_id],
                registry=self.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[schema_id] = validator
        return [e.message for e in validator.iter_errors(instance)]


def check_message(
    value: bytes, headers: list[tuple[str, bytes]], schemas: Schemas, envelope_id: str
) -> list[str]:
    """Everything a spec-following consumer would find wrong with one message."""
    event = reassemble(value, headers)
    problems = [f"missing required attribute {a!r}" for a in REQUIRED if a not in event]
    if event.get("specversion") != "1.0":
        problems.append(f"specversion {event.get('specversion')!r}")
    if "dataschema" not in event:
        return [*problems, "no dataschema"]
    problems += [f"data: {e}" for e in schemas.errors(event["dataschema"], event["data"])]
    problems += [f"envelope: {e}" for e in schemas.errors(envelope_id, event)]
    return problems
