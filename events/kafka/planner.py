"""Deciding what one append writes: duplicates, id conflicts, expected version, hash chain.

Pure: works on an `Overlay` of the index, so a refused append leaves no trace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from contracts.envelope import Event
from events.kafka.feed import Feed
from events.kafka.index import Entry, Overlay
from events.kafka.sealing import Message, data_bytes_of, seal_message
from events.port import Appended, EventIdConflict, WrongExpectedVersion
from events.records import content_key_of, recorded_at_json

__all__ = ["Message", "Plan", "plan_append"]


@dataclass(frozen=True)
class Plan:
    appended: tuple[Appended, ...]
    messages: tuple[Message, ...]
    head: int


def plan_append(
    overlay: Overlay,
    events: Sequence[Event],
    expected_version: int | None,
    now: dt.datetime,
    feed: Feed | None = None,
) -> Plan:
    """Seal the new events of one append on top of `overlay` (which it updates)."""
    if expected_version is not None and len({e.stream_id for e in events}) > 1:
        raise ValueError("an append with an expected version must target one stream")
    fresh: dict[str, tuple[Event, str, bytes]] = {}
    for event in events:
        data_bytes = data_bytes_of(event)  # the value, and what the chain hashes
        key = content_key_of(event, data_bytes)
        known = overlay.lookup(event.id)
        if known is not None:
            stored_key = known.content_key
        else:
            stored_key = fresh[event.id][1] if event.id in fresh else key
        if stored_key != key:
            raise EventIdConflict(event.id)
        if known is None:
            fresh.setdefault(event.id, (event, key, data_bytes))
    if fresh and expected_version is not None:
        stream_id = events[0].stream_id
        actual = overlay.version(stream_id)
        if actual != expected_version:
            raise WrongExpectedVersion(stream_id, expected_version, actual)
    messages: list[Message] = []
    recorded_at = recorded_at_json(now)
    for event, key, data_bytes in fresh.values():
        version = overlay.version(event.stream_id) + 1
        position = overlay.head + 1
        digest, message = seal_message(
            event,
            data_bytes=data_bytes,
            content_key=key,
            position=position,
            stream_version=version,
            prev_hash=overlay.last_hash,
            recorded_at=recorded_at,
            feed=feed.targets(event) if feed is not None else (),
        )
        messages.append(message)
        overlay.add(event.id, Entry(key, position, version, event.stream_id), digest)
    return Plan(_report(overlay, events), tuple(messages), overlay.head)


def _report(overlay: Overlay, events: Sequence[Event]) -> tuple[Appended, ...]:
    """One Appended per input event; only the first occurrence of a new id is not a duplicate."""
    new_ids = set(overlay.ids)
    out: list[Appended] = []
    for event in events:
        entry = overlay.lookup(event.id)
        assert entry is not None
        first = event.id in new_ids
        new_ids.discard(event.id)
        out.append(Appended(event.id, entry.position, entry.stream_version, duplicate=not first))
    return tuple(out)
