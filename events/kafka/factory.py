"""The Kafka backend's factory, as services.bootstrap calls it (synchronously, no I/O)."""

from __future__ import annotations

from events.kafka.config import KafkaLogConfig
from events.kafka.log import KafkaEventLog
from services.settings import Settings


def kafka_config(settings: Settings) -> KafkaLogConfig:
    return KafkaLogConfig(
        bootstrap=settings.kafka_bootstrap,
        topic=settings.topic,
        dead_letter_topic=settings.dead_letter_topic,
    )


def kafka_event_log(settings: Settings) -> KafkaEventLog:
    """A log that connects, creates its topics and rebuilds its index on first use."""
    return KafkaEventLog(kafka_config(settings))
