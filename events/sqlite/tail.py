"""What this process committed last, by position: each event's stored text and the event.

The in-process projector (and live SSE subscribers) read the log right after each append;
reading back what was just written cost a thread-pool trip and a query per page, queued
behind the appends on a busy event loop (bench_freshness). The texts are exactly the
stored bodies, so a page served from here decodes to the same events as a page read from
the file. The projector's trusted pages skip even that decode: the event kept beside each
text is the appended one (validated when it was built; the log appends only `Event`
models) with the log's fields set from what was stored, which is what decoding the text
gives (`as_stored`; `tests/adapters/test_sqlite_appended_events.py`). Only a contiguous
run is kept: if positions skip (another process wrote the file in between), the run
starts again, and any page the run does not hold is read from the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from contracts.envelope import Event
from contracts.upcasting import UPCASTERS
from events.trusted import assembled, trusted_event

CAPACITY = 4096  # events kept (a few MB): more than a projector's batch (2,000)
_LOG_FIELDS = ("stream_version", "position", "chain_rule", "prev_hash", "hash")


class Committed(NamedTuple):
    """A row a durable commit wrote: its position, stored text and the event it holds."""

    position: int
    text: str
    event: Event


def as_stored(event: Event, stored: dict[str, Any], text: str) -> Event:
    """The appended `event` as the log stored it (`stored`: the sealed event in JSON mode,
    `text` its stored body), built as `trusted_event(text)` builds it: the producer's
    values, the log's fields from `stored`, the datetimes parsed from their stored text."""
    if (event.type, event.schema_version) in UPCASTERS:  # a read would upcast it: decode
        return trusted_event(text)
    fields = dict(event.__dict__)
    for name in _LOG_FIELDS:
        fields[name] = stored[name]
    fields["time"] = dt.datetime.fromisoformat(stored["time"])
    fields["recorded_at"] = dt.datetime.fromisoformat(stored["recorded_at"])
    return assembled(Event, fields)


class RecentTail:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._rows: list[Committed] = []
        self._first = 0  # position of _rows[0]

    def add(self, written: list[Committed]) -> None:
        """Rows a durable commit wrote, ascending and contiguous."""
        if not written:
            return
        start = written[0].position
        if self._rows and start != self._first + len(self._rows):
            self._rows = []  # another writer's events lie between: start a new run
        if not self._rows:
            self._first = start
        self._rows += written
        if len(self._rows) > 2 * self._capacity:  # trimmed in steps: amortised O(1)
            drop = len(self._rows) - self._capacity
            del self._rows[:drop]
            self._first += drop

    def page(self, after: int, limit: int | None) -> list[Committed] | None:
        """The rows of positions after `after` (at most `limit`), if the run holds the
        next one; None: read the file (a page the run holds may end before the file's head
        when another process wrote since, which a follower learns at its next read)."""
        index = after + 1 - self._first
        if not 0 <= index < len(self._rows):
            return None
        stop = len(self._rows) if limit is None else min(len(self._rows), index + limit)
        return self._rows[index:stop]
