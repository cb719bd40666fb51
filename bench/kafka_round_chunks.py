"""The writer's chunk size (`KafkaLogConfig.chunk_messages`, events/kafka/round_transaction.py)
against the same-bytes raw producer, in one process, alternating: each round appends the
bench's 20k events (64 appends of 5 in flight, as bench_kafka.py) once per chunk size, then
sends what the last of them wrote through the raw producer (bench/kafka_same_bytes.py). A
chunk size of 1000000 is a round sent whole, as before chunks. Medians of events/s and of
this process's CPU per event. Needs KAFKA_BOOTSTRAP.

PYTHONPATH=. python bench/kafka_round_chunks.py [--sizes 1000000,96,48,160] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
from typing import Any

from bench.bench_kafka import CONCURRENCY, _append_ours, fresh
from bench.kafka_same_bytes import append_raw_same_bytes
from services.readside.gc_tuning import tune_gc
from tests.integration.workload import articles


async def run(sizes: list[int], rounds: int) -> dict[str, Any]:
    batch = list(articles(4000, seed=21))
    events = sum(len(a) for a in batch)
    window = events // len(batch) * CONCURRENCY
    bootstrap = os.environ["KAFKA_BOOTSTRAP"]
    tune_gc()
    _, _, messages, feed = await _append_ours(bootstrap, batch[:800])  # warm both sides
    await append_raw_same_bytes(fresh(bootstrap, "same"), messages, feed, window)
    rates: dict[str, list[float]] = {name: [] for name in [*map(str, sizes), "raw"]}
    cpus: dict[str, list[float]] = {name: [] for name in rates}
    for _ in range(rounds):
        for size in sizes:
            seconds, cpu, messages, feed = await _append_ours(bootstrap, batch, size)
            rates[str(size)].append(events / seconds)
            cpus[str(size)].append(cpu / events * 1e6)
        seconds, cpu = await append_raw_same_bytes(fresh(bootstrap, "same"), messages, feed, window)
        rates["raw"].append(events / seconds)
        cpus["raw"].append(cpu / events * 1e6)
    raw = statistics.median(rates["raw"])
    return {
        name: {
            "events_per_s": round(statistics.median(rates[name])),
            "cpu_us_per_event": round(statistics.median(cpus[name]), 1),
            "ratio_vs_raw_same_bytes": round(statistics.median(rates[name]) / raw, 3),
            "events_per_s_per_round": [round(r) for r in rates[name]],
        }
        for name in rates
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000000,96,48,160")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(json.dumps(asyncio.run(run(sizes, args.rounds)), indent=1))


if __name__ == "__main__":
    main()
