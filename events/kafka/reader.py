"""Random access to the single log partition: read offset ranges with one assigned consumer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import TypeAlias

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from events.kafka.config import KafkaLogConfig

Record: TypeAlias = ConsumerRecord[bytes, bytes]
FETCH_TIMEOUT_MS = 1_000


class TopicReader:
    def __init__(self, config: KafkaLogConfig) -> None:
        self._tp = TopicPartition(config.topic, 0)
        self._config = config
        self._lock = asyncio.Lock()
        self._client: AIOKafkaConsumer | None = None

    @property
    def _consumer(self) -> AIOKafkaConsumer:
        assert self._client is not None, "TopicReader.start() first"
        return self._client

    async def start(self) -> None:
        config = self._config
        # No group: positions are the caller's business, nothing is committed.
        self._client = AIOKafkaConsumer(
            bootstrap_servers=config.bootstrap,
            client_id=f"{config.client_id}-reader",
            enable_auto_commit=False,
            group_id=None,
            fetch_max_bytes=16 * 1024 * 1024,
            max_partition_fetch_bytes=8 * 1024 * 1024,
            request_timeout_ms=config.request_timeout_ms,
        )
        await self._consumer.start()
        self._consumer.assign([self._tp])

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.stop()

    async def end_offset(self) -> int:
        """The offset the next record will get: with no transactions, the record count.
        TimeoutError when the broker does not say within `operation_timeout_s`."""
        async with asyncio.timeout(self._config.operation_timeout_s):
            while True:
                try:
                    offsets = await self._consumer.end_offsets([self._tp])
                    return int(offsets[self._tp])
                except KafkaError as exc:  # e.g. a just-created topic has no leader yet
                    if not exc.retriable:
                        raise
                    await asyncio.sleep(0.1)

    async def read(self, start: int, stop: int) -> list[Record]:
        """Records with start <= offset < stop (stop must not exceed the end offset).
        TimeoutError when no record arrives for `operation_timeout_s` (broker gone)."""
        if stop <= start:
            return []
        out: list[Record] = []
        clock = asyncio.get_running_loop().time
        patience = self._config.operation_timeout_s
        async with self._lock:
            self._consumer.seek(self._tp, start)
            deadline = clock() + patience
            while len(out) < stop - start:
                if clock() > deadline:
                    raise TimeoutError(f"offsets {start + len(out)}..{stop} not readable in time")
                batch = await self._consumer.getmany(
                    self._tp, timeout_ms=FETCH_TIMEOUT_MS, max_records=stop - start - len(out)
                )
                records = batch.get(self._tp, [])
                if records:
                    deadline = clock() + patience  # progress: a long read is not cut
                for record in records:
                    if record.offset >= stop:
                        break
                    out.append(record)
        return out

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
