"""The Kafka backend's factory, as services.bootstrap calls it (synchronously, no I/O).

The composition root hands the values down; this package never imports services.settings."""

from __future__ import annotations

from events.kafka.config import KafkaLogConfig
from events.kafka.feed import Feed
from events.kafka.log import KafkaEventLog


def kafka_event_log(
    *,
    bootstrap: str,
    topic: str,
    dead_letter_topic: str,
    operation_timeout_s: float = 5.0,
    replication_factor: int = 1,
    min_insync_replicas: int = 1,
    feed: Feed | None = None,
) -> KafkaEventLog:
    """A log that connects, creates its topics and rebuilds its index on first use."""
    config = KafkaLogConfig(
        bootstrap=bootstrap,
        topic=topic,
        dead_letter_topic=dead_letter_topic,
        operation_timeout_s=operation_timeout_s,
        replication_factor=replication_factor,
        min_insync_replicas=min_insync_replicas,
        feed=feed,
    )
    return KafkaEventLog(config)
