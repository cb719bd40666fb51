"""Sealing an event straight into its Kafka message: the writer's per-event hot path.

Byte for byte what `events.records.seal` followed by `binding.encode_sized` gives (the
reference path, kept for the other callers and proven equal in
tests/unit/kafka/test_sealing.py), with less Python per event: one serializer call for the
attributes, no `Sealed` or stored-event dict with `data` put back, and the CloudEvents
headers written field by field in `binding.ATTRIBUTES` order instead of a loop that looks
up and converts every one of the twenty fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, NamedTuple

from pydantic import TypeAdapter
from pydantic_core import to_json

from contracts.chain import RULE, canonical_bytes
from contracts.envelope import Event
from events.kafka.binding import CONTENT_KEY, CONTENT_TYPE, Headers
from events.kafka.render import fast_canonical, plain_model

_DATA_AND_HASH = {"data", "hash"}
# The envelope's fields that may be null but those sealing sets (every other field's type
# admits no None; tests/unit/kafka/test_sealing.py compares with the reference path).
_NULLABLE = ("subject", "valid_time", "correlation_id", "causation_id", "provenance", "attribution")


class Message(NamedTuple):  # a tuple: cheaper to build than a frozen dataclass
    key: bytes
    value: bytes
    headers: Headers
    header_bytes: int  # the headers' names and values, summed once when encoded
    feed: tuple[int, ...] = ()  # the feed partitions it is copied to, in the same transaction

    def size(self) -> int:
        """Upper bound of its size inside a record batch (varint overheads included)."""
        return 32 + len(self.key) + len(self.value) + self.header_bytes + 8 * len(self.headers)


def data_bytes_of(event: Event) -> bytes:
    """The canonical JSON of its data: what the message carries and the chain hashes."""
    return fast_canonical(event.data) or canonical_bytes(data_json(event))


def data_json(event: Event) -> dict[str, Any]:
    """`event.data.model_dump(mode="json")`, without the wrapper's argument handling."""
    data = event.data
    return type(data).__pydantic_serializer__.to_python(data, mode="json")  # type: ignore[no-any-return]


def seal_message(
    event: Event,
    *,
    data_bytes: bytes,
    content_key: str,
    position: int,
    stream_version: int,
    prev_hash: str,
    recorded_at: str,
    feed: tuple[int, ...] = (),
) -> tuple[str, Message]:
    """(hash, message) of `event` sealed at `position` after `prev_hash` (rule in force).
    `data_bytes`: the canonical JSON of its data (the value, and what the chain hashes);
    `recorded_at`: the round's time as the envelope dumps it (JSON mode)."""
    a, attributes = _attributes(event)
    a["position"] = position
    a["stream_version"] = stream_version
    a["recorded_at"] = recorded_at
    a["chain_rule"] = RULE
    a["prev_hash"] = prev_hash
    attributes_bytes = fast_canonical(a) if attributes else None
    if attributes_bytes is None:  # what the fast renderer does not promise: pydantic's dump
        a = _attributes_dumped(event, a)
        attributes_bytes = canonical_bytes(a)
    # contracts.chain.chain_hash (rule 2) without its filtering copy of the attributes
    digest = hashlib.sha256(attributes_bytes + b"\n" + data_bytes).hexdigest()
    headers: Headers = [
        (CONTENT_TYPE, a["datacontenttype"].encode()),
        ("ce_specversion", a["specversion"].encode()),
        ("ce_id", a["id"].encode()),
        ("ce_source", a["source"].encode()),
        ("ce_type", a["type"].encode()),
    ]
    add = headers.append
    names = _FIXED_NAME_BYTES  # the optional headers' names are added as they come
    if (v := a.get("subject")) is not None:
        add(("ce_subject", v.encode()))
        names += 10
    add(("ce_time", a["time"].encode()))
    add(("ce_dataschema", a["dataschema"].encode()))
    add(("ce_schemaversion", str(a["schema_version"]).encode()))
    add(("ce_streamid", a["stream_id"].encode()))
    add(("ce_streamversion", str(stream_version).encode()))
    add(("ce_position", str(position).encode()))
    add(("ce_recordedat", recorded_at.encode()))
    if (v := a.get("valid_time")) is not None:
        add(("ce_validtime", to_json(v)))  # a model or its dump: the same JSON
        names += 12
    if (v := a.get("correlation_id")) is not None:
        add(("ce_correlationid", v.encode()))
        names += 16
    if (v := a.get("causation_id")) is not None:
        add(("ce_causationid", v.encode()))
        names += 14
    if (v := a.get("provenance")) is not None:
        add(("ce_provenance", to_json(v)))
        names += 13
    if (v := a.get("attribution")) is not None:
        add(("ce_attribution", to_json(v)))
        names += 14
    add(("ce_chainrule", _RULE_BYTES))
    add(("ce_prevhash", prev_hash.encode()))
    add(("ce_hash", digest.encode()))
    add((CONTENT_KEY, content_key.encode()))
    size = names + sum([len(raw) for _, raw in headers])
    return digest, Message(a["stream_id"].encode(), data_bytes, headers, size, feed)


def _attributes(event: Event) -> tuple[dict[str, Any], bool]:
    """Rule 2's attributes as the event's own values (nested models unrendered; the log's
    fields are set by the caller), and whether `fast_canonical` may render them: `time`
    is rendered here, as the `ce_time` header needs it."""
    a = {k: v for k, v in event.__dict__.items() if v is not None and k not in _DATA_AND_HASH}
    time = a["time"]
    if type(time) is not dt.datetime or not plain_model(type(event)):
        return a, False
    a["time"] = _TIME.to_python(time, mode="json")
    return a, True


def _attributes_dumped(event: Event, fields: dict[str, Any]) -> dict[str, Any]:
    """The reference: what `event.model_dump(mode="json", exclude={"data", "hash"})` gives,
    null fields dropped, the log's fields from `fields`."""
    a: dict[str, Any] = type(event).__pydantic_serializer__.to_python(
        event, mode="json", exclude=_DATA_AND_HASH
    )
    for name in _NULLABLE:
        if a[name] is None:
            del a[name]
    for name in _LOG_FIELDS:
        a[name] = fields[name]
    return a


_TIME = TypeAdapter(dt.datetime).serializer
_LOG_FIELDS = ("position", "stream_version", "recorded_at", "chain_rule", "prev_hash")
_RULE_BYTES = str(RULE).encode()
# The names of the headers every sealed event has (tests/unit/kafka/test_sealing.py checks
# the sum against the reference encoder, with and without the optional ones).
_FIXED_NAME_BYTES = sum(
    len(name)
    for name in (
        CONTENT_TYPE,
        CONTENT_KEY,
        *(f"ce_{attr}" for attr in ("specversion", "id", "source", "type", "time")),
        *(f"ce_{attr}" for attr in ("dataschema", "schemaversion", "streamid")),
        *(f"ce_{attr}" for attr in ("streamversion", "position", "recordedat")),
        *(f"ce_{attr}" for attr in ("chainrule", "prevhash", "hash")),
    )
)
