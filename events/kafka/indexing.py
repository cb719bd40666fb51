"""Indexing the log's records (events/kafka/index.py) from their headers, catching the index
up with the topic, and decoding the records.

A reader that keeps the records it indexes (a catch-up, a replay) parses each one's headers
once: the index takes its five fields from the attributes the decode then uses.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TypeAlias

import orjson

from contracts.envelope import Event, parse_event
from contracts.upcasting import UPCASTERS, upcast
from events.kafka.binding import CONTENT_KEY, attributes, header, read_headers
from events.kafka.index import Entry, StreamIndex
from events.kafka.reader import Record, TopicReader
from events.port import EventLogError
from events.trusted import trusted_from_dict


def index_parsed(index: StreamIndex, record: Record) -> dict[str, Any] | None:
    """`index_record` from one parse of all the headers, whose attributes it returns
    (None, indexed the plain way, when they do not parse or a header repeats)."""
    try:
        found, key, repeated = read_headers(record.headers)
    except Exception:  # the decode will say what is wrong; the index only needs 5
        found, repeated = None, True
    if repeated:
        index_record(index, record)
        return None
    assert found is not None
    event_id, stream_id = found.get("id"), found.get("stream_id")
    version, hash_ = found.get("stream_version"), found.get("hash")
    if None in (event_id, stream_id, version, hash_, key):
        raise EventLogError(f"record at offset {record.offset} is not a factstream event")
    assert event_id and stream_id and hash_ and key and version is not None
    entry = Entry(key, index.head + 1, version, stream_id)
    index.add(event_id, entry, hash_, record.offset)
    return found


def index_record(index: StreamIndex, record: Record) -> int:
    """Index the next committed record; returns its position. A position is the
    record's rank among committed records: an honest record's `ce_position` says the
    same; a forged or misplaced one keeps its slot and the audit names it there."""
    headers = list(record.headers)
    event_id, stream_id = header(headers, "ce_id"), header(headers, "ce_streamid")
    version, hash_ = header(headers, "ce_streamversion"), header(headers, "ce_hash")
    key = header(headers, CONTENT_KEY)
    if None in (event_id, stream_id, version, hash_, key):
        raise EventLogError(f"record at offset {record.offset} is not a factstream event")
    assert event_id and stream_id and version and hash_ and key
    position = index.head + 1
    entry = Entry(key, position, int(version), stream_id)
    index.add(event_id, entry, hash_, record.offset)
    return position


def envelope(record: Record, found: dict[str, Any] | None) -> dict[str, Any]:
    """`binding.envelope_dict` of a record, from its attributes when already parsed."""
    out = attributes(record.headers) if found is None else found
    out["data"] = orjson.loads(record.value)
    return out


# what a read makes of a record, given its attributes when the index parsed them
Build: TypeAlias = Callable[[Record, dict[str, Any] | None], Any]


def raw_record(record: Record, found: dict[str, Any] | None) -> Record:
    return record


def validated(record: Record, found: dict[str, Any] | None) -> Event:
    return parse_event(envelope(record, found))


def trusted(record: Record, found: dict[str, Any] | None) -> Event:
    return trusted_from_dict(envelope(record, found), True)


def picked_dicts(kinds: Collection[str]) -> Build:
    """A rebuild's read from plain dicts (`services/projections/trusted_record.py`): the
    envelope dict (upcast) of a record whose type is in `kinds`, None for the others, whose
    data is not decoded (articles, a third of the log, feed no read model)."""

    def build(record: Record, found: dict[str, Any] | None) -> dict[str, Any] | None:
        out = attributes(record.headers) if found is None else found
        if out.get("type") not in kinds:
            return None
        out["data"] = orjson.loads(record.value)
        return upcast(out) if UPCASTERS else out

    return build


# records asked of the broker per round trip while the index catches up
SYNC_CHUNK = 20_000


async def catch_up(
    index: StreamIndex,
    reader: TopicReader,
    enough: int | None = None,
    keep_after: int | None = None,
    build: Build = raw_record,
) -> list[Any]:
    """Catch the index up with records other processes (or a lost ack) put on the topic:
    to its end, or only until it covers position `enough`. Returns what `build` makes of
    the records read with keep_after < position <= enough (a reader following the log
    reads them once), from the attributes the index parsed (headers parsed once, one
    record's at a time). What `build` refuses is raised once the index holds it all.
    The caller holds the index's lock."""
    kept: list[Any] = []
    refused: Exception | None = None
    end = await reader.end_offset()
    while index.next_offset < end and (enough is None or index.head < enough):
        records, index.next_offset = await reader.read_from(index.next_offset, end, SYNC_CHUNK)
        for record in records:
            position = index.head + 1
            keep = keep_after is not None and keep_after < position
            keep = keep and (enough is None or position <= enough)  # within the limit
            if not keep or build is raw_record:  # nothing to decode: 5 headers
                index_record(index, record)
                kept += [record] if keep else []
                continue
            found = index_parsed(index, record)
            if refused is None:
                try:
                    kept.append(build(record, found))
                except Exception as exc:  # as the decode after the read did
                    refused = exc
    if refused is not None:
        raise refused
    return kept
