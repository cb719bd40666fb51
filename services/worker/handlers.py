"""What the agents do with a batch: fan the global log out, project a feed batch.

Both await every send's acknowledgement before returning, so faust commits an offset only
after its effects are durable (at-least-once); the checkpoints make that exactly-once.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence

from contracts.envelope import Event
from events.kafka.binding import decode
from services.readmodels.port import ReadModelStore
from services.worker.apply import apply_partition
from services.worker.messages import Raw, Send, dead_letter_headers
from services.worker.routing import feed_partitions_for


async def fan_out(batch: Sequence[Raw], partitions: int, feed: Send, dead: Send) -> int:
    """Copy each log message, unchanged, to the feed partitions owning its documents."""
    sends = []
    for raw in batch:
        try:
            targets = feed_partitions_for(decode(raw.value, raw.headers), partitions)
        except Exception as exc:
            sends.append(dead(raw.key, raw.value, dead_letter_headers(raw, f"decode: {exc}"), None))
            continue
        sends += [feed(raw.key, raw.value, raw.headers, p) for p in targets]
    await asyncio.gather(*sends)
    return len(sends)


async def project(
    batch: Sequence[Raw], store: ReadModelStore, ns: str, partitions: int, dead: Send
) -> int:
    """Decode, apply per feed partition with its checkpoint, dead-letter what fails."""
    groups: dict[tuple[int, bool], list[tuple[Raw, Event]]] = defaultdict(list)
    for raw in batch:
        try:
            groups[(raw.partition, raw.replayed)].append((raw, decode(raw.value, raw.headers)))
        except Exception as exc:
            await dead(raw.key, raw.value, dead_letter_headers(raw, f"decode: {exc}"), None)
    applied = 0
    for (partition, replayed), items in groups.items():
        await apply_partition(
            store,
            ns,
            partition,
            partitions,
            [e for _, e in items],
            replay=replayed,
            before_commit=_dead_letterer({e.id: raw for raw, e in items}, dead),
        )
        applied += len(items)
    return applied


def _dead_letterer(
    raw_by_id: dict[str, Raw], dead: Send
) -> Callable[[list[tuple[Event, str]]], Awaitable[None]]:
    async def dead_letter(failed: list[tuple[Event, str]]) -> None:
        sends = []
        for event, why in failed:
            raw = raw_by_id[event.id]
            sends.append(dead(raw.key, raw.value, dead_letter_headers(raw, why), None))
        await asyncio.gather(*sends)

    return dead_letter
