"""Redis killed during a replay of 20k events, then restarted empty (issue 12, item 3).

`factstream serve` on the embedded log (SQLite) with its read models in a Redis of the
test's own. While the projector replays the log, Redis is stopped (SIGSTOP: /readyz answers
within the timeout), then killed (-9): reads and /readyz
answer 503 naming Redis within the documented bound. Redis comes back *empty*: the
projector notices by itself, reads answer 503 "rebuilding" with progress, then 200, and the
read models equal a clean rebuild of the same log. No restart, no manual step.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.faults.procs import RedisServer, Serve
from tests.faults.readmodels import build_sqlite_log, clean_rebuild_digests, digests

pytestmark = [pytest.mark.faults, pytest.mark.timeout(240)]
EVENTS = 20_000
REDIS_TIMEOUT_S = 1.0  # FACTSTREAM_REDIS_TIMEOUT_S for the server under test
ANSWER_BOUND_S = REDIS_TIMEOUT_S + 2.0  # the timeout plus HTTP and scheduling slack


def _read(url: str) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    answer = httpx.get(f"{url}/projections/meetings", timeout=30)
    return answer, time.monotonic() - started


def _poll(url: str, until: float, want: int) -> list[httpx.Response]:
    """Read until the status is `want`; returns every answer seen (bounded by `until`)."""
    seen: list[httpx.Response] = []
    while time.monotonic() < until:
        try:
            answer, _ = _read(url)
        except httpx.ConnectError:  # not listening yet
            time.sleep(0.05)
            continue
        seen.append(answer)
        if answer.status_code == want:
            return seen
        time.sleep(0.05)
    last = f"{seen[-1].status_code} {seen[-1].text}" if seen else "no answer"
    raise AssertionError(f"no {want} in time; last: {last}")


async def test_redis_killed_then_back_empty_during_a_replay(
    tmp_path: Path, own_redis: RedisServer
) -> None:
    head = await build_sqlite_log(tmp_path / "events.sqlite3", EVENTS)
    assert head >= EVENTS
    env = {"REDIS_URL": own_redis.url, "FACTSTREAM_REDIS_PREFIX": "served"}
    env["FACTSTREAM_REDIS_TIMEOUT_S"] = str(REDIS_TIMEOUT_S)
    serve = Serve(tmp_path, env).start(wait_ready=False)
    try:
        deadline = time.monotonic() + 90
        # the projector replays 20k events: reads say "rebuilding" with progress
        seen = _poll(serve.url, deadline, want=503)
        assert "rebuilding" in seen[-1].json()["detail"], seen[-1].text

        assert own_redis.process is not None
        os.kill(own_redis.process.pid, signal.SIGSTOP)  # hangs, does not refuse: timeouts
        try:
            started = time.monotonic()
            ready = httpx.get(f"{serve.url}/readyz", timeout=30)
            took = time.monotonic() - started
        finally:
            os.kill(own_redis.process.pid, signal.SIGCONT)
        assert ready.status_code == 503 and ready.json()["unavailable"] == ["redis"], ready.text
        assert took < ANSWER_BOUND_S, f"/readyz took {took:.1f}s"
        print(f"FIGURE redis-stopped /readyz 503 after {took:.2f}s")

        own_redis.kill9()
        answer, took = _read(serve.url)
        assert answer.status_code == 503, answer.text
        assert "redis is unavailable" in answer.json()["detail"]
        assert int(answer.headers["Retry-After"]) >= 1
        assert took < ANSWER_BOUND_S, f"the 503 took {took:.1f}s"
        print(f"FIGURE redis-killed read 503 after {took:.2f}s")
        ready = httpx.get(f"{serve.url}/readyz", timeout=30)
        assert ready.status_code == 503 and ready.json()["unavailable"] == ["redis"]

        own_redis.start()  # same port, empty: every read model and checkpoint is gone
        back = time.monotonic()
        seen = _poll(serve.url, back + 120, want=200)
        print(
            f"FIGURE redis-back-empty rebuilt {head} events, reads 200 after "
            f"{time.monotonic() - back:.2f}s; {len(seen)} answers polled"
        )
        rebuilding = [a.json()["detail"] for a in seen if "rebuilding" in a.text]
        assert rebuilding, [a.text for a in seen[-5:]]
        assert f"of {head}" in rebuilding[-1]
        ready = httpx.get(f"{serve.url}/readyz", timeout=30).json()
        assert ready["ready"] and set(ready["projector_lag"].values()) == {0}
    finally:
        serve.stop()
    served = await digests(own_redis.url, "served")
    clean = await clean_rebuild_digests(tmp_path / "events.sqlite3", own_redis.url, "clean")
    assert served == clean
