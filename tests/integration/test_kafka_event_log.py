"""The Kafka adapter against the shared event-log suite, plus what only Kafka can show."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from events.audit import verify
from events.kafka.binding import envelope_dict
from events.kafka.log import KafkaEventLog, open_kafka_log
from events.kafka.writer import WriterFenced
from events.port import EventLog
from services.bootstrap import build_log
from services.settings import Settings
from tests.adapters.event_log_conformance import EventLogConformance
from tests.support.factories import announced, clash, statement

pytestmark = pytest.mark.integration


@pytest.fixture
def log(kafka_log: KafkaEventLog) -> EventLog:
    return kafka_log


RawMessage = tuple[int, bytes | None, bytes | None, dict[str, bytes]]


async def _raw(log: KafkaEventLog) -> list[RawMessage]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=log.config.bootstrap,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    try:
        tp = TopicPartition(log.config.topic, 0)
        consumer.assign([tp])
        consumer.seek(tp, 0)
        batch = await consumer.getmany(tp, timeout_ms=5000)
        return [(r.offset, r.key, r.value, dict(r.headers)) for r in batch.get(tp, [])]
    finally:
        await consumer.stop()


class TestKafkaEventLog(EventLogConformance):
    async def test_messages_use_the_cloudevents_binary_binding(self, log: KafkaEventLog) -> None:
        event = announced()
        await log.append([event])
        [(offset, key, value, headers)] = await _raw(log)
        assert offset == 0 and key == b"article:a"  # keyed by stream id
        assert headers["ce_specversion"] == b"1.0" and headers["ce_id"] == event.id.encode()
        assert headers["ce_type"] == b"MeetingAnnounced" and headers["ce_position"] == b"1"
        assert headers["content-type"] == b"application/json"
        assert value is not None and b"specversion" not in value  # value is the data only
        assert envelope_dict(value, headers.items())["data"]["kind"] == "MeetingAnnounced"

    async def test_a_new_instance_rebuilds_ids_versions_and_chain_from_the_topic(
        self, log: KafkaEventLog
    ) -> None:
        await log.append([announced(n=1), clash(n=1)])
        again = await open_kafka_log(log.config)
        try:
            assert await again.stream_version("article:a") == 1
            dup = await again.append([announced(n=1)])
            assert dup.appended[0].duplicate and dup.head == 2
            await again.append([statement()], expected_version=1)
            assert (await verify(again)).ok
        finally:
            await again.close()
        assert await log.stream_version("article:a") == 2  # the first instance catches up

    async def test_a_new_writer_fences_the_old_one_and_appends_on_its_records(
        self, log: KafkaEventLog
    ) -> None:
        """One transactional.id per log: a second writer takes over (the broker fences the
        first by producer epoch), plans on what the first committed (right version, position
        and chain), and the first one's appends fail as a 503-class error writing nothing."""
        await log.append([announced(n=1)])
        other = await open_kafka_log(log.config)
        try:
            await other.append([clash(n=1)])
            result = await other.append([statement()], expected_version=1)
            assert result.appended[0].position == 3 and result.appended[0].stream_version == 2
            with pytest.raises(WriterFenced, match="fenced by a newer writer"):
                await log.append([statement(n=2)])
            with pytest.raises(WriterFenced):  # and stays fenced: it never takes over again
                await log.append([statement(n=3)])
            assert await other.head() == 3
            report = await verify(other)
            assert report.ok and report.checked == 3
        finally:
            await other.close()

    async def test_positions_come_from_headers_not_offsets(self, log: KafkaEventLog) -> None:
        """Commit markers take offsets: the third event is not at offset 2, yet reads by
        position (all, at, stream, get, head) and a fresh reader's index agree."""
        for n in range(1, 4):
            await log.append([announced(stream=f"s{n}", n=n)])
        offsets = [offset for offset, *_ in await _raw(log)]
        assert len(offsets) == 3 and offsets[2] > 2, offsets
        reader = KafkaEventLog(log.config, read_only=True)
        try:
            assert await reader.head() == 3
            assert [e.position for e in await reader.read_all(after=1)] == [2, 3]
            assert [e.position for e in await reader.read_at([3, 1])] == [1, 3]
            [third] = await reader.read_stream("s3")
            assert third.position == 3 and (await reader.get(third.id)) == third
            assert [r.position for r in await reader.read_records(after=2)] == [3]
        finally:
            await reader.close()

    async def test_a_log_written_before_transactions_is_read_and_grown(
        self, log: KafkaEventLog
    ) -> None:
        """A log written the old way (plain sends, offset = position - 1, no markers) reads
        the same, and the writer appends on top of it with the chain intact."""
        await log.append([announced(n=1), clash(n=1)])
        records = await _raw(log)
        config = replace(log.config, topic=f"{log.config.topic}-old")
        again = await open_kafka_log(config)
        producer = AIOKafkaProducer(bootstrap_servers=config.bootstrap, enable_idempotence=True)
        await producer.start()
        try:
            for _, key, value, headers in records:  # one plain send each, as before
                await producer.send_and_wait(
                    config.topic, value, key=key, headers=list(headers.items()), partition=0
                )
            assert await again.head() == 2
            assert [e.id for e in await again.read_all()] == [e.id for e in await log.read_all()]
            result = await again.append([statement(n=5)])
            assert result.appended[0].position == 3
            report = await verify(again)
            assert report.ok and report.checked == 3
        finally:
            await producer.stop()
            await again.close()

    async def test_concurrent_appends_are_group_committed_without_gaps(
        self, log: KafkaEventLog
    ) -> None:
        results = await asyncio.gather(
            *(log.append([announced(stream=f"s{i % 7}", n=i)]) for i in range(200))
        )
        positions = sorted(r.appended[0].position for r in results)
        assert positions == list(range(1, 201))
        report = await verify(log)
        assert report.ok and report.checked == 200

    async def test_the_bootstrap_factory_builds_a_log_that_starts_on_first_use(
        self, log: KafkaEventLog
    ) -> None:
        settings = Settings(
            backend="kafka",
            kafka_bootstrap=log.config.bootstrap,
            topic=log.config.topic,
            dead_letter_topic=log.config.dead_letter_topic,
        )
        lazy = build_log(settings)  # synchronous, no I/O: the composition root's own call
        try:
            assert (await lazy.append([announced()])).head == 1
            # Another instance reads the commit once its marker is written, a moment after
            # the writer's EndTxn answered (read_committed): the last stable offset lags.
            async with asyncio.timeout(5):
                while await log.head() != 1:
                    await asyncio.sleep(0.01)
        finally:
            await lazy.close()

    async def test_a_refused_append_does_not_fail_its_group(self, log: KafkaEventLog) -> None:
        await log.append([announced(n=0)], expected_version=0)
        good, bad = await asyncio.gather(
            log.append([clash(n=1)]),
            log.append([announced(n=9)], expected_version=0),
            return_exceptions=True,
        )
        assert not isinstance(good, BaseException) and isinstance(bad, Exception)
        assert await log.head() == 2

    async def test_the_head_of_an_idle_log_is_answered_without_waiting_for_a_poll(
        self, log: KafkaEventLog
    ) -> None:
        # The reading consumer long-polls an idle topic (up to 500 ms); the end offset must
        # not queue behind that poll on its connection (it did: ~450 ms per head()).
        await log.append([announced()])
        await log.read_all()  # the reader has fetched: its next poll waits on the broker
        waits = []
        for _ in range(5):
            await asyncio.sleep(0.1)
            started = asyncio.get_running_loop().time()
            assert await log.head() == 1
            waits.append(asyncio.get_running_loop().time() - started)
        assert sorted(waits)[2] < 0.25, waits

    async def test_a_read_does_not_wait_behind_a_poll_of_the_previous_one(
        self, log: KafkaEventLog
    ) -> None:
        # Between reads the reading consumer's partition is paused, so no background fetch
        # long-polls the log's end; a read's fetch queued behind that poll (up to 500 ms).
        await log.append([announced(n=n) for n in range(3)])
        waits = []
        for _ in range(5):
            await asyncio.sleep(0.1)
            started = asyncio.get_running_loop().time()
            assert [e.position for e in await log.read_at([2])] == [2]
            waits.append(asyncio.get_running_loop().time() - started)
            consumer = log._reader._consumer
            assert consumer.paused() == {TopicPartition(log.config.topic, 0)}
        assert sorted(waits)[2] < 0.25, waits

    async def test_a_follower_in_another_instance_is_woken_by_the_broker_not_a_poll(
        self, log: KafkaEventLog
    ) -> None:
        # A poll interval far longer than the bound: only the broker's long poll can wake
        # the follower in time.
        config = replace(log.config, poll_interval_s=5.0)
        follower = await KafkaEventLog(config, read_only=True).start()
        try:
            events = follower.subscribe(0)
            await log.append([announced(n=1)])
            assert (await anext(events)).position == 1  # caught up, now waiting
            seen = asyncio.ensure_future(anext(events))
            await asyncio.sleep(0.3)
            started = asyncio.get_running_loop().time()
            await log.append([announced(n=2)])
            async with asyncio.timeout(2):
                assert (await seen).position == 2
            assert asyncio.get_running_loop().time() - started < 2
            await events.aclose()
        finally:
            await follower.close()
