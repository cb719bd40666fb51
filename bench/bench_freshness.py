"""Append -> visible over HTTP on the embedded path (issue 13, item 4).

`factstream serve` as a new user runs it (SQLite log, the bundled Redis, the in-process
projector). Appends are `POST /facts`, paced open-loop; 20 appends a second are sampled and,
once answered, `GET /projections/territories/{id}` is polled every 2 ms until the territory
shows. A sample's latency counts from when its POST was due (queueing included). Runs, in
this order (the low rate first, so no backlog spills into it):
- 300 events/s, one fact per POST (2 events: the fact and its article's event);
- 1k events/s as articles of 4 facts (5 events per POST, 200 POST/s): the headline figure;
- 1k events/s, one fact per POST (500 POST/s): past what one embedded API process appends
  on this machine (~530 POST/s closed loop), so it measures the backlog.
Baseline in the same run: the POST alone (its answer time), i.e. what the fold, commit and
read add on top of the append itself.

`--pipeline RATE FACTS`: the embedded log and the in-process projector alone, no HTTP (events
built beforehand, appends paced as above): append time from when it was due, a group
commit's end to both projections committed, this process's CPU per event and the Redis
commands per event (those a Lua script runs included). It measures what the log and the
projector add, where the HTTP figures swing with the shared machine. With PYTHONPATH set
to another checkout it measures that code (the before/after of docs/kafka-design.md §6).

python bench/bench_freshness.py [--seconds 10] [--pipeline RATE FACTS]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stream import cpu_seconds, start_server
from http_load import exchange

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "freshness.json"
# (name, events/s, facts per POST)
RUNS = (("at_300_per_s", 300, 1), ("at_1000_per_s", 1000, 4), ("at_1000_per_s_single", 1000, 1))
SAMPLES_PER_S = 20
CONNECTIONS = 16


def _post(tag: str, i: int, facts: int) -> bytes:
    """One article's facts: `facts` territory transfers (the first is the one sampled)."""
    transfers = [
        {"kind": "TerritoryTransferred", "territory": f"Fresh {tag} {i} {k}", "to": "Azerbaijan"}
        for k in range(facts)
    ]
    source = {"article": f"fresh-{tag}-{i}", "published": "2021-11-23"}
    body = json.dumps({"source": source, "facts": transfers}).encode()
    head = (
        "POST /facts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


async def _visible(port: int, path: str, due: float, out: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() - due < 10:
            if await exchange(reader, writer, _get(path)) == 200:
                out.append((time.perf_counter() - due) * 1000)
                return
            await asyncio.sleep(0.002)
    finally:
        writer.close()


async def paced(
    port: int, seconds: float, events_per_s: int, facts: int = 1
) -> dict[str, list[float]]:
    """Open loop: POST i is due at begin + i / rate, on whichever connection is free."""
    posts_per_s = events_per_s / (facts + 1)  # the facts and their article's event
    total, every = int(seconds * posts_per_s), max(1, int(posts_per_s // SAMPLES_PER_S))
    tag = uuid.uuid4().hex[:6]
    visible: list[float] = []
    answered: list[float] = []
    polls: list[asyncio.Task[None]] = []
    begin, slot = time.perf_counter() + 0.05, 0

    async def connection() -> None:
        nonlocal slot
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while slot < total:
                i, slot = slot, slot + 1
                due = begin + i / posts_per_s
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                status = await exchange(reader, writer, _post(tag, i, facts))
                assert status in (200, 201), status
                answered.append((time.perf_counter() - due) * 1000)
                if i % every == 0:
                    path = f"/projections/territories/fresh-{tag}-{i}-0"
                    polls.append(asyncio.create_task(_visible(port, path, due, visible)))
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(CONNECTIONS)))
    await asyncio.gather(*polls)
    # a sample not visible 10 s after it was due counts as 10 s (the server fell behind)
    missed = len(polls) - len(visible)
    visible += [10_000.0] * missed
    return {"visible": visible, "post": answered, "missed": [float(missed)]}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def figures(name: str, run: dict[str, list[float]]) -> dict[str, Any]:
    return {
        f"{name}_samples": len(run["visible"]),
        f"{name}_p50_ms": round(statistics.median(run["visible"]), 1),
        f"{name}_p99_ms": _pct(run["visible"], 0.99),
        f"{name}_post_p50_ms": round(statistics.median(run["post"]), 1),
        f"{name}_post_p99_ms": _pct(run["post"], 0.99),
        f"{name}_not_visible_within_10_s": int(run["missed"][0]),
        # the shared machine's load when the run ended: figures swing with it
        f"{name}_load_1m": round(os.getloadavg()[0], 1),
    }


async def measure(port: int, seconds: float) -> dict[str, Any]:
    await paced(port, 2, 300)  # warm-up: first appends open files, JIT-free paths get hot
    out: dict[str, Any] = {}
    for name, rate, facts in RUNS:
        out |= figures(name, await paced(port, seconds, rate, facts))
    return out


async def pipeline(seconds: float, rate: int, facts: int) -> dict[str, Any]:
    """The log + projector alone (see the module's docstring)."""
    import redis.asyncio as aioredis

    from events.sqlite.log import SqliteEventLog
    from services.ingest.events_for import ArticleInput, FactInput, build_events
    from services.ingest.gold import resolve_by_gazetteer
    from services.projector import runner
    from services.readmodels.embedded_redis import start_embedded_redis
    from services.readmodels.redis_store import RedisReadModelStore
    from services.readside.gc_tuning import tune_gc

    tune_gc()  # the collector as `serve` runs it

    applied: list[tuple[int, float]] = []  # (last position of a batch, when one projection had it)
    apply_events = runner.apply_events

    async def timed(working: Any, events: Any) -> int:
        count = await apply_events(working, events)
        applied.append((events[-1].position or 0, time.perf_counter()))
        return count

    runner.apply_events = timed  # type: ignore[assignment]
    posts = int(seconds * rate / (facts + 1))
    gold = [{"kind": "TerritoryTransferred", "to": "Azerbaijan"}]
    batches = [
        build_events(
            ArticleInput(article_id=f"pipe-{i}", published="2021-11-23"),
            [FactInput(fact={**gold[0], "territory": f"Pipe {i} {k}"}) for k in range(facts)],
            resolve_by_gazetteer,
        )
        for i in range(posts + 50)
    ]
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        server = start_embedded_redis(Path(tmp) / "r.rdb")
        store = RedisReadModelStore.from_url(server.url)
        log = SqliteEventLog(Path(tmp) / "events.sqlite3")
        projector = runner.Projector(log, store)
        projector.start()
        for batch in batches[:50]:  # warm-up
            await log.append(batch)
        await projector.wait_until(await log.head())
        stats = aioredis.Redis.from_url(server.url, decode_responses=True)
        calls_before = sum(v["calls"] for v in (await stats.info("commandstats")).values())
        committed: list[tuple[int, float, float]] = []  # (head, due, committed)

        async def one(batch: Any, due: float) -> None:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            result = await log.append(batch)
            committed.append((result.head, due, time.perf_counter()))

        cpu, begin, applied[:] = time.process_time(), time.perf_counter() + 0.05, []
        every = (facts + 1) / rate
        await asyncio.gather(*(one(b, begin + i * every) for i, b in enumerate(batches[50:])))
        await projector.wait_until(await log.head())
        cpu = time.process_time() - cpu
        calls = sum(v["calls"] for v in (await stats.info("commandstats")).values()) - calls_before
        await stats.aclose()
        await projector.stop()
        await log.close()
        await store.close()
        server.stop()
    runner.apply_events = apply_events
    lag, due_to_visible = [], []
    for head, due, done in committed:  # both projections: the second batch holding `head`
        both = sorted(t for p, t in applied if p >= head)[:2]
        if len(both) == 2:
            lag.append((both[1] - done) * 1000)
            due_to_visible.append((both[1] - due) * 1000)
    appends = [(done - due) * 1000 for _, due, done in committed]
    return {
        "pipeline_rate": rate,
        "pipeline_facts_per_append": facts,
        "append_p50_ms": round(statistics.median(appends), 2),
        "append_p99_ms": _pct(appends, 0.99),
        "commit_to_applied_p50_ms": round(statistics.median(lag), 2),
        "commit_to_applied_p99_ms": _pct(lag, 0.99),
        "due_to_applied_p50_ms": round(statistics.median(due_to_visible), 2),
        "due_to_applied_p99_ms": _pct(due_to_visible, 0.99),
        "cpu_us_per_event": round(cpu * 1e6 / (posts * (facts + 1)), 1),
        "redis_commands_per_event": round(calls / (posts * (facts + 1)), 2),
        "batches": len(applied) // 2,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--pipeline", type=int, nargs=2, metavar=("RATE", "FACTS"))
    args = parser.parse_args()
    if args.pipeline:
        rate, facts = args.pipeline
        print(json.dumps(asyncio.run(pipeline(args.seconds, rate, facts))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-freshness-") as tmp:
        server, url = start_server(Path(tmp))
        port = int(url.rsplit(":", 1)[1])
        try:
            cpu = cpu_seconds(server.pid)
            measured = asyncio.run(measure(port, args.seconds))
            server_cpu = round(cpu_seconds(server.pid) - cpu, 1)
        finally:
            server.terminate()
            server.wait(20)
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
        "method": "embedded serve; POST /facts open loop, 16 connections; 20 samples/s "
        "polled on GET /projections/territories/{id} every 2 ms; latency from when the POST "
        "was due; at_1000_per_s: 4 facts per POST, the others 1",
        "seconds_per_rate": args.seconds,
        "p99_ms": measured["at_1000_per_s_p99_ms"],
        **measured,
        "server_cpu_s": server_cpu,
        "load_average": list(os.getloadavg()),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
