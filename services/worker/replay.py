"""Replay dead letters after a fix: send each back to the feed partitions owning it.

Replayed messages carry `fs-replay: 1`; the worker applies them without the checkpoint
filter (their position is already behind it) and the reducers ignore a fact they hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from events.kafka.binding import decode
from services.worker.config import WorkerConfig
from services.worker.messages import replay_headers
from services.worker.routing import feed_partitions_for


@dataclass(frozen=True)
class ReplayReport:
    read: int
    sent: int
    undecodable: int


async def replay_dead_letters(config: WorkerConfig) -> ReplayReport:
    consumer = AIOKafkaConsumer(bootstrap_servers=config.bootstrap, enable_auto_commit=False)
    producer = AIOKafkaProducer(
        bootstrap_servers=config.bootstrap, enable_idempotence=True, acks="all"
    )
    await consumer.start()
    await producer.start()
    read = sent = undecodable = 0
    try:
        parts = consumer.partitions_for_topic(config.dead_letter_topic) or {0}
        tps = [TopicPartition(config.dead_letter_topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, 0)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                for r in records:
                    read += 1
                    headers = list(r.headers)
                    try:
                        targets = feed_partitions_for(
                            decode(r.value or b"", headers), config.feed_partitions
                        )
                    except Exception:  # still broken: leave it in the dead-letter topic
                        undecodable += 1
                        continue
                    for p in targets:
                        await producer.send(
                            config.feed_topic, r.value, r.key, p, headers=replay_headers(headers)
                        )
                        sent += 1
        await producer.flush()
    finally:
        await producer.stop()
        await consumer.stop()
    return ReplayReport(read, sent, undecodable)
