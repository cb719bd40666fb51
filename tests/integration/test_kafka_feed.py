"""The writer fills the workers' keyed feed in the same transaction as the log (issue 13
item 4): every committed event is on the feed partitions its route names, byte for byte and
in log order; a fenced writer's copies are never read; a writer without the feed refuses a
log that has one."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from dataclasses import replace
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from events.kafka.config import KafkaLogConfig
from events.kafka.log import KafkaEventLog, open_kafka_log
from events.kafka.round_transaction import RoundTransaction
from events.kafka.writer import WriterFenced
from events.port import EventLogError
from services.worker.routing import feed_partitions_for
from tests.integration.workload import articles
from tests.support.factories import announced, clash, statement

pytestmark = pytest.mark.integration

Message = tuple[bytes | None, bytes | None, list[tuple[str, bytes]]]


async def _committed(config: KafkaLogConfig, topic: str, partitions: int) -> list[list[Message]]:
    """Every committed message of each partition, in order (read_committed)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=config.bootstrap,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        out: list[list[Message]] = [[] for _ in tps]
        for tp in tps:
            consumer.seek(tp, 0)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            for tp, records in (await consumer.getmany(timeout_ms=2000)).items():
                out[tp.partition] += [(r.key, r.value, list(r.headers)) for r in records]
        return out
    finally:
        await consumer.stop()


async def _feed_is_the_routed_log(log: KafkaEventLog) -> int:
    """Asserts the feed holds exactly the log's committed messages, routed; returns how many
    log messages there were."""
    config = log.config
    assert config.feed is not None
    [on_log] = await _committed(config, config.topic, 1)
    events = await log.read_all()
    assert len(events) == len(on_log)
    want: dict[int, list[Message]] = defaultdict(list)
    for event, message in zip(events, on_log, strict=True):
        for p in feed_partitions_for(event, config.feed.partitions):
            want[p].append(message)
    feed = await _committed(config, config.feed_topic, config.feed.partitions)
    assert {p: m for p, m in enumerate(feed) if m} == dict(want)
    return len(on_log)


async def test_each_committed_event_is_on_its_feed_partitions_in_log_order(
    kafka_log: KafkaEventLog,
) -> None:
    batch = list(articles(40, seed=5))  # 200 events of every projected kind, corrections too
    for article in batch:
        await kafka_log.append(article)
    assert await _feed_is_the_routed_log(kafka_log) == sum(len(a) for a in batch)


async def test_a_fenced_writers_copies_never_reach_the_feed(kafka_log: KafkaEventLog) -> None:
    await kafka_log.append([announced(n=1)])
    newer = await open_kafka_log(kafka_log.config)  # takes the log over: fences the first
    try:
        await newer.append([clash(n=1)])
        with pytest.raises(WriterFenced):
            await kafka_log.append([statement(n=2)])
        await newer.append([statement(n=3)])
        assert await _feed_is_the_routed_log(newer) == 3
    finally:
        await newer.close()


async def test_a_writer_without_the_feed_refuses_a_log_that_has_one(
    kafka_log: KafkaEventLog,
) -> None:
    await kafka_log.append([announced(n=1)])
    with pytest.raises(EventLogError, match="its writer must fill it"):
        await open_kafka_log(replace(kafka_log.config, feed=None))
    reader = KafkaEventLog(replace(kafka_log.config, feed=None), read_only=True)
    try:
        assert await reader.head() == 1  # a reader needs no feed
    finally:
        await reader.close()


async def test_a_round_larger_than_a_chunk_commits_whole_on_the_log_and_the_feed(
    kafka_log: KafkaEventLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A round's chunks go out as several record batches in ONE transaction: every event
    lands once, in order, where the writer's index says (reads by position through the
    writer), and the feed holds the routed log."""
    chunks: dict[int, list[int]] = defaultdict(list)  # transaction -> its chunks' sizes
    send = RoundTransaction.send

    async def counted(self: RoundTransaction, messages: Any) -> None:
        chunks[id(self)] += [len(messages)] if messages else []
        await send(self, messages)

    monkeypatch.setattr(RoundTransaction, "send", counted)
    await kafka_log.append([announced(n=0)])  # the first round catches the index up
    batch = list(articles(3 * kafka_log.config.chunk_messages // 5 + 20, seed=11))
    results = await asyncio.gather(*(kafka_log.append(a) for a in batch))
    assert max(len(sizes) for sizes in chunks.values()) >= 3  # one round, three chunks
    appended = [(a.position, a.event_id) for r in results for a in r.appended if not a.duplicate]
    positions = [p for p, _ in appended]
    assert sorted(positions) == list(range(2, 2 + len(appended)))
    sample = random.Random(3).sample(appended, 40)
    by_position = {e.position: e.id for e in await kafka_log.read_at([p for p, _ in sample])}
    assert by_position == dict(sample)
    assert await _feed_is_the_routed_log(kafka_log) == 1 + len(appended)
