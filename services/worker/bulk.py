"""Bulk catch-up: fold the log into Redis in large batches, exactly as the workers would.

Through the faust agents a replay reaches the projection in the batches faust delivers (tens
to hundreds of events), and every batch re-derives and re-writes each document it touches.
This path reads the log topic directly in large chunks, routes each event to the feed
partitions that own its documents (the writer's feed rule, `routing.feed_partitions_for`) and
applies each partition's share with the worker's own `apply_partition`: the same documents,
fact routes and `feed-<p>` checkpoints. Workers started afterwards skip what it applied.

Run it alone (one process) for a replay from scratch; it is restartable: it resumes from the
lowest checkpoint, and `apply_partition` skips what each partition already holds.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence

from contracts.envelope import Event
from events.kafka.binding import encode
from events.port import EventLog
from events.records import content_key
from services.projections.registry import PROJECTIONS, Projection
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore
from services.worker.apply import apply_partition, checkpoint_name
from services.worker.messages import Raw, Send, dead_letter_headers
from services.worker.routing import feed_partitions_for
from services.worker.statecache import StateCache

DEFAULT_BATCH = 10_000  # each document is re-derived once per batch: larger is cheaper


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
) -> int:
    """Apply the log (up to `upto`) to every feed partition's documents; returns the last
    position read. Events that fail go to the dead-letter topic, as with the workers."""
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
        if progress is not None:
            await progress(position)
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
