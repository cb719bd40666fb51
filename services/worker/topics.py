"""The worker's topics: the log and dead letters (events.kafka) and the keyed feed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from events.dependency import DependencyUnavailable
from events.kafka.topics import TOPIC_ALREADY_EXISTS, ensure_topics
from services.worker.config import WorkerConfig

log = logging.getLogger(__name__)
T = TypeVar("T")

# The feed is derived from the log (re-fanned on a rebuild), so it need not live forever.
FEED_RETENTION = {"retention.ms": str(7 * 24 * 3600 * 1000), "cleanup.policy": "delete"}


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
    await ensure_topics(config.log)
    admin = AIOKafkaAdminClient(bootstrap_servers=config.bootstrap, client_id="factstream-worker")
    await admin.start()
    try:
        if config.feed_topic not in set(await admin.list_topics()):
            configs = {**FEED_RETENTION, "min.insync.replicas": str(config.min_insync_replicas)}
            new = NewTopic(
                config.feed_topic,
                config.feed_partitions,
                config.replication_factor,
                topic_configs=configs,
            )
            response = await admin.create_topics([new])
            for topic, code, *rest in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    raise RuntimeError(f"cannot create topic {topic!r}: error {code} {rest}")
        [described] = await admin.describe_topics([config.feed_topic])
        count = len(described.get("partitions") or [])
        if count not in (0, config.feed_partitions):  # 0: metadata not propagated yet
            raise RuntimeError(
                f"{config.feed_topic} has {count} partitions, configured "
                f"{config.feed_partitions}: rebuild the read models into a new namespace"
            )
    finally:
        await admin.close()


async def start_fan_out_after(config: WorkerConfig, offset: int) -> bool:
    """After a bulk catch-up: make the workers' fan-out start at `offset` (the log offset
    after the last position applied; commit the group's offset on the log topic), so they do
    not copy the whole log to the feed only for the projection to skip it. Leaves a group
    that is further on, or running, alone."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=config.bootstrap, group_id=config.group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        tp = TopicPartition(config.topic, 0)
        consumer.assign([tp])
        if (await consumer.committed(tp) or 0) >= offset:
            return False
        await consumer.commit({tp: offset})
        return True
    except KafkaError as exc:  # e.g. workers are running: they skip by checkpoint anyway
        log.warning("fan-out offset left as it is: %s", exc)
        return False
    finally:
        await consumer.stop()
