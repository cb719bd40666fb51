"""Three-broker cluster (RF 3, min.insync.replicas 2, acks=all, idempotent producer):
kill -9 the log partition's leader at 5 random moments while appends flow through the
API at a steady rate, restarting it each time.

Checked: 0 acknowledged events lost, 0 duplicated, the chain verifies, the worker's read
models equal a clean rebuild. Reported (FIGURE lines): the longest write unavailability per
kill and the count of 503s. Clients retry what was not acknowledged (idempotent).
"""

from __future__ import annotations

import asyncio
import itertools
import random
import shutil
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from events.kafka.config import KafkaLogConfig
from events.kafka.log import KafkaEventLog
from services.projector.runner import catch_up
from services.readmodels.redis_store import RedisReadModelStore
from tests.conftest import in_ci
from tests.faults.cluster import Cluster
from tests.faults.http import all_events, submission
from tests.faults.procs import RedisServer, Serve
from tests.faults.readmodels import digests
from tests.integration.harness import start_worker, worker_env

pytestmark = [pytest.mark.faults, pytest.mark.timeout(420)]
KILLS = 5
RATE_S = 0.1  # one append (5 events) every 100 ms
REPLICATION = {"FACTSTREAM_KAFKA_REPLICATION_FACTOR": "3"}
REPLICATION["FACTSTREAM_KAFKA_MIN_INSYNC_REPLICAS"] = "2"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if not (shutil.which("java") and shutil.which("mvn")):
        message = "the three-node cluster needs java and mvn"
        if in_ci():
            pytest.fail(f"CI=true requires real services; {message}")
        pytest.skip(message)  # only when not CI: under CI=true the line above fails
    try:
        yield Cluster.up()
    finally:
        Cluster.down()


class Appender(threading.Thread):
    """POST /facts at a steady rate; an append not acknowledged is retried until it is."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.acked: dict[int, list[str]] = {}
        self.ack_times: list[float] = []
        self.failures: list[tuple[float, str]] = []  # (when, "503" or the error's name)
        self.halt = threading.Event()

    def run(self) -> None:
        n = 0
        with httpx.Client(base_url=self.base, timeout=60) as http:
            while not self.halt.is_set():
                try:
                    answer = http.post("/facts", json=submission(n))
                    outcome = str(answer.status_code)
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                if outcome == "200":
                    self.acked[n] = answer.json()["event_ids"]
                    self.ack_times.append(time.monotonic())
                    n += 1  # else: the same submission again
                else:
                    self.failures.append((time.monotonic(), outcome))
                time.sleep(RATE_S)

    def longest_gap(self, start: float, end: float) -> float:
        """The longest time without an acknowledged append that overlaps [start, end]."""
        pairs = itertools.pairwise(self.ack_times)
        gaps = [b - a for a, b in pairs if b >= start and a <= end]
        return max(gaps, default=end - start)


async def _clean_digests(bootstrap: str, topic: str, redis_url: str) -> dict[str, str]:
    config = KafkaLogConfig(bootstrap, topic, f"{topic}.dlq")
    log = KafkaEventLog(config, read_only=True)
    store = RedisReadModelStore.from_url(redis_url, "clean")
    try:
        await catch_up(log, store)
    finally:
        await store.close()
        await log.close()
    return await digests(redis_url, "clean")


async def test_leader_kill9_loses_and_duplicates_nothing(
    tmp_path: Path, own_redis: RedisServer, cluster: Cluster
) -> None:
    topic = f"cluster-{uuid.uuid4().hex[:10]}"
    env = {
        "FACTSTREAM_BACKEND": "kafka",
        "KAFKA_BOOTSTRAP": cluster.bootstrap,
        "FACTSTREAM_TOPIC": topic,
        "FACTSTREAM_DEAD_LETTER_TOPIC": f"{topic}.dlq",
        "REDIS_URL": own_redis.url,
        **REPLICATION,
    }
    serve = Serve(tmp_path, env)
    await asyncio.to_thread(serve.start)
    config = KafkaLogConfig(cluster.bootstrap, topic, f"{topic}.dlq")
    wenv = worker_env(config, own_redis.url, "w", f"g-{topic}", tmp_path / "worker")
    worker = start_worker({**wenv, **REPLICATION}, tmp_path / "worker.log")
    appender = Appender(serve.url)
    rng = random.Random(5)
    kills: list[tuple[int, float, float]] = []  # node, killed at, back in sync at
    try:
        appender.start()
        for _ in range(KILLS):
            await asyncio.sleep(rng.uniform(1.0, 3.0))
            leader = await asyncio.to_thread(cluster.wait_in_sync, topic)
            cluster.kill9(leader)
            killed = time.monotonic()
            await asyncio.to_thread(cluster.restart, leader)
            await asyncio.to_thread(cluster.wait_in_sync, topic, 90)
            kills.append((leader, killed, time.monotonic()))
        await asyncio.sleep(2.0)
        appender.halt.set()
        await asyncio.to_thread(appender.join, 90)
        events = await asyncio.to_thread(all_events, serve.url)
        verified = httpx.get(f"{serve.url}/audit/verify", timeout=60).json()
        clean = await _clean_digests(cluster.bootstrap, topic, own_redis.url)
        deadline = time.monotonic() + 120
        while (served := await digests(own_redis.url, "w")) != clean:
            assert time.monotonic() < deadline, f"worker never matched:\n{worker.tail()}"
            await asyncio.sleep(0.5)
    finally:
        appender.halt.set()
        worker.stop()
        await asyncio.to_thread(serve.stop)
    ids = Counter(e["id"] for e in events)
    wanted = {i for ids_ in appender.acked.values() for i in ids_}
    for node, killed, back in kills:
        nxt = min([k for _, k, _ in kills if k > killed], default=back)
        window_503 = sum(1 for t, o in appender.failures if killed <= t < max(nxt, back))
        print(
            f"FIGURE cluster kill -9 leader node {node}: longest write gap "
            f"{appender.longest_gap(killed, back):.2f}s, node back in sync after "
            f"{back - killed:.1f}s, failed appends in window {window_503}"
        )
    print(
        f"FIGURE cluster totals: {len(appender.acked)} appends acknowledged "
        f"({len(wanted)} events), failures {Counter(o for _, o in appender.failures)}"
    )
    assert wanted <= set(ids), f"lost {len(wanted - set(ids))} acknowledged events"
    assert max(ids.values()) == 1, "duplicated events"
    assert set(ids) == wanted  # nothing unacknowledged either (every append was retried)
    assert verified["ok"], verified
    assert served == clean
