"""The single, fenced writer: serialises appends and group-commits them in one transaction.

Concurrent appends queue up; each round plans the queued appends on the index (a refused
one fails alone), sends them inside ONE Kafka transaction (in chunks, each sent while the
next is planned: round_transaction.py), and merges them into the index once the transaction
is committed.

Fencing: every writer of a log uses the same `transactional.id` (`<topic>.writer`). A new
writer's InitProducerId bumps the producer epoch and aborts the old writer's open
transaction; the broker then refuses the old epoch (ProducerFenced). A fenced writer stays
fenced: its appends fail with `WriterFenced` (503 naming kafka), it never re-initialises
(that would fence the new writer in turn), and what it had sent is aborted, invisible to
`read_committed` readers. So the chain never forks: a writer syncs its index after it took
over, and no older writer can commit after that.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer

from contracts.envelope import Event
from events.kafka.config import KafkaLogConfig
from events.kafka.fencing import WriterFenced, is_fenced
from events.kafka.guard import describe
from events.kafka.index import Overlay, StreamIndex
from events.kafka.planner import Plan, plan_append
from events.kafka.producer_config import (
    producer_settings,
    shorten_concurrent_transactions_retry,
    transaction_settings,
)
from events.kafka.round_transaction import RoundTransaction
from events.port import AppendResult, EventLogError

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
        wait_settled: Callable[[], Coroutine[Any, Any, None]],
    ) -> None:
        self._config = config
        self._index = index
        self._sync = sync  # catches the index up with the topic
        self._wait_settled = wait_settled  # until no transaction on the topic is pending
        self._queue: list[_Request] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._producer: AIOKafkaProducer | None = None
        self._fenced: WriterFenced | None = None
        self._broken = False  # a transaction failed: start a new producer before the next
        # Whether the index holds everything committed before our next transaction: true
        # after a catch-up and after each of our own commits (the fence: while we hold the
        # epoch no other writer commits, and a newer one makes our next commit fail).
        self._synced = False
        # A round failed with an unknown outcome: its commit may still be writing its
        # marker, so the next catch-up first waits until the topic's transactions settled.
        self._unsettled = False

    async def start(self) -> None:
        await self._start_producer()
        self._task = asyncio.create_task(self._run(), name="kafka-log-writer")

    async def _start_producer(self) -> None:
        """InitProducerId: takes the log over from any older writer (and fences it)."""
        config = self._config
        shorten_concurrent_transactions_retry(config)
        producer = AIOKafkaProducer(
            bootstrap_servers=config.bootstrap,
            client_id=f"{config.client_id}-writer",
            **producer_settings(config),
            **transaction_settings(config),
        )
        try:
            await producer.start()
        except BaseException:
            await producer.stop()
            raise
        self._producer = producer
        self._broken = False
        self._synced = False  # a (new) epoch: catch up with what came before it

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
        if self._fenced is not None:
            raise self._fenced
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
        if self._fenced is not None:
            self._fail(self._queue, self._fenced)
            self._queue.clear()
            return
        if self._broken:  # the last transaction failed (not fenced): a fresh producer
            try:
                await self._restart_producer()
            except Exception as exc:
                self._fail(self._queue, exc)
                self._queue.clear()
                return
        if self._synced:  # our last commit went through: nothing else can have committed
            await self._send(Overlay(self._index), [], self._round_budget)
            return
        # The catch-up's round trip overlaps the planning (CPU): start it, let it send its
        # request, plan on the index as it is, then keep the plan only if nobody else wrote.
        sync = asyncio.create_task(self._catch_up())
        await asyncio.sleep(0)
        head = self._index.head
        group = Overlay(self._index)
        taken, refused, budget, _ = self._plan(group, self._round_budget)
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
        self._synced = True
        for request, why in refused:
            self._fail([request], why)
        await self._send(group, taken, budget)

    async def _catch_up(self) -> None:
        if self._unsettled:  # else a lost commit may be unreadable yet: a retry would repeat it
            await self._wait_settled()
            self._unsettled = False
        await self._sync()

    def _plan(
        self, group: Overlay, budget: int, limit: int | None = None
    ) -> tuple[list[Taken], list[tuple[_Request, Exception]], int, bool]:
        """Take queued appends onto `group` while they fit in `budget` bytes, until their
        messages reach `limit`; also the refused ones. Returns (taken, refused, the budget
        left, whether the round is full: the next append waits for the next round)."""
        now = dt.datetime.now(dt.UTC)
        taken: list[Taken] = []
        refused: list[tuple[_Request, Exception]] = []
        messages = 0
        while self._queue and (limit is None or messages < limit):
            request = self._queue[0]
            child = Overlay(group)
            try:
                plan = plan_append(
                    child, request.events, request.expected_version, now, self._config.feed
                )
            except Exception as exc:  # refused: this append alone fails
                refused.append((self._queue.pop(0), exc))
                continue
            size = sum(m.size() for m in plan.messages)
            if size > self._round_budget:
                error = EventLogError(
                    f"append of {size} bytes exceeds one record batch ({self._round_budget})"
                )
                refused.append((self._queue.pop(0), error))
                continue
            if size > budget:
                return taken, refused, budget, True  # next round
            budget -= size
            messages += len(plan.messages)
            self._queue.pop(0)
            child.merge_into_parent()
            taken.append((request, plan, child))
        return taken, refused, budget, False

    @property
    def _round_budget(self) -> int:
        return self._config.max_batch_bytes * 9 // 10

    async def _restart_producer(self) -> None:
        old, self._producer = self._producer, None
        if old is not None:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(self._config.operation_timeout_s):
                    await old.stop()
        async with asyncio.timeout(self._config.operation_timeout_s):
            await self._start_producer()

    async def _settle(self, producer: AIOKafkaProducer) -> Exception | None:
        """After a failed transaction (a timeout, say after this process was paused): let
        the broker decide how it ends — a commit in flight completes, an open transaction is
        aborted — so a writer fenced meanwhile learns it (returns ProducerFenced) instead of
        re-initialising and fencing the new writer. Unsettled: a new producer next round."""
        manager = getattr(producer, "_txn_manager", None)  # aiokafka keeps the state here
        state = getattr(getattr(manager, "state", None), "name", "")
        try:
            async with asyncio.timeout(self._config.operation_timeout_s):
                if state == "COMMITTING_TRANSACTION" and manager is not None:
                    await asyncio.shield(manager.wait_for_transaction_end())
                elif state in ("IN_TRANSACTION", "ABORTABLE_ERROR"):
                    await producer.abort_transaction()
                elif state != "READY":
                    self._broken = True
            return None
        except Exception as exc:
            if not is_fenced(exc, producer):
                self._broken = True
            return exc

    async def _send(self, group: Overlay, planned: list[Taken], budget: int) -> None:
        """One round's transaction: `planned` (on `group`) first, then the rest of the queue
        planned in chunks, each sent as soon as it is planned, so the broker writes one
        chunk while the next is planned (round_transaction.py); appends queued meanwhile
        join the round while `budget` bytes last. Bounded: a commit still in flight may land
        later; the next round's sync then finds it and a retried append reports its events
        as duplicates."""
        assert self._producer is not None
        transaction = RoundTransaction(self._producer, self._config.topic)
        taken: list[Taken] = []
        chunk, full = planned, False
        try:
            async with asyncio.timeout(self._config.operation_timeout_s):
                while chunk or (self._queue and not full):
                    if not chunk:
                        limit = self._config.chunk_messages
                        chunk, refused, budget, full = self._plan(group, budget, limit)
                        for request, why in refused:
                            self._fail([request], why)
                    taken += chunk
                    await transaction.send([m for _, plan, _ in chunk for m in plan.messages])
                    chunk = []
                    await asyncio.sleep(0)  # the producer's sender takes the chunk on
                offsets = await transaction.commit()
        except Exception as exc:
            await self._round_failed(exc, taken)
            return
        self._committed(group, taken, offsets)

    async def _round_failed(self, exc: Exception, taken: list[Taken]) -> None:
        producer = self._producer
        if not is_fenced(exc, producer):
            assert producer is not None
            exc = await self._settle(producer) or exc
        if is_fenced(exc, producer):
            self._fenced = WriterFenced(self._config.topic, describe(exc))
            exc = self._fenced
        self._synced = False
        self._unsettled = True
        self._fail([r for r, _, _ in taken], exc)  # the next round re-syncs the index

    def _committed(self, group: Overlay, taken: list[Taken], offsets: list[int]) -> None:
        if offsets:
            group.merge_into_parent(offsets)
            # Nothing else committed in between (we held the epoch): resume after our batch.
            self._index.next_offset = max(self._index.next_offset, offsets[-1] + 1)
        for request, plan, _ in taken:
            if not request.done.done():  # the caller may have given up (cancelled)
                request.done.set_result(AppendResult(plan.appended, group.head))

    @staticmethod
    def _fail(requests: Sequence[_Request], exc: BaseException) -> None:
        for request in requests:
            if not request.done.done():
                request.done.set_exception(exc)
