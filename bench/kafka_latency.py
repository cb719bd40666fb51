"""Kafka bench, part 3: append-to-visible-over-HTTP latency (see bench_kafka.py).

A worker and `factstream serve` on the Kafka backend; events appended at a fixed rate, 20 a
second sampled and polled on `GET /projections/territories/{id}` until visible.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from bench.bench_stream import free_port  # the same helper as the SSE bench
from bench.kafka_trace_io import Trace, cpu_of
from contracts.common import EntityRef, PartialDate
from contracts.envelope import new_event
from contracts.facts import TerritoryTransferred
from events.kafka.config import KafkaLogConfig
from events.kafka.log import open_kafka_log
from services.worker.config import DEFAULT_FEED_PARTITIONS
from services.worker.routing import log_feed
from tests.integration.harness import REPO, start_worker, worker_env

LOW_RATE = 300  # events/s: the same path off saturation (2 cores hold broker, API, worker)


async def bench_latency(
    config: KafkaLogConfig,
    redis_url: str,
    seconds: int,
    tmp: Path,
    trace: Trace | None = None,
) -> dict[str, Any]:
    """`trace` (bench/kafka_trace.py): the worker writes its stage trace, the samples and
    each rate's CPU are kept in it."""
    run = uuid.uuid4().hex[:8]
    env = worker_env(config, redis_url, f"bl-{run}", f"bl-{run}", tmp)
    if trace is not None:
        env["FACTSTREAM_WORKER_TRACE"] = str(trace.worker_file)
    port = free_port()
    worker = start_worker(env, tmp / "latency-worker.log")
    api_env = {**env, "FACTSTREAM_PORT": str(port), "FACTSTREAM_HOST": "127.0.0.1"}
    api_log = (tmp / "latency-api.log").open("wb")
    api = subprocess.Popen(
        [sys.executable, "-m", "services.cli.main", "serve"],
        cwd=REPO,
        env=api_env,
        stdout=api_log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    log = None
    out: dict[str, Any] = {"latency_rate_events_per_s": 1000}
    try:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            for _ in range(300):
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
            # Opened once the API is up: the API's log is a writer too (it starts one on
            # first use), and the writer started last fences the other (issue 12). The
            # bench appends; the API only serves reads, which a fenced instance keeps doing.
            # It fills the workers' feed in its transactions, as the service's writer does.
            log = await open_kafka_log(replace(config, feed=log_feed(DEFAULT_FEED_PARTITIONS)))
            await _warm_up(log, client)
            # the low rate first: a backlog left by the saturated run would spill into it
            procs = {"worker": worker.proc.pid, "api": api.pid}
            with cpu_of(procs, out, LOW_RATE, seconds * LOW_RATE):
                low = await _paced(log, client, seconds, LOW_RATE, trace, LOW_RATE)
            with cpu_of(procs, out, 1000, seconds * 1000):
                out |= _percentiles("latency", await _paced(log, client, seconds, 1000, trace))
            out |= _percentiles(f"latency_at_{LOW_RATE}_per_s", low)
    finally:
        if log is not None:
            await log.close()
        api.terminate()
        api.wait(20)
        worker.stop()
    return out


def _percentiles(name: str, latencies: list[float]) -> dict[str, Any]:
    latencies = sorted(latencies)
    if not latencies:
        return {f"{name}_samples": 0}
    return {
        f"{name}_samples": len(latencies),
        f"{name}_p50_ms": round(statistics.median(latencies), 1),
        f"{name}_p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 1),
    }


def _territory_event(tag: str, i: int) -> Any:
    place = EntityRef.named(f"Bench {tag} {i}", "place")
    data = TerritoryTransferred(territory=place, date=PartialDate.parse("2021-11-26"))
    return new_event(data, stream_id=f"bench:{tag}:{i}")


async def _visible(
    client: httpx.AsyncClient,
    key: str,
    started: float,
    out: list[float],
    sample: dict[str, Any] | None = None,
) -> None:
    while time.perf_counter() - started < 10:
        if (await client.get(f"/projections/territories/{key}")).status_code == 200:
            out.append((time.perf_counter() - started) * 1000)
            if sample is not None:
                sample["visible"] = time.time()
            return
        await asyncio.sleep(0.002)


async def _warm_up(log: Any, client: httpx.AsyncClient) -> None:
    event = _territory_event("warm", 0)
    started = time.perf_counter()
    await log.append([event])
    await _visible(client, "bench-warm-0", started, [])


async def _paced(
    log: Any,
    client: httpx.AsyncClient,
    seconds: int,
    rate: int,
    trace: Trace | None = None,
    label: int = 1000,
) -> list[float]:
    """Append `rate` events/s for `seconds`; 20 of them a second are sampled (polling every
    event would load the API more than the path under test)."""
    tag = uuid.uuid4().hex[:6]
    out: list[float] = []
    polls: list[asyncio.Task[None]] = []
    appends: list[asyncio.Task[Any]] = []
    begin = time.perf_counter()
    for i in range(seconds * rate):
        await asyncio.sleep(max(0.0, begin + i / rate - time.perf_counter()))
        event = _territory_event(tag, i)
        started, wall = time.perf_counter(), time.time()
        append = asyncio.create_task(log.append([event]))
        appends.append(append)
        if i % (rate // 20) == 0:
            await append
            sample = None
            if trace is not None:
                sample = {"id": event.id, "rate": label, "start": wall, "acked": time.time()}
                trace.samples.append(sample)
            key = f"bench-{tag}-{i}"
            polls.append(asyncio.create_task(_visible(client, key, started, out, sample)))
    await asyncio.gather(*polls, *appends)
    return out
