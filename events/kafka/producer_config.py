"""The writer's producer settings: delivery (idempotent, acks=all, no lingering) and the
transaction that fences a stale writer. The bench's raw baseline uses the same ones."""

from __future__ import annotations

from typing import Any

from aiokafka.producer import sender

from events.kafka.config import KafkaLogConfig


def producer_settings(config: KafkaLogConfig) -> dict[str, Any]:
    """The writer's delivery settings: idempotent, every in-sync replica acknowledges, no
    lingering. The bench's raw baseline uses the same ones."""
    return {
        "enable_idempotence": True,
        "acks": "all",
        "linger_ms": 0,
        "max_batch_size": config.max_batch_bytes,
        "max_request_size": config.max_batch_bytes + 64 * 1024,
        "request_timeout_ms": config.request_timeout_ms,
    }


def transactional_id(config: KafkaLogConfig) -> str:
    """One id per log topic: what fences a stale writer of that log."""
    return f"{config.topic}.writer"


def transaction_settings(config: KafkaLogConfig) -> dict[str, Any]:
    return {
        "transactional_id": transactional_id(config),
        # a round's transaction lasts milliseconds; an open one older than this is aborted
        "transaction_timeout_ms": config.transaction_timeout_ms,
    }


def shorten_concurrent_transactions_retry(config: KafkaLogConfig) -> None:
    """A transaction's first AddPartitionsToTxn is refused (CONCURRENT_TRANSACTIONS) while
    the broker still writes the previous transaction's commit markers, which takes ~1 ms
    after EndTxn answered. aiokafka retries it after a fixed 20 ms (KAFKA-5477's figure,
    a module constant with no setting), so every group-commit round that followed another
    at once paid 20 ms (`bench/bench_kafka.py`: the append stage's p50 was ~17-24 ms at 300
    and 1k events/s). The pinned aiokafka reads the constant at each retry; this sets it
    for the process (the writer's producers, and the bench's raw transactional baseline).
    Fails loudly if an aiokafka upgrade moved it (`tests/unit/kafka/test_producer_config.py`)."""
    if not hasattr(sender, "BACKOFF_OVERRIDE"):
        raise RuntimeError("aiokafka.producer.sender.BACKOFF_OVERRIDE is gone: check the upgrade")
    sender.BACKOFF_OVERRIDE = config.concurrent_transactions_retry_ms / 1000
