"""The CloudEvents schemas: one for each event type's `data` alone (what `dataschema` names)
and one for the envelope as the Kafka binding carries it (attributes by their CloudEvents
names, each value in its canonical string form, `data` the decoded value).

A consumer that knows only the CloudEvents specs reassembles a binary-mode message into
exactly that envelope: `ce_<name>` headers become attributes, `content-type` becomes
`datacontenttype`, the value becomes `data`.
"""

from __future__ import annotations

from typing import Any

from contracts.envelope import EVENT_TYPES, dataschema_for

ENVELOPE_SCHEMA_ID = "urn:factstream:schema:envelope:v1"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_INTEGER = {"type": "string", "pattern": "^[0-9]+$"}
_TIME = {"type": "string", "format": "date-time"}
_JSON_TEXT = {"type": "string", "contentMediaType": "application/json"}
# Attribute -> its schema (canonical string forms of the CloudEvents type system).
_ATTRIBUTES: dict[str, tuple[dict[str, Any], str]] = {
    "specversion": ({"const": "1.0"}, "CloudEvents spec version."),
    "id": ({"type": "string", "minLength": 1, "maxLength": 200}, "Event id (idempotency key)."),
    "source": ({"type": "string", "format": "uri-reference"}, "Producer URI."),
    "type": ({"type": "string", "minLength": 1}, "The event type."),
    "subject": ({"type": "string"}, "The stream id."),
    "time": (_TIME, "When the producer observed the fact."),
    "datacontenttype": ({"const": "application/json"}, "Media type of data."),
    "dataschema": (
        {"type": "string", "format": "uri", "pattern": "^urn:factstream:schema:data:"},
        "$id of the schema `data` adheres to (contracts/schemas/data/).",
    ),
    "schemaversion": (_INTEGER, "Version of the data schema."),
    "streamid": ({"type": "string", "minLength": 1}, "The stream id (the message key)."),
    "streamversion": (_INTEGER, "Version of the stream after this event."),
    "position": (_INTEGER, "Global log position."),
    "recordedat": (_TIME, "When the log stored the event."),
    "validtime": (_JSON_TEXT, "World date of the fact: a PartialDate as JSON text."),
    "correlationid": ({"type": "string"}, "Correlation id."),
    "causationid": ({"type": "string"}, "Id of the event that caused this one."),
    "provenance": (_JSON_TEXT, "Provenance (article, evidence, extractor) as JSON text."),
    "attribution": (_JSON_TEXT, "Attribution (who claims it, modality) as JSON text."),
    "chainrule": (_INTEGER, "The hash-chain rule the log sealed it with; absent: rule 1."),
    "prevhash": ({"type": "string", "pattern": "^[0-9a-f]{64}$"}, "Hash of the event before."),
    "hash": ({"type": "string", "pattern": "^[0-9a-f]{64}$"}, "sha256 by the chain rule."),
}
_REQUIRED = ["specversion", "id", "source", "type", "time", "datacontenttype", "dataschema",
             "schemaversion", "streamid", "streamversion", "position", "recordedat",
             "attribution", "prevhash", "hash", "data"]  # fmt: skip


def envelope_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        name: {**schema, "description": doc} for name, (schema, doc) in _ATTRIBUTES.items()
    }
    properties["data"] = {
        "type": "object",
        "description": "The event's data; it adheres to the schema `dataschema` names.",
    }
    return {
        "$schema": DRAFT,
        "$id": ENVELOPE_SCHEMA_ID,
        "title": "CloudEvent",
        "description": "A factstream event as a CloudEvents 1.0 event (Kafka binary mode "
        "reassembled): attribute names as in the `ce_` headers, values as strings.",
        "type": "object",
        "properties": properties,
        "required": _REQUIRED,
        "additionalProperties": False,
    }


def data_schemas() -> dict[str, dict[str, Any]]:
    """data/<Type>.v<N>.json -> the JSON Schema of that type's `data` alone."""
    out: dict[str, dict[str, Any]] = {}
    for data_type in EVENT_TYPES:
        name = data_type.model_fields["kind"].default
        schema = data_type.model_json_schema()
        schema["title"] = name
        schema["$id"] = dataschema_for(name, data_type.VERSION)
        schema["$schema"] = DRAFT
        out[f"data/{name}.v{data_type.VERSION}.json"] = schema
    return out


def cloudevents_schemas() -> dict[str, dict[str, Any]]:
    return {**data_schemas(), "envelope/CloudEvent.v1.json": envelope_schema()}
