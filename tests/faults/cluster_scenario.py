"""The leader-kill scenario of test_cluster_leader_kill.py, run in a background thread.

It is mostly waiting (JVM restarts, replicas catching up), so the fault tier starts it as
soon as its first test starts (tests/faults/conftest.py) and the test only collects the
outcome and checks it: the other fault tests run meanwhile. It has its own cluster, Redis,
API and worker, and never touches the shared broker the other fault tests stop.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from events.kafka.config import KafkaLogConfig
from tests.faults.cluster import Cluster
from tests.faults.http import all_events, submission
from tests.faults.procs import RedisServer, Serve
from tests.faults.readmodels import clean_kafka_digests, digests
from tests.integration.harness import start_worker, worker_env

KILLS = 5
RATE_S = 0.1  # one append (5 events) every 100 ms
REPLICATION = {"FACTSTREAM_KAFKA_REPLICATION_FACTOR": "3"}
REPLICATION["FACTSTREAM_KAFKA_MIN_INSYNC_REPLICAS"] = "2"
DIGEST_WAIT_S = 120


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


@dataclass
class Outcome:
    events: list[dict[str, Any]] = field(default_factory=list)
    verified: dict[str, Any] = field(default_factory=dict)
    served: dict[str, str] = field(default_factory=dict)
    clean: dict[str, str] = field(default_factory=dict)
    kills: list[tuple[int, float, float]] = field(default_factory=list)  # node, killed, in sync
    appender: Appender | None = None


async def leader_kills(tmp_path: Path, redis: RedisServer, cluster: Cluster) -> Outcome:
    """Steady appends through the API; kill -9 the log partition's leader KILLS times at
    random moments, restarting it each time; then read back the log and the read models."""
    topic = f"cluster-{uuid.uuid4().hex[:10]}"
    env = {
        "FACTSTREAM_BACKEND": "kafka",
        "KAFKA_BOOTSTRAP": cluster.bootstrap,
        "FACTSTREAM_TOPIC": topic,
        "FACTSTREAM_DEAD_LETTER_TOPIC": f"{topic}.dlq",
        "REDIS_URL": redis.url,
        **REPLICATION,
    }
    serve = Serve(tmp_path, env)
    await asyncio.to_thread(serve.start)
    config = KafkaLogConfig(cluster.bootstrap, topic, f"{topic}.dlq")
    wenv = worker_env(config, redis.url, "w", f"g-{topic}", tmp_path / "worker")
    worker = start_worker({**wenv, **REPLICATION}, tmp_path / "worker.log")
    out = Outcome(appender=Appender(serve.url))
    appender = out.appender
    assert appender is not None
    rng = random.Random(5)
    try:
        appender.start()
        for _ in range(KILLS):
            await asyncio.sleep(rng.uniform(1.0, 3.0))
            leader = await asyncio.to_thread(cluster.wait_in_sync, topic)
            cluster.kill9(leader)
            killed = time.monotonic()
            await asyncio.to_thread(cluster.restart, leader)
            await asyncio.to_thread(cluster.wait_in_sync, topic, 90)
            out.kills.append((leader, killed, time.monotonic()))
        await asyncio.sleep(2.0)
        appender.halt.set()
        await asyncio.to_thread(appender.join, 90)
        out.events = await asyncio.to_thread(all_events, serve.url)
        out.verified = httpx.get(f"{serve.url}/audit/verify", timeout=60).json()
        out.clean = await clean_kafka_digests(
            KafkaLogConfig(cluster.bootstrap, topic, f"{topic}.dlq"), redis.url
        )
        deadline = time.monotonic() + DIGEST_WAIT_S
        while (served := await digests(redis.url, "w")) != out.clean:
            assert time.monotonic() < deadline, f"worker never matched:\n{worker.tail()}"
            await asyncio.sleep(0.5)
        out.served = served
    finally:
        appender.halt.set()
        worker.stop()
        await asyncio.to_thread(serve.stop)
    return out


class Background(threading.Thread):
    """Cluster up, the scenario, cluster down, in a thread; `result()` waits for it."""

    def __init__(self, tmp_path: Path) -> None:
        super().__init__(daemon=True, name="cluster-leader-kills")
        self.tmp_path = tmp_path
        self.outcome: Outcome | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        redis = RedisServer()
        try:
            redis.start()
            cluster = Cluster.up()
            self.outcome = asyncio.run(leader_kills(self.tmp_path, redis, cluster))
        except BaseException as exc:  # handed to the test, which re-raises it
            self.error = exc
        finally:
            Cluster.kill_all()  # throwaway data: no controlled shutdown (it took ~35 s)
            Cluster.down()
            redis.kill9()

    def result(self, timeout: float) -> Outcome:
        self.join(timeout)
        if self.is_alive():
            raise AssertionError(f"the leader-kill scenario did not end in {timeout:.0f}s")
        if self.error is not None:
            raise self.error
        assert self.outcome is not None
        return self.outcome
