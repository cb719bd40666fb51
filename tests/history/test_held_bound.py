"""A rebuild whose held documents are bounded (least recently touched evicted, read back when
touched again) writes the same Redis contents, key by key, as one that holds them all."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from contracts.envelope import Event, new_event
from contracts.lifecycle import FactRetracted
from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector import working_set
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.support.builders import events_from_gold
from tests.support.redis_contents import redis_contents


def _uneven(articles: int) -> list[Event]:
    """A hot territory and meeting pair in every article, and cold ones in blocks that come
    back after the others (evicted meanwhile under a small bound); some facts retracted
    later (their routes read back from the store)."""
    out: list[Event] = []
    for i in range(articles):
        cold = i // 5 % 9
        day = f"202{i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        owner, other = ("Azerbaijan", "Armenia") if i % 3 else ("Armenia", "Azerbaijan")
        facts: list[dict[str, Any]] = [
            {"kind": "TerritoryTransferred", "territory": "District 0", "from": other,
             "to": owner, "date": day},
            {"kind": "TerritoryTransferred", "territory": f"District {1 + cold}",
             "from": owner, "to": other, "date": day},
            {"kind": ["MeetingAnnounced", "MeetingHeld"][i % 2],
             "participants": [f"Leader {cold}", f"Leader {cold + 1}"], "date": day},
            {"kind": "MeetingAnnounced", "participants": ["Leader 0", "Leader 9"],
             "date": day},
        ]  # fmt: skip
        out += events_from_gold(facts, article=f"lru-{i}", published=day)
        if i % 7 == 6:
            target = [e for e in out[:-10] if e.type == "TerritoryTransferred"][-1]
            retract = FactRetracted(fact_id=target.id, reason="withdrawn")
            out.append(new_event(retract, stream_id=target.stream_id))
    return out


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3")
    await log.append(_uneven(200))
    yield log
    await log.close()


_stores = itertools.count()


async def _rebuilt(
    server: str,
    log: SqliteEventLog,
    bound: int,
    monkeypatch: pytest.MonkeyPatch,
    commit_at: set[tuple[str, int]] | None = None,
) -> tuple[dict[str, Any], dict[str, str], list[tuple[int, int]], set[tuple[str, int]]]:
    """Contents, digests, each flush's (hits, loads) and the (slot, position) of each commit
    of a rebuild under `bound`; `commit_at`: commit there (and at the end) instead of when
    due, so that the as-of snapshots (one per document per commit) can be compared."""
    counts: list[tuple[int, int]] = []
    commits: set[tuple[str, int]] = set()
    flush, due = working_set.WorkingSet.flush, working_set.WorkingSet.flush_due

    async def counted(self: working_set.WorkingSet) -> None:
        commits.add((self.projection.slot, self.applied))
        await flush(self)
        counts.append((self.hits, self.loads))

    def due_at(self: working_set.WorkingSet) -> bool:
        if commit_at is None:
            return due(self)
        return (self.projection.slot, self.applied) in commit_at

    monkeypatch.setattr(working_set.WorkingSet, "flush", counted)
    monkeypatch.setattr(working_set.WorkingSet, "flush_due", due_at)
    store = RedisReadModelStore.from_url(server, prefix=f"bound{next(_stores)}-{bound}")
    try:
        reached = await catch_up(log, store, ns="live", batch=17, max_held_claims=bound)
        assert reached == await log.head()
        digests = {p.slot: await store.digest("live", p.slot) for p in PROJECTIONS}
        return await redis_contents(store), digests, counts, commits
    finally:
        monkeypatch.undo()
        await store.drop("live")
        await store.close()


async def test_a_tiny_bound_evicts_and_reloads_and_writes_the_same_keys(
    redis_server: str, log: SqliteEventLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, whole_digests, _, _ = await _rebuilt(redis_server, log, 10**9, monkeypatch)
    for bound in (1, 40, 150):
        contents, digests, counts, commits = await _rebuilt(redis_server, log, bound, monkeypatch)
        assert any(loads > 10 for _, loads in counts), "nothing was read back"
        if bound > 1:  # the hot documents stay held
            assert any(hits > loads for hits, loads in counts), "nothing stayed held"
        assert digests == whole_digests
        # all held, committed at the same positions: the same keys, snapshots included
        same, _, held, _ = await _rebuilt(redis_server, log, 10**9, monkeypatch, commits)
        assert all(loads <= 30 for _, loads in held)  # only first reads (a few documents)
        assert contents.keys() == same.keys()
        for key, value in same.items():
            assert contents[key] == value, key
