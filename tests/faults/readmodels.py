"""Build a log for a replay and compare read models with a clean rebuild of the same log."""

from __future__ import annotations

from pathlib import Path

from events.kafka.config import KafkaLogConfig
from events.kafka.log import KafkaEventLog
from events.sqlite.log import SqliteEventLog
from services.projections.registry import PROJECTIONS
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.integration.workload import articles


async def build_sqlite_log(path: Path, events: int, per_batch: int = 500) -> int:
    """A log of about `events` events (articles of 5); appended in large transactions."""
    log = SqliteEventLog(path)
    batch: list = []  # type: ignore[type-arg]
    for article in articles(events // 5, per_article=5):
        batch += article
        if len(batch) >= per_batch:
            await log.append(batch)
            batch = []
    if batch:
        await log.append(batch)
    head = await log.head()
    await log.close()
    return head


async def digests(redis_url: str, prefix: str) -> dict[str, str]:
    store = RedisReadModelStore.from_url(redis_url, prefix)
    try:
        return {p.slot: await store.digest("live", p.slot) for p in PROJECTIONS}
    finally:
        await store.close()


async def clean_rebuild_digests(log_path: Path, redis_url: str, prefix: str) -> dict[str, str]:
    """Fold the whole log into an empty prefix, as a fresh deployment would."""
    log = SqliteEventLog(log_path)
    store = RedisReadModelStore.from_url(redis_url, prefix)
    try:
        await catch_up(log, store)
    finally:
        await store.close()
        await log.close()
    return await digests(redis_url, prefix)


async def clean_kafka_digests(config: KafkaLogConfig, redis_url: str) -> dict[str, str]:
    """The read models of a clean rebuild of a Kafka log, in the namespace "clean"."""
    log = KafkaEventLog(config, read_only=True)
    store = RedisReadModelStore.from_url(redis_url, "clean")
    try:
        await catch_up(log, store)
    finally:
        await store.close()
        await log.close()
    return await digests(redis_url, "clean")
