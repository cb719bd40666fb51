"""The broker stops answering (SIGSTOP: connections hang, the worst case for timeouts).

`factstream serve` on the Kafka backend: while the broker is stopped, an append and a read
answer 503 naming Kafka within the documented bound and /readyz says `kafka`; once it runs
again (SIGCONT) reads come back without a restart, the retried append is written once,
and every acknowledged event is in the log exactly once with the chain verified.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.faults.http import all_events, submission, timed
from tests.faults.procs import RedisServer, Serve
from tests.integration.conftest import _required_env

pytestmark = [pytest.mark.faults, pytest.mark.timeout(180)]
KAFKA_TIMEOUT_S = 2.0
# an append waits for a catch-up and a send, each bounded by the timeout
APPEND_BOUND_S = 2 * KAFKA_TIMEOUT_S + 2.0
READ_BOUND_S = KAFKA_TIMEOUT_S + 2.0


@contextlib.contextmanager
def stopped(pid: int) -> Iterator[None]:
    """SIGSTOP the broker for the block; SIGCONT whatever happens."""
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


@pytest.fixture
def broker_pid() -> int:
    """The pid of the test run's broker (scripts/test-all.sh exports it)."""
    pid = int(_required_env("KAFKA_BROKER_PID"))
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    assert b"kafka.Kafka" in command, f"pid {pid} is not a Kafka broker: {command[:200]!r}"
    return pid


def test_append_and_read_answer_503_naming_kafka_then_recover(
    tmp_path: Path, own_redis: RedisServer, broker_pid: int
) -> None:
    env = {
        "FACTSTREAM_BACKEND": "kafka",
        "KAFKA_BOOTSTRAP": _required_env("KAFKA_BOOTSTRAP"),
        "FACTSTREAM_TOPIC": f"fault-{uuid.uuid4().hex[:10]}",
        "FACTSTREAM_DEAD_LETTER_TOPIC": f"fault-{uuid.uuid4().hex[:10]}.dlq",
        "FACTSTREAM_KAFKA_TIMEOUT_S": str(KAFKA_TIMEOUT_S),
        "REDIS_URL": own_redis.url,
    }
    serve = Serve(tmp_path, env).start()
    try:
        first = httpx.post(f"{serve.url}/facts", json=submission(1), timeout=60)
        assert first.status_code == 200, first.text
        acked = set(first.json()["event_ids"])

        with stopped(broker_pid):
            append, took = timed("POST", f"{serve.url}/facts", json=submission(2))
            assert append.status_code == 503, append.text
            assert append.json()["detail"].startswith("kafka is unavailable")
            assert int(append.headers["Retry-After"]) >= 1
            assert took < APPEND_BOUND_S, f"append answered after {took:.1f}s"
            print(f"FIGURE kafka-stopped append 503 after {took:.2f}s")
            read, took = timed("GET", f"{serve.url}/events")
            assert read.status_code == 503 and "kafka" in read.json()["detail"], read.text
            assert took < READ_BOUND_S, f"read answered after {took:.1f}s"
            print(f"FIGURE kafka-stopped read 503 after {took:.2f}s")
            ready, _ = timed("GET", f"{serve.url}/readyz")
            assert ready.status_code == 503 and ready.json()["unavailable"] == ["kafka"]

        resumed = time.monotonic()
        deadline = resumed + 60
        while (read := httpx.get(f"{serve.url}/events", timeout=60)).status_code != 200:
            assert time.monotonic() < deadline, read.text
            time.sleep(0.2)
        print(f"FIGURE kafka-resumed reads back after {time.monotonic() - resumed:.2f}s")
        retried = httpx.post(f"{serve.url}/facts", json=submission(2), timeout=60)
        assert retried.status_code == 200, retried.text
        acked |= set(retried.json()["event_ids"])

        ids = Counter(e["id"] for e in all_events(serve.url))
        assert acked <= set(ids) and max(ids.values()) == 1
        verified = httpx.get(f"{serve.url}/audit/verify", timeout=60).json()
        assert verified["ok"], verified
    finally:
        serve.stop()
