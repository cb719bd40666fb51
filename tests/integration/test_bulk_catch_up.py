"""The bulk catch-up (`python -m services.worker catch-up`) writes what the faust workers
would: the embedded backend's read models (equal digests) and the workers' own checkpoints,
so workers started afterwards carry on from where it stopped (their group's feed offsets
start after what it applied). It resumes after an interruption."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Awaitable
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from events.kafka.log import KafkaEventLog, open_kafka_log
from events.sqlite.log import SqliteEventLog
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from services.worker.bulk import bulk_catch_up
from services.worker.messages import Headers
from services.worker.routing import feed_partitions_for
from tests.integration.conftest import unique_config
from tests.integration.harness import (
    REPO,
    append_articles,
    checkpoints,
    digests,
    expected_checkpoints,
    start_worker,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles

pytestmark = pytest.mark.integration


async def _no_dead_letters(
    key: bytes | None, value: bytes, headers: Headers, partition: int | None
) -> Awaitable[object]:
    raise AssertionError("the workload has no failing event")


async def _feed_offsets(bootstrap: str, topic: str, group: str) -> tuple[list[int], list[int]]:
    """The feed's committed ends and the group's committed offsets, per partition."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(4)]
        ends = await consumer.end_offsets(tps)
        return [ends[tp] for tp in tps], [await consumer.committed(tp) or 0 for tp in tps]
    finally:
        await consumer.stop()


async def test_bulk_catch_up_equals_the_embedded_read_models_and_hands_over_to_workers(
    kafka_bootstrap: str, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    batch = list(articles(400, seed=12))  # 2,000 events, every projected kind, corrections
    later = list(articles(60, seed=13))
    config = unique_config(kafka_bootstrap, "bulk")
    embedded_log = SqliteEventLog(tmp_path / "events.sqlite3")
    embedded = RedisReadModelStore.from_url(redis_url, prefix=f"emb-{run}")
    store = RedisReadModelStore.from_url(redis_url, prefix=f"blk-{run}")
    env = worker_env(config, redis_url, f"blk-{run}", f"g-{run}", tmp_path)
    log = await open_kafka_log(config)
    worker = None
    try:
        positions = await append_articles(log, batch)
        events = [e for a in batch for e in a]
        await append_articles(embedded_log, batch)
        await catch_up(embedded_log, embedded)

        # An interrupted run: small batches, stopped at position 900 ...
        reader = KafkaEventLog(config, read_only=True)
        try:
            at = await bulk_catch_up(
                reader, store, 4, _no_dead_letters, topic=config.topic, batch=300, upto=900
            )
        finally:
            await reader.close()
        assert at == 900
        # ... resumed by the command, which reaches the workers' checkpoints exactly.
        done = subprocess.run(
            [sys.executable, "-m", "services.worker", "catch-up"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert f"caught up to position {len(events)}" in done.stdout
        assert await checkpoints(store) == expected_checkpoints(events, positions)
        assert await digests(store) == await digests(embedded)
        # The writer filled the feed with every event, in its transactions; the command
        # moved the group past all of it, so the workers will not read it only to skip it.
        ends, committed = await _feed_offsets(kafka_bootstrap, config.feed_topic, f"g-{run}")
        copies = sum(len(feed_partitions_for(e, 4)) for e in events)
        assert sum(ends) >= copies  # copies, plus a commit marker per transaction
        assert committed == ends

        # Workers started afterwards apply only what is new.
        worker = start_worker(env, tmp_path / "w.log")
        positions |= await append_articles(log, later)
        events += [e for a in later for e in a]
        await append_articles(embedded_log, later)
        await catch_up(embedded_log, embedded)
        try:
            await wait_for_checkpoints(store, expected_checkpoints(events, positions), 120)
        except AssertionError:
            print(worker.tail())
            raise
        assert await digests(store) == await digests(embedded)
    finally:
        if worker is not None:
            worker.stop()
        await log.close()
        await embedded_log.close()
        for s in (embedded, store):
            await s.drop("live")
            await s.close()
