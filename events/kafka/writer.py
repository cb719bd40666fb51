"""The single writer: serialises appends and group-commits them as one Kafka record batch.

Concurrent appends queue up; each round plans every queued append on the index (a refused
one fails alone), sends the survivors as ONE record batch (atomic on the broker), checks the
broker put it at the expected offset, then merges them into the index and answers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer

from contracts.envelope import Event
from events.dependency import DependencyUnavailable
from events.kafka.config import KafkaLogConfig
from events.kafka.index import Overlay, StreamIndex
from events.kafka.planner import Plan, plan_append
from events.port import AppendResult, EventLogError


def producer_settings(config: KafkaLogConfig) -> dict[str, Any]:
    """The writer's delivery settings: idempotent, every in-sync replica acknowledges, no
    lingering. The bench's raw baseline uses the same ones."""
    return {
        "enable_idempotence": True,
        "acks": "all",
        "linger_ms": 0,
        "max_batch_size": config.max_batch_bytes,
        "max_request_size": config.max_batch_bytes + 64 * 1024,
        "request_timeout_ms": config.request_timeout_ms,
    }


class ConcurrentWriterError(DependencyUnavailable, EventLogError):
    """The broker put a batch elsewhere than planned: another process writes this topic.
    The API answers 503 (the log is not writable from here), never 500."""

    def __init__(self, reason: str) -> None:
        super().__init__("kafka", f"{reason}: another process writes this log")


_arrivals = itertools.count()


@dataclass
class _Request:
    events: Sequence[Event]
    expected_version: int | None
    seq: int = field(default_factory=lambda: next(_arrivals))  # queue order, kept on a re-plan
    done: asyncio.Future[AppendResult] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


Taken = tuple[_Request, Plan, Overlay]


class GroupCommitWriter:
    def __init__(
        self,
        config: KafkaLogConfig,
        index: StreamIndex,
        sync: Callable[[], Coroutine[Any, Any, object]],
    ) -> None:
        self._config = config
        self._index = index
        self._sync = sync  # catches the index up with the topic
        self._queue: list[_Request] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        config = self._config
        self._producer = AIOKafkaProducer(
            bootstrap_servers=config.bootstrap,
            client_id=f"{config.client_id}-writer",
            **producer_settings(config),
        )
        await self._producer.start()
        self._task = asyncio.create_task(self._run(), name="kafka-log-writer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        for request in self._queue:
            if not request.done.done():
                request.done.set_exception(EventLogError("the event log is closed"))
        if self._producer is not None:
            await self._producer.stop()

    async def append(self, events: Sequence[Event], expected_version: int | None) -> AppendResult:
        if self._task is None or self._task.done():
            raise EventLogError("the event log writer is not running")
        request = _Request(list(events), expected_version)
        self._queue.append(request)
        self._wake.set()
        return await request.done

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._queue:
                await self._round()

    async def _round(self) -> None:
        # The catch-up's round trip overlaps the planning (CPU): start it, let it send its
        # request, plan on the index as it is, then keep the plan only if nobody else wrote.
        sync = asyncio.create_task(self._sync())
        await asyncio.sleep(0)
        head = self._index.head
        group, taken, refused = self._plan()
        try:
            await sync
        except Exception as exc:  # broker unreachable: fail what waits, keep serving
            self._fail([r for r, _, _ in taken] + [r for r, _ in refused] + self._queue, exc)
            self._queue.clear()
            return
        if self._index.head != head:  # another process appended: plan again on the new index
            planned = [r for r, _, _ in taken] + [r for r, _ in refused]
            self._queue[:0] = sorted(planned, key=lambda r: r.seq)
            return
        for request, why in refused:
            self._fail([request], why)
        await self._commit(group, taken)

    def _plan(self) -> tuple[Overlay, list[Taken], list[tuple[_Request, Exception]]]:
        """Take the queued appends that fit one record batch, and those refused."""
        group = Overlay(self._index)
        now = dt.datetime.now(dt.UTC)
        taken: list[Taken] = []
        refused: list[tuple[_Request, Exception]] = []
        budget = self._config.max_batch_bytes * 9 // 10
        while self._queue:
            request = self._queue[0]
            child = Overlay(group)
            try:
                plan = plan_append(child, request.events, request.expected_version, now)
            except Exception as exc:  # refused: this append alone fails
                refused.append((self._queue.pop(0), exc))
                continue
            size = sum(m.size() for m in plan.messages)
            if size > budget and not taken:
                error = EventLogError(f"append of {size} bytes exceeds one record batch ({budget})")
                refused.append((self._queue.pop(0), error))
                continue
            if size > budget:
                break  # next round
            budget -= size
            self._queue.pop(0)
            child.merge_into_parent()
            taken.append((request, plan, child))
        return group, taken, refused

    async def _commit(self, group: Overlay, taken: list[Taken]) -> None:
        messages = [m for _, plan, _ in taken for m in plan.messages]
        if messages:
            assert self._producer is not None
            batch = self._producer.create_batch()
            for m in messages:
                added = batch.append(key=m.key, value=m.value, timestamp=None, headers=m.headers)
                if added is None:
                    raise AssertionError("size estimate too small for the record batch")
            batch.close()
            try:
                # Bounded: a batch still in flight may land later; the next round's sync
                # then finds it and a retried append reports its events as duplicates.
                async with asyncio.timeout(self._config.operation_timeout_s):
                    meta = await (
                        await self._producer.send_batch(batch, self._config.topic, partition=0)
                    )
            except Exception as exc:
                self._fail([r for r, _, _ in taken], exc)
                return  # the next round re-syncs the index from the topic
            expected = self._index.next_offset  # the end of the topic, as the sync found it
            if meta.offset != expected:
                self._fail(
                    [r for r, _, _ in taken],
                    ConcurrentWriterError(
                        f"batch landed at offset {meta.offset}, expected {expected}"
                    ),
                )
                return
            group.merge_into_parent(meta.offset)
            self._index.next_offset = meta.offset + len(messages)
        for request, plan, _ in taken:
            if not request.done.done():  # the caller may have given up (cancelled)
                request.done.set_result(AppendResult(plan.appended, group.head))

    @staticmethod
    def _fail(requests: Sequence[_Request], exc: BaseException) -> None:
        for request in requests:
            if not request.done.done():
                request.done.set_exception(exc)
