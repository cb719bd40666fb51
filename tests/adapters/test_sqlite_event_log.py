"""The SQLite adapter against the shared suite, plus what only an on-disk file can show."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from contracts.envelope import Event
from events.audit import verify
from events.port import AppendResult, WrongExpectedVersion
from events.sqlite.log import SqliteEventLog
from events.subscription import PAGE
from tests.adapters.event_log_conformance import EventLogConformance
from tests.support.factories import announced, statement


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteEventLog]:
    log = SqliteEventLog(tmp_path / "events.sqlite3", poll_interval_s=0.05)
    yield log
    await log.close()


class TestSqliteEventLog(EventLogConformance):
    async def test_survives_reopen(self, tmp_path: Path) -> None:
        path = tmp_path / "e.sqlite3"
        first = SqliteEventLog(path)
        await first.append([announced(n=1)])
        await first.close()
        second = SqliteEventLog(path)
        assert await second.head() == 1
        assert (await second.append([announced(n=1)])).appended[0].duplicate
        await second.close()

    async def test_verify_names_the_altered_position(self, log: SqliteEventLog) -> None:
        await log.append([announced(n=i) for i in range(6)])
        with sqlite3.connect(log.path) as conn:
            body = conn.execute("SELECT body FROM events WHERE position = 4").fetchone()[0]
            conn.execute(
                "UPDATE events SET body = ? WHERE position = 4",
                (body.replace("Guest 3", "Guest 9"),),
            )
        report = await verify(log)
        assert not report.ok and report.first_bad_position == 4
        assert report.reason == "content does not match its hash"


async def test_an_append_during_a_page_read_wakes_the_subscriber_at_once(
    tmp_path: Path,
) -> None:
    """The append lands after the subscriber's page was read and before it waits: it must
    not sleep until the poll (30 s here) or the next append."""
    log = SqliteEventLog(tmp_path / "e.sqlite3", poll_interval_s=30)
    read_page = log.read_all
    late = announced(n=1)
    appended = False

    async def page_then_append(after: int = 0, limit: int | None = None) -> list[Event]:
        nonlocal appended
        page = await read_page(after=after, limit=limit)
        if not appended:
            appended = True
            await log.append([late])  # not in `page`: it was read before
        return page

    log.read_all = page_then_append  # type: ignore[method-assign]
    try:
        first = await asyncio.wait_for(anext(aiter(log.subscribe())), timeout=5)
        assert first.id == late.id and first.position == 1
    finally:
        await log.close()


async def test_concurrent_appends_share_a_commit_and_a_refused_one_fails_alone(
    log: SqliteEventLog,
) -> None:
    await log.append([announced(stream="article:x", n=0)])
    groups: list[int] = []
    commit_group = log._append_group

    async def counted(group: list[Any], *rest: Any) -> Any:
        groups.append(len(group))
        return await commit_group(group, *rest)

    log._append_group = counted  # type: ignore[method-assign]
    good = [log.append([statement(stream=f"article:{i}", n=i)]) for i in range(20)]
    stale = log.append([statement(stream="article:x", n=99)], expected_version=0)
    outcomes = await asyncio.gather(*good, stale, return_exceptions=True)
    assert isinstance(outcomes[-1], WrongExpectedVersion)  # refused alone
    results = [o for o in outcomes[:-1] if isinstance(o, AppendResult)]
    assert len(results) == 20
    assert sorted(r.appended[0].position for r in results) == list(range(2, 22))
    assert len(groups) < 21  # one transaction (one fsync) held several appends
    assert await log.head() == 21
    assert (await verify(log)).ok


async def test_follow_pages_catches_up_in_pages_then_follows_live(log: SqliteEventLog) -> None:
    await log.append([announced(n=i) for i in range(PAGE + 3)])
    pages = aiter(log.follow_pages(after=0))
    first, second = await anext(pages), await anext(pages)
    assert len(first) == PAGE and len(second) == 3  # short: it reached the head
    assert [e.position for e in first + second] == list(range(1, PAGE + 4))
    late = asyncio.ensure_future(anext(pages))
    await log.append([statement(n=1)])
    [live] = await asyncio.wait_for(late, timeout=5)
    assert live.position == PAGE + 4 and live.id == statement(n=1).id


async def test_two_writers_of_one_file_wait_for_each_other_and_keep_one_chain(
    tmp_path: Path,
) -> None:
    """A second connection (as another process would) finds the file's write lock taken
    while the first commits: it waits for it in a thread instead of failing."""
    first = SqliteEventLog(tmp_path / "e.sqlite3")
    second = SqliteEventLog(tmp_path / "e.sqlite3")
    try:
        appends = [
            (first if i % 2 else second).append([statement(stream=f"article:{i}", n=i)])
            for i in range(40)
        ]
        results = await asyncio.gather(*appends)
        positions = sorted(r.appended[0].position for r in results)
        assert positions == list(range(1, 41))
        assert (await verify(first)).ok
    finally:
        await first.close()
        await second.close()


async def test_one_group_gives_what_appends_one_at_a_time_give(tmp_path: Path) -> None:
    """The batched duplicate check, the streams' versions read per append and the chain's
    head carried through a group: the same answers, rows and chain as separate commits."""
    first = statement(stream="article:s", n=1)
    altered = first.model_copy(update={"data": statement(n=2).data})  # same id, new content
    plans: list[tuple[list[Event], int | None]] = [
        ([announced(stream="article:s", n=0), first, statement(stream="article:t", n=3)], None),
        ([altered, statement(stream="article:u", n=4)], None),  # refused: an id clash
        ([first, statement(stream="article:s", n=5), statement(stream="article:s", n=5)], None),
        ([statement(stream="article:t", n=6)], 0),  # refused: article:t is at 1
        ([statement(stream="article:t", n=7)], 1),
        ([first], None),  # all duplicates: nothing written
    ]

    def outcome(result: Any) -> Any:
        if isinstance(result, AppendResult):
            return result
        return type(result).__name__, str(result)

    logs = [SqliteEventLog(tmp_path / f"{name}.sqlite3") for name in ("one", "group")]
    try:
        alone = [
            outcome(await _try(logs[0].append(events, expected_version=v))) for events, v in plans
        ]
        together = await asyncio.gather(
            *(logs[1].append(events, expected_version=v) for events, v in plans),
            return_exceptions=True,
        )
        assert [outcome(r) for r in together] == alone
        assert [type(o) for o in alone].count(tuple) == 2
        rows = [
            sqlite3.connect(log.path)
            .execute("SELECT position, event_id, stream_id, stream_version FROM events")
            .fetchall()
            for log in logs
        ]
        assert rows[0] == rows[1] and len(rows[0]) == 5
        for log in logs:
            assert (await verify(log)).ok
    finally:
        for log in logs:
            await log.close()


async def _try(append: Any) -> Any:
    try:
        return await append
    except Exception as exc:
        return exc
