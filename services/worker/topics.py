"""The worker's topics (the log, its dead letters and the keyed feed, all created by
events.kafka) and the consumer group's offsets on the feed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from events.dependency import DependencyUnavailable
from events.kafka.topics import ensure_topics
from services.worker.config import WorkerConfig

log = logging.getLogger(__name__)
T = TypeVar("T")


async def patiently(make: Callable[[], Awaitable[T]], what: str, patience_s: float = 60.0) -> T:
    """Run `make()` again while the broker is briefly gone (a node of a cluster killed, a
    leader moving), up to `patience_s`; a worker must not die of a failover at start-up."""
    deadline = asyncio.get_running_loop().time() + patience_s
    while True:
        try:
            return await make()
        except (KafkaError, DependencyUnavailable) as exc:
            retriable = not isinstance(exc, KafkaError) or exc.retriable
            if not retriable or asyncio.get_running_loop().time() > deadline:
                raise
            log.warning("%s: %s; trying again", what, exc)
            await asyncio.sleep(0.5)


async def ensure_worker_topics(config: WorkerConfig, patience_s: float = 60.0) -> None:
    """Create missing topics; refuse a feed whose partition count differs (ownership moves)."""
    await patiently(lambda: _ensure_worker_topics(config), "topics not ready", patience_s)


async def _ensure_worker_topics(config: WorkerConfig) -> None:
    # the log's config carries the feed: created with it, its partition count checked
    await ensure_topics(config.log)


async def _group_consumer(config: WorkerConfig) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=config.bootstrap,
        group_id=config.group,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    return consumer


def _feed_partitions(config: WorkerConfig) -> list[TopicPartition]:
    return [TopicPartition(config.feed_topic, p) for p in range(config.feed_partitions)]


async def feed_ends(config: WorkerConfig) -> dict[TopicPartition, int]:
    """The feed's committed ends now. Read BEFORE a bulk catch-up reads the log: every feed
    record before them was committed with its log record, so the catch-up covers it."""
    consumer = await _group_consumer(config)
    try:
        return dict(await consumer.end_offsets(_feed_partitions(config)))
    finally:
        await consumer.stop()


async def feed_has_gap(config: WorkerConfig) -> bool:
    """Whether the group would miss feed records: deleted by retention before it read them
    (its committed offset, 0 if none, is below a partition's first kept offset)."""
    consumer = await _group_consumer(config)
    try:
        tps = _feed_partitions(config)
        first = await consumer.beginning_offsets(tps)
        for tp in tps:
            if (await consumer.committed(tp) or 0) < first[tp]:
                return True
        return False
    finally:
        await consumer.stop()


async def start_feed_after(config: WorkerConfig, ends: dict[TopicPartition, int]) -> bool:
    """After a bulk catch-up: make the workers start reading the feed at `ends` (taken by
    `feed_ends` before it), so they do not read what it applied only to skip it. Leaves
    partitions where the group is further on alone, and a running group too."""
    consumer = await _group_consumer(config)
    try:
        consumer.assign(list(ends))
        behind = {tp: end for tp, end in ends.items() if (await consumer.committed(tp) or 0) < end}
        if behind:
            await consumer.commit(behind)
        return bool(behind)
    except KafkaError as exc:  # e.g. workers are running: they skip by checkpoint anyway
        log.warning("feed offsets left as they are: %s", exc)
        return False
    finally:
        await consumer.stop()
