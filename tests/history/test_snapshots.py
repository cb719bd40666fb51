"""As-of reads (snapshot + a few events) equal a replay of the log up to that position."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from services.readside.rebuild import rebuild_and_compare
from services.readside.timetravel import TimeTravel
from tests.support.history import synthetic_history


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    yield log
    await log.close()


async def test_as_of_equals_replay_to_that_position(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    await log.append(synthetic_history(120))  # 360 events, ~90 per territory: many snapshots
    await catch_up(log, redis_store, batch=37)  # odd batches: snapshots land mid-batch
    travel = TimeTravel(log, redis_store)
    head = await log.head()
    for at in (1, 17, 100, 181, 250, head):
        await redis_store.drop("other")
        await catch_up(log, redis_store, ns="other", upto=at)
        for projection in PROJECTIONS:
            keys = await redis_store.keys("other", projection.slot)
            assert await travel.keys_as_of(projection, at) == keys
            replayed = await redis_store.get_many("other", projection.slot, keys)
            for key in keys:
                assert await travel.doc_as_of(projection, key, at) == replayed[key], (at, key)
    snaps = await redis_store.history("live", "territories.v1", "aghdam-district", head)
    assert snaps.snapshot_position > 0 and len(snaps.positions) < 16


async def test_replay_to_a_position_equals_live_as_of_it_and_lists_what_changed_since(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    await log.append(synthetic_history(40))
    await catch_up(log, redis_store)
    report = await rebuild_and_compare(log, redis_store, "other", upto=30)
    assert report["equal"] is True and report["position"] == 30
    territories = report["projections"]["territories.v1"]
    assert territories["equal_as_of"] and not territories["equal"]
    assert territories["changed"] and territories["only_in_replay"] == []
    with pytest.raises(ValueError, match="live namespace"):
        await rebuild_and_compare(log, redis_store, "live")
