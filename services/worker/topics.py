"""The worker's topics: the log and dead letters (events.kafka) and the keyed feed."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from events.kafka.topics import TOPIC_ALREADY_EXISTS, ensure_topics
from services.worker.config import WorkerConfig

# The feed is derived from the log (re-fanned on a rebuild), so it need not live forever.
FEED_RETENTION = {"retention.ms": str(7 * 24 * 3600 * 1000), "cleanup.policy": "delete"}


async def ensure_worker_topics(config: WorkerConfig) -> None:
    """Create missing topics; refuse a feed whose partition count differs (ownership moves)."""
    await ensure_topics(config.log)
    admin = AIOKafkaAdminClient(bootstrap_servers=config.bootstrap, client_id="factstream-worker")
    await admin.start()
    try:
        if config.feed_topic not in set(await admin.list_topics()):
            new = NewTopic(
                config.feed_topic, config.feed_partitions, 1, topic_configs=dict(FEED_RETENTION)
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
