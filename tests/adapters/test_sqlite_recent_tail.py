"""A follower's pages after this process's own appends come from the texts it stored:
the same events as a read of the file, none missed when another writer shares the file."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from contracts.envelope import Event
from events.sqlite.log import SqliteEventLog
from events.sqlite.tail import Committed, RecentTail
from tests.support.factories import announced, statement


def _texts(rows: list[Committed] | None) -> list[str] | None:
    return None if rows is None else [row.text for row in rows]


def test_the_tail_keeps_one_contiguous_run() -> None:
    tail = RecentTail(capacity=4)
    event = announced(n=0)
    tail.add([Committed(1, "a", event), Committed(2, "b", event)])
    tail.add([Committed(3, "c", event)])
    assert _texts(tail.page(0, 10)) == ["a", "b", "c"]
    assert _texts(tail.page(1, 1)) == ["b"]
    assert tail.page(3, 10) is None  # nothing after its end: read the file
    tail.add([Committed(6, "f", event)])  # 4 and 5 were another writer's: a new run
    assert tail.page(2, 10) is None and _texts(tail.page(5, 10)) == ["f"]
    tail.add([Committed(p, str(p), event) for p in range(7, 20)])  # past twice its capacity
    assert tail.page(5, 10) is None and _texts(tail.page(18, 10)) == ["19"]


async def _pages(pages: AsyncIterator[list[Event]], upto: int) -> list[Event]:
    got: list[Event] = []
    while not got or (got[-1].position or 0) < upto:
        got += await asyncio.wait_for(anext(pages), timeout=5)
    return got


async def test_live_pages_come_from_the_appends_and_equal_the_file(tmp_path: Path) -> None:
    log = SqliteEventLog(tmp_path / "e.sqlite3", poll_interval_s=30)
    try:
        await log.append([announced(n=0)])
        pages = aiter(log.follow_pages(after=0))
        assert len(await _pages(pages, 1)) == 1
        file_reads = 0
        replay = log.replay

        async def counted(after: int = 0, limit: int | None = None) -> list[Event]:
            nonlocal file_reads
            file_reads += 1
            return await replay(after, limit)

        log.replay = counted  # type: ignore[method-assign]
        for i in range(1, 6):
            await log.append([announced(n=i), statement(stream=f"article:{i}", n=i)])
        live = await _pages(pages, 11)
        assert file_reads == 0  # every page was the appends' own texts
        from_file = await replay(after=1)
        assert [e.model_dump_json() for e in live] == [e.model_dump_json() for e in from_file]
    finally:
        await log.close()


async def test_another_writer_of_the_file_is_not_skipped(tmp_path: Path) -> None:
    ours = SqliteEventLog(tmp_path / "e.sqlite3", poll_interval_s=0.05)
    other = SqliteEventLog(tmp_path / "e.sqlite3")  # as another process would write
    try:
        pages = aiter(ours.subscribe())
        got: list[Event] = []
        for i in range(12):
            writer = other if i % 3 == 1 else ours
            await writer.append([statement(stream=f"article:{i}", n=i)])
            if i % 4 == 0:  # read now and then: the run often ends before the file's head
                while len(got) < i + 1:
                    got.append(await asyncio.wait_for(anext(pages), timeout=5))
        while len(got) < 12:
            got.append(await asyncio.wait_for(anext(pages), timeout=5))
        assert [e.position for e in got] == list(range(1, 13))
        assert [e.id for e in got] == [e.id for e in await other.read_all()]
    finally:
        await ours.close()
        await other.close()
