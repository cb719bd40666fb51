"""The embedded log's writes: group commit into one SQLite file.

Writes are serialised by a lock and an IMMEDIATE transaction, so positions have no gaps
and the hash chain is linear even with several writer processes on one file. Concurrent
appends of one process are group-committed: one transaction and one fsync for all that
queued while the previous commit ran, each append in its own savepoint (a refused one is
undone alone), each answered only once the commit holding it is durable.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from contracts.chain import GENESIS, canonical_bytes
from contracts.envelope import Event
from events.dependency import StorageFull
from events.port import (
    Appended,
    AppendResult,
    EventIdConflict,
    EventLogError,
    WrongExpectedVersion,
)
from events.records import content_key_of, seal
from events.sqlite.tail import Committed, as_stored

BUSY_TIMEOUT_MS = 30_000  # how long an append waits for another process's write
Written = list[Committed]  # the rows a commit made durable


@dataclass
class _Request:
    events: list[Event]
    expected: int | None
    done: asyncio.Future[AppendResult] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )

    def answer(self, outcome: AppendResult | BaseException) -> None:
        if self.done.done():
            return
        if isinstance(outcome, AppendResult):
            self.done.set_result(outcome)
        else:
            self.done.set_exception(outcome)


class GroupCommitWrites:
    """`append` for the SQLite log; `_committed` hears what each durable commit wrote."""

    _conn: sqlite3.Connection
    _lock: threading.Lock  # the writing connection
    _queue: list[_Request]  # appends waiting for the next group commit
    _committer: asyncio.Task[None] | None

    def _committed(self, written: Written) -> None:
        """Called on the loop once a commit holding new events is durable, before any of
        its appends is answered."""

    async def append(
        self, events: Sequence[Event], *, expected_version: int | None = None
    ) -> AppendResult:
        if expected_version is not None and len({e.stream_id for e in events}) > 1:
            raise ValueError("an append with an expected version must target one stream")
        request = _Request(list(events), expected_version)
        self._queue.append(request)
        if self._committer is None or self._committer.done():
            self._committer = asyncio.create_task(self._commit_queued(), name="sqlite-append")
        result = await asyncio.shield(request.done)  # a cancelled caller leaves the group be
        return result

    async def _commit_queued(self) -> None:
        """Group commit: the appends queued meanwhile go in ONE transaction (one fsync);
        each is answered once that commit is durable."""
        while self._queue:
            group, self._queue = self._queue, []
            outcomes: list[AppendResult | Exception]
            written: Written = []
            try:
                outcomes = await self._append_group(group, written)
            except Exception as exc:  # the commit failed: none of the group landed
                outcomes = [exc] * len(group)
                written = []
            except BaseException:  # cancelled (shutting down): the outcome is unknown
                for request in group + self._queue:
                    request.answer(EventLogError("the event log closed during the append"))
                raise
            if written:
                self._committed(written)
            for request, outcome in zip(group, outcomes, strict=True):
                request.answer(outcome)

    async def _append_group(
        self, group: list[_Request], written: Written | None = None
    ) -> list[AppendResult | Exception]:
        """One IMMEDIATE transaction; each append in its own savepoint, so a refused one
        (duplicate id with other content, wrong expected version) is undone alone.
        `written` receives the rows the commit made durable (nothing if it failed).

        Only the steps that wait — taking the file's write lock (another process may hold
        it) and the COMMIT's fsync — go through the thread pool; the inserts run here. A
        worker thread doing them would need the GIL back after every SQLite call, and
        while the event loop is busy each of those waits up to the switch interval (5 ms):
        under load that convoy, not the disk, made appends slow (bench_freshness)."""
        if not self._begin_at_once():  # another process writes: wait for it in a thread
            begun = asyncio.ensure_future(asyncio.to_thread(self._begin))
            try:
                await asyncio.shield(begun)
            except asyncio.CancelledError:  # the thread goes on: undo what it took
                await asyncio.wait({begun})
                if not begun.cancelled() and begun.exception() is None:
                    self._conn.execute("ROLLBACK")
                    self._lock.release()
                raise
        try:
            cur = self._conn.cursor()
            outcomes: list[AppendResult | Exception] = []
            rows: Written = []
            tip: list[tuple[int, str]] = []  # the chain's head after the last append kept
            for request in group:
                cur.execute("SAVEPOINT one_append")
                mine: Written = []
                try:
                    outcomes.append(self._write(cur, request.events, request.expected, mine, tip))
                    rows += mine
                except sqlite3.Error:
                    raise  # the file, not this append: the whole group fails
                except Exception as exc:  # refused: this append alone
                    cur.execute("ROLLBACK TO one_append")
                    outcomes.append(exc)
                cur.execute("RELEASE one_append")
            commit = asyncio.ensure_future(asyncio.to_thread(cur.execute, "COMMIT"))
            try:
                await asyncio.shield(commit)
            except asyncio.CancelledError:
                await asyncio.wait({commit})  # never leave the connection mid-commit
                raise
            if written is not None:
                written += rows
            return outcomes
        except sqlite3.OperationalError as exc:
            raise _storage_error(exc) from exc
        finally:
            try:
                if self._conn.in_transaction:  # failed: SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
            finally:
                self._lock.release()

    def _begin_at_once(self) -> bool:
        """Take the file's write lock if nobody holds it, without waiting (the usual case:
        this process is the only writer); False leaves nothing taken."""
        if not self._lock.acquire(blocking=False):
            return False
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError:  # busy (or worse: _begin says which)
            self._lock.release()
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _begin(self) -> None:
        self._lock.acquire()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            self._lock.release()
            raise _storage_error(exc) from exc
        except BaseException:
            self._lock.release()
            raise

    def _write(
        self,
        cur: sqlite3.Cursor,
        events: list[Event],
        expected_version: int | None,
        rows: Written,
        tip: list[tuple[int, str]],
    ) -> AppendResult:
        """One append's rows. `tip` holds the chain's head after the group's last kept
        append (empty: read it); it moves only once this append has written all its rows.
        The duplicate check and the streams' versions are one query each per append."""
        seen: dict[str, Appended] = {}
        plan: list[tuple[Event, str, dict[str, Any], bytes]] = []
        planned: set[str] = set()
        stored = _by_id(cur, [e.id for e in events])
        for event in events:
            data = event.data.model_dump(mode="json")  # dumped once: content key and seal
            data_bytes = canonical_bytes(data)
            key = content_key_of(event, data_bytes)
            row = stored.get(event.id)
            if row is not None:
                if row[0] != key:
                    raise EventIdConflict(event.id)
                seen[event.id] = Appended(event.id, row[1], row[2], duplicate=True)
            elif event.id not in planned:
                planned.add(event.id)
                plan.append((event, key, data, data_bytes))
        versions = _versions(cur, [p[0].stream_id for p in plan])
        if plan and expected_version is not None:
            actual = versions.get(plan[0][0].stream_id, 0)
            if actual != expected_version:
                raise WrongExpectedVersion(plan[0][0].stream_id, expected_version, actual)
        head, prev_hash = tip[-1] if tip else _chain_head(cur)
        now = dt.datetime.now(dt.UTC)
        for event, key, data, data_bytes in plan:
            head += 1
            versions[event.stream_id] = version = versions.get(event.stream_id, 0) + 1
            sealed = seal(
                event,
                position=head,
                stream_version=version,
                prev_hash=prev_hash,
                recorded_at=now,
                data=data,
                data_bytes=data_bytes,
            )
            prev_hash, text = sealed.hash, sealed.text
            cur.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (head, event.id, event.stream_id, version, event.type, key, sealed.hash, text),
            )
            rows.append(Committed(head, text, as_stored(event, sealed.stored, text)))
            seen[event.id] = Appended(event.id, head, version, duplicate=False)
        tip[:] = [(head, prev_hash)]
        appended = []
        for event in events:
            first = seen[event.id]
            appended.append(first)
            if not first.duplicate:  # a repeat inside the batch is a duplicate of the first
                seen[event.id] = Appended(
                    first.event_id, first.position, first.stream_version, True
                )
        return AppendResult(tuple(appended), head)


# Ids or streams per IN (...) query: far below SQLite's limit of bound variables, and
# few distinct statement texts for the connection's statement cache.
IN_CHUNK = 256


def _in_chunks(values: list[str]) -> list[list[str]]:
    unique = list(dict.fromkeys(values))
    return [unique[i : i + IN_CHUNK] for i in range(0, len(unique), IN_CHUNK)]


def _by_id(cur: sqlite3.Cursor, ids: list[str]) -> dict[str, tuple[str, int, int]]:
    """The stored content key, position and stream version of those of `ids` stored."""
    found: dict[str, tuple[str, int, int]] = {}
    for chunk in _in_chunks(ids):
        marks = ",".join("?" * len(chunk))
        for event_id, key, position, version in cur.execute(
            "SELECT event_id, content_key, position, stream_version FROM events"
            f" WHERE event_id IN ({marks})",
            chunk,
        ):
            found[event_id] = (key, position, version)
    return found


def _versions(cur: sqlite3.Cursor, streams: list[str]) -> dict[str, int]:
    """Each stream's last version (streams with none are left out: version 0)."""
    found: dict[str, int] = {}
    for chunk in _in_chunks(streams):
        marks = ",".join("?" * len(chunk))
        for stream_id, version in cur.execute(
            "SELECT stream_id, MAX(stream_version) FROM events"
            f" WHERE stream_id IN ({marks}) GROUP BY stream_id",
            chunk,
        ):
            found[stream_id] = int(version)
    return found


def _chain_head(cur: sqlite3.Cursor) -> tuple[int, str]:
    row = cur.execute("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def _storage_error(exc: sqlite3.OperationalError) -> Exception:
    """A full disk (or a file size limit: SQLite reports a short write as "full", a failed
    one as an I/O error) refuses the append with nothing written; other errors pass on."""
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return StorageFull("disk", f"the event log cannot grow ({exc}); nothing was written")
    return exc
