"""Where a rebuild's CPU goes: this process and the embedded Redis server, apart.

    PYTHONPATH=<tree> python bench/rebuild_cpu_split.py [--events 1000000]

Runs `catch_up` of both projections over the first N events of the history bench's cached
archive (`bench/bench_history.py` builds it) into a fresh embedded Redis, in a fresh process,
and prints one JSON line: this process's CPU (`python_cpu_s`), the server's (`redis_cpu_s`,
from its INFO, user and system apart: system time is mostly page faults on the copies of
large documents), the bytes the server received and its five costliest commands. With
PYTHONPATH set to another checkout it measures that tree's code on the same archive, so two
trees can be run alternately (the before/after figures of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

ARCHIVES = Path(__file__).resolve().parents[1] / ".cache" / "bench-history"


async def split(log_path: Path, n_events: int) -> dict[str, object]:
    from events.sqlite.log import SqliteEventLog
    from services.projector.runner import catch_up
    from services.readmodels.embedded_redis import start_embedded_redis
    from services.readmodels.redis_store import RedisReadModelStore

    redis = start_embedded_redis(Path(tempfile.mkdtemp(prefix="fs-split-")) / "r.rdb")
    store = RedisReadModelStore.from_url(redis.url, prefix="bench")
    log = SqliteEventLog(log_path)
    try:
        started = time.process_time()
        reached = await catch_up(log, store, upto=n_events)
        python_cpu = time.process_time() - started
        cpu, stats = redis.server.info("cpu"), redis.server.info("stats")
        commands = redis.server.info("commandstats")
    finally:
        await log.close()
        await store.close()
        redis.stop()
    costly = sorted(commands.items(), key=lambda kv: -kv[1]["usec"])[:5]
    return {
        "events": reached,
        "python_cpu_s": round(python_cpu, 2),
        "redis_cpu_s": round(cpu["used_cpu_user"] + cpu["used_cpu_sys"], 2),
        "redis_user_s": round(cpu["used_cpu_user"], 2),
        "redis_sys_s": round(cpu["used_cpu_sys"], 2),
        "redis_received_mb": round(stats["total_net_input_bytes"] / 1e6),
        "redis_costliest": {
            k.removeprefix("cmdstat_"): round(v["usec"] / 1e6, 2) for k, v in costly
        },
        "code": str(Path(catch_up.__code__.co_filename).parents[2]),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    found = sorted(ARCHIVES.glob("archive-v*-*.sqlite3"))
    if not found:
        raise SystemExit("no cached archive: run python bench/bench_history.py first")
    from services.readside.gc_tuning import tune_gc

    tune_gc()
    print(json.dumps(asyncio.run(split(found[-1], args.events))))


if __name__ == "__main__":
    main()
