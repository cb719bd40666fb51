"""A rebuild decoding the log without validation builds the same read models."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.envelope import Event
from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.builders import retraction
from tests.support.history import synthetic_history


async def test_trusted_replay_gives_the_digests_of_the_validated_path(
    tmp_path: Path, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    events = synthetic_history(150)
    await log.append([*events, retraction(events[4]), retraction(events[10])])
    head = await log.head()
    assert await catch_up(log, redis_store, ns="trusted") == head

    async def validated(after: int = 0, limit: int | None = None) -> list[Event]:
        return await log.read_all(after=after, limit=limit)

    monkeypatch.setattr(log, "replay", validated)
    assert await catch_up(log, redis_store, ns="validated") == head
    for projection in PROJECTIONS:
        trusted = await redis_store.digest("trusted", projection.slot)
        assert trusted == await redis_store.digest("validated", projection.slot)
        assert await redis_store.keys("trusted", projection.slot)
    await log.close()
