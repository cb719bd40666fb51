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
