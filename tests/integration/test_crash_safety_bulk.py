"""A worker that starts far behind the log catches up in bulk before it joins its group
(services/worker/startup.py). kill -9 it at random points of that catch-up, restart it,
with a second worker of the group waiting on the lock: the read models equal a clean
rebuild, and the workers then carry on with new events."""

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

ARTICLES = int(os.environ.get("BULK_CRASH_ARTICLES", "4000"))  # x 5 events
KILLS = 2


@pytest.mark.timeout(600)
async def test_kill_9_during_the_startup_bulk_catch_up_loses_nothing(
    kafka_log: KafkaEventLog, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    seed = int(os.environ.get("CRASH_SEED", random.randrange(10**6)))
    rng = random.Random(seed)
    print(f"CRASH_SEED={seed}")
    batch = list(articles(ARTICLES, seed=14))
    later = list(articles(50, seed=15))
    positions = await append_articles(kafka_log, batch)
    events = [e for a in batch for e in a]
    clean = RedisReadModelStore.from_url(redis_url, prefix=f"clean-{run}")
    store = RedisReadModelStore.from_url(redis_url, prefix=f"bulk-{run}")
    env = worker_env(kafka_log.config, redis_url, f"bulk-{run}", f"bulk-{run}", tmp_path)
    workers = [start_worker(env, tmp_path / "bulk-0.log")]
    try:
        for kill in range(1, KILLS + 1):
            await asyncio.sleep(rng.uniform(3.0, 8.0))
            workers[0].kill9()
            workers[0] = start_worker(env, tmp_path / f"bulk-{kill}.log")
        workers.append(start_worker(env, tmp_path / "second.log"))  # waits, then joins
        await catch_up(kafka_log, clean, "live")
        await wait_for_checkpoints(store, expected_checkpoints(events, positions), 300)
        assert await digests(store) == await digests(clean)

        positions |= await append_articles(kafka_log, later)
        events += [e for a in later for e in a]
        await catch_up(kafka_log, clean, "live")
        await wait_for_checkpoints(store, expected_checkpoints(events, positions), 120)
        assert await digests(store) == await digests(clean)
        logs = "".join(p.read_text(errors="replace") for p in tmp_path.glob("*.log"))
        # The first worker started 20k events behind: it began a bulk catch-up. (Whether one
        # finishes depends on the kills: a restart less than 5000 behind joins faust at once.)
        assert "bulk catch-up from position 0" in logs
    except AssertionError:
        for worker in workers:
            print(worker.log_path, worker.tail(20), sep="\n")
        raise
    finally:
        stop_all(workers)
        for s in (clean, store):
            await s.drop("live")
            await s.close()
