"""Issue 12, test 2: a fenced single writer on Kafka (transactions, one transactional.id).

Two `factstream serve` processes on one log, started at once: the one whose InitProducerId
came last writes, the other's appends fail as 503 naming the fence. Then the writer is
paused (SIGSTOP) in the middle of steady appends, a new writer takes over, and the paused
one is resumed (SIGCONT): its appends fail clearly, never 500, and nothing it sent after the
takeover reaches the log. Through all of it the log is one unbroken chain, every
acknowledged event is in it exactly once, and the writers' acknowledged events never
interleave (exactly one appends at any time).
"""

from __future__ import annotations

import os
import signal
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.faults.http import all_events, submission
from tests.faults.procs import RedisServer, Serve
from tests.integration.conftest import _required_env

pytestmark = [pytest.mark.faults, pytest.mark.timeout(240)]
KAFKA_TIMEOUT_S = 2.0


@dataclass
class Answers:
    """What one client got from one server: acknowledged ids, and every refusal's detail."""

    acked: list[str] = field(default_factory=list)
    refusals: list[tuple[int, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # 5xx other than 503, or a cut connection

    def post(self, base: str, n: int) -> int:
        try:
            answer = httpx.post(f"{base}/facts", json=submission(n), timeout=60)
        except httpx.HTTPError as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")
            return 0
        if answer.status_code == 200:
            self.acked += answer.json()["event_ids"]
        elif answer.status_code == 503:
            assert int(answer.headers["Retry-After"]) >= 1
            self.refusals.append((503, answer.json()["detail"]))
        else:
            self.errors.append(f"{answer.status_code}: {answer.text[:300]}")
        return answer.status_code


def _steady(base: str, first: int, answers: Answers, stop: threading.Event) -> None:
    n = first
    while not stop.is_set():
        answers.post(base, n)
        n += 1


def _positions(events: list[dict[str, object]], ids: list[str]) -> list[int]:
    wanted = set(ids)
    return sorted(int(str(e["position"])) for e in events if e["id"] in wanted)


def _fenced(answers: Answers) -> bool:
    return bool(answers.refusals) and all(
        "kafka is unavailable" in detail and "fenced by a newer writer" in detail
        for _, detail in answers.refusals
    )


def test_a_stale_writer_is_fenced_and_the_chain_never_forks(
    tmp_path: Path, own_redis: RedisServer
) -> None:
    topic = f"fence-{uuid.uuid4().hex[:10]}"
    env = {
        "FACTSTREAM_BACKEND": "kafka",
        "KAFKA_BOOTSTRAP": _required_env("KAFKA_BOOTSTRAP"),
        "FACTSTREAM_TOPIC": topic,
        "FACTSTREAM_DEAD_LETTER_TOPIC": f"{topic}.dlq",
        "FACTSTREAM_KAFKA_TIMEOUT_S": str(KAFKA_TIMEOUT_S),
        "REDIS_URL": own_redis.url,
    }
    servers = [Serve(tmp_path / name, env) for name in ("a", "b", "c")]
    for server in servers:
        server.data_dir.mkdir()
    a, b, c = servers
    try:
        # 1. Two writers started at once, appended to concurrently.
        a.start(wait_ready=False)
        b.start(wait_ready=False)
        a.wait_ready()
        b.wait_ready()
        got = {"a": Answers(), "b": Answers()}
        stop = threading.Event()
        clients = [
            threading.Thread(target=_steady, args=(a.url, 0, got["a"], stop)),
            threading.Thread(target=_steady, args=(b.url, 10_000, got["b"], stop)),
        ]
        for client in clients:
            client.start()
        time.sleep(3)
        stop.set()
        for client in clients:
            client.join(timeout=60)
        assert not got["a"].errors and not got["b"].errors, got
        # exactly one of them writes: the other's every append is refused as fenced
        writers = [name for name, answers in got.items() if answers.acked]
        assert len(writers) == 1, {k: (len(v.acked), v.refusals[:2]) for k, v in got.items()}
        [stale_name] = {"a", "b"} - set(writers)
        assert _fenced(got[stale_name]), got[stale_name].refusals[:3]
        writer = a if writers == ["a"] else b
        first_acked = list(got[writers[0]].acked)
        print(
            f"FIGURE fence two-at-once: writer acked {len(first_acked)} events, "
            f"stale refused {len(got[stale_name].refusals)} appends (503 fenced)"
        )

        # 2. The writer paused mid-stream, a new writer takes over, the old one resumes.
        old = Answers()
        stop = threading.Event()
        client = threading.Thread(target=_steady, args=(writer.url, 20_000, old, stop))
        client.start()
        time.sleep(1.5)
        assert writer.process is not None
        os.kill(writer.process.pid, signal.SIGSTOP)
        try:
            paused_at = time.monotonic()
            c.start()  # InitProducerId: takes over, aborts the paused writer's transaction
            new = Answers()
            for n in range(30_000, 30_010):
                assert new.post(c.url, n) == 200, new.errors or new.refusals
            took_over_s = time.monotonic() - paused_at
        finally:
            os.kill(writer.process.pid, signal.SIGCONT)
        resumed = time.monotonic()
        stop.set()
        client.join(timeout=60)
        assert not client.is_alive()
        after = Answers()
        for n in range(40_000, 40_005):
            assert after.post(writer.url, n) == 503, after.errors
        assert _fenced(after), after.refusals
        refused_within = time.monotonic() - resumed
        assert not old.errors and not new.errors, (old.errors, new.errors)
        # whatever the paused writer answered in flight: acknowledged (committed before the
        # takeover) or refused as fenced; never a 500
        assert all("fenced" in d or "kafka is unavailable" in d for _, d in old.refusals)

        # 3. One chain, every acknowledged event once, no interleaving of writers.
        events = all_events(c.url)
        ids = Counter(str(e["id"]) for e in events)
        acked = first_acked + old.acked + new.acked
        assert set(acked) <= set(ids), set(acked) - set(ids)
        assert max(ids.values()) == 1
        assert [e["position"] for e in events] == list(range(1, len(events) + 1))
        refused_articles = {f"fault-{n}" for n in range(40_000, 40_005)}
        assert not any(str(e["stream_id"]).split(":")[-1] in refused_articles for e in events)
        old_positions = _positions(events, first_acked + old.acked)
        new_positions = _positions(events, new.acked)
        assert old_positions and new_positions
        assert max(old_positions) < min(new_positions), "two writers interleaved"
        verified = httpx.get(f"{c.url}/audit/verify", timeout=60).json()
        assert verified["ok"] and verified["checked"] == len(events), verified
        print(
            f"FIGURE fence takeover: paused writer acked {len(old.acked)} events before "
            f"SIGSTOP, refused {len(old.refusals)} in flight; new writer serving "
            f"{took_over_s:.2f}s after the pause; resumed writer refused 5/5 appends as "
            f"fenced within {refused_within:.2f}s; log {len(events)} events, chain verifies"
        )
    finally:
        for server in servers:
            if server.process is not None:
                os.kill(server.process.pid, signal.SIGCONT)  # never leave one stopped
                server.stop()
