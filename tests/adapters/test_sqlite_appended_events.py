"""The projector's live pages are the appended events themselves, with the log's fields
from what was stored (`events/sqlite/tail.as_stored`): exactly what decoding the stored
texts gives, trusted or fully validated, as models, as dumps and value by value."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from contracts.envelope import Event, parse_event
from contracts.upcasting import UPCASTERS
from events.sqlite.log import SqliteEventLog
from events.sqlite.tail import as_stored
from events.trusted import trusted_event
from tests.unit.contracts.test_trusted_decode import _events


def _same(built: Event, decoded: Event) -> None:
    assert built == decoded
    assert built.model_dump_json() == decoded.model_dump_json()


async def test_appended_events_equal_their_decoded_stored_texts(tmp_path: Path) -> None:
    events = _events()  # every event type, with evidence, dates, corrections
    log = SqliteEventLog(tmp_path / "e.sqlite3")
    try:
        for i in range(0, len(events), 7):  # groups of several events, several streams
            await log.append(events[i : i + 7])
        rows = log._tail.page(0, None)
        assert rows is not None and len(rows) == await log.head()
        for row in rows:
            trusted = trusted_event(row.text)  # what the projector decoded before
            _same(row.event, trusted)
            # repr shows each value's type too: tuples, floats, the datetimes' tzinfo
            assert repr(row.event) == repr(trusted)
            assert row.event.model_fields_set == trusted.model_fields_set
            _same(row.event, parse_event(row.text))  # and full validation
        pages = aiter(log.follow_pages(after=0))
        live: list[Event] = []
        while len(live) < len(rows):
            live += await anext(pages)
        assert [e.model_dump_json() for e in live] == [
            e.model_dump_json() for e in await log.replay(after=0)
        ]
    finally:
        await log.close()


def test_an_event_a_read_would_upcast_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    event = _events()[1]
    stored = event.model_dump(mode="json") | {
        "position": 1,
        "stream_version": 1,
        "recorded_at": dt.datetime(2026, 12, 1, tzinfo=dt.UTC).isoformat(),
        "chain_rule": 2,
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
    }
    text = Event.model_validate(stored).model_dump_json()
    marked = {**stored, "summary": "upcast"}
    monkeypatch.setitem(UPCASTERS, (event.type, event.schema_version), lambda raw: raw)
    monkeypatch.setattr("events.sqlite.tail.trusted_event", lambda raw: marked)
    assert as_stored(event, stored, text) is marked  # decoded, as a read would
