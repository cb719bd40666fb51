"""Connection and topic settings of the Kafka event log (the composition root fills it)."""

from __future__ import annotations

from dataclasses import dataclass

from events.kafka.feed import Feed, feed_topic


@dataclass(frozen=True)
class KafkaLogConfig:
    bootstrap: str
    topic: str
    dead_letter_topic: str
    client_id: str = "factstream-log"
    # One append is one Kafka record batch (atomic on the broker): it must fit in a request.
    max_batch_bytes: int = 1_000_000
    request_timeout_ms: int = 30_000
    # The longest any call of the log may take before it fails as "kafka is unavailable"
    # (events/kafka/guard.py); an append that times out may still land: retry it.
    operation_timeout_s: float = 5.0
    # Topics created by us: 1 on a single node; 3 and 2 on the three-node cluster, so an
    # acknowledged append (acks=all) is on at least 2 brokers and survives losing one.
    replication_factor: int = 1
    min_insync_replicas: int = 1
    # An open transaction of the writer older than this is aborted by the broker.
    transaction_timeout_ms: int = 60_000
    # How long the writer waits before asking again to add partitions to its next
    # transaction while the broker still writes the last one's commit markers (~1 ms);
    # aiokafka's own wait is 20 ms, which every back-to-back round paid
    # (events/kafka/producer_config.py).
    concurrent_transactions_retry_ms: float = 2.0
    # Messages the writer plans before it sends them as one chunk of its round (each chunk
    # is sent while the next is planned: events/kafka/round_transaction.py); large enough
    # that the broker's per-request work stays small beside the bytes, small enough that
    # the first chunk leaves early in a round (bench/kafka_round_chunks.py measures it).
    chunk_messages: int = 96
    # How often a live subscription polls for appends made by other processes.
    poll_interval_s: float = 0.05
    # The keyed feed the writer fills in the same transaction (events/kafka/feed.py); None:
    # a log without projection workers (or a reader: only a writer uses it).
    feed: Feed | None = None

    @property
    def feed_topic(self) -> str:
        return feed_topic(self.topic)
