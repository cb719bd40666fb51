"""CloudEvents Kafka protocol binding, binary mode: attributes in `ce_*` headers, data as JSON.

The message value is exactly the event's `data` as JSON; every other envelope attribute is a
header (`content-type` carries `datacontenttype`). Extension attributes whose values are
objects (valid_time, provenance, attribution) are JSON strings. One non-CloudEvents header,
`fs-contentkey`, lets the writer rebuild its idempotency index without decoding data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import orjson
from pydantic_core import to_json

from contracts.chain import canonical_bytes
from contracts.envelope import Event, parse_event
from events.records import text_around

Headers = list[tuple[str, bytes]]

CONTENT_TYPE = "content-type"
CONTENT_KEY = "fs-contentkey"
# Envelope field -> CloudEvents attribute name (extensions: lowercase alphanumerics only).
ATTRIBUTES: dict[str, str] = {
    "specversion": "specversion",
    "id": "id",
    "source": "source",
    "type": "type",
    "subject": "subject",
    "time": "time",
    "dataschema": "dataschema",
    "schema_version": "schemaversion",
    "stream_id": "streamid",
    "stream_version": "streamversion",
    "position": "position",
    "recorded_at": "recordedat",
    "valid_time": "validtime",
    "correlation_id": "correlationid",
    "causation_id": "causationid",
    "provenance": "provenance",
    "attribution": "attribution",
    "chain_rule": "chainrule",
    "prev_hash": "prevhash",
    "hash": "hash",
}
FIELD_BY_HEADER: dict[str, str] = {f"ce_{attr}": field for field, attr in ATTRIBUTES.items()}
INT_FIELDS = frozenset({"schema_version", "stream_version", "position", "chain_rule"})
JSON_FIELDS = frozenset({"valid_time", "provenance", "attribution"})


def _json(value: Any) -> bytes:
    # Compact UTF-8 JSON, 8x faster than json.dumps; key order is irrelevant on the wire
    # (the hash chain re-canonicalises the reassembled envelope).
    return to_json(value)


# (envelope field, header name, whether its value is JSON), in header order.
_HEADER_PLAN = tuple((f, f"ce_{attr}", f in JSON_FIELDS) for f, attr in ATTRIBUTES.items())


def encode(
    stored: dict[str, Any], content_key: str, data_bytes: bytes | None = None
) -> tuple[bytes, bytes, Headers]:
    """(key, value, headers) of a stored event given as its JSON-mode dict. The value is
    `data_bytes` (the canonical JSON of its data, which the chain hashes) as given."""
    key, value, headers, _ = encode_sized(stored, content_key, data_bytes)
    return key, value, headers


def encode_sized(
    stored: dict[str, Any], content_key: str, data_bytes: bytes | None = None
) -> tuple[bytes, bytes, Headers, int]:
    """`encode`, and the summed length of the headers' names and values (the writer's
    record-batch budget needs it)."""
    content_type = str(stored["datacontenttype"]).encode()
    headers: Headers = [(CONTENT_TYPE, content_type)]
    size = len(CONTENT_TYPE) + len(content_type)
    for field, name, is_json in _HEADER_PLAN:
        value = stored.get(field)
        if value is not None:
            raw = _json(value) if is_json else str(value).encode()
            headers.append((name, raw))
            size += len(name) + len(raw)
    raw_key = content_key.encode()
    headers.append((CONTENT_KEY, raw_key))
    size += len(CONTENT_KEY) + len(raw_key)
    if data_bytes is None:
        data_bytes = canonical_bytes(stored["data"])
    return str(stored["stream_id"]).encode(), data_bytes, headers, size


def envelope_dict(value: bytes, headers: Iterable[tuple[str, bytes]]) -> dict[str, Any]:
    """The JSON-mode envelope dict of a message (the inverse of `encode`)."""
    out = attributes(headers)
    out["data"] = orjson.loads(value)  # a few times faster than json.loads, same values
    return out


# header name -> (envelope field, how its value is read): one lookup and one call per
# header; the content key is read under its own name and taken out at the end
_READ: dict[str, tuple[str, Callable[[bytes], Any]]] = {
    name: (
        field,
        orjson.loads if field in JSON_FIELDS else int if field in INT_FIELDS else bytes.decode,
    )
    for name, field in FIELD_BY_HEADER.items()
}
_READ[CONTENT_TYPE] = ("datacontenttype", bytes.decode)
_READ[CONTENT_KEY] = (CONTENT_KEY, bytes.decode)


def attributes(headers: Iterable[tuple[str, bytes]]) -> dict[str, Any]:
    """The envelope's attributes (every field but `data`) a message's headers carry."""
    return read_headers(headers if isinstance(headers, list | tuple) else list(headers))[0]


def read_headers(
    headers: Sequence[tuple[str, bytes]],
) -> tuple[dict[str, Any], str | None, bool]:
    """One pass over a message's headers: its attributes (a repeated header's last value,
    as `attributes`), its content key (`fs-contentkey`) and whether a header we read was
    repeated (then `header`, which takes the first, may say otherwise)."""
    out: dict[str, Any] = {}
    read = _READ.get
    other = 0
    for name, raw in headers:
        how = read(name)
        if how is None:
            other += 1
        else:
            out[how[0]] = how[1](raw)
    key = out.pop(CONTENT_KEY, None)
    return out, key, len(out) + (key is not None) + other != len(headers)


def decode(value: bytes, headers: Iterable[tuple[str, bytes]]) -> Event:
    return parse_event(envelope_dict(value, headers))


def stored_text(value: bytes, headers: Iterable[tuple[str, bytes]]) -> str:
    """The stored text of a message that the chain checks (contracts/chain.py).

    Rule 2: the canonical JSON of the attributes with the value written verbatim as
    `data`, so the bytes checked are the bytes stored (a value not in canonical form is
    named by the audit). Rule 1: the canonical JSON of the validated envelope re-dumped,
    as the rule was defined (null attributes have no header but were hashed)."""
    found = attributes(headers)
    if found.get("chain_rule") is not None:
        return text_around(found, value).decode(errors="replace")
    event = Event.model_validate({**found, "data": orjson.loads(value)})
    return canonical_bytes(event.model_dump(mode="json", exclude={"chain_rule"})).decode()


def header(headers: Sequence[tuple[str, bytes]], name: str) -> str | None:
    for key, raw in headers:
        if key == name:
            return raw.decode()
    return None
