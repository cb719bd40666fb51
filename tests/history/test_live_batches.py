"""The live projector's batches: keys the store lacks are not read, and each commit checks
its alias (no GET per batch); both build the same bytes as a catch-up."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import pytest

from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import Projector, apply_events, catch_up
from services.projector.working_set import WorkingSet
from services.readmodels.port import AliasMoved
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.history import synthetic_history


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(synthetic_history(120))
    yield log
    await log.close()


async def _digests(store: RedisReadModelStore, ns: str) -> dict[str, str]:
    return {p.slot: await store.digest(ns, p.slot) for p in PROJECTIONS}


def _reads_of_stored_keys_only(store: RedisReadModelStore, monkeypatch: Any) -> list[str]:
    """Fails a read of a key the store does not hold; returns the keys read."""
    read: list[str] = []
    get_many = store.get_many

    async def checked(ns: str, projection: str, keys: Iterable[str]) -> dict[str, str]:
        keys = list(keys)
        found = await get_many(ns, projection, keys)
        assert set(found) == set(keys), "read a key the store lacks"
        read.extend(keys)
        return found

    monkeypatch.setattr(store, "get_many", checked)
    return read


async def test_tracked_keys_build_the_same_bytes_also_with_another_writer(
    log: SqliteEventLog, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await catch_up(log, redis_store, ns="whole")
    events = await log.replay()
    read = _reads_of_stored_keys_only(redis_store, monkeypatch)
    sets = [WorkingSet(redis_store, "live", p, alias=p.name, track_keys=True) for p in PROJECTIONS]
    half = len(events) // 2
    for start in range(0, half, 7):
        for working in sets:
            await apply_events(working, events[start : min(start + 7, half)])
    # another writer moves the checkpoint and adds keys: the held keys are not trusted
    await catch_up(log, redis_store, ns="live", upto=half + 20)
    for start in range(half, len(events), 7):
        for working in sets:
            await apply_events(working, events[start : start + 7])
    assert await _digests(redis_store, "live") == await _digests(redis_store, "whole")
    assert read, "documents held by the store were read back after the other writer"


async def test_a_moved_alias_refuses_the_commit_and_the_batch_goes_where_it_points(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    events = await log.replay()
    cut = len(events) // 2
    projector = Projector(log, redis_store)
    sets: dict[tuple[str, str], WorkingSet] = {}
    await projector._apply(sets, events[:cut])
    assert projector._names == ["live"] * len(PROJECTIONS)
    # a blue-green switch by someone else: "other" built up to the same position
    await catch_up(log, redis_store, ns="other", upto=cut)
    for p in PROJECTIONS:
        await redis_store.set_alias(p.name, "other")
    live_before = await _digests(redis_store, "live")
    working = WorkingSet(redis_store, "live", PROJECTIONS[0], alias=PROJECTIONS[0].name)
    await working.load_checkpoint()
    await working.fold(events[cut:])
    with pytest.raises(AliasMoved):
        await working.flush()
    await projector._apply(sets, events[cut:])
    assert projector._names == ["other"] * len(PROJECTIONS)
    assert await _digests(redis_store, "live") == live_before  # nothing landed there
    await catch_up(log, redis_store, ns="whole")
    assert await _digests(redis_store, "other") == await _digests(redis_store, "whole")
    for p in PROJECTIONS:
        await redis_store.set_alias(p.name, "live")
