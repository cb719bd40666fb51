"""Turning a producer's event into the stored record: log fields, hash, conflict key."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from typing import Any, NamedTuple

import orjson
from pydantic import TypeAdapter

from contracts.chain import RULE, canonical_bytes, chain_hash
from contracts.envelope import Event


def content_key(event: Event, data: dict[str, Any] | None = None) -> str:
    """What an id stands for: a retry may differ in `time`, never in type, stream or data.
    `data`: the event's data in JSON mode, when the caller has it already."""
    data_json = event.data.model_dump(mode="json") if data is None else data
    return content_key_of(event, canonical_bytes(data_json))


def content_key_of(event: Event, data_bytes: bytes) -> str:
    """`content_key` from the canonical JSON of the data: sha256 of the canonical JSON of
    {"data", "stream_id", "type"}, assembled around the bytes (keys in sorted order)."""
    body = b"".join(
        (
            b'{"data":',
            data_bytes,
            b',"stream_id":',
            _json_string(event.stream_id),
            b',"type":',
            _json_string(event.type),
            b"}",
        )
    )
    return hashlib.sha256(body).hexdigest()


def _json_string(text: str) -> bytes:
    # A plain str renders the same through orjson as through the reference encoder (the
    # float caveat of `canonical_bytes` does not apply): skip its checks.
    return orjson.dumps(text) if type(text) is str else canonical_bytes(text)


# Stands for `data` while the rest of a stored event is rendered; the data bytes replace it.
_DATA_MARK = "\x00factstream-data\x00"
_DATA_SLOT = b'"data":' + canonical_bytes(_DATA_MARK)


def text_around(attributes: dict[str, Any], data_bytes: bytes) -> bytes:
    """The canonical JSON of a stored event (its fields but `data`, and the data bytes),
    with the data bytes written verbatim in their slot."""
    rendered = canonical_bytes({**attributes, "data": _DATA_MARK})
    return rendered.replace(_DATA_SLOT, b'"data":' + data_bytes, 1)


class Sealed(NamedTuple):
    stored: dict[str, Any]  # the stored event, JSON mode, hash included
    hash: str
    data_bytes: bytes  # the canonical JSON of `data`: what the chain hashes, stored as is

    @property
    def text(self) -> str:
        """Its canonical JSON: what the SQLite log keeps (the Kafka log keeps `stored`)."""
        attributes = {k: v for k, v in self.stored.items() if k != "data"}
        return text_around(attributes, self.data_bytes).decode()


_RECORDED_AT: TypeAdapter[dt.datetime] = TypeAdapter(dt.datetime)


@functools.lru_cache(maxsize=4)
def recorded_at_json(recorded_at: dt.datetime) -> str:
    """As the envelope dumps it; a round seals all its events with one time."""
    return _RECORDED_AT.dump_python(recorded_at, mode="json")  # type: ignore[no-any-return]


def seal(
    event: Event,
    *,
    position: int,
    stream_version: int,
    prev_hash: str,
    recorded_at: dt.datetime,
    data: dict[str, Any] | None = None,
    data_bytes: bytes | None = None,
) -> Sealed:
    """The stored event: the producer's event with the log's fields filled and its hash,
    by the chain rule in force (`contracts.chain.RULE`).

    `data`: its data in JSON mode and `data_bytes` their canonical JSON, if the caller has
    them; the log's fields are written in the same JSON mode the envelope uses, so
    `Event.model_validate(stored)` gives back exactly this event."""
    stored: dict[str, Any] = event.model_dump(mode="json", exclude={"data"})
    if data is None:
        data = event.data.model_dump(mode="json")
    if data_bytes is None:
        data_bytes = canonical_bytes(data)
    stored["position"] = position
    stored["stream_version"] = stream_version
    stored["recorded_at"] = recorded_at_json(recorded_at)
    stored["chain_rule"] = RULE
    stored["prev_hash"] = prev_hash
    digest = chain_hash(stored, data_bytes)
    stored["hash"] = digest
    stored["data"] = data
    return Sealed(stored, digest, data_bytes)
