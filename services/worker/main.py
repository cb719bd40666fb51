"""Entry point: `python -m services.worker [run|catch-up|replay-dead-letters]`.

`run` creates the topics, then runs one faust worker (start several for one group).
`catch-up` folds the log into Redis in large batches (one process; for a replay from
scratch, before starting the workers). `replay-dead-letters` re-sends dead letters.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable

import faust
from aiokafka import AIOKafkaProducer

from events.kafka.log import KafkaEventLog
from services.gc_tuning import tune_gc
from services.readmodels.redis_store import RedisReadModelStore
from services.settings import get_settings
from services.worker.agents import register
from services.worker.app import create_app
from services.worker.bulk import bulk_catch_up
from services.worker.config import WorkerConfig
from services.worker.messages import Headers
from services.worker.replay import replay_dead_letters
from services.worker.topics import ensure_worker_topics, start_fan_out_after


def run_worker(loglevel: str = "info") -> None:
    settings = get_settings()
    config = WorkerConfig.from_settings(settings)
    # A worker that subscribes to a missing topic never gets it assigned: create first.
    asyncio.run(ensure_worker_topics(config))
    asyncio.set_event_loop(asyncio.new_event_loop())
    (settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)
    app = create_app(config, settings.data_dir)
    register(app, config, RedisReadModelStore.from_url(config.redis_url, config.redis_prefix))
    tune_gc()
    faust.Worker(
        app, loglevel=os.environ.get("FACTSTREAM_LOG_LEVEL", loglevel)
    ).execute_from_commandline()


async def catch_up_in_bulk(config: WorkerConfig) -> int:
    """Fold the whole log into Redis in large batches (a replay from scratch); returns the
    last position. Start the faust workers afterwards: they skip what it applied."""
    await ensure_worker_topics(config)
    log = KafkaEventLog(config.log, read_only=True)
    store = RedisReadModelStore.from_url(config.redis_url, config.redis_prefix)
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
        position = await bulk_catch_up(
            log, store, config.feed_partitions, dead, topic=config.topic, ns=config.namespace
        )
        await start_fan_out_after(config, position)
        return position
    finally:
        await producer.stop()
        await log.close()
        await store.close()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "run":
        run_worker()
        return 0
    if command == "catch-up":
        config = WorkerConfig.from_settings(get_settings())
        tune_gc()
        print(f"caught up to position {asyncio.run(catch_up_in_bulk(config))}")
        return 0
    if command == "replay-dead-letters":
        config = WorkerConfig.from_settings(get_settings())
        print(asyncio.run(replay_dead_letters(config)))
        return 0
    print(__doc__, file=sys.stderr)
    return 2
