"""Replay the log into an isolated keyspace (up to a position) and compare with live."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from events.port import EventLog
from services.projections.registry import PROJECTIONS, Projection
from services.projector.runner import PARTITION, catch_up
from services.readmodels.namespaces import LIVE, live_ns
from services.readmodels.port import ReadModelStore
from services.readside.timetravel import TimeTravel


async def rebuild_and_compare(
    log: EventLog,
    store: ReadModelStore,
    into: str,
    upto: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    max_held_claims: int | None = None,
) -> dict[str, Any]:
    """Drop `into`, replay the log (to `upto`, default the head) into it, then per projection:
    digests of the replay and of live, the keys that differ from live now, and whether the
    replay equals live *as of* the same position (it must: that is the audit).
    `on_progress(position, target)` hears how far the replay got."""
    live_names = {LIVE} | {await live_ns(store, p.name) for p in PROJECTIONS}
    if into in live_names:
        raise ValueError(f"refusing to rebuild into the live namespace {into!r}")
    await store.drop(into)
    head = upto if upto is not None else await log.head()
    await catch_up(
        log, store, ns=into, upto=head, on_position=on_progress, max_held_claims=max_held_claims
    )
    out: dict[str, Any] = {"namespace": into, "position": head, "projections": {}}
    equal = True
    for projection in PROJECTIONS:
        report = await _compare(log, store, into, projection, head)
        equal &= report["equal_as_of"]
        out["projections"][projection.slot] = report
    out["equal"] = equal
    return out


async def _compare(
    log: EventLog, store: ReadModelStore, into: str, projection: Projection, at: int
) -> dict[str, Any]:
    live = await live_ns(store, projection.name)
    slot = projection.slot
    live_at = (await store.checkpoint(live, slot)).get(PARTITION, 0)
    replay_keys, live_keys = await store.keys(into, slot), await store.keys(live, slot)
    replay_docs = await store.get_many(into, slot, replay_keys)
    live_docs = await store.get_many(live, slot, live_keys)
    changed = sorted(k for k in set(replay_keys) & set(live_keys) if replay_docs[k] != live_docs[k])
    travel = TimeTravel(log, store)
    past_keys = await travel.keys_as_of(projection, at)
    equal_as_of = live_at >= at and past_keys == replay_keys
    for key in replay_keys if equal_as_of else ():
        if await travel.doc_as_of(projection, key, at) != replay_docs[key]:
            equal_as_of = False
            break
    rebuilt, current = await store.digest(into, slot), await store.digest(live, slot)
    return {
        "rebuilt": rebuilt,
        "live": current,
        "live_position": live_at,
        "equal": rebuilt == current,
        "equal_as_of": equal_as_of,
        "only_in_replay": sorted(set(replay_keys) - set(live_keys)),
        "only_in_live": sorted(set(live_keys) - set(replay_keys)),
        "changed": changed,
    }
