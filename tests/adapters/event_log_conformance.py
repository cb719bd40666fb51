"""The conformance suite of the event-log port. Every adapter runs it.

An adapter's test module subclasses `EventLogConformance` and defines the `log` fixture
(an empty log). Where an adapter's semantics differ, it overrides the test and says why.
"""

from __future__ import annotations

import asyncio
import itertools

import pytest

from contracts.envelope import Event
from events.audit import verify
from events.port import EventFilter, EventIdConflict, EventLog, WrongExpectedVersion
from tests.support.factories import announced, clash, statement


async def _collect(
    log: EventLog, after: int, n: int, flt: EventFilter | None = None
) -> list[Event]:
    out: list[Event] = []
    async for event in log.subscribe(after=after, filter=flt):
        out.append(event)
        if len(out) == n:
            break
    return out


class EventLogConformance:
    async def test_empty_log_has_head_zero(self, log: EventLog) -> None:
        assert await log.head() == 0
        assert await log.read_all() == []
        assert await log.stream_version("article:a") == 0

    async def test_append_assigns_gapless_positions_and_stream_versions(
        self, log: EventLog
    ) -> None:
        result = await log.append([announced(n=1), announced(n=2), clash(n=1)])
        assert [a.position for a in result.appended] == [1, 2, 3]
        assert [a.stream_version for a in result.appended] == [1, 2, 1]
        assert result.head == 3 == await log.head()
        stored = await log.read_all()
        assert [e.position for e in stored] == [1, 2, 3]
        assert all(e.recorded_at is not None and e.hash for e in stored)

    async def test_read_back_equals_what_was_appended(self, log: EventLog) -> None:
        event = announced()
        await log.append([event])
        [stored] = await log.read_all()
        assert stored.id == event.id and stored.data == event.data
        assert stored.chain_rule == 2 and event.chain_rule is None  # the log's field
        log_fields = {
            "position",
            "stream_version",
            "recorded_at",
            "chain_rule",
            "prev_hash",
            "hash",
        }
        assert stored.model_dump(exclude=log_fields) == event.model_dump(exclude=log_fields)

    async def test_same_event_twice_is_stored_once(self, log: EventLog) -> None:
        event = announced()
        first = await log.append([event])
        again = await log.append([event])
        assert again.appended[0].duplicate and not first.appended[0].duplicate
        assert again.appended[0].position == first.appended[0].position
        assert await log.head() == 1

    async def test_retry_with_a_new_timestamp_is_still_a_duplicate(self, log: EventLog) -> None:
        event = announced()
        await log.append([event])
        retry = event.model_copy(update={"time": event.time.replace(year=2030)})
        result = await log.append([retry])
        assert result.appended[0].duplicate and await log.head() == 1

    async def test_duplicate_inside_one_batch_is_stored_once(self, log: EventLog) -> None:
        event = announced()
        result = await log.append([event, event])
        assert [a.duplicate for a in result.appended] == [False, True]
        assert await log.head() == 1

    async def test_id_reused_for_other_content_is_refused_and_batch_not_written(
        self, log: EventLog
    ) -> None:
        await log.append([announced(n=1)])
        forged = announced(n=2).model_copy(update={"id": (await log.read_all())[0].id})
        with pytest.raises(EventIdConflict):
            await log.append([statement(), forged])
        assert await log.head() == 1

    async def test_expected_version_is_honoured(self, log: EventLog) -> None:
        await log.append([announced(n=1)], expected_version=0)
        with pytest.raises(WrongExpectedVersion) as info:
            await log.append([announced(n=2)], expected_version=0)
        assert info.value.actual == 1
        assert await log.head() == 1
        await log.append([announced(n=2)], expected_version=1)
        assert await log.stream_version("article:a") == 2

    async def test_retried_append_with_stale_expected_version_succeeds(self, log: EventLog) -> None:
        event = announced()
        await log.append([event], expected_version=0)
        result = await log.append([event], expected_version=0)
        assert result.appended[0].duplicate

    async def test_read_all_pages_and_filters(self, log: EventLog) -> None:
        await log.append([announced(n=1), statement(n=1), clash(n=1), announced(n=2)])
        assert [e.position for e in await log.read_all(after=1, limit=2)] == [2, 3]
        only = await log.read_all(filter=EventFilter(types=("MeetingAnnounced",)))
        assert [e.position for e in only] == [1, 4]
        prefixed = await log.read_all(filter=EventFilter(types=("Meeting*", "Statement*")))
        assert [e.position for e in prefixed] == [1, 2, 4]
        stream_b = await log.read_all(filter=EventFilter(stream_id="article:b"))
        assert [e.type for e in stream_b] == ["HostilitiesReported"]

    async def test_read_stream_and_get(self, log: EventLog) -> None:
        events = [announced(n=1), clash(n=1), statement(n=1)]
        await log.append(events)
        assert [e.id for e in await log.read_stream("article:a")] == [events[0].id, events[2].id]
        assert [e.stream_version for e in await log.read_stream("article:a", 1)] == [2]
        got = await log.get(events[1].id)
        assert got is not None and got.data == events[1].data
        assert await log.get("no-such-id") is None

    async def test_subscribe_catches_up_then_follows_live_without_gap(self, log: EventLog) -> None:
        await log.append([announced(n=i) for i in range(3)])
        task = asyncio.create_task(_collect(log, after=1, n=4))
        await asyncio.sleep(0.05)
        await log.append([announced(n=10)])
        await log.append([announced(n=11), announced(n=11)])
        got = await asyncio.wait_for(task, timeout=20)
        assert [e.position for e in got] == [2, 3, 4, 5]  # the repeated id came once

    async def test_subscribe_filters(self, log: EventLog) -> None:
        await log.append([announced(n=1), clash(n=1), announced(n=2)])
        got = await asyncio.wait_for(
            _collect(log, 0, 1, EventFilter(types=("HostilitiesReported",))), 20
        )
        assert [e.position for e in got] == [2]

    async def test_hash_chain_links_and_verifies(self, log: EventLog) -> None:
        await log.append([announced(n=i) for i in range(5)])
        events = await log.read_all()
        for before, after in itertools.pairwise(events):
            assert after.prev_hash == before.hash
        report = await verify(log)
        assert report.ok and report.checked == 5

    async def test_read_at_returns_the_events_at_those_positions(self, log: EventLog) -> None:
        await log.append([announced(n=i) for i in range(6)])
        got = await log.read_at([5, 2, 2, 9])
        assert [e.position for e in got] == [2, 5]
