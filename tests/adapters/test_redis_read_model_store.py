"""The Redis adapter against the store suite, on a real Redis server."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from events.dependency import DependencyUnavailable
from services.readmodels.port import AliasMoved, CheckpointMoved
from services.readmodels.redis_store import RedisReadModelStore
from tests.adapters.read_model_store_conformance import ReadModelStoreConformance


@pytest.fixture
def store(redis_store: RedisReadModelStore) -> RedisReadModelStore:
    return redis_store


class TestRedisReadModelStore(ReadModelStoreConformance):
    pass


@pytest.mark.parametrize(
    ("read", "write", "socket"), [(None, None, None), (2.0, 30.0, 30.0), (2.0, None, 2.0)]
)
async def test_the_socket_waits_as_long_as_the_longest_call_may(
    read: float | None, write: float | None, socket: float | None
) -> None:
    """redis-py's own socket timeout (5 s) cut a 1M-event rebuild's final commit short under
    load, whatever write timeout the store was given; the guard bounds each call instead."""
    store = RedisReadModelStore.from_url(
        "redis://127.0.0.1:1", read_timeout_s=read, write_timeout_s=write
    )
    kwargs = store._redis.connection_pool.connection_kwargs
    assert kwargs["socket_timeout"] == socket
    assert kwargs["socket_connect_timeout"] == read
    await store.close()


class TestRedisStoreStagingEveryCommit(ReadModelStoreConformance):
    """The same suite with every commit's documents sent ahead and renamed into place."""

    @pytest.fixture
    def store(self, redis_store: RedisReadModelStore) -> RedisReadModelStore:
        redis_store._stage_from_bytes = 0
        return redis_store


async def _stage_keys(store: RedisReadModelStore) -> list[str]:
    return [k async for k in store._redis.scan_iter(match="*stage:*")]


async def test_a_refused_staged_commit_leaves_no_staged_documents(
    redis_store: RedisReadModelStore,
) -> None:
    redis_store._stage_from_bytes = 0
    commit = {"routes": {}, "partition": "log", "position": 3}
    await redis_store.commit("live", "p", docs={"a": "1"}, expected=0, **commit)
    with pytest.raises(CheckpointMoved):
        await redis_store.commit("live", "p", docs={"a": "2", "b": "3"}, expected=0, **commit)
    with pytest.raises(AliasMoved):
        await redis_store.commit("green", "p", docs={"a": "2"}, expected=0, alias="live", **commit)
    assert await _stage_keys(redis_store) == []
    assert await redis_store.get("live", "p", "a") == "1"
    assert await redis_store.keys("green", "p") == []


async def test_staged_documents_lost_before_the_commit_fail_it_whole(
    redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A staged document gone (expired) when the script runs: nothing is written, and the
    caller hears Redis was unavailable (it retries the batch)."""
    redis_store._stage_from_bytes = 0
    staged = redis_store._staged

    async def staged_then_lost(base: str, docs: Mapping[str, str]) -> str:
        stage = await staged(base, docs)
        await redis_store._redis.delete(stage + "b")
        return stage

    monkeypatch.setattr(redis_store, "_staged", staged_then_lost)
    with pytest.raises(DependencyUnavailable):
        await redis_store.commit(
            "live",
            "p",
            docs={"a": "1", "b": "2"},
            routes={"f": ["a"]},
            partition="log",
            expected=0,
            position=3,
        )
    assert await redis_store.keys("live", "p") == []
    assert await redis_store.checkpoint("live", "p") == {}
    assert await _stage_keys(redis_store) == []
