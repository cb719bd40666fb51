"""The keyed feed, written by the log's writer in the same transaction as the log.

The projection workers read a keyed copy of the log, `<topic>.feed`, whose partitions own
disjoint read-model documents (services/worker/routing.py says which). The writer copies each
new message, unchanged, to the feed partitions `route(event)` names, inside the transaction
that appends it to the log: a record is on the feed exactly when it is committed on the log,
and a fenced writer's copies are aborted with its log records. This package does not know
the read models: the composition root hands the route down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from contracts.envelope import Event

Route = Callable[[Event, int], Sequence[int]]  # (event, partitions) -> feed partitions

# The feed is a derived copy (a rebuild reads the log), so it need not live forever; a worker
# that finds records it never consumed deleted catches up from the log (services/worker).
FEED_RETENTION = {"retention.ms": str(7 * 24 * 3600 * 1000), "cleanup.policy": "delete"}


@dataclass(frozen=True)
class Feed:
    partitions: int
    route: Route

    def targets(self, event: Event) -> tuple[int, ...]:
        return tuple(self.route(event, self.partitions))


def feed_topic(log_topic: str) -> str:
    return f"{log_topic}.feed"


def _batch(producer: Any, messages: Sequence[Any]) -> Any:
    batch = producer.create_batch()
    for m in messages:
        if batch.append(key=m.key, value=m.value, timestamp=None, headers=m.headers) is None:
            raise AssertionError("size estimate too small for the record batch")
    batch.close()
    return batch


async def enqueue_round(producer: Any, topic: str, messages: Sequence[Any]) -> list[Any]:
    """Inside the open transaction, queue the log's record batch, then one batch per feed
    partition holding its messages in log order (each a subset of the log batch, so it fits
    where the log batch fits). Returns their acks' futures, the log batch's first."""
    sent = await producer.send_batch(_batch(producer, messages), topic, partition=0)
    shares: dict[int, list[Any]] = {}  # one pass over the round, not one per partition
    for m in messages:
        for p in m.feed:
            share = shares.setdefault(p, [])
            if not share or share[-1] is not m:  # a route naming a partition twice: once
                share.append(m)
    copies = [
        await producer.send_batch(_batch(producer, shares[p]), feed_topic(topic), partition=p)
        for p in sorted(shares)
    ]
    return [sent, *copies]
