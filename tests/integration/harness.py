"""Helpers for driving real workers: append a workload, run worker processes, wait, digest."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from contracts.envelope import Event
from events.kafka.config import KafkaLogConfig
from events.port import EventLog
from services.projections.registry import PROJECTIONS
from services.readmodels.port import ReadModelStore
from services.worker.apply import checkpoint_name
from services.worker.config import DEFAULT_FEED_PARTITIONS
from services.worker.routing import feed_partitions_for

REPO = Path(__file__).resolve().parents[2]
Checkpoints = dict[str, dict[str, int]]  # slot -> checkpoint name -> position


async def append_articles(
    log: EventLog, articles: Iterable[list[Event]], concurrency: int = 64
) -> dict[str, int]:
    """Append each article as one stream (expected version 0); returns id -> position."""
    positions: dict[str, int] = {}
    chunk: list[list[Event]] = []

    async def flush() -> None:
        results = await asyncio.gather(*(log.append(a, expected_version=0) for a in chunk))
        for result in results:
            positions.update({a.event_id: a.position for a in result.appended})
        chunk.clear()

    for article in articles:
        chunk.append(article)
        if len(chunk) == concurrency:
            await flush()
    if chunk:
        await flush()
    return positions


def expected_checkpoints(
    events: Iterable[Event], positions: dict[str, int], partitions: int = DEFAULT_FEED_PARTITIONS
) -> Checkpoints:
    """Where every projection's feed checkpoints end once all events are applied."""
    top: dict[str, int] = defaultdict(int)
    for event in events:
        for p in feed_partitions_for(event, partitions):
            top[checkpoint_name(p)] = max(top[checkpoint_name(p)], positions[event.id])
    return {projection.slot: dict(top) for projection in PROJECTIONS}


async def checkpoints(store: ReadModelStore, ns: str = "live") -> Checkpoints:
    return {p.slot: await store.checkpoint(ns, p.slot) for p in PROJECTIONS}


async def wait_for_checkpoints(
    store: ReadModelStore, want: Checkpoints, timeout: float, ns: str = "live"
) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (got := await checkpoints(store, ns)) != want:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"checkpoints {got} never reached {want}")
        await asyncio.sleep(0.2)


async def digests(store: ReadModelStore, ns: str = "live") -> dict[str, str]:
    return {p.slot: await store.digest(ns, p.slot) for p in PROJECTIONS}


@dataclass
class Worker:
    """One `python -m services.worker run` process (a member of the consumer group)."""

    proc: subprocess.Popen[bytes]
    log_path: Path

    def kill9(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill9()

    def tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


def worker_env(
    config: KafkaLogConfig, redis_url: str, prefix: str, group: str, data_dir: Path
) -> dict[str, str]:
    return {
        **os.environ,
        "KAFKA_BOOTSTRAP": config.bootstrap,
        "REDIS_URL": redis_url,
        "FACTSTREAM_BACKEND": "kafka",
        "FACTSTREAM_TOPIC": config.topic,
        "FACTSTREAM_DEAD_LETTER_TOPIC": config.dead_letter_topic,
        "FACTSTREAM_CONSUMER_GROUP": group,
        "FACTSTREAM_REDIS_PREFIX": prefix,
        "FACTSTREAM_DATA_DIR": str(data_dir),
    }


def _die_with_parent() -> None:
    """In the child: SIGKILL it if the test process dies (no orphan workers after a crash)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def start_worker(env: dict[str, str], log_path: Path) -> Worker:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.worker", "run"],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
    return Worker(proc, log_path)


def stop_all(workers: Sequence[Worker]) -> None:
    for worker in workers:
        worker.stop()
