"""A rebuild decoding the log without validation builds the same read models."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.envelope import Event, new_event
from contracts.lifecycle import ArticleIngested
from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.builders import retraction, supersession
from tests.support.history import synthetic_articles, synthetic_history


async def test_trusted_replay_gives_the_digests_of_the_validated_path(
    tmp_path: Path, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    events = synthetic_history(150)
    # articles feed no read model: a rebuild skips them, in runs and between facts
    articles = [
        new_event(ArticleIngested(article_id=a, published=day), stream_id=f"x:{a}")
        for a, day, _ in synthetic_articles(150)
    ]
    await log.append([*events[:200], *articles[:120]])
    await log.append([*events[200:], retraction(events[4]), *articles[120:]])
    await log.append([retraction(events[10])])
    await log.append([supersession(events[7], events[8]), retraction(events[5])])
    head = await log.head()
    # the rebuild's path: only the kinds a projection records, as plain dicts
    assert await catch_up(log, redis_store, ns="dicts", batch=97) == head

    # the kinds decoded into the contract models without validation
    monkeypatch.setattr(log, "replay_dicts", None)
    assert await catch_up(log, redis_store, ns="trusted", batch=97) == head

    async def validated(after: int = 0, limit: int | None = None) -> list[Event]:
        return await log.read_all(after=after, limit=limit)

    # every event, validated, through the reducers
    monkeypatch.setattr(log, "replay_kinds", None)
    monkeypatch.setattr(log, "replay", validated)
    assert await catch_up(log, redis_store, ns="validated") == head
    for projection in PROJECTIONS:
        validated_digest = await redis_store.digest("validated", projection.slot)
        assert await redis_store.keys("validated", projection.slot)
        for ns in ("dicts", "trusted"):
            assert await redis_store.digest(ns, projection.slot) == validated_digest, ns
    await log.close()
