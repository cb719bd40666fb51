"""Catch-up keeps documents decoded between batches and commits when a commit is due."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector import working_set
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.history import synthetic_history


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(synthetic_history(120))  # 360 events over a few long-lived documents
    yield log
    await log.close()


async def _digests(store: RedisReadModelStore, ns: str) -> dict[str, str]:
    return {p.slot: await store.digest(ns, p.slot) for p in PROJECTIONS}


async def test_small_batches_commit_less_often_and_build_the_same_bytes(
    log: SqliteEventLog, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await catch_up(log, redis_store, ns="whole", batch=100_000)
    commits: list[int] = []
    commit = redis_store.commit

    async def counted(*args: Any, **kwargs: Any) -> None:
        commits.append(kwargs["position"])
        await commit(*args, **kwargs)

    monkeypatch.setattr(redis_store, "commit", counted)
    head = await log.head()
    assert await catch_up(log, redis_store, ns="small", batch=5) == head
    batches = head // 5 * len(PROJECTIONS)
    assert len(commits) < batches / 4, "documents were committed every batch"
    assert await _digests(redis_store, "small") == await _digests(redis_store, "whole")


async def test_two_catch_ups_racing_on_one_namespace_build_the_same_bytes(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    await catch_up(log, redis_store, ns="clean")
    head = await log.head()
    reached = await asyncio.gather(
        catch_up(log, redis_store, ns="raced", batch=7),
        catch_up(log, redis_store, ns="raced", batch=11),
    )
    assert reached == [head, head]
    assert await _digests(redis_store, "raced") == await _digests(redis_store, "clean")


async def test_bounded_memory_and_chunked_commits_build_the_same_bytes(
    log: SqliteEventLog, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await catch_up(log, redis_store, ns="whole", batch=100_000)
    monkeypatch.setattr(working_set, "CHUNK_BYTES", 1)  # one document per commit
    # a bound of 10 claims drops and re-reads states often
    reached = await catch_up(log, redis_store, ns="tight", batch=13, max_held_claims=10)
    assert reached == await log.head()
    assert await _digests(redis_store, "tight") == await _digests(redis_store, "whole")
