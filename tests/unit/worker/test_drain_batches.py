"""The fetch loop's batch hand-over (services/worker/drain.py, `feed_batches`): the feed's
records reach the handler a fetch at a time, in the order and with the read offsets and
gaps faust's own per-record loop gives them, tracked before and acked only after the handler
returned (faust commits acked offsets only: after the Redis commit); a rebalance that
suspends the flow mid-fetch still hands over what was taken, and a failing handler acks
nothing."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.consumer import Consumer as FaustConsumer

from services.worker.drain import add_gap, drain_messages
from tests.unit.worker.test_drain import FETCHES, A, FakeConsumer

pytestmark = pytest.mark.unit


class BatchingConsumer(FakeConsumer):
    """The fake consumer with a batch handler for the feed, tracking and acking."""

    def __init__(self, suspend_before: int | None, fail: bool = False) -> None:
        super().__init__([list(f) for f in FETCHES], None)
        self.calls: list[list[tuple[Any, int]]] = []
        self.tracked: set[int] = set()  # ids of tracked, not yet acked messages
        self.acked_at: dict[tuple[Any, int], int] = {}  # record -> number of calls by then
        self._suspend_before = suspend_before
        self._fail = fail
        self.app = SimpleNamespace(
            topics=SimpleNamespace(acks_enabled_for=lambda _: True),
            feed_batches={"feed": self.handle},
        )

    async def handle(self, messages: list[Any]) -> None:
        assert all(id(m) in self.tracked for m in messages)  # tracked, none acked yet
        self.calls.append([(m.tp, m.offset) for m in messages])
        if self._fail:
            raise RuntimeError("the fold failed")

    def track_message(self, message: Any) -> None:
        self.tracked.add(id(message))

    def ack(self, message: Any) -> bool:
        self.tracked.discard(id(message))
        self.acked_at[(message.tp, message.offset)] = len(self.calls)
        self._n_acked += 1
        return True

    async def getmany(self, timeout: float) -> Any:
        async for tp, message in super().getmany(timeout):
            if message.offset == self._suspend_before:  # a rebalance starts mid-fetch
                self.flow_active = False
                self.suspend_flow.set()
                return
            yield tp, message


async def _drain(consumer: Any) -> None:
    async def gap_without_merge(tp: Any, offset_from: int, offset_to: int) -> None:
        add_gap(consumer, tp, offset_from, offset_to)

    consumer._add_gap = gap_without_merge
    await drain_messages(consumer, SimpleNamespace(_stopped=asyncio.Event()))


async def test_the_feed_is_handed_over_a_fetch_at_a_time_as_faust_reads_it() -> None:
    faust_loop = FakeConsumer([list(f) for f in FETCHES], None)
    await FaustConsumer._drain_messages(faust_loop, SimpleNamespace(_stopped=asyncio.Event()))  # type: ignore[arg-type]
    handled, read_offsets, gaps, _, _ = faust_loop.outcome()

    ours = BatchingConsumer(None)
    await _drain(ours)
    assert [r for call in ours.calls for r in call] == handled  # same records, same order
    assert len(ours.calls) == len(FETCHES)  # one call per fetch
    _, our_offsets, our_gaps, commits, _ = ours.outcome()
    assert (our_offsets, our_gaps) == (read_offsets, gaps)
    assert commits  # commit_every still commits, from the acks
    # each record acked once, after the call that handled it
    for n, call in enumerate(ours.calls, start=1):
        assert all(ours.acked_at[r] == n for r in call)
    assert not ours.tracked


async def test_a_suspended_fetch_hands_over_what_it_took_and_drops_the_rest() -> None:
    ours = BatchingConsumer(suspend_before=3)  # the first fetch: (A, 0), (A, 1), then (A, 3)
    await _drain(ours)
    assert ours.calls == [[(A, 0), (A, 1)]]
    assert ours.acked_at == {(A, 0): 1, (A, 1): 1} and not ours.tracked
    assert ours.outcome()[1][A] == 1  # (A, 3) is fetched again after the rebalance


async def test_a_failing_handler_acks_nothing() -> None:
    ours = BatchingConsumer(None, fail=True)
    with pytest.raises(RuntimeError):
        await _drain(ours)
    assert len(ours.calls) == 1 and not ours.acked_at and len(ours.tracked) == 5
