"""What the agent does with a feed batch: project it, dead-lettering what fails.

It awaits every dead letter's acknowledgement and the Redis commit before returning, so
faust commits an offset only after its effects are durable (at-least-once); the checkpoints
make that exactly-once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence

from contracts.envelope import Event
from events.kafka.binding import decode
from services.readmodels.port import ReadModelStore
from services.worker import trace
from services.worker.apply import apply_partition, live_namespaces
from services.worker.messages import Raw, Send, dead_letter_headers
from services.worker.statecache import StateCache

log = logging.getLogger(__name__)


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
    if trace.ON:
        trace.fetched((r.partition, r.offset, e.id) for items in groups.values() for r, e in items)
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
