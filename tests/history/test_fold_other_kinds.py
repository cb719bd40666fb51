"""A working set leaves out the events its projection does not record, and still counts
them: a live batch that ends with another projection's event (or an article) moves the
checkpoint to that event, and a rebuild's span moves it to the span's end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from events.sqlite.log import SqliteEventLog
from services.projections.registry import MEETINGS, PROJECTIONS, TERRITORIES
from services.projector.reading import rebuild_kinds, replay_for_rebuild
from services.projector.runner import apply_events, catch_up
from services.projector.working_set import WorkingSet
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.history import synthetic_history


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(synthetic_history(60))
    yield log
    await log.close()


async def test_a_batch_ending_in_other_kinds_moves_the_checkpoint_to_its_last_event(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    events = await log.replay()
    for projection in (MEETINGS, TERRITORIES):
        # cut where the batch's last event is one this projection does not record
        cut = next(i + 1 for i, e in enumerate(events[10:], 10) if e.type not in projection.kinds)
        working = WorkingSet(redis_store, "live", projection)
        assert await apply_events(working, events[:cut]) == cut
        stored = await redis_store.checkpoint("live", projection.slot)
        assert stored["log"] == events[cut - 1].position
        await apply_events(working, events[cut:])
    await catch_up(log, redis_store, ns="whole")
    for projection in PROJECTIONS:
        assert await redis_store.digest("live", projection.slot) == await redis_store.digest(
            "whole", projection.slot
        )


async def test_a_span_moves_to_its_end_and_records_only_its_kinds(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    kinds = rebuild_kinds(PROJECTIONS)
    events, last = await replay_for_rebuild(log, kinds, 0, 40, raw=True)
    working = WorkingSet(redis_store, "span", TERRITORIES)
    await working.fold(events, (0, last))
    assert working.applied == last == 40
    held = {f.claim.fact_id for k in working._states for f in working._states[k].facts}
    territorial = {e.id for e in events if e.type in TERRITORIES.kinds}
    assert held == territorial and territorial
