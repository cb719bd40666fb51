"""The Kafka log's reads past its index (a replay from scratch, a follower) decode each record
from the attributes the index parsed: the same events as decoding each record afterwards,
in any chunking, and a record the decode refuses is raised only once the index holds
everything read (a broker-free fake reader stands in for the topic)."""

from __future__ import annotations

import pytest

from events.kafka.binding import decode, envelope_dict
from events.kafka.config import KafkaLogConfig
from events.kafka.log import KafkaEventLog
from events.trusted import trusted_from_dict
from tests.support.kafka_records import FakeRecord
from tests.unit.kafka.test_indexing import _records


class FakeReader:
    """Offsets 0, 2, 4...: every other offset a transaction marker, as on the topic."""

    def __init__(self, records: list[FakeRecord]) -> None:
        self.records = records

    async def end_offset(self) -> int:
        return self.records[-1].offset + 2

    async def read_from(
        self, start: int, stop: int, max_records: int | None = None
    ) -> tuple[list[FakeRecord], int]:
        out = [r for r in self.records if start <= r.offset < stop][: max_records or None]
        return out, (out[-1].offset + 2 if out else stop)


def _log(records: list[FakeRecord]) -> KafkaEventLog:
    log = KafkaEventLog(KafkaLogConfig("127.0.0.1:1", "t", "t.dlq"), read_only=True)
    log._reader = FakeReader(records)  # type: ignore[assignment]
    log._started = True
    return log


async def test_reads_past_the_index_decode_as_the_plain_way() -> None:
    records = [FakeRecord(i * 2, r.value, r.headers) for i, r in enumerate(_records())]
    plain = [decode(r.value, r.headers) for r in records]
    trusted = [trusted_from_dict(envelope_dict(r.value, r.headers), True) for r in records]
    for step in (7, 40):
        log = _log(records)
        got, after = [], 0
        while batch := await log.replay(after, step):
            got += batch
            after += len(batch)
        assert got == trusted
        assert [e.model_dump_json() for e in got] == [e.model_dump_json() for e in trusted]
        assert await _log(records).read_all(0, step) == plain[:step]
        assert await log.read_all(3, 5) == plain[3:8]  # known positions: seeks
        assert await _log(records).read_all() == plain


async def test_a_refused_record_is_raised_once_the_index_holds_the_read() -> None:
    records = [FakeRecord(i * 2, r.value, r.headers) for i, r in enumerate(_records()[:10])]
    records[4] = FakeRecord(8, b"{not json", records[4].headers)
    log = _log(records)
    with pytest.raises(ValueError):
        await log.read_all()
    assert log._index.head == len(records)
    assert await log.read_all(5) == [decode(r.value, r.headers) for r in records[5:]]
