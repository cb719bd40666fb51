"""What the agents do with a batch: fan the global log out, project a feed batch.

Both await every send's acknowledgement before returning, so faust commits an offset only
after its effects are durable (at-least-once); the checkpoints make that exactly-once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from contracts.envelope import TYPE_BY_NAME, Event
from events.kafka.binding import decode
from services.readmodels.port import ReadModelStore
from services.worker.apply import apply_partition, live_namespaces
from services.worker.messages import Raw, Send, dead_letter_headers
from services.worker.routing import feed_partitions_for
from services.worker.statecache import StateCache

log = logging.getLogger(__name__)


def routing_view(raw: Raw) -> Event:
    """Just enough of an event to route it: type, id, stream and validated data. Building
    the whole envelope would double the fan-out's cost, and routing reads nothing else."""
    headers = dict(raw.headers)
    kind = headers["ce_type"].decode()
    fields: dict[str, Any] = {
        "id": headers["ce_id"].decode(),
        "type": kind,
        "stream_id": headers["ce_streamid"].decode(),
        "data": TYPE_BY_NAME[kind].model_validate_json(raw.value),
    }
    return Event.model_construct(**fields)


async def fan_out(batch: Sequence[Raw], partitions: int, feed: Send, dead: Send) -> int:
    """Copy each log message, unchanged, to the feed partitions owning its documents."""
    acks = []
    for raw in batch:  # queued strictly in log order: each feed partition stays ordered
        try:
            targets = feed_partitions_for(routing_view(raw), partitions)
        except Exception as exc:
            reason = f"decode: {exc}"
            acks.append(await dead(raw.key, raw.value, dead_letter_headers(raw, reason), None))
            continue
        for p in targets:
            acks.append(await feed(raw.key, raw.value, raw.headers, p))
    await asyncio.gather(*acks)
    log.debug("fanned out %d events as %d messages", len(batch), len(acks))
    return len(acks)


async def project(
    batch: Sequence[Raw],
    store: ReadModelStore,
    ns: str | None,
    partitions: int,
    dead: Send,
    cache: StateCache | None = None,
) -> int:
    """Decode, apply per feed partition with its checkpoint, dead-letter what fails."""
    groups: dict[tuple[int, bool], list[tuple[Raw, Event]]] = defaultdict(list)
    for raw in batch:
        try:
            event = decode(raw.value, raw.headers)
        except Exception as exc:
            reason = f"decode: {exc}"
            await (await dead(raw.key, raw.value, dead_letter_headers(raw, reason), None))
            continue
        # only now: an undecodable message must not leave an empty group behind
        groups[(raw.partition, raw.replayed)].append((raw, event))
    # Partitions own disjoint documents and checkpoints: apply them concurrently, so a
    # batch costs the Redis round trips of one partition, not of all of them.
    live = await live_namespaces(store) if ns is None and groups else None
    await asyncio.gather(
        *(
            apply_partition(
                store,
                ns,
                partition,
                partitions,
                [e for _, e in items],
                replay=replayed,
                before_commit=_dead_letterer({e.id: raw for raw, e in items}, dead),
                cache=cache,
                live=live,
            )
            for (partition, replayed), items in groups.items()
        )
    )
    for (partition, _), items in groups.items():
        log.debug(
            "feed-%d: %d events up to position %s", partition, len(items), items[-1][1].position
        )
    return sum(len(items) for items in groups.values())


def _dead_letterer(
    raw_by_id: dict[str, Raw], dead: Send
) -> Callable[[list[tuple[Event, str]]], Awaitable[None]]:
    async def dead_letter(failed: list[tuple[Event, str]]) -> None:
        acks = []
        for event, why in failed:
            raw = raw_by_id[event.id]
            acks.append(await dead(raw.key, raw.value, dead_letter_headers(raw, why), None))
        await asyncio.gather(*acks)

    return dead_letter
