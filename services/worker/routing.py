"""Which feed partition owns which read-model document, and where each event must go.

Every document (projection slot + key) is owned by exactly one feed partition, so two
workers never write the same document. A fact goes to every partition owning one of its
keys; a correction (retraction, supersession) goes to all partitions, and each applies it
to the keys it owns that hold the corrected fact. Order per partition is global order, so a
partition always sees a fact before its correction.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from contracts.envelope import Event
from events.kafka.feed import Feed
from services.projections.registry import CORRECTIONS, PROJECTIONS, Projection
from services.projections.trusted_record import RawEvent


@lru_cache(maxsize=1 << 16)  # asked for every key of every event, by every partition
def owner(slot: str, key: str, partitions: int) -> int:
    """Stable across processes and Python versions (unlike hash())."""
    return zlib.crc32(f"{slot}|{key}".encode()) % partitions


def feed_partitions_for(
    event: Event, partitions: int, projections: Sequence[Projection] = PROJECTIONS
) -> list[int]:
    if event.type in CORRECTIONS:
        return list(range(partitions))
    routed = _routed(projections, event.type)
    if not routed:  # most events feed no projection: no router is asked
        return []
    if len(routed) == 1:  # the usual case: one projection, one document
        slot, keys_for = routed[0]
        keys = keys_for(event)
        if len(keys) == 1:
            return [owner(slot, keys[0], partitions)]
        return sorted({owner(slot, key, partitions) for key in keys})
    return sorted(
        {owner(slot, key, partitions) for slot, keys_for in routed for key in keys_for(event)}
    )


Router = tuple[str, Callable[[Event], list[str]]]  # a projection's slot and keys_for
# (projections, event type) -> the routers of the projections whose `kinds` admit it (all,
# if a projection declares none): a projection records no other type (a rebuild decodes
# only those), so the others' `keys_for` would give nothing; asked for every appended event.
_ROUTED: dict[tuple[int, str], tuple[Sequence[Projection], tuple[Router, ...]]] = {}


def _routed(projections: Sequence[Projection], event_type: str) -> tuple[Router, ...]:
    known = _ROUTED.get((id(projections), event_type))
    if known is not None and known[0] is projections:
        return known[1]
    routed = tuple(
        (p.slot, p.keys_for) for p in projections if not p.kinds or event_type in p.kinds
    )
    if len(_ROUTED) < 4096:  # a bound against unusual callers passing fresh sequences
        _ROUTED[(id(projections), event_type)] = (projections, routed)
    return routed


def log_feed(partitions: int) -> Feed:
    """What the log's writer needs to fill the feed: the partition count and this routing."""
    return Feed(partitions, feed_partitions_for)


def raw_partitions_for(
    event: RawEvent, partitions: int, projections: Sequence[Projection] = PROJECTIONS
) -> list[int]:
    """`feed_partitions_for` of a rebuild's plain-dict event (every projection has a
    `raw_keys_for`; a rebuild reads only the kinds they record)."""
    if event.type in CORRECTIONS:
        return list(range(partitions))
    found = {
        owner(p.slot, key, partitions)
        for p in projections
        if p.raw_keys_for is not None and (not p.kinds or event.type in p.kinds)
        for key in p.raw_keys_for(event)
    }
    return sorted(found)


def owned_projection(projection: Projection, partition: int, partitions: int) -> Projection:
    """The projection restricted to the documents one feed partition owns."""

    def keys_for(event: Event) -> list[str]:
        keys = projection.keys_for(event)
        return [k for k in keys if owner(projection.slot, k, partitions) == partition]

    raw = projection.raw_keys_for
    if raw is None:
        return replace(projection, keys_for=keys_for)

    def raw_keys_for(event: RawEvent) -> list[str]:
        return [k for k in raw(event) if owner(projection.slot, k, partitions) == partition]

    return replace(projection, keys_for=keys_for, raw_keys_for=raw_keys_for)


# Fact routes are stored per partition ("<p>|<fact id>"): two partitions holding parts of
# one fact must not overwrite each other's route.
def route_id(partition: int, fact_id: str) -> str:
    return f"{partition}|{fact_id}"


def scoped_routes(partition: int, routes: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {route_id(partition, fact_id): keys for fact_id, keys in routes.items()}


def unscoped(partition: int, fact_ids: Iterable[str]) -> dict[str, str]:
    """route id -> fact id, for reading a partition's routes back."""
    return {route_id(partition, f): f for f in fact_ids}
