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
