"""The appends baseline that sends the same bytes as our adapter: the log's records and the
feed copies the writer puts in the same transaction (issue 13 item 5 asks for "the raw
producer sending the same bytes"; `append_ratio` keeps comparing with the log's records
alone, as it always did). Used by bench/bench_kafka.py."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from events.kafka.config import KafkaLogConfig
from events.kafka.producer_config import producer_settings
from events.kafka.topics import ensure_topics


async def committed_messages(
    bootstrap: str, topic: str, partitions: int = 1
) -> list[tuple[int, Any]]:
    """Every committed message of the topic's first `partitions` partitions, with its
    partition (the writer's transactions put markers between them)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, isolation_level="read_committed"
    )
    await consumer.start()
    out: list[tuple[int, Any]] = []
    try:
        for p in range(partitions):
            tp = TopicPartition(topic, p)
            consumer.assign([tp])
            consumer.seek(tp, 0)
            end = (await consumer.end_offsets([tp]))[tp]
            while await consumer.position(tp) < end:
                out += [(p, m) for m in (await consumer.getmany(tp, timeout_ms=50)).get(tp, [])]
    finally:
        await consumer.stop()
    return out


async def feed_messages(bootstrap: str, config: KafkaLogConfig) -> list[tuple[int, Any]]:
    """Every committed feed copy the writer of `config`'s log wrote, with its partition."""
    assert config.feed is not None
    return await committed_messages(bootstrap, config.feed_topic, config.feed.partitions)


async def append_raw_same_bytes(
    config: KafkaLogConfig, messages: list[Any], feed: list[tuple[int, Any]], window: int
) -> tuple[float, float]:
    """Seconds (and this process's CPU seconds) a raw producer with the writer's delivery
    settings, no transactions, takes to send `messages` to a fresh log topic and `feed` to
    a fresh feed topic, in windows of `window` log messages, each with its share of feed
    copies, all in flight at once (as the plain baseline sends the log's alone)."""
    await ensure_topics(config)
    producer = AIOKafkaProducer(bootstrap_servers=config.bootstrap, **producer_settings(config))
    await producer.start()
    try:
        await producer.send_and_wait(config.topic, b"warm-up", partition=0)
        windows = max(1, -(-len(messages) // window))
        share = -(-len(feed) // windows)
        started, cpu = time.perf_counter(), time.process_time()
        for w in range(windows):
            futures = [
                await producer.send(
                    config.topic, m.value, m.key, partition=0, headers=list(m.headers)
                )
                for m in messages[w * window : (w + 1) * window]
            ]
            futures += [
                await producer.send(
                    config.feed_topic, m.value, m.key, partition=p, headers=list(m.headers)
                )
                for p, m in feed[w * share : (w + 1) * share]
            ]
            await asyncio.gather(*futures)
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        await producer.stop()
