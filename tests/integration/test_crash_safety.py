"""Item 3 of issue 4: kill -9 the worker at random points while it replays >= 50k events,
restart it, and the read models equal a clean rebuild; two workers equal one.

The clean rebuild is the embedded projector's `catch_up` reading the same Kafka log.
Set CRASH_SEED to replay a failing run's kill points.
"""

from __future__ import annotations

import asyncio
import os
import random
import uuid
from pathlib import Path

import pytest

from events.kafka.log import KafkaEventLog
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.integration.harness import (
    Worker,
    append_articles,
    digests,
    expected_checkpoints,
    start_worker,
    stop_all,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles

pytestmark = pytest.mark.integration

ARTICLES = int(os.environ.get("CRASH_ARTICLES", "10000"))  # x 5 events
KILLS = 3


@pytest.mark.timeout(900)
async def test_kill_9_during_replay_loses_nothing_and_applies_nothing_twice(
    kafka_log: KafkaEventLog, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    seed = int(os.environ.get("CRASH_SEED", random.randrange(10**6)))
    rng = random.Random(seed)
    print(f"CRASH_SEED={seed}")
    batch = list(articles(ARTICLES, seed=13))
    events = [e for a in batch for e in a]
    assert len(events) >= 50_000 or "CRASH_ARTICLES" in os.environ
    positions = await append_articles(kafka_log, batch)
    want_checkpoints = expected_checkpoints(events, positions)

    stores = {
        name: RedisReadModelStore.from_url(redis_url, prefix=f"{name}-{run}")
        for name in ("clean", "crash", "pair")
    }

    def env(name: str) -> dict[str, str]:
        # The faust path itself: no bulk catch-up at start (test_crash_safety_bulk.py has it)
        return {
            **worker_env(kafka_log.config, redis_url, f"{name}-{run}", f"{name}-{run}", tmp_path),
            "FACTSTREAM_WORKER_BULK_MIN_LAG": "0",
        }

    # Everything at once, to use both cores: the clean rebuild in this process, the crashing
    # worker, and a pair of workers in another consumer group.
    crashing = [start_worker(env("crash"), tmp_path / "crash-0.log")]
    pair = [start_worker(env("pair"), tmp_path / f"pair-{i}.log") for i in range(2)]
    clean = asyncio.create_task(catch_up(kafka_log, stores["clean"], "live"))
    try:
        for kill in range(1, KILLS + 1):  # SIGKILL at random moments of the replay, restart
            await asyncio.sleep(rng.uniform(4.0, 15.0))
            crashing[-1].kill9()
            crashing.append(start_worker(env("crash"), tmp_path / f"crash-{kill}.log"))
        await clean
        want = await digests(stores["clean"])
        await _wait(stores["crash"], want_checkpoints, crashing)
        assert await digests(stores["crash"]) == want
        await _wait(stores["pair"], want_checkpoints, pair)
        assert await digests(stores["pair"]) == want
        feed = f"{kafka_log.config.topic}.feed"
        assert all(feed in w.log_path.read_text() for w in pair)  # both got feed partitions
    finally:
        clean.cancel()
        stop_all(crashing + pair)
        for store in stores.values():
            await store.drop("live")
            await store.close()


async def _wait(
    store: RedisReadModelStore, want: dict[str, dict[str, int]], workers: list[Worker]
) -> None:
    try:
        await wait_for_checkpoints(store, want, timeout=600)
    except AssertionError:
        for worker in workers:
            print(worker.log_path, worker.tail(20), sep="\n")
        raise
