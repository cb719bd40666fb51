"""Turning a producer's event into the stored record: log fields, hash, conflict key."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from contracts.chain import canonical_bytes, event_hash
from contracts.envelope import Event


def content_key(event: Event, data: dict[str, Any] | None = None) -> str:
    """What an id stands for: a retry may differ in `time`, never in type, stream or data.
    `data`: the event's data in JSON mode, when the caller has it already."""
    body = {
        "type": event.type,
        "stream_id": event.stream_id,
        "data": event.data.model_dump(mode="json") if data is None else data,
    }
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


class Sealed(NamedTuple):
    stored: dict[str, Any]  # the stored event, JSON mode, hash included
    hash: str

    @property
    def text(self) -> str:
        """Its canonical JSON: what the SQLite log keeps (the Kafka log keeps `stored`)."""
        return canonical_bytes(self.stored).decode()


_RECORDED_AT: TypeAdapter[dt.datetime] = TypeAdapter(dt.datetime)


def seal(
    event: Event,
    *,
    position: int,
    stream_version: int,
    prev_hash: str,
    recorded_at: dt.datetime,
    data: dict[str, Any] | None = None,
) -> Sealed:
    """The stored event: the producer's event with the log's fields filled and its hash.

    One JSON-mode dump of the event (`data`: its data in JSON mode, if already dumped); the
    log's fields are written in the same JSON mode the envelope uses, so
    `Event.model_validate(stored)` gives back exactly this event."""
    if data is None:
        stored: dict[str, Any] = event.model_dump(mode="json")
    else:
        stored = event.model_dump(mode="json", exclude={"data"})
        stored["data"] = data
    stored["position"] = position
    stored["stream_version"] = stream_version
    stored["recorded_at"] = _RECORDED_AT.dump_python(recorded_at, mode="json")
    stored["prev_hash"] = prev_hash
    stored["hash"] = None
    digest = event_hash(stored)
    stored["hash"] = digest
    return Sealed(stored, digest)
