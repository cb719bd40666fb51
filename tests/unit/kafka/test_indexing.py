"""Indexing a record from one parse of its headers gives the same index and the same
decoded envelope as the plain way (the index's five headers, then the decode's own parse),
for honest records, repeated headers, headers that do not parse and foreign records."""

from __future__ import annotations

from typing import Any

import pytest

from events.kafka.binding import CONTENT_KEY, attributes, envelope_dict, read_headers
from events.kafka.index import StreamIndex
from events.kafka.indexing import envelope, index_parsed, index_record
from events.port import EventLogError
from tests.support.history import synthetic_history
from tests.support.kafka_records import FakeRecord, stored_records


def _records() -> list[FakeRecord]:
    return stored_records(synthetic_history(40))


def _index(records: list[FakeRecord], parsed: bool) -> tuple[StreamIndex, list[Any]]:
    index, found = StreamIndex(), []
    for record in records:
        if parsed:
            found.append(index_parsed(index, record))  # type: ignore[arg-type]
        else:
            index_record(index, record)  # type: ignore[arg-type]
            found.append(None)
    return index, found


def test_one_parse_indexes_and_decodes_as_the_plain_way() -> None:
    records = _records()
    plain, _ = _index(records, parsed=False)
    fast, found = _index(records, parsed=True)
    assert fast == plain
    for record, attrs in zip(records, found, strict=True):
        assert attrs is not None
        assert envelope(record, attrs) == envelope_dict(record.value, record.headers)  # type: ignore[arg-type]
        assert envelope(record, None) == envelope_dict(record.value, record.headers)  # type: ignore[arg-type]


def test_read_headers_is_attributes_and_the_content_key() -> None:
    for record in _records():
        found, key, repeated = read_headers(record.headers)
        assert found == attributes(record.headers)
        assert key == dict(record.headers)[CONTENT_KEY].decode()
        assert not repeated


def test_repeated_or_unparsable_headers_index_the_plain_way() -> None:
    good = _records()[:2]
    repeated = FakeRecord(good[1].offset, good[1].value, [("ce_id", b"first"), *good[1].headers])
    broken = FakeRecord(
        good[1].offset, good[1].value, [*good[1].headers, ("ce_validtime", b"{not json")]
    )
    for odd in (repeated, broken):
        plain, _ = _index([good[0], odd], parsed=False)
        fast, found = _index([good[0], odd], parsed=True)
        assert fast == plain and found[1] is None
    assert read_headers(repeated.headers)[2]


def test_a_foreign_record_is_refused_either_way() -> None:
    foreign = FakeRecord(3, b"{}", [("ce_id", b"x"), ("ce_type", b"MeetingHeld")])
    for parsed in (False, True):
        with pytest.raises(EventLogError):
            _index([foreign], parsed=parsed)
