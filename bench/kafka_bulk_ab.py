"""The replay section's bulk catch-up against its raw consume-and-decode loop, on one topic
written once, so two trees can be measured interleaved (ABBA) on the same data:

  PYTHONPATH=. python bench/kafka_bulk_ab.py prepare --articles 4000     # prints the topic
  PYTHONPATH=<tree> python bench/kafka_bulk_ab.py measure --topic <topic> [--prof out.prof]

Each measure starts a fresh embedded Redis; prints wall, this process's CPU, the Redis
server's CPU, the time the bulk's threads waited for a core (runq_s: wall minus CPU minus
this is waiting on the broker and Redis), the ratio (wall; cpu_ratio: the raw loop's CPU
over the bulk's and its Redis server's, steadier on a loaded machine) and a digest of the
read models (equal across trees). PHASES=1 adds the wall time inside log reads and Redis
calls; BATCH=n sets the bulk's batch size. Needs KAFKA_BOOTSTRAP. Any tree's code can be
measured with this script: PYTHONPATH=<tree> python bench/kafka_bulk_ab.py measure ...
"""

import argparse
import asyncio
import contextlib
import cProfile
import json
import os
import resource
import tempfile
import time
import uuid
from pathlib import Path


async def prepare(bootstrap, n_articles):
    from bench.bench_kafka import CONCURRENCY, fresh
    from events.kafka.log import open_kafka_log
    from tests.integration.harness import append_articles
    from tests.integration.workload import articles

    batch = list(articles(n_articles, seed=22))
    log = await open_kafka_log(fresh(bootstrap, "replay"))
    await append_articles(log, batch, CONCURRENCY)
    print(json.dumps({"topic": log.config.topic, "events": sum(len(a) for a in batch)}))
    await log.close()


async def measure(bootstrap, topic, prof):
    from bench.bench_kafka import _refuse, raw_messages
    from events.kafka.binding import decode
    from events.kafka.config import KafkaLogConfig
    from events.kafka.log import KafkaEventLog
    from services.readmodels.embedded_redis import start_embedded_redis
    from services.readmodels.redis_store import RedisReadModelStore
    from services.readside.gc_tuning import tune_gc
    from services.worker.bulk import bulk_catch_up
    from services.worker.config import DEFAULT_FEED_PARTITIONS
    from services.worker.routing import log_feed
    from tests.integration.harness import digests

    tune_gc()
    phases = {}

    def timed(cls, name):
        orig = getattr(cls, name)

        async def w(self, *a, **k):
            t0 = time.perf_counter()
            try:
                return await orig(self, *a, **k)
            finally:
                phases[name] = phases.get(name, 0) + time.perf_counter() - t0

        setattr(cls, name, w)

    if os.environ.get("PHASES"):
        timed(KafkaEventLog, "read_all")
        timed(KafkaEventLog, "replay")
        if hasattr(KafkaEventLog, "replay_dicts"):  # the bulk's read since kbulk29
            timed(KafkaEventLog, "replay_dicts")
        timed(RedisReadModelStore, "commit")
        timed(RedisReadModelStore, "get_many")
        timed(RedisReadModelStore, "routes")
    config = KafkaLogConfig(
        bootstrap, topic, f"{topic}.dlq", feed=log_feed(DEFAULT_FEED_PARTITIONS)
    )
    with tempfile.TemporaryDirectory() as tmp:
        redis = start_embedded_redis(Path(tmp) / "r.rdb")
        try:
            t = time.perf_counter()
            c = time.process_time()
            n = 0
            for m in await raw_messages(bootstrap, topic):
                decode(m.value, m.headers)
                n += 1
            raw = time.perf_counter() - t
            raw_cpu = time.process_time() - c
            store = RedisReadModelStore.from_url(redis.url, prefix=f"bb-{uuid.uuid4().hex[:6]}")
            reader = KafkaEventLog(config, read_only=True)
            p = cProfile.Profile() if prof else None

            def rcpu():
                try:
                    f = Path(f"/proc/{redis.server.pid}/stat").read_text().rsplit(")", 1)[1].split()
                    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
                except Exception:
                    return -1.0

            def runq():  # time this process waited for a core (all threads)
                total = 0
                for task in Path("/proc/self/task").iterdir():
                    with contextlib.suppress(OSError):
                        total += int((task / "schedstat").read_text().split()[1])
                return total / 1e9

            q0 = runq()
            r0 = rcpu()
            t = time.perf_counter()
            c = time.process_time()
            if p:
                p.enable()
            extra = {"batch": int(os.environ["BATCH"])} if os.environ.get("BATCH") else {}
            await bulk_catch_up(
                reader, store, DEFAULT_FEED_PARTITIONS, _refuse, topic=topic, **extra
            )
            if p:
                p.disable()
                p.dump_stats(prof)
            bulk = time.perf_counter() - t
            cpu = time.process_time() - c
            rc = rcpu() - r0
            waited = runq() - q0
            await reader.close()
            d = await digests(store)
            import hashlib

            print(
                json.dumps(
                    {
                        "events": n,
                        "raw_s": round(raw, 2),
                        "bulk_s": round(bulk, 2),
                        "bulk_cpu_s": round(cpu, 2),
                        "redis_cpu_s": round(rc, 2),
                        "raw_ev_s": round(n / raw),
                        "bulk_ev_s": round(n / bulk),
                        "ratio": round(raw / bulk, 3),
                        "raw_cpu_s": round(raw_cpu, 2),
                        "runq_s": round(waited, 2),
                        "bulk_cpu_us_ev": round(cpu / n * 1e6, 1),
                        "cpu_ratio": round(raw_cpu / (cpu + max(rc, 0)), 3),
                        "digest": hashlib.sha256(
                            json.dumps(d, sort_keys=True).encode()
                        ).hexdigest()[:12],
                        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                        "load": os.getloadavg()[0],
                        "phases": {k: round(v, 2) for k, v in phases.items()},
                    }
                )
            )
            await store.close()
        finally:
            redis.stop()


if __name__ == "__main__":
    a = argparse.ArgumentParser()
    a.add_argument("mode")
    a.add_argument("--articles", type=int, default=4000)
    a.add_argument("--topic")
    a.add_argument("--prof")
    x = a.parse_args()
    b = os.environ["KAFKA_BOOTSTRAP"]
    asyncio.run(prepare(b, x.articles) if x.mode == "prepare" else measure(b, x.topic, x.prof))
