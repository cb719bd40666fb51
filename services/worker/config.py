"""What a projection worker needs, taken from services.settings (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass

from events.kafka.config import KafkaLogConfig
from events.kafka.feed import feed_topic
from services.projector.limits import MAX_HELD_CLAIMS
from services.settings import Settings
from services.worker.routing import log_feed

DEFAULT_FEED_PARTITIONS = 4


@dataclass(frozen=True)
class WorkerConfig:
    bootstrap: str
    topic: str
    dead_letter_topic: str
    group: str
    redis_url: str
    redis_prefix: str
    feed_partitions: int = DEFAULT_FEED_PARTITIONS
    namespace: str | None = None  # None: each projection's live namespace (alias)
    batch_size: int = 2000
    batch_within_s: float = 0.01  # see Settings.worker_batch_within_s
    replication_factor: int = 1  # of the topics the worker creates (log, dead letters, feed)
    min_insync_replicas: int = 1
    max_held_claims: int = MAX_HELD_CLAIMS  # of a bulk catch-up; see Settings

    @property
    def feed_topic(self) -> str:
        """Keyed copy of the global log, partitioned by projection key (see routing.py)."""
        return feed_topic(self.topic)

    @property
    def log(self) -> KafkaLogConfig:
        return KafkaLogConfig(
            self.bootstrap,
            self.topic,
            self.dead_letter_topic,
            replication_factor=self.replication_factor,
            min_insync_replicas=self.min_insync_replicas,
            feed=log_feed(self.feed_partitions),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkerConfig:
        if not settings.redis_url:
            raise ValueError("the Kafka worker needs REDIS_URL (a shared Redis server)")
        return cls(
            bootstrap=settings.kafka_bootstrap,
            topic=settings.topic,
            dead_letter_topic=settings.dead_letter_topic,
            group=settings.consumer_group,
            redis_url=settings.redis_url,
            redis_prefix=settings.redis_prefix,
            feed_partitions=settings.feed_partitions,
            batch_within_s=settings.worker_batch_within_s,
            replication_factor=settings.kafka_replication_factor,
            min_insync_replicas=settings.kafka_min_insync_replicas,
            max_held_claims=settings.rebuild_max_held_claims,
        )
