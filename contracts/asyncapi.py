"""The stream's contract as an AsyncAPI 3.0 document: the SSE endpoint and the Kafka topic.

    python -m contracts.asyncapi write   # after an intended change
    python -m contracts.asyncapi check   # in CI: fails when contracts/asyncapi.json drifts

Payload schemas are the ones exported to contracts/schemas/ (same models), embedded with
their shared `$defs` hoisted into components/schemas. Kafka messages use the CloudEvents
Kafka binding in binary mode (see events/kafka/binding.py): attributes in `ce_*` headers,
the value is the event's `data` only, the key its stream id.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from contracts.envelope import dataschema_for
from contracts.export import current_schemas

DOC_PATH = Path(__file__).parent / "asyncapi.json"
SSE = "eventStream"
KAFKA = "factstreamEvents"


def _topic() -> str:
    # The topic name lives with the other settings; its default, not the environment,
    # is the contract (so generation is deterministic).
    from services.settings import Settings

    topic: str = Settings.model_fields["topic"].default
    return topic


# -- schemas ------------------------------------------------------------------------------
def _rewrite(node: Any) -> Any:
    """`#/$defs/X` -> `#/components/schemas/X` (refs must resolve from the document root)."""
    if isinstance(node, dict):
        return {k: _ref(v) if k == "$ref" else _rewrite(v) for k, v in node.items()}
    return [_rewrite(v) for v in node] if isinstance(node, list) else node


def _ref(ref: str) -> str:
    return ref.replace("#/$defs/", "#/components/schemas/")


def hoist(
    schema: dict[str, Any], key: str, into: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """Embed an exported envelope schema under `key`, its `$defs` shared by name.

    Returns refs to the envelope (the SSE payload) and to its data (the Kafka value)."""
    body = _rewrite({k: v for k, v in schema.items() if k not in ("$defs", "$id", "$schema")})
    body["x-schema-file"] = f"contracts/schemas/{key}.json"
    body["x-envelope-schema"] = schema["$id"]
    for name, definition in _rewrite(schema.get("$defs", {})).items():
        if into.setdefault(name, definition) != definition:
            raise ValueError(f"two exported schemas define {name!r} differently")
    into[key] = body
    return {"$ref": f"#/components/schemas/{key}"}, body["properties"]["data"]


# -- messages -----------------------------------------------------------------------------
_HEADER_DOCS = {
    "specversion": "CloudEvents spec version.",
    "id": "Event id (idempotency key).",
    "source": "Producer URI.",
    "type": "The event type.",
    "subject": "The stream id.",
    "time": "When the producer observed the fact (RFC 3339).",
    "dataschema": "$id of the schema `data` adheres to (contracts/schemas/data/).",
    "schema_version": "Payload schema version (integer as text).",
    "stream_id": "The stream id (also the message key).",
    "stream_version": "Version of the stream after this event (integer as text).",
    "position": "Global log position (integer as text).",
    "recorded_at": "When the log stored the event (RFC 3339).",
    "valid_time": "World date of the fact, a PartialDate as JSON text.",
    "correlation_id": "Correlation id.",
    "causation_id": "Id of the event or command that caused this one.",
    "provenance": "Provenance (article, evidence, extractor) as JSON text.",
    "attribution": "Attribution (who claims it, modality) as JSON text.",
    "chain_rule": "The hash-chain rule the log sealed it with (integer as text); absent: rule 1.",
    "prev_hash": "Hash of the previous event (the chain).",
    "hash": "sha256 of this event's content and prev_hash.",
}
_REQUIRED = {"specversion", "id", "source", "type", "time", "dataschema", "schema_version",
             "stream_id", "stream_version", "position", "recorded_at", "attribution",
             "prev_hash", "hash"}  # fmt: skip


def kafka_headers(name: str, version: int) -> dict[str, Any]:
    # The binding is the one source of header names; imported here to keep the layering
    # (contracts do not depend on the adapters at import time).
    from events.kafka.binding import ATTRIBUTES, CONTENT_KEY, CONTENT_TYPE

    props: dict[str, Any] = {
        CONTENT_TYPE: {"type": "string", "const": "application/json"},
        CONTENT_KEY: {"type": "string", "description": "factstream's idempotency index key."},
    }
    for field, attr in ATTRIBUTES.items():
        props[f"ce_{attr}"] = {"type": "string", "description": _HEADER_DOCS[field]}
    props["ce_specversion"]["const"] = "1.0"
    props["ce_type"]["const"] = name
    props["ce_dataschema"]["const"] = dataschema_for(name, version)
    required = [CONTENT_TYPE, *(f"ce_{a}" for f, a in ATTRIBUTES.items() if f in _REQUIRED)]
    return {"type": "object", "properties": props, "required": required}


def sse_message(name: str, payload: dict[str, str], dataschema: str) -> dict[str, Any]:
    return {
        "name": name,
        "title": f"{name} (SSE)",
        "summary": f"`event: {name}`, `id: <position>`, `data:` the whole envelope.",
        "contentType": "application/json",
        "payload": payload,
        "x-sse": {"event": name, "id": "the event's position", "dataschema": dataschema},
    }


def kafka_message(name: str, data: dict[str, str], headers: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "title": f"{name} (Kafka)",
        "summary": "CloudEvents binary mode: attributes in ce_* headers, value is `data`.",
        "contentType": "application/json",
        "headers": headers,
        "payload": data,
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": "The stream id."},
                "bindingVersion": "0.5.0",
            }
        },
    }


_CURSOR = {"type": "integer", "minimum": 0}


def _control(name: str, summary: str, extra: dict[str, Any]) -> dict[str, Any]:
    """A last frame of an SSE stream: its `id:` is the cursor to resume from."""
    props = {"reason": {"type": "string"}, "last_position": _CURSOR, **extra}
    return {
        "name": name,
        "title": f"{name} (SSE, last frame)",
        "summary": summary,
        "contentType": "application/json",
        "payload": {"type": "object", "properties": props, "required": ["reason", "last_position"]},
    }


CONTROL_MESSAGES: dict[str, dict[str, Any]] = {
    "overflow": _control(
        "overflow",
        "The client fell behind its bounded buffer and is disconnected; `id:` is the last "
        "delivered position: reconnect with it as Last-Event-ID.",
        {
            "buffer": {"type": "integer", "description": "Buffer size, in events."},
            "resume": {"type": "string"},
        },
    ),
    "error": _control(
        "error",
        "The live feed stopped (server shutdown or a log failure); reconnect with the `id:` "
        "as Last-Event-ID.",
        {},
    ),
}
SSE_QUERY: dict[str, Any] = {
    "type": "object",
    "properties": {
        "after": {**_CURSOR, "description": "Resume after this position (Last-Event-ID wins)."},
        "type": {"type": "array", "items": {"type": "string"},
                 "description": "Type names or prefixes ending in `*`; repeatable."},
        "stream": {"type": "string", "description": "One stream id."},
        "entity": {"type": "array", "items": {"type": "string"},
                   "description": "Entity ids anywhere in the data (e.g. `lachin-district`)."},
    },
}  # fmt: skip


# -- the document -------------------------------------------------------------------------
def build() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    sse: dict[str, Any]
    kafka: dict[str, Any]
    sse, kafka = {}, {}
    for filename, schema in sorted(current_schemas().items()):
        name, version = schema["title"], int(filename.split(".v")[1].split(".")[0])
        envelope, data = hoist(schema, f"{name}.v{version}", schemas)
        messages[f"{name}.sse"] = sse_message(name, envelope, dataschema_for(name, version))
        messages[f"{name}.kafka"] = kafka_message(name, data, kafka_headers(name, version))
        sse[name] = {"$ref": f"#/components/messages/{name}.sse"}
        kafka[name] = {"$ref": f"#/components/messages/{name}.kafka"}
    for key, message in CONTROL_MESSAGES.items():
        messages[key] = message
        sse[key] = {"$ref": f"#/components/messages/{key}"}
    topic = _topic()
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "factstream events",
            # 2.0.0: `dataschema` names the schema of `data` alone (data/<Type>.v<N>.json),
            # no longer the whole envelope's.
            # 2.1.0: the topic is written in Kafka transactions (a fenced single writer):
            # consume read_committed; positions are in `ce_position`, not offset + 1.
            "version": "2.1.0",
            "description": "Facts from conflict news as immutable, audited events, in one "
            "totally ordered log. Follow it over Server-Sent Events (`GET /events/stream`), "
            f"or consume the Kafka topic `{topic}` with your own consumer group. "
            "Every event is a CloudEvents 1.0 envelope; `position` is its global order.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "api": {"host": "127.0.0.1:8000", "protocol": "http", "description": "The API."},
            "kafka": {"host": "127.0.0.1:19092", "protocol": "kafka", "description": "Kafka."},
        },
        "channels": {
            SSE: {
                "address": "/events/stream",
                "title": "Server-Sent Events",
                "description": "`text/event-stream`. Each event is a frame `id: <position>`, "
                "`event: <type>`, `data: <envelope JSON>`. The first frame sets `retry:` and "
                "`id:` to the starting cursor. Resume with the `Last-Event-ID` header (or "
                "`?after=`): catch-up from the log, then live, with no gap and no duplicate. "
                "Idle streams get `: heartbeat` comment lines. A client whose buffer "
                "overflows gets a final `overflow` event whose `id` is its resume cursor.",
                "servers": [{"$ref": "#/servers/api"}],
                "messages": sse,
            },
            KAFKA: {
                "address": topic,
                "title": "The event log topic",
                "description": "One message per event, keyed by stream id (one stream stays "
                "in order on one partition). CloudEvents Kafka binding, binary mode. The log "
                "is written in Kafka transactions by one fenced writer: consume with "
                "`isolation.level=read_committed` (a fenced writer's aborted records stay in "
                "the partition), and take an event's position from its `ce_position` header "
                "(commit markers take offsets: the position is not offset + 1).",
                "servers": [{"$ref": "#/servers/kafka"}],
                "messages": kafka,
                "bindings": {"kafka": {"topic": topic, "bindingVersion": "0.5.0"}},
            },
        },
        "operations": {
            "followEventStream": {
                "action": "receive",
                "title": "Follow the log over SSE",
                "channel": {"$ref": f"#/channels/{SSE}"},
                "messages": [{"$ref": f"#/channels/{SSE}/messages/{k}"} for k in sse],
                "bindings": {
                    "http": {"method": "GET", "query": SSE_QUERY, "bindingVersion": "0.3.0"}
                },
            },
            "consumeEvents": {
                "action": "receive",
                "title": "Consume the topic with your own consumer group",
                "channel": {"$ref": f"#/channels/{KAFKA}"},
                "messages": [{"$ref": f"#/channels/{KAFKA}/messages/{k}"} for k in kafka],
                "bindings": {
                    "kafka": {
                        "groupId": {"type": "string", "description": "Your own group id."},
                        "bindingVersion": "0.5.0",
                    }
                },
            },
        },
        "components": {"schemas": schemas, "messages": messages},
    }


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def rendered() -> str:
    return render(build())


def check() -> list[str]:
    if not DOC_PATH.exists():
        return [f"{DOC_PATH.name}: missing; run `python -m contracts.asyncapi write`"]
    if DOC_PATH.read_text() != rendered():
        return [
            f"{DOC_PATH.name}: differs from the models; run `python -m contracts.asyncapi write`"
        ]
    return []


def main(argv: list[str]) -> int:
    if argv[1:] == ["write"]:
        DOC_PATH.write_text(rendered())
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("asyncapi: ok" if not problems else "asyncapi: out of date")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
