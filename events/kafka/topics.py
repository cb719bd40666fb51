"""Creating the log's topics: one partition (total order), kept forever, plus dead letters."""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from events.kafka.config import KafkaLogConfig
from events.kafka.feed import FEED_RETENTION
from events.port import EventLogError

# retention.ms=-1 and retention.bytes=-1: an event log never expires. Deletion, not compaction:
# every event is a fact to keep, not an update of a key.
FOREVER = {"retention.ms": "-1", "retention.bytes": "-1", "cleanup.policy": "delete"}
TOPIC_ALREADY_EXISTS = 36
METADATA_WAIT_S = 10.0


async def ensure_topics(
    config: KafkaLogConfig, dead_letter_partitions: int = 1, *, writing: bool = False
) -> None:
    """Create the log and dead-letter topics (and the feed, if configured) if missing; refuse
    a log topic with >1 partition, and a writer without the feed of a log that has one (its
    appends would never reach the projection workers)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=config.bootstrap, client_id=f"{config.client_id}-admin"
    )
    await admin.start()
    try:
        wanted = {config.topic: 1, config.dead_letter_topic: dead_letter_partitions}
        existing = set(await admin.list_topics())
        if writing and config.feed is None and config.feed_topic in existing:
            raise EventLogError(
                f"{config.topic!r} has a feed ({config.feed_topic!r}) that projection workers "
                "read: its writer must fill it (KafkaLogConfig.feed)"
            )
        insync = {"min.insync.replicas": str(config.min_insync_replicas)}
        configs = {name: {**FOREVER, **insync} for name in wanted}
        if config.feed is not None:  # the keyed feed the writer fills (feed.py)
            wanted[config.feed_topic] = config.feed.partitions
            configs[config.feed_topic] = {**FEED_RETENTION, **insync}
        missing = [
            NewTopic(name, n, config.replication_factor, topic_configs=configs[name])
            for name, n in wanted.items()
            if name not in existing
        ]
        if missing:
            response = await admin.create_topics(missing)
            for topic, code, *rest in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):  # lost a race: fine
                    raise EventLogError(f"cannot create topic {topic!r}: error {code} {rest}")
        count = len(await _partitions(admin, config.topic))
        if count != 1:
            raise EventLogError(f"topic {config.topic!r} has {count} partitions; the log needs 1")
        if config.feed is not None:
            count = len(await _partitions(admin, config.feed_topic))
            if count not in (0, config.feed.partitions):  # 0: metadata not there yet
                raise EventLogError(
                    f"{config.feed_topic} has {count} partitions, configured "
                    f"{config.feed.partitions}: rebuild the read models into a new namespace"
                )
    finally:
        await admin.close()


async def _partitions(admin: AIOKafkaAdminClient, topic: str) -> list[Any]:
    """The topic's partitions, waiting briefly for a just-created topic to reach metadata."""
    deadline = asyncio.get_running_loop().time() + METADATA_WAIT_S
    while True:
        try:
            [described] = await admin.describe_topics([topic])
        except KafkaError as exc:  # e.g. the node asked was just killed: ask another
            if not exc.retriable or asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.2)
            continue
        partitions: list[Any] = described.get("partitions") or []
        led = all(p.get("leader", -1) >= 0 for p in partitions)
        if (partitions and led and described.get("error_code", 0) == 0) or (
            asyncio.get_running_loop().time() > deadline
        ):
            return partitions
        await asyncio.sleep(0.1)
