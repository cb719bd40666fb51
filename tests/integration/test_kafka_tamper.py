"""Tampering on the Kafka backend: verify and the offline export check name the position.

Kafka's stored segments are append-only and CRC-checked by broker and clients, so the way
to alter "a stored event" is to write an altered copy past our single writer (a forged
record). The hash chain must name exactly where the log stops checking out.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from contracts.chain import GENESIS
from events.audit import verify
from events.kafka.binding import encode
from events.kafka.log import KafkaEventLog
from events.records import seal
from services.readside.audit_export import export_lines
from tests.support.factories import announced
from tests.support.legacy_chain import message_rule_1

pytestmark = pytest.mark.integration
SCRIPT = Path(__file__).resolve().parents[2] / "scripts/verify_export.py"


async def _message(log: KafkaEventLog, offset: int) -> tuple[bytes, bytes, list[tuple[str, bytes]]]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=log.config.bootstrap,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    try:
        tp = TopicPartition(log.config.topic, 0)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        batch = await consumer.getmany(tp, timeout_ms=5000, max_records=1)
        [record] = batch[tp]
        assert record.key is not None and record.value is not None
        return record.key, record.value, list(record.headers)
    finally:
        await consumer.stop()


async def test_a_forged_altered_copy_is_named_by_verify_and_offline(
    kafka_log: KafkaEventLog, tmp_path: Path
) -> None:
    await kafka_log.append([announced(n=i) for i in range(5)])
    assert (await verify(kafka_log)).ok
    key, value, headers = await _message(kafka_log, 2)  # position 3 (one transaction)
    assert b"Guest 2" in value
    producer = AIOKafkaProducer(bootstrap_servers=kafka_log.config.bootstrap)
    await producer.start()
    try:  # one byte changed, written straight to the topic: the 6th record
        await producer.send_and_wait(
            kafka_log.config.topic,
            value.replace(b"Guest 2", b"Guest 7"),
            key=key,
            headers=headers,
            partition=0,
        )
    finally:
        await producer.stop()

    report = await verify(kafka_log)
    assert report.ok is False and report.first_bad_position == 6 and report.checked == 5

    export = tmp_path / "kafka.ndjson"
    export.write_text("".join([line async for line in export_lines(kafka_log)]))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(export)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["first_bad_position"] == 6


async def test_a_rule_1_log_grows_under_rule_2_and_stored_bytes_are_what_is_checked(
    kafka_log: KafkaEventLog, tmp_path: Path
) -> None:
    """Messages written under chain rule 1 (no ce_chainrule header) still verify once rule-2
    events are appended on top; a rule-2 value whose bytes are not the ones hashed (the same
    data re-serialised) is named at its position, by verify and by the offline check."""
    when = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_log.config.bootstrap)
    await producer.start()
    try:
        prev = GENESIS
        for position in (1, 2):  # one plain send each, as the writer did before rules
            key, value, headers, prev = message_rule_1(
                announced(stream="article:old", n=position),
                position=position,
                stream_version=position,
                prev_hash=prev,
                recorded_at=when,
            )
            await producer.send_and_wait(
                kafka_log.config.topic, value, key=key, headers=headers, partition=0
            )
        result = await kafka_log.append([announced(n=i) for i in range(3)])
        assert [a.position for a in result.appended] == [3, 4, 5]
        report = await verify(kafka_log)
        assert report.ok and report.checked == 5
        assert [e.chain_rule for e in await kafka_log.read_all()] == [None, None, 2, 2, 2]
        export = tmp_path / "good.ndjson"
        export.write_text("".join([line async for line in export_lines(kafka_log)]))
        assert _offline(export).returncode == 0

        sealed = seal(
            announced(n=9),
            position=6,
            stream_version=4,
            prev_hash=report.last_hash,
            recorded_at=when,
        )
        key, value, headers = encode(sealed.stored, "k", sealed.data_bytes)
        loose = json.dumps(json.loads(value), indent=1).encode()  # same data, other bytes
        await producer.send_and_wait(
            kafka_log.config.topic, loose, key=key, headers=headers, partition=0
        )
    finally:
        await producer.stop()
    report = await verify(kafka_log)
    assert (report.ok, report.first_bad_position, report.checked) == (False, 6, 5)
    assert report.reason == "stored bytes are not the canonical rendering rule 2 hashes"
    bad = tmp_path / "bad.ndjson"
    bad.write_text("".join([line async for line in export_lines(kafka_log)]))
    done = _offline(bad)
    assert done.returncode == 1 and json.loads(done.stdout)["first_bad_position"] == 6


def _offline(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
    )
