"""One writer appending one article at a time, each as soon as (or `--gap` ms after) the last
was acknowledged: where a round's time goes between aiokafka's send and its commit.

Back-to-back transactions are what the group-commit writer does under load; this is how the
20 ms retry after CONCURRENT_TRANSACTIONS was found (docs/kafka-design.md §6, "Live
latency: the 20 ms every back-to-back transaction paid"). Needs KAFKA_BOOTSTRAP.

PYTHONPATH=. python bench/kafka_append_gaps.py [--appends 300] [--gap 0] [--retry-ms X]
(`--retry-ms`: the writer's `concurrent_transactions_retry_ms`; aiokafka's own is 20)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from dataclasses import replace
from typing import Any

from aiokafka import AIOKafkaProducer

from bench.bench_kafka import fresh
from events.kafka.log import open_kafka_log
from events.kafka.round_transaction import RoundTransaction
from tests.integration.workload import articles


def _pcts(values: list[float]) -> dict[str, float]:
    values = sorted(v * 1000 for v in values)
    at = lambda q: round(values[min(len(values) - 1, int(len(values) * q))], 2)  # noqa: E731
    return {"p50_ms": at(0.5), "p90_ms": at(0.9), "p99_ms": at(0.99)}


async def run(appends: int, gap_s: float, retry_ms: float | None) -> dict[str, Any]:
    sends: list[float] = []
    commits: list[float] = []
    finish = RoundTransaction.commit
    commit = AIOKafkaProducer.commit_transaction

    async def timed_finish(self: RoundTransaction) -> list[int]:
        """The round's acks and its commit: `send` is this less the commit's part."""
        started = time.perf_counter()
        try:
            return await finish(self)
        finally:
            sends.append(time.perf_counter() - started - (commits[-1] if commits else 0.0))

    async def timed_commit(self: AIOKafkaProducer) -> None:
        started = time.perf_counter()
        try:
            await commit(self)
        finally:
            commits.append(time.perf_counter() - started)

    RoundTransaction.commit = timed_finish  # type: ignore[method-assign]
    AIOKafkaProducer.commit_transaction = timed_commit  # type: ignore[method-assign]
    config = fresh(os.environ["KAFKA_BOOTSTRAP"], "gaps")
    if retry_ms is not None:
        config = replace(config, concurrent_transactions_retry_ms=retry_ms)
    log = await open_kafka_log(config)
    batch = list(articles(appends + 1, seed=5))
    await log.append(batch[0])  # warm: producer id, topic metadata
    sends.clear()
    commits.clear()
    took: list[float] = []
    for article in batch[1:]:
        started = time.perf_counter()
        await log.append(article)
        took.append(time.perf_counter() - started)
        await asyncio.sleep(gap_s)
    await log.close()
    return {
        "appends": appends,
        "gap_ms": gap_s * 1000,
        "retry_ms": config.concurrent_transactions_retry_ms,
        "append": _pcts(took),
        "send": _pcts(sends),
        "commit": _pcts(commits),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--appends", type=int, default=300)
    parser.add_argument("--gap", type=float, default=0.0, help="ms between appends")
    parser.add_argument("--retry-ms", type=float)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.appends, args.gap / 1000, args.retry_ms))))


if __name__ == "__main__":
    main()
