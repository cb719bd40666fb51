"""Before a worker joins its group: if the read models are far behind the log, catch up in
bulk first (`bulk.py`), so a new deployment, or one back from a long outage, replays at bulk
speed instead of through faust, and one whose feed records were deleted (retention) before
it read them gets them from the log.

"Far behind" is judged on the furthest feed checkpoint: if any partition is near the log's
head, workers are live and the laggards are partitions that simply get few events. One
worker does the bulk work under a Redis lock with a short, renewed lifetime (a killed worker
frees it within LOCK_TTL_S); the others wait for it, look again, and then join the group.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from aiokafka import AIOKafkaProducer
from redis.asyncio import Redis

from events.kafka.log import KafkaEventLog
from services.projections.registry import PROJECTIONS
from services.readmodels.namespaces import live_ns
from services.readmodels.port import ReadModelStore
from services.readmodels.redis_store import RedisReadModelStore
from services.worker.apply import checkpoint_name
from services.worker.bulk import bulk_catch_up
from services.worker.config import WorkerConfig
from services.worker.messages import Headers
from services.worker.topics import feed_ends, feed_has_gap, start_feed_after

log = logging.getLogger(__name__)
LOCK_TTL_S = 10.0


async def furthest_position(store: RedisReadModelStore, config: WorkerConfig) -> int:
    furthest = 0
    for projection in PROJECTIONS:
        ns = config.namespace or await live_ns(store, projection.name)
        done = await store.checkpoint(ns, projection.slot)
        for p in range(config.feed_partitions):
            furthest = max(furthest, done.get(checkpoint_name(p), 0))
    return furthest


async def catch_up_before_start(config: WorkerConfig, min_lag: int) -> int | None:
    """Bulk catch-up when the log is at least `min_lag` events ahead of every checkpoint, or
    when the feed lost records the group never read (retention), whatever the lag (0: never);
    returns the position reached, or None when it was not needed."""
    if min_lag <= 0:
        return None
    reader = KafkaEventLog(config.log, read_only=True)
    store = RedisReadModelStore.from_url(config.redis_url, config.redis_prefix)
    redis: Redis = Redis.from_url(config.redis_url)

    async def needed() -> bool:
        lag = await reader.head() - await furthest_position(store, config)
        return lag >= min_lag or (lag > 0 and await feed_has_gap(config))

    try:
        if not await needed():
            return None
        async with exclusive(redis, lock_name(config)):
            if not await needed():  # another worker may have caught up while we waited
                return None
            furthest, head = await furthest_position(store, config), await reader.head()
            log.info("bulk catch-up from position %d (log head %d)", furthest, head)
            return await bulk_into(config, reader, store)
    finally:
        await reader.close()
        await store.close()
        await redis.aclose()


async def run_bulk(config: WorkerConfig) -> int:
    """`python -m services.worker catch-up`: the bulk catch-up alone, whatever the lag."""
    reader = KafkaEventLog(config.log, read_only=True)
    store = RedisReadModelStore.from_url(config.redis_url, config.redis_prefix)
    try:
        return await bulk_into(config, reader, store)
    finally:
        await reader.close()
        await store.close()


DeadLetter = Callable[[bytes | None, bytes, Headers, int | None], Awaitable[Awaitable[object]]]


@contextlib.asynccontextmanager
async def dead_letters(config: WorkerConfig) -> AsyncIterator[DeadLetter]:
    """A sender of events a bulk catch-up cannot apply to the dead-letter topic."""
    producer = AIOKafkaProducer(
        bootstrap_servers=config.bootstrap, enable_idempotence=True, acks="all"
    )
    await producer.start()

    async def dead(
        key: bytes | None, value: bytes, headers: Headers, partition: int | None
    ) -> Awaitable[object]:
        sent: Awaitable[object] = await producer.send(
            config.dead_letter_topic, value, key=key, partition=partition, headers=headers
        )
        return sent

    try:
        yield dead
    finally:
        await producer.stop()


async def configured_bulk(
    config: WorkerConfig,
    reader: KafkaEventLog,
    store: ReadModelStore,
    progress: Callable[[int], Awaitable[None]] | None = None,
) -> int:
    """The bulk catch-up as `config` says (feed partitions, topic, namespace, held bound),
    with dead letters to the DLQ topic; returns the last position read."""
    async with dead_letters(config) as dead:
        return await bulk_catch_up(
            reader,
            store,
            config.feed_partitions,
            dead,
            topic=config.topic,
            ns=config.namespace,
            progress=progress,
            max_held_claims=config.max_held_claims,
        )


async def bulk_into(config: WorkerConfig, reader: KafkaEventLog, store: RedisReadModelStore) -> int:
    """Bulk catch-up, then hand over to the feed."""
    ends = await feed_ends(config)  # first: what the catch-up is sure to cover
    position = await configured_bulk(config, reader, store)
    await start_feed_after(config, ends)
    return position


def lock_name(config: WorkerConfig) -> str:
    """The lock of bulk work on a log's read models (start-up catch-up, rebuild)."""
    return f"{config.redis_prefix}:worker-bulk:{config.topic}"


@contextlib.asynccontextmanager
async def exclusive(redis: Redis, name: str) -> AsyncIterator[None]:
    """A Redis lock that lives LOCK_TTL_S unless renewed: held while the body runs."""
    lock = redis.lock(name, timeout=LOCK_TTL_S, sleep=0.5, thread_local=False)
    await lock.acquire()

    async def renew() -> None:
        while True:
            await asyncio.sleep(LOCK_TTL_S / 3)
            await lock.reacquire()

    renewing = asyncio.create_task(renew())
    try:
        yield
    finally:
        renewing.cancel()
        await asyncio.gather(renewing, return_exceptions=True)
        with contextlib.suppress(Exception):  # expired already: nothing to release
            await lock.release()
