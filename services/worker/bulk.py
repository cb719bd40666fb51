"""Bulk catch-up: fold the log into Redis in large batches, exactly as the workers would.

Through the faust agents a replay reaches the projection in the batches faust delivers (tens
to hundreds of events), and every batch re-derives and re-writes each document it touches.
This path reads the log topic directly in large chunks (trusted replay), routes each event
to the feed partitions that own its documents (the writer's feed rule,
`routing.feed_partitions_for`) and folds each partition's share as the embedded catch-up
does (`services/projector/working_set.py`: documents kept decoded, commits when due,
incremental derivation), restricted to the documents the partition owns and committed
under the workers' `feed-<p>` checkpoints with their partition-scoped fact routes: the same
documents, routes and checkpoints as `apply_partition` writes. Workers started afterwards
skip what it applied.

Run it alone (one process) for a replay from scratch; it is restartable: it resumes from the
lowest checkpoint, and each partition skips what it already holds (a crash re-applies from
the last commit).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from contracts.envelope import Event
from events.dependency import DependencyUnavailable
from events.kafka.binding import encode
from events.port import EventLog
from events.records import content_key
from services.projections.registry import PROJECTIONS, Projection
from services.projector.gc_scope import collector_paused
from services.projector.limits import MAX_HELD_CLAIMS
from services.projector.reading import rebuild_kinds, replay_for_rebuild
from services.projector.working_set import WorkingSet
from services.readmodels.namespaces import live_ns
from services.readmodels.port import CheckpointMoved, ReadModelStore
from services.worker.apply import apply_partition, checkpoint_name
from services.worker.messages import Raw, Send, dead_letter_headers
from services.worker.routing import (
    feed_partitions_for,
    owned_projection,
    raw_partitions_for,
    route_id,
)
from services.worker.statecache import StateCache

log_ = logging.getLogger(__name__)
# The Kafka log's index reads 20k records at a time (events/kafka/indexing.py SYNC_CHUNK): a
# batch of the same size gets each record from the broker once, a smaller one fetches a
# chunk's second half again by seeking back into it.
DEFAULT_BATCH = 20_000


async def resume_position(
    store: ReadModelStore,
    partitions: int,
    ns: str | None = None,
    projections: Sequence[Projection] = PROJECTIONS,
) -> int:
    """The lowest checkpoint over every projection and feed partition."""
    lowest: int | None = None
    for projection in projections:
        target = ns or await live_ns(store, projection.name)
        done = await store.checkpoint(target, projection.slot)
        for p in range(partitions):
            at = done.get(checkpoint_name(p), 0)
            lowest = at if lowest is None else min(lowest, at)
    return lowest or 0


async def bulk_catch_up(
    log: EventLog,
    store: ReadModelStore,
    partitions: int,
    dead: Send,
    *,
    topic: str,
    ns: str | None = None,
    batch: int = DEFAULT_BATCH,
    upto: int | None = None,
    progress: Callable[[int], Awaitable[None]] | None = None,
    max_held_claims: int = MAX_HELD_CLAIMS,
) -> int:
    """Apply the log (up to `upto`) to every feed partition's documents; returns the last
    position read. Events that fail go to the dead-letter topic, as with the workers.

    Documents stay decoded between batches and are committed when a commit is due, as in
    the embedded catch-up (`WorkingSet`, one per projection and feed partition, with the
    partition's checkpoint `feed-<p>` and its scoped fact routes). An event that fails
    there sends the range since the last commits through `apply_partition`, which isolates
    and dead-letters it; the fast path then carries on from there."""
    while True:
        try:
            with collector_paused():  # the held states are freed by reference counting
                return await _held_catch_up(
                    log, store, partitions, ns, batch, upto, progress, max_held_claims
                )
        except _FoldFailed as failed:
            log_.warning("bulk catch-up: a fold failed (%s); isolating it", failed.__cause__)
            await plain_catch_up(
                log, store, partitions, dead, topic=topic, ns=ns, batch=batch, upto=failed.upto
            )


class _FoldFailed(Exception):
    def __init__(self, upto: int) -> None:
        super().__init__(f"up to position {upto}")
        self.upto = upto


async def _held_catch_up(
    log: EventLog,
    store: ReadModelStore,
    partitions: int,
    ns: str | None,
    batch: int,
    upto: int | None,
    progress: Callable[[int], Awaitable[None]] | None,
    max_held_claims: int,
) -> int:
    sets: dict[int, list[WorkingSet]] = {p: [] for p in range(partitions)}
    for projection in PROJECTIONS:
        target = ns or await live_ns(store, projection.name)
        for p in range(partitions):
            sets[p].append(
                WorkingSet(
                    store,
                    target,
                    owned_projection(projection, p, partitions),
                    max(1, max_held_claims // partitions),  # the same bound in all as in one
                    partition=checkpoint_name(p),
                    route_id=functools.partial(route_id, p),
                    contiguous=False,
                )
            )
    every = [w for ws in sets.values() for w in ws]
    position = min([await w.load_checkpoint() for w in every], default=0)
    # plain dicts of the kinds the projections record when the log can (trusted replay)
    kinds, raw = rebuild_kinds(PROJECTIONS), all(p.record_raw for p in PROJECTIONS)
    dicts = kinds is not None and raw and hasattr(log, "replay_dicts")
    route: Callable[[Any, int], list[int]] = raw_partitions_for if dicts else feed_partitions_for
    while True:
        while upto is None or position < upto:
            limit = batch if upto is None else min(batch, upto - position)
            events, end = await replay_for_rebuild(log, kinds, position, limit, raw)
            if end <= position:
                break
            shares: dict[int, list[Any]] = defaultdict(list)
            for event in events:
                for p in route(event, partitions):
                    shares[p].append(event)
            steps = [(w, share) for p, share in shares.items() for w in sets[p]]
            # folds side by side (their reads overlap); commits one at a time, as large
            # commits at once queue behind each other in Redis past the socket timeout
            folded = await asyncio.gather(
                *(w.fold(share) for w, share in steps), return_exceptions=True
            )
            for outcome in folded:  # all have finished: none is left writing
                if isinstance(outcome, BaseException):
                    raise _failure(outcome, end)
            again = [await _flushed(w, end) for w, _ in steps if w.flush_due()]
            # a partition someone else committed to is folded again from its checkpoint
            position = min([end, *(a for a in again if a is not None)])
            if progress is not None:
                await progress(position)
        reached = [await _flushed(w, position) for w in every]
        if all(r is None for r in reached):
            return position
        position = min(r for r in reached if r is not None)


def _failure(exc: BaseException, upto: int) -> BaseException:
    """A lost dependency stops the catch-up (as a worker's batch); anything else is an
    event the fold cannot take, to isolate on the plain path."""
    if isinstance(exc, DependencyUnavailable | asyncio.CancelledError):
        return exc
    failed = _FoldFailed(upto)
    failed.__cause__ = exc
    return failed


async def _flushed(working: WorkingSet, upto: int) -> int | None:
    """Commit; None, or the checkpoint to fold again from when someone else committed
    first (what was held is then forgotten)."""
    try:
        await working.flush()
        return None
    except CheckpointMoved:
        log_.info("checkpoint of %s moved under us; re-reading", working.projection.slot)
        return await working.load_checkpoint()
    except Exception as exc:
        raise _failure(exc, upto)  # noqa: B904 - the failure carries its cause


async def plain_catch_up(
    log: EventLog,
    store: ReadModelStore,
    partitions: int,
    dead: Send,
    *,
    topic: str,
    ns: str | None = None,
    batch: int = DEFAULT_BATCH,
    upto: int | None = None,
) -> int:
    """Each batch through the workers' `apply_partition` (validated reads, a commit per
    batch): the fallback that isolates failing events, and the reference in tests."""
    cache = StateCache()
    position = await resume_position(store, partitions, ns)
    while upto is None or position < upto:
        limit = batch if upto is None else min(batch, upto - position)
        events = await log.read_all(after=position, limit=limit)
        if not events:
            break
        shares: dict[int, list[Event]] = defaultdict(list)
        for event in events:
            for p in feed_partitions_for(event, partitions):
                shares[p].append(event)
        await asyncio.gather(
            *(
                apply_partition(
                    store,
                    ns,
                    p,
                    partitions,
                    share,
                    before_commit=_dead_letterer(dead, topic),
                    cache=cache,
                )
                for p, share in sorted(shares.items())
            )
        )
        position = events[-1].position or position
    return position


def _dead_letterer(dead: Send, topic: str) -> Callable[[list[tuple[Event, str]]], Awaitable[None]]:
    async def dead_letter(failed: list[tuple[Event, str]]) -> None:
        acks = []
        for event, why in failed:
            key, value, headers = encode(event.model_dump(mode="json"), content_key(event))
            offset = -1  # read by position: the log offset is not known on this path
            raw = Raw(topic, 0, offset, key, value, headers)
            acks.append(await dead(key, value, dead_letter_headers(raw, why), None))
        await asyncio.gather(*acks)

    return dead_letter
