"""Apply one feed partition's events to the read models, exactly once, with the checkpoint.

The checkpoint of feed partition p is `feed-<p>` = the last global position applied there;
it is written in the same atomic Redis step as the documents (the store's Lua commit), so a
redelivered or re-fanned event (position <= checkpoint) is skipped. Replayed dead letters
are applied without moving the checkpoint; the reducers are idempotent by fact id.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from contracts.envelope import Event
from services.projections.registry import PROJECTIONS, Projection
from services.projector.fold import fold_with_history, plan
from services.readmodels.namespaces import live_ns
from services.readmodels.port import CheckpointMoved, ReadModelStore
from services.worker import trace
from services.worker.routing import owned_projection, route_id, scoped_routes
from services.worker.statecache import StateCache, cached_projection

BeforeCommit = Callable[[list[tuple[Event, str]]], Awaitable[None]]


class ReadModelsLost(Exception):
    """A partition's checkpoint went backwards (FLUSHALL, a new empty Redis): the worker
    must rebuild (recovery.py) instead of applying on top of nothing."""


def checkpoint_name(partition: int) -> str:
    return f"feed-{partition}"


@dataclass
class Folded:
    docs: dict[str, str] = field(default_factory=dict)
    routes: dict[str, list[str]] = field(default_factory=dict)
    history: dict[str, list[int]] = field(default_factory=dict)
    failed: list[tuple[Event, str]] = field(default_factory=list)


async def apply_partition(
    store: ReadModelStore,
    ns: str | None,
    partition: int,
    partitions: int,
    events: Sequence[Event],
    *,
    replay: bool = False,
    before_commit: BeforeCommit | None = None,
    projections: Sequence[Projection] = PROJECTIONS,
    cache: StateCache | None = None,
    live: Mapping[str, str] | None = None,
) -> list[tuple[Event, str]]:
    """Apply events (ascending positions) for every projection, into `ns` (None: each
    projection's live namespace, resolved per batch as the embedded projector does, or
    taken from `live` when the caller resolved it for this batch); return (event, reason)
    of those that failed. `before_commit` gets a projection's failures before its
    checkpoint moves past them (to dead-letter them durably first)."""

    async def one(projection: Projection) -> list[tuple[Event, str]]:
        owned = owned_projection(projection, partition, partitions)
        if cache is not None:  # parsed states of documents this worker wrote last
            owned = cached_projection(owned, cache)
        target = ns or (live or {}).get(projection.name) or await live_ns(store, projection.name)
        return await _apply(store, target, owned, partition, events, replay, before_commit, cache)

    # Projections are independent (own documents, own checkpoints): overlap their round trips.
    return [f for failed in await asyncio.gather(*map(one, projections)) for f in failed]


async def live_namespaces(store: ReadModelStore) -> dict[str, str]:
    """Each projection's live namespace now: one lookup per projection for a whole batch,
    shared by its partitions (not one per partition and projection)."""
    names = [p.name for p in PROJECTIONS]
    found = await asyncio.gather(*(live_ns(store, n) for n in names))
    return dict(zip(names, found, strict=True))


async def _apply(
    store: ReadModelStore,
    ns: str,
    projection: Projection,
    partition: int,
    events: Sequence[Event],
    replay: bool,
    before_commit: BeforeCommit | None,
    cache: StateCache | None,
) -> list[tuple[Event, str]]:
    name = checkpoint_name(partition)
    remembered = (ns, projection.slot, name)
    while True:
        # The checkpoint this worker committed last, else the store's. A stale one is safe:
        # the commit is guarded by it, so it fails with CheckpointMoved and we read again.
        done = cache.checkpoints.get(remembered) if cache is not None else None
        if done is None:
            done = (await store.checkpoint(ns, projection.slot)).get(name, 0)
        todo = list(events) if replay else [e for e in events if (e.position or 0) > done]
        if not todo:
            return []
        try:
            result = await _fold(store, ns, projection, partition, todo, cache)
        except Exception:  # a bad event spoils the batch: find it, keep the rest
            result = await _fold_one_by_one(store, ns, projection, partition, todo)
        if trace.ON:
            trace.mark("folded", projection.slot, (e.id for e in todo))
        result.failed = [(e, f"{projection.slot}: {why}") for e, why in result.failed]
        if result.failed and before_commit is not None:
            await before_commit(result.failed)
        last = done if replay else max(done, *(e.position or 0 for e in todo))
        try:
            await store.commit(
                ns,
                projection.slot,
                docs=result.docs,
                routes=scoped_routes(partition, result.routes),
                partition=name,
                expected=done,
                position=last,
                history=result.history,
            )
            if trace.ON:
                trace.mark("committed", projection.slot, (e.id for e in todo))
            if cache is not None:
                cache.checkpoints[remembered] = last
            return result.failed
        except CheckpointMoved:  # another worker owned this partition a moment ago
            if cache is not None and remembered in cache.checkpoints:
                # kept while raising: the rebuild (recovery.py) sees what was lost
                await _not_behind(store, ns, projection.slot, name, done)
                cache.checkpoints.pop(remembered, None)
            continue


async def _not_behind(store: ReadModelStore, ns: str, slot: str, name: str, committed: int) -> None:
    now = (await store.checkpoint(ns, slot)).get(name, 0)
    if now < committed:  # moved backwards: the store lost what we wrote there
        raise ReadModelsLost(f"{slot} {name}: at {now}, this worker wrote {committed}")


async def _load(
    store: ReadModelStore,
    ns: str,
    projection: Projection,
    partition: int,
    events: list[Event],
    pending: Folded,
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Documents and fact routes the events need: this batch's pending changes first."""
    need = plan(projection, events)
    ids = {route_id(partition, f): f for f in need.corrected_fact_ids if f not in pending.routes}
    raw = await store.routes(ns, projection.slot, ids)
    routes = {ids[r]: keys for r, keys in raw.items()}
    routes.update({f: pending.routes[f] for f in need.corrected_fact_ids if f in pending.routes})
    keys = need.keys | {k for ks in routes.values() for k in ks}
    docs = await store.get_many(ns, projection.slot, keys - pending.docs.keys())
    docs.update({k: pending.docs[k] for k in keys if k in pending.docs})
    return docs, routes


async def _fold(
    store: ReadModelStore,
    ns: str,
    projection: Projection,
    partition: int,
    events: list[Event],
    cache: StateCache | None,
) -> Folded:
    docs, routes = await _load(store, ns, projection, partition, events, Folded())
    result = Folded(*fold_with_history(projection, docs, routes, events))
    if cache is not None:
        cache.seed(result.docs)
    return result


async def _fold_one_by_one(
    store: ReadModelStore, ns: str, projection: Projection, partition: int, events: list[Event]
) -> Folded:
    out = Folded()
    for event in events:
        try:
            docs, routes = await _load(store, ns, projection, partition, [event], out)
            changed, new_routes, history = fold_with_history(projection, docs, routes, [event])
        except Exception as exc:
            out.failed.append((event, f"{type(exc).__name__}: {exc}"))
            continue
        out.docs.update(changed)
        out.routes.update(new_routes)
        for key, positions in history.items():
            out.history.setdefault(key, []).extend(positions)
    return out
