"""Broker-free stand-ins for the Kafka records the log's index and decode read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from contracts.envelope import Event
from events.kafka.binding import encode
from events.records import content_key


@dataclass
class FakeRecord:
    """What indexing and decoding use of an aiokafka ConsumerRecord."""

    offset: int
    value: bytes
    headers: list[tuple[str, bytes]]


def stored_records(events: Sequence[Event]) -> list[FakeRecord]:
    """The events as the log's topic would hold them: positions from 1, a stand-in hash,
    offsets with gaps (every other one, as transaction markers leave them)."""
    out = []
    for position, event in enumerate(events, start=1):
        stored = event.model_copy(
            update={"position": position, "hash": f"h{position}", "stream_version": 1}
        ).model_dump(mode="json")
        _, value, headers = encode(stored, content_key(event))
        out.append(FakeRecord(position * 2, value, headers))
    return out
