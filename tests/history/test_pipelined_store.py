"""The worker's auto-pipelined Redis store builds the same read models, byte for byte, as
the plain store, and keeps each command's own answer and error (issue 13 item 4)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator

import pytest

from contracts.envelope import Event
from events.kafka.binding import encode
from events.records import content_key
from services.projections.registry import PROJECTIONS
from services.readmodels.port import CheckpointMoved, ReadModelStore
from services.readmodels.redis_pipelined import PipelinedRedisStore
from services.readmodels.redis_store import RedisReadModelStore
from services.worker import handlers
from services.worker.messages import Headers, Raw
from services.worker.routing import feed_partitions_for
from services.worker.statecache import StateCache
from tests.support.history import synthetic_history

PARTITIONS = 4


@pytest.fixture
async def pipelined(redis_server: str) -> AsyncIterator[PipelinedRedisStore]:
    store = PipelinedRedisStore.from_url(redis_server, prefix=f"tp{os.getpid()}-{id(object())}")
    yield store
    await store.drop("live")
    await store.close()


def _feed(events: list[Event]) -> list[Raw]:
    """The feed's records in log order, as the writer routes them (offsets per partition)."""
    offsets = [0] * PARTITIONS
    out = []
    for position, event in enumerate(events, start=1):
        stored = event.model_copy(update={"position": position}).model_dump(mode="json")
        key, value, headers = encode(stored, content_key(event))
        for p in feed_partitions_for(event, PARTITIONS):
            out.append(Raw("feed", p, offsets[p], key, value, headers))
            offsets[p] += 1
    return out


async def _project(store: ReadModelStore, feed: list[Raw], batch: int) -> None:
    async def no_dead_letters(
        key: bytes | None, value: bytes, headers: Headers, partition: int | None
    ) -> asyncio.Future[object]:
        raise AssertionError("nothing fails here")

    cache = StateCache()
    for start in range(0, len(feed), batch):
        await handlers.project(
            feed[start : start + batch], store, None, PARTITIONS, no_dead_letters, cache
        )


async def _digests(store: ReadModelStore) -> dict[str, str]:
    return {p.slot: await store.digest("live", p.slot) for p in PROJECTIONS}


@pytest.mark.parametrize("batch", [1, 7, 500])
async def test_feed_batches_build_the_same_bytes_as_the_plain_store(
    redis_store: RedisReadModelStore, pipelined: PipelinedRedisStore, batch: int
) -> None:
    feed = _feed(synthetic_history(150))  # every projected kind, corrections included
    await _project(redis_store, feed, batch)
    await _project(pipelined, feed, batch)
    plain = await _digests(redis_store)
    assert await _digests(pipelined) == plain
    for p in PROJECTIONS:
        assert await pipelined.checkpoint("live", p.slot) == await redis_store.checkpoint(
            "live", p.slot
        )
        keys = await redis_store.keys("live", p.slot)
        assert keys and await pipelined.get_many("live", p.slot, keys) == (
            await redis_store.get_many("live", p.slot, keys)
        )


async def test_concurrent_commands_share_one_round_trip_each_with_its_own_answer(
    pipelined: PipelinedRedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    slot = PROJECTIONS[0].slot
    flushes = 0
    flush = pipelined._auto._flush

    async def counted() -> None:
        nonlocal flushes
        flushes += 1
        await flush()

    monkeypatch.setattr(pipelined._auto, "_flush", counted)
    ok = pipelined.commit(
        "live", slot, docs={"a": "{}"}, routes={}, partition="feed-0", expected=0, position=5
    )
    stale = pipelined.commit(
        "live", slot, docs={"b": "{}"}, routes={}, partition="feed-1", expected=3, position=5
    )
    alias = pipelined.get_alias("nobody")
    results = await asyncio.gather(ok, stale, alias, return_exceptions=True)
    assert flushes == 1
    assert results[0] is None and results[2] is None
    assert isinstance(results[1], CheckpointMoved)  # the other command's answer is its own
    assert await pipelined.checkpoint("live", slot) == {"feed-0": 5}
    assert await pipelined.get_many("live", slot, ["a", "b"]) == {"a": "{}"}


async def test_a_redis_without_the_script_loads_it_and_commits(
    pipelined: PipelinedRedisStore,
) -> None:
    await pipelined._redis.script_flush()
    slot = PROJECTIONS[0].slot
    await pipelined.commit(
        "live", slot, docs={"a": "{}"}, routes={}, partition="feed-0", expected=0, position=2
    )
    assert await pipelined.checkpoint("live", slot) == {"feed-0": 2}
