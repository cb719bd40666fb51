"""The worker's fetch loop (services/worker/drain.py) hands records over exactly as faust's
own `Consumer._drain_messages` does: same callbacks in the same order, same read offsets,
offset gaps and commits, also when a rebalance suspends the flow mid-fetch."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.consumer import Consumer as FaustConsumer
from intervaltree import IntervalTree
from mode import Service

from services.worker.drain import add_gap, drain_messages

pytestmark = pytest.mark.unit

A, B = ("feed", 0), ("feed", 1)


class FakeConsumer(Service):
    """What both loops touch of a consumer; records are (tp, offset) in fetches."""

    consumer_stopped_errors = ()

    def __init__(self, fetches: list[list[tuple[Any, int]]], suspend_at: int | None) -> None:
        super().__init__()
        self._read_offset: dict[Any, int | None] = defaultdict(lambda: None)
        self._committed_offset: dict[Any, int | None] = defaultdict(lambda: None)
        self._committed_offset[B] = 20  # a gap below the committed offset is cut there
        self._gap: dict[Any, IntervalTree] = defaultdict(IntervalTree)
        self._commit_every = 4
        self._n_acked = 0
        self.commits: list[int] = []
        self.handled: list[tuple[Any, int]] = []
        self.flow_active = True
        self.suspend_flow = asyncio.Event()
        self.diag = SimpleNamespace(set_flag=lambda _: None, unset_flag=lambda _: None)  # type: ignore[assignment]
        self.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda _: True))
        self.transport = SimpleNamespace(app=SimpleNamespace(should_stop=True))
        self._fetches = fetches
        self._suspend_at = suspend_at

    async def callback(self, message: Any) -> None:
        if message.offset == self._suspend_at:  # a rebalance starts while it is handed over
            self.flow_active = False
            self.suspend_flow.set()
            await asyncio.Event().wait()
        self.handled.append((message.tp, message.offset))
        self._n_acked += 1

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[Any, Any]]:
        if not self._fetches or not self.flow_active:
            self._stopped.set()
            return
        for tp, offset in self._fetches.pop(0):
            if not self.flow_active:  # as faust's getmany
                break
            yield tp, SimpleNamespace(tp=tp, topic=tp[0], offset=offset, key=b"", value=b"")

    async def commit(self) -> None:
        self.commits.append(len(self.handled))

    async def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None:
        await FaustConsumer._add_gap(self, tp, offset_from, offset_to)  # type: ignore[arg-type]

    def outcome(self) -> tuple[Any, ...]:
        gaps = {tp: sorted((i.begin, i.end) for i in tree) for tp, tree in self._gap.items()}
        return self.handled, dict(self._read_offset), gaps, self.commits, self._n_acked


FETCHES = [
    [(A, 0), (A, 1), (A, 3), (B, 10), (B, 12)],  # commit markers leave one-offset gaps
    [(A, 5), (A, 4), (B, 30), (A, 9), (B, 31), (B, 33)],  # 4 is below the read offset
    [(A, 10), (A, 12), (B, 40), (B, 42), (A, 14), (A, 16)],
]


async def _run(ours: bool, suspend_at: int | None) -> tuple[Any, ...]:
    consumer = FakeConsumer([list(f) for f in FETCHES], suspend_at)
    fetcher = SimpleNamespace(_stopped=asyncio.Event())
    if ours:

        async def gap_without_merge(tp: Any, offset_from: int, offset_to: int) -> None:
            add_gap(consumer, tp, offset_from, offset_to)

        consumer._add_gap = gap_without_merge  # type: ignore[method-assign]
        await drain_messages(consumer, fetcher)
    else:
        await FaustConsumer._drain_messages(consumer, fetcher)  # type: ignore[arg-type]
    return consumer.outcome()


@pytest.mark.parametrize("suspend_at", [None, 30, 1])
async def test_the_fetch_loop_hands_over_as_faust_does(suspend_at: int | None) -> None:
    faust_outcome = await _run(False, suspend_at)
    assert await _run(True, suspend_at) == faust_outcome
    handled, _, gaps, commits, _ = faust_outcome
    assert (suspend_at is None) == (len(handled) == 16)  # all but the one below the offset
    assert suspend_at == 1 or (gaps[A] and commits and gaps[B])
