"""Broker-free stand-ins for the Kafka records the log's index and decode read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FakeRecord:
    """What indexing and decoding use of an aiokafka ConsumerRecord."""

    offset: int
    value: bytes
    headers: list[tuple[str, bytes]]
