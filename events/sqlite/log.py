"""The embedded event log: one SQLite file in WAL mode, on disk.

Appends are group-committed (`group_commit.py`). Reads use their own connection; the pages
a follower reads right after this process's own appends come from the texts those appends
stored (`tail.py`), not from the file again.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import orjson

from contracts.envelope import Event, parse_event
from contracts.upcasting import UPCASTERS, upcast
from events.port import EventFilter, EventLog, StoredRecord
from events.sqlite.group_commit import BUSY_TIMEOUT_MS, GroupCommitWrites, Written, _Request
from events.sqlite.schema import SCHEMA
from events.sqlite.tail import Committed, RecentTail
from events.subscription import Recent, follow, follow_pages
from events.trusted import trusted_event


class SqliteEventLog(GroupCommitWrites, EventLog):
    def __init__(self, path: Path | str, *, poll_interval_s: float = 0.25) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # an audit log: durable on commit
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()  # the writing connection
        # Reads use their own connection (WAL: they see the last commit and never wait
        # for a group commit in progress, nor it for them).
        self._reads = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=30
        )
        self._reads_lock = threading.Lock()
        self._queue: list[_Request] = []  # appends waiting for the next group commit
        self._committer: asyncio.Task[None] | None = None
        self._appended = asyncio.Event()
        self._appends = 0  # same-process appends so far: a subscriber's missed-wake check
        self._poll_interval_s = poll_interval_s
        self._tail = RecentTail()

    def _committed(self, written: Written) -> None:
        self._tail.add(written)  # before the wake-up: the follower's next page is there
        self._appends += 1
        self._appended.set()
        self._appended = asyncio.Event()

    # -- reads --------------------------------------------------------------------------
    def _query(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        with self._reads_lock:
            return self._reads.execute(sql, params).fetchall()

    async def read_all(
        self, after: int = 0, limit: int | None = None, filter: EventFilter | None = None
    ) -> list[Event]:
        sql = "SELECT body FROM events WHERE position > ?"
        params: list[object] = [after]
        if filter is not None and filter.stream_id is not None:
            sql += " AND stream_id = ?"
            params.append(filter.stream_id)
        if filter is not None and filter.types:
            clauses = []
            for t in filter.types:
                clauses.append("type LIKE ? ESCAPE '\\'" if t.endswith("*") else "type = ?")
                params.append(_like_prefix(t[:-1]) if t.endswith("*") else t)
            sql += " AND (" + " OR ".join(clauses) + ")"
        sql += " ORDER BY position"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = await asyncio.to_thread(self._query, sql, params)
        return [parse_event(str(r[0])) for r in rows]

    async def replay(self, after: int = 0, limit: int | None = None) -> list[Event]:
        rows = await asyncio.to_thread(
            self._query,
            "SELECT body FROM events WHERE position > ? ORDER BY position LIMIT ?",
            (after, -1 if limit is None else limit),
        )
        return [trusted_event(r[0]) for r in rows]

    async def replay_kinds(
        self, kinds: Collection[str], after: int = 0, limit: int = -1
    ) -> tuple[list[Event], int]:
        """As `replay` over the next `limit` positions, decoding only the events of `kinds`
        (a rebuild needs a third of the log's events: articles feed no read model); returns
        them and the last position read (`after` when there is none)."""
        rows = await self._rows_after(after, limit, kinds)
        if not rows:
            return [], after
        return [trusted_event(b) for _, b in rows if b is not None], int(rows[-1][0])

    async def replay_dicts(
        self, kinds: Collection[str], after: int = 0, limit: int = -1
    ) -> tuple[list[dict[str, Any]], int]:
        """As `replay_kinds`, as the stored JSON's plain dicts (upcast): for a rebuild
        that builds its claims from them (`services/projections/trusted_record.py`)."""
        rows = await self._rows_after(after, limit, kinds)
        if not rows:
            return [], after
        loads = orjson.loads
        out = [loads(b) for _, b in rows if b is not None]
        return ([upcast(d) for d in out] if UPCASTERS else out), int(rows[-1][0])

    async def _rows_after(
        self, after: int, limit: int, kinds: Collection[str]
    ) -> list[tuple[Any, ...]]:
        """(position, body) of the next `limit` positions after `after`, the body None
        unless the event is of `kinds` (so the others' bodies, articles, are never copied
        out of SQLite)."""
        wanted = sorted(kinds)
        marks = ",".join("?" * len(wanted)) or "NULL"
        return await asyncio.to_thread(
            self._query,
            f"SELECT position, CASE WHEN type IN ({marks}) THEN body END FROM events"
            " WHERE position > ? ORDER BY position LIMIT ?",
            (*wanted, after, limit),
        )

    async def read_at(self, positions: Collection[int]) -> list[Event]:
        wanted = sorted(set(positions))
        out: list[Event] = []
        for start in range(0, len(wanted), 500):  # stay under SQLite's variable limit
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = await asyncio.to_thread(
                self._query,
                f"SELECT body FROM events WHERE position IN ({marks}) ORDER BY position",
                chunk,
            )
            out += [parse_event(str(r[0])) for r in rows]
        return out

    async def read_stream(self, stream_id: str, after_version: int = 0) -> list[Event]:
        rows = await asyncio.to_thread(
            self._query,
            "SELECT body FROM events WHERE stream_id = ? AND stream_version > ? "
            "ORDER BY stream_version",
            (stream_id, after_version),
        )
        return [parse_event(str(r[0])) for r in rows]

    async def get(self, event_id: str) -> Event | None:
        rows = await asyncio.to_thread(
            self._query, "SELECT body FROM events WHERE event_id = ?", (event_id,)
        )
        return parse_event(str(rows[0][0])) if rows else None

    async def head(self) -> int:
        rows = await asyncio.to_thread(self._query, "SELECT MAX(position) FROM events", ())
        return int(rows[0][0] or 0)

    async def stream_version(self, stream_id: str) -> int:
        rows = await asyncio.to_thread(
            self._query,
            "SELECT MAX(stream_version) FROM events WHERE stream_id = ?",
            (stream_id,),
        )
        return int(rows[0][0] or 0)

    async def read_records(self, after: int = 0, limit: int | None = None) -> list[StoredRecord]:
        rows = await asyncio.to_thread(
            self._query,
            "SELECT position, body, hash FROM events WHERE position > ? ORDER BY position LIMIT ?",
            (after, -1 if limit is None else limit),
        )
        return [StoredRecord(int(p), str(b), str(h)) for p, b, h in rows]

    def subscribe(self, after: int = 0, filter: EventFilter | None = None) -> AsyncIterator[Event]:
        recent = self._recent(lambda row: parse_event(row.text))
        return follow(self, after, filter, self._missed_wake_guard(), recent)

    def follow_pages(self, after: int = 0) -> AsyncIterator[list[Event]]:
        guard = self._missed_wake_guard()
        # trusted pages: the appended events themselves (`tail.as_stored`), no decode
        recent = self._recent(lambda row: row.event)
        return follow_pages(self, after, guard, trusted=True, recent=recent)

    def _recent(self, decode: Callable[[Committed], Event]) -> Recent:
        """A follower's next page from what this process just appended, when it holds it
        (the same events a page from the file gives: the same stored texts)."""

        def recent(after: int, limit: int) -> list[Event] | None:
            rows = self._tail.page(after, limit)
            return None if rows is None else [decode(row) for row in rows]

        return recent

    def _missed_wake_guard(self) -> Callable[[], Awaitable[None]]:
        seen = self._appends  # appends already there when the next page is read

        async def wait_for_append() -> None:
            # An append that lands while a page is being read sets the Event before we
            # wait on its successor: without this check that wake-up was lost and the
            # subscriber slept until the next append or the poll (bench_freshness).
            nonlocal seen
            if self._appends == seen:
                await self._wait_for_append()
            seen = self._appends

        return wait_for_append

    async def _wait_for_append(self) -> None:
        # Same-process appends wake us at once; other writers of the file by polling.
        # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation that
        # races with the wake-up, and then the subscriber never stops.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._poll_interval_s):
                await self._appended.wait()

    async def close(self) -> None:
        with self._lock:
            self._conn.close()
        with self._reads_lock:
            self._reads.close()


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
