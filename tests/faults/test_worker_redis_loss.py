"""Redis killed, then restarted empty, under a running faust worker (issue 12, item 3, on
the Kafka path: tests/faults/test_redis_loss.py is the embedded one).

A worker has projected a 20k-event Kafka log into a Redis of the test's own; the API
(`factstream serve`, Kafka backend) reads it. Redis is killed (-9): reads answer 503 naming
redis. Redis comes back *empty*: the worker notices by itself (its checkpoints are gone),
rebuilds from the log in bulk, and reads answer 503 "rebuilding … of N" until it is done,
then 200; appends made afterwards go through faust on top; the worker's read models equal
a clean rebuild of the log. No restart, no manual step.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from events.kafka.config import KafkaLogConfig
from events.kafka.log import open_kafka_log
from services.readmodels.redis_store import RedisReadModelStore
from services.worker.routing import log_feed
from tests.faults.procs import RedisServer, Serve
from tests.faults.readmodels import clean_kafka_digests, digests
from tests.faults.test_redis_loss import ANSWER_BOUND_S, _poll, _read
from tests.integration.conftest import _required_env
from tests.integration.harness import (
    append_articles,
    expected_checkpoints,
    start_worker,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles

pytestmark = [pytest.mark.faults, pytest.mark.timeout(300)]
EVENTS = 20_000
PREFIX = "w"


def _until_rebuilding(url: str, until: float, tail: Callable[[], str]) -> httpx.Response:
    while time.monotonic() < until:
        try:
            answer, _ = _read(url)
        except httpx.ConnectError:
            answer = None
        if answer is not None and answer.status_code == 503 and "rebuilding" in answer.text:
            return answer
        time.sleep(0.05)
    raise AssertionError(f"reads never said 'rebuilding':\n{tail()}")


async def test_a_worker_rebuilds_read_models_lost_with_redis(
    tmp_path: Path, own_redis: RedisServer
) -> None:
    topic = f"wloss-{uuid.uuid4().hex[:10]}"
    config = KafkaLogConfig(
        _required_env("KAFKA_BOOTSTRAP"), topic, f"{topic}.dlq", feed=log_feed(4)
    )
    log = await open_kafka_log(config)
    batch = list(articles(EVENTS // 5, seed=31))
    try:
        positions = await append_articles(log, batch)
        head = await log.head()
    finally:
        await log.close()
    assert head >= EVENTS
    store = RedisReadModelStore.from_url(own_redis.url, PREFIX)
    want = expected_checkpoints([e for a in batch for e in a], positions)
    env = worker_env(config, own_redis.url, PREFIX, f"g-{topic}", tmp_path / "worker")
    env["FACTSTREAM_REDIS_TIMEOUT_S"] = "1"
    worker = start_worker(env, tmp_path / "worker.log")
    serve = Serve(
        tmp_path,
        {
            "FACTSTREAM_BACKEND": "kafka",
            "KAFKA_BOOTSTRAP": config.bootstrap,
            "FACTSTREAM_TOPIC": topic,
            "FACTSTREAM_DEAD_LETTER_TOPIC": config.dead_letter_topic,
            "REDIS_URL": own_redis.url,
            "FACTSTREAM_REDIS_PREFIX": PREFIX,
            "FACTSTREAM_REDIS_TIMEOUT_S": "1",
        },
    )
    try:
        await wait_for_checkpoints(store, want, timeout=180)
        serve.start()
        _poll(serve.url, time.monotonic() + 30, want=200)

        own_redis.kill9()
        answer, took = _read(serve.url)
        assert answer.status_code == 503 and "redis is unavailable" in answer.json()["detail"]
        assert took < ANSWER_BOUND_S, f"the 503 took {took:.1f}s"
        time.sleep(1.0)  # the worker meets the lost Redis too (its watch, its agent)

        own_redis.start()  # same port, empty: every read model and checkpoint is gone
        back = time.monotonic()
        # until the worker notices (its watch runs every 0.5 s) reads may see the empty
        # store (documented window); then "rebuilding" with progress, then 200
        noticed = _until_rebuilding(serve.url, back + 30, worker.tail)
        noticed_s = time.monotonic() - back
        seen = _poll(serve.url, back + 180, want=200)
        took = time.monotonic() - back
        rebuilding = [a.json()["detail"] for a in [noticed, *seen] if "rebuilding" in a.text]
        assert f"of {head}" in rebuilding[-1], rebuilding[-1]
        await store.close()  # its connections died with the old Redis
        store = RedisReadModelStore.from_url(own_redis.url, PREFIX)
        await wait_for_checkpoints(store, want, timeout=60)
        print(
            f"FIGURE worker redis-back-empty: rebuilt {head} events by itself, reads 200 "
            f"after {took:.2f}s (noticed after {noticed_s:.2f}s), {len(rebuilding)} "
            "'rebuilding' answers polled"
        )

        later = list(articles(20, seed=32))  # live events, through faust, on top
        log = await open_kafka_log(config)
        try:
            positions |= await append_articles(log, later)
        finally:
            await log.close()
        want = expected_checkpoints([e for a in batch + later for e in a], positions)
        await wait_for_checkpoints(store, want, timeout=60)
        ready = httpx.get(f"{serve.url}/readyz", timeout=30)
        assert ready.status_code == 200, ready.text
    finally:
        serve.stop()
        worker.stop()
    served = await digests(own_redis.url, PREFIX)
    assert served == await clean_kafka_digests(config, own_redis.url)
    await store.close()
