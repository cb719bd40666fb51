"""Random access to the single log partition: read offset ranges with one assigned consumer.

It reads committed records only (`read_committed`): the writer appends in transactions, so
a fenced writer's aborted records and the commit markers take offsets that no reader sees;
offset ranges therefore have holes, and a range is done when the consumer's position (not
a record count) reaches its end.

End offsets are asked through consumers that are never assigned a partition. The reading
consumer keeps a fetch in flight in the background (a long poll of up to
`fetch_max_wait_ms`, 500 ms, on an idle topic), and the broker answers one connection's
requests in order, so a ListOffsets sent on its connection waited behind that poll: ~450 ms
per `end_offset()` on an idle topic (issue 13 item 4). A consumer with nothing assigned
never fetches, so its ListOffsets is answered at once. That poll was also what woke a
follower in another process at once (its ListOffsets came back with the poll's new data);
`wait_for_records` now does that on purpose, with a consumer of its own.

The reading consumer's own fetches waited the same way: between two reads its background
fetch long-polled the log's end, so the next read's fetch (after a seek) queued behind it
for up to 500 ms (a bulk catch-up's first 20k records took ~0.6 s, of which ~0.4 s was that
wait). Its partition is therefore paused between reads (a paused partition is not fetched)
and its fetches wait at most READ_WAIT_MS for data, so a prefetch past the end that is in
flight when a read ends holds the connection only that long."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import TypeAlias

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from events.kafka.config import KafkaLogConfig

Record: TypeAlias = ConsumerRecord[bytes, bytes]
POLL_MS = 10
READ_WAIT_MS = 20  # the reading consumer's fetch_max_wait_ms (the others keep 500)


class TopicReader:
    def __init__(self, config: KafkaLogConfig) -> None:
        self._tp = TopicPartition(config.topic, 0)
        self._config = config
        self._lock = asyncio.Lock()
        self._client: AIOKafkaConsumer | None = None
        # Never assigned (no background fetch): asks the last stable offset.
        self._offsets: AIOKafkaConsumer | None = None
        # read_uncommitted, started on first need (after a failed round): the high watermark
        self._watermarks: AIOKafkaConsumer | None = None
        # read_committed, started on first need (a follower): long-polls for new records
        self._waiter: AIOKafkaConsumer | None = None
        self._waiter_lock = asyncio.Lock()

    @property
    def _consumer(self) -> AIOKafkaConsumer:
        assert self._client is not None, "TopicReader.start() first"
        return self._client

    def _new_consumer(self, isolation_level: str, fetch_wait_ms: int = 500) -> AIOKafkaConsumer:
        config = self._config
        # No group: positions are the caller's business, nothing is committed.
        return AIOKafkaConsumer(
            bootstrap_servers=config.bootstrap,
            client_id=f"{config.client_id}-reader",
            enable_auto_commit=False,
            group_id=None,
            fetch_max_bytes=16 * 1024 * 1024,
            max_partition_fetch_bytes=8 * 1024 * 1024,
            fetch_max_wait_ms=fetch_wait_ms,
            request_timeout_ms=config.request_timeout_ms,
            isolation_level=isolation_level,
        )

    async def start(self) -> None:
        self._client = self._new_consumer("read_committed", READ_WAIT_MS)
        await self._consumer.start()
        self._consumer.assign([self._tp])
        self._consumer.pause(self._tp)  # fetched only while a read runs
        self._offsets = self._new_consumer("read_committed")
        await self._offsets.start()

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.stop()
        if self._offsets is not None:
            await self._offsets.stop()
            self._offsets = None
        if self._watermarks is not None:
            await self._watermarks.stop()
            self._watermarks = None
        if self._waiter is not None:
            await self._waiter.stop()
            self._waiter = None

    async def end_offset(self) -> int:
        """The last stable offset: everything before it is committed or aborted.
        TimeoutError when the broker does not say within `operation_timeout_s`."""
        async with asyncio.timeout(self._config.operation_timeout_s):
            return await self._end_offset(self._offsets_consumer)

    @property
    def _offsets_consumer(self) -> AIOKafkaConsumer:
        assert self._offsets is not None, "TopicReader.start() first"
        return self._offsets

    async def _end_offset(self, consumer: AIOKafkaConsumer) -> int:
        while True:
            try:
                offsets = await consumer.end_offsets([self._tp])
                return int(offsets[self._tp])
            except KafkaError as exc:  # e.g. a just-created topic has no leader yet
                if not exc.retriable:
                    raise
                await asyncio.sleep(0.1)

    async def wait_settled(self) -> None:
        """Wait until every transaction holding records below today's high watermark has
        ended, i.e. the last stable offset reached it: a commit whose answer was lost is
        readable only once the coordinator wrote its marker, a moment after EndTxn
        answered. Later transactions (another writer's) are not waited for.
        TimeoutError when that does not happen within `operation_timeout_s`."""
        async with asyncio.timeout(self._config.operation_timeout_s):
            if self._watermarks is None:
                watermarks = self._new_consumer("read_uncommitted")
                try:
                    await watermarks.start()
                except BaseException:
                    await watermarks.stop()
                    raise
                self._watermarks = watermarks
            high = await self._end_offset(self._watermarks)
            while await self._end_offset(self._offsets_consumer) < high:
                await asyncio.sleep(POLL_MS / 1000)

    async def wait_for_records(self, start: int, timeout_s: float) -> None:
        """Return once a committed record at offset >= `start` is readable, or after
        `timeout_s`: a long poll on the broker, which answers as soon as one is, instead of
        a follower sleeping a poll interval. Its own consumer: reads never queue behind it."""
        async with self._waiter_lock:
            if self._waiter is None:
                waiter = self._new_consumer("read_committed")
                try:
                    await waiter.start()
                except BaseException:
                    await waiter.stop()
                    raise
                waiter.assign([self._tp])
                self._waiter = waiter
            self._waiter.seek(self._tp, start)
            await self._waiter.getmany(self._tp, timeout_ms=int(timeout_s * 1000), max_records=1)

    async def read(self, start: int, stop: int) -> list[Record]:
        """Committed records with start <= offset < stop (stop must not exceed the end
        offset). TimeoutError when the broker gives nothing for `operation_timeout_s`."""
        records, _ = await self.read_from(start, stop)
        return records

    async def read_from(
        self, start: int, stop: int, max_records: int | None = None
    ) -> tuple[list[Record], int]:
        """Committed records from `start` up to `stop` (at most `max_records`), and the
        offset to read on from (past markers and aborted records skipped)."""
        if stop <= start:
            return [], start
        want = max_records if max_records is not None else stop - start
        out: list[Record] = []
        async with self._lock:
            consumer = self._consumer
            consumer.seek(self._tp, start)
            consumer.resume(self._tp)
            try:
                at = await self._fetch(consumer, start, stop, want, out)
            finally:
                consumer.pause(self._tp)
        return out, at

    async def _fetch(
        self, consumer: AIOKafkaConsumer, start: int, stop: int, want: int, out: list[Record]
    ) -> int:
        clock = asyncio.get_running_loop().time
        patience = self._config.operation_timeout_s
        at = start
        deadline = clock() + patience
        while at < stop and len(out) < want:
            if clock() > deadline:
                raise TimeoutError(f"offsets {at}..{stop} not readable in time")
            before = at
            # Short polls: a fetch holding only a marker or aborted records yields no
            # record, and getmany would wait its whole timeout although the position moved.
            batch = await consumer.getmany(
                self._tp, timeout_ms=POLL_MS, max_records=min(want - len(out), 50_000)
            )
            for record in batch.get(self._tp, []):
                if record.offset >= stop or len(out) >= want:
                    break
                out.append(record)
                at = record.offset + 1
            if len(out) < want:
                at = max(at, min(stop, await consumer.position(self._tp)))
            if at > before:
                deadline = clock() + patience  # progress: a long read is not cut
        return at

    async def read_offsets(self, offsets: Iterable[int]) -> list[Record]:
        """Records at the given offsets, fetched as runs of consecutive offsets."""
        wanted = sorted(set(offsets))
        out: list[Record] = []
        i = 0
        while i < len(wanted):
            j = i
            while j + 1 < len(wanted) and wanted[j + 1] - wanted[j] <= 16:
                j += 1
            keep = set(wanted[i : j + 1])
            out += [r for r in await self.read(wanted[i], wanted[j] + 1) if r.offset in keep]
            i = j + 1
        return out
