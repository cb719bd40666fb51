"""The bulk catch-up reads the next batch while it folds the current one
(`services/worker/readahead.py`): it writes what the plain path writes, reads each batch
once, and an error while reading ahead surfaces instead of being swallowed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from contracts.envelope import Event
from events.sqlite.log import SqliteEventLog
from services.readmodels.redis_store import RedisReadModelStore
from services.worker.bulk import bulk_catch_up, plain_catch_up
from services.worker.readahead import ReadAhead
from tests.history.test_bulk_held import PARTITIONS, Dead, _written
from tests.support.history import synthetic_history


class SlowLog:
    """The log, with replays that take a while (the fold overlaps them) and may fail."""

    def __init__(self, log: SqliteEventLog, fail_after: int | None = None) -> None:
        self._log = log
        self.fail_after = fail_after
        self.reads: list[tuple[int, int | None]] = []

    async def replay(self, after: int = 0, limit: int | None = None) -> list[Event]:
        self.reads.append((after, limit))
        await asyncio.sleep(0.01)
        if self.fail_after is not None and after >= self.fail_after:
            raise ConnectionError("broker went away while reading ahead")
        return await self._log.replay(after=after, limit=limit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._log, name)


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(synthetic_history(150))  # 450 events
    yield log
    await log.close()


async def test_read_ahead_writes_what_the_plain_path_writes(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    head = await log.head()
    await plain_catch_up(log, redis_store, PARTITIONS, Dead(), topic="t", ns="plain")
    slow = SlowLog(log)
    done = await bulk_catch_up(
        slow, redis_store, PARTITIONS, Dead(), topic="t", ns="ahead", batch=40
    )  # type: ignore[arg-type]
    assert done == head
    assert await _written(redis_store, "ahead") == await _written(redis_store, "plain")
    afters = [after for after, _ in slow.reads]
    assert afters == sorted(set(afters)), "each batch read once, in order"
    assert afters[:3] == [0, 40, 80] and afters[-1] == head  # the last read finds nothing


async def test_an_error_reading_ahead_surfaces_and_loses_nothing(
    log: SqliteEventLog, redis_store: RedisReadModelStore
) -> None:
    await plain_catch_up(log, redis_store, PARTITIONS, Dead(), topic="t", ns="plain")
    slow = SlowLog(log, fail_after=200)
    with pytest.raises(ConnectionError, match="reading ahead"):
        await bulk_catch_up(slow, redis_store, PARTITIONS, Dead(), topic="t", ns="ahead", batch=50)  # type: ignore[arg-type]
    assert (200, 50) in slow.reads, "the failing batch was read ahead"
    # what was folded before the error is committed or folded again: nothing is lost
    await bulk_catch_up(log, redis_store, PARTITIONS, Dead(), topic="t", ns="ahead", batch=50)
    assert await _written(redis_store, "ahead") == await _written(redis_store, "plain")


async def test_a_read_ahead_not_wanted_is_dropped_with_its_error() -> None:
    calls: list[int] = []

    async def read(after: int, limit: int) -> list[Event]:
        calls.append(after)
        if after == 10:
            raise ConnectionError("not wanted anyway")
        return []

    ahead = ReadAhead(read)
    ahead.start(10, 5)
    await asyncio.sleep(0)
    assert await ahead.read(3, 5) == []  # went back to a checkpoint: read again
    assert calls == [10, 3]
    ahead.start(8, 5)
    await ahead.close()  # cancelled before it ran
    assert calls == [10, 3]
