"""The writer's producer settings: delivery (idempotent, acks=all, no lingering) and the
transaction that fences a stale writer. The bench's raw baseline uses the same ones."""

from __future__ import annotations

from typing import Any

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
