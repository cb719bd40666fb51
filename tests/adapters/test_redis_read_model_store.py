"""The Redis adapter against the store suite, on a real Redis server."""

from __future__ import annotations

import pytest

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


async def test_a_snapshot_taken_at_a_commit_survives_the_document_being_overwritten(
    redis_store: RedisReadModelStore,
) -> None:
    """A commit that takes a snapshot stores a mark ('the document as it stands'); the next
    commit of that document copies the old document under it before overwriting it."""
    store = RedisReadModelStore(redis_store._redis, prefix="marks", snapshot_every=2)

    async def commit(doc: str, expected: int, positions: list[int]) -> None:
        await store.commit(
            "live",
            "p",
            docs={"a": doc},
            routes={},
            partition="log",
            expected=expected,
            position=positions[-1],
            history={"a": positions},
        )

    await commit('{"v":1}', 0, [1, 2])  # crosses 2: snapshot at 2 is this document
    assert await store._redis.hget("marks:live:p:snap:a", "2") == ""
    as_of_2 = await store.history("live", "p", "a", 2)
    assert (as_of_2.snapshot_position, as_of_2.snapshot, as_of_2.positions) == (2, '{"v":1}', [])
    await commit('{"v":2}', 2, [3])  # no new snapshot, but the mark is resolved first
    assert await store._redis.hget("marks:live:p:snap:a", "2") == '{"v":1}'
    await commit('{"v":3}', 3, [4, 5])  # snapshot at 5 (crosses 4): a mark again
    for at, expected in (
        (2, (2, '{"v":1}', [])),
        (3, (2, '{"v":1}', [3])),
        (5, (5, '{"v":3}', [])),
    ):
        past = await store.history("live", "p", "a", at)
        assert (past.snapshot_position, past.snapshot, past.positions) == expected, at
    before_any = await store.history("live", "p", "a", 1)
    assert (before_any.snapshot_position, before_any.snapshot, before_any.positions) == (
        0,
        None,
        [1],
    )
