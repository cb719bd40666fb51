"""Turning a producer's event into the stored record: log fields, hash, conflict key."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from contracts.chain import canonical_bytes, event_hash
from contracts.envelope import Event


def content_key(event: Event) -> str:
    """What an id stands for: a retry may differ in `time`, never in type, stream or data."""
    body = {
        "type": event.type,
        "stream_id": event.stream_id,
        "data": event.data.model_dump(mode="json"),
    }
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def seal(
    event: Event, *, position: int, stream_version: int, prev_hash: str, recorded_at: dt.datetime
) -> tuple[Event, str]:
    """The stored event (log fields and hash filled) and its canonical stored text."""
    unsealed = event.model_copy(
        update={
            "position": position,
            "stream_version": stream_version,
            "recorded_at": recorded_at,
            "prev_hash": prev_hash,
            "hash": None,
        }
    )
    stored: dict[str, Any] = unsealed.model_dump(mode="json")
    stored["hash"] = event_hash(stored)
    return unsealed.model_copy(update={"hash": stored["hash"]}), canonical_bytes(stored).decode()
