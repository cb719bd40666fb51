"""The workers' bulk catch-up keeps documents decoded and commits when due (the embedded
catch-up's `WorkingSet`, per feed partition): it writes exactly what the plain path
(`apply_partition` a batch at a time) writes — documents, partition-scoped fact routes and
`feed-<p>` checkpoints — and a failing event is still isolated and dead-lettered."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS, Projection
from services.readmodels.redis_store import RedisReadModelStore
from services.worker import apply, bulk
from services.worker.bulk import bulk_catch_up, plain_catch_up
from services.worker.messages import Headers
from tests.support.history import synthetic_history

PARTITIONS = 4


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(synthetic_history(150))  # 450 events, long-lived documents, corrections
    yield log
    await log.close()


async def _written(store: RedisReadModelStore, ns: str) -> dict[str, Any]:
    """Every document, route and checkpoint of the namespace."""
    out: dict[str, Any] = {}
    for p in PROJECTIONS:
        keys = await store.keys(ns, p.slot)
        out[p.slot] = {
            "docs": await store.get_many(ns, p.slot, keys),
            "routes": await store._redis.hgetall(f"{store._prefix}:{ns}:{p.slot}:routes"),
            "checkpoint": await store.checkpoint(ns, p.slot),
            "digest": await store.digest(ns, p.slot),
        }
    return out


class Dead:
    def __init__(self) -> None:
        self.ids: list[bytes] = []

    async def __call__(
        self, key: bytes | None, value: bytes, headers: Headers, partition: int | None
    ) -> Awaitable[object]:
        self.ids += [v for k, v in headers if k == "ce_id"]

        async def sent() -> None:
            return None

        return sent()


class ModelsOnly:
    """The log without `replay_dicts`: the bulk then folds the contract models (as on a log
    that cannot give plain dicts)."""

    def __init__(self, log: SqliteEventLog) -> None:
        self._log = log

    def __getattr__(self, name: str) -> Any:
        if name == "replay_dicts":
            raise AttributeError(name)
        return getattr(self._log, name)


@pytest.mark.parametrize("dicts", [True, False])
@pytest.mark.parametrize("batch", [10_000, 7])
async def test_held_bulk_writes_what_the_plain_path_writes(
    log: SqliteEventLog, redis_store: RedisReadModelStore, batch: int, dicts: bool
) -> None:
    head = await log.head()
    if not dicts:
        log = ModelsOnly(log)  # type: ignore[assignment]
    assert await plain_catch_up(log, redis_store, PARTITIONS, Dead(), topic="t", ns="plain") == head
    # interrupted, then resumed from its checkpoints
    at = await bulk_catch_up(log, redis_store, PARTITIONS, Dead(), topic="t", ns="held", upto=200)
    assert at == 200
    done = await bulk_catch_up(
        log, redis_store, PARTITIONS, Dead(), topic="t", ns="held", batch=batch
    )
    assert done == head
    assert await _written(redis_store, "held") == await _written(redis_store, "plain")
    assert (await _written(redis_store, "held"))[PROJECTIONS[0].slot]["routes"], (
        "no routes compared"
    )


async def test_a_failing_event_is_dead_lettered_as_on_the_plain_path(
    log: SqliteEventLog, redis_store: RedisReadModelStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = await log.read_all()
    poison = events[len(events) // 2].id
    owned = apply.owned_projection

    def failing(projection: Projection, partition: int, partitions: int) -> Projection:
        mine = owned(projection, partition, partitions)

        def record_all(state: Any, batch: Any, *args: Any) -> Any:
            if any(e.id == poison for e in batch):
                raise ValueError("poison")
            return mine.record_all(state, batch, *args)

        def record_raw(state: Any, batch: Any, *args: Any) -> Any:  # the bulk's plain dicts
            if any(e.id == poison for e in batch):
                raise ValueError("poison")
            assert mine.record_raw is not None
            return mine.record_raw(state, batch, *args)

        return replace(mine, record_all=record_all, record_raw=record_raw)

    monkeypatch.setattr(apply, "owned_projection", failing)
    monkeypatch.setattr(bulk, "owned_projection", failing)
    plain, held = Dead(), Dead()
    await plain_catch_up(log, redis_store, PARTITIONS, plain, topic="t", ns="plain", batch=100)
    await bulk_catch_up(log, redis_store, PARTITIONS, held, topic="t", ns="held", batch=100)
    assert plain.ids and set(held.ids) == set(plain.ids) == {poison.encode()}
    assert await _written(redis_store, "held") == await _written(redis_store, "plain")
