"""The Kafka event log: one single-partition topic; positions in the `ce_position` header.

The writer appends in Kafka transactions (one per round), so commit markers take offsets:
a position is NOT offset + 1. An index rebuilt from the topic's headers (ids, stream
versions, chain head, position -> offset) and caught up before every read that needs it
lets any process read the log; reads seek to the offset the index gives. Appends come from
ONE writer, fenced by the broker (writer.py). Every wait on the broker is bounded
(guard.py); failures are DependencyUnavailable("kafka").
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Collection, Sequence
from typing import Any

from aiokafka.errors import KafkaError

from contracts.envelope import Event
from events.kafka import indexing
from events.kafka.binding import decode, header, stored_text
from events.kafka.config import KafkaLogConfig
from events.kafka.guard import translated
from events.kafka.index import StreamIndex
from events.kafka.indexing import Build, catch_up, raw_record, trusted, validated
from events.kafka.reader import TopicReader
from events.kafka.topics import ensure_topics
from events.kafka.writer import GroupCommitWriter
from events.port import AppendResult, EventFilter, EventLog, StoredRecord
from events.subscription import follow, follow_pages


class KafkaEventLog(EventLog):
    def __init__(self, config: KafkaLogConfig, *, read_only: bool = False) -> None:
        self.config = config
        self._read_only = read_only  # no writer, index built only when a read needs it
        self._index = StreamIndex()
        self._index_lock = asyncio.Lock()
        self._reader = TopicReader(config)
        self._writer = GroupCommitWriter(config, self._index, self._sync, self._reader.wait_settled)
        self._appended = asyncio.Event()
        self._start_lock = asyncio.Lock()
        self._started = False

    @translated
    async def start(self) -> KafkaEventLog:
        """Create the topics if needed, rebuild the index, start the writer. Every method
        calls it, so a log built synchronously (services.bootstrap) starts on first use; a
        start that fails (broker down) is undone and tried again by the next call."""
        if self._started:
            return self
        async with self._start_lock:
            if not self._started:
                try:
                    await self._start_clients()
                except BaseException:
                    await self._stop_clients()
                    raise
                self._started = True
        return self

    async def _start_clients(self) -> None:
        patience = self.config.operation_timeout_s  # each step waits on the broker
        async with asyncio.timeout(patience):
            await ensure_topics(self.config, writing=not self._read_only)
        async with asyncio.timeout(patience):
            await self._reader.start()
        if not self._read_only:
            await self._sync()  # bounded per round trip: a long log may take longer
            async with asyncio.timeout(patience):
                await self._writer.start()

    async def _stop_clients(self) -> None:
        with contextlib.suppress(Exception):
            await self._writer.stop()
        with contextlib.suppress(Exception):
            await self._reader.stop()

    async def close(self) -> None:
        if self._started:
            if not self._read_only:
                await self._writer.stop()
            await self._reader.stop()
            self._started = False

    # -- index ------------------------------------------------------------------------
    async def _sync(
        self, enough: int | None = None, keep_after: int | None = None, build: Build = raw_record
    ) -> list[Any]:
        """Catch the index up with the topic (`indexing.catch_up`); one catch-up at a time,
        so no record is indexed twice."""
        async with self._index_lock:
            return await catch_up(self._index, self._reader, enough, keep_after, build)

    # -- writes -----------------------------------------------------------------------
    @translated
    async def append(
        self, events: Sequence[Event], *, expected_version: int | None = None
    ) -> AppendResult:
        await self.start()
        result = await self._writer.append(events, expected_version)
        if result.new_count:
            self._appended.set()
            self._appended = asyncio.Event()
        return result

    # -- reads ------------------------------------------------------------------------
    async def _records(self, after: int, limit: int | None, build: Build = raw_record) -> list[Any]:
        """What `build` makes of the committed records with position > after, in order, at
        most `limit` (`build` gets the attributes when the index parsed them, else None)."""
        index = self._index
        out: list[Any] = []
        if after < index.head:  # known positions: seek to the offset the index gives
            count = index.head - after if limit is None else min(limit, index.head - after)
            records, _ = await self._reader.read_from(
                index.offset_of(after + 1), index.next_offset, count
            )
            out = [build(record, None) for record in records]
        if limit is not None and len(out) >= limit:
            return out
        # beyond the index: catch it up, keeping what it reads (read once, not twice)
        want = None if limit is None else after + limit
        out += await self._sync(enough=want, keep_after=max(after, index.head), build=build)
        return out if limit is None else out[:limit]

    @translated
    async def read_all(
        self, after: int = 0, limit: int | None = None, filter: EventFilter | None = None
    ) -> list[Event]:
        await self.start()
        if filter is not None and filter.stream_id is not None:
            events = await self._by_positions(await self._stream_positions(filter.stream_id))
            picked = [e for e in events if e.position and e.position > after]
            picked = [e for e in picked if filter.matches(e)]
            return picked[:limit] if limit is not None else picked
        if filter is None or not filter.types:
            return await self._records(after, limit, validated)
        out: list[Event] = []
        cursor = after
        while limit is None or len(out) < limit:
            page = await self._records(cursor, 1000)
            if not page:
                break
            for record in page:
                event = decode(record.value, record.headers)
                if filter.matches(event):
                    out.append(event)
            cursor += len(page)  # positions are ranks: a page holds consecutive ones
        return out[:limit] if limit is not None else out

    @translated
    async def replay(self, after: int = 0, limit: int | None = None) -> list[Event]:
        """Trusted replay (docs/events.md): for rebuilding read models only."""
        await self.start()
        return await self._records(after, limit, trusted)

    @translated
    async def replay_dicts(
        self, kinds: Collection[str], after: int = 0, limit: int = -1
    ) -> tuple[list[dict[str, Any]], int]:
        """As the SQLite log's: the envelope dicts of the next `limit` positions' events of
        `kinds` (the others' data undecoded) and the last position read (`after` if none)."""
        await self.start()
        got = await self._records(after, None if limit < 0 else limit, indexing.picked_dicts(kinds))
        return [d for d in got if d is not None], after + len(got)

    async def _stream_positions(self, stream_id: str) -> list[int]:
        await self._sync()
        return list(self._index.positions.get(stream_id, ()))

    async def _by_positions(self, positions: Sequence[int]) -> list[Event]:
        if positions and max(positions) > self._index.head:
            await self._sync(enough=max(positions))
        offsets = [self._index.offset_of(p) for p in positions if p <= self._index.head]
        records = await self._reader.read_offsets(offsets)
        return [decode(r.value, r.headers) for r in records]

    @translated
    async def read_at(self, positions: Collection[int]) -> list[Event]:
        await self.start()
        return await self._by_positions([p for p in positions if p >= 1])

    @translated
    async def read_stream(self, stream_id: str, after_version: int = 0) -> list[Event]:
        await self.start()
        positions = await self._stream_positions(stream_id)
        return await self._by_positions(positions[after_version:])

    @translated
    async def get(self, event_id: str) -> Event | None:
        await self.start()
        await self._sync()
        entry = self._index.ids.get(event_id)
        if entry is None:
            return None
        [event] = await self._by_positions([entry.position])
        return event

    @translated
    async def head(self) -> int:
        """The last committed position. A writer's index is caught up anyway; a reader
        that has not indexed the whole log reads the last committed record instead."""
        await self.start()
        end = await self._reader.end_offset()
        if self._index.next_offset >= end:
            return self._index.head
        if not self._read_only:
            await self._sync()
            return self._index.head
        return await self._last_position(end)

    async def _last_position(self, end: int) -> int:
        """The last committed record's `ce_position`: without indexing the whole log, a
        reader trusts the header here (the audit checks every header against its slot)."""
        back = 2  # usually a record and its transaction's commit marker
        while True:
            start = max(0, end - back)
            records = await self._reader.read(start, end)
            if records:
                return int(header(list(records[-1].headers), "ce_position") or 0)
            if start == 0:
                return 0
            back *= 8

    def offset_after(self, position: int) -> int:
        """The offset a consumer continues from after `position` (a reader that read up to
        it through this log has it indexed; otherwise `position`, a lower bound, as every
        position p is at offset >= p - 1)."""
        if 1 <= position <= self._index.head:
            return self._index.offset_of(position) + 1
        return position

    @translated
    async def stream_version(self, stream_id: str) -> int:
        await self.start()
        await self._sync()
        return self._index.version(stream_id)

    @translated
    async def read_records(self, after: int = 0, limit: int | None = None) -> list[StoredRecord]:
        await self.start()
        return [
            StoredRecord(
                after + i,  # its slot; the audit checks the body says the same
                stored_text(r.value, r.headers),
                header(list(r.headers), "ce_hash") or "",
            )
            for i, r in enumerate(await self._records(after, limit), start=1)
        ]

    def subscribe(self, after: int = 0, filter: EventFilter | None = None) -> AsyncIterator[Event]:
        return follow(self, after, filter, self._wait_for_append)

    def follow_pages(self, after: int = 0) -> AsyncIterator[list[Event]]:
        return follow_pages(self, after, self._wait_for_append, trusted=True)

    async def _wait_for_append(self) -> None:
        # Our own appends wake us at once; other processes' through a long poll on the
        # broker (it answers when a record past our index is readable), bounded by the poll
        # interval. A failed poll just ends the wait: the next read reports the broker.
        waits = [
            asyncio.ensure_future(self._appended.wait()),
            asyncio.ensure_future(
                self._reader.wait_for_records(self._index.next_offset, self.config.poll_interval_s)
            ),
        ]
        try:
            await asyncio.wait(
                waits, timeout=self.config.poll_interval_s, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for wait in waits:
                wait.cancel()
            for outcome in await asyncio.gather(*waits, return_exceptions=True):
                if isinstance(outcome, Exception) and not isinstance(outcome, KafkaError):
                    raise outcome


async def open_kafka_log(config: KafkaLogConfig) -> KafkaEventLog:
    """Create the topics if needed, rebuild the index from the topic, start the writer."""
    return await KafkaEventLog(config).start()
