"""Events sealed by chain rule 1, as the logs stored them before rules had versions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contracts.chain import canonical_bytes, event_hash
from contracts.envelope import Event
from events.kafka.binding import Headers, encode
from events.records import content_key


def seal_rule_1(
    event: Event, *, position: int, stream_version: int, prev_hash: str, recorded_at: dt.datetime
) -> tuple[dict[str, Any], str, str]:
    """(stored event, hash, stored text) by rule 1: no `chain_rule` field, the hash over
    the canonical JSON of the whole dumped event without `hash`."""
    stored = event.model_dump(mode="json", exclude={"chain_rule"})
    stored.update(
        position=position,
        stream_version=stream_version,
        recorded_at=recorded_at.isoformat().replace("+00:00", "Z"),
        prev_hash=prev_hash,
        hash=None,
    )
    stored["hash"] = digest = event_hash(stored)
    return stored, digest, canonical_bytes(stored).decode()


def message_rule_1(
    event: Event, *, position: int, stream_version: int, prev_hash: str, recorded_at: dt.datetime
) -> tuple[bytes, bytes, Headers, str]:
    """(key, value, headers, hash) of a Kafka message written by rule 1."""
    stored, digest, _ = seal_rule_1(
        event,
        position=position,
        stream_version=stream_version,
        prev_hash=prev_hash,
        recorded_at=recorded_at,
    )
    key, value, headers = encode(stored, content_key(event))
    return key, value, headers, digest
