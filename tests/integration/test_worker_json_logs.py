"""A faust worker with FACTSTREAM_LOG_FORMAT=json writes one JSON object per line, from its
bulk catch-up before faust starts, through faust's own records, to its shutdown."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path

import pytest

from events.kafka.log import KafkaEventLog
from services.readmodels.redis_store import RedisReadModelStore
from tests.integration.harness import (
    append_articles,
    expected_checkpoints,
    start_worker,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles

pytestmark = pytest.mark.integration


async def test_worker_logs_are_json_lines(
    kafka_log: KafkaEventLog, redis_url: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    batch = list(articles(20, seed=21))
    positions = await append_articles(kafka_log, batch)
    events = [e for a in batch for e in a]
    store = RedisReadModelStore.from_url(redis_url, prefix=f"jl-{run}")
    env = worker_env(kafka_log.config, redis_url, f"jl-{run}", f"jl-{run}", tmp_path)
    env.update({"FACTSTREAM_LOG_FORMAT": "json", "FACTSTREAM_WORKER_BULK_MIN_LAG": "1"})
    worker = start_worker(env, tmp_path / "worker.log")
    try:
        await wait_for_checkpoints(store, expected_checkpoints(events, positions), 120)
        later = list(articles(5, seed=22))  # these go through faust, after the bulk work
        positions |= await append_articles(kafka_log, later)
        events += [e for a in later for e in a]
        await wait_for_checkpoints(store, expected_checkpoints(events, positions), 120)
        # the bulk catch-up may have applied those too: wait for faust to have started
        deadline = asyncio.get_running_loop().time() + 120
        while '"logger": "faust.worker"' not in worker.log_path.read_text():
            assert asyncio.get_running_loop().time() < deadline, worker.log_path.read_text()
            await asyncio.sleep(0.2)
    finally:
        worker.stop()
        await store.drop("live")
        await store.close()
    text = worker.log_path.read_text()
    lines = [json.loads(line) for line in text.splitlines()]  # nothing but JSON objects
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    messages = [line["message"] for line in lines]
    assert any(m.startswith("bulk catch-up from position 0") for m in messages)
    assert any(line["logger"].startswith(("faust", "mode")) for line in lines), messages[-5:]
